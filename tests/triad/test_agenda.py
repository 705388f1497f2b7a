"""The next due item per case, as the case list shows it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.triad.practice import make_practice
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
