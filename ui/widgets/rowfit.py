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

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

WIDEST = 4  # texts measured exactly per column: the widest by font metrics (ties of fonts)
AHEAD = 1.0  # screenfuls measured beyond the rows in view
IN_VIEW_FIRST = 200  # rows from which columns are fitted to the rows in view before a paint
IN_VIEW_GUESS = 40  # rows taken as in view before the table's first layout
SLACK = 2  # px: a text as wide as its cell's room, to the pixel, may still wrap (fractions)


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
        self._widths: dict[str, int] = {}  # texts' widths in the table's font (``_width``)
        self._all_rows_due = False  # a long table's full fit waits for the next paint
        self._text_margin = -1  # px beside a cell's text (``_margin``), once the style is known
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
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._widths.clear()  # measured in the old font
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
        rows_of: dict[str, list[int]] = {}
        for n, row in enumerate(source.rows):
            rows_of.setdefault(str(source.cell(row, column, display) or ""), []).append(n)
        # Measured longest first; a text of n characters is at most n times the widest of the
        # column's characters, so once that bound falls below the WIDEST-th width found the
        # rest cannot be wider (codes of one length are all measured, once: widths are kept).
        widest_char = max((self._width(c) for c in set("".join(rows_of))), default=0)
        found: list[tuple[int, QModelIndex]] = []
        for text in sorted(rows_of, key=len, reverse=True):
            full = len(found) >= WIDEST
            if full and len(text) * widest_char < found[-1][0]:
                break
            wide = self._width(text)
            if full and wide <= found[-1][0]:
                continue
            for n in rows_of[text]:  # a row the proxy shows (the view's index of it)
                index = source.index(n, column)
                if proxy is not None:
                    index = proxy.mapFromSource(index)
                if index.isValid():
                    found.append((wide, index))
                    found.sort(key=lambda f: -f[0])
                    del found[WIDEST:]
                    break
        return [index for _w, index in found]

    def _width(self, text: str) -> int:
        """``text``'s width in the table's font, kept: the same texts come back at every fit
        (forgotten when the font changes: ``eventFilter``)."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.table.fontMetrics().horizontalAdvance(text)
        return width

    def _fit_columns(self) -> None:
        """Each column as wide as its header and widest text. A long table (``IN_VIEW_FIRST``
        rows or more) is fitted to the rows in view first -- its columns only widen then --
        and to every row once that paint is on screen (an unlock of 1,000 cases shows its
        list first; nobody scrolls in between)."""
        table = self.table
        model = table.model()
        if model.rowCount() < IN_VIEW_FIRST:
            self._fit_columns_to(self._widest, grow_only=False)
            return
        in_view = self._rows_in_view()
        self._fit_columns_to(lambda column: self._widest_of(column, in_view), grow_only=True)
        if not self._all_rows_due:
            from ui.widgets.firstpaint import after_paint

            self._all_rows_due = True
            after_paint(table.viewport(), self._fit_all_rows)

    def _fit_all_rows(self) -> None:
        self._all_rows_due = False
        if self.table.model() is not None and self.table.isVisible():
            self._fit_columns_to(self._widest, grow_only=False)

    def _fit_columns_to(self, indexes: Callable[[int], list[QModelIndex]],
                        grow_only: bool) -> None:
        table, header = self.table, self.table.horizontalHeader()
        grid = 1 if table.showGrid() else 0  # the grid line is inside the section (as Qt's
        for column in range(table.model().columnCount()):  # own sizeHintForColumn counts it)
            if column in self.wrapping or table.isColumnHidden(column):
                continue
            width = header.sectionSizeFromContents(column).width()
            if grow_only:
                width = max(width, header.sectionSize(column))
            for index in indexes(column):
                width = max(width, table.sizeHintForIndex(index).width() + grid)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _widest_of(self, column: int, rows: list[int]) -> list[QModelIndex]:
        """The view's indexes of ``column`` in ``rows`` holding their widest texts."""
        model = self.table.model()
        source, proxy = _rows_model(model)
        indexes = [model.index(row, column) for row in rows]
        if source is None:
            return indexes
        display, measured = Qt.ItemDataRole.DisplayRole, []
        for index in indexes:
            n = _source_row(index, proxy)
            if 0 <= n < len(source.rows):
                text = str(source.cell(source.rows[n], column, display) or "")
                measured.append((self._width(text), index))
        measured.sort(key=lambda m: -m[0])
        return [index for _w, index in measured[:WIDEST]]

    def _rows_in_view(self) -> list[int]:
        """The view rows on screen now (a first screenful before the first layout)."""
        vertical = self.table.verticalHeader()
        rows = self.table.model().rowCount()
        first = max(0, vertical.visualIndexAt(0))
        last = vertical.visualIndexAt(self.table.viewport().height())
        last = last if last >= first else first + IN_VIEW_GUESS
        return list(range(first, min(rows, last + 1)))

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
        one_line = vertical.defaultSectionSize()
        source, proxy = _rows_model(table.model())
        while row < rows and used < budget:
            if row not in self._measured:
                self._measured.add(row)
                if source is not None and self._on_one_line(source, proxy, row):
                    needed = one_line  # every text fits its column: no need to ask Qt
                else:
                    needed = table.sizeHintForRow(row)
                if needed > 0 and vertical.sectionSize(row) != needed:
                    vertical.resizeSection(row, needed)
            used += vertical.sectionSize(row)
            row += 1

    def _on_one_line(self, source: Any, proxy: QSortFilterProxyModel | None, row: int) -> bool:
        """Whether view ``row`` of a ``RowsModel`` needs one line only: no text has a line
        break and each text is narrower than its column with room to spare for the cell's
        margins, so its height is the first rows' one line."""
        n = _source_row(self.table.model().index(row, 0), proxy)
        if not 0 <= n < len(source.rows):
            return False
        record, header = source.rows[n], self.table.horizontalHeader()
        display = Qt.ItemDataRole.DisplayRole
        margin = self._margin()
        for column in range(source.columnCount()):
            text = str(source.cell(record, column, display) or "")
            if "\n" in text:
                return False
            if text and self._width(text) + margin > header.sectionSize(column) and \
                    not self.table.isColumnHidden(column):
                return False  # Qt may wrap it (a fitted column too, by a pixel or two)
        return True

    def _margin(self) -> int:
        """Room beside a cell's text before Qt wraps it: the delegate's text margins (the
        style's focus frame margin and a pixel, each side) and ``SLACK`` for fractional widths."""
        if self._text_margin < 0:
            style = self.table.style()
            frame = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
            self._text_margin = 2 * (frame + 1) + SLACK
        return self._text_margin

    def _one_line(self) -> int:
        """The height a row is given until it is measured: the least of the first rows'
        (usually one line; a taller guess is never a cut)."""
        table = self.table
        heights = [table.sizeHintForRow(row) for row in range(min(5, table.model().rowCount()))]
        return min((h for h in heights if h > 0), default=table.fontMetrics().height() + 6)


def _source_row(index: QModelIndex, proxy: QSortFilterProxyModel | None) -> int:
    """The row under the view's ``index`` in the ``RowsModel`` (``_rows_model``)."""
    return proxy.mapToSource(index).row() if proxy is not None else index.row()


def _rows_model(model: Any) -> tuple[Any, QSortFilterProxyModel | None]:
    """The ``RowsModel`` under ``model`` (itself, or the source of one sort/filter proxy) and
    the proxy; (None, None) for other models."""
    from ui.widgets.table_model import RowsModel

    proxy = model if isinstance(model, QSortFilterProxyModel) else None
    source = proxy.sourceModel() if proxy is not None else model
    return (source, proxy) if isinstance(source, RowsModel) else (None, None)


__all__ = ["TableFitter"]
