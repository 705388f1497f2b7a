"""What is due next on a case, for the case list: one item, the most pressing first.

Order: a debrief awaiting the therapist's review; a past surrogate session with no debrief;
the next scheduled session; a consent that expires within 30 days; for a case in referral or
assessment, the informed consent still to sign. Codes, not sentences: UIs word them.

:func:`case_lines` gives the whole case list (code, status, where the plan stands, what is
due) with a handful of queries for all cases together -- not a dozen per case -- reading only
the fields it needs; :func:`next_due` is the same computation for one case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .consent import ConsentRecord, record_from_row
from .members import Role

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True)
class DueItem:
    code: str  # review-debrief, debrief-missing, session, consent-expires, sign-consent
    when: str
    subject_id: str = ""


@dataclass(frozen=True)
class CaseLine:
    """One row of the case list. ``plan``: none, not-started, active, between, completed;
    ``phase``: the active phase's title (empty unless ``plan`` is active)."""

    case_id: str
    code: str
    status: str
    plan: str
    phase: str
    due: DueItem | None


@dataclass(frozen=True)
class _Session:
    session_id: str
    kind: str
    starts_at: str
    duration_min: int
    debriefed: bool
    reviewed: bool


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _roles(ws: Workspace, case_ids: Iterable[str] | None = None) -> dict[str, tuple[str, str, Role]]:
    """(code, status, the acting member's role) of every case they are on, in code order."""
    db, me = ws.vault.db, ws.actor.member_id
    rows = db.rows(
        "SELECT case_id, code, status, therapist_id, supervisor_id FROM cases WHERE"
        " (therapist_id=? OR supervisor_id=? OR case_id IN"
        " (SELECT case_id FROM case_surrogates WHERE member_id=?) OR case_id IN"
        " (SELECT case_id FROM custodians WHERE member_id=?)) ORDER BY code", (me, me, me, me))
    surrogate = {r[0] for r in db.rows("SELECT case_id FROM case_surrogates WHERE member_id=?", (me,))}
    wanted = set(case_ids) if case_ids is not None else None
    out: dict[str, tuple[str, str, Role]] = {}
    for case_id, code, status, therapist, supervisor in rows:
        if wanted is not None and case_id not in wanted:
            continue
        # as CaseAccess.role decides it
        if me == therapist:
            role = Role.THERAPIST
        elif me == supervisor:
            role = Role.SUPERVISOR
        elif case_id in surrogate:
            role = Role.SURROGATE
        elif ws.actor.role is Role.THERAPIST:
            role = Role.THERAPIST  # custodian of an imported case
        else:
            continue
        out[case_id] = (code, status, role)
    return out


def _sessions(ws: Workspace, roles: dict[str, tuple[str, str, Role]]) -> dict[str, list[_Session]]:
    """Each case's sessions the member may see, in the order sessions.list gives them."""
    db, me, ids = ws.vault.db, ws.actor.member_id, list(roles)
    out: dict[str, list[_Session]] = {case_id: [] for case_id in ids}
    if not ids:
        return out
    debriefs = {r[0]: bool(r[1]) for r in db.rows(
        f"SELECT session_id, json_array_length(reviews) FROM debriefs WHERE case_id IN ({_marks(len(ids))})",
        tuple(ids))}
    for case_id, session_id, kind, starts_at, duration, surrogate_id in db.rows(
        "SELECT case_id, json_extract(data, '$.session_id'), json_extract(data, '$.kind'),"
        " json_extract(data, '$.starts_at'), json_extract(data, '$.duration_min'), surrogate_id"
        f" FROM sessions WHERE case_id IN ({_marks(len(ids))}) ORDER BY case_id, starts_at, rowid",
        tuple(ids)):
        if roles[case_id][2] is Role.SURROGATE and surrogate_id != me:
            continue
        out[case_id].append(_Session(session_id, kind, starts_at, int(duration),
                                     session_id in debriefs, debriefs.get(session_id, False)))
    return out


def _consents(ws: Workspace, case_ids: list[str]) -> tuple[dict[str, list[ConsentRecord]],
                                                           dict[str, set[str]]]:
    """Per case: the records with an end date (only those can expire), fully read, in the
    order consent.records gives; and the form ids of all records."""
    expiring: dict[str, list[ConsentRecord]] = {case_id: [] for case_id in case_ids}
    forms: dict[str, set[str]] = {case_id: set() for case_id in case_ids}
    if case_ids:
        marks = _marks(len(case_ids))
        for case_id, form_id in ws.vault.db.rows(
            f"SELECT case_id, json_extract(data, '$.form_id') FROM consents WHERE case_id IN ({marks})",
            tuple(case_ids)):
            forms[case_id].add(form_id)
        for row in ws.vault.db.rows(
            "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
            f" WHERE case_id IN ({marks}) AND json_extract(data, '$.valid_until') IS NOT NULL"
            " ORDER BY case_id, json_extract(data, '$.valid_from'), recorded_at", tuple(case_ids)):
            expiring[row[5]].append(record_from_row(row))
    return expiring, forms


