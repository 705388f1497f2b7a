"""Issue 18: the app's sync message says when a contact's packet acknowledges more than this
vault has (triad/exchange/rollback.py): the vault is older than the one they heard from."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from triad.exchange.folders import SyncReport
from triad.exchange.incoming import PacketImport
from triad.exchange.rollback import PeerAhead
from triad.log.entries import MemberId
from ui.exchange.dialog import describe_sync


def test_the_sync_message_says_the_vault_is_older(qtbot: QtBot) -> None:
    plain = PacketImport("p1", MemberId("m"), 3, added=2)
    assert "older" not in describe_sync(SyncReport(imported=(plain,)))
    ahead = PacketImport("p2", MemberId("m"), 4, older=PeerAhead(packets=1, entries=2))
    text = describe_sync(SyncReport(imported=(plain, ahead)))
    assert text.startswith("2 packet(s) imported")
    assert "older than the one this contact last heard from" in text
    assert "acknowledges 1 packet this vault" in text and "holds 2 of your own entries" in text
    assert "was imported" in text
