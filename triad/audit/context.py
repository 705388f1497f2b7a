"""Everything the rules look at for one case, loaded once with a handful of queries."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..consent import ConsentRecord, activities_in_force, record_from_row
from ..ladder import Activity
from ..members import Credential, Role

if TYPE_CHECKING:
    from ..storage import Database


@dataclass(frozen=True)
class AuditSettings:
    """Per vault. ``review_days``: a debrief must be reviewed within this many days.
    ``reconsent_at_phase_change``: a phase start needs a consent recorded since the previous
    phase began. ``credential_warning_days``: warn this long before a credential expires."""

    review_days: int = 7
    reconsent_at_phase_change: bool = False
    credential_warning_days: int = 60


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
    flags: tuple[str, ...] = ()
    submitted_at: str | None = None  # UTC entry time
    reviews: tuple[tuple[str, str], ...] = ()  # (UTC time, review entry id)


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
    _in_force: dict[str, tuple[Activity, ...]] = field(default_factory=dict)

    def in_force(self, at: str) -> tuple[Activity, ...]:
        if at not in self._in_force:
            self._in_force[at] = activities_in_force(self.consents, at)
        return self._in_force[at]

    def surrogate_sessions(self) -> list[SessionFacts]:
        return [s for s in self.sessions if s.kind == "surrogate_session"]

    def first_surrogate_session(self) -> SessionFacts | None:
        held = [s for s in self.surrogate_sessions() if s.starts_at <= self.now]
        return held[0] if held else None


def load_case(db: Database, case_id: str, settings: AuditSettings, now: str, now_utc: str,
              credentials: dict[str, tuple[Role, tuple[Credential, ...]]]) -> CaseFacts:
    row = db.one("SELECT code, therapist_id FROM cases WHERE case_id=?", (case_id,))
    assert row is not None
    consents = [record_from_row(r) for r in db.rows(
        "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
        " WHERE case_id=? ORDER BY json_extract(data, '$.valid_from'), recorded_at", (case_id,))]
    debriefs = {
        r[0]: r for r in db.rows(
            "SELECT session_id, data, entry_id, submitted_at, reviews FROM debriefs WHERE case_id=?",
            (case_id,))
    }
    sessions = []
    for session_id, kind, starts_at, surrogate_id, entry_id, scheduled_by in db.rows(
        "SELECT session_id, kind, starts_at, surrogate_id, entry_id, scheduled_by FROM sessions"
        " WHERE case_id=? ORDER BY starts_at", (case_id,)
    ):
        d = debriefs.get(session_id)
        if d is None:
            sessions.append(SessionFacts(session_id, entry_id, kind, starts_at, surrogate_id,
                                         scheduled_by))
            continue
        data = json.loads(d[1])
        sessions.append(SessionFacts(
            session_id, entry_id, kind, starts_at, surrogate_id, scheduled_by, d[2],
            data["held_at"], tuple(data.get("activities_done", [])), tuple(data.get("flags", [])),
            d[3], tuple((r["at"], r["entry_id"]) for r in json.loads(d[4])),
        ))
    revisions = [(json.loads(r[0]), r[1]) for r in db.rows(
        "SELECT data, revised_at FROM plan_revisions WHERE case_id=? ORDER BY revision", (case_id,))]
    starts = []
    for entry_id, body, created_at in db.rows(
        "SELECT id, body, created_at FROM entries WHERE case_id=? AND kind='phase.started'"
        " ORDER BY local_order", (case_id,)
    ):
        b = json.loads(body)
        # the plan revision in force when the phase started
        plan = next((data for data, revised_at in reversed(revisions) if revised_at <= created_at),
                    revisions[0][0] if revisions else {"phases": []})
        phase = next((p for p in plan["phases"] if p["phase_id"] == b["phase_id"]), None)
        starts.append(PhaseStart(entry_id, b["phase_id"], b["at"],
                                 tuple(phase["activities"]) if phase else (),
                                 int(phase["planned_sessions"]) if phase else 0))
    return CaseFacts(case_id, row[0], row[1], now, now_utc, settings, consents, sessions, starts,
                     credentials)
