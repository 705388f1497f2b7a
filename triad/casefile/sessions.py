"""Sessions, the surrogate's debrief after each, and the therapist's review (measures:
``triad.casefile.measures``).

Scheduling a session whose planned activities consent does not cover is refused. A debrief
that records an activity outside consent is *accepted* -- the record must tell the truth --
and carries a flag for therapist review, as do stop/pause signals, boundaries not kept and a
safer-sex agreement not kept. A surrogate session's debrief names the signals agreed in the
triad agreement in force (``signals``: the words the surrogate answered about) and, when it
included genital touch or intercourse, must say whether the safer-sex agreement was kept
(``safer_sex_kept``, yes or no).
Aids are named from the case's aid inventory (``aid_ids``, ``triad.casefile.aids``): a session
that included ``therapeutic_aids`` names at least one; an aid whose own grant was not in force
for use in session at the session's time is recorded as used and flagged
(``aid-without-consent:<aid id>``), as an activity outside consent is. The free-text
``aids_used`` of older debriefs stays readable; new debriefs name aids by id.
The debrief's process recording (the surrogate's detailed notes to the therapist) is kept
apart: summaries leave it out, and only the therapist and the surrogate who wrote it read it
-- a supervisor audits the record, not these notes (``triad.casefile.visibility``), so the services
hand a supervisor debriefs with ``process_recording`` blank and named in ``withheld``.

Lists are ordered from the data alone (time, then entry id), never by the order a vault
happened to learn of the entries, so every machine holding a case lists it the same way.
"""

from __future__ import annotations

import builtins
import json
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.aids import IN_SESSION
from triad.casefile.cases import Case, Change
from triad.casefile.consent import Signals, activities_in_force
from triad.casefile.derived import flags_under
from triad.casefile.flags import Flag, parse_flags
from triad.casefile.ladder import Activity, activities, ladder_sorted, needs_safer_sex
from triad.casefile.outcomes import (
    HELD,
    IMPLIES_HELD,
    SCHEDULED,
    OutcomeRecord,
    outcome_of,
    record_from_row,
)
from triad.casefile.validate import count, duration, suds, touch_activities
from triad.casefile.visibility import PROCESS_RECORDING, may_read_process_recording
from triad.errors import (
    ConsentViolation,
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
)
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

KINDS = ("therapist_session", "surrogate_session", "three_way_meeting")
TEXT_FIELDS = ("location", "went_well", "was_hard", "arousal_anxiety", "boundaries_note",
               "safer_sex", "reactions", "questions", "proposal", "process_recording")


@dataclass(frozen=True)
class Review:
    comment: str
    by: str
    at: str
    entry_id: str
    amended: bool = False


@dataclass(frozen=True)
class Debrief:
    session_id: str
    author: str
    submitted_at: str
    entry_id: str
    held_at: str
    duration_min: int
    location: str
    phase_id: str | None
    activities_planned: tuple[Activity, ...]
    activities_done: tuple[Activity, ...]
    suds_before: int | None
    suds_after: int | None
    went_well: str
    was_hard: str
    arousal_anxiety: str
    boundaries_kept: bool
    boundaries_note: str
    stop_signals: int
    pause_signals: int
    safer_sex: str
    aids_used: tuple[str, ...]
    reactions: str
    questions: str
    proposal: str
    process_recording: str
    flags: tuple[Flag, ...]
    reviews: tuple[Review, ...] = ()
    amended: bool = False
    # whether the safer-sex agreement was kept (None: not asked -- no genital touch or
    # intercourse -- or a debrief written before it was asked)
    safer_sex_kept: bool | None = None
    signals: Signals | None = None  # the agreed signals this debrief answered about
    aid_ids: tuple[str, ...] = ()  # the aids used, from the case's inventory

    # (time, entry id) of the latest amendment that raised a new flag (shown). Whether it is
    # reviewed: a review that saw it (triad.log.projection, issue 14), never the stamps alone.
    reflagged_at: tuple[str, str] | None = None
    awaiting_review: bool = True  # the projection's verdict, the one the agenda's SQL reads
    withheld: tuple[str, ...] = ()  # fields the reader's role may not see (blank here)
    # fields of the debrief or its reviews amended apart, awaiting the therapist's settling
    # (AmendmentService.conflicts has the versions)
    conflicted: tuple[str, ...] = ()

    @property
    def reviewed(self) -> bool:
        return not self.awaiting_review


