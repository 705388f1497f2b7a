"""The case list: filter by status, search by code, phase, presenting concern and (a
therapist's) client legal name; Ctrl+F focuses the search; Show names adds the legal name
beside the code (Names in list; off by default: screens get shared). Keyboard-selectable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import STATUSES
from ui.casefile.overview.dialogs import status_words
from ui.cases.model import SEARCH, SORT, STATUS, CaseRow, CaseTableModel
from ui.widgets.fit import wrap_columns
from ui.widgets.keys import FIND_KEY, NEW_CASE_KEY, with_key
from ui.widgets.table_model import Index

PHASE_COLUMN = 2  # the phase's title: words that wrap
DUE_COLUMN = 3  # "Next due" (CaseTableModel.HEADERS): the Findings column after it stays short


class CaseFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status = ""
        self.text = ""  # the search, as typed (the filter's pattern is escaped)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT)  # Next due by its date (CaseTableModel.cell)

    def set_status(self, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.status = status
            self.invalidateFilter()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks seven roles of every cell it paints and the case model answers two
        # of them: the others end here, before Qt maps the cell to the model (two calls
        # into Python each: ~half the Python work of a paint)
        if role not in CaseTableModel.ROLES:
            return None
        return super().data(index, role)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if self.status and model.index(row, 1, parent).data(STATUS) != self.status:
            return False
        if not self.text:  # no search: every row (without asking each of its cells)
            return True
        if super().filterAcceptsRow(row, parent):
            return True
        text = self.text
        extra = str(model.index(row, 0, parent).data(SEARCH) or "")
        return bool(text) and text.casefold() in extra.casefold()

    def set_search(self, text: str) -> None:
        self.text = text.strip()
        self.setFilterFixedString(self.text)


class CaseListPanel(QWidget):
    case_selected = Signal(str)  # case id, "" when none
    show_names_changed = Signal(bool)  # the toggle, for the window's settings (a boolean only)
    due_activated = Signal(str, str)  # a case's next-due item was opened: (case tab, record id)

    def __init__(self) -> None:
        super().__init__()
        self.model = CaseTableModel()
        self._reading = False
        self.proxy = CaseFilter()
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(with_key(self.tr("Search cases (%1)"), FIND_KEY))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for s in STATUSES:
            self.status.addItem(status_words(s), s)
        # (the Overview's own "Show names" reveals one case's legal name and date of birth)
        self.show_names = QCheckBox(self.tr("Names in list"))
        self.show_names.setAccessibleName(self.tr("Show the clients' legal names in the case list"))
        self.show_names.setToolTip(self.tr(
            "Show each client's legal name beside the case code. Off by default, so that a "
            "shared screen shows codes only. Search finds legal names either way."))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.show_names)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Rows come in code order: re-sorting them on every reset asked Qt for ~17,000 cells
        # at 1,000 cases (issue 18). Sorted again after a reset only when another order was
        # chosen (set_rows); a click on a header sorts as before.
        self.proxy.setDynamicSortFilter(False)
        self.table.verticalHeader().hide()
        # what is due wraps, never cut short; so does the phase, for a longer language's headers
        wrap_columns(self.table, PHASE_COLUMN, DUE_COLUMN)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_names.toggled.connect(self._names_toggled)
        self.status.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status.currentData()))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)

    def _names_toggled(self, on: bool) -> None:
        self.model.set_show_names(on)
        # a code with a name beside it wraps too, rather than pushing "Next due" out of view
        wrap_columns(self.table, *((0,) if on else ()), PHASE_COLUMN, DUE_COLUMN)
        self.show_names_changed.emit(on)

    def set_names_readable(self, readable: bool, shown: bool) -> None:
        """A therapist reads legal names and may show them (``shown``: the remembered
        toggle); a surrogate partner or a supervisor has none to show, so no toggle."""
        self.show_names.setVisible(readable)
        self.show_names.blockSignals(True)
        self.show_names.setChecked(readable and shown)
        self.show_names.blockSignals(False)
        self.model.set_show_names(readable and shown)

    def show_findings(self, shown: bool) -> None:
        """The Findings column (open audit findings) for therapists and supervisors; a
        surrogate partner does not audit."""
        self.table.setColumnHidden(4, not shown)

    def known_rows(self) -> dict[str, CaseRow]:
        """The rows as last read in full, by case (kept on screen while they are read again)."""
        return {} if self.model.pending else {r.case_id: r for r in self.model.rows}

    def show_quick(self, rows: list[CaseRow], can_open: bool, fresh: bool) -> None:
        """Rows without fresh due items and findings (``quick_rows``): shown at once, "…" in
        those columns when they were never read (``fresh``: the first list of this unlock)."""
        self._reading = True
        self.model.pending = fresh or self.model.pending
        self.set_rows(rows, can_open)

    def complete_rows(self, rows: list[CaseRow], can_open: bool) -> None:
        """The whole list after its first rows (``CaseTableModel.complete``)."""
        if not self.model.complete(rows):
            self.set_rows(rows, can_open)

    def by_code(self) -> bool:
        """Whether the list is in code order (as the rows are read), as it is by default."""
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        return (column, order) in ((0, Qt.SortOrder.AscendingOrder), (-1, order))

    def fill_rows(self, rows: list[CaseRow], can_open: bool) -> None:
        """The rows read in full on the worker."""
        self._reading = False
        if not self.model.fill(rows):
            self.model.pending = False
            self.set_rows(rows, can_open)
            return
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() not in (0, -1):  # sorted by what was just read
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def reading(self) -> bool:
        """Whether what is due and the findings are still being read (benchmarks, tests)."""
        return self._reading

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_rows(self, rows: list[CaseRow], can_open: bool) -> None:
        current = self.current_case()
        header = self.table.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        by_code = self.by_code()
        if by_code and self.proxy.sortColumn() != -1:
            # The rows come in code order: a proxy still sorted would sort them again as the
            # model resets (~14,000 cells asked for at 1,000 cases); the header keeps showing
            # the order, and a click on it sorts as before.
            self.proxy.sort(-1)
        self.model.set_rows(rows)
        if not by_code:
            self.proxy.sort(column, order)
        self.empty.setVisible(not rows)
        self.empty.setText(with_key(self.tr(
            "No cases yet. Open one with the New case button (%1)."), NEW_CASE_KEY) if can_open
            else self.tr(
            "No cases yet. A therapist adds you to a case's triad; it then appears here."))
        self.select(current or (rows[0].case_id if rows else ""))

    def select(self, case_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == case_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return
        self.case_selected.emit("")

    def current_case(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole) or "") if index.isValid() else ""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.case_selected.emit(str(current.data(Qt.ItemDataRole.UserRole) or "") if current.isValid() else "")

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a case: open what is due on it (the case is already shown)."""
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if row.due_tab:
            self.due_activated.emit(row.due_tab, row.due_record)

    def clear(self) -> None:
        self.model.pending = self._reading = False
        self.model.set_rows([])
        self.search.clear()
