"""A therapist's private note (issue 16): readable by its author alone, in a shared vault and
everywhere a case travels. Through the services on a real vault; the packets and the case
file are searched decrypted."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from pypdf import PdfReader

from tests.core.practice import Practice, make_practice
from triad import crypto
from triad.casefile.notes import ProgressNoteForm
from triad.errors import InvalidCode, InvalidInput, NotFound, PermissionDenied
from triad.workspace import Workspace

SECRET = "Countertransference: I felt protective of him; take to my own supervision zq7Mw4kp"
AMENDED = "Countertransference noted; raised with my own supervisor on Friday xk4Bn6jt"


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    yield practice
    practice.close()


def noted(p: Practice) -> tuple[str, str]:
    sid = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T15:00", 50).subject_id
    return sid, p.t.private_notes.write(sid, SECRET).subject_id


def test_the_author_reads_and_amends_her_private_note(p: Practice) -> None:
    sid, note_id = noted(p)
    [note] = p.t.private_notes.mine(p.case)
    assert note.text == SECRET and note.session_id == sid and note.readable and not note.amended
    p.t.private_notes.amend(note_id, AMENDED, "Updated after supervision")
    again = p.t.private_notes.get(note_id)
    assert again.text == AMENDED and again.amended and again.reasons == ("Updated after supervision",)
    with pytest.raises(InvalidInput) as no_reason:
        p.t.private_notes.amend(note_id, "x", " ")
    assert no_reason.value.detail == InvalidCode.REASON_REQUIRED
    # both versions are signed entries, never edited; a rebuild ends the same
    assert len(p.t.log.entries("kind=?", ("note.private",))) == 2
    p.t.log.rebuild()
    assert p.t.private_notes.get(note_id).text == AMENDED
    assert p.t.log.verify().ok


def test_no_other_member_of_the_vault_lists_or_reads_it(p: Practice) -> None:
    _sid, note_id = noted(p)
    for other in (p.s, p.v):  # on the case
        assert other.private_notes.mine(p.case) == []
        with pytest.raises(NotFound):
            other.private_notes.get(note_id)
        with pytest.raises(NotFound):
            other.private_notes.amend(note_id, "mine now", "taking over")
    with pytest.raises(PermissionDenied):  # a therapist not on the case
        p.t2.private_notes.mine(p.case)
    with pytest.raises(NotFound):
        p.t2.private_notes.get(note_id)
    assert p.s.private_notes.export_own()["notes"] == []


def test_the_database_holds_only_ciphertext_that_another_members_key_cannot_open(
        p: Practice) -> None:
    _sid, note_id = noted(p)
    p.t.private_notes.amend(note_id, AMENDED, "after supervision zq9Vc3hd")
    db = p.v.vault.db  # another member holding the vault and its data key
    for table in ("entries", "private_notes", "session_notes"):
        for row in db.rows(f"SELECT * FROM {table}"):
            text = json.dumps([str(c) for c in row], ensure_ascii=False)
            assert "zq7Mw4kp" not in text and "xk4Bn6jt" not in text and "zq9Vc3hd" not in text
    row = db.one("SELECT body FROM entries WHERE kind='note.private' AND json_extract(body,"
                 " '$.note_id')=?", (note_id,))
    assert row is not None
    body = json.loads(row[0])
    aad = f"triad-private-note|{p.v.vault.slots.vault_id}|{p.ids['Dr Tess']}|{note_id}".encode()
    with pytest.raises(InvalidTag):
        crypto.unseal(p.v.slot_private, body["sealed"], aad)
    assert json.loads(crypto.unseal(p.t.slot_private, body["sealed"], aad))["text"] == SECRET


def test_it_survives_a_passphrase_change(p: Practice) -> None:
    noted(p)
    p.t.change_passphrase("another long passphrase for Tess 42")
    p.t.close()
    p.t = Workspace.open(p.path, "another long passphrase for Tess 42", "Dr Tess")
    [note] = p.t.private_notes.mine(p.case)
    assert note.readable and note.text == SECRET


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages).split())


def test_it_is_never_in_a_case_file_or_a_report(p: Practice) -> None:
    sid, _ = noted(p)
    p.t.notes.write_progress(sid, ProgressNoteForm(focus="Shame after dates pn2Ds5gf", plan="Weekly"))
    exported = p.t.interchange.dumps(p.t.interchange.export_case(p.case))
    assert b"zq7Mw4kp" not in exported and b"note.private" not in exported
    assert b"pn2Ds5gf" in exported  # the progress note is in the case file
    for ws in (p.t, p.v):  # the therapist's report and the supervisor's
        report = pdf_text(ws.reports.progress(p.case))
        assert "pn2Ds5gf" in report and "zq7Mw4kp" not in report
    # her own full export holds it, opened, with the case code and the session's time
    own = p.t.private_notes.export_own()
    assert [(n["text"], n["session_starts_at"]) for n in own["notes"]] == [
        (SECRET, "2026-02-03T15:00")]
    assert "Client Person" not in json.dumps(own)
