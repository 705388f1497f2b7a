"""Overview tab, its tables: the case's goals, the progress of one goal and the status history,
read-only models over the core's values. ``overview`` re-exports the public names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from triad.casefile.cases import Goal, GoalProgress, StatusChange
from ui.casefile.overview.dialogs import CTX, status_words
from ui.widgets.form import clinical_day, clinical_minutes
from ui.widgets.table_model import RowsModel

GOAL_ID = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


class _Table(RowsModel):
    """A read-only table over a list of rows; subclasses say what each cell shows."""

    CONTEXT = CTX
    NUMERIC: tuple[int, ...] = ()

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra(row, role)

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def extra(self, row: Any, role: int) -> Any:
        return None


class GoalTableModel(_Table):
    """The case's goals: description, baseline, latest value, target, unit, last progress date."""

    HEADERS = ("Goal", "Baseline", "Latest", "Target", "Unit", "Last progress")
    NUMERIC = (1, 2, 3)

    def text(self, row: Goal, column: int) -> str:
        last = clinical_day(row.progress[-1].on) if row.progress else _t("none yet")
        return (row.description, row.baseline, row.latest, row.target, row.unit, last)[column]

    def tooltip(self, row: Goal, column: int) -> str | None:
        if column == 0:
            return row.description
        if column == 2 and row.progress and row.progress[-1].note:
            return row.progress[-1].note
        return None

    def extra(self, row: Goal, role: int) -> Any:
        return row.goal_id if role == GOAL_ID else None


class ProgressTableModel(_Table):
    """The progress of one goal, in date order: date, value, note."""

    HEADERS = ("Date", "Value", "Note")
    NUMERIC = (1,)

    def text(self, row: GoalProgress, column: int) -> str:
        return (clinical_day(row.on), row.value, row.note)[column]

    def tooltip(self, row: GoalProgress, column: int) -> str | None:
        return row.note or None if column == 2 else None


class StatusHistoryModel(_Table):
    """The case's status changes, newest first: when, from, to, reason."""

    HEADERS = ("When", "From", "To", "Reason")

    def set_history(self, history: tuple[StatusChange, ...]) -> None:
        rows = [(h.at, history[i - 1].to if i else "", h.to, h.reason) for i, h in enumerate(history)]
        self.set_rows(list(reversed(rows)))

    def text(self, row: tuple[str, str, str, str], column: int) -> str:
        at, before, after, reason = row
        if column == 0:
            return clinical_minutes(at)
        if column == 1:
            return status_words(before) if before else _t("(case opened)")
        if column == 2:
            return status_words(after)
        return reason

    def tooltip(self, row: tuple[str, str, str, str], column: int) -> str | None:
        return row[3] or None if column == 3 else None
