"""The **accounting of disclosures** (issue 17; HIPAA §164.528 and §164.312(b), GDPR Art. 30):
every time a case's record leaves the vault -- a case file exported, a packet written for a
contact, a backup, a PDF saved or printed, a copy given to the client -- the vault records it
as a signed ``disclosure.recorded`` entry: what left, which cases, to whom, when and by whom.

Never a path or a file name: a file's name can carry the client's name, and where the file went
is the user's business, not the record's. ``to`` says only the kind of recipient -- a member of
the practice, an exchange contact, the client, a printer, or "file" (saved, recipient unknown) --
and the member's id where there is one.

The entry is **vault level** (``case_id`` none; the cases are in its body). The accounting is
the disclosing vault's own: no packet or case file carries it. That is also what keeps the
exchange still: a packet's own disclosure entry, were it a case entry, would make the next
packet, whose entry would make the next.

Callers record a disclosure *after* the bytes are written, so an export that failed is not
accounted for; if the record cannot be written (a full disk), the caller removes what it wrote
and reports the error, so no disclosure goes unaccounted either. :meth:`DisclosureService.save`
and :meth:`DisclosureService.written` are that one rule: every path out of the vault goes
through them (the case file and report commands, ``Workspace.backup``, the packet writer
``triad.exchange.outgoing.deliver``, the app's one save helper ``ui.widgets.disclose``).

What counts (decided for issue 17): a packet counts when it carries any entry, view or signed
header of a case -- an acknowledgements-only packet carries none of the record and is not
counted; the therapist's relayed entries travel in her own packets and are counted with them.
The Agenda written to a file (the calendar file, or its text or JSON) holds case codes and
session times -- scheduling data of the cases in it -- and counts as ``agenda``. A report of
the accounting itself counts too: it discloses which cases were disclosed to whom.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from triad.errors import InvalidCode, InvalidInput, NotFound, PermissionCode, PermissionDenied
from triad.log.kinds import Kind
from triad.roles import Role
from triad.vault.files import atomic_write, output_target

if TYPE_CHECKING:
    from triad.workspace import Workspace


class What(StrEnum):
    """What left the vault."""

    CASE_EXPORT = "case-export"  # a signed case file (JSON)
    PACKET = "packet"  # an exchange packet for a contact
    BACKUP = "backup"  # the whole vault, encrypted: every case in it
    REPORT = "report"  # a PDF report, saved or printed (``report`` names which)
    CLIENT_COPY = "client-copy"  # the client's readable copy of their record
    CONSENT_COPY = "consent-copy"  # the client's copy of a consent record and its revocations
    CLIENT_CARD = "client-card"  # the client's one-page card
    AGENDA = "agenda"  # the Agenda written to a file (``report``: "ics", "json" or "text")
    ATTACHMENT = "attachment"  # a scan kept in the vault (a signed paper form) saved to a file
    PRIVATE_NOTES = "private-notes"  # the author's own export of her private notes


class To(StrEnum):
    """Who received it, as far as the vault can know."""

    MEMBER = "member"  # a member of this practice (``member_id``)
    CONTACT = "contact"  # an exchange contact, by packet (``member_id``)
    CLIENT = "client"  # the client, their own copy
    PRINTER = "printer"  # printed
    FILE = "file"  # saved to a file the user chose; the recipient is not known


@dataclass(frozen=True)
class Disclosure:
    """One recorded disclosure as a reader sees it: ``case_codes`` only of the cases the
    reader is on (a backup carries every case of the vault)."""

    disclosure_id: str
    entry_id: str
    at: str  # UTC stamp of the entry
    author_id: str
    author_name: str
    what: What
    report: str  # which report, for What.REPORT ("progress", "audit", ...); else ""
    to: To
    member_id: str  # the recipient member or contact, for To.MEMBER / To.CONTACT; else ""
    member_name: str
    case_ids: tuple[str, ...]
    case_codes: tuple[str, ...]


class DisclosureService:
    """Record disclosures and read the accounting."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def record(self, what: What | str, case_ids: Iterable[str], to: To | str = To.FILE, *,
               member_id: str = "", report: str = "") -> Disclosure:
        """Record that the cases ``case_ids`` (ids or codes) left the vault as ``what`` to
        ``to``. The acting member must be on each case, except for a backup (the whole vault,
        which any member who holds the vault may write)."""
        what, to = What(what), To(to)
        ids = list(dict.fromkeys(self._resolve(c) for c in case_ids))
        self.check(what, ids)
        if to in (To.MEMBER, To.CONTACT) and not member_id:
            raise InvalidInput(InvalidCode.EMPTY, field="member_id")
        if len(report) > 80:
            raise InvalidInput(InvalidCode.TOO_LONG, field="report")
        body = {"disclosure_id": str(uuid.uuid4()), "what": what.value, "report": report,
                "to": to.value, "member_id": member_id if to in (To.MEMBER, To.CONTACT) else "",
                "case_ids": ids}
        entry = self._ws.append(Kind.DISCLOSURE_RECORDED, body)
        return self._from(entry.id)[0]

    def written(self, path: Path | None, what: What | str, case_ids: Iterable[str],
                to: To | str = To.FILE, *, member_id: str = "",
                report: str = "") -> Disclosure | None:
        """Record the disclosure of what was just written at ``path`` (None: standard output
        or a printer, nothing to take back). If it cannot be recorded, the file is removed and
        the error raised: nothing leaves unaccounted. None when no case is in it."""
        ids = builtins.list(case_ids)
        if not ids:
            return None
        try:
            return self.record(what, ids, to, member_id=member_id, report=report)
        except BaseException:
            if path is not None:
                with contextlib.suppress(OSError, InvalidInput):  # gone, or no longer a file
                    os.unlink(output_target(Path(path), check_folder=False))
            raise

    def check(self, what: What | str, case_ids: Iterable[str]) -> None:
        """PermissionDenied unless the acting member may record this disclosure: ask before
        the bytes are written, so a refusal writes nothing."""
        if What(what) is What.BACKUP:
            return
        access = self._ws.cases.access
        for key in case_ids:
            case_id = self._resolve(key)
            if self._disposed(case_id):
                continue  # only its disposal and chain headers are left to carry (a packet)
            if access.role(case_id) is None:
                raise PermissionDenied(PermissionCode.NOT_ON_CASE)

    def _held_by(self, case_id: str) -> set[str]:
        """The therapist and supervisor of a disposed case (from the register's row): its
        accounting of disclosures stays theirs to read after its content is gone."""
        row = self._ws.vault.db.one("SELECT data FROM disposed_cases WHERE case_id=?", (case_id,))
        data = json.loads(row[0]) if row else {}
        return {str(data.get("therapist_id") or ""), str(data.get("supervisor_id") or "")} - {""}

    def _disposed(self, case_id: str) -> bool:
        return self._ws.vault.db.one("SELECT 1 FROM disposed_cases WHERE case_id=?",
                                     (case_id,)) is not None

    def _resolve(self, key: str) -> str:
        """A case id from an id or a client code; a disposed case's id too (a packet carries
        its disposal to the triad's other vaults after its content is gone)."""
        try:
            return self._ws.cases.access.resolve(key)
        except NotFound:
            row = self._ws.vault.db.one("SELECT case_id FROM disposed_cases WHERE case_id=?"
                                        " OR code=?", (key, key.strip().upper()))
            if row is None:
                raise
            return str(row[0])

    def save(self, path: Path | str, data: bytes, what: What | str, case_ids: Iterable[str],
             to: To | str = To.FILE, *, member_id: str = "", report: str = "",
             mode: int = 0o600) -> Disclosure | None:
        """Write ``data`` to ``path`` atomically, then record its disclosure (:meth:`written`).
        StorageFailed when the file cannot be written: then nothing is recorded."""
        ids = builtins.list(case_ids)
        self.check(what, ids)  # refused before anything is written
        atomic_write(Path(path), data, mode)
        return self.written(Path(path), what, ids, to, member_id=member_id, report=report)

    def list(self, case_key: str | None = None) -> builtins.list[Disclosure]:
        """The accounting, oldest first: of one case (its therapist or supervisor), or of every
        case the acting member is on, with the disclosures she made herself."""
        access = self._ws.cases.access
        db = self._ws.vault.db
        if case_key is not None:
            case_id = self._resolve(case_key)
            if not self._disposed(case_id) or self._ws.actor.member_id not in self._held_by(
                    case_id):
                case_id = access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)
            rows = db.rows("SELECT DISTINCT entry_id FROM disclosures WHERE case_id=?"
                           " ORDER BY at, entry_id", (case_id,))
            return self._from(*(r[0] for r in rows))
        me = self._ws.actor.member_id
        mine = {c.case_id for c in self._ws.cases.list()} | {
            r[0] for r in db.rows("SELECT case_id FROM disposed_cases") if me in self._held_by(r[0])}
        rows = db.rows("SELECT entry_id, case_id, author FROM disclosures ORDER BY at, entry_id")
        wanted = list(dict.fromkeys(e for e, c, a in rows if c in mine or a == me))
        return self._from(*wanted)

    def _from(self, *entry_ids: str) -> builtins.list[Disclosure]:
        if not entry_ids:
            return []
        ws = self._ws
        entries = ws.log.entries(f"id IN ({','.join('?' * len(entry_ids))})", tuple(entry_ids),
                                 order="created_at, local_order")
        people = {m.member_id: m.name for m in
                  ws.members.list(include_removed=True, include_external=True)}
        mine = {c.case_id: c.code for c in ws.cases.list()}
        me = ws.actor.member_id
        for case_id, code in ws.vault.db.rows("SELECT case_id, code FROM disposed_cases"):
            if me in self._held_by(case_id):
                mine[case_id] = code  # a disposed case's code, for its former team
        out = []
        for e in entries:
            b = e.body
            ids = tuple(b["case_ids"])
            out.append(Disclosure(
                disclosure_id=b["disclosure_id"], entry_id=e.id, at=e.created_at,
                author_id=e.author, author_name=people.get(e.author, "?"), what=What(b["what"]),
                report=b.get("report", ""), to=To(b["to"]), member_id=b.get("member_id", ""),
                member_name=people.get(b.get("member_id", ""), ""), case_ids=ids,
                case_codes=tuple(mine[c] for c in ids if c in mine)))
        return out
