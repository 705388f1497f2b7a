"""Overview tab, *Client requests* (issue 17): the client's access and amendment requests of
the case shown -- received, kind, what they ask, due, outcome -- the selected one in full (the
refusal's reason, the client's statement of disagreement, the rebuttal), and the therapist's
*Record request…* and *Close request…*. The supervisor reads them; a surrogate partner does
not (``triad.casefile.requests`` says why), and the box says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.requests import ACCESS, AMENDED, AMENDMENT, FULFILLED, ClientRequest
from triad.roles import Role
from ui.casefile.base import CaseContext, allow
from ui.casefile.overview.request_dialogs import (
    COPY_WORDS,
    CTX,
    SHORT_TYPE,
    CloseRequestDialog,
    RecordRequestDialog,
    words,
)
from ui.widgets.fit import wrap_columns
from ui.widgets.form import clinical_day
from ui.widgets.table_model import RowsModel, table_view

REQUEST_ID = Qt.ItemDataRole.UserRole
LATE = QColor("#b94a48")


def _t(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


def outcome_text(r: ClientRequest) -> str:
    """The Outcome column: open, or how and when it was closed."""
    c = r.closing
    if c is None:
        return _t("open")
    if c.outcome == FULFILLED:
        return _t("fulfilled %1 (%2)").replace("%1", clinical_day(c.closed_on)).replace(
            "%2", words(COPY_WORDS, c.copy))
    if c.outcome == AMENDED:
        return _t("amended %1").replace("%1", clinical_day(c.closed_on))
    return _t("refused %1").replace("%1", clinical_day(c.closed_on))


class RequestTableModel(RowsModel):
    """The case's requests in the order received."""

    HEADERS = ("Received", "Kind", "What the client asks", "Due", "Outcome")
    CONTEXT = CTX

    def __init__(self) -> None:
        super().__init__()
        self.today = ""

    def cell(self, row: ClientRequest, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            due = clinical_day(row.due_on)
            if row.overdue(self.today):
                due = _t("%1, overdue").replace("%1", due)
            elif row.answered_late():
                due = _t("%1, answered late").replace("%1", due)
            return (clinical_day(row.received_on), words(SHORT_TYPE, row.type), row.text, due,
                    outcome_text(row))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and (
                row.overdue(self.today) or row.answered_late()):
            return QBrush(LATE)
        if role == REQUEST_ID:
            return row.request_id
        return None


class RequestsPanel(QGroupBox):
    """The *Client requests* box of ``OverviewTab``. ``changed`` carries what it wrote."""

    changed = Signal(object)  # triad.casefile.cases.Change

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Client requests"))
        self._ctx: CaseContext | None = None
        self._code, self._opened = "", ""
        self._rows: list[ClientRequest] = []
        layout = QVBoxLayout(self)
        self.model = RequestTableModel()
        self.table = table_view(self.model, self.tr("Client requests"))
        wrap_columns(self.table, 2)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The selected request"))
        view = QWidget()
        view_layout = QVBoxLayout(view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.addWidget(self.table, 1)
        view_layout.addWidget(self.detail)
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No client requests"))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(view)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Recor&d request…"))
        self.record.setAccessibleName(self.tr("Record a request from the client"))
        self.close_request = QPushButton(self.tr("Close re&quest…"))
        self.close_request.setAccessibleName(self.tr("Close the selected request with its "
                                                     "outcome"))
        row.addWidget(self.record)
        row.addWidget(self.close_request)
        row.addStretch(1)
        layout.addLayout(row)
        self.record.clicked.connect(self.record_request)
        self.close_request.clicked.connect(self.close_selected)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.close_selected())
        self.clear()

    # -- reading --
    def show_case(self, ctx: CaseContext, code: str, opened_on: str) -> None:
        self._ctx, self._code, self._opened = ctx, code, opened_on
        keep = self.current()
        if ctx.role is Role.SURROGATE:
            self._rows = []
            self.empty.setText(self.tr(
                "The client's requests to see or correct their record are made to the "
                "practice; the therapist and the supervisor keep them."))
        else:
            self._rows = ctx.ws.requests.list(ctx.case_id)
            self.empty.setText(self.tr(
                "No requests from the client. When the client asks to see or copy their record, "
                "or to correct it, Record request… keeps the day it arrived; it is due within "
                "%d days.") % ctx.ws.requests.due_days() if ctx.role is Role.THERAPIST else
                self.tr("No requests from the client. The therapist records them here."))
        self.model.today = ctx.ws.local_now()
        self.model.set_rows(self._rows)
        self.stack.setCurrentIndex(1 if self._rows else 0)
        if self._rows:
            ids = [r.request_id for r in self._rows]
            self.table.selectRow(ids.index(keep.request_id) if keep is not None
                                 and keep.request_id in ids else len(ids) - 1)
        self._selected()

    def current(self) -> ClientRequest | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def select(self, request_id: str) -> bool:
        """Select ``request_id`` and focus the table (an alert or the case list leads here);
        False when the case has no such request."""
        ids = [r.request_id for r in self._rows]
        if request_id not in ids:
            return False
        self.table.selectRow(ids.index(request_id))
        self.table.setFocus()
        return True

    def _selected(self, *_: object) -> None:
        r = self.current()
        self.detail.setText(self._details(r) if r is not None else "")
        self.detail.setVisible(r is not None)
        self._buttons()

    def _details(self, r: ClientRequest) -> str:
        lines = [(self.tr("Access request received %1, due %2.") if r.type == ACCESS else
                  self.tr("Amendment request received %1, due %2.") if r.type == AMENDMENT else
                  self.tr("Request received %1, due %2.")).replace("%1", clinical_day(r.received_on))
                 .replace("%2", clinical_day(r.due_on))]
        if r.about_field:
            lines.append(self.tr("Concerns: %s") % r.about_field)
        c = r.closing
        if c is not None and c.outcome == AMENDED:
            lines.append(self.tr("Amendment made on %s.") % clinical_day(c.closed_on))
        elif c is not None and c.outcome != FULFILLED:
            lines.append(self.tr("Reason: %s") % c.reason)
            lines.append(self.tr("The client's statement of disagreement: %s")
                         % (c.statement or self.tr("none received")))
            if c.rebuttal:
                lines.append(self.tr("Rebuttal: %s") % c.rebuttal)
        if c is not None and c.note:
            lines.append(self.tr("Note: %s") % c.note)
        return "\n".join(lines)

    def _buttons(self) -> None:
        ctx = self._ctx
        role = ctx.role if ctx is not None else None
        for b in (self.record, self.close_request):
            allow(b, role, Role.THERAPIST)
        if role is not Role.THERAPIST or ctx is None:
            return
        self.record.setToolTip(self.tr("Record a request the client made to see, copy or "
                                       "correct their record."))
        r = self.current()
        if r is None:
            self.close_request.setEnabled(False)
            self.close_request.setToolTip(self.tr("No request to close.") if not self._rows
                                          else self.tr("Select a request first."))
        elif not r.open:
            self.close_request.setEnabled(False)
            self.close_request.setToolTip(self.tr("This request is closed. Its words are "
                                                  "corrected with an amendment."))
        else:
            self.close_request.setToolTip(self.tr("Close the selected request: the copy "
                                                  "given, the amendment made, or the refusal."))

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._ctx, self._rows = None, []
        self.model.set_rows([])
        self.detail.clear()
        self.empty.clear()
        self.stack.setCurrentIndex(0)
        for b in (self.record, self.close_request):
            b.setEnabled(False)
            b.setToolTip("")

    # -- writing --
    def _done(self, dialog: Any) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            change: Change = dialog.change
            self.changed.emit(change)

    def record_request(self) -> None:
        if self._ctx is not None and self.record.isEnabled():
            self._done(RecordRequestDialog(self._ctx.ws, self._ctx.case_id, self._code,
                                           self._opened, self))

    def close_selected(self) -> None:
        r = self.current()
        if self._ctx is not None and r is not None and self.close_request.isEnabled():
            self._done(CloseRequestDialog(self._ctx.ws, r, self))

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        """Open the form a kept draft belongs to (issue 15)."""
        if kind == "request" and self.record.isEnabled():
            self.record_request()
            return True
        if kind == "request-closing" and self.record.isEnabled() and self.select(subject_id):
            r = self.current()
            if r is not None and r.open:
                self.close_selected()
                return True
        return False