@dataclass(frozen=True)
class Session:
    session_id: str
    case_id: CaseId
    kind: str
    starts_at: str
    duration_min: int
    phase_id: str | None
    planned_activities: tuple[Activity, ...]
    location: str
    surrogate_id: str | None
    entry_id: str
    debrief: Debrief | None = None
    amended: bool = False
    conflicted: tuple[str, ...] = ()  # its fields amended apart (see Debrief.conflicted)
    # what happened (triad.casefile.outcomes.outcome_of, computed when read): held, a
    # cancellation, no-show, scheduled or outcome-missing
    outcome: str = SCHEDULED
    outcome_record: OutcomeRecord | None = None  # the recorded outcome, if any
    moves: tuple[Move, ...] = ()  # each time it was rescheduled, oldest first
    series_id: str | None = None  # the weekly or fortnightly series it belongs to
    noted: bool = False  # it has a progress note or minutes (triad.casefile.notes): held

    @property
    def held(self) -> bool:
        return self.outcome == HELD

    @property
    def moved_from(self) -> str | None:
        """The time it was first booked for, when it was moved since."""
        return self.moves[0].from_ if self.moves else None

    @property
    def status(self) -> str:
        """Its outcome, and for a held session with a debrief where that stands: scheduled,
        outcome-missing, held, debriefed, reviewed, cancelled-by-client,
        cancelled-by-practice, late-cancellation or no-show."""
        if self.outcome != HELD or self.debrief is None:
            return self.outcome
        return "reviewed" if self.debrief.reviewed else "debriefed"


@dataclass(frozen=True)
class Move:
    """One reschedule: from which time to which, why, who moved it and when."""

    from_: str
    to: str
    reason: str
    by: str
    at: str
    entry_id: str


@dataclass(frozen=True)
class DebriefForm:
    """What a surrogate fills in after a session (DOMAIN: "The surrogate's debrief")."""

    activities_done: tuple[str, ...]
    suds_before: int | None = None
    suds_after: int | None = None
    went_well: str = ""
    was_hard: str = ""
    arousal_anxiety: str = ""
    boundaries_kept: bool = True
    boundaries_note: str = ""
    stop_signals: int = 0
    pause_signals: int = 0
    safer_sex: str = ""
    safer_sex_kept: bool | None = None  # required for genital touch or intercourse
    aids_used: tuple[str, ...] = ()  # free text: older debriefs only (refused in new ones)
    aid_ids: tuple[str, ...] = ()  # the aids used, from the case's inventory
    reactions: str = ""
    questions: str = ""
    proposal: str = ""
    process_recording: str = ""
    held_at: str | None = None
    duration_min: int | None = None
    location: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _debrief_from(row: tuple[Any, ...], role: Role | None = None) -> Debrief:
    """A debrief from its projection row, as ``role`` may read it (None: whole)."""
    data, entry_id, author, submitted_at, reviews = row
    d = json.loads(data)
    review_rows = json.loads(reviews)
    reflagged = d.get("reflagged_at")
    withheld: tuple[str, ...] = ()
    if role is Role.SUPERVISOR:
        d[PROCESS_RECORDING] = ""
        withheld = (PROCESS_RECORDING,)
    return Debrief(
        session_id=d["session_id"], author=author, submitted_at=submitted_at, entry_id=entry_id,
        held_at=d["held_at"], duration_min=d["duration_min"], location=d.get("location", ""),
        phase_id=d.get("phase_id"), activities_planned=activities(d.get("activities_planned", [])),
        activities_done=activities(d["activities_done"]), suds_before=d.get("suds_before"),
        suds_after=d.get("suds_after"), went_well=d.get("went_well", ""),
        was_hard=d.get("was_hard", ""), arousal_anxiety=d.get("arousal_anxiety", ""),
        boundaries_kept=bool(d.get("boundaries_kept", True)),
        boundaries_note=d.get("boundaries_note", ""), stop_signals=d.get("stop_signals", 0),
        pause_signals=d.get("pause_signals", 0), safer_sex=d.get("safer_sex", ""),
        aids_used=tuple(d.get("aids_used", [])), reactions=d.get("reactions", ""),
        questions=d.get("questions", ""), proposal=d.get("proposal", ""),
        process_recording=d.get("process_recording", ""), flags=parse_flags(d.get("flags", [])),
        reviews=tuple(sorted((Review(r["comment"], r["by"], r["at"], r["entry_id"],
                                     bool(r.get("amendments"))) for r in review_rows),
                             key=lambda r: (r.at, r.entry_id))),
        amended=bool(d.get("amendments")),
        reflagged_at=(reflagged[0], reflagged[1]) if reflagged else None,
        # A row with no verdict (written before schema 5 and not migrated): its old rule.
        awaiting_review=bool(d["awaiting_review"]) if "awaiting_review" in d
        else len(review_rows) <= int(d.get("reviews_before_reflag", 0)),
        withheld=withheld,
        conflicted=tuple(sorted({*d.get("conflicts", {}),
                                 *(f for r in review_rows for f in r.get("conflicts", {}))})),
        safer_sex_kept=d.get("safer_sex_kept"),
        signals=Signals(str(d["signals"]["stop"]), str(d["signals"]["pause"]))
        if isinstance(d.get("signals"), dict) else None,
        aid_ids=tuple(str(a) for a in d.get("aid_ids") or []),
    )


