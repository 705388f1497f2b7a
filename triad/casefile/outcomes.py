"""What happened to each session (issue 16): held, cancelled by the client, cancelled by the
practice (with the notice given), a late cancellation, or a no-show.

**One rule** decides a session's outcome: :func:`outcome_of`. A recorded outcome
(``session.outcome_recorded``) stands, except that *evidence of the session being held* -- a
record that only a held session has -- makes it held: a debrief, a therapist's progress note
or three-way meeting minutes on the session (``IMPLIES_HELD``; a note is written only after
its session took place). So a vault written before outcomes existed reads every debriefed session as held
with no outcome entry. Without either, a session is ``scheduled`` until it has ended and
``outcome-missing`` after: a to-do for whoever records it (``triad.casefile.todo``,
``triad.casefile.agenda``). Only held sessions count as held: the case summary, reports, plan
progress and the audit all count with :func:`is_held`.

**When** each may be recorded: *held* and *no-show* only once the session's start time has
passed; a cancellation (by the client, by the practice, late) at any time, before or after.
A cancellation recorded before the start gets the notice from the clock when none is given
(whole hours until the start); one by the practice recorded after the start must say the
notice given. **Who**: the case's therapist for any session of her case; the surrogate partner
for her own sessions (the app offers it next to her debrief). A session has one outcome: a
correction is an amendment of it (``entry.amended``: ``outcome``, ``notice_hours``, ``note``),
never a second entry, never an edit. A session with a debrief was held: no other outcome is
accepted for it, and a session recorded as not held takes no debrief; the same for a
therapist's progress note or meeting minutes (``outcome-noted``, ``note-not-held``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from triad.casefile.cases import Change
from triad.casefile.validate import count
from triad.errors import InvalidCode, InvalidInput, PermissionCode, PermissionDenied
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile.sessions import Session
    from triad.workspace import Workspace

HELD = "held"
CANCELLED_BY_CLIENT = "cancelled-by-client"
CANCELLED_BY_PRACTICE = "cancelled-by-practice"
LATE_CANCELLATION = "late-cancellation"
NO_SHOW = "no-show"
OUTCOMES = (HELD, CANCELLED_BY_CLIENT, CANCELLED_BY_PRACTICE, LATE_CANCELLATION, NO_SHOW)
# Outcomes that free the time: a cancelled session conflicts with nothing.
CANCELLED = frozenset({CANCELLED_BY_CLIENT, CANCELLED_BY_PRACTICE, LATE_CANCELLATION})
# Recorded only once the session's start time has passed.
AFTER_START = frozenset({HELD, NO_SHOW})
SCHEDULED = "scheduled"
MISSING = "outcome-missing"
MAX_NOTICE_HOURS = 24 * 366

# Projection tables keyed by ``session_id`` whose row on a session shows it was held. Add a
# table here when a new record kind implies "held" (a therapist's progress note, three-way
# meeting minutes): the sessions service, the case list and the audit read this tuple.
IMPLIES_HELD: tuple[str, ...] = ("debriefs", "session_notes")  # notes: triad.casefile.notes


def outcome_of(recorded: str | None, held_evidence: bool, starts_at: str, duration_min: int,
               now: str) -> str:
    """The outcome of a session: evidence of holding (``IMPLIES_HELD``) makes it ``held``;
    else the recorded outcome; else ``scheduled`` until it has ended, ``outcome-missing``
    after. Times are clinical local minutes (``YYYY-MM-DDTHH:MM``)."""
    if held_evidence:
        return HELD
    if recorded in OUTCOMES:
        return str(recorded)
    return MISSING if ends_at(starts_at, duration_min) <= now else SCHEDULED


def is_held(outcome: str) -> bool:
    """Whether a session with this outcome counts as held (the only ones counted)."""
    return outcome == HELD


def ends_at(starts_at: str, duration_min: int) -> str:
    """The minute a session ends."""
    end = datetime.fromisoformat(starts_at) + timedelta(minutes=int(duration_min))
    return end.strftime("%Y-%m-%dT%H:%M")


def held_evidence_sql(session: str = "s.session_id") -> str:
    """An SQL expression true when a session (``session``: its id column) has a record that
    implies it was held."""
    return "(" + " OR ".join(f"EXISTS (SELECT 1 FROM {t} h WHERE h.session_id = {session})"
                             for t in IMPLIES_HELD) + ")"


@dataclass(frozen=True)
class OutcomeRecord:
    """A recorded outcome, as amended: what, the notice given (hours; cancellations), a note,
    who recorded it and when."""

    outcome: str
    notice_hours: int | None
    note: str
    by: str
    recorded_at: str
    entry_id: str
    amended: bool = False


def record_from_row(data: str, entry_id: str, author: str, recorded_at: str) -> OutcomeRecord:
    d: dict[str, Any] = json.loads(data)
    notice = d.get("notice_hours")
    return OutcomeRecord(str(d.get("outcome", "")), None if notice is None else int(notice),
                         str(d.get("note", "")), author, recorded_at, entry_id,
                         bool(d.get("amendments")))


class OutcomeService:
    """Records what happened to a session (module docstring: the rule, when, who)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def record(self, session_id: str, outcome: str, notice_hours: int | None = None,
               note: str = "") -> Change:
        session = self._ws.sessions.get(session_id)
        problem = self.why_not(session, outcome, notice_hours)
        if problem is not None:
            raise problem
        now = self._ws.local_now()
        notice = self.notice(session, outcome, notice_hours, now)
        entry = self._ws.append(Kind.SESSION_OUTCOME_RECORDED, {
            "session_id": session.session_id, "outcome": outcome, "notice_hours": notice,
            "note": note.strip()}, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, session.session_id)

    @staticmethod
    def notice(session: Session, outcome: str, notice_hours: int | None,
               now: str) -> int | None:
        """The notice stored with a cancellation: the one given, or (recorded before the
        start) the whole hours until it; None for held and no-show."""
        if outcome not in CANCELLED:
            return None
        if notice_hours is not None:
            return count(notice_hours, "notice_hours")
        if now < session.starts_at:
            gap = datetime.fromisoformat(session.starts_at) - datetime.fromisoformat(now)
            return int(gap.total_seconds() // 3600)
        return None

    def why_not_role(self, session: Session) -> PermissionDenied | None:
        """Why the acting member may not record this session's outcome, or None: the case's
        therapist may for any session; a surrogate partner for her own only."""
        role = self._ws.cases.access.role(session.case_id)
        if role is Role.THERAPIST:
            return None
        if role is Role.SURROGATE:
            if session.surrogate_id == self._ws.actor.member_id:
                return None
            return PermissionDenied(PermissionCode.NOT_YOUR_SESSION)
        if role is None:
            return PermissionDenied(PermissionCode.NOT_ON_CASE)
        return PermissionDenied(PermissionCode.ROLE, role=role.value)

    def why_not(self, session: Session, outcome: str,
                notice_hours: int | None = None) -> InvalidInput | PermissionDenied | None:
        """Why ``outcome`` cannot be recorded for ``session`` now, or None (the UI's tooltips
        ask the same)."""
        problem = self.why_not_role(session)
        if problem is not None:
            return problem
        if outcome not in OUTCOMES:
            return InvalidInput(InvalidCode.OUTCOME, field="outcome")
        if session.outcome_record is not None:
            return InvalidInput(InvalidCode.OUTCOME_RECORDED, field="outcome")
        return self.why_not_value(session, outcome, notice_hours, self._ws.local_now())

    @staticmethod
    def why_not_value(session: Session, outcome: str, notice_hours: int | None,
                      now: str) -> InvalidInput | None:
        """The rules on the value itself (a new outcome or an amendment of one)."""
        if outcome not in OUTCOMES:
            return InvalidInput(InvalidCode.OUTCOME, field="outcome")
        if session.debrief is not None and outcome != HELD:
            return InvalidInput(InvalidCode.OUTCOME_DEBRIEFED, field="outcome")
        if session.noted and outcome != HELD:  # a progress note or minutes: held
            return InvalidInput(InvalidCode.OUTCOME_NOTED, field="outcome")
        if outcome in AFTER_START and now < session.starts_at:
            return InvalidInput(InvalidCode.OUTCOME_TOO_EARLY, field="outcome")
        if notice_hours is not None:
            try:
                hours = count(notice_hours, "notice_hours")
            except InvalidInput as exc:
                return exc
            if hours > MAX_NOTICE_HOURS:
                return InvalidInput(InvalidCode.RANGE, field="notice_hours", minimum=0,
                                    maximum=MAX_NOTICE_HOURS)
        if outcome == CANCELLED_BY_PRACTICE and notice_hours is None and now >= session.starts_at:
            return InvalidInput(InvalidCode.NOTICE_REQUIRED, field="notice_hours")
        return None

    def choices(self, session: Session) -> dict[str, InvalidInput | PermissionDenied | None]:
        """Each outcome and why it cannot be recorded now (None: it can): the dialog's list."""
        return {o: self.why_not(session, o, 0 if o == CANCELLED_BY_PRACTICE else None)
                for o in OUTCOMES}
