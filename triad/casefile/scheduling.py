"""Booking time (issue 16): conflicts, series and rescheduling.

**Conflicts.** A session occupies its people for its time: a therapist session its case's
therapist, a surrogate session its surrogate partner, a three-way meeting both. A new or moved
session is refused while any of them has another session, in any case of this vault, that
overlaps it by a minute or more (back to back is fine: one ends as the other starts). A
cancelled session (``triad.casefile.outcomes.CANCELLED``) holds no time; a held, missed or
scheduled one does. The refusal names the other session's case code and time when the acting
therapist is on that case; otherwise it says "another case" and the time only -- a surrogate
partner may work with other therapists, whose clients' codes are not this therapist's to read.

**Series.** A weekly or fortnightly series (a count, 2 to 52, or an end date within a year)
books each occurrence as its own session carrying the series id (``series_id``). Every
occurrence is checked -- consent in force at its time, conflicts -- before any is written,
and the whole series is refused with the first problem found: a therapist books a series to
hold a slot, and half a series silently booked is worse than a clear refusal naming the date
to change (she can then book up to it, or pick another hour).

**Reschedule.** ``session.rescheduled`` moves a session that has not happened (no outcome, no
debrief) to another time, checked like a new booking; the old time is kept in the log and on
the session (``Session.moves``: "moved from ..."). A move is not a correction: an amendment of
``starts_at`` corrects a time booked by mistake, a reschedule records that the appointment
changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.outcomes import CANCELLED, ends_at
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile.sessions import Session
    from triad.workspace import Workspace

EVERY = {"weekly": 7, "fortnightly": 14}
MAX_OCCURRENCES = 52
MAX_SERIES_DAYS = 366
_THERAPIST_KINDS = ("therapist_session", "three_way_meeting")
_SURROGATE_KINDS = ("surrogate_session", "three_way_meeting")


@dataclass(frozen=True)
class Booked:
    """Another session holding a person's time."""

    session_id: str
    case_id: str
    starts_at: str
    ends_at: str
    party: str  # therapist or surrogate: whose time it holds


def occurrences(starts_at: str, every: str, count: int | None = None,
                until: str | None = None) -> list[str]:
    """The start times of a series: ``every`` weekly or fortnightly, from ``starts_at``,
    ``count`` of them or as many as start on or before the day ``until``."""
    if every not in EVERY:
        raise InvalidInput(InvalidCode.SERIES_EVERY, field="every")
    first = datetime.fromisoformat(clock.when(starts_at, "starts_at"))
    step = timedelta(days=EVERY[every])
    if (count is None) == (until is None):
        raise InvalidInput(InvalidCode.SERIES_LENGTH, field="count")
    if count is not None:
        n = int(count)
        if not 2 <= n <= MAX_OCCURRENCES:
            raise InvalidInput(InvalidCode.RANGE, field="count", minimum=2,
                               maximum=MAX_OCCURRENCES)
    else:
        last = date.fromisoformat(clock.day(str(until), "until"))
        days = (last - first.date()).days
        if days > MAX_SERIES_DAYS:
            raise InvalidInput(InvalidCode.RANGE, field="until", minimum=0,
                               maximum=MAX_SERIES_DAYS)
        n = days // EVERY[every] + 1
        if n < 2:
            raise InvalidInput(InvalidCode.SERIES_LENGTH, field="until")
    return [(first + i * step).strftime("%Y-%m-%dT%H:%M") for i in range(n)]


