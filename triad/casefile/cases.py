"""Clients and cases: pseudonymous codes, the triad, status lifecycle, goals.

Access is per case: the case's therapist does everything clinical; its surrogates read the plan
and consent scope (never the legal name or date of birth) and write debriefs; its supervisor
reads everything and writes audit sign-offs. Members not on a case see nothing of it.
"""

from __future__ import annotations

import builtins
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.ladder import PRESENTING_CONCERNS
from triad.casefile.meetings import why_not_close
from triad.casefile.validate import date_of_birth_problem, goal_value_problem, label
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
)
from triad.log.entries import CaseId, EntryId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

STATUSES = ("referral", "assessment", "active", "paused", "closing", "closed")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "referral": ("assessment", "closed"),
    "assessment": ("active", "closed"),
    "active": ("paused", "closing"),
    "paused": ("active", "closing", "closed"),
    "closing": ("closed",),
    "closed": (),
}
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
CLIENT_FIELDS = ("code", "legal_name", "pronouns", "date_of_birth", "presenting_concerns",
                 "concerns_note", "contraindications", "medical_context", "legal_basis",
                 "jurisdiction")
# The case's lawful basis for health and sex-life data, GDPR Art. 9(2) (issue 17): the client's
# explicit consent, 9(2)(a), or health care under a professional's secrecy, 9(2)(h). A case
# opened before it was recorded reads "" -- not recorded.
LEGAL_BASES = ("explicit-consent", "health-care")
DEFAULT_LEGAL_BASIS = "explicit-consent"
MAX_JURISDICTION_CHARS = 80
LABEL_FIELDS = ("legal_name", "pronouns", "jurisdiction")  # one line each (validate.label)
# What a surrogate partner and a supervisor never see of a client: the release of information
# the client signs says the supervisor "sees your client code rather than your name", and
# records use the client code (casefile/visibility.py).
HIDDEN_FROM_SURROGATES = ("legal_name", "date_of_birth")
CLIENT_CODE_ONLY = frozenset({Role.SURROGATE, Role.SUPERVISOR})


def reads_client_code_only(role: Role | None) -> bool:
    """Whether a member in ``role`` on a case reads the client as the client code only: no
    legal name, no date of birth -- whatever they ask for (``show_names``)."""
    return role in CLIENT_CODE_ONLY


@dataclass(frozen=True)
class Change:
    """What a service call changed: views refresh only what they show."""

    entry_id: EntryId
    case_id: CaseId | None
    kind: str
    subject_id: str


@dataclass(frozen=True)
class Client:
    code: str
    legal_name: str = ""
    pronouns: str = ""
    date_of_birth: str = ""
    presenting_concerns: tuple[str, ...] = ()
    concerns_note: str = ""
    contraindications: str = ""
    medical_context: str = ""
    legal_basis: str = ""  # LEGAL_BASES, or "" for a case opened before it was recorded
    jurisdiction: str = ""  # free text, e.g. "Germany (GDPR, §630f BGB)"; "" not recorded
    amended: bool = False


@dataclass(frozen=True)
class GoalProgress:
    on: str
    value: str
    note: str


@dataclass(frozen=True)
class Goal:
    goal_id: str
    description: str
    baseline: str
    target: str
    unit: str
    progress: tuple[GoalProgress, ...] = ()

    @property
    def latest(self) -> str:
        return self.progress[-1].value if self.progress else self.baseline


@dataclass(frozen=True)
class StatusChange:
    to: str
    at: str
    reason: str


@dataclass(frozen=True)
class Case:
    case_id: CaseId
    code: str
    status: str
    therapist_id: str
    surrogate_ids: tuple[str, ...]
    supervisor_id: str | None
    client: Client
    opened_at: str
    history: tuple[StatusChange, ...] = field(default=())

    @property
    def allowed_transitions(self) -> tuple[str, ...]:
        return TRANSITIONS[self.status]


