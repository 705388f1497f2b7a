"""Saving a debrief reads one session, not the whole case. Found by the save benchmark: in a
300-session case a debrief took 12 ms (every session and debrief of the case was loaded and
parsed to find one); now 1.7 ms, the same as in a new case."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import hold_session, make_practice
from triad.casefile import sessions
from triad.casefile.sessions import DebriefForm
from triad.errors import PermissionDenied


def test_submit_debrief_parses_one_session(scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = make_practice(scratch / "v.triad")
    for day in range(1, 29):
        hold_session(p, f"2026-02-{day:02d}T10:00")
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-02T10:00", 60,
                                planned_activities=("conversation",)).subject_id
    parsed: list[object] = []
    real = sessions._debrief_from
    monkeypatch.setattr(sessions, "_debrief_from",
                        lambda row, *more: parsed.append(row) or real(row, *more))
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",)))
    assert len(parsed) == 0  # the session had no debrief yet: nothing else was read
    assert p.s.sessions.get(sid).debrief is not None and len(parsed) == 1
    # still only the session's own surrogate may see or debrief it
    with pytest.raises(PermissionDenied):
        p.s2.sessions.get(sid)
    assert p.v.sessions.get(sid).session_id == sid
    p.close()
