"""What is due next on a case, for the case list: one item, the most pressing first.

For a supervisor, their own work only (issue 16, ``triad.audit.queue``): an entry awaiting
their co-signature, else an open finding to sign off. For the others, in order: a debrief
awaiting the therapist's review; a past surrogate session with no debrief
(unless recorded as cancelled or a no-show, issue 16); for the therapist, a past therapist
session or three-way meeting with no outcome recorded (``outcome-missing``);
for the therapist, the first thing missing on the case (``triad.casefile.todo``: capacity
assessment, date of birth, informed consent, release, a triad agreement, the aids consent --
from the moment the case opens, whatever its status); the next scheduled session; a consent
that expires within 30 days. A client's open request (issue 17, ``request-due``, its due day
as ``when``) comes first once it is due within ``REQUEST_URGENT_DAYS`` days (overdue
included), else before the next session; on a closed case it is the only item. Codes, not
sentences: UIs word them.

:func:`case_lines` gives the whole case list (code, status, where the plan stands, what is
due) with a handful of queries for all cases together -- not a dozen per case -- reading only
the fields it needs; :func:`next_due` is the same computation for one case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from triad.casefile import meetings, todo
from triad.casefile.consent import ConsentRecord, record_from_row
from triad.casefile.outcomes import CANCELLED, ends_at, held_evidence_sql
from triad.casefile.requests import case_requests
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class DueItem:
    code: str  # review-debrief, debrief-missing, session, consent-expires, a todo.CODES gap,
    # or a supervisor's cosign-review or finding (triad.audit.queue)
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


# The acting member's role on each case, as CaseAccess.role decides it: therapist, supervisor,
# surrogate partner, or (a therapist) custodian of an imported case; NULL: not on the case.
_ROLE = (
    "CASE WHEN c.therapist_id = :me THEN 'therapist' WHEN c.supervisor_id = :me THEN 'supervisor'"
    " WHEN EXISTS (SELECT 1 FROM case_surrogates x WHERE x.case_id = c.case_id"
    " AND x.member_id = :me) THEN 'surrogate'"
    " WHEN :custodian AND EXISTS (SELECT 1 FROM custodians k WHERE k.case_id = c.case_id"
    " AND k.member_id = :me) THEN 'therapist' END"
)
_ROLES = {r.value: r for r in Role}
_IDS = "(SELECT value FROM json_each(:ids))"

# Sessions that may be due, and nothing else: awaiting review (a debrief with no review later,
# by (time, entry id), than the amendment that last raised a new flag -- the projection's
# ``awaiting_review``; the partial index debriefs_unreviewed holds just those, so this reads
# only their rows), a surrogate session already started with no debrief (Python checks it is
# over), or not yet started. The index sessions_case covers the columns read here, so a case's
# session and debrief rows are not read at all unless they are due; a due session's duration is
# read from its row. No INDEXED BY: without the index the query is slower, never wrong.
_SESSIONS_DUE = (
    "SELECT case_id, session_id, starts_at, surrogate_id, review, debriefed, kind, outcome,"
    " held, CASE WHEN NOT held AND starts_at <= :now THEN"
    " (SELECT json_extract(z.data, '$.duration_min') FROM sessions z WHERE z.rowid = r) END"
    " FROM (SELECT s.case_id, s.session_id, s.starts_at, s.surrogate_id, s.kind, s.rowid AS r,"
    " s.entry_id, s.session_id IN (SELECT u.session_id FROM debriefs u"
    " WHERE json_extract(u.data, '$.awaiting_review')) AS review,"
    " EXISTS (SELECT 1 FROM debriefs d WHERE d.session_id = s.session_id) AS debriefed,"
    f" {held_evidence_sql()} AS held,"
    " (SELECT json_extract(o.data, '$.outcome') FROM session_outcomes o"
    " WHERE o.session_id = s.session_id) AS outcome"
    f" FROM sessions s WHERE s.case_id IN {_IDS})"
    " WHERE review OR starts_at >= :now"
    " OR (NOT held AND starts_at <= :now AND (outcome IS NULL"
    " OR (outcome = 'held' AND kind = 'surrogate_session')))"
    " ORDER BY case_id, starts_at, entry_id"  # as sessions.list: time, then entry id
)
# Why a session is listed: awaiting review; over with no record of being held and (a surrogate
# session) held or no outcome -- its debrief is due, which also records it held -- or (any
# other session) no outcome -- its outcome is due (``outcomes.outcome_of``); or still to come.


def _roles(ws: Workspace, case_id: str | None = None,
           limit: int | None = None) -> dict[str, tuple[str, str, Role]]:
    """(code, status, the acting member's role) of every case they are on (or just
    ``case_id``; or the first ``limit``), in code order. The index cases_list covers it."""
    me = ws.actor.member_id
    where = " WHERE c.case_id = :case" if case_id is not None else ""
    rows = ws.vault.db.rows(
        f"SELECT case_id, code, status, role FROM (SELECT c.case_id, c.code, c.status, {_ROLE}"
        f" AS role FROM cases c{where}) WHERE role IS NOT NULL ORDER BY code LIMIT :limit",
        {"me": me, "custodian": ws.actor.role is Role.THERAPIST, "case": case_id,
         "limit": -1 if limit is None else limit})
    return {case: (code, status, _ROLES[role]) for case, code, status, role in rows}


def _ids(case_ids: Iterable[str]) -> str:
    return json.dumps(list(case_ids))


def _sessions_due(ws: Workspace, now: str, roles: dict[str, tuple[str, str, Role]],
                  case_ids: list[str]) -> dict[str, DueItem]:
    """The due item that sessions give, for the cases that have one (first in the case's
    session order: start time, then entry id)."""
    if not case_ids:
        return {}
    me = ws.actor.member_id
    first: dict[str, dict[str, tuple[str, str]]] = {}
    for case_id, session_id, starts_at, surrogate_id, review, debriefed, kind, outcome, held, \
            duration in ws.vault.db.rows(_SESSIONS_DUE, {"ids": _ids(case_ids), "now": now}):
        role = roles[case_id][2]
        if role is Role.SURROGATE and surrogate_id != me:
            continue  # a surrogate partner sees only their own sessions
        seen = first.setdefault(case_id, {})
        item = (starts_at, session_id)
        if review and role is Role.THERAPIST:
            seen.setdefault("review-debrief", item)
        over = duration is not None and ends_at(starts_at, int(duration)) <= now
        if over and not debriefed and kind == "surrogate_session":
            # a debrief is due once the session is over (or its outcome, if not held)
            seen.setdefault("debrief-missing", item)
        elif over and not held and outcome is None and role is Role.THERAPIST \
                and kind != "surrogate_session":
            seen.setdefault(todo.OUTCOME_MISSING, item)
        if starts_at >= now and outcome not in CANCELLED:
            seen.setdefault("session", item)
    out: dict[str, DueItem] = {}
    for case_id, seen in first.items():
        for code in ("review-debrief", "debrief-missing", todo.OUTCOME_MISSING, "session"):
            if code in seen:
                out[case_id] = DueItem(code, *seen[code])
                break
    return out


def _consents_due(ws: Workspace, now: str, case_ids: list[str]) -> dict[str, DueItem]:
    """The due item that consent gives: a record in force that expires within 30 days (only
    records with an end date are read: index consents_expiring)."""
    out: dict[str, DueItem] = {}
    if not case_ids:
        return out
    soon = (datetime.fromisoformat(now) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    for row in ws.vault.db.rows(
        "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
        f" WHERE case_id IN {_IDS} AND json_extract(data, '$.valid_until') IS NOT NULL"
        " ORDER BY case_id, json_extract(data, '$.valid_from'), recorded_at, entry_id",
            {"ids": _ids(case_ids)}):
        if row[5] in out:
            continue
        r = record_from_row(row)
        if r.status(now) in ("in-force", "partly-revoked") and r.ends and r.ends <= soon:
            out[row[5]] = DueItem("consent-expires", r.valid_until or "", r.consent_id)
    return out


def _gaps_due(ws: Workspace, now: str, roles: dict[str, tuple[str, str, Role]],
              case_ids: list[str]) -> dict[str, DueItem]:
    """The first gap (``triad.casefile.todo``) of each case the member is the therapist of:
    the same rule as ``todo.gaps``, read for all the cases together."""
    mine = [c for c in case_ids if roles[c][2] in (Role.THERAPIST, Role.SURROGATE)]
    if not mine:
        return {}
    db = ws.vault.db
    ids = {"ids": _ids(mine)}
    born = {r[0] for r in db.rows(
        f"SELECT case_id FROM cases WHERE case_id IN {_IDS}"
        " AND coalesce(json_extract(client, '$.date_of_birth'), '') != ''", ids)}
    assessed = {r[0] for r in db.rows(
        f"SELECT DISTINCT case_id FROM capacity_assessments WHERE case_id IN {_IDS}", ids)}
    records: dict[str, list[ConsentRecord]] = {}
    for row in db.rows(
        "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
        f" WHERE case_id IN {_IDS} AND json_extract(data, '$.form_id') IN"
        " (SELECT value FROM json_each(:forms))"
        " ORDER BY case_id, json_extract(data, '$.valid_from'), recorded_at, entry_id",
            {**ids, "forms": json.dumps(sorted(set(todo.FORM_OF.values())))}):
        records.setdefault(row[5], []).append(record_from_row(row))
    surrogates: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for case_id, member_id, name in db.rows(
        "SELECT s.case_id, s.member_id, coalesce(m.name, '') FROM case_surrogates s"
        f" LEFT JOIN members m ON m.member_id = s.member_id WHERE s.case_id IN {_IDS}"
        " ORDER BY s.case_id, s.member_id", ids):
        surrogates.setdefault(case_id, []).append(member_id)
        names[member_id] = name
    aids = todo.aid_activities()
    plans_aids = {r[0] for r in db.rows(
        "SELECT DISTINCT p.case_id FROM plan_revisions p, json_each(p.data, '$.phases') j,"
        " json_each(j.value, '$.activities') a"
        f" WHERE p.case_id IN {_IDS} AND a.value IN (SELECT value FROM json_each(:aids))"
        " AND p.revision = (SELECT max(q.revision) FROM plan_revisions q WHERE q.case_id = p.case_id)"
        " AND coalesce((SELECT t.status FROM phase_status t WHERE t.case_id = p.case_id"
        " AND t.phase_id = json_extract(j.value, '$.phase_id')), 'planned') != 'completed'",
        {**ids, "aids": json.dumps(sorted(aids))})}
    out: dict[str, DueItem] = {}
    for case_id in mine:
        if roles[case_id][2] is Role.SURROGATE:  # a record awaiting her own signature
            waiting = todo.awaiting_member(records.get(case_id, []), ws.actor.member_id, now)
            if waiting:
                out[case_id] = DueItem(todo.AWAITING, "", waiting[0].member_id)
            continue
        found = todo.case_gaps(
            status=roles[case_id][1], has_date_of_birth=case_id in born,
            has_capacity=case_id in assessed, records=records.get(case_id, []),
            surrogates=[(s, names[s]) for s in surrogates.get(case_id, [])],
            plans_aids=case_id in plans_aids, at=now)
        if found:
            first = found[0]
            out[case_id] = DueItem(first.code, "", first.member_id or first.party
                                   if first.code == todo.AWAITING else first.subject_id)
    return out


def _meetings_due(ws: Workspace, now: str, roles: dict[str, tuple[str, str, Role]],
                  case_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The three-way meetings each of the therapist's cases needs (``triad.casefile.meetings``,
    the same rule as ``todo.meeting_gaps``), read for all the cases together."""
    mine = [c for c in case_ids if roles[c][2] is Role.THERAPIST]
    if not mine:
        return {}
    ids = {"ids": _ids(mine)}
    facts: dict[str, list[meetings.SessionFact]] = {}
    for case_id, session_id, kind, starts_at, minuted, closing in ws.vault.db.rows(
        "SELECT s.case_id, s.session_id, s.kind, s.starts_at, n.note_id IS NOT NULL,"
        " coalesce(json_extract(n.data, '$.closing'), 0) FROM sessions s"
        " LEFT JOIN session_notes n ON n.session_id = s.session_id AND n.case_id = s.case_id"
        " AND n.kind = 'meeting.minutes'"
        f" WHERE s.case_id IN {_IDS} AND s.kind IN ('surrogate_session', 'three_way_meeting')",
            ids):
        facts.setdefault(case_id, []).append(meetings.SessionFact(
            session_id, kind, starts_at, bool(minuted), bool(closing)))
    with_surrogate = {r[0] for r in ws.vault.db.rows(
        f"SELECT DISTINCT case_id FROM case_surrogates WHERE case_id IN {_IDS}", ids)}
    return {c: meetings.meeting_gaps(status=roles[c][1], has_surrogate=c in with_surrogate,
                                     sessions=facts.get(c, []), now=now) for c in mine}


