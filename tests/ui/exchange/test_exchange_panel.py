"""The exchange panel, driven as two people on two machines would: cards, fingerprints,
sharing a case, a packet by file, then exchange folders picked up by the inbox watcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.roles import Role
from triad.workspace import Workspace
from ui.exchange import dialog as exchange
from ui.exchange.dialog import CardDialog, ContactModel, ExchangeDialog, InboxWatcher
from ui.ops import Ops
from ui.widgets import dialogs


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Where the next save / open dialog points."""
    chosen: dict[str, str] = {}
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: chosen.pop("save"))
    monkeypatch.setattr(exchange, "open_file", lambda *_a: chosen.pop("open"))
    monkeypatch.setattr(dialogs, "error", lambda _p, m: pytest.fail(m))
    return chosen


def _confirm_cards(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    def exec_(dialog: CardDialog) -> int:
        assert not dialog.add.isEnabled()  # not before the person says it matches
        seen.append(dialog.fingerprint.text())
        dialog.matches.setChecked(True)
        return 1

    monkeypatch.setattr(CardDialog, "exec", exec_)


def test_share_a_case_with_a_surrogate_on_another_machine(
    qtbot: QtBot, demo_copy: Path, tmp_path: Path, files: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ops = Ops(synchronous=True)
    seen: list[str] = []
    _confirm_cards(monkeypatch, seen)
    therapist = open_as(demo_copy)
    sam = Workspace.create(tmp_path / "sam.triad", name="Sam Rivera", role=Role.SURROGATE,
                           passphrase="sam passphrase").workspace
    case = therapist.cases.list()[0]
    try:
        # each saves their card
        t_dialog = ExchangeDialog(therapist, ops, case.case_id)
        qtbot.addWidget(t_dialog)
        assert t_dialog.empty.isVisibleTo(t_dialog) and not t_dialog.write.isEnabled()
        files["save"] = str(tmp_path / "therapist-card.json")
        t_dialog.save_card.click()
        s_dialog = ExchangeDialog(sam, ops)
        qtbot.addWidget(s_dialog)
        files["save"] = str(tmp_path / "sam-card.json")
        s_dialog.save_card.click()
        assert s_dialog.my_fingerprint.text() in s_dialog.outcome.text()
        # the therapist adds Sam after comparing fingerprints, shares the case, writes a packet
        files["open"] = str(tmp_path / "sam-card.json")
        t_dialog.import_card.click()
        assert seen == [s_dialog.my_fingerprint.text()]
        assert t_dialog.model.rowCount() == 1 and t_dialog.model.index(0, 0).data() == "Sam Rivera"
        assert t_dialog.share.isEnabled()
        t_dialog.share.click()
        assert "now in this case's triad" in t_dialog.outcome.text()
        files["save"] = str(tmp_path / "packet-1.age")
        t_dialog.write.click()
        assert "Packet 1 written" in t_dialog.outcome.text()
        # Sam adds the therapist and imports the packet: the case is on his machine
        files["open"] = str(tmp_path / "therapist-card.json")
        s_dialog.import_card.click()
        assert not s_dialog.share.isEnabled() and "Only a therapist" in s_dialog.share.toolTip()
        files["open"] = str(tmp_path / "packet-1.age")
        with qtbot.waitSignal(s_dialog.changed):
            s_dialog.read.click()
        assert "Packet imported" in s_dialog.outcome.text()
        assert [c.code for c in sam.cases.list()] == [case.code]
        files["open"] = str(tmp_path / "packet-1.age")
        s_dialog.read.click()
        assert "imported before" in s_dialog.outcome.text()

        # exchange folders: Sam's answer travels by folder and the watcher picks it up
        outbox, inbox = tmp_path / "to-therapist", tmp_path / "to-sam"
        outbox.mkdir()
        inbox.mkdir()
        sam_contact = therapist.exchange.contacts()[0].member_id
        therapist.exchange.set_folders(sam_contact, inbox, outbox)
        sam.exchange.set_folders(sam.exchange.contacts()[0].member_id, outbox, inbox)
        s_dialog.sync_button.click()  # Sam's acknowledgement goes out
        assert list(outbox.iterdir())
        watcher = InboxWatcher(ops)
        reports: list[object] = []
        watcher.synced.connect(reports.append)
        watcher.start(therapist)
        watcher.sync()
        assert reports and len(reports[0].imported) == 1  # type: ignore[attr-defined]
        watcher.stop()
    finally:
        therapist.close()
        sam.close()


def test_contact_model_passes_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ContactModel()
    model.set_rows([("m1", ("Sam", "surrogate", "ABCD-EFGH", "2026-11-23 10:00", "none", "—"))])
    qtmodeltester.check(model)
