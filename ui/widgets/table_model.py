"""RowsModel: the read-only table model every list in the UI shares -- a list of row objects,
one column per header; subclasses say what each cell shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A flat table over ``rows``. ``HEADERS`` are source strings, translated in ``CONTEXT``
    (or, when it is empty, in the subclass's own context, as ``self.tr`` does)."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""
    ROLES: frozenset[int] | None = None
    """The roles ``cell`` answers, when a subclass lists them (None: it is asked every role)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    @property
    def rows(self) -> Sequence[Any]:
        return self._rows

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, match: Callable[[Any], bool]) -> int:
        """The number of the first row that ``match`` accepts, or -1."""
        return next((i for i, r in enumerate(self._rows) if match(r)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            text = self.HEADERS[section]
            return QCoreApplication.translate(self.CONTEXT, text) if self.CONTEXT else self.tr(text)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.ROLES is not None and role not in self.ROLES:
            return None  # (the view asks seven roles of every cell it paints)
        row, column = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.HEADERS)):
            return None
        return self.cell(self._rows[row], column, role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        return None


def table_view(model: QAbstractItemModel, name: str, alternate: bool = True) -> QTableView:
    """A read-only table over ``model``: whole rows, one at a time, no row numbers, no wrapping;
    ``name`` is what screen readers say; ``alternate`` shades every other row."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view
