"""Second read: a slot file is not sealed (its checksum anyone can recompute), so nothing in it
may make an unlock append a signed entry unless the vault itself recorded it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.core.conftest import SURROGATE, THERAPIST_PASS, NewVault
from triad.errors import VaultDamaged
from triad.roles import Role
from triad.vault.keyslots import SlotFile
from triad.workspace import Workspace

KINDS = ("member.passphrase_changed", "member.passphrase_recovered")


def _craft(path: Path, change: dict[str, str]) -> None:
    """Give the first member slot a recorded change, with a valid checksum header."""
    head, _, body = path.read_bytes().partition(b"\n")
    doc = json.loads(body)
    slot = next(s for s in doc["slots"] if s["kind"] == "member")
    slot["change"] = change
    new_body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    version = head.split(b" ")[1]
    path.write_bytes(b"triad-keyslots " + version + b" sha256="
                     + hashlib.sha256(new_body).hexdigest().encode() + b"\n" + new_body)


def _logged(ws: Workspace) -> list[str]:
    return [e.kind for e in ws.log.entries("case_id IS NULL") if e.kind in KINDS]


@pytest.mark.parametrize("by", ["new", "recovered"])
def test_a_change_added_to_the_slot_file_is_not_logged(vault: NewVault, by: str) -> None:
    vault.ws.close()
    _craft(vault.path / "keyslots", {"id": "f" * 32, "by": by})
    SlotFile.read(vault.path / "keyslots")  # intact as far as the checksum goes
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    try:
        assert _logged(ws) == []
    finally:
        ws.close()


def test_a_change_with_a_made_up_mac_is_damage(vault: NewVault) -> None:
    vault.ws.close()
    _craft(vault.path / "keyslots", {"id": "f" * 32, "by": "new", "mac": "0" * 64})
    with pytest.raises(VaultDamaged):
        Workspace.open(vault.path, THERAPIST_PASS)


def test_a_recorded_change_survives_a_rekey_and_is_not_logged_twice(vault: NewVault) -> None:
    new = "a brand new passphrase"
    vault.ws.members.add(SURROGATE, Role.SURROGATE,
                         "surrogate passphrase")
    vault.ws.change_passphrase(new)
    vault.ws.members.remove(SURROGATE)  # re-key: the change's mac moves to the new data key
    vault.ws.close()
    slot = SlotFile.read(vault.path / "keyslots").member_slots()[0]
    assert slot.change is not None and slot.change.mac
    ws = Workspace.open(vault.path, new)
    try:
        assert _logged(ws) == ["member.passphrase_changed"]
    finally:
        ws.close()
