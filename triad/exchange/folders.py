"""Exchange folders: per contact, an optional *outbox* (packets for them are written there)
and *inbox* (their packets are picked up from there). A folder can be a USB stick, a network
share or a folder Syncthing keeps in step; Triad itself never opens a connection.

Packet files are ``*.triadpacket`` with neutral names (no member or client names):
``to-<tag>-<number>-<id>.triadpacket``, where ``tag`` is a hash of the two member ids. An inbox
file is remembered by the SHA-256 of its content once processed (imported, already known, or
rejected with a reason), so it is read once however it is renamed or copied; files starting
with a dot (temporary files of sync tools) are ignored. Outbox files the contact has reported
seeing are removed. A case with no release of information in force is left out of a
surrogate partner's or supervisor's packet, and the pass reports it (``SyncReport.withheld``)
rather than staying silent.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from triad.errors import PacketReason, PacketRejected, StorageFailed
from triad.exchange import outgoing
from triad.exchange.contacts import contact, contacts
from triad.exchange.incoming import PacketImport, import_packet
from triad.exchange.packets import MAX_PACKET_BYTES, SUFFIX
from triad.log.entries import CaseId, MemberId, utc_now
from triad.vault.files import read_limited

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class ExchangeFolders:
    outbox: Path | None
    inbox: Path | None


@dataclass(frozen=True)
class SyncReport:
    """What one pass over the exchange folders did. ``rejected``: (file name, reason code);
    ``unavailable``: (contact, "inbox" or "outbox") folders that could not be used;
    ``withheld``: (contact, case) left out of their packet because no release of information
    is in force for the case (the note the app shows; nothing about the case was written)."""

    imported: tuple[PacketImport, ...] = ()
    rejected: tuple[tuple[str, str], ...] = ()
    written: tuple[Path, ...] = ()
    unavailable: tuple[tuple[MemberId, str], ...] = ()
    withheld: tuple[tuple[MemberId, CaseId], ...] = ()

    @property
    def changed_cases(self) -> tuple[CaseId, ...]:
        return tuple(sorted({c for r in self.imported for c in r.case_ids}))


def _clean(folder: str | Path | None) -> str | None:
    if folder is None or not str(folder).strip():
        return None
    return str(Path(str(folder).strip()).expanduser().absolute())


def set_folders(ws: Workspace, member_id: str, outbox: str | Path | None,
                inbox: str | Path | None) -> ExchangeFolders:
    """Set (or clear, with None) a contact's exchange folders, kept in the vault."""
    c = contact(ws, member_id, active=False)
    db = ws.vault.db
    with db.transaction():
        db.execute("INSERT OR REPLACE INTO exchange_folders (peer, outbox, inbox) VALUES (?,?,?)",
                   (c.member_id, _clean(outbox), _clean(inbox)))
    return folders(ws, member_id)


def folders(ws: Workspace, member_id: str) -> ExchangeFolders:
    row = ws.vault.db.one("SELECT outbox, inbox FROM exchange_folders WHERE peer=?", (member_id,))
    if row is None:
        return ExchangeFolders(None, None)
    return ExchangeFolders(Path(row[0]) if row[0] else None, Path(row[1]) if row[1] else None)


def _tag(ws: Workspace, peer: str) -> str:
    return hashlib.sha256(f"{ws.actor.member_id}:{peer}".encode()).hexdigest()[:8]


def _record(ws: Workspace, digest: str, peer: str, outcome: str) -> None:
    db = ws.vault.db
    with db.transaction():
        db.execute("INSERT OR REPLACE INTO exchange_files (digest, peer, outcome, at)"
                   " VALUES (?,?,?,?)", (digest, peer, outcome, utc_now()))


def _read_inbox(ws: Workspace, peer: str, inbox: Path, retry_rejected: bool,
                imported: list[PacketImport], rejected: list[tuple[str, str]]) -> None:
    db = ws.vault.db
    files = sorted(p for p in inbox.iterdir()
                   if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file())
    for path in files:
        try:
            raw = read_limited(path, MAX_PACKET_BYTES)  # its size checked before it is read
        except OSError:
            continue  # still being written by a sync tool, or gone: next time
        if raw is None:
            rejected.append((path.name, PacketReason.TOO_LARGE))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        row = db.one("SELECT outcome FROM exchange_files WHERE digest=?", (digest,))
        if row is not None and not (retry_rejected and str(row[0]).startswith("rejected")):
            continue
        try:
            result = import_packet(ws, raw)
        except PacketRejected as exc:
            rejected.append((path.name, exc.detail))
            _record(ws, digest, peer, f"rejected:{exc.detail}")
            continue
        imported.append(result)
        _record(ws, digest, peer, "duplicate" if result.duplicate else "imported")


def _write_outbox(ws: Workspace, peer: str, outbox: Path, written: list[Path],
                  withheld: list[tuple[MemberId, CaseId]]) -> None:
    tag = _tag(ws, peer)
    withheld += [(MemberId(peer), c) for c in outgoing.withheld_cases(ws, peer)]
    if outgoing.pending(ws, peer):
        packet = outgoing.build(ws, peer)
        path = outbox / f"to-{tag}-{packet.number:06d}-{packet.packet_id[:8]}{SUFFIX}"
        outgoing.deliver(ws, packet, path)
        written.append(path)
    row = ws.vault.db.one("SELECT peer_saw FROM exchange_peers WHERE me=? AND peer=?",
                          (ws.actor.member_id, peer))
    saw = int(row[0]) if row else 0
    pattern = re.compile(rf"^to-{tag}-(\d+)-[0-9a-f]{{8}}{re.escape(SUFFIX)}$")
    for old in outbox.iterdir():
        m = pattern.match(old.name)
        if m and int(m.group(1)) <= saw:
            with contextlib.suppress(OSError):
                old.unlink()


def sync_folders(ws: Workspace, retry_rejected: bool = False,
                 progress: Callable[[str], None] | None = None) -> SyncReport:
    """One pass: import new packet files from every contact's inbox, then write a packet to
    every outbox whose contact has something new (entries or acknowledgements). Rejected
    files are remembered and skipped next time unless ``retry_rejected`` (e.g. after a card
    was imported). ``progress`` gets short codes, never names."""
    imported: list[PacketImport] = []
    rejected: list[tuple[str, str]] = []
    written: list[Path] = []
    unavailable: list[tuple[MemberId, str]] = []
    withheld: list[tuple[MemberId, CaseId]] = []
    people = contacts(ws)
    for c in people:
        f = folders(ws, c.member_id)
        if f.inbox is None:
            continue
        if not f.inbox.is_dir():
            unavailable.append((c.member_id, "inbox"))
            continue
        if progress:
            progress("inbox")
        try:
            _read_inbox(ws, c.member_id, f.inbox, retry_rejected, imported, rejected)
        except OSError:
            unavailable.append((c.member_id, "inbox"))
    for c in people:
        f = folders(ws, c.member_id)
        if f.outbox is None:
            continue
        if not f.outbox.is_dir():
            unavailable.append((c.member_id, "outbox"))
            continue
        if progress:
            progress("outbox")
        try:
            _write_outbox(ws, c.member_id, f.outbox, written, withheld)
        except (OSError, StorageFailed):
            unavailable.append((c.member_id, "outbox"))
    return SyncReport(tuple(imported), tuple(rejected), tuple(written), tuple(unavailable),
                      tuple(withheld))
