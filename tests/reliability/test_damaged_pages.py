"""A damaged page never reads back as altered data. Found by the tamper sweep: SQLCipher reads
an *overflow* page whose HMAC fails as zero bytes, without an error, so a long entry came back
with NULs in it (verify then crashed on the JSON). The storage layer now turns such a read into
VaultDamaged, and refuses to store text containing U+0000 so that the rule has no exceptions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.reliability.helpers import flip, projection_digest
from triad.errors import InvalidInput, VaultDamaged
from triad.roles import Role
from triad.workspace import Workspace

PASS = "pages passphrase"


def test_every_page_flip_reads_as_damage_or_as_the_original(scratch: Path) -> None:
    path = scratch / "v.triad"
    ws = Workspace.create(path, name="Dr Pages", role=Role.THERAPIST, passphrase=PASS).workspace
    body = {"text": "".join(f"line {i}: the surrogate's process recording. " for i in range(300))}
    big = ws.append("note.test", body).id  # ~13 KB: spills onto three overflow pages
    page_size = ws.vault.slots.cipher.page_size
    ws.close()
    db = path / "data-1.db"
    pages = db.stat().st_size // page_size
    outcomes = {"damaged": 0, "original": 0}
    for page in range(pages):
        trial = scratch / "trial.triad"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(path, trial)
        flip(trial / "data-1.db", page * page_size + 2000)
        try:
            opened = Workspace.open(trial, PASS)
        except VaultDamaged:
            outcomes["damaged"] += 1
            continue
        try:
            entry = opened.log.get(big)
            assert entry is not None and entry.body == body, f"page {page + 1} read back altered"
            outcomes["original"] += 1
        except VaultDamaged:
            outcomes["damaged"] += 1
        finally:
            opened.close()
    # the entry's own overflow pages were among those flipped, and each read as damage
    assert outcomes["damaged"] >= 3, outcomes


def test_text_with_nul_is_refused_before_it_is_stored(scratch: Path) -> None:
    ws = Workspace.create(scratch / "v.triad", name="Dr Nul", role=Role.THERAPIST,
                          passphrase=PASS).workspace
    before = projection_digest(ws)
    with pytest.raises(InvalidInput):
        ws.members.add("Nul\x00Name", Role.SURROGATE, "surrogate passphrase")
    # JSON bodies escape it, so a NUL inside record text is fine
    ws.append("note.test", {"text": "a\x00b"})
    assert ws.log.entries("kind='note.test'")[0].body == {"text": "a\x00b"}
    assert ws.verify().ok
    assert projection_digest(ws) != before
    ws.close()


def test_case_file_with_a_nul_name_imports_nothing(scratch: Path) -> None:
    source = Workspace.create(scratch / "a.triad", name="Dr Source", role=Role.THERAPIST,
                              passphrase=PASS).workspace
    case = source.cases.open({"legal_name": "Client"}).case_id or ""
    data = source.interchange.export_case(case)
    source.close()
    data["members"][0]["name"] = "Dr\x00Source"
    target = Workspace.create(scratch / "b.triad", name="Dr Target", role=Role.THERAPIST,
                              passphrase=PASS).workspace
    before = projection_digest(target)
    with pytest.raises(InvalidInput):
        target.interchange.import_bytes(json.dumps(data).encode())
    assert projection_digest(target) == before and target.verify().ok
    target.close()
