"""Everything the rules look at for one case, loaded once with a handful of queries."""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from triad.audit.horizon import Watch, days_since
from triad.casefile.capacity import CapacityAssessment
from triad.casefile.consent import (
    ConsentRecord,
    activities_in_force,
    record_from_row,
    surrogate_work_gaps,
)
from triad.casefile.flags import Flag, parse_flags
from triad.casefile.ladder import Activity
from triad.casefile.members import Credential
from triad.casefile.outcomes import HELD, MISSING, held_evidence_sql, is_held, outcome_of
from triad.casefile.requests import ClientRequest, case_requests
from triad.casefile.validate import AGE_OF_MAJORITY, minor_on, without_touch
from triad.log.kinds import COSIGNED, Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.vault.database import Database


@dataclass(frozen=True)
class AuditSettings:
    """Per vault. ``review_days``: a debrief must be reviewed within this many days.
    ``reconsent_at_phase_change``: a phase start needs a consent recorded since the previous
    phase began. ``credential_warning_days``: warn this long before a credential expires.
    ``age_of_majority``: no touch or aid activity for a younger client (16 to 21; settings
    stored before it existed read as 18).

    Issue 16 (settings stored before them read these defaults): ``stalled_days``: an active
    case with no session held for this many days is stalled; ``overrun_percent``: a phase whose
    held sessions exceed its planned count by more than this share is overrunning;
    ``cosign_from``: from this day (``YYYY-MM-DD``) on, the supervisor co-signs the therapist's
    debrief reviews and progress notes (empty: no co-signature required); ``cosign_days``: a co-signature is
    overdue this many days after the entry it co-signs; ``concurrent_days``: a surrogate
    session needs a therapist session that took place within this many days before it
    (concurrent therapy)."""

    review_days: int = 7
    reconsent_at_phase_change: bool = True
    credential_warning_days: int = 60
    age_of_majority: int = AGE_OF_MAJORITY
    stalled_days: int = 28
    overrun_percent: int = 50
    cosign_from: str = ""
    cosign_days: int = 14
    concurrent_days: int = 21


@dataclass(frozen=True)
class SessionFacts:
    session_id: str
    entry_id: str
    kind: str
    starts_at: str
    surrogate_id: str | None
    scheduled_by: str
    debrief_entry: str | None = None
    held_at: str | None = None
    activities_done: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    submitted_at: str | None = None  # UTC entry time
    reviews: tuple[tuple[str, str], ...] = ()  # (UTC time, review entry id)
    safer_sex_kept: bool | None = None  # the debrief's answer (None: not said)
    aid_ids: tuple[str, ...] = ()  # the aids used, from the case's inventory
    phase_id: str = ""  # the phase it was scheduled in ("" when none)
    duration_min: int = 0
    # what happened (triad.casefile.outcomes.outcome_of): only held sessions count as held
    outcome: str = "scheduled"

    @property
    def held(self) -> bool:
        return is_held(self.outcome)

    @property
    def took_place(self) -> bool:
        """Held, or over with no outcome recorded (a careful audit presumes it was held until
        someone records otherwise); not a cancelled or missed session, nor one to come."""
        return self.outcome in (HELD, MISSING)


def held(s: SessionFacts, now: str) -> bool:
    """Whether a session took place, for the supervision alerts (stalled case, phase
    overrun): the one place they decide it -- its outcome (``triad.casefile.outcomes``): held,
    or over with no outcome recorded yet (presumed held until someone records otherwise); a
    cancelled or missed session did not take place. ``now`` is kept for the callers."""
    del now
    return s.took_place


@dataclass(frozen=True)
class Cosignable:
    """An entry the supervisor co-signs (a therapist's debrief review or progress note): its id, kind,
    UTC time, and its first co-signature (entry id, UTC time) once given."""

    entry_id: str
    kind: str
    at: str
    cosign_entry: str | None = None
    cosigned_at: str | None = None


@dataclass(frozen=True)
class PhaseStart:
    entry_id: str
    phase_id: str
    at: str
    activities: tuple[str, ...]
    planned_sessions: int


