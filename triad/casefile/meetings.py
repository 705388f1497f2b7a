"""When a case needs a three-way meeting (client, therapist, surrogate partner), and the rule
that a case with surrogate work closes only after a closing meeting (issue 16; DOMAIN:
"three-way meetings at the start, when work stalls, and before closing").

The prompts are to-do items (``triad.casefile.todo``), the therapist's:

- ``meeting-start``: the case has a surrogate partner and no surrogate session has taken
  place yet, and no three-way meeting is scheduled or held: hold one before the first
  surrogate session (goals, boundaries, pace, the triad agreement).
- ``meeting-stalled``: an active case whose last surrogate session was more than
  ``STALL_DAYS`` ago, with none scheduled since and no three-way meeting after it.
- ``meeting-closing``: a case in ``closing`` that had surrogate sessions and has no minutes
  marked as the closing meeting.
- ``minutes-missing``: a three-way meeting that has taken place without minutes (subject:
  the session id).

:func:`why_not_close` is the closing rule ``CaseService.change_status`` asks: a case that had
surrogate sessions moves to ``closed`` only with closing minutes or a recorded reason there
was none (``no_closing_meeting`` in the status change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from triad.errors import InvalidCode, InvalidInput

if TYPE_CHECKING:
    from triad.workspace import Workspace

MEETING_START = "meeting-start"
MEETING_STALLED = "meeting-stalled"
MEETING_CLOSING = "meeting-closing"
MINUTES_MISSING = "minutes-missing"
CODES = (MEETING_START, MEETING_STALLED, MEETING_CLOSING, MINUTES_MISSING)
STALL_DAYS = 28  # the "stalled" default: four weeks without a surrogate session

SURROGATE = "surrogate_session"
MEETING = "three_way_meeting"


@dataclass(frozen=True)
class SessionFact:
    """What the rule needs of one session: its id, kind, start and whether it has minutes
    (three-way meetings) and whether those minutes close the case."""

    session_id: str
    kind: str
    starts_at: str
    minuted: bool = False
    closing: bool = False


def _days_before(now: str, days: int) -> str:
    return (datetime.fromisoformat(now) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def meeting_gaps(*, status: str, has_surrogate: bool, sessions: list[SessionFact], now: str,
                 stall_days: int = STALL_DAYS) -> list[tuple[str, str]]:
    """The rule (module docstring): (code, subject) of each meeting the case needs at
    ``now``, most urgent first."""
    if status == "closed":
        return []
    out: list[tuple[str, str]] = []
    surrogate = sorted(s.starts_at for s in sessions if s.kind == SURROGATE)
    meetings = [s for s in sessions if s.kind == MEETING]
    held_surrogate = [t for t in surrogate if t <= now]
    if status == "closing" and held_surrogate and not any(m.closing for m in meetings):
        out.append((MEETING_CLOSING, ""))
    if has_surrogate and not held_surrogate and not meetings and status != "closing":
        out.append((MEETING_START, ""))
    if status == "active" and held_surrogate and not any(t > now for t in surrogate):
        last = held_surrogate[-1]
        if last < _days_before(now, stall_days) and not any(m.starts_at > last for m in meetings):
            out.append((MEETING_STALLED, ""))
    out.extend((MINUTES_MISSING, m.session_id) for m in sorted(meetings, key=lambda m: m.starts_at)
               if m.starts_at <= now and not m.minuted)
    return out


def session_facts(ws: Workspace, case_id: str) -> list[SessionFact]:
    """The case's sessions as the rule needs them, in two queries (the therapist's view)."""
    minutes = {str(r[0]): bool(r[1]) for r in ws.vault.db.rows(
        "SELECT session_id, json_extract(data, '$.closing') FROM session_notes"
        " WHERE case_id=? AND kind='meeting.minutes'", (case_id,))}
    return [SessionFact(str(r[0]), str(r[1]), str(r[2]), str(r[0]) in minutes,
                        minutes.get(str(r[0]), False))
            for r in ws.vault.db.rows(
                "SELECT session_id, kind, starts_at FROM sessions WHERE case_id=?", (case_id,))]


def why_not_close(ws: Workspace, case_id: str, no_closing_meeting: str) -> InvalidInput | None:
    """Why the case cannot move to ``closed`` now, or None: one that had surrogate sessions
    needs minutes of a three-way meeting marked as the closing meeting, or the reason there
    was none (``no_closing_meeting``). A case that never had surrogate work (assessment found
    SPT unsuitable, a referral withdrawn) closes without one."""
    if no_closing_meeting.strip():
        return None
    now = ws.local_now()
    facts = session_facts(ws, case_id)
    if not any(s.kind == SURROGATE and s.starts_at <= now for s in facts):
        return None
    if any(s.closing for s in facts):
        return None
    return InvalidInput(InvalidCode.CLOSING_MEETING_REQUIRED, field="no_closing_meeting")
