"""The table fitter's shortcuts (ui/widgets/rowfit.py, issue 18) give what Qt's own measuring
gives: no column narrower than its widest text, no row lower than its cells need."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
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
        # a long table: the rows in view first, every row once that paint is on screen
        def fitted(table: QTableView = table, wide: QModelIndex = wide) -> bool:
            return table.columnWidth(0) >= table.sizeHintForIndex(wide).width()

        qtbot.waitUntil(fitted, timeout=2_000)
        assert all(table.columnWidth(0) >= table.sizeHintForIndex(model.index(r, 0)).width()
                   for r in range(0, len(rows), 37))


def test_rows_whose_text_wraps_are_measured_and_the_rest_get_one_line(qtbot: QtBot) -> None:
    long = " ".join(["a note that runs on"] * 12)
    table = _table(qtbot, [("A-1", "short"), ("A-2", long), ("A-3", "")])
    assert table.rowHeight(1) >= table.sizeHintForRow(1) > table.rowHeight(0)
    assert table.rowHeight(0) >= table.sizeHintForRow(0)
    assert table.rowHeight(2) >= table.sizeHintForRow(2)


def test_a_long_table_is_fitted_to_the_rows_in_view_before_its_first_paint(
        qtbot: QtBot) -> None:
    """300 rows: before the first paint the columns fit the rows in view (the wide text far
    below is not measured yet); right after it, every row."""
    rows = [(f"A-{n:03}", "") for n in range(300)] + [("W" * 30, "")]
    model = Texts()
    model.set_rows(rows)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(700, 400)
    wrap_columns(table, 1)
    first = table.sizeHintForIndex(model.index(0, 0)).width()
    wide = table.sizeHintForIndex(model.index(300, 0)).width()
    painted: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(table.columnWidth(0))
            return False

    watch = Watch(table)
    table.viewport().installEventFilter(watch)
    table.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=2_000)
    assert first <= painted[0] < wide  # the first paint: the rows in view
    qtbot.waitUntil(lambda: table.columnWidth(0) >= wide, timeout=2_000)  # then all of them



def test_texts_are_measured_again_in_a_new_font(qtbot: QtBot) -> None:
    """Widths are kept per text: a larger font makes them stale. A note that fitted one line
    in the old font needs two in a font twice the size, and its row grows."""
    table = _table(qtbot, [("A-1", "x")])
    room = table.columnWidth(1)
    words: list[str] = []
    while table.fontMetrics().horizontalAdvance(" ".join([*words, "note"])) < room * 0.6:
        words.append("note")
    note = " ".join(words)
    model = table.model()
    assert isinstance(model, Texts)
    model.set_rows([("A-1", "x"), ("A-2", note)])  # a row of one line beside it
    qtbot.wait(20)
    one_line = table.rowHeight(1)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    model.set_rows([("A-1", "x"), ("A-2", note)])  # the same texts again
    qtbot.wait(20)
    assert table.fontMetrics().horizontalAdvance(note) > table.columnWidth(1)  # two lines now
    assert table.rowHeight(1) >= table.sizeHintForRow(1) > one_line