@dataclass
class CaseFacts:
    case_id: str
    code: str
    therapist_id: str
    now: str  # local wall-clock minutes
    now_utc: str
    settings: AuditSettings
    consents: list[ConsentRecord]
    sessions: list[SessionFacts]
    phase_starts: list[PhaseStart]
    credentials: dict[str, tuple[Role, tuple[Credential, ...]]]
    capacity: list[CapacityAssessment] = field(default_factory=list)
    date_of_birth: str = ""  # the client's, "" when not recorded
    names: dict[str, str] = field(default_factory=dict)  # member id -> name (triad agreements)
    surrogate_ids: tuple[str, ...] = ()
    status: str = ""  # the case's status (active, paused, closed, ...)
    status_since: str = ""  # local time of the change to that status ("" when never changed)
    status_entry: str = ""  # the entry of that change
    phases: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # id -> (status, planned, title)
    cosignable: list[Cosignable] = field(default_factory=list)
    # the case's closure (issue 16): minutes marked as the closing meeting exist; the reason
    # recorded in the closing status change that there was none ("" when none was given)
    closing_minutes: bool = False
    no_closing_meeting: str = ""
    # the client's access and amendment requests (issue 17), in the order received
    requests: list[ClientRequest] = field(default_factory=list)
    # issue 17: members of this vault removed from the practice -> (removal entry, UTC time)
    departed: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the watched now of ``now`` and ``now_utc`` (triad.audit.horizon), None when not watched
    watch: Watch | None = None
    _in_force: dict[tuple[int, bool], tuple[Activity, ...]] = field(default_factory=dict)
    _gaps: dict[tuple[int, bool, str], dict[Activity, tuple[str, ...]]] = field(default_factory=dict)
    _points: list[str] | None = None

    def days_since(self, earlier: str) -> int:
        """Whole days from ``earlier``'s day to today (watched: the count changes at midnight)."""
        return days_since(self.now, earlier)

    def in_force(self, at: str) -> tuple[Activity, ...]:
        """``activities_in_force`` at ``at``, computed once per stretch of time in which no
        consent starts, ends or is revoked: that function compares ``at`` only with those
        moments, so every ``at`` strictly between the same two of them (or equal to the same
        one) gets the same answer. A case's sessions fall into a handful of such stretches."""
        key = self._stretch(at)
        if key not in self._in_force:
            self._in_force[key] = activities_in_force(self.consents, at)
        covered = self._in_force[key]
        if minor_on(self.date_of_birth, at, self.settings.age_of_majority):
            return without_touch(covered)  # whatever a record on file grants
        return covered

    def _stretch(self, at: str) -> tuple[int, bool]:
        if self._points is None:
            self._points = sorted({m for r in self.consents
                                   for m in (r.valid_from, r.ends, *(rv.at for rv in r.revocations))
                                   if m is not None})
        i = bisect_left(self._points, at)
        return i, i < len(self._points) and self._points[i] == at

    def gaps(self, at: str, surrogate_id: str | None) -> dict[Activity, tuple[str, ...]]:
        """``surrogate_work_gaps`` for a surrogate session with ``surrogate_id`` at ``at``
        (cached per stretch, as ``in_force``: it compares ``at`` with the same moments)."""
        sid = surrogate_id or ""
        key = (*self._stretch(at), sid)
        if key not in self._gaps:
            self._gaps[key] = surrogate_work_gaps(self.consents, at, sid, self.names.get(sid, ""))
        return self._gaps[key]

    def best_gaps(self, at: str) -> dict[Activity, tuple[str, ...]]:
        """The gaps for the case's surrogate partner with the fewest (a phase is not one
        surrogate's): what a surrogate session at ``at`` could include at best."""
        tables = [self.gaps(at, s) for s in self.surrogate_ids] or [self.gaps(at, None)]
        return min(tables, key=lambda t: sum(1 for g in t.values() if g))

    def surrogate_sessions(self) -> list[SessionFacts]:
        return [s for s in self.sessions if s.kind == "surrogate_session"]

    def held_sessions(self) -> list[SessionFacts]:
        return [s for s in self.sessions if held(s, self.now)]

    def first_surrogate_session(self) -> SessionFacts | None:
        """The first surrogate session held (issue 16: a cancelled or missed one was not)."""
        held = [s for s in self.surrogate_sessions() if s.held]
        return held[0] if held else None


