"""CaseTableModel: one row per case the member is on (code, status, phase, next due). Each row
also says where its next-due item lives (a case tab and a record), so activating the row can
open it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from triad.casefile import agenda
from triad.casefile.cases import Client
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import concern_words, status_words
from ui.widgets.table_model import RowsModel

CASE_ID = Qt.ItemDataRole.UserRole
STATUS = Qt.ItemDataRole.UserRole + 1  # the status code the filter compares
# What the search also matches beyond the columns: the client's legal name (a therapist's rows
# only: a surrogate partner and a supervisor never read it) and presenting concerns in words.
SEARCH = Qt.ItemDataRole.UserRole + 2

# Short: the column is narrow beside the case tabs (the tooltip adds how to open it). {day} is
# the date, {when} date and time.
DUE = {
    "review-debrief": "Review debrief of {day}",
    "debrief-missing": "Debrief missing ({day})",
    "session": "Session {when}",
    "consent-expires": "Consent expires {day}",
    "capacity-missing": "Capacity to assess",
    "date-of-birth-missing": "Date of birth missing",
    "sign-consent": "Informed consent to sign",
    "sign-release": "Release to sign",
    "sign-triad-agreement": "Triad agreement to sign",
    "agree-signals": "Agree the stop and pause signals",
    "sign-aids-consent": "Aids consent to sign",
    "awaiting-signature": "Awaiting {name}'s signature",
    "meeting-start": "Three-way meeting to hold",
    "meeting-stalled": "Work stalled: three-way meeting",
    "meeting-closing": "Closing meeting to hold",
    "minutes-missing": "Meeting minutes to write",
}
# A surrogate partner's own: a triad agreement awaiting her countersignature.
SURROGATE_DUE = DUE | {"awaiting-signature": "Triad agreement to sign"}
# A supervisor does not review debriefs: for them it is the therapist's review that is due.
SUPERVISOR_DUE = DUE | {"review-debrief": "Debrief of {day} awaits review"}
# The case tab each item is done on.
DUE_TAB = {"review-debrief": "sessions", "debrief-missing": "sessions", "session": "sessions",
           "consent-expires": "consent", "capacity-missing": "overview",
           "date-of-birth-missing": "overview", "sign-consent": "consent", "sign-release": "consent",
           "sign-triad-agreement": "consent", "agree-signals": "consent",
           "sign-aids-consent": "consent", "awaiting-signature": "consent",
           "meeting-start": "sessions", "meeting-stalled": "sessions", "meeting-closing": "sessions",
           "minutes-missing": "sessions"}
# The record each item selects there: a button of the Overview for the client's details; for a
# form to sign, none (Give consent… takes the focus); else the item's own subject.
DUE_RECORD = {"capacity-missing": "record-capacity", "date-of-birth-missing": "edit-client",
              "sign-consent": "", "sign-release": "", "sign-triad-agreement": "", "agree-signals": "",
              "sign-aids-consent": "", "awaiting-signature": "", "meeting-start": "",
              "meeting-stalled": "", "meeting-closing": ""}


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    code: str
    status: str
    phase: str
    due: str
    due_tab: str = ""  # where the due item is done: a case tab's key and the record to select
    due_record: str = ""
    legal_name: str = ""  # blank unless the member reads it (triad/casefile/visibility.py)
    concerns: tuple[str, ...] = ()


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
    # legal names come blanked for a surrogate partner and a supervisor (cases.list applies
    # the visibility rules): they cannot be searched for or shown by them
    clients: dict[str, Client] = {c.case_id: c.client for c in ws.cases.list()}
    words = {Role.SUPERVISOR: SUPERVISOR_DUE, Role.SURROGATE: SURROGATE_DUE}.get(ws.actor.role, DUE)
    for line in agenda.case_lines(ws):  # a few queries for the whole list, not ~18 per case
        item = line.due
        client = clients.get(line.case_id)
        name = client.legal_name if client else ""
        concerns = tuple(client.presenting_concerns) if client else ()
        if item is None:
            rows.append(CaseRow(line.case_id, line.code, line.status, phase_words(line), "",
                                legal_name=name, concerns=concerns))
            continue
        signer = ""
        if item.code == "awaiting-signature":
            signer = ws.consent.surrogate_name(item.subject_id) or QCoreApplication.translate(
                "CaseTableModel", {"client": "the client", "therapist": "the therapist"}.get(
                    item.subject_id, "the surrogate partner"))
        due = QCoreApplication.translate("CaseTableModel", words[item.code]).format(
            when=item.when.replace("T", " "), day=item.when[:10], name=signer)
        record = DUE_RECORD.get(item.code, item.subject_id)
        rows.append(CaseRow(line.case_id, line.code, line.status, phase_words(line), due,
                            DUE_TAB[item.code], record,
                            legal_name=name, concerns=concerns))
    return rows


class CaseTableModel(RowsModel):
    HEADERS = ("Code", "Status", "Phase", "Next due")
    show_names = False  # the Show names toggle (off by default: screens get shared)

    def set_show_names(self, on: bool) -> None:
        self.show_names = on
        if self.rowCount():  # the selection stays
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def cell(self, row: CaseRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            code = f"{row.code} · {row.legal_name}" if self.show_names and row.legal_name else row.code
            return (code, status_words(row.status), row.phase, row.due)[column]
        if role == SEARCH:
            return "\n".join((row.legal_name, *(concern_words(c) for c in row.concerns), *row.concerns))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and row.due:
                return row.due + "\n" + self.tr("Double-click or press Enter to open it.")
            return (row.code, status_words(row.status), row.phase, row.due)[column] or None
        if role == CASE_ID:
            return row.case_id
        if role == STATUS:
            return row.status
        return None
