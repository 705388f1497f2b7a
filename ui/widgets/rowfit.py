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

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

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
        self._burst = QTimer(self)  # a burst of model changes: fitted at its start and end
        self._burst.setSingleShot(True)
        self._burst.setInterval(0)
        self._burst.timeout.connect(self.fit)
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
        if not self._burst.isActive():
            self.fit()
        self._burst.start()

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

    def _widest(self, column: int) -> list[QModelIndex]:
        """The view's indexes of ``column`` holding its widest texts (by font metrics)."""
        model = self.table.model()
        metrics = self.table.fontMetrics()
        source, proxy = _rows_model(model)
        if source is None:  # any other model: ask Qt for each row's text
            texts = [(str(model.index(r, column).data() or ""), r) for r in range(model.rowCount())]
            texts.sort(key=lambda t: -metrics.horizontalAdvance(t[0]))
            return [model.index(r, column) for _t, r in texts[:WIDEST]]
        # a RowsModel (behind at most one sort/filter proxy): its rows read straight from
        # Python, all of them (a row filtered out may come back: the column stays wide enough)
        display = Qt.ItemDataRole.DisplayRole
        texts = [(str(source.cell(row, column, display) or ""), n) for n, row in enumerate(source.rows)]
        texts.sort(key=lambda t: -metrics.horizontalAdvance(t[0]))
        found = []
        for _text, n in texts:
            index = source.index(n, column)
            if proxy is not None:
                index = proxy.mapFromSource(index)
            if index.isValid():
                found.append(index)
                if len(found) == WIDEST:
                    break
        return found

    def _fit_columns(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        model = table.model()
        for column in range(model.columnCount()):
            if column in self.wrapping or table.isColumnHidden(column):
                continue
            width = header.sectionSizeFromContents(column).width()
            for index in self._widest(column):
                width = max(width, table.sizeHintForIndex(index).width())
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


def _rows_model(model: Any) -> tuple[Any, QSortFilterProxyModel | None]:
    """The ``RowsModel`` under ``model`` (itself, or the source of one sort/filter proxy) and
    the proxy; (None, None) for other models."""
    from ui.widgets.table_model import RowsModel

    proxy = model if isinstance(model, QSortFilterProxyModel) else None
    source = proxy.sourceModel() if proxy is not None else model
    return (source, proxy) if isinstance(source, RowsModel) else (None, None)


__all__ = ["TableFitter"]
