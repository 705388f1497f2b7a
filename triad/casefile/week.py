"""The practice's week: the sessions between two days across every case the acting member may
see, each with what is due on it (issue 16, "The practice's week").

Not the case list's next-due item (that is ``triad.casefile.agenda``): this is the Agenda view
and ``triad-cli agenda``. Who sees what follows ``CaseAccess``: a therapist the cases she leads
and those she holds as custodian; a supervisor the cases she supervises; a surrogate partner
her *own* sessions only (not her colleagues' on a shared case). Client legal names only for a
therapist, and only when asked for (``names``: the app's "Names in list"); everyone else reads
case codes.

What is due on a session (:class:`Due`): the surrogate partner's debrief to write once a
surrogate session is over; a debrief to review (the therapist's; a supervisor sees that it
awaits the therapist); consent to sign before an upcoming surrogate session or three-way
meeting (the first gap of the case, ``triad.casefile.todo``, for the therapist; a record
awaiting her own signature for the surrogate partner); open audit findings pointing at the
session or its debrief (therapist and supervisor); the progress note of a held therapist
session and the minutes of a held three-way meeting (``triad.casefile.notes``: the therapist
writes them, a supervisor sees them awaited); and, for the case's supervisor when the practice
requires co-signature, the therapist's entries on the session awaiting hers
(``triad.audit.cosign``).

A session's calendar status comes from one function, :func:`calendar_status`, from its outcome
(``triad.casefile.outcomes.outcome_of``): a cancelled session (by the client, by the practice,
late) is ``cancelled``, every other confirmed; the iCalendar file and the views read it from
there. A therapist session or three-way meeting over with no outcome recorded is due
(``outcome-missing``: the therapist records what happened); a surrogate session's debrief
records it, so there the debrief to write is what is due -- unless the session was recorded as
not held.

Reads a handful of queries for the whole span, whatever the number of cases: the cases, the
sessions (the index ``sessions_case`` seeks each case's days), their debriefs, member names,
and -- when asked and only for the cases with sessions in the span -- the gaps and the audit.
The audit is the kept one (``AuditService.run``: per case, kept in the vault until the case,
the vault or the clock changes its findings), so the month grid and the calendar file count
open findings too: a
month over 1,000 cases is well under 0.2 s once kept (docs/performance.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile import agenda, outcomes
from triad.errors import InvalidCode, InvalidInput
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

# What is due on a session (codes; UIs word them)
DEBRIEF_TO_WRITE = "debrief-to-write"  # a surrogate session over, no debrief yet
DEBRIEF_TO_REVIEW = "debrief-to-review"  # a debrief awaiting the therapist's review
CONSENT_TO_SIGN = "consent-to-sign"  # detail: the case's gap (a triad.casefile.todo code)
OPEN_FINDINGS = "open-findings"  # count: open findings on the session or its debrief
OUTCOME_MISSING = "outcome-missing"  # a session over with no outcome (not a surrogate session)
NOTE_TO_WRITE = "note-to-write"  # a held therapist session with no progress note
MINUTES_TO_WRITE = "minutes-to-write"  # a held three-way meeting with no minutes
# the supervisor's co-signature awaited on an entry about the session: detail its kind
# (``triad.log.kinds.COSIGNED``), subject its entry id
COSIGN_AWAITED = "cosign-awaited"
DUE_CODES = (DEBRIEF_TO_WRITE, DEBRIEF_TO_REVIEW, CONSENT_TO_SIGN, OPEN_FINDINGS, OUTCOME_MISSING,
             NOTE_TO_WRITE, MINUTES_TO_WRITE, COSIGN_AWAITED)
# the therapist's record of a session once held (triad.casefile.notes)
_NOTE_OWED = {"therapist_session": NOTE_TO_WRITE, "three_way_meeting": MINUTES_TO_WRITE}

# A session's calendar status (RFC 5545 STATUS, lower case)
CONFIRMED = "confirmed"
TENTATIVE = "tentative"
CANCELLED = "cancelled"

MAX_DAYS = 366  # one agenda covers at most a year
_SIGNED_BEFORE = ("surrogate_session", "three_way_meeting")  # sessions the consent gate governs


@dataclass(frozen=True)
class Due:
    """One thing due on a session: ``code`` (DUE_CODES); ``detail`` the consent gap's code
    (``triad.casefile.todo``) and ``subject`` its subject, as the case list's item carries
    them (for a co-signature: the kind of entry awaiting it, and its id); ``count`` the open
    findings."""

    code: str
    detail: str = ""
    count: int = 1
    subject: str = ""  # the consent gap's subject (a member id, a party, a record id)


@dataclass(frozen=True)
class CalendarSession:
    """One session in the agenda. ``client_name`` is blank unless a therapist asked for names."""

    session_id: str
    case_id: str
    case_code: str
    kind: str
    starts_at: str  # clinical local minutes, YYYY-MM-DDTHH:MM
    ends_at: str
    duration_min: int
    location: str
    surrogate_id: str | None
    surrogate: str  # the surrogate partner's member name ("" for a therapist session)
    status: str  # calendar_status
    entry_id: str
    due: tuple[Due, ...] = ()
    client_name: str = ""
    outcome: str = outcomes.SCHEDULED  # triad.casefile.outcomes.outcome_of

    @property
    def day(self) -> str:
        return self.starts_at[:10]


@dataclass(frozen=True)
class Span:
    """The agenda from ``first`` to ``last`` (both included), read at ``now``."""

    first: str
    last: str
    now: str
    role: Role
    sessions: tuple[CalendarSession, ...]

    def on(self, day: str) -> list[CalendarSession]:
        return [s for s in self.sessions if s.day == day]


def calendar_status(outcome: str) -> str:
    """The calendar status of a session with this outcome (``outcomes.outcome_of``): the only
    place that decides it. A cancellation (by the client, by the practice, late) is
    ``cancelled``; a session held, missed (no-show), scheduled or with its outcome missing
    stays confirmed -- the appointment stood."""
    return CANCELLED if outcome in outcomes.CANCELLED else CONFIRMED


def week_of(day: str) -> tuple[str, str]:
    """Monday and Sunday of the week holding ``day``."""
    d = date.fromisoformat(day)
    monday = d - timedelta(days=d.weekday())
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def month_of(day: str) -> tuple[str, str]:
    """The first and last day of the month holding ``day``."""
    d = date.fromisoformat(day)
    first = d.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first.isoformat(), (following - timedelta(days=1)).isoformat()


def _ids(values: list[str]) -> str:
    return json.dumps(values)


_IN = "(SELECT value FROM json_each(:ids))"


class WeekService:
    """``ws.week``: the agenda across the acting member's cases."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def this_week(self) -> tuple[str, str]:
        """Monday and Sunday of the workspace clock's week."""
        return week_of(self._ws.local_now()[:10])

    def why_not_span(self, first: str, last: str) -> InvalidInput | None:
        """Why ``first``..``last`` is no agenda, or None (the days themselves are checked by
        :func:`triad.clock.day`)."""
        a, b = date.fromisoformat(first), date.fromisoformat(last)
        if b < a:
            return InvalidInput(InvalidCode.PERIOD, field="to")
        if (b - a).days + 1 > MAX_DAYS:
            return InvalidInput(InvalidCode.AGENDA_SPAN, field="to", limit=MAX_DAYS)
        return None

    def between(self, first: str | None = None, last: str | None = None, names: bool = False,
                findings: bool = True) -> Span:
        """The sessions from ``first`` to ``last`` (days, both included; by default this
        week, and a week from ``first`` when only it is given)
        the acting member may see, in time order, each with what is due on it. ``names``: a
        therapist's clients' legal names (ignored for other roles); ``findings``: count open
        audit findings (runs the audit on the cases with sessions in the span)."""
        first = clock.day(first, "from") if first else self.this_week()[0]
        last = clock.day(last, "to") if last else (
            date.fromisoformat(first) + timedelta(days=6)).isoformat()
        problem = self.why_not_span(first, last)
        if problem is not None:
            raise problem
        ws = self._ws
        role, me, now = ws.actor.role, ws.actor.member_id, ws.local_now()
        cases = self._cases(role, me, names and role is Role.THERAPIST)
        rows = self._sessions(list(cases), first, last, me if role is Role.SURROGATE else None)
        in_span = sorted({r[0] for r in rows})
        gaps: dict[str, agenda.DueItem] = {}
        if role in (Role.THERAPIST, Role.SURROGATE) and any(
                r[3] >= now and r[2] in _SIGNED_BEFORE for r in rows):
            gaps = agenda.gaps_due(ws, [c for c in in_span if cases[c][1] != "closed"])
        found: dict[str, int] = {}
        if findings and in_span and role in (Role.THERAPIST, Role.SUPERVISOR):
            for f in ws.audit.run(case_ids=in_span).findings:
                if f.status == "open":
                    found[f.record_id] = found.get(f.record_id, 0) + 1
        cosign = self._cosign_awaited(in_span) if role is Role.SUPERVISOR else {}
        people = self._names({r[4] for r in rows if r[4]})
        out = []
        for (case_id, session_id, kind, starts_at, surrogate_id, entry_id, data, debrief_entry,
             awaiting, recorded, held, noted) in rows:
            d = json.loads(data)
            minutes = int(d.get("duration_min") or 0)
            ends_at = outcomes.ends_at(starts_at, minutes)
            outcome = outcomes.outcome_of(recorded, bool(held), starts_at, minutes, now)
            due: list[Due] = []
            if outcome == outcomes.MISSING:
                due.append(Due(DEBRIEF_TO_WRITE if kind == "surrogate_session"
                               else OUTCOME_MISSING))
            if debrief_entry is not None and awaiting and role is not Role.SURROGATE:
                due.append(Due(DEBRIEF_TO_REVIEW))
            if outcome == outcomes.HELD and not noted and kind in _NOTE_OWED \
                    and role is not Role.SURROGATE:
                due.append(Due(_NOTE_OWED[kind]))
            due.extend(cosign.get(session_id, ()))
            gap = gaps.get(case_id)
            if gap is not None and starts_at >= now and kind in _SIGNED_BEFORE:
                due.append(Due(CONSENT_TO_SIGN, gap.code, subject=gap.subject_id))
            open_count = found.get(entry_id, 0) + (found.get(debrief_entry, 0)
                                                   if debrief_entry else 0)
            if open_count:
                due.append(Due(OPEN_FINDINGS, count=open_count))
            code, _status, client_name = cases[case_id]
            out.append(CalendarSession(
                session_id, case_id, code, kind, starts_at, ends_at, minutes,
                str(d.get("location") or ""), surrogate_id, people.get(surrogate_id or "", ""),
                calendar_status(outcome), entry_id, tuple(due), client_name, outcome))
        return Span(first, last, now, role, tuple(out))

    def _cases(self, role: Role, me: str, names: bool) -> dict[str, tuple[str, str, str]]:
        """(code, status, client legal name or "") of every case whose sessions the member
        sees, by case id: as ``CaseAccess.role`` decides (a member holds one role)."""
        if role is Role.THERAPIST:
            where = ("therapist_id = :me OR case_id IN"
                     " (SELECT case_id FROM custodians WHERE member_id = :me)")
        elif role is Role.SUPERVISOR:
            where = "supervisor_id = :me"
        else:
            where = "case_id IN (SELECT case_id FROM case_surrogates WHERE member_id = :me)"
        name = "coalesce(json_extract(client, '$.legal_name'), '')" if names else "''"
        return {case_id: (code, status, legal) for case_id, code, status, legal in
                self._ws.vault.db.rows(
                    f"SELECT case_id, code, status, {name} FROM cases WHERE {where}", {"me": me})}

    def _sessions(self, case_ids: list[str], first: str, last: str,
                  surrogate: str | None) -> list[tuple[Any, ...]]:
        """Each session in the span with its debrief's entry and review verdict (a row written
        before schema 5 has no verdict: its count of reviews decides, as sessions reads it),
        its recorded outcome, whether a record shows it was held (``outcomes``) and whether
        the therapist's progress note or minutes are written (``notes``)."""
        if not case_ids:
            return []
        mine = " AND s.surrogate_id = :me" if surrogate is not None else ""
        return list(self._ws.vault.db.rows(
            "SELECT s.case_id, s.session_id, s.kind, s.starts_at, s.surrogate_id, s.entry_id,"
            " s.data, d.entry_id, coalesce(json_extract(d.data, '$.awaiting_review'),"
            " json_array_length(d.reviews) <= ifnull(json_extract(d.data,"
            " '$.reviews_before_reflag'), 0)),"
            f" json_extract(o.data, '$.outcome'), {outcomes.held_evidence_sql()},"
            " EXISTS (SELECT 1 FROM session_notes n WHERE n.session_id = s.session_id)"
            " FROM sessions s LEFT JOIN debriefs d ON d.session_id = s.session_id"
            " LEFT JOIN session_outcomes o ON o.session_id = s.session_id"
            f" WHERE s.case_id IN {_IN} AND s.starts_at >= :first AND s.starts_at < :after{mine}"
            " ORDER BY s.starts_at, s.entry_id",
            {"ids": _ids(case_ids), "first": first + "T00:00", "after": clock.end_of(last),
             "me": surrogate}))

    def _cosign_awaited(self, case_ids: list[str]) -> dict[str, list[Due]]:
        """The supervisor's co-signatures awaited, by the session the entry is about (nothing
        when the practice does not require co-signature)."""
        settings = self._ws.audit.settings()
        out: dict[str, list[Due]] = {}
        if not settings.cosign_from or not case_ids:
            return out
        for a in self._ws.cosign.awaiting_in(case_ids, settings):
            if a.session_id:
                out.setdefault(a.session_id, []).append(Due(COSIGN_AWAITED, a.kind,
                                                            subject=a.entry_id))
        return out

    def _names(self, member_ids: set[str]) -> dict[str, str]:
        if not member_ids:
            return {}
        return {m: n for m, n in self._ws.vault.db.rows(
            f"SELECT member_id, coalesce(name, '') FROM members WHERE member_id IN {_IN}",
            {"ids": _ids(sorted(member_ids))})}