def validate_client(data: dict[str, Any]) -> dict[str, Any]:
    """Clean client fields; InvalidInput names the field."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in CLIENT_FIELDS:
            raise InvalidInput(InvalidCode.UNKNOWN_FIELD, field=f"client.{key}")
        if key == "presenting_concerns":
            concerns = [str(c).strip() for c in value]
            for c in concerns:
                if c not in PRESENTING_CONCERNS:
                    raise InvalidInput(InvalidCode.CONCERN, field="client.presenting_concerns", value=c)
            out[key] = concerns
        elif key == "date_of_birth":
            out[key] = clock.day(value, "client.date_of_birth") if value else ""
        elif key == "legal_basis":
            basis = str(value).strip()
            if basis and basis not in LEGAL_BASES:
                raise InvalidInput(InvalidCode.LEGAL_BASIS, field="client.legal_basis")
            out[key] = basis
        elif key == "jurisdiction" and len(str(value).strip()) > MAX_JURISDICTION_CHARS:
            raise InvalidInput(InvalidCode.TOO_LONG, field="client.jurisdiction",
                               maximum=str(MAX_JURISDICTION_CHARS))
        elif key == "code":
            code = str(value).strip().upper()
            if not CODE_PATTERN.match(code):
                raise InvalidInput(InvalidCode.CLIENT_CODE, field="client.code")
            out[key] = code
        else:
            text = str(value).strip()
            if len(text) > 20_000:
                raise InvalidInput(InvalidCode.TOO_LONG, field=f"client.{key}")
            out[key] = label(text, f"client.{key}") if key in LABEL_FIELDS else text
    return out


class CaseAccess:
    """Who the acting member is on a case, checked by every service before it reads or writes."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def resolve(self, key: str) -> CaseId:
        """A case id, or a client code (any case)."""
        row = self._ws.vault.db.one(
            "SELECT case_id FROM cases WHERE case_id=? OR code=?", (key, key.strip().upper())
        )
        if row is None:
            raise NotFound(NotFoundCode.CASE)
        return CaseId(row[0])

    def role(self, case_id: str) -> Role | None:
        db = self._ws.vault.db
        row = db.one("SELECT therapist_id, supervisor_id FROM cases WHERE case_id=?", (case_id,))
        if row is None:
            raise NotFound(NotFoundCode.CASE)
        me = self._ws.actor.member_id
        if me == row[0]:
            return Role.THERAPIST
        if me == row[1]:
            return Role.SUPERVISOR
        if db.one("SELECT 1 FROM case_surrogates WHERE case_id=? AND member_id=?", (case_id, me)):
            return Role.SURROGATE
        if self._ws.actor.role is Role.THERAPIST and db.one(
            "SELECT 1 FROM custodians WHERE case_id=? AND member_id=?", (case_id, me)
        ):
            # A therapist who imported a case file holds it as its clinical lead here.
            return Role.THERAPIST
        return None

    def require(self, case_key: str, *roles: Role) -> CaseId:
        """The case id if the acting member holds one of ``roles`` on it (any role if none
        given); PermissionDenied otherwise."""
        case_id = self.resolve(case_key)
        role = self.role(case_id)
        if role is None:
            raise PermissionDenied(PermissionCode.NOT_ON_CASE)
        if roles and role not in roles:
            raise PermissionDenied(PermissionCode.ROLE, role=role.value)
        return case_id


def _row_to_case(ws: Workspace, row: tuple[Any, ...], hide_private: bool,
                 known: dict[str, tuple[str, ...]] | None = None) -> Case:
    """``known``: every case's surrogate partners, read once for a list (else one query)."""
    client = json.loads(row[5])
    amended = bool(client.pop("amendments", None))
    client.pop("conflicts", None)  # read through AmendmentService.conflicts
    if hide_private:
        for key in HIDDEN_FROM_SURROGATES:
            client.pop(key, None)
    surrogates = known.get(row[0], ()) if known is not None else tuple(
        r[0] for r in ws.vault.db.rows(
            "SELECT member_id FROM case_surrogates WHERE case_id=? ORDER BY member_id", (row[0],))
    )
    return Case(
        case_id=CaseId(row[0]), code=row[1], status=row[2], therapist_id=row[3],
        surrogate_ids=surrogates, supervisor_id=row[4],
        client=Client(**{**client, "presenting_concerns": tuple(client.get("presenting_concerns", ())),
                         "amended": amended}),
        opened_at=row[6],
        history=tuple(StatusChange(h["to"], h["at"], h.get("reason", ""))
                      for h in json.loads(row[7])),
    )