class SchedulingService:
    """Conflicts across the vault's cases, series of sessions, rescheduling."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def people(self, case_id: str, kind: str, surrogate_id: str | None) -> list[tuple[str, str]]:
        """(party, member id) whose time a session of ``kind`` takes."""
        out: list[tuple[str, str]] = []
        if kind in _THERAPIST_KINDS:
            row = self._ws.vault.db.one("SELECT therapist_id FROM cases WHERE case_id=?",
                                        (case_id,))
            if row is not None:
                out.append(("therapist", str(row[0])))
        if kind in _SURROGATE_KINDS and surrogate_id:
            out.append(("surrogate", surrogate_id))
        return out

    def booked(self, case_id: str, kind: str, surrogate_id: str | None, starts_at: str,
               duration_min: int, ignore: frozenset[str] = frozenset()) -> list[Booked]:
        """The sessions (any case of this vault, not cancelled) that overlap the time and
        take one of the same people, earliest first; ``ignore``: session ids left out."""
        end = ends_at(starts_at, duration_min)
        # no session lasts more than a day: only those starting the day before can reach in
        since = (datetime.fromisoformat(starts_at) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
        out: list[Booked] = []
        for party, member in self.people(case_id, kind, surrogate_id):
            if party == "therapist":
                who = ("s.kind IN ('therapist_session', 'three_way_meeting') AND s.case_id IN"
                       " (SELECT c.case_id FROM cases c WHERE c.therapist_id = :m)")
            else:
                who = ("s.kind IN ('surrogate_session', 'three_way_meeting')"
                       " AND s.surrogate_id = :m")
            for sid, other_case, other_start, minutes, outcome in self._ws.vault.db.rows(
                    "SELECT s.session_id, s.case_id, s.starts_at, json_extract(s.data,"
                    " '$.duration_min'), json_extract(o.data, '$.outcome') FROM sessions s"
                    " LEFT JOIN session_outcomes o ON o.session_id = s.session_id"
                    f" WHERE {who} AND s.starts_at > :since AND s.starts_at < :end"
                    " ORDER BY s.starts_at, s.entry_id",
                    {"m": member, "since": since, "end": end}):
                if sid in ignore or outcome in CANCELLED:
                    continue
                other_end = ends_at(other_start, int(minutes))
                if other_end > starts_at:  # overlaps by a minute or more
                    out.append(Booked(sid, other_case, other_start, other_end, party))
        return sorted(out, key=lambda b: (b.starts_at, b.session_id))

    def why_not_free(self, case_id: str, kind: str, surrogate_id: str | None, starts_at: str,
                     duration_min: int, ignore: frozenset[str] = frozenset()
                     ) -> InvalidInput | None:
        """Why the time is not free for the session's people, or None (module docstring)."""
        found = self.booked(case_id, kind, surrogate_id, starts_at, duration_min, ignore)
        if not found:
            return None
        first = found[0]
        times = {"at": first.starts_at, "until": first.ends_at, "value": first.party}
        if self._ws.cases.access.role(first.case_id) is not None:
            row = self._ws.vault.db.one("SELECT code FROM cases WHERE case_id=?",
                                        (first.case_id,))
            return InvalidInput(InvalidCode.SCHEDULE_CONFLICT, field="starts_at",
                                case=str(row[0]) if row else "?", **times)
        return InvalidInput(InvalidCode.SCHEDULE_CONFLICT_ELSEWHERE, field="starts_at", **times)

    def require_free(self, case_id: str, kind: str, surrogate_id: str | None, starts_at: str,
                     duration_min: int, ignore: frozenset[str] = frozenset()) -> None:
        problem = self.why_not_free(case_id, kind, surrogate_id, starts_at, duration_min, ignore)
        if problem is not None:
            raise problem

    def schedule_series(
        self, case_key: str, kind: str, starts_at: str, every: str, count: int | None = None,
        until: str | None = None, duration_min: int = 60, phase_id: str | None = None,
        planned_activities: tuple[str, ...] = (), location: str = "",
        surrogate_id: str | None = None,
    ) -> list[Change]:
        """Book a weekly or fortnightly series, all or nothing (module docstring)."""
        case_id = CaseId(self._ws.cases.access.require(case_key, Role.THERAPIST))
        times = occurrences(starts_at, every, count, until)
        series_id = str(uuid.uuid4())
        bodies: list[dict[str, Any]] = []
        for when in times:
            body = self._ws.sessions.prepare(case_id, kind, when, duration_min, phase_id,
                                             planned_activities, location, surrogate_id)
            self.require_free(case_id, kind, body["surrogate_id"], body["starts_at"],
                              body["duration_min"])
            bodies.append({**body, "series_id": series_id})
        changes = []
        for body in bodies:
            entry = self._ws.append(Kind.SESSION_SCHEDULED, body, case_id)
            changes.append(Change(entry.id, case_id, entry.kind, body["session_id"]))
        return changes

    def why_not_reschedule(self, session: Session) -> InvalidInput | None:
        """Why ``session`` cannot be moved, or None: only a session that has not happened
        (no outcome recorded, no debrief, no progress note or minutes) on a case that is
        not closed."""
        if session.debrief is not None or session.outcome_record is not None or session.noted:
            return InvalidInput(InvalidCode.RESCHEDULE_HAPPENED, field="session_id")
        return self._ws.sessions.why_not_schedule(self._ws.cases.get(session.case_id))

    def reschedule(self, session_id: str, starts_at: str, reason: str = "") -> Change:
        """Move a session to ``starts_at`` (the case's therapist); the old time is kept."""
        session = self._ws.sessions.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.THERAPIST)
        problem = self.why_not_reschedule(session)
        if problem is not None:
            raise problem
        when = clock.when(starts_at, "starts_at")
        if when == session.starts_at:
            raise InvalidInput(InvalidCode.NO_CHANGES, field="starts_at")
        self._ws.sessions.require_consent(session.case_id, session.kind,
                                          session.planned_activities, when,
                                          session.surrogate_id)
        self.require_free(session.case_id, session.kind, session.surrogate_id, when,
                          session.duration_min, frozenset({session.session_id}))
        entry = self._ws.append(Kind.SESSION_RESCHEDULED, {
            "session_id": session.session_id, "from": session.starts_at, "starts_at": when,
            "reason": reason.strip()}, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, session.session_id)

    def series(self, case_key: str, series_id: str) -> list[Session]:
        """The sessions of one series the acting member may see, in time order."""
        found = [s for s in self._ws.sessions.list(case_key) if s.series_id == series_id]
        if not found:
            raise NotFound(NotFoundCode.SESSION)
        return found
