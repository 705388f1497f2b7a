"""AgendaModel: one row per session of the period shown (day or week view)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from triad.casefile import week
from triad.casefile.week import CalendarSession
from triad.i18n import hours
from triad.roles import Role
from triad.workspace import Workspace
from ui.agenda.words import STATUS_WORDS, day_title, kind_words, session_due, tr
from ui.widgets.table_model import RowsModel

SESSION_ID = Qt.ItemDataRole.UserRole
CASE_ID = Qt.ItemDataRole.UserRole + 1


class AgendaModel(RowsModel):
    HEADERS = ("When", "Case", "Session", "With", "Where", "Due")
    CONTEXT = "Agenda"

    def __init__(self) -> None:
        super().__init__()
        self.role = Role.THERAPIST
        self.ws: Workspace | None = None
        self.week_view = True
        self.dues: dict[str, str] = {}

    def show(self, sessions: tuple[CalendarSession, ...], role: Role, ws: Workspace | None,
             week_view: bool) -> None:
        self.role, self.ws, self.week_view = role, ws, week_view
        self.dues = {s.session_id: session_due(s, role, ws) for s in sessions}
        self.set_rows(sessions)

    def cell(self, row: CalendarSession, column: int, role: int) -> Any:
        if role == SESSION_ID:
            return row.session_id
        if role == CASE_ID:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click or press Enter to open this session in its case.")
        if role == Qt.ItemDataRole.FontRole and row.status == week.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)  # a cancelled session stays listed, struck through
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            span = hours(row.starts_at, row.ends_at)
            text = f"{day_title(row.day)}  {span}" if self.week_view else span
            if row.status != week.CONFIRMED:
                text += " (" + tr(STATUS_WORDS.get(row.status, row.status)) + ")"
            return text
        if column == 1:
            return f"{row.case_code} · {row.client_name}" if row.client_name else row.case_code
        if column == 2:
            return kind_words(row.kind)
        if column == 3:
            return row.surrogate
        if column == 4:
            return row.location
        return self.dues.get(row.session_id, "")
