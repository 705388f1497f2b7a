"""The table fitter's shortcuts (ui/widgets/rowfit.py, issue 18) give what Qt's own measuring
gives: no column narrower than its widest text, no row lower than its cells need."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.widgets.fit import wrap_columns
from ui.widgets.table_model import RowsModel


class Texts(RowsModel):
    HEADERS = ("Code", "Note")

    def cell(self, row: Any, column: int, role: int) -> Any:
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


def _table(qtbot: QtBot, rows: list[tuple[str, str]], proxy: bool = False) -> QTableView:
    model = Texts()
    model.set_rows(rows)
    table = QTableView()
    qtbot.addWidget(table)
    if proxy:
        sorter = QSortFilterProxyModel(table)
        sorter.setSourceModel(model)
        table.setModel(sorter)
    else:
        table.setModel(model)
    table.resize(700, 500)
    wrap_columns(table, 1)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(20)
    return table


def test_a_short_but_wide_text_among_many_long_narrow_ones_sets_the_width(qtbot: QtBot) -> None:
    """Fewer characters can be wider ("WWWWWWW" against "iiiiiiiiiiii..."): the texts are
    measured longest first only while a longer one could still be wider."""
    rows = [("i" * 14 + f"{n:03}", "") for n in range(300)] + [("W" * 9, "")]
    for proxy in (False, True):
        table = _table(qtbot, rows, proxy)
        model = table.model()
        wide = model.index(len(rows) - 1, 0)
        assert table.fontMetrics().horizontalAdvance("W" * 9) > \
            table.fontMetrics().horizontalAdvance("i" * 14 + "000")
        assert table.columnWidth(0) >= table.sizeHintForIndex(wide).width()
        assert all(table.columnWidth(0) >= table.sizeHintForIndex(model.index(r, 0)).width()
                   for r in range(0, len(rows), 37))


def test_rows_whose_text_wraps_are_measured_and_the_rest_get_one_line(qtbot: QtBot) -> None:
    long = " ".join(["a note that runs on"] * 12)
    table = _table(qtbot, [("A-1", "short"), ("A-2", long), ("A-3", "")])
    assert table.rowHeight(1) >= table.sizeHintForRow(1) > table.rowHeight(0)
    assert table.rowHeight(0) >= table.sizeHintForRow(0)
    assert table.rowHeight(2) >= table.sizeHintForRow(2)