class SessionService:
    """Therapists schedule and review; a session's surrogate writes its debrief."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def schedule(
        self, case_key: str, kind: str, starts_at: str, duration_min: int = 60,
        phase_id: str | None = None, planned_activities: tuple[str, ...] = (),
        location: str = "", surrogate_id: str | None = None,
    ) -> Change:
        """Book one session: consent must cover what it plans at its time
        (``require_consent``) and none of its people may be booked then
        (``triad.casefile.scheduling``). A series: ``ws.scheduling.schedule_series``."""
        body = self.prepare(case_key, kind, starts_at, duration_min, phase_id,
                            planned_activities, location, surrogate_id)
        case_id = CaseId(self._ws.cases.access.require(case_key, Role.THERAPIST))
        self._ws.scheduling.require_free(case_id, kind, body["surrogate_id"], body["starts_at"],
                                         body["duration_min"])
        entry = self._ws.append(Kind.SESSION_SCHEDULED, body, case_id)
        return Change(entry.id, case_id, entry.kind, body["session_id"])

    def prepare(
        self, case_key: str, kind: str, starts_at: str, duration_min: int = 60,
        phase_id: str | None = None, planned_activities: tuple[str, ...] = (),
        location: str = "", surrogate_id: str | None = None,
    ) -> dict[str, Any]:
        """The body of a ``session.scheduled`` entry, every rule but conflicts checked."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        if kind not in KINDS:
            raise InvalidInput(InvalidCode.SESSION_KIND, field="kind")
        when = clock.when(starts_at, "starts_at")
        planned = activities(planned_activities, "planned_activities")
        case = self._ws.cases.get(case_id)
        problem = self.why_not_schedule(case)
        if problem is not None:
            raise problem
        if kind != "therapist_session":
            if surrogate_id is None and len(case.surrogate_ids) == 1:
                surrogate_id = case.surrogate_ids[0]
            if surrogate_id is None and len(case.surrogate_ids) > 1:
                raise InvalidInput(InvalidCode.SURROGATE_REQUIRED, field="surrogate_id")
            if surrogate_id not in case.surrogate_ids:
                raise InvalidInput(InvalidCode.SURROGATE_NOT_ON_CASE, field="surrogate_id")
        else:
            surrogate_id = None
        if phase_id is not None:
            plan = self._ws.plans.current(case_id)
            if plan is None:
                raise NotFound(NotFoundCode.PLAN)
            plan.phase(phase_id)
        self.require_consent(case_id, kind, planned, when, surrogate_id)
        return {
            "session_id": str(uuid.uuid4()), "kind": kind, "starts_at": when,
            "duration_min": duration(duration_min), "phase_id": phase_id,
            "planned_activities": ladder_sorted(planned), "location": location.strip(),
            "surrogate_id": surrogate_id}

    def require_consent(self, case_id: str, kind: str, planned: tuple[Activity, ...], when: str,
                        surrogate_id: str | None) -> None:
        """A surrogate session needs every required form to grant each planned activity at
        ``when`` for its surrogate partner (``triad.casefile.consent.surrogate_work_in_force``),
        and none is held once the client revoked the whole informed consent; one that plans
        aids, at least one aid with its own consent in force (``triad.casefile.aids``). Other
        sessions need what the case's records grant (``activities_in_force``)."""
        wanted = tuple(a.value for a in planned)
        if kind != "surrogate_session":
            missing = [a.value for a in planned
                       if a not in activities_in_force(self._ws.consent.records(case_id), when)]
            if missing:
                raise ConsentViolation(missing, when)
            return
        stop = self._ws.consent.why_no_surrogate_work(case_id, when)
        if stop is not None:
            raise stop
        self._ws.consent.require_covered(case_id, wanted, when, surrogate_id)
        if Activity.AIDS in planned and not self._ws.aids.in_force(case_id, when, IN_SESSION,
                                                                   surrogate_id or ""):
            # the activity is granted, but no aid has its own grant: none could be used
            raise InvalidInput(InvalidCode.AID_CONSENT_REQUIRED, field="planned_activities")
        unsignalled = self.why_no_signals(case_id, wanted, when, surrogate_id)
        if unsignalled is not None:
            raise unsignalled

    def why_no_signals(self, case_key: str, planned: tuple[str, ...], at: str,
                       surrogate_id: str | None) -> InvalidInput | None:
        """Why a surrogate session planning ``planned`` at ``at`` cannot be scheduled for want
        of signals, or None: any touch or aid activity (``validate.touch_activities``) needs
        the stop and pause signals agreed, in words, in the triad agreement in force with that
        surrogate partner then (``consent.agreed_terms``) -- the forms promise they are agreed
        "before any experiential work"."""
        if not surrogate_id or not touch_activities(tuple(planned)):
            return None
        if self._ws.consent.agreed_terms(case_key, at, surrogate_id).signals is not None:
            return None
        return InvalidInput(InvalidCode.SIGNALS_NOT_AGREED, field="planned_activities")

    @staticmethod
    def why_not_schedule(case: Case) -> InvalidInput | None:
        """Why no session can be scheduled on ``case``, or None: a closed case takes no
        sessions. (Who may schedule -- the case's therapist -- is checked by the call.)"""
        if case.status == "closed":
            return InvalidInput(InvalidCode.CASE_STATUS, field="status", status=case.status)
        return None

    def may_read_process_recording(self, session: Session) -> bool:
        """Whether the acting member reads the process recording of ``session``'s debrief
        (``triad.casefile.visibility.may_read_process_recording``)."""
        d = session.debrief
        return may_read_process_recording(self._ws.cases.access.role(session.case_id),
                                          d.author if d else None, self._ws.actor.member_id)

    def list(self, case_key: str) -> list[Session]:
        """Sessions in time order. A surrogate sees only their own sessions."""
        return self._load(self._ws.cases.access.require(case_key))

    def _load(self, case_id: str, session_id: str | None = None) -> builtins.list[Session]:
        """The case's sessions the acting member may see (or just ``session_id``): one query
        for the sessions, one for their debriefs."""
        sql = "SELECT data, entry_id FROM sessions WHERE case_id=?"
        params: tuple[Any, ...] = (case_id,)
        role = self._ws.cases.access.role(case_id)
        if role is Role.SURROGATE:
            sql += " AND surrogate_id=?"
            params += (self._ws.actor.member_id,)
        # through the case's sessions (index sessions_case, then the debriefs' key): debriefs
        # has no index on case_id, and a scan of every debrief of a 1,000-case practice took
        # 0.2 s for each case opened (issue 18)
        debrief_sql = ("SELECT session_id, data, entry_id, author, submitted_at, reviews"
                       " FROM debriefs WHERE session_id IN"
                       " (SELECT session_id FROM sessions WHERE case_id=?) AND case_id=?")
        debrief_params: tuple[Any, ...] = (case_id, case_id)
        if session_id is not None:  # saving one debrief must not read the whole case
            sql += " AND session_id=?"
            params += (session_id,)
            debrief_sql = ("SELECT session_id, data, entry_id, author, submitted_at, reviews"
                           " FROM debriefs WHERE session_id=? AND case_id=?")
            debrief_params = (session_id, case_id)
        sessions = []
        db = self._ws.vault.db
        debriefs = {r[0]: _debrief_from(r[1:], role) for r in db.rows(debrief_sql, debrief_params)}
        outcomes = {r[0]: record_from_row(*r[1:]) for r in db.rows(
            "SELECT session_id, data, entry_id, author, recorded_at FROM session_outcomes"
            " WHERE case_id=?", (case_id,))}
        evidence = set(debriefs)  # other records that imply a session was held (outcomes.py)
        noted: set[str] = set()
        for table in IMPLIES_HELD:
            if table != "debriefs":
                found = {r[0] for r in db.rows(
                    f"SELECT session_id FROM {table} WHERE case_id=?", (case_id,))}
                evidence |= found
                if table == "session_notes":
                    noted |= found
        now = self._ws.local_now()
        for data, entry_id in db.rows(sql + " ORDER BY starts_at, entry_id", params):
            d = json.loads(data)
            sid = d["session_id"]
            recorded = outcomes.get(sid)
            sessions.append(Session(
                sid, CaseId(case_id), d["kind"], d["starts_at"], d["duration_min"],
                d.get("phase_id"), activities(d.get("planned_activities", [])),
                d.get("location", ""), d.get("surrogate_id"), entry_id,
                debriefs.get(sid), bool(d.get("amendments")),
                tuple(sorted(d.get("conflicts", {}))),
                outcome=outcome_of(recorded.outcome if recorded else None, sid in evidence,
                                   d["starts_at"], d["duration_min"], now),
                outcome_record=recorded,
                moves=tuple(Move(m["from"], m["to"], m.get("reason", ""), m["by"], m["at"],
                                 m["entry_id"]) for m in d.get("moves", [])),
                series_id=d.get("series_id"),
                noted=sid in noted,
            ))
        return sessions

    def get(self, session_id: str) -> Session:
        row = self._ws.vault.db.one("SELECT case_id FROM sessions WHERE session_id=?", (session_id,))
        if row is None:
            raise NotFound(NotFoundCode.SESSION)
        found = self._load(self._ws.cases.access.require(row[0]), session_id)
        if not found:
            raise PermissionDenied(PermissionCode.NOT_YOUR_SESSION)
        return found[0]

    def submit_debrief(self, session_id: str, form: DebriefForm) -> Change:
        """The session's surrogate logs what happened. Activities outside consent are
        recorded as they happened and flagged for the therapist."""
        session = self.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.SURROGATE)
        if session.surrogate_id != self._ws.actor.member_id:
            raise PermissionDenied(PermissionCode.NOT_YOUR_SESSION)
        if session.debrief is not None:
            raise InvalidInput(InvalidCode.ALREADY_DEBRIEFED, field="session_id")
        if session.outcome_record is not None and session.outcome_record.outcome != HELD:
            # recorded as not held: correct the outcome (an amendment) before a debrief
            raise InvalidInput(InvalidCode.NOT_HELD, field="session_id")
        done = activities(form.activities_done, "activities_done")
        held_at = clock.when(form.held_at, "held_at") if form.held_at else session.starts_at
        stop, pause = count(form.stop_signals, "stop_signals"), count(form.pause_signals, "pause_signals")
        kept = None if form.safer_sex_kept is None else bool(form.safer_sex_kept)
        if kept is None and needs_safer_sex(done):
            raise InvalidInput(InvalidCode.SAFER_SEX_KEPT_REQUIRED, field="safer_sex_kept")
        if any(a.strip() for a in form.aids_used):
            raise InvalidInput(InvalidCode.AIDS_FREE_TEXT, field="aids_used")
        aid_ids = self.check_aids(session.case_id, done, form.aid_ids)
        flags = self.flags_for(session, done, held_at, stop, pause, bool(form.boundaries_kept),
                               kept, aid_ids)
        body: dict[str, Any] = {
            "session_id": session_id, "held_at": held_at,
            "duration_min": duration(form.duration_min or session.duration_min),
            "location": (form.location if form.location is not None else session.location).strip(),
            "phase_id": session.phase_id,
            "activities_planned": ladder_sorted(session.planned_activities),
            "activities_done": ladder_sorted(done),
            "suds_before": suds(form.suds_before, "suds_before"),
            "suds_after": suds(form.suds_after, "suds_after"),
            "boundaries_kept": bool(form.boundaries_kept), "stop_signals": stop,
            "pause_signals": pause, "aids_used": [], "aid_ids": aid_ids,
            "flags": [str(f) for f in flags],
        }
        if kept is not None:
            body["safer_sex_kept"] = kept
        agreed = self.agreed_signals(session, held_at)
        if agreed is not None:
            body["signals"] = {"stop": agreed.stop, "pause": agreed.pause}
        for name in TEXT_FIELDS:
            if name != "location":
                body[name] = str(getattr(form, name)).strip()
        entry = self._ws.append(Kind.SESSION_DEBRIEFED, body, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, session_id)

    def check_aids(self, case_id: str, done: tuple[Activity, ...],
                   aid_ids: tuple[str, ...] | builtins.list[str]) -> builtins.list[str]:
        """The aids a debrief names (``aid_ids``), checked: each in the case's inventory; at
        least one when ``therapeutic_aids`` was done, and none when it was not."""
        chosen = self._ws.aids.clean_used(case_id, [str(a) for a in aid_ids])
        if Activity.AIDS in done and not chosen:
            raise InvalidInput(InvalidCode.AID_USED_REQUIRED, field="aid_ids")
        if chosen and Activity.AIDS not in done:
            raise InvalidInput(InvalidCode.AIDS_WITHOUT_ACTIVITY, field="aid_ids")
        return chosen

    def aids_in_force(self, session: Session, held_at: str | None = None) -> frozenset[str]:
        """The case's aids whose own consent is in force for use in ``session`` at ``held_at``
        (default its start): what its debrief may name without a flag."""
        return self._ws.aids.in_force(
            session.case_id, held_at or session.starts_at, IN_SESSION,
            session.surrogate_id if session.kind == "surrogate_session" else None)

    def agreed_signals(self, session: Session, held_at: str | None = None) -> Signals | None:
        """The stop and pause signals the triad agreement in force for ``session`` (at
        ``held_at``, default its start) records, or None: what its debrief asks about."""
        if session.kind != "surrogate_session":
            return None
        return self._ws.consent.agreed_terms(session.case_id, held_at or session.starts_at,
                                             session.surrogate_id).signals

    def flags_for(self, session: Session, done: tuple[Activity, ...], held_at: str, stop: int,
                  pause: int, boundaries_kept: bool, safer_sex_kept: bool | None = None,
                  aid_ids: tuple[str, ...] | builtins.list[str] = ()) -> builtins.list[Flag]:
        """What the therapist must look at in a debrief: activities outside consent in force
        at ``held_at`` or outside the plan, stop/pause signals, a boundary not kept, the
        safer-sex agreement not kept, an aid used without its own consent in force. The rule
        is ``derived.flags_under``, the one every receiving vault applies too."""
        case_id, consent = session.case_id, self._ws.consent
        surrogate = ((str(session.surrogate_id), consent.surrogate_name(str(session.surrogate_id)))
                     if session.kind == "surrogate_session" else None)
        return flags_under(consent.records(case_id), held_at, surrogate, [a.value for a in done],
                           [a.value for a in session.planned_activities], stop, pause,
                           boundaries_kept, safer_sex_kept, tuple(aid_ids),
                           minor=bool(aid_ids) and self._ws.capacity.minor_at(case_id, held_at))

    def review(self, session_id: str, comment: str) -> Change:
        """The therapist acknowledges a debrief with a comment."""
        session = self.get(session_id)
        self._ws.cases.access.require(session.case_id, Role.THERAPIST)
        if session.debrief is None:
            raise InvalidInput(InvalidCode.NO_DEBRIEF, field="session_id")
        if not comment.strip():
            raise InvalidInput(InvalidCode.COMMENT_REQUIRED, field="comment")
        # The amendments of the debrief this review read: a flag one of them raised is
        # reviewed by it; a flag raised by one it never saw is not, whatever the clocks.
        seen = sorted(str(r[0]) for r in self._ws.vault.db.rows(
            "SELECT entry_id FROM amendments WHERE target_id=?", (session.debrief.entry_id,)))
        entry = self._ws.append(Kind.DEBRIEF_REVIEWED, {
            "session_id": session_id, "debrief_entry_id": session.debrief.entry_id,
            "comment": comment.strip(), "amendments_seen": seen}, session.case_id)
        return Change(entry.id, session.case_id, entry.kind, session_id)
