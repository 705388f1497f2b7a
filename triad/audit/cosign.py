"""Co-signature (issue 16): when the practice requires it (the audit setting ``cosign_from``,
e.g. while its therapist is in training), the case's supervisor co-signs the therapist's
entries of the kinds in ``triad.log.kinds.COSIGNED`` (debrief reviews and progress notes)
with a signed ``entry.cosigned`` entry naming the entry (``target_id``). Generic over the entry: another kind
joins by being added to ``COSIGNED``.

An entry awaiting co-signature is the supervisor's to-do (their next-due item in the case list)
and, once ``cosign_days`` have passed, the audit finding ``supervision.cosign-overdue``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad import clock
from triad.audit.context import AuditSettings, Cosignable, load_cosignable
from triad.audit.rules import deadline
from triad.casefile.cases import Change
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
    TriadError,
)
from triad.log.entries import CaseId
from triad.log.kinds import COSIGNED, Kind, kind_of
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class Awaiting:
    """An entry awaiting the supervisor's co-signature. ``at``: when it was written (clinical
    local time); ``due``: the day its co-signature is due; ``session_id``: the session a
    review or a progress note is of ("" for other kinds)."""

    case_id: str
    case_code: str
    entry_id: str
    kind: str
    at: str
    due: str
    overdue: bool
    session_id: str = ""


@dataclass(frozen=True)
class Cosignature:
    """A supervisor's co-signature of an entry (``at``: clinical local time)."""

    target_id: str
    by: str
    at: str
    comment: str
    entry_id: str


class CosignService:
    """Supervisors co-sign; therapists and supervisors read what awaits and what was co-signed."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def required(self) -> bool:
        """Whether the practice requires co-signature (the audit setting ``cosign_from``)."""
        return bool(self._ws.audit.settings().cosign_from)

    def _supervised(self, case_key: str | None) -> list[str]:
        if case_key:
            return [self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)]
        self._ws.require(Role.THERAPIST, Role.SUPERVISOR)
        me = self._ws.actor.member_id
        return [r[0] for r in self._ws.vault.db.rows(
            "SELECT case_id FROM cases WHERE supervisor_id=? OR therapist_id=? ORDER BY code",
            (me, me))]

    def awaiting(self, case_key: str | None = None) -> list[Awaiting]:
        """What awaits co-signature on the acting member's cases (or one case), oldest first;
        nothing when the practice does not require co-signature or the case is closed."""
        settings = self._ws.audit.settings()
        if not settings.cosign_from:
            return []
        return self.awaiting_in(self._supervised(case_key), settings)

    def awaiting_in(self, case_ids: list[str], settings: AuditSettings) -> list[Awaiting]:
        """``awaiting`` for these cases (the caller checked the member's place on them)."""
        if not settings.cosign_from or not case_ids:
            return []
        db = self._ws.vault.db
        heads = {r[0]: (r[1], r[2]) for r in db.rows(
            f"SELECT case_id, code, status FROM cases WHERE case_id IN ({','.join('?' * len(case_ids))})",
            tuple(case_ids))}
        found = load_cosignable(db, [c for c in case_ids if heads[c][1] != "closed"], settings)
        now_utc = clock.utc_stamp(self._ws.clock())
        out = [self._awaiting(case_id, heads[case_id][0], c, settings.cosign_days, now_utc)
               for case_id, items in found.items() for c in items if c.cosign_entry is None]
        return sorted(out, key=lambda a: (a.at, a.case_code, a.entry_id))

    def _awaiting(self, case_id: str, code: str, c: Cosignable, days: int, now_utc: str) -> Awaiting:
        due = deadline(c.at, days)
        entry = self._ws.log.get(c.entry_id)
        session = str(entry.body.get("session_id", "")) if entry is not None else ""
        return Awaiting(case_id, code, c.entry_id, c.kind, clock.utc_to_local_minutes(c.at),
                        clock.utc_to_local_minutes(due)[:10], now_utc > due, session)

    def cosignatures(self, case_key: str) -> dict[str, Cosignature]:
        """The first co-signature of each co-signed entry of a case, by the co-signed entry's id."""
        case_id = self._ws.cases.access.require(case_key)
        out: dict[str, Cosignature] = {}
        for e in self._ws.log.entries("case_id = ? AND kind = ?", (case_id, Kind.ENTRY_COSIGNED.value)):
            target = str(e.body.get("target_id", ""))
            out.setdefault(target, Cosignature(target, e.author, clock.utc_to_local_minutes(e.created_at),
                                               str(e.body.get("comment", "")), e.id))
        return out

    def why_not_cosign(self, entry_id: str) -> TriadError | None:
        """Why the acting member may not co-sign this entry now, or None."""
        if self._ws.actor.role is not Role.SUPERVISOR:
            return PermissionDenied(PermissionCode.COSIGN, role=self._ws.actor.role.value)
        entry = self._ws.log.get(entry_id)
        if entry is None or entry.case_id is None:
            return NotFound(NotFoundCode.ENTRY)
        if self._ws.cases.access.role(entry.case_id) is not Role.SUPERVISOR:
            return PermissionDenied(PermissionCode.NOT_ON_CASE)
        known = kind_of(entry.kind)
        if known is None or known not in COSIGNED:
            return InvalidInput(InvalidCode.NOT_COSIGNABLE, field="target_id")
        if not self.required():
            return InvalidInput(InvalidCode.COSIGN_NOT_REQUIRED, field="target_id")
        if entry_id in self.cosignatures(entry.case_id):
            return InvalidInput(InvalidCode.ALREADY_COSIGNED, field="target_id")
        return None

    def cosign(self, entry_id: str, comment: str = "") -> Change:
        """The case's supervisor co-signs a therapist's entry (a signed ``entry.cosigned``)."""
        problem = self.why_not_cosign(entry_id)
        if problem is not None:
            raise problem
        entry = self._ws.log.get(entry_id)
        assert entry is not None and entry.case_id is not None
        body = {"target_id": entry.id, "target_kind": entry.kind, "comment": comment.strip()}
        new = self._ws.append(Kind.ENTRY_COSIGNED, body, CaseId(entry.case_id))
        return Change(new.id, new.case_id, new.kind, entry.id)