def load_cases(db: Database, case_ids: list[str], settings: AuditSettings, now: str, now_utc: str,
               credentials: dict[str, tuple[Role, tuple[Credential, ...]]],
               names: dict[str, str] | None = None) -> list[CaseFacts]:
    """Facts for many cases with one query per table (the audit of a whole practice must
    stay well under a second)."""
    # Only the wanted cases' rows: the audit of one case (the progress summary runs one) must
    # not read the whole practice. The ids are bound parameters (SQLite allows 32,766).
    marks = ",".join("?" * len(case_ids))
    ids = tuple(case_ids)

    def grouped(sql: str) -> dict[str, list[tuple[Any, ...]]]:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for row in db.rows(sql.format(ids=marks), ids):
            out.setdefault(row[0], []).append(row[1:])
        return out

    heads = {r[0]: r[1:] for r in db.rows(
        "SELECT case_id, code, therapist_id, json_extract(client, '$.date_of_birth'), status,"
        " coalesce(status_changed_at, ''), coalesce(json_extract(status_history, '$[#-1].entry_id'), '')"
        f" FROM cases WHERE case_id IN ({marks})", ids)}
    phase_status = grouped("SELECT case_id, phase_id, status FROM phase_status"
                           " WHERE case_id IN ({ids})")
    cosignable = load_cosignable(db, case_ids, settings)
    capacity = grouped(
        "SELECT case_id, data, entry_id, recorded_at, recorded_by FROM capacity_assessments"
        " WHERE case_id IN ({ids}) ORDER BY json_extract(data, '$.on'), recorded_at, entry_id")
    consents = grouped(
        "SELECT case_id, data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
        " WHERE case_id IN ({ids}) ORDER BY json_extract(data, '$.valid_from'), recorded_at")
    debriefs = {
        (r[0], r[1]): r[2:] for r in db.rows(
            "SELECT d.case_id, d.session_id, json_extract(d.data, '$.held_at'),"
            " json_extract(d.data, '$.activities_done'), json_extract(d.data, '$.flags'),"
            " d.entry_id, d.submitted_at, d.reviews, json_extract(d.data, '$.safer_sex_kept'),"
            " json_extract(d.data, '$.aid_ids')"
            " FROM sessions s"
            " JOIN debriefs d ON d.session_id = s.session_id"  # debriefs has no case index
            f" WHERE s.case_id IN ({marks})", ids)
    }
    sessions = grouped("SELECT case_id, session_id, kind, starts_at, surrogate_id, entry_id,"
                       " scheduled_by, json_extract(s.data, '$.duration_min'),"
                       " (SELECT json_extract(o.data, '$.outcome') FROM session_outcomes o"
                       f" WHERE o.session_id = s.session_id), {held_evidence_sql()},"
                       " coalesce(json_extract(s.data, '$.phase_id'), '')"
                       " FROM sessions s WHERE case_id IN ({ids}) ORDER BY starts_at")
    revisions = grouped("SELECT case_id, data, revised_at FROM plan_revisions"
                        " WHERE case_id IN ({ids}) ORDER BY revision")
    starts = grouped("SELECT case_id, id, body, created_at FROM entries WHERE kind='phase.started'"
                     " AND case_id IN ({ids}) ORDER BY local_order")
    surrogates = grouped("SELECT case_id, member_id FROM case_surrogates WHERE case_id IN ({ids})"
                         " ORDER BY member_id")
    closing = {r[0] for r in db.rows(
        "SELECT DISTINCT case_id FROM session_notes WHERE kind = ?"
        f" AND json_extract(data, '$.closing') AND case_id IN ({marks})",
        (Kind.MEETING_MINUTES.value, *ids))}
    reasons = {r[0]: str(r[1] or "") for r in db.rows(
        "SELECT case_id, json_extract(body, '$.no_closing_meeting') FROM entries"
        f" WHERE kind = ? AND json_extract(body, '$.to') = 'closed' AND case_id IN ({marks})"
        " ORDER BY local_order", (Kind.CASE_STATUS_CHANGED.value, *ids))}
    requests = case_requests(db, case_ids)
    departed = {str(r[0]): (str(r[1]), str(r[2])) for r in db.rows(
        "SELECT json_extract(e.body, '$.member_id'), e.id, e.created_at FROM entries e"
        " JOIN members m ON m.member_id = json_extract(e.body, '$.member_id')"
        " WHERE e.kind = ? AND e.case_id IS NULL AND m.removed_at IS NOT NULL AND m.external = 0",
        (Kind.MEMBER_REMOVED.value,))}
    facts = []
    for case_id in case_ids:
        code, therapist_id, born, status, status_since, status_entry = heads[case_id]
        watch = Watch(now, now_utc)  # what the clock alone changes (triad.audit.horizon)
        facts_sessions = []
        for (session_id, kind, starts_at, surrogate_id, entry_id, scheduled_by, minutes,
             recorded, evidence, phase_id) in sessions.get(case_id, []):
            d = debriefs.get((case_id, session_id))
            outcome = outcome_of(recorded, bool(evidence), starts_at, int(minutes), watch.now)
            if d is None:
                facts_sessions.append(SessionFacts(session_id, entry_id, kind, starts_at,
                                                   surrogate_id, scheduled_by,
                                                   phase_id=phase_id,
                                                   duration_min=int(minutes or 0),
                                                   outcome=outcome))
                continue
            held_at, done, flags, debrief_entry, submitted_at, reviews, kept, aid_ids = d
            facts_sessions.append(SessionFacts(
                session_id, entry_id, kind, starts_at, surrogate_id, scheduled_by, debrief_entry,
                held_at, tuple(json.loads(done or "[]")), parse_flags(json.loads(flags or "[]")),
                submitted_at, tuple((r["at"], r["entry_id"]) for r in json.loads(reviews)),
                None if kept is None else bool(kept), tuple(json.loads(aid_ids or "[]")),
                phase_id, int(minutes or 0), outcome,
            ))
        plans = [(json.loads(data), revised_at) for data, revised_at in revisions.get(case_id, [])]
        phase_starts = []
        for entry_id, body, created_at in starts.get(case_id, []):
            b = json.loads(body)
            # the plan revision in force when the phase started
            plan = next((data for data, revised_at in reversed(plans) if revised_at <= created_at),
                        plans[0][0] if plans else {"phases": []})
            phase = next((p for p in plan["phases"] if p["phase_id"] == b["phase_id"]), None)
            phase_starts.append(PhaseStart(entry_id, b["phase_id"], b["at"],
                                           tuple(phase["activities"]) if phase else (),
                                           int(phase["planned_sessions"]) if phase else 0))
        facts.append(CaseFacts(
            case_id, code, therapist_id, watch.now, watch.now_utc, settings,
            [record_from_row(r) for r in consents.get(case_id, [])], facts_sessions,
            phase_starts, credentials,
            capacity=[_assessment(*row) for row in capacity.get(case_id, [])],
            date_of_birth=str(born or ""), names=names or {},
            surrogate_ids=tuple(r[0] for r in surrogates.get(case_id, [])),
            status=status, status_since=status_since, status_entry=status_entry,
            phases=_phases(plans[-1][0] if plans else {"phases": []},
                           dict(phase_status.get(case_id, []))),
            cosignable=cosignable.get(case_id, []),
            closing_minutes=case_id in closing, no_closing_meeting=reasons.get(case_id, ""),
            requests=requests.get(case_id, []), departed=departed, watch=watch))
    return facts


