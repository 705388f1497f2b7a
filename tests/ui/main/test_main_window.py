"""The unlocked window: the case list, a new case, auto-lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_PASS
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def _unlock(qtbot: QtBot, w: StartWindow, who: str = "") -> None:
    if who:
        w.unlock_page.member.setText(who)
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None, w.unlock_page.error.text()


def test_case_list_filters_and_searches(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w)
    panel = w.main.cases
    assert panel.proxy.rowCount() == 5
    assert w.main.right.currentWidget() is w.main.tabs  # the first case is open
    panel.status.setCurrentIndex(panel.status.findData("active"))
    assert panel.status.currentText() == "Active"
    # statuses in words, as the Overview says them; the filter compares the code
    assert [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())] == ["Active"] * 3
    panel.status.setCurrentIndex(0)
    code = panel.proxy.index(2, 0).data()
    qtbot.keyClicks(panel.search, code)
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == code
    w.close()


def test_new_case_dialog_opens_a_case(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings,
                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.cases import new_case

    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w)
    seen = {}

    def fill(dialog: new_case.NewCaseDialog) -> int:
        dialog.code.setText("bad code!")
        dialog.open_button.click()
        seen["error"] = dialog.error.text()
        dialog.code.setText("C-2026-900")
        dialog.concerns.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.surrogates.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.open_button.click()
        return int(dialog.result())

    monkeypatch.setattr(new_case.NewCaseDialog, "exec", fill)
    w.main.new_case.trigger()
    assert seen["error"]  # a sentence, and nothing written
    assert w.main.cases.proxy.rowCount() == 6
    assert w.main.tabs.tabs[0].title.text() == "<h2>C-2026-900</h2>"
    w.close()


def test_surrogate_cannot_open_a_case(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w, "Jonas Berg")
    assert not w.main.new_case.isEnabled()
    assert "Only a therapist" in w.main.new_case.toolTip()
    w.close()


def test_idle_time_locks_and_clears_every_view(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                               settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w)
    assert w.idle.timer.isActive() and w.idle.timer.interval() == 5 * 60_000
    w.idle.timer.setInterval(50)
    w.idle.timer.start()
    qtbot.waitUntil(lambda: w.workspace is None, timeout=3000)
    assert w.stack.currentWidget() is w.unlock_page
    assert "Locked after" in w.unlock_page.error.text()
    assert w.main.cases.model.rowCount() == 0 and w.main.tabs.tabs[0].title.text() == ""
    assert w.windowTitle() == "Triad"
    w.close()


def test_case_model_passes_qt_model_tester(qtmodeltester, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_as
    from ui.cases.model import CaseTableModel, load_rows

    ws = open_as(demo_path)
    try:
        model = CaseTableModel()
        model.set_rows(load_rows(ws))
        qtmodeltester.check(model)
    finally:
        ws.close()


def test_preferences_change_auto_lock_and_appearance(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                     settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ui.main import preferences

    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w)

    def choose(dialog: preferences.PreferencesDialog) -> int:
        assert dialog.idle.value() == 5
        dialog.idle.setValue(12)
        dialog.scheme.setCurrentIndex(dialog.scheme.findData("dark"))
        return 1

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose)
    app = QApplication.instance()
    before = app.palette()  # type: ignore[union-attr]
    try:
        w.main.prefs_action.trigger()
        assert settings.idle_lock_minutes == 12 and settings.scheme == "dark"
        assert w.idle.timer.interval() == 12 * 60_000
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80  # type: ignore[union-attr]
    finally:
        app.setPalette(before)  # type: ignore[union-attr]
        w.close()


def test_lock_during_worker_job_clears_at_once_and_closes_after(qtbot: QtBot, demo_copy: Path,
                                                                settings: Settings) -> None:
    import threading

    ops = Ops()
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    with qtbot.waitSignal(w.unlocked, timeout=10_000):
        qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    ws = w.workspace
    assert ws is not None
    release = threading.Event()
    ops.run(lambda: release.wait(5), lambda _v: None, lambda _e: None)
    w.lock()
    assert w.workspace is None and w.stack.currentWidget() is w.unlock_page
    assert w.main.cases.model.rowCount() == 0
    assert ws.slot_private != b""  # the worker still holds the vault: not closed under it
    release.set()
    qtbot.waitUntil(lambda: ws.slot_private == b"", timeout=3000)
    w.close()
    ops.shutdown()


def test_case_filter_proxy_passes_qt_model_tester(qtmodeltester, qtbot: QtBot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import open_as
    from ui.cases.model import load_rows  # the app's case list, as the window builds it
    from ui.cases.panel import CaseListPanel

    ws = open_as(demo_path)
    try:
        panel = CaseListPanel()
        qtbot.addWidget(panel)
        panel.set_rows(load_rows(ws), True)
        panel.proxy.set_status("active")
        panel.search.setText("C-2026")
        qtmodeltester.check(panel.proxy)
        assert 0 < panel.proxy.rowCount() < panel.model.rowCount()
    finally:
        ws.close()


def test_enter_on_a_case_opens_what_is_due_on_it(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                  settings: Settings) -> None:
    from ui.casefile.consent.tab import ConsentTab
    from ui.casefile.sessions.tab import SessionsTab

    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    _unlock(qtbot, w)
    panel, tabs, ws = w.main.cases, w.main.tabs, w.workspace
    assert ws is not None
    due = {panel.proxy.index(r, 0).data(): panel.proxy.index(r, 3).data()
           for r in range(panel.proxy.rowCount())}
    assert due["C-2026-001"].startswith("Review debrief of ")
    assert due["C-2026-005"] == "Awaiting Jonas Berg's signature"  # issue 13: the demo's
    panel.select(next(c.case_id for c in ws.cases.list() if c.code == "C-2026-001"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    sessions = tabs.currentWidget()
    assert isinstance(sessions, SessionsTab)
    chosen = sessions.selected_session()
    assert chosen is not None and chosen.debrief is not None and not chosen.debrief.reviewed
    panel.select(next(c.case_id for c in ws.cases.list() if c.code == "C-2026-005"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert isinstance(tabs.currentWidget(), ConsentTab)
    panel.select(next(c.case_id for c in ws.cases.list() if c.code == "C-2026-002"))  # nothing due
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert isinstance(tabs.currentWidget(), ConsentTab)  # stays where it was
    w.close()


def test_a_supervisor_is_not_asked_to_review_debriefs(qtbot: QtBot, demo_path: Path, ops: Ops,
                                                      settings: Settings) -> None:
    """Issue 16: the supervisor's next-due item is their own work (a finding to sign off, a
    review to co-sign), never the therapist's review; the Findings column counts open ones."""
    w = StartWindow(ops, settings, str(demo_path))
    qtbot.addWidget(w)
    _unlock(qtbot, w, "Dr Amara Okafor")
    panel = w.main.cases
    rows = {panel.proxy.index(r, 0).data(): (panel.proxy.index(r, 3).data(),
                                             panel.proxy.index(r, 4).data())
            for r in range(panel.proxy.rowCount())}
    assert rows["C-2026-001"] == ("", "")  # the therapist's review is not theirs
    assert rows["C-2026-004"] == ("Sign off a major finding", "2 · major")
    assert not panel.table.isColumnHidden(4)
    w.close()