REQUEST_URGENT_DAYS = 7  # an open request due this soon comes before everything else


def _requests_due(ws: Workspace, roles: dict[str, tuple[str, str, Role]]) -> dict[str, DueItem]:
    """The first-due open request of each case the member is the therapist of (closed cases
    too), as ``todo.request_gaps``."""
    mine = [c for c, (_, _, role) in roles.items() if role is Role.THERAPIST]
    out: dict[str, DueItem] = {}
    for case_id, found in case_requests(ws.vault.db, mine).items():
        waiting = sorted((r for r in found if r.open), key=lambda r: (r.due_on, r.received_on))
        if waiting:
            out[case_id] = DueItem(todo.REQUEST_DUE, waiting[0].due_on, waiting[0].request_id)
    return out


def _plans(ws: Workspace, case_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(plan state, active phase title) per case, from the latest revision."""
    db = ws.vault.db
    out: dict[str, tuple[str, str]] = dict.fromkeys(case_ids, ("none", ""))
    if not case_ids:
        return out
    ids = {"ids": _ids(case_ids)}
    statuses = {(r[0], r[1]): r[2] for r in db.rows(
        f"SELECT case_id, phase_id, status FROM phase_status WHERE case_id IN {_IDS}", ids)}
    phases: dict[str, list[tuple[str, str]]] = {}
    for case_id, phase_id, title in db.rows(
        "SELECT p.case_id, json_extract(j.value, '$.phase_id'), json_extract(j.value, '$.title')"
        " FROM plan_revisions p, json_each(p.data, '$.phases') j"
        f" WHERE p.case_id IN {_IDS} AND p.revision ="
        " (SELECT max(q.revision) FROM plan_revisions q WHERE q.case_id = p.case_id)"
        " ORDER BY p.case_id, j.key", ids):
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


def _dues(ws: Workspace, roles: dict[str, tuple[str, str, Role]]) -> dict[str, DueItem | None]:
    """Debriefs first, then what is missing (it blocks the next session), then the
    three-way meetings the case needs, then the next session, then a three-way meeting before
    surrogate work starts, then a consent about to expire; each only for the open cases left without an
    item."""
    now = ws.local_now()
    open_cases = [c for c, (_, status, role) in roles.items()
                  if status != "closed" and role is not Role.SUPERVISOR]
    dues: dict[str, DueItem | None] = dict.fromkeys(roles)
    # A supervisor's item is their own work (issue 16): a co-signature, a finding to sign
    # off; never the therapist's task (triad.audit.queue, reached through the workspace).
    supervised = [c for c, (_, status, role) in roles.items()
                  if status != "closed" and role is Role.SUPERVISOR]
    dues.update(ws.findings.dues(supervised, one_case=len(roles) == 1 and len(supervised) == 1))
    by_sessions = _sessions_due(ws, now, roles, open_cases)
    dues.update({c: d for c, d in by_sessions.items() if d.code != "session"})
    dues.update(_gaps_due(ws, now, roles, [c for c in open_cases if dues[c] is None]))
    # the meetings a case needs (issue 16): minutes to write, a stall, the closing meeting
    # before the next session; the start meeting after it (a scheduled first surrogate
    # session is the reminder's moment, shown first; the Overview lists both)
    needed = _meetings_due(ws, now, roles, [c for c in open_cases if dues[c] is None])
    for c, found in needed.items():
        urgent = [g for g in found if g[0] != meetings.MEETING_START]
        if urgent:
            dues[c] = DueItem(urgent[0][0], "", urgent[0][1])
    dues.update({c: d for c, d in by_sessions.items() if dues[c] is None})
    for c, found in needed.items():
        if dues[c] is None and found:
            dues[c] = DueItem(found[0][0], "", found[0][1])
    dues.update(_consents_due(ws, now, [c for c in open_cases if dues[c] is None]))
    return _with_requests(ws, now, roles, dues)


def _with_requests(ws: Workspace, now: str, roles: dict[str, tuple[str, str, Role]],
                   dues: dict[str, DueItem | None]) -> dict[str, DueItem | None]:
    """A client's open request: first when due within ``REQUEST_URGENT_DAYS`` days, else
    before the next session and what comes after it (issue 17)."""
    urgent = (datetime.fromisoformat(now) + timedelta(days=REQUEST_URGENT_DAYS)).strftime(
        "%Y-%m-%d")
    for c, item in _requests_due(ws, roles).items():
        current = dues.get(c)
        if item.when <= urgent or current is None or roles[c][1] == "closed" \
                or current.code in ("session", "consent-expires", meetings.MEETING_START):
            dues[c] = item
    return dues


def case_lines(ws: Workspace) -> list[CaseLine]:
    """The acting member's case list, in code order."""
    roles = _roles(ws)
    dues = _dues(ws, roles)
    plans = _plans(ws, list(roles))
    return [CaseLine(case_id, code, status, *plans[case_id], dues[case_id])
            for case_id, (code, status, _) in roles.items()]


def case_summaries(ws: Workspace, limit: int | None = None) -> list[CaseLine]:
    """The case list without what is due (``due`` None): code, status and phase only, a few
    milliseconds at 1,000 cases, for the window to show at unlock while ``case_lines``
    works out the due items (issue 18). ``limit``: the first so many, in code order."""
    roles = _roles(ws, limit=limit)
    plans = _plans(ws, list(roles))
    return [CaseLine(case_id, code, status, *plans[case_id], None)
            for case_id, (code, status, _) in roles.items()]


def next_due(ws: Workspace, case_id: str) -> DueItem | None:
    """The most pressing item on one case (PermissionDenied if the member is not on it)."""
    case_id = ws.cases.access.require(case_id)
    return _dues(ws, _roles(ws, case_id)).get(case_id)


def gaps_due(ws: Workspace, case_ids: list[str]) -> dict[str, DueItem]:
    """The first gap of each of ``case_ids`` as the case list shows it: for the therapist the
    first thing missing (``triad.casefile.todo``), for a surrogate partner a record awaiting
    her own signature; none for a supervisor or on a closed case (``triad.casefile.week``)."""
    roles = _roles(ws)
    wanted = [c for c in case_ids if c in roles and roles[c][1] != "closed"]
    return _gaps_due(ws, ws.local_now(), roles, wanted)
