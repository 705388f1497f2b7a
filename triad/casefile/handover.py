"""Hand-over of a case to another therapist (issue 17): ``ws.handover``.

A case is never left without a therapist who holds it (DOMAIN, "The record's life"). The
therapist who holds a case hands it to another therapist of the practice with a signed
``case.transferred`` entry (body: ``to``, the new therapist's member id; ``from``, the
therapist the case is recorded as held by -- herself, or whom a case file she imported names;
``reason``; ``on``, the day). From that entry on, the new therapist holds the case: she is its
therapist for every service (export, sharing, reports, everything a case's therapist does), and
packets go to and are accepted from her (the exchange counts her on the team).

The old therapist keeps nothing of it: the case leaves her list, and she reads it no more. A
therapist's access to a record follows her treating relationship (the minimum necessary): the
client's consent and release name the therapist who treats them, and a practice that keeps a
departed clinician's access open is what the hand-over exists to end. Her signed entries stay
in the log under her name, and the supervisor's audit still names her as their author.

``cases_held_by`` is the one rule of who still holds cases (a member who does cannot be
removed: ``MemberService.remove``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from triad.casefile.cases import Change
from triad.casefile.validate import label
from triad.errors import InvalidCode, InvalidInput, UnknownMember
from triad.log.entries import Entry
from triad.log.kinds import Kind
from triad.roles import Role
from triad.vault.database import Database

if TYPE_CHECKING:
    from triad.casefile.members import Member
    from triad.workspace import Workspace

MAX_REASON = 2_000


def cases_held_by(db: Database, member_id: str) -> list[str]:
    """The client codes of the cases ``member_id`` holds in this vault, sorted: those she is
    the therapist of, and those she holds because she imported their file. A disposed case
    counts no more: its row in ``cases`` is gone (only ``disposed_cases`` names it)."""
    rows = db.rows(
        "SELECT code FROM cases WHERE therapist_id=? OR case_id IN"
        " (SELECT case_id FROM custodians WHERE member_id=?) ORDER BY code",
        (member_id, member_id))
    return [str(r[0]) for r in rows]


def team_ids(entry: Entry) -> set[str]:
    """The member ids an entry puts on a case's team: its triad (``case.opened``,
    ``case.team_changed``), the therapist a hand-over names, the custodian who asks for
    custody and the supervisor who countersigns. The exchange and the case file ask this one
    function who was ever on a case."""
    b = entry.body
    if entry.kind in (Kind.CASE_OPENED, Kind.CASE_TEAM_CHANGED):
        return {str(x) for x in (b.get("therapist_id"), b.get("supervisor_id"),
                                 *b.get("surrogate_ids", [])) if x}
    if entry.kind == Kind.CASE_TRANSFERRED:
        return {str(x) for x in (b.get("to"), b.get("from")) if x}
    if entry.kind in (Kind.CASE_CUSTODY_REQUESTED, Kind.CASE_CUSTODY_COUNTERSIGNED):
        return {entry.author}
    return set()


def clean_reason(reason: str, required: bool = False) -> str:
    text = reason.strip()
    if required and not text:
        raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
    if len(text) > MAX_REASON:
        raise InvalidInput(InvalidCode.TOO_LONG, field="reason", maximum=MAX_REASON)
    return label(text, "reason")  # one line: it is shown in lists and on the command line


class HandoverService:
    """Hand a case over to another therapist of the practice."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def successors(self, case_key: str | None = None) -> list[Member]:
        """The therapists a case may be handed over to: every active therapist member of the
        practice but the one who holds it (for the acting member: but herself)."""
        holder: str = self._ws.actor.member_id
        if case_key is not None:
            holder = self._ws.cases.get(case_key).therapist_id
        return [m for m in self._ws.members.list()
                if m.role is Role.THERAPIST and m.member_id not in (holder, self._ws.actor.member_id)]

    def why_not_transfer(self, case_key: str, to: str | None = None) -> InvalidInput | None:
        """Why the acting member cannot hand this case over (to ``to``) now, or None: there is
        no other therapist of the practice to take it, or ``to`` is not one. (The caller's
        place on the case is checked by ``transfer`` itself.)"""
        options = {m.member_id for m in self.successors(case_key)}
        if not options or (to is not None and to not in options):
            return InvalidInput(InvalidCode.HANDOVER_TARGET, field="to")
        return None

    def transfer(self, case_key: str, to: str, reason: str = "") -> Change:
        """Hand the case over to the therapist ``to`` (a member id). Only the therapist who
        holds it does; the new one holds it from this entry on."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        try:
            target = self._ws.members.get(to)
        except UnknownMember as exc:
            raise InvalidInput(InvalidCode.HANDOVER_TARGET, field="to") from exc
        problem = self.why_not_transfer(case_id, target.member_id)
        if problem is not None:
            raise problem
        holder = self._ws.cases.get(case_id).therapist_id  # as recorded (an importer's too)
        body: dict[str, Any] = {"to": target.member_id, "from": holder,
                                "reason": clean_reason(reason), "on": self._ws.local_now()[:10]}
        entry = self._ws.append(Kind.CASE_TRANSFERRED, body, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def history(self, case_key: str) -> list[dict[str, Any]]:
        """Each change of who holds the case, oldest first: ``{"on", "from", "to", "reason",
        "by", "entry_id"}`` (hand-overs and completed take-overs)."""
        from triad.log.custody import holder_events

        case_id = self._ws.cases.access.require(case_key)
        opened = self._ws.log.entries("case_id=? AND kind=?", (case_id, Kind.CASE_OPENED.value))
        if not opened:
            return []
        out = []
        for to, moved_by in holder_events(self._ws.vault.db, case_id,
                                          str(opened[0].body["therapist_id"])):
            entry = self._ws.log.get(moved_by)
            if entry is None:
                continue
            b = entry.body
            if entry.kind == Kind.CASE_CUSTODY_COUNTERSIGNED:
                request = next((e for e in self._ws.log.entries(
                    "case_id=? AND kind=?", (case_id, Kind.CASE_CUSTODY_REQUESTED))
                    if e.body.get("request_id") == b.get("request_id")), None)
                b = request.body if request is not None else b
            out.append({"on": str(b.get("on", entry.created_at[:10])), "from": b.get("from"),
                        "to": to, "reason": str(b.get("reason", "")), "by": entry.author,
                        "entry_id": entry.id})
        return out
