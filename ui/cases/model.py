"""CaseTableModel: one row per case the member is on (code, status, phase, next due)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from triad import agenda
from triad.workspace import Workspace

from ..table_model import RowsModel

DUE = {
    "review-debrief": "Review debrief of {when}",
    "debrief-missing": "Debrief missing ({when})",
    "session": "Session {when}",
    "consent-expires": "Consent expires {when}",
    "sign-consent": "Informed consent to sign",
}


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    code: str
    status: str
    phase: str
    due: str


def phase_words(line: agenda.CaseLine) -> str:
    """Where the case stands in its plan, for the case list's Phase column."""
    if line.plan == "none":
        return "—"
    if line.plan == "active":
        return line.phase
    if line.plan == "not-started":
        return QCoreApplication.translate("CaseTableModel", "Plan not started")
    if line.plan == "completed":
        return QCoreApplication.translate("CaseTableModel", "Plan completed")
    return QCoreApplication.translate("CaseTableModel", "Between phases")


def load_rows(ws: Workspace) -> list[CaseRow]:
    rows = []
    for line in agenda.case_lines(ws):  # a few queries for the whole list, not ~18 per case
        item = line.due
        due = DUE[item.code].format(when=item.when.replace("T", " ")) if item else ""
        rows.append(CaseRow(line.case_id, line.code, line.status, phase_words(line), due))
    return rows


class CaseTableModel(RowsModel):
    HEADERS = ("Code", "Status", "Phase", "Next due")

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.code, row.status, row.phase, row.due)[column]
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        return None
