"""Co-signature of the therapist's progress notes (issue 16): when the practice requires it,
the case's supervisor co-signs a progress note as she co-signs a debrief review -- it awaits
her, is overdue after the co-signature setting, and is co-signed once by her alone, in the
services and on the command line. Minutes and private notes are not co-signed (near misses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.audit.test_audit_rules import at, findings
from tests.core.conftest import cli
from tests.core.practice import PASS, Practice, make_practice
from triad.casefile import agenda
from triad.casefile.notes import MinutesForm, ProgressNoteForm
from triad.errors import InvalidCode, InvalidInput, PermissionDenied
from triad.log.kinds import COSIGNED, Kind

NOTE = ProgressNoteForm(focus="Anticipatory anxiety", interventions="Breathing rehearsal",
                        response="Engaged", plan="Rehearse the pause signal")


def _noted(p: Practice, when: str, written: str) -> tuple[str, str]:
    """A therapist session at ``when`` with its progress note written at ``written``:
    (session id, note entry id)."""
    sid = p.t.sessions.schedule(p.case, "therapist_session", when, 50).subject_id or ""
    at(p, written)
    return sid, p.t.notes.write_progress(sid, NOTE).entry_id


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v")
    at(practice, "2026-02-01T09:00")
    yield practice  # type: ignore[misc]
    practice.close()


def test_progress_notes_are_cosigned_kinds_and_minutes_are_not() -> None:
    assert Kind.NOTE_PROGRESS in COSIGNED and Kind.DEBRIEF_REVIEWED in COSIGNED
    assert Kind.MEETING_MINUTES not in COSIGNED and Kind.NOTE_PRIVATE not in COSIGNED


def test_a_progress_note_awaits_cosignature_and_is_overdue_after_the_setting(p: Practice) -> None:
    p.v.audit.update_settings(cosign_from="2026-02-01", cosign_days=7)
    sid, note = _noted(p, "2026-02-03T15:00", "2026-02-03T17:00")
    (waiting,) = p.v.cosign.awaiting()
    assert (waiting.entry_id, waiting.kind, waiting.session_id) == (note, "note.progress", sid)
    due = agenda.next_due(p.v, p.case)
    assert due is not None and due.subject_id == note
    at(p, "2026-02-10T15:00")  # near miss: within 7 days of the note (UTC)
    assert findings(p, "supervision.cosign-overdue") == []
    at(p, "2026-02-11T09:00")
    (f,) = findings(p, "supervision.cosign-overdue")
    assert (f.severity, f.status, f.record_id) == ("major", "open", note)
    with pytest.raises(PermissionDenied):
        p.t.cosign.cosign(note)  # the therapist does not co-sign her own note
    assert p.v.cosign.why_not_cosign(note) is None
    p.v.cosign.cosign(note, "Discussed the exposure hierarchy in supervision.")
    with pytest.raises(InvalidInput) as again:
        p.v.cosign.cosign(note)
    assert again.value.detail == InvalidCode.ALREADY_COSIGNED
    (late,) = findings(p, "supervision.cosign-overdue")
    assert late.status == "resolved"
    assert p.v.cosign.awaiting() == []
    assert p.t.cosign.cosignatures(p.case)[note].by == p.ids["Vera"]
    assert p.t.log.verify().ok


def test_minutes_are_not_cosigned_and_a_note_before_the_setting_needs_none(p: Practice) -> None:
    _, before = _noted(p, "2026-01-27T15:00", "2026-01-27T17:00")
    p.v.audit.update_settings(cosign_from="2026-02-01")
    mid = p.t.sessions.schedule(p.case, "three_way_meeting", "2026-02-04T16:00", 60).subject_id
    at(p, "2026-02-05T09:00")
    minutes = p.t.notes.write_minutes(mid or "", MinutesForm(agreements="Pace agreed")).entry_id
    assert p.v.cosign.awaiting() == []
    with pytest.raises(InvalidInput) as refused:
        p.v.cosign.cosign(minutes)
    assert refused.value.detail == InvalidCode.NOT_COSIGNABLE
    assert p.v.cosign.why_not_cosign(before) is None  # may still co-sign it, though not due


def test_cosign_a_progress_note_on_the_command_line(p: Practice) -> None:
    p.v.audit.update_settings(cosign_from="2026-02-01")
    _, note = _noted(p, "2026-02-03T15:00", "2026-02-03T17:00")
    env, v = {"TRIAD_PASSPHRASE": PASS}, str(p.path)
    p.close()
    from datetime import datetime
    now = datetime.fromisoformat("2026-02-04T09:00").astimezone()
    text = cli("cosign", v, "--member", "Vera", env=env, now=now)
    assert text.code == 0, text.err
    assert "progress note" in text.out and note in text.out
    waiting = json.loads(cli("cosign", v, "--member", "Vera", "--format", "json", env=env,
                             now=now).out)
    assert [(a["entry_id"], a["kind"]) for a in waiting["awaiting"]] == [(note, "note.progress")]
    listed = cli("cases", v, "--member", "Vera", env=env, now=now)  # the supervisor's next due
    assert "co-sign the progress note of 2026-02-03 17:00" in listed.out, listed.out
    assert cli("cosign", v, note, env=env, now=now).code == 2  # Dr Tess, the therapist
    ok = cli("cosign", v, note, "--member", "Vera", "--comment", "Agree.", env=env, now=now)
    assert ok.code == 0, ok.err
    after = json.loads(cli("cosign", v, "--member", "Vera", "--format", "json", env=env,
                           now=now).out)
    assert after["awaiting"] == []
