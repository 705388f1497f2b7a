"""Columns and rows of a table that never cut their text short, measured at the cost of what is
in view (issue 18).

Qt's ``ResizeToContents`` on both headers asks the model for every cell of every row, several
roles each, on every reset, resize and sort: for the case list of a 1,000-case practice that
was ~200,000 calls into Python at unlock. ``TableFitter`` gives the same result (each column as
wide as its header and widest cell, the wrapping columns sharing what is left, each row as tall
as its cells need) with far fewer questions:

* a non-wrapping column's width: the display text of each row is read once per change of the
  data (straight from a ``RowsModel``'s rows, without Qt in between, when the table shows one),
  the few widest texts (by font metrics) are measured exactly by the view
  (``sizeHintForIndex``);
* a row's height: measured exactly (``sizeHintForRow``) for the rows in view and a screenful
  beyond, again when a column's width changes, and for the rows a scroll brings into view
  before they are painted; rows never seen keep the height of a first row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

if TYPE_CHECKING:
    from collections.abc import Callable

WIDEST = 4  # texts measured exactly per column: the widest by font metrics (ties of fonts)
AHEAD = 1.0  # screenfuls measured beyond the rows in view


class TableFitter(QObject):
    """Keeps ``table``'s columns and rows fitted to their text; ``wrapping`` columns stretch
    and wrap. Made by ``ui.widgets.fit.wrap_columns``."""

    def __init__(self, table: QTableView, wrapping: tuple[int, ...]) -> None:
        super().__init__(table)
        self.setObjectName("fit-table")
        self.table = table
        self.wrapping = wrapping
        self._columns_due = True
        self._measured: set[int] = set()  # view rows measured since the last change
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column in wrapping:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header.sectionResized.connect(self._width_changed)
        # rows coming into view are measured before they are painted
        table.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_rows())
        self._model: Any = None
        table.installEventFilter(self)
        self.watch()

    def set_wrapping(self, wrapping: tuple[int, ...]) -> None:
        header = self.table.horizontalHeader()
        self.wrapping = wrapping
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in wrapping
                                        else QHeaderView.ResizeMode.Fixed)
        self.data_changed()

    def watch(self) -> None:
        """Follow the table's model (call again after ``setModel``)."""
        model = self.table.model()
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.columnsInserted,
                       model.columnsRemoved):
            signal.connect(self.data_changed)
        self.data_changed()

    def data_changed(self, *_args: object) -> None:
        self._columns_due = True
        self._measured.clear()
        if not self.table.isVisible():  # fitted when it is shown
            return
        # The first change of a burst (a reset, then the proxy's sort...) is fitted at once,
        # before the next paint; the burst's end once more, when the view has settled.
        if not self._timer.isActive():
            self.fit()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show and (
                self._columns_due or not self._measured):
            self.fit()
            self._timer.start()
        return False

    def _width_changed(self, column: int, _old: int, _new: int) -> None:
        if column in self.wrapping:  # a wrapping column narrowed or widened: rows re-measured
            self._measured.clear()
        self._timer.start()

    # -- measuring --
    def fit(self) -> None:
        model = self.table.model()
        if model is None or not self.table.isVisible():
            return
        if model is not self._model:  # a model set after wrap_columns
            self.watch()
            return
        if self._columns_due:
            self._columns_due = False
            self._fit_columns()
        self._fit_rows()

    def _texts(self, column: int) -> list[tuple[str, int]]:
        """(display text, view row) of every row of ``column``."""
        model = self.table.model()
        rows = model.rowCount()
        cell = _fast_cell(model)
        if cell is not None:
            return [(cell(row, column), row) for row in range(rows)]
        return [(str(model.index(row, column).data() or ""), row) for row in range(rows)]

    def _fit_columns(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        metrics = table.fontMetrics()
        for column in range(model.columnCount()):
            if column in self.wrapping or table.isColumnHidden(column):
                continue
            widest = sorted(self._texts(column), key=lambda t: -metrics.horizontalAdvance(t[0]))
            width = header.sectionSizeFromContents(column).width()
            for _text, row in widest[:WIDEST]:
                width = max(width, table.sizeHintForIndex(model.index(row, column)).width())
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _fit_rows(self) -> None:
        table, vertical = self.table, self.table.verticalHeader()
        rows = table.model().rowCount()
        if not rows:
            return
        if not self._measured:
            vertical.setDefaultSectionSize(self._one_line())
        height = max(table.viewport().height(), 400)
        first = max(0, vertical.visualIndexAt(0))
        budget = int(height * (1 + AHEAD))
        row, used = first, 0
        while row < rows and used < budget:
            if row not in self._measured:
                self._measured.add(row)
                needed = table.sizeHintForRow(row)
                if needed > 0 and vertical.sectionSize(row) != needed:
                    vertical.resizeSection(row, needed)
            used += vertical.sectionSize(row)
            row += 1

    def _one_line(self) -> int:
        """The height a row is given until it is measured: the least of the first rows'
        (usually one line; a taller guess is never a cut)."""
        table = self.table
        heights = [table.sizeHintForRow(row) for row in range(min(5, table.model().rowCount()))]
        return min((h for h in heights if h > 0), default=table.fontMetrics().height() + 6)


def _fast_cell(model: Any) -> Callable[[int, int], str] | None:
    """Read a ``RowsModel``'s display text without going through Qt (through one sort/filter
    proxy too); None for other models."""
    from ui.widgets.table_model import RowsModel

    proxy = model if isinstance(model, QSortFilterProxyModel) else None
    source = proxy.sourceModel() if proxy is not None else model
    if not isinstance(source, RowsModel):
        return None
    display = Qt.ItemDataRole.DisplayRole
    rows = source.rows

    if proxy is None:
        def cell(row: int, column: int) -> str:
            return str(source.cell(rows[row], column, display) or "")
        return cell

    def mapped(row: int, column: int) -> str:
        source_row = proxy.mapToSource(proxy.index(row, column)).row()
        return str(source.cell(rows[source_row], column, display) or "") if source_row >= 0 else ""
    return mapped


__all__ = ["TableFitter"]
