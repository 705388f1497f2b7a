"""The main window on a 1366x768 laptop (issue 15): the report preview fills the Reports tab
at fit-to-width, and no column of the case list, the members table, the session flags or the
plan's phases is cut short."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from tests.ui.main.test_walkthrough import _pick, _window
from triad import demo
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow

LAPTOP = (1366, 768 - 100)
CODES = ("C-2026-001", "C-2026-002", "C-2026-003", "C-2026-004", "C-2026-005")  # the window's room on a 1366x768 screen with a title bar and taskbar


def _laptop(qtbot: QtBot, path: Path, ops: Ops, settings: Settings, who: str) -> StartWindow:
    w = _window(qtbot, path, ops, settings, who)
    w.resize(*LAPTOP)
    qtbot.wait(20)
    return w


def _tab_of(w: StartWindow, kind: type) -> object:
    tab = next(t for t in w.main.tabs.tabs if isinstance(t, kind))
    w.main.tabs.setCurrentWidget(tab)
    return tab


def test_the_report_preview_fills_the_tab_at_fit_to_width(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    from ui.casefile.reports.tab import ReportsTab

    w = _laptop(qtbot, demo_path, ops, settings, demo.THERAPIST)
    _pick(w, "C-2026-001")
    tab = _tab_of(w, ReportsTab)
    assert isinstance(tab, ReportsTab)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview.page_count() > 0)
    qtbot.wait(20)
    view = tab.preview.view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and tab.preview.fit_width.isChecked()
    # the page is shown as wide as the window allows: most of the tab, not a ~360-px strip
    assert view.viewport().width() >= 0.7 * tab.width(), (view.viewport().width(), tab.width())
    assert view.viewport().width() >= 600
    assert not tab.generate.isVisible()  # the options step aside; one click brings them back
    qtbot.mouseClick(tab.options_button, Qt.MouseButton.LeftButton)
    assert tab.generate.isVisible() and view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    w.close()


def elided(table: QTableView) -> list[str]:
    """What of ``table`` a person cannot read without widening it: the visible columns whose
    header or cell text is wider than the column (unless the column wraps its text and the rows
    are tall enough for it once scrolled into view), and the table itself when it is wider
    than its view."""
    header = table.horizontalHeader()
    model = table.model()
    cut: list[str] = []
    for col in range(model.columnCount()):
        if table.isColumnHidden(col):
            continue
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        width = header.sectionSize(col)
        wraps = table.wordWrap() and header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch
        needed = header.sectionSizeFromContents(col).width()
        cells = 0  # a cell's text needs its size hint and the grid line beside it (as Qt's own
        grid = 1 if table.showGrid() else 0  # sizeHintForColumn counts it)
        for row in range(model.rowCount()):
            if wraps:
                # as a person sees it: rows are measured as they come into view (issue 18)
                table.scrollTo(model.index(row, col))
                if table.rowHeight(row) < table.sizeHintForRow(row):
                    cut.append(f"{title}: row {row} ({table.rowHeight(row)} < "
                               f"{table.sizeHintForRow(row)} px high)")
                    break
            else:
                cells = max(cells, table.sizeHintForIndex(model.index(row, col)).width() + grid)
        if needed > width + 1 or cells > width:
            cut.append(f"{title} ({width} < {max(needed, cells)})")
    if header.length() > table.viewport().width() + 1:
        cut.append(f"the table ({header.length()} px in a {table.viewport().width()}-px view)")
    return cut


def settled(qtbot: QtBot, table: QTableView) -> list[str]:
    """``elided(table)`` once the table's layout has settled (rows follow their columns a
    moment after a case is picked): what is still cut short after a short while."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: elided(table) == [], timeout=300)
    return elided(table)


@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_column_of_the_case_list_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    assert settled(qtbot, w.main.cases.table) == []
    if w.main.cases.show_names.isVisibleTo(w):  # the therapist's list can show names too
        w.main.cases.show_names.setChecked(True)
        assert settled(qtbot, w.main.cases.table) == []
    w.close()


@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SURROGATES[0], demo.SUPERVISOR])
def test_no_column_of_any_case_tab_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    found = {}
    panel = w.main.cases
    for row in range(panel.proxy.rowCount()):
        code = str(panel.proxy.index(row, 0).data())
        _pick(w, code)
        for i in range(w.main.tabs.count()):
            w.main.tabs.setCurrentIndex(i)
            tab = w.main.tabs.widget(i)
            inner = tab.findChild(QTabWidget)
            for j in range(inner.count() if inner is not None else 1):
                if inner is not None:
                    inner.setCurrentIndex(j)
                qtbot.wait(10)
                for table in tab.findChildren(QTableView):
                    if table.isVisibleTo(tab) and table.model() is not None:
                        cut = settled(qtbot, table)
                        if cut:
                            found[f"{code} {w.main.tabs.tabText(i)}: {table.accessibleName()}"] = cut
    assert found == {}
    w.close()


def test_no_column_of_the_members_table_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings) -> None:
    from ui.practice.dialog import PracticeDialog

    w = _laptop(qtbot, demo_path, ops, settings, demo.THERAPIST)
    assert w.workspace is not None
    d = PracticeDialog(w.workspace, ops, str(demo_path), w)
    qtbot.addWidget(d)
    d.show()
    qtbot.wait(20)
    tables = [t for t in d.findChildren(QTableView) if t.isVisibleTo(d)]
    assert tables
    assert {t.accessibleName(): elided(t) for t in tables} == {t.accessibleName(): [] for t in tables}
    d.close()
    w.close()


@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SURROGATES[0], demo.SUPERVISOR])
def test_no_value_of_the_overview_client_panel_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    """The Overview's client panel scrolls rather than squeeze a row: once the legal basis
    rows made it taller than its room on a laptop, the capacity's wrapped note showed two of
    its four lines (ui.widgets.fit.WrapScroll)."""
    from ui.casefile.overview.tab import OverviewTab

    w = _laptop(qtbot, demo_path, ops, settings, who)
    panel = w.main.cases
    for row in range(panel.proxy.rowCount()):
        code = str(panel.proxy.index(row, 0).data())
        _pick(w, code)
        tab = _tab_of(w, OverviewTab)
        assert isinstance(tab, OverviewTab)

        def cut(code: str = code, tab: OverviewTab = tab) -> list[str]:
            return [f"{code} {key}: {label.height()} < {label.heightForWidth(label.width())} px"
                    for key, label in tab.fields.items()
                    if label.isVisibleTo(w) and label.text()
                    and label.height() < label.heightForWidth(label.width())]

        with contextlib.suppress(TimeoutError):  # the panel settles a moment after the pick
            qtbot.waitUntil(lambda: cut() == [], timeout=500)
        assert cut() == []
    w.close()
