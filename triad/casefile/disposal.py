"""Disposal at the end of retention, and the disposal register (issue 17).

**Who and when.** The therapist holding a closed case disposes of it
(:meth:`DisposalService.dispose`, a ``case.disposed`` entry with a reason) once its retention
period has ended (``triad.casefile.retention``). Sooner only with the case supervisor's
authorisation: the supervisor signs a ``case.disposal_authorised`` entry with the reason
(:meth:`DisposalService.authorise`), then the therapist disposes; the disposal names the
authorisation. Two signatures, two people, each with a reason kept.

**What goes.** ``triad.log.disposal.purge_case``: every entry of the case becomes a signed
header (the chain stays verifiable), every row keyed by the case goes -- projections, drafts,
scans, held packet items, views, the author's private notes on it -- and the kept per-case
audit is dropped. Then the vault writes its next data-file generation (the re-key path:
``sqlcipher_export`` of the live rows only, under a new data key, into ``data-<gen+1>.db``; the
old file is deleted), so not a byte of the case is left in the file, its free pages or its WAL.
If another process holds the vault open, that last step waits for the next unlock
(``finish``); the content is already unreadable through the program.

**What stays.** The ``case.disposed`` entry (code, opened, closed, last service, retention end,
entry count, reason, team member ids, who, when: no client text), the authorisation it names,
the chain headers, and the disclosures naming the case id: the register shows, for each
disposed case, the backups made before the disposal that still hold it, so the practice can
destroy them too.

**Other vaults.** The disposal entry travels in packets to every vault of the triad (a
surrogate partner's, a supervisor's) whatever became of the release -- it carries no client
text -- with the headers of the entries the contact lacks, and each vault disposes the same
way when it applies it (``triad.exchange``).
"""

from __future__ import annotations

import builtins
import contextlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad.casefile.cases import Change
from triad.errors import (
    InvalidCode,
    InvalidInput,
    PermissionCode,
    PermissionDenied,
    VaultError,
)
from triad.log.disposal import SCRUB_META
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

REASON_MAX = 1000


@dataclass(frozen=True)
class Authorisation:
    """A supervisor's authorisation of disposing of a case before its retention ends."""

    entry_id: str
    by: str
    at: str
    reason: str


@dataclass(frozen=True)
class DisposedCase:
    """One line of the disposal register."""

    case_id: str
    code: str
    opened_on: str
    closed_on: str
    retention_ends_on: str
    disposed_at: str  # UTC stamp of the disposal entry
    by_id: str
    by_name: str
    reason: str
    entry_count: int
    authorised_by: str  # the supervisor's name for an early disposal, else ""
    authorisation_reason: str
    backups: tuple[str, ...]  # UTC stamps of the backups made before it that hold the case

    @property
    def early(self) -> bool:
        return self.disposed_at[:10] < self.retention_ends_on


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
    if len(reason) > REASON_MAX:
        raise InvalidInput(InvalidCode.TOO_LONG, field="reason")
    return reason


