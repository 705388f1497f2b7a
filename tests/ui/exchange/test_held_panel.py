"""The exchange panel shows what waits here from each contact for earlier packets, and that it
is dropped after a while (tests/core/exchange/test_held_store.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.core.exchange.test_exchange import Machines, machines, send
from triad.exchange.held import HELD_DAYS
from ui.exchange.dialog import ContactModel, ExchangeDialog
from ui.ops import Ops

__all__ = ["machines"]  # the fixture


def test_the_panel_shows_what_waits_from_each_contact(qtbot: QtBot, machines: Machines) -> None:
    m = machines
    t, s = m.t, m.s
    s.exchange.import_packet(send(t, s))
    t.measures.record(m.case, "suds", 7, on="2026-02-01")
    send(t, s)  # lost on the way
    t.measures.record(m.case, "suds", 6, on="2026-02-08")
    s.exchange.import_packet(send(t, s))
    box = ExchangeDialog(s, Ops(synchronous=True))
    qtbot.addWidget(box)
    column = ContactModel.HEADERS.index("Waiting")
    row = next(r for r in range(box.model.rowCount())
               if box.model.member_id(r) == t.actor.member_id)
    since = s.exchange.held_from()[t.actor.member_id].oldest[:10]
    assert box.model.index(row, column).data() == f"1 (since {since})"
    assert f"An entry that waits {HELD_DAYS} days is dropped" in box.outcome.text()
