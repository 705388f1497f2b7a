"""The supervisor's findings queue (issue 16), in the real window: the open findings across the
supervisor's cases, the filters, the empty state, Enter and double-click to the case's Audit tab
at the finding, and the model under Qt's model tester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_PASS
from ui.casefile.audit.tab import AuditTab
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.supervision.queue import FindingsQueueDialog


def _unlock(qtbot: QtBot, w: StartWindow, who: str = "") -> None:
    if who:
        w.unlock_page.member.setText(who)
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None, w.unlock_page.error.text()


def _queue(qtbot: QtBot, w: StartWindow) -> FindingsQueueDialog:
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.main.cases.table.setFocus()
    qtbot.keyClick(w.main.cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # the shortcut opens it
    qtbot.waitUntil(lambda: w.main.findings_queue is not None)
    queue = w.main.findings_queue
    assert queue is not None and queue.isVisible()
    return queue


def test_the_queue_lists_filters_and_opens_a_finding(qtbot: QtBot, qtmodeltester, demo_copy: Path,  # type: ignore[no-untyped-def]
                                                     ops: Ops, settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w, "Dr Amara Okafor")
    assert w.main.findings_action.isEnabled()
    queue = _queue(qtbot, w)
    qtmodeltester.check(queue.model)
    model = queue.model
    shown = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
             for r in range(model.rowCount())]
    assert [(s, c) for s, c, _ in shown] == [("Major", "C-2026-004"), ("Minor", "C-2026-004")]
    assert shown[1][2] == "Active case without a session (stalled)"
    assert model.index(0, 4).data() == "Session scheduled"  # the record, in words
    assert queue.count.text() == "2 of 2 open findings shown"
    # filters: severity (this or worse), rule, case
    queue.severity.setCurrentIndex(queue.severity.findData("major"))
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Major"
    queue.severity.setCurrentIndex(0)
    queue.rule.setCurrentIndex(queue.rule.findData("case.stalled"))
    assert model.rowCount() == 1 and model.index(0, 2).data().startswith("Active case")
    queue.rule.setCurrentIndex(0)
    queue.severity.setCurrentIndex(queue.severity.findData("critical"))
    assert model.rowCount() == 0 and queue.empty.isVisible()
    assert "No open finding matches these filters" in queue.empty.text()
    queue.severity.setCurrentIndex(0)
    case4 = queue.case.findText("C-2026-004")
    assert case4 > 0 and queue.case.count() == 2  # All cases, and the one case with findings
    queue.case.setCurrentIndex(case4)
    assert model.rowCount() == 2
    # Enter on the stalled finding: the case's Audit tab, at that finding
    queue.table.setFocus()
    queue.table.selectRow(1)
    stalled = queue.selected()
    assert stalled is not None and stalled.rule_id == "case.stalled"
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert w.main.cases.current_case() == stalled.case_id
    audit = w.main.tabs.currentWidget()
    assert isinstance(audit, AuditTab)
    assert audit.findings_page.current_finding() == stalled.finding_id
    # double-click the other one
    queue.table.selectRow(0)
    first = queue.selected()
    assert first is not None
    rect = queue.table.visualRect(model.index(0, 1))
    qtbot.mouseClick(queue.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(queue.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert audit.findings_page.current_finding() == first.finding_id
    # signed off on the Audit tab: F5 in the queue reads it again
    assert w.workspace is not None
    w.workspace.audit.sign_off(first.finding_id, "Seen; ROI now checked at intake.")
    assert queue.refresh_shortcut.key().toString() == "F5"
    queue.refresh_shortcut.activated.emit()  # (offscreen, the key after a window switch is lost)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Minor"]
    w.main.lock_requested.emit()  # locking closes it: no finding stays on screen
    qtbot.waitUntil(lambda: w.main.findings_queue is None)
    w.close()


def test_the_queue_explains_an_empty_list_and_a_surrogate_has_none(qtbot: QtBot, demo_copy: Path,
                                                                   ops: Ops, settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w, "Dr Amara Okafor")
    ws = w.workspace
    assert ws is not None
    for f in ws.findings.open():
        ws.audit.sign_off(f.finding_id, "Seen and discussed.")
    queue = _queue(qtbot, w)
    assert queue.model.rowCount() == 0 and not queue.table.isVisible()
    assert queue.empty.text().startswith("No open findings")
    assert not queue.open_button.isEnabled()
    w.main.lock_requested.emit()
    qtbot.waitUntil(lambda: w.workspace is None)
    _unlock(qtbot, w, "Jonas Berg")
    assert not w.main.findings_action.isEnabled()
    assert "Only therapists and supervisors" in w.main.findings_action.toolTip()
    assert w.main.cases.table.isColumnHidden(4)
    w.close()
