"""The Records window (issue 17), Preferences' retention settings and the Overview's
retention line, driven as a person would: the clock moved, Dispose… for the therapist,
Authorise disposal… for the supervisor, the register and its PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.core.practice import Practice, make_practice
from ui.casefile.overview.tab import OverviewTab
from ui.main.preferences import PreferencesDialog
from ui.records import dialog as records
from ui.records.dialog import ReasonDialog, RecordsDialog


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v")
    practice.t.cases.change_status(practice.case, "closing", at="2026-03-19T09:00")
    practice.t.cases.change_status(practice.case, "closed", "Goals met", at="2026-03-20T09:00")
    yield practice
    practice.close()


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)


def test_the_closed_case_its_retention_and_an_early_disposal(
        qtbot: QtBot, qtmodeltester, p: Practice, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    p.t.clock = p.v.clock = lambda: at("2027-01-10")
    code = p.t.cases.get(p.case).code
    d = RecordsDialog(p.t)
    qtbot.addWidget(d)
    qtmodeltester.check(d.model)
    assert d.model.rowCount() == 1
    row = [d.model.index(0, c).data() for c in range(5)]
    assert row == [code, "2026-03-20", "2026-03-20", "2033-03-20", "kept"]
    assert "kept 7 years" in d.settings.text() and "defaults" in d.settings.text()
    assert d.dispose.isVisible() is False or not d.dispose.isEnabled()
    assert not d.dispose.isEnabled() and "authorise" in d.dispose.toolTip()
    assert d.authorise.isHidden()  # the supervisor's button
    # the supervisor authorises, with a reason typed into the reason dialog
    v = RecordsDialog(p.v)
    qtbot.addWidget(v)
    assert v.authorise.isEnabled() and v.dispose.isHidden()
    monkeypatch.setattr(records.dialogs, "info", lambda *a: None)

    def type_reason(dialog: ReasonDialog) -> int:
        assert not dialog.ok.isEnabled()  # no reason, no OK
        dialog.reason.setPlainText("No legal hold; the client asked for erasure")
        assert dialog.ok.isEnabled()
        return 1

    monkeypatch.setattr(ReasonDialog, "exec", type_reason)
    assert v.authorise_selected()
    d.reload()
    assert d.dispose.isEnabled(), d.dispose.toolTip()
    asked: list[str] = []
    monkeypatch.setattr(records.dialogs, "confirm", lambda _w, q, _a: asked.append(q) or True)
    with qtbot.waitSignal(d.disposed) as done:
        assert d.dispose_selected("Client asked for erasure")
    assert done.args == [p.case]
    assert "for good" in asked[0] and code in asked[0]
    assert d.model.rowCount() == 0 and "No case is closed" in d.empty.text()
    qtmodeltester.check(d.register_model)
    line = [d.register_model.index(0, c).data() for c in range(8)]
    assert line[0] == code and line[3] == "2033-03-20" and line[4] == "2027-01-10"
    assert "authorised by Vera" in line[6] and line[7] == "none recorded"
    pdf = tmp_path / "register.pdf"
    assert d.save_register(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_refused_confirmation_changes_nothing(qtbot: QtBot, p: Practice,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    p.t.clock = lambda: at("2033-03-20")
    d = RecordsDialog(p.t)
    qtbot.addWidget(d)
    assert d.model.index(0, 4).data() == "ended: may be disposed of"
    assert d.dispose.isEnabled()
    monkeypatch.setattr(records.dialogs, "confirm", lambda *a: False)
    assert not d.dispose_selected("Retention period ended")
    assert p.t.cases.get(p.case).status == "closed"


def test_preferences_set_the_practices_retention(qtbot: QtBot, p: Practice) -> None:
    dialog = PreferencesDialog(5, "system", None, p.t)
    qtbot.addWidget(dialog)
    box = dialog.retention
    assert box is not None and box.years.value() == 7 and box.minor_years.value() == 3
    box.years.setValue(10)
    box.note.setText("Germany, §630f BGB")
    assert box.apply() is None
    assert (p.t.retention.settings().years, p.t.retention.settings().note) == (
        10, "Germany, §630f BGB")
    read_only = PreferencesDialog(5, "system", None, p.v)
    qtbot.addWidget(read_only)
    assert read_only.retention is not None and not read_only.retention.years.isEnabled()


def test_the_overview_shows_when_a_closed_case_is_kept_until(qtbot: QtBot, p: Practice) -> None:
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_case(p.t, p.case)
    assert "Kept until 2033-03-20" in tab.status.text()
    p.t.clock = lambda: at("2033-04-01")
    tab.show_case(p.t, p.case)
    assert "Retention ended on 2033-03-20" in tab.status.text()


def test_the_window_opens_records_with_its_shortcut(qtbot: QtBot, p: Practice,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main.view import MainView

    opened: list[RecordsDialog] = []
    monkeypatch.setattr(RecordsDialog, "exec", lambda self: opened.append(self) or 0)
    w = MainView()
    qtbot.addWidget(w)
    w.set_workspace(p.t)
    w.show()
    # the window's own action holds the shortcut (no focus race with other test windows)
    assert w.records_action.shortcut().toString() == "Ctrl+Shift+R"
    assert w.records_action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
    w.records_action.trigger()
    assert opened and opened[0].model.rowCount() == 1
    w.clear()


def test_the_window_lets_go_of_a_disposed_case(qtbot: QtBot, p: Practice,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The case shown in the tabs is disposed of: the window shows no case and its list no
    longer holds it, with no error from a tab still holding it."""
    from ui.main.view import MainView

    p.t.clock = lambda: at("2033-03-20")
    w = MainView()
    qtbot.addWidget(w)
    w.set_workspace(p.t)
    w.show()
    w.cases.select(p.case)
    w.tabs.setCurrentIndex(w.tabs.count() - 1)  # the Reports tab reads the case on changes
    monkeypatch.setattr(records.dialogs, "confirm", lambda *a: True)
    d = RecordsDialog(p.t, w)
    qtbot.addWidget(d)
    d.disposed.connect(w.case_disposed)
    assert d.dispose_selected("Retention period ended")
    assert w.cases.model.rowCount() == 0
    assert w.right.currentWidget() is w.nothing
    w.clear()