def _phases(plan: dict[str, Any], statuses: dict[str, str]) -> dict[str, tuple[str, int, str]]:
    """The latest plan revision's phases: id -> (status, planned sessions, title)."""
    return {p["phase_id"]: (statuses.get(p["phase_id"], "planned"), int(p["planned_sessions"]),
                            str(p.get("title", ""))) for p in plan["phases"]}


def load_cosignable(db: Database, case_ids: list[str],
                    settings: AuditSettings) -> dict[str, list[Cosignable]]:
    """Per case, the entries recorded since co-signature became required (``cosign_from``) of
    a kind the supervisor co-signs, each with its first co-signature (read from the log: the
    co-signatures are ``entry.cosigned`` entries naming the entry)."""
    out: dict[str, list[Cosignable]] = {}
    if not settings.cosign_from or not case_ids:
        return out
    marks = ",".join("?" * len(case_ids))
    ids = tuple(case_ids)
    kinds = sorted(COSIGNED)
    signed: dict[str, tuple[str, str]] = {}
    for target, entry_id, at in db.rows(
            "SELECT json_extract(body, '$.target_id'), id, created_at FROM entries"
            f" WHERE case_id IN ({marks}) AND kind = ? ORDER BY created_at, local_order",
            (*ids, Kind.ENTRY_COSIGNED.value)):
        signed.setdefault(str(target), (str(entry_id), str(at)))
    for case_id, entry_id, kind, at in db.rows(
            "SELECT case_id, id, kind, created_at FROM entries"
            f" WHERE case_id IN ({marks}) AND kind IN ({','.join('?' * len(kinds))})"
            " AND created_at >= ? ORDER BY created_at, local_order",
            (*ids, *kinds, settings.cosign_from)):
        by, when = signed.get(entry_id, (None, None))
        out.setdefault(case_id, []).append(Cosignable(entry_id, kind, at, by, when))
    return out


def _assessment(data: str, entry_id: str, recorded_at: str, recorded_by: str) -> CapacityAssessment:
    d = json.loads(data)
    return CapacityAssessment(d["assessment_id"], d["on"], d["outcome"], d.get("note", ""),
                              recorded_at, recorded_by, entry_id)
