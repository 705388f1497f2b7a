"""``ws.exchange``: the one object the UI and the command line use for offline exchange."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from triad.casefile.cases import Change
from triad.casefile.release import ReleaseState, case_release
from triad.errors import UnknownMember
from triad.exchange import contacts as _contacts
from triad.exchange import folders as _folders
from triad.exchange import incoming, outgoing
from triad.exchange.cards import IdentityCard, make_card, read_card
from triad.exchange.contacts import Contact
from triad.exchange.folders import ExchangeFolders, SyncReport
from triad.exchange.held import HeldFrom, summary
from triad.exchange.incoming import PacketImport
from triad.exchange.outgoing import OutgoingPacket
from triad.log.entries import CaseId, MemberId, utc_now

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class ChainStatus:
    """One author chain of a case as tracked for a contact: the highest seq sent to them,
    the top of their unbroken copy they acknowledged, and seqs they hold beyond a gap."""

    case_id: CaseId
    author: MemberId
    sent: int
    acked: int
    held_by_peer: tuple[int, ...]


@dataclass(frozen=True)
class HeldChain:
    """Entries of one author chain waiting here for a gap to fill."""

    case_id: CaseId
    author: MemberId
    seqs: tuple[int, ...]


class ExchangeService:
    """Identity cards, contacts, case packets and exchange folders for the acting member.
    Every call works inside the encrypted vault; files reach the disk only where asked."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- identity cards and contacts --
    def my_card(self) -> IdentityCard:
        """The acting member's identity card (``card.to_bytes()`` for the file)."""
        row = self._ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",
                                    (self._ws.actor.member_id,))
        if row is None:
            raise UnknownMember()
        return make_card(self._ws.actor, bytes(row[0]), utc_now())

    @staticmethod
    def read_card(raw: bytes) -> IdentityCard:
        """Parse and check a card file; changes nothing (show ``card.fingerprint``)."""
        return read_card(raw)

    def import_card(self, card: IdentityCard, confirmed_fingerprint: str) -> Contact:
        """Add the card's owner as a contact once the fingerprint read out of band matches."""
        return _contacts.import_card(self._ws, card, confirmed_fingerprint)

    def contacts(self, include_removed: bool = False) -> list[Contact]:
        return _contacts.contacts(self._ws, include_removed)

    def contact(self, member_id: str) -> Contact:
        return _contacts.contact(self._ws, member_id, active=False)

    def find_contact(self, name: str) -> Contact:
        return _contacts.find_contact(self._ws, name)

    def remove_contact(self, member_id: str) -> Contact:
        return _contacts.remove_contact(self._ws, member_id)

    def share(self, case_key: str, member_id: str) -> Change | None:
        """Therapist: add a contact to the case's triad in their role (None: already in it)."""
        return _contacts.share(self._ws, case_key, member_id)

    # -- packets --
    def pending(self, member_id: str) -> bool:
        """Whether a packet to this contact would carry something new."""
        return outgoing.pending(self._ws, member_id)

    def build_packet(self, member_id: str, case_key: str | None = None,
                     resend: bool = False) -> OutgoingPacket:
        """Seal a packet (all shared cases, or one); call :meth:`mark_sent` once it is saved."""
        return outgoing.build(self._ws, member_id, case_key, resend)

    def mark_sent(self, packet: OutgoingPacket) -> None:
        outgoing.mark_sent(self._ws, packet)

    def write_packet(self, member_id: str, path: Path, case_key: str | None = None,
                     resend: bool = False) -> OutgoingPacket:
        """Build, write atomically to ``path``, and record as sent."""
        return outgoing.write(self._ws, member_id, Path(path), case_key, resend)

    def import_packet(self, raw: bytes) -> PacketImport:
        """Import a packet's bytes, all or nothing; PacketRejected says why not."""
        return incoming.import_packet(self._ws, raw)

    def held(self) -> list[HeldChain]:
        out: dict[tuple[str, str], list[int]] = {}
        for author, chain, seq in incoming.held_items(self._ws):
            out.setdefault((chain, author), []).append(seq)
        return [HeldChain(CaseId(c), MemberId(a), tuple(s)) for (c, a), s in sorted(out.items())]

    def release(self, case_key: str) -> ReleaseState:
        """The case's release of information as the exchange reads it now: in force, or why
        not (revoked, expired, closed, ...) and since when (``triad.casefile.release``)."""
        return case_release(self._ws, case_key)

    def held_from(self) -> dict[MemberId, HeldFrom]:
        """What waits here from each sender (count, size, since when), bounded per sender and
        dropped after ``held.HELD_DAYS`` days (``triad.exchange.held``)."""
        return summary(self._ws)

    def status(self, member_id: str) -> list[ChainStatus]:
        rows = self._ws.vault.db.rows(
            "SELECT chain, author, sent, acked, peer_held FROM exchange_chains WHERE me=? AND"
            " peer=? ORDER BY chain, author", (self._ws.actor.member_id, member_id))
        return [ChainStatus(CaseId(r[0]), MemberId(r[1]), int(r[2]), int(r[3]),
                            tuple(json.loads(r[4]))) for r in rows]

    # -- folders --
    def folders(self, member_id: str) -> ExchangeFolders:
        return _folders.folders(self._ws, member_id)

    def set_folders(self, member_id: str, outbox: str | Path | None,
                    inbox: str | Path | None) -> ExchangeFolders:
        return _folders.set_folders(self._ws, member_id, outbox, inbox)

    def sync(self, retry_rejected: bool = False) -> SyncReport:
        """One pass over every contact's exchange folders (see :func:`sync_folders`)."""
        return _folders.sync_folders(self._ws, retry_rejected)
