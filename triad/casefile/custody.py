"""The practice's records custodian and custody take-overs (issue 17): ``ws.custody``.

The "professional will": a practice names one therapist member as its **records custodian**
(a vault-level ``practice.records_custodian`` entry; a therapist sets it, the latest stands).
When a therapist leaves without handing her cases over, or can no longer act (illness, death),
the custodian takes custody of her cases -- never alone:

1. the custodian asks for custody of one case with the reason (``case.custody_requested``:
   ``request_id``, ``from`` -- the therapist who holds it --, ``ground`` -- ``departed`` when
   she is no longer a member, else ``incapacitated`` --, ``reason``, ``on``);
2. the case's supervisor (or, for a case with no supervisor, a supervisor of the practice)
   countersigns it (``case.custody_countersigned``: ``request_id``, ``comment``).

Custody moves only when both entries are in the log (``triad.log.custody``); from then on the
custodian holds the case as any therapist who was handed it does.

In a shared vault the custodian and the supervisor each unlock it in turn. By packet: both are
case entries, so they travel like any other to every vault that shares the case (the
surrogate partner's, the supervisor's), and each vault moves custody when it holds both --
whatever the order they arrive in. The request is made where the case's record is whole (the
practice's vault the departed therapist used) and reaches the supervisor's own vault in the
next packet; she countersigns there, her copy moves custody at once, and she sends the
countersignature to the custodian -- by then the case's holder, and so the one member of the
practice her vault still exchanges the case with (she confirms the custodian's identity card
first, as with any contact).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad.casefile.cases import Change
from triad.casefile.handover import cases_held_by, clean_reason
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
    UnknownMember,
)
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.casefile.members import Member
    from triad.workspace import Workspace


@dataclass(frozen=True)
class CustodyRequest:
    """A take-over asked for and not yet countersigned."""

    request_id: str
    case_id: CaseId
    code: str
    custodian_id: str
    from_id: str
    ground: str  # departed | incapacitated
    reason: str
    on: str
    entry_id: str


@dataclass(frozen=True)
class HeldCase:
    """A case a therapist holds, as the custodian sees it (code and status only)."""

    case_id: CaseId
    code: str
    status: str
    therapist_id: str


class CustodyService:
    """The records custodian (a practice setting) and custody take-overs."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- the setting --
    def records_custodian(self) -> Member | None:
        """The practice's records custodian, or None (none named, or no longer a member)."""
        member_id = self._ws.vault.db.get_meta("records_custodian")
        if not member_id:
            return None
        try:
            member = self._ws.members.get(member_id)
        except UnknownMember:
            return None
        return member if member.active else None

    def name_custodian(self, member_id: str | None) -> Change:
        """Name ``member_id`` (an active therapist member) the practice's records custodian,
        or none. Therapists only."""
        self._ws.require(Role.THERAPIST)
        if member_id:
            try:
                member = self._ws.members.get(member_id)
            except UnknownMember as exc:
                raise InvalidInput(InvalidCode.RECORDS_CUSTODIAN, field="custodian") from exc
            if member.role is not Role.THERAPIST or not member.active or member.external:
                raise InvalidInput(InvalidCode.RECORDS_CUSTODIAN, field="custodian")
        entry = self._ws.append(Kind.PRACTICE_RECORDS_CUSTODIAN, {"member_id": member_id or None})
        return Change(entry.id, None, entry.kind, member_id or "")

    # -- what the custodian may take over --
    def held_cases(self, therapist_id: str) -> list[HeldCase]:
        """The cases ``therapist_id`` holds (for the custodian, who is not on them: codes and
        status only, never the client's name)."""
        self._require_custodian()
        db = self._ws.vault.db
        codes = set(cases_held_by(db, therapist_id))
        return [HeldCase(CaseId(r[0]), r[1], r[2], r[3]) for r in db.rows(
            "SELECT case_id, code, status, therapist_id FROM cases ORDER BY code")
            if r[1] in codes]

    def departed_holders(self) -> list[Member]:
        """Therapists who are no longer members of the practice and still hold cases here."""
        db = self._ws.vault.db
        return [m for m in self._ws.members.list(include_removed=True)
                if m.role is Role.THERAPIST and not m.active and cases_held_by(db, m.member_id)]

    def _require_custodian(self) -> Member:
        custodian = self.records_custodian()
        if custodian is None or custodian.member_id != self._ws.actor.member_id:
            raise PermissionDenied(PermissionCode.NOT_RECORDS_CUSTODIAN)
        return custodian

    def why_not_request(self, case_key: str) -> InvalidInput | PermissionDenied | None:
        """Why the acting member cannot ask for custody of this case now, or None."""
        try:
            self._require_custodian()
        except PermissionDenied as exc:
            return exc
        case_id = self._ws.cases.access.resolve(case_key)
        row = self._ws.vault.db.one("SELECT therapist_id FROM cases WHERE case_id=?", (case_id,))
        if row is not None and row[0] == self._ws.actor.member_id:
            return InvalidInput(InvalidCode.CUSTODY_HELD, field="case")
        if any(r.case_id == case_id for r in self.pending()):
            return InvalidInput(InvalidCode.CUSTODY_PENDING, field="case")
        return None

    def request(self, case_key: str, reason: str) -> Change:
        """Ask for custody of a case (the records custodian only), with the reason: custody
        moves when a supervisor countersigns (``countersign``)."""
        problem = self.why_not_request(case_key)
        if problem is not None:
            raise problem
        case_id = self._ws.cases.access.resolve(case_key)
        holder = str(self._ws.vault.db.one(
            "SELECT therapist_id FROM cases WHERE case_id=?", (case_id,))[0])  # type: ignore[index]
        try:
            departed = not self._ws.members.get(holder).active
        except UnknownMember:
            departed = True
        request_id = str(uuid.uuid4())
        entry = self._ws.append(Kind.CASE_CUSTODY_REQUESTED, {
            "request_id": request_id, "from": holder,
            "ground": "departed" if departed else "incapacitated",
            "reason": clean_reason(reason, required=True), "on": self._ws.local_now()[:10],
        }, case_id)
        return Change(entry.id, case_id, entry.kind, request_id)

    # -- the supervisor's side --
    def pending(self, case_key: str | None = None) -> list[CustodyRequest]:
        """Take-overs asked for and not yet countersigned (all the vault's, or one case's),
        oldest first."""
        db = self._ws.vault.db
        where: str
        params: tuple[str, ...]
        where, params = "kind=?", (Kind.CASE_CUSTODY_REQUESTED.value,)
        if case_key is not None:
            case_id = self._ws.cases.access.resolve(case_key)
            where, params = "kind=? AND case_id=?", (Kind.CASE_CUSTODY_REQUESTED.value, case_id)
        answered = {str(json.loads(r[0]).get("request_id")) for r in db.rows(
            "SELECT body FROM entries WHERE kind=?", (Kind.CASE_CUSTODY_COUNTERSIGNED.value,))}
        codes = {r[0]: r[1] for r in db.rows("SELECT case_id, code FROM cases")}
        holders = {r[0]: r[1] for r in db.rows("SELECT case_id, therapist_id FROM cases")}
        out = []
        for e in self._ws.log.entries(where, params):
            b = e.body
            if str(b.get("request_id")) in answered or e.case_id not in codes:
                continue
            if str(b.get("from", "")) != holders.get(e.case_id):
                continue  # moot: the case was handed over since, from someone else now
            out.append(CustodyRequest(str(b["request_id"]), CaseId(e.case_id or ""),
                                      codes[e.case_id], e.author, str(b.get("from", "")),
                                      str(b.get("ground", "")), str(b.get("reason", "")),
                                      str(b.get("on", "")), e.id))
        return out

    def awaiting_me(self) -> list[CustodyRequest]:
        """The pending take-overs the acting supervisor may countersign."""
        if self._ws.actor.role is not Role.SUPERVISOR:
            return []
        return [r for r in self.pending() if self._may_countersign(r.case_id)]

    def _may_countersign(self, case_id: str) -> bool:
        row = self._ws.vault.db.one("SELECT supervisor_id FROM cases WHERE case_id=?", (case_id,))
        if row is None or self._ws.actor.role is not Role.SUPERVISOR:
            return False
        if row[0] in (None, self._ws.actor.member_id):
            return True
        # the case's supervisor was removed from the practice: any supervisor countersigns
        # (else no take-over could ever be countersigned -- the departed therapist is the one
        # who would name a new supervisor)
        return self._ws.vault.db.one("SELECT 1 FROM members WHERE member_id=? AND removed_at"
                                     " IS NULL", (row[0],)) is None

    def countersign(self, case_key: str, comment: str = "",
                    request_id: str | None = None) -> Change:
        """Countersign the take-over of a case (its pending request, or ``request_id``): the
        case's supervisor, or a supervisor of the practice when the case has none (or its
        supervisor was removed). A request made before the case was handed over is moot."""
        case_id = self._ws.cases.access.resolve(case_key)
        if not self._may_countersign(case_id):
            raise PermissionDenied(PermissionCode.CUSTODY_COUNTERSIGN)
        mine = [r for r in self.pending(case_id)
                if request_id is None or r.request_id == request_id]
        if not mine:
            asked = request_id is not None and self._ws.log.entries(
                "case_id=? AND kind=?", (case_id, Kind.CASE_CUSTODY_REQUESTED.value))
            if asked and any(e.body.get("request_id") == request_id for e in asked):
                raise InvalidInput(InvalidCode.CUSTODY_ANSWERED, field="request")
            raise NotFound(NotFoundCode.CUSTODY_REQUEST)
        request = mine[-1]
        entry = self._ws.append(Kind.CASE_CUSTODY_COUNTERSIGNED, {
            "request_id": request.request_id, "comment": clean_reason(comment)}, case_id)
        return Change(entry.id, case_id, entry.kind, request.request_id)
