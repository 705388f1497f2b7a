"""Offline exchange between machines: identity cards, contacts, encrypted case packets and
exchange folders (docs/exchange-format.md). Nothing here opens a network connection.

    card = ws.exchange.my_card()                       # IdentityCard; card.to_bytes()
    contact = ws.exchange.import_card(read_card(raw), "7KQ2-MXD0-PAH9-R4TW-Z3NE")
    ws.exchange.share(case_id, contact.member_id)      # therapist: add them to the triad
    packet = ws.exchange.write_packet(contact.member_id, path)   # or build_packet/mark_sent
    result = ws.exchange.import_packet(raw)            # PacketImport; PacketRejected if refused
    report = sync_folders(ws)                          # outboxes written, inboxes read
"""

from __future__ import annotations

from triad.exchange.cards import IdentityCard, fingerprint, normalise_fingerprint, read_card
from triad.exchange.contacts import Contact
from triad.exchange.folders import ExchangeFolders, SyncReport, sync_folders
from triad.exchange.incoming import PacketImport
from triad.exchange.outgoing import OutgoingPacket
from triad.exchange.service import ChainStatus, ExchangeService, HeldChain

__all__ = [
    "ChainStatus", "Contact", "ExchangeFolders", "ExchangeService", "HeldChain", "IdentityCard",
    "OutgoingPacket", "PacketImport", "SyncReport", "fingerprint", "normalise_fingerprint",
    "read_card", "sync_folders",
]
