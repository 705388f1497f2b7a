"""The window over a big practice (issue 18): what it builds at unlock and when a case opens
costs what is on screen. The unlock benchmark (``benchmarks/unlock.py``) found the case list
asking Qt for ~200,000 cells at 400 cases (every row measured, twice over), the whole
practice's audit and due items worked out before the window showed, and every case tab read
at each case opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from ui.casefile.tabs import CaseTabs
from ui.cases.model import load_rows
from ui.main.view import MainView
from ui.ops import Ops
from ui.widgets.fit import wrap_columns
from ui.widgets.table_model import RowsModel


class Counted(RowsModel):
    HEADERS = ("Code", "What", "When")

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked += 1
        return super().data(index, role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        return None


def test_a_long_table_measures_the_rows_in_view(qtbot: QtBot) -> None:
    model = Counted()
    table = QTableView()
    table.setModel(model)
    wrap_columns(table, 1)
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    long = "a sentence long enough to wrap in a narrow column of the table " * 2
    model.set_rows([(f"C-{n:04d}", long if n % 7 == 0 else "short", "2026-11-23")
                    for n in range(2000)])
    qtbot.wait(20)
    # ResizeToContents on both headers asked for every cell of every row, several roles
    # each, on each reset and resize: ~100,000 calls for these 2,000 rows
    assert model.asked < 8000, model.asked
    width = table.horizontalHeader()
    assert width.sectionSize(0) >= table.sizeHintForIndex(model.index(1999, 0)).width()
    for row in (0, 7, 14):  # in view, and tall enough for their wrapped text
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    table.scrollToBottom()  # rows coming into view are measured before they are painted
    assert table.rowHeight(1995) >= table.sizeHintForRow(1995)
    assert table.rowHeight(1995) > table.rowHeight(1996)


def test_a_hidden_case_tab_reads_its_case_when_shown(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path)
    try:
        tabs = CaseTabs(Ops(synchronous=True))
        tabs.lazy = True  # as with the app's worker
        qtbot.addWidget(tabs)
        case = ws.cases.list()[0].case_id
        sessions = tabs.tabs[tabs.icon_names.index("sessions")]
        overview = tabs.tabs[tabs.icon_names.index("overview")]
        tabs.show_case(ws, case)
        assert overview.case_id == case and sessions.case_id == ""  # not read yet
        tabs.setCurrentWidget(sessions)
        assert sessions.case_id == case and sessions.model.rowCount() > 0
        tabs.setCurrentWidget(overview)
        other = ws.cases.list()[1].case_id
        tabs.show_case(ws, other)
        assert sessions.case_id == case  # still the previous case, not shown
        tabs.go_to("sessions", "")
        assert sessions.case_id == other
        tabs.clear()
        assert all(t.case_id == "" for t in tabs.tabs)
    finally:
        ws.close()


def test_the_case_list_shows_before_what_is_due_is_read(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path)
    ops = Ops()  # the app's worker thread
    view = MainView(ops)
    qtbot.addWidget(view)
    try:
        view.set_workspace(ws)
        panel = view.cases
        expected = load_rows(ws)
        # at once: every case with its code, status and phase; what is due and the findings
        # are being read on the worker ("…")
        assert panel.proxy.rowCount() == len(expected) and panel.reading()
        first = panel.proxy.index(0, 0)
        assert panel.proxy.index(0, 3).data() == "…"
        assert "Reading what is due" in str(panel.proxy.index(0, 3).data(Qt.ItemDataRole.ToolTipRole))
        assert first.data() == expected[0].code
        qtbot.waitUntil(lambda: not panel.reading(), timeout=10_000)
        assert [r.due for r in panel.model.rows] == [r.due for r in expected]
        assert [r.findings for r in panel.model.rows] == [r.findings for r in expected]
        # a reload keeps what was read on screen until it is read again: no "…" any more
        view.reload_cases()
        assert panel.reading() and panel.model.rows[0].due == expected[0].due
        assert panel.proxy.index(0, 3).data() != "…"
        qtbot.waitUntil(lambda: not panel.reading(), timeout=10_000)
    finally:
        view.clear()
        ops.shutdown()
        ws.close()


def test_the_case_list_keeps_the_order_chosen_across_reloads(qtbot: QtBot, demo_path: Path) -> None:
    # rows come in code order and are no longer re-sorted by Qt on every reset (~17,000
    # cells asked at 1,000 cases): another order chosen is applied again after a reload
    ws = open_as(demo_path)
    view = MainView(Ops(synchronous=True))
    qtbot.addWidget(view)
    try:
        view.set_workspace(ws)
        panel = view.cases

        def column(n: int) -> list[str]:
            return [str(panel.proxy.index(r, n).data()) for r in range(panel.proxy.rowCount())]

        assert column(0) == sorted(column(0))
        panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.reload_cases()
        assert column(0) == sorted(column(0), reverse=True)
        panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        view.reload_cases()
        assert column(1) == sorted(column(1))
        # back to code order: the rows' own order, so the proxy does not sort them at all on
        # the next reset (it still sorted them by code: ~14,000 cells at 1,000 cases)
        panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.reload_cases()
        assert column(0) == sorted(column(0)) and panel.proxy.sortColumn() == -1
        assert panel.table.horizontalHeader().sortIndicatorSection() == 0
    finally:
        view.clear()
        ws.close()