class DisposalService:
    """Authorise, dispose, and read the register."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- the rules, asked by the UI for its tooltips too --
    def authorisation(self, case_key: str) -> Authorisation | None:
        """The case supervisor's latest authorisation of an early disposal, if any."""
        ws = self._ws
        case_id = ws.cases.access.resolve(case_key)
        row = ws.vault.db.one("SELECT supervisor_id FROM cases WHERE case_id=?", (case_id,))
        supervisor = row[0] if row else None
        found = [e for e in ws.log.entries("case_id=? AND kind=?",
                                           (case_id, Kind.CASE_DISPOSAL_AUTHORISED.value))
                 if supervisor and e.author == supervisor]
        if not found:
            return None
        e = found[-1]
        return Authorisation(e.id, e.author, e.created_at, str(e.body.get("reason", "")))

    def why_not(self, case_key: str) -> InvalidInput | PermissionDenied | None:
        """Why the acting member cannot dispose of the case now, or None."""
        ws = self._ws
        case_id = ws.cases.access.resolve(case_key)
        if ws.cases.access.role(case_id) is not Role.THERAPIST:
            return PermissionDenied(PermissionCode.ROLE, role=ws.actor.role.value)
        case = ws.cases.get(case_id)
        retention = ws.retention.of(case)
        if retention is None:
            return InvalidInput(InvalidCode.DISPOSAL_NOT_CLOSED, field="status")
        if ws.requests.open(case_id):
            # the client asked to see or correct this record: destroying it before the answer
            # would defeat the request (HIPAA §164.524, GDPR Art. 15/16)
            return InvalidInput(InvalidCode.DISPOSAL_OPEN_REQUEST, field="requests")
        if retention.ended(ws.local_now()) or self.authorisation(case_id) is not None:
            return None
        if not case.supervisor_id:
            return InvalidInput(InvalidCode.DISPOSAL_NO_SUPERVISOR, field="supervisor",
                                until=retention.ends_on)
        return InvalidInput(InvalidCode.RETENTION_RUNNING, field="retention",
                            until=retention.ends_on)

    def why_not_authorise(self, case_key: str) -> InvalidInput | PermissionDenied | None:
        ws = self._ws
        case_id = ws.cases.access.resolve(case_key)
        if ws.cases.access.role(case_id) is not Role.SUPERVISOR:
            return PermissionDenied(PermissionCode.ROLE, role=ws.actor.role.value)
        if ws.retention.of(ws.cases.get(case_id)) is None:
            return InvalidInput(InvalidCode.DISPOSAL_NOT_CLOSED, field="status")
        return None

    # -- writing --
    def authorise(self, case_key: str, reason: str) -> Change:
        """The case supervisor authorises disposing of a closed case before its retention
        period ends, with the reason."""
        ws = self._ws
        case_id = ws.cases.access.require(case_key, Role.SUPERVISOR)
        problem = self.why_not_authorise(case_id)
        if problem is not None:
            raise problem
        entry = ws.append(Kind.CASE_DISPOSAL_AUTHORISED, {"reason": _reason(reason)}, case_id)
        return Change(entry.id, case_id, entry.kind, case_id)

    def dispose(self, case_key: str, reason: str) -> DisposedCase:
        """Dispose of the case for good (module docstring); returns its register line."""
        ws = self._ws
        case_id = ws.cases.access.require(case_key, Role.THERAPIST)
        problem = self.why_not(case_id)
        if problem is not None:
            raise problem
        reason = _reason(reason)
        case = ws.cases.get(case_id)
        retention = ws.retention.of(case)
        assert retention is not None
        early = not retention.ended(ws.local_now())
        authorisation = self.authorisation(case_id) if early else None
        db = ws.vault.db
        count = db.one("SELECT (SELECT count(*) FROM entries WHERE case_id=?) +"
                       " (SELECT count(*) FROM withheld_entries WHERE case_id=?)",
                       (case_id, case_id))
        body: dict[str, Any] = {
            "code": case.code, "opened_on": retention.opened_on, "closed_on": retention.closed_on,
            "last_service_on": retention.last_service_on,
            "retention_ends_on": retention.ends_on, "minor": retention.minor,
            "entry_count": int(count[0]) if count else 0, "reason": reason,
            "authorisation_id": authorisation.entry_id if authorisation else "",
            "therapist_id": case.therapist_id, "supervisor_id": case.supervisor_id or "",
            "surrogate_ids": list(case.surrogate_ids),
        }
        with db.transaction():
            ws.append(Kind.CASE_DISPOSED, body, case_id)
        ws.audit.forget()
        self.finish()
        return next(d for d in self.register() if d.case_id == case_id)

    def finish(self) -> bool:
        """Write the next data-file generation if a disposal left deleted rows in the file
        (module docstring). False if another process holds the vault open (tried again at
        the next unlock) or nothing was pending."""
        ws = self._ws
        if ws.vault.db.get_meta(SCRUB_META) != "1":
            return False
        try:
            ws.vault.rekey(set())
        except VaultError:
            return False
        ws.vault.db.set_meta(SCRUB_META, "")
        ws.audit.forget()
        with contextlib.suppress(VaultError):
            ws.remember()
        return True

    # -- the register --
    def register(self) -> builtins.list[DisposedCase]:
        """What was disposed of, newest first: for a therapist every disposed case of the
        practice; for others the ones they were on."""
        ws = self._ws
        db = ws.vault.db
        people = {m.member_id: m.name for m in
                  ws.members.list(include_removed=True, include_external=True)}
        me = ws.actor
        out = []
        for case_id, code, data, at in db.rows(
                "SELECT case_id, code, data, disposed_at FROM disposed_cases"
                " ORDER BY disposed_at DESC, code"):
            d = json.loads(data)
            team = {d.get("therapist_id"), d.get("supervisor_id"), *d.get("surrogate_ids", [])}
            if me.role is not Role.THERAPIST and me.member_id not in team:
                continue
            auth = ws.log.get(d["authorisation_id"]) if d.get("authorisation_id") else None
            backups = tuple(str(r[0]) for r in db.rows(
                "SELECT at FROM disclosures WHERE case_id=? AND what='backup' AND at<=?"
                " ORDER BY at", (case_id, at)))
            out.append(DisposedCase(
                case_id=case_id, code=code, opened_on=d.get("opened_on", ""),
                closed_on=d.get("closed_on", ""), retention_ends_on=d.get("retention_ends_on", ""),
                disposed_at=at, by_id=d.get("by", ""), by_name=people.get(d.get("by", ""), "?"),
                reason=d.get("reason", ""), entry_count=int(d.get("entry_count", 0)),
                authorised_by=people.get(auth.author, "?") if auth else "",
                authorisation_reason=str(auth.body.get("reason", "")) if auth else "",
                backups=backups))
        return out
