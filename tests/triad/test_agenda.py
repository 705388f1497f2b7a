"""The next due item per case, as the case list shows it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.triad.practice import hold_session, make_practice
from triad import agenda


def _at(text: str):  # type: ignore[no-untyped-def]
    return lambda: datetime.fromisoformat(text).astimezone()


def test_debrief_is_due_once_the_session_is_over(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 90,
                                planned_activities=("conversation",)).subject_id
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-02T11:00")
    item = agenda.next_due(p.s, p.case)
    assert item is None or item.code != "debrief-missing"  # still under way: not missing yet
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-02T11:31")
    item = agenda.next_due(p.s, p.case)
    assert item is not None and (item.code, item.subject_id) == ("debrief-missing", sid)
    p.close()


def test_only_the_therapist_is_asked_to_get_consent_signed(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    item = agenda.next_due(p.t, p.case)
    assert item is not None and item.code == "sign-consent"
    assert agenda.next_due(p.s, p.case) is None
    p.close()


def test_a_new_flag_asks_for_a_fresh_review(tmp_path: Path) -> None:
    """An amendment that raises a new flag on a reviewed debrief puts it back in the list of
    debriefs awaiting review (as Debrief.reviewed says), and a new review clears it."""
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, "2026-02-02T10:00")
    p.t.sessions.review(sid, "Read.")
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-03T09:00")
    assert agenda.next_due(p.t, p.case) is None
    debrief = p.s.sessions.get(sid).debrief
    assert debrief is not None and debrief.reviewed
    p.s.amendments.amend(debrief.entry_id, "Forgot one activity.",
                         {"activities_done": ["conversation", "genital_touch"]})  # declined: a flag
    assert not (p.s.sessions.get(sid).debrief or debrief).reviewed
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == ("review-debrief", sid)
    assert [line.due for line in agenda.case_lines(p.t)] == [item]
    assert agenda.next_due(p.s, p.case) is None  # the surrogate partner does not review
    p.t.sessions.review(sid, "Read again.")
    assert agenda.next_due(p.t, p.case) is None
    p.close()


def test_a_moved_session_is_due_at_its_new_time(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    first = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-02T10:00", 60,
                                  planned_activities=("conversation",))
    second = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-09T10:00", 60,
                                   planned_activities=("conversation",)).subject_id
    p.t.clock = _at("2026-03-01T09:00")
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == ("session", first.subject_id)
    p.t.amendments.amend(first.entry_id, "Client asked to move it.",
                         {"starts_at": "2026-03-16T10:00"})
    item = agenda.next_due(p.t, p.case)
    assert item == agenda.DueItem("session", "2026-03-09T10:00", second)
    p.close()