_SELECT = ("SELECT case_id, code, status, therapist_id, supervisor_id, client, opened_at,"
           " status_history FROM cases")


class CaseService:
    """Open and follow cases. Every call checks the acting member's place on the case."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self.access = CaseAccess(ws)

    def list(self, status: str | None = None) -> list[Case]:
        """Cases the acting member is on (a supervisor: the cases they supervise)."""
        me = self._ws.actor.member_id
        rows = self._ws.vault.db.rows(
            _SELECT + " WHERE (therapist_id=? OR supervisor_id=? OR case_id IN"
            " (SELECT case_id FROM case_surrogates WHERE member_id=?) OR case_id IN"
            " (SELECT case_id FROM custodians WHERE member_id=?))"
            + (" AND status=?" if status else "") + " ORDER BY code",
            (me, me, me, me, status) if status else (me, me, me, me),
        )
        hide = reads_client_code_only(self._ws.actor.role)  # a member has one role
        known: dict[str, tuple[str, ...]] = {}
        for case_id, member_id in self._ws.vault.db.rows(  # one query, not one per case
                "SELECT case_id, member_id FROM case_surrogates ORDER BY case_id, member_id"):
            known[case_id] = (*known.get(case_id, ()), member_id)
        return [_row_to_case(self._ws, r, hide, known) for r in rows]

    def search_terms(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Per case the acting member is on: the client's legal name ("" for a member who
        reads the client code only) and presenting concerns -- what the case list searches
        and its Names in list shows. One query, no client record parsed in Python (issue 18:
        the case list at unlock)."""
        me = self._ws.actor.member_id
        hide = reads_client_code_only(self._ws.actor.role)
        out: dict[str, tuple[str, tuple[str, ...]]] = {}
        for case_id, name, concerns in self._ws.vault.db.rows(
                "SELECT case_id, json_extract(client, '$.legal_name'),"
                " json_extract(client, '$.presenting_concerns') FROM cases"
                " WHERE (therapist_id=? OR supervisor_id=? OR case_id IN"
                " (SELECT case_id FROM case_surrogates WHERE member_id=?) OR case_id IN"
                " (SELECT case_id FROM custodians WHERE member_id=?))", (me, me, me, me)):
            out[case_id] = ("" if hide else str(name or ""),
                            tuple(json.loads(concerns)) if concerns else ())
        return out

    def get(self, case_key: str) -> Case:
        case_id = self.access.require(case_key)
        row = self._ws.vault.db.one(_SELECT + " WHERE case_id=?", (case_id,))
        assert row is not None
        return _row_to_case(self._ws, row, reads_client_code_only(self.access.role(case_id)))

    def usual_jurisdiction(self) -> str:
        """The jurisdiction of the case the acting member opened last that records one ("" if
        none does): the New case dialog's and ``case open``'s default."""
        for (value,) in self._ws.vault.db.rows(
                "SELECT json_extract(client, '$.jurisdiction') FROM cases WHERE therapist_id=?"
                " ORDER BY opened_at DESC, rowid DESC", (self._ws.actor.member_id,)):
            if value:
                return str(value)
        return ""

    def _code_used(self, code: str, but: str = "") -> bool:
        """Whether another case holds ``code`` -- or held it: a disposed case's code is never
        given again, so the register and the accounting keep meaning one case."""
        db = self._ws.vault.db
        return bool(db.one("SELECT 1 FROM cases WHERE code=? AND case_id<>?", (code, but))
                    or db.one("SELECT 1 FROM disposed_cases WHERE code=?", (code,)))

    def next_code(self, year: int | None = None) -> str:
        year = year or int(self._ws.local_now()[:4])
        prefix = f"C-{year}-"
        # a disposed case's code is never given again (the register still names it)
        rows = self._ws.vault.db.rows("SELECT code FROM cases WHERE code LIKE ? UNION"
                                      " SELECT code FROM disposed_cases WHERE code LIKE ?",
                                      (prefix + "%", prefix + "%"))
        numbers = [int(c[len(prefix):]) for (c,) in rows if c[len(prefix):].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def why_not_client(self, client: dict[str, Any]) -> InvalidInput | None:
        """Why these client fields (all, or only those changed) cannot be stored, or None:
        a field that is not valid, or a date of birth after today (the workspace's clock)."""
        try:
            self._clean_client(client)
        except InvalidInput as exc:
            return exc
        return None

    def _clean_client(self, client: dict[str, Any]) -> dict[str, Any]:
        data = validate_client(client)
        problem = date_of_birth_problem(data.get("date_of_birth", ""), self._ws.local_now())
        if problem is not None:
            raise problem
        return data

    def why_not_goal(self, baseline: str, target: str, unit: str = "") -> InvalidInput | None:
        """Why a goal with this baseline and target cannot be measured on ``unit``, or None:
        on a known scale (SUDS, IIEF-5, FSFI) both must be numbers within its range."""
        return (goal_value_problem(unit, baseline, "baseline")
                or goal_value_problem(unit, target, "target"))

    def why_not_progress(self, unit: str, value: str) -> InvalidInput | None:
        """Why ``value`` cannot be recorded as progress on a goal measured on ``unit``, or None."""
        return goal_value_problem(unit, value, "value")

    def _check_team(self, surrogate_ids: tuple[str, ...], supervisor_id: str | None) -> None:
        for member_id in surrogate_ids:
            if self._ws.members.require_active(member_id).role is not Role.SURROGATE:
                raise InvalidInput(InvalidCode.NOT_A_SURROGATE, field="surrogate_ids")
        if supervisor_id and self._ws.members.require_active(supervisor_id).role is not Role.SUPERVISOR:
            raise InvalidInput(InvalidCode.NOT_A_SUPERVISOR, field="supervisor_id")

    def open(
        self, client: dict[str, Any], surrogate_ids: tuple[str, ...] = (),
        supervisor_id: str | None = None, opened_at: str | None = None,
    ) -> Change:
        """Open a case (status: referral) with the acting therapist as its clinical lead.
        ``client`` holds the fields of :class:`Client`; the code defaults to the next free, the
        legal basis to the client's explicit consent (``LEGAL_BASES``)."""
        self._ws.require(Role.THERAPIST)
        data = self._clean_client({"code": self.next_code(), "legal_basis": DEFAULT_LEGAL_BASIS,
                                   **client})
        if self._code_used(data["code"]):
            raise InvalidInput(InvalidCode.CODE_TAKEN, field="client.code")
        self._check_team(tuple(surrogate_ids), supervisor_id)
        case_id = CaseId(str(uuid.uuid4()))
        body = {
            "client": {**{k: "" for k in CLIENT_FIELDS}, "presenting_concerns": [], **data},
            "therapist_id": self._ws.actor.member_id,
            "surrogate_ids": sorted(surrogate_ids),
            "supervisor_id": supervisor_id,
            "status": "referral",
            "opened_at": clock.when(opened_at, "opened_at") if opened_at else self._ws.local_now(),
        }
        entry = self._ws.append(Kind.CASE_OPENED, body, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def update_client(self, case_key: str, **changes: Any) -> Change:
        case_id = self.access.require(case_key, Role.THERAPIST)
        data = self._clean_client(changes)
        if "code" in data and self._code_used(data["code"], case_id):
            raise InvalidInput(InvalidCode.CODE_TAKEN, field="client.code")
        entry = self._ws.append(Kind.CASE_CLIENT_UPDATED, {"changes": data}, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def set_team(self, case_key: str, surrogate_ids: tuple[str, ...],
                 supervisor_id: str | None) -> Change:
        case_id = self.access.require(case_key, Role.THERAPIST)
        self._check_team(tuple(surrogate_ids), supervisor_id)
        entry = self._ws.append(Kind.CASE_TEAM_CHANGED, {
            "surrogate_ids": sorted(surrogate_ids), "supervisor_id": supervisor_id}, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def change_status(self, case_key: str, to: str, reason: str = "",
                      at: str | None = None, no_closing_meeting: str = "") -> Change:
        """Move along the lifecycle; only the transitions in TRANSITIONS are allowed. A case
        that had surrogate sessions closes only after a closing three-way meeting, or with
        the reason there was none (``no_closing_meeting``, kept in the entry:
        ``triad.casefile.meetings.why_not_close``)."""
        case_id = self.access.require(case_key, Role.THERAPIST)
        case = self.get(case_id)
        if to not in TRANSITIONS[case.status]:
            raise InvalidInput(InvalidCode.TRANSITION, field="status", current=case.status, to=to)
        now = self._ws.local_now()
        body = {"from": case.status, "to": to, "reason": reason.strip(),
                "at": clock.when(at, "at") if at else now}
        last = case.history[-1].at if case.history else case.opened_at
        if not (max(case.opened_at, last)[:16] <= body["at"][:16] and body["at"][:10] <= now[:10]):
            # never before the case opened or its last change, never after today: a closing dated
            # years back would start the retention period early and skip the supervisor
            raise InvalidInput(InvalidCode.STATUS_TIME, field="at")
        if to == "closed":
            problem = why_not_close(self._ws, case_id, no_closing_meeting)
            if problem is not None:
                raise problem
            if no_closing_meeting.strip():
                body["no_closing_meeting"] = no_closing_meeting.strip()
        entry = self._ws.append(Kind.CASE_STATUS_CHANGED, body, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def why_not_close(self, case_key: str) -> InvalidInput | None:
        """Why the case cannot close now without a recorded reason, or None: it had surrogate
        sessions and no closing three-way meeting is recorded (the UI asks for the reason
        there was none; ``triad.casefile.meetings.why_not_close``)."""
        return why_not_close(self._ws, self.access.require(case_key), "")

    # -- goals --
    def add_goal(self, case_key: str, description: str, baseline: str, target: str,
                 unit: str = "") -> Change:
        case_id = self.access.require(case_key, Role.THERAPIST)
        if not description.strip():
            raise InvalidInput(InvalidCode.EMPTY, field="description")
        problem = self.why_not_goal(baseline, target, unit)
        if problem is not None:
            raise problem
        goal_id = str(uuid.uuid4())
        entry = self._ws.append(Kind.GOAL_SET, {
            "goal_id": goal_id, "description": label(description.strip(), "description"),
            "baseline": str(baseline),
            "target": str(target), "unit": unit.strip()}, case_id)
        return Change(entry.id, case_id, entry.kind, goal_id)

    def record_progress(self, case_key: str, goal_id: str, value: str, note: str = "",
                        on: str | None = None) -> Change:
        case_id = self.access.require(case_key, Role.THERAPIST)
        row = self._ws.vault.db.one("SELECT data FROM goals WHERE goal_id=? AND case_id=?",
                                    (goal_id, case_id))
        if row is None:
            raise NotFound(NotFoundCode.GOAL)
        problem = self.why_not_progress(json.loads(row[0]).get("unit", ""), value)
        if problem is not None:
            raise problem
        entry = self._ws.append(Kind.GOAL_PROGRESS, {
            "goal_id": goal_id, "value": str(value), "note": note.strip(),
            "on": clock.day(on) if on else self._ws.local_now()[:10]}, case_id)
        return Change(entry.id, case_id, entry.kind, goal_id)

    def goals(self, case_key: str) -> builtins.list[Goal]:
        case_id = self.access.require(case_key)
        goals = []
        for data, progress in self._ws.vault.db.rows(
            "SELECT data, progress FROM goals WHERE case_id=? ORDER BY rowid", (case_id,)
        ):
            d = json.loads(data)
            goals.append(Goal(
                d["goal_id"], d["description"], d["baseline"], d["target"], d.get("unit", ""),
                tuple(GoalProgress(p["on"], p["value"], p.get("note", ""))
                      for p in json.loads(progress)),
            ))
        return goals