def _plans(ws: Workspace, case_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(plan state, active phase title) per case, from the latest revision."""
    db = ws.vault.db
    out: dict[str, tuple[str, str]] = {case_id: ("none", "") for case_id in case_ids}
    if not case_ids:
        return out
    statuses = {(r[0], r[1]): r[2] for r in db.rows(
        f"SELECT case_id, phase_id, status FROM phase_status WHERE case_id IN ({_marks(len(case_ids))})",
        tuple(case_ids))}
    phases: dict[str, list[tuple[str, str]]] = {}
    for case_id, phase_id, title in db.rows(
        "SELECT p.case_id, json_extract(j.value, '$.phase_id'), json_extract(j.value, '$.title')"
        " FROM plan_revisions p, json_each(p.data, '$.phases') j"
        f" WHERE p.case_id IN ({_marks(len(case_ids))}) AND p.revision ="
        " (SELECT max(q.revision) FROM plan_revisions q WHERE q.case_id = p.case_id)"
        " ORDER BY p.case_id, j.key", tuple(case_ids)):
        phases.setdefault(case_id, []).append((phase_id, title))
    for case_id, plan in phases.items():
        states = [statuses.get((case_id, phase_id), "planned") for phase_id, _ in plan]
        active = next((title for (_, title), s in zip(plan, states, strict=True) if s == "active"), None)
        if active is not None:
            out[case_id] = ("active", active)
        elif set(states) <= {"planned"}:
            out[case_id] = ("not-started", "")
        elif set(states) <= {"completed"}:
            out[case_id] = ("completed", "")
        else:
            out[case_id] = ("between", "")
    return out


def _due_from_sessions(now: str, role: Role, status: str, sessions: list[_Session]) -> DueItem | None:
    if role in (Role.THERAPIST, Role.SUPERVISOR):
        waiting = [s for s in sessions if s.debriefed and not s.reviewed]
        if waiting:
            return DueItem("review-debrief", waiting[0].starts_at, waiting[0].session_id)

    def ended(s: _Session) -> bool:  # a debrief is due once the session is over
        end = datetime.fromisoformat(s.starts_at) + timedelta(minutes=s.duration_min)
        return end.strftime("%Y-%m-%dT%H:%M") <= now

    missing = [s for s in sessions if s.kind == "surrogate_session" and not s.debriefed and ended(s)]
    if missing:
        return DueItem("debrief-missing", missing[0].starts_at, missing[0].session_id)
    upcoming = [s for s in sessions if s.starts_at >= now]
    if upcoming:
        return DueItem("session", upcoming[0].starts_at, upcoming[0].session_id)
    return None


def _due_from_consents(now: str, role: Role, status: str, expiring: list[ConsentRecord],
                       forms: set[str]) -> DueItem | None:
    soon = (datetime.fromisoformat(now) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    for r in expiring:
        if r.status(now) in ("in-force", "partly-revoked") and r.ends and r.ends <= soon:
            return DueItem("consent-expires", r.valid_until or "", r.consent_id)
    if role is Role.THERAPIST and status in ("referral", "assessment") and (
        "informed-consent" not in forms
    ):
        return DueItem("sign-consent", "", "informed-consent")
    return None


def _dues(ws: Workspace, roles: dict[str, tuple[str, str, Role]]) -> dict[str, DueItem | None]:
    now = ws.local_now()
    sessions = _sessions(ws, roles)
    dues: dict[str, DueItem | None] = {}
    for case_id, (_, status, role) in roles.items():
        dues[case_id] = None if status == "closed" else _due_from_sessions(
            now, role, status, sessions[case_id])
    rest = [c for c, due in dues.items() if due is None and roles[c][1] != "closed"]
    expiring, forms = _consents(ws, rest)
    for case_id in rest:
        _, status, role = roles[case_id]
        dues[case_id] = _due_from_consents(now, role, status, expiring[case_id], forms[case_id])
    return dues


def case_lines(ws: Workspace) -> list[CaseLine]:
    """The acting member's case list, in code order."""
    roles = _roles(ws)
    dues = _dues(ws, roles)
    plans = _plans(ws, list(roles))
    return [CaseLine(case_id, code, status, *plans[case_id], dues[case_id])
            for case_id, (code, status, _) in roles.items()]


def next_due(ws: Workspace, case_id: str) -> DueItem | None:
    """The most pressing item on one case (PermissionDenied if the member is not on it)."""
    case_id = ws.cases.access.require(case_id)
    roles = _roles(ws, [case_id])
    return _dues(ws, roles).get(case_id)

