"""Hand-over in the app (issue 17): Overview → Change triad → Hand over moves the case to the
therapist chosen and it leaves the list; with no other therapist the dialog says what to do;
the Practice dialog does not offer to remove a therapist who holds cases, and names them; the
records custodian's request and the supervisor's countersignature."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_PASS, open_as
from tests.ui.main.test_main_window import _unlock
from tests.ui.practice.test_practice import _dialog, _select
from triad import demo
from triad.roles import Role
from ui.casefile.overview import dialogs as od
from ui.casefile.overview.handover import HandoverDialog
from ui.casefile.overview.tab import OverviewTab
from ui.ops import Ops
from ui.practice import custody
from ui.settings import Settings
from ui.start.window import StartWindow


def _click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_change_triad_hand_over_moves_the_case_and_it_leaves_the_list(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with open_as(demo_copy) as ws:
        ws.members.add("Dr New", Role.THERAPIST, DEMO_PASS)
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    _unlock(qtbot, w)
    main = w.main
    first = main.cases.current_case()
    code = w.workspace.cases.get(first).code
    overview = next(t for t in main.tabs.tabs if isinstance(t, OverviewTab))
    seen: dict[str, Any] = {}

    def team(d: od.TeamDialog) -> int:  # Change triad… → Hand over…
        d.show()
        _click(qtbot, d.hand_over)
        return int(d.result())

    def hand_over(d: HandoverDialog) -> int:
        d.show()
        seen["choices"] = [d.to.itemText(i) for i in range(d.to.count())]
        seen["summary"] = d.summary.text()
        qtbot.keyClicks(d.reason, "Retiring")
        _click(qtbot, d.save_button)
        return int(d.result())

    monkeypatch.setattr(od.TeamDialog, "exec", team)
    monkeypatch.setattr(HandoverDialog, "exec", hand_over)
    _click(qtbot, overview.change_triad)
    assert seen["choices"] == ["Dr New"]
    assert seen["summary"] == f"Dr New will hold {code}; it leaves your case list."
    assert main.cases.proxy.rowCount() == 4  # it left her list; the next case is open
    assert main.cases.current_case() != first
    with open_as(demo_copy, "Dr New") as new:
        (held,) = new.cases.list()
        assert held.code == code and new.handover.history(first)[0]["reason"] == "Retiring"
    w.close()


def test_with_no_other_therapist_the_dialog_says_what_to_do(qtbot: QtBot, demo_copy: Path
                                                            ) -> None:
    with open_as(demo_copy) as ws:
        d = HandoverDialog(ws, ws.cases.list()[0])
        qtbot.addWidget(d)
        d.show()
        assert d.empty.isVisible() and "Add member" in d.empty.text()
        assert not d.save_button.isEnabled() and not d.reason.isEnabled()
        d.done(QDialog.DialogCode.Rejected)


def test_practice_refuses_to_remove_a_therapist_who_holds_cases(
        qtbot: QtBot, demo_copy: Path) -> None:
    with open_as(demo_copy) as ws:
        ws.members.add("Dr New", Role.THERAPIST, DEMO_PASS)
        codes = [c.code for c in ws.cases.list()]
    with open_as(demo_copy, "Dr New") as new:
        d = _dialog(qtbot, new)
        _select(qtbot, d, demo.THERAPIST)
        tip = d.remove_button.toolTip()
        assert not d.remove_button.isEnabled()
        assert all(code in tip for code in codes) and "Hand each one over" in tip
        d.close()


def test_the_custodian_asks_and_the_supervisor_countersigns(
        qtbot: QtBot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_as(demo_copy) as ws:
        ws.members.add("Dr Keeper", Role.THERAPIST, DEMO_PASS)
        code = ws.cases.list()[0].code
        d = _dialog(qtbot, ws)
        box = d.custodian_box
        assert "No records custodian" in box.state.text()
        box.choice.setCurrentIndex(box.choice.findText("Dr Keeper"))
        _click(qtbot, box.name_button)
        assert box.state.text().startswith("Dr Keeper may take custody")
        assert not box.take_button.isVisible()  # she is not the custodian
        d.close()

    def ask(dialog: custody.TakeCustodyDialog) -> int:
        dialog.show()
        assert dialog.choice.currentText().startswith(f"{code} — {demo.THERAPIST}")
        qtbot.keyClicks(dialog.line, "Dr Holt is in hospital.")
        _click(qtbot, dialog.ok_button)
        return int(dialog.result())

    def countersign(dialog: custody.CountersignCustodyDialog) -> int:
        dialog.show()
        assert "Dr Keeper asks: Dr Holt is in hospital." in dialog.choice.currentText()
        _click(qtbot, dialog.ok_button)
        return int(dialog.result())

    monkeypatch.setattr(custody.TakeCustodyDialog, "exec", ask)
    monkeypatch.setattr(custody.CountersignCustodyDialog, "exec", countersign)
    with open_as(demo_copy, "Dr Keeper") as keeper:
        d = _dialog(qtbot, keeper)
        _click(qtbot, d.custodian_box.take_button)
        assert "countersigns" in d.custodian_box.state.text()
        assert keeper.cases.list() == []
        d.close()
    with open_as(demo_copy, demo.SUPERVISOR) as supervisor:
        d = _dialog(qtbot, supervisor)
        _click(qtbot, d.custodian_box.countersign_button)
        assert not d.custodian_box.countersign_button.isEnabled()
        d.close()
    with open_as(demo_copy, "Dr Keeper") as keeper:
        assert [c.code for c in keeper.cases.list()] == [code]
