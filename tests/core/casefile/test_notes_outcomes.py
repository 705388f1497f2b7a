"""Outcome and notes agree (issue 16): a progress note or minutes imply the session was held,
so neither is written on a session recorded as not held, and a session with one takes no
outcome other than held -- as a debrief does (``outcome-debriefed``, ``not-held``). Through
the services on a real vault, each rule with its near miss."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import Practice, make_practice
from triad.casefile.notes import MinutesForm, ProgressNoteForm
from triad.errors import InvalidCode, InvalidInput

NOTE = ProgressNoteForm(focus="Anticipatory anxiety", plan="Rehearse the pause signal")
MINUTES = MinutesForm(agreements="Pace agreed")


def _at(text: str) -> Callable[[], datetime]:
    return lambda: datetime.fromisoformat(text).astimezone()


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    for ws in practice.all():
        ws.clock = _at("2026-03-01T09:00")
    yield practice
    practice.close()


def _session(p: Practice, kind: str, when: str = "2026-02-10T15:00") -> str:
    return p.t.sessions.schedule(p.case, kind, when, 50).subject_id or ""


@pytest.mark.parametrize("outcome", ["cancelled-by-client", "late-cancellation", "no-show"])
def test_no_progress_note_on_a_session_recorded_as_not_held(p: Practice, outcome: str) -> None:
    sid = _session(p, "therapist_session")
    change = p.t.outcomes.record(sid, outcome, notice_hours=0 if "cancel" in outcome else None)
    with pytest.raises(InvalidInput) as refused:
        p.t.notes.write_progress(sid, NOTE)
    assert refused.value.detail == InvalidCode.NOTE_NOT_HELD
    why = p.t.notes.why_not_progress(p.t.sessions.get(sid))  # the app's tooltip asks it too
    assert why is not None and why.detail == InvalidCode.NOTE_NOT_HELD
    assert p.t.notes.progress(sid) is None
    assert p.t.sessions.get(sid).outcome == outcome  # the note did not turn it into held
    # near miss: once the outcome is corrected to held, the note is written
    p.t.amendments.amend(change.entry_id, "It took place after all", {"outcome": "held"})
    p.t.notes.write_progress(sid, NOTE)
    assert p.t.notes.progress(sid) is not None


def test_no_minutes_on_a_meeting_recorded_as_not_held(p: Practice) -> None:
    mid = _session(p, "three_way_meeting")
    p.t.outcomes.record(mid, "no-show")
    with pytest.raises(InvalidInput) as refused:
        p.t.notes.write_minutes(mid, MINUTES)
    assert refused.value.detail == InvalidCode.NOTE_NOT_HELD
    # near miss: a meeting recorded as held takes its minutes
    held = _session(p, "three_way_meeting", "2026-02-17T15:00")
    p.t.outcomes.record(held, "held")
    p.t.notes.write_minutes(held, MINUTES)
    assert p.t.notes.minutes(held) is not None


def test_a_noted_session_takes_no_outcome_but_held(p: Practice) -> None:
    sid = _session(p, "therapist_session")
    p.t.notes.write_progress(sid, NOTE)
    for outcome in ("no-show", "cancelled-by-client", "late-cancellation"):
        with pytest.raises(InvalidInput) as refused:
            p.t.outcomes.record(sid, outcome)
        assert refused.value.detail == InvalidCode.OUTCOME_NOTED
    assert p.t.outcomes.choices(p.t.sessions.get(sid))["held"] is None
    p.t.outcomes.record(sid, "held")  # near miss: held agrees with the note
    assert p.t.sessions.get(sid).outcome_record is not None


def test_a_minuted_meeting_takes_no_outcome_but_held_nor_an_amendment_to_one(p: Practice) -> None:
    mid = _session(p, "three_way_meeting")
    change = p.t.outcomes.record(mid, "held")
    p.t.notes.write_minutes(mid, MINUTES)
    with pytest.raises(InvalidInput) as refused:
        p.t.amendments.amend(change.entry_id, "Client did not come", {"outcome": "no-show"})
    assert refused.value.detail == InvalidCode.OUTCOME_NOTED
    assert p.t.sessions.get(mid).outcome_record.outcome == "held"  # type: ignore[union-attr]


def test_a_noted_session_is_not_moved(p: Practice) -> None:
    """A meeting with minutes (or a session with a progress note) took place: it is not
    rescheduled, as a debriefed one is not; near miss: the same meeting before its minutes."""
    mid = _session(p, "three_way_meeting")
    p.t.scheduling.reschedule(mid, "2026-02-10T16:00", "the client asked for later")
    p.t.notes.write_minutes(mid, MINUTES)
    with pytest.raises(InvalidInput) as refused:
        p.t.scheduling.reschedule(mid, "2026-02-10T17:00", "again")
    assert refused.value.detail == InvalidCode.RESCHEDULE_HAPPENED
    assert p.t.sessions.get(mid).starts_at == "2026-02-10T16:00"
