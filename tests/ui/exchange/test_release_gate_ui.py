"""Issue 13, point 2, in the app: with C-2026-002's release of information revoked, the
Exchange dialog refuses the packet in words that name the release, and the inbox/outbox
watcher leaves the case out with a visible note."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.core.exchange.test_exchange import introduce, new_machine, send
from tests.ui.conftest import open_as
from triad.roles import Role
from ui.exchange import dialog as exchange
from ui.exchange.dialog import ExchangeDialog, InboxWatcher, describe_sync
from ui.ops import Ops
from ui.widgets import dialogs

CASE = "C-2026-002"


def test_the_dialog_and_the_watcher_say_the_case_was_left_out(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = open_as(demo_copy)
    sam = new_machine(tmp_path / "sam.triad", "Sam Rivera", Role.SURROGATE)
    try:
        introduce(sam, therapist)
        introduce(therapist, sam)
        therapist.exchange.share(CASE, sam.actor.member_id)
        sam.exchange.import_packet(send(therapist, sam, CASE))
        release = next(r.consent_id for r in therapist.consent.records(CASE)
                       if r.form_id == "release-of-information")
        therapist.consent.revoke(CASE, release, "The client withdrew the release.")
        # the revocation itself goes (tests/core/exchange/test_release_end.py), nothing after
        sam.exchange.import_packet(send(therapist, sam, CASE))
        therapist.cases.add_goal(CASE, "A goal after the withdrawal", "2", "6", "SUDS")

        ops = Ops(synchronous=True)
        box = ExchangeDialog(therapist, ops, therapist.cases.get(CASE).case_id)
        qtbot.addWidget(box)
        box.table.selectRow(0)
        out = tmp_path / "packet.age"
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out))
        monkeypatch.setattr(exchange, "open_file", lambda *_a: "")
        box.write.click()
        text = box.outcome.text()
        assert f"Nothing was sent about case {CASE}" in text
        assert "release of information" in text and "revoked it on" in text
        assert not out.exists()

        outbox, inbox = tmp_path / "out", tmp_path / "in"
        outbox.mkdir()
        inbox.mkdir()
        therapist.exchange.set_folders(sam.actor.member_id, outbox, inbox)
        watcher = InboxWatcher(ops)
        reports: list[object] = []
        watcher.synced.connect(reports.append)
        watcher.start(therapist)
        watcher.sync()
        watcher.stop()
        assert len(reports) == 1 and not list(outbox.iterdir())
        note = describe_sync(reports[0], therapist)
        assert f"Left out: {CASE}" in note and "No release of information" in note
        assert "the client revoked it on" in note  # the release named (issue 13)
    finally:
        sam.close()
        therapist.close()
