"""The Records window (issue 17): every closed case with the day its retention period ends
(the ended ones first, marked), Dispose… for the therapist holding a case, Authorise
disposal… for its supervisor, and the disposal register with the backups that still hold each
disposed case (Save as PDF…). The rules are the core's: each button's tooltip is its
``why_not`` answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.disposal import DisposedCase
from triad.casefile.retention import Retention
from triad.errors import TriadError
from triad.roles import Role
from triad.workspace import Workspace
from ui.messages import message_for
from ui.records.promise import kept_because, short_reason
from ui.widgets import dialogs
from ui.widgets.form import clinical_day
from ui.widgets.table_model import RowsModel, table_view


class RetentionModel(RowsModel):
    """One row per closed case: code, closed, last service, retention ends, whether ended."""

    HEADERS: tuple[Any, ...] = (QT_TRANSLATE_NOOP("RetentionModel", "Case"),
               QT_TRANSLATE_NOOP("RetentionModel", "Closed"),
               QT_TRANSLATE_NOOP("RetentionModel", "Last service"),
               QT_TRANSLATE_NOOP("RetentionModel", "Retention ends"),
               QT_TRANSLATE_NOOP("RetentionModel", "Now"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = ""

    def cell(self, row: Retention, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            now = (self.tr("ended: may be disposed of") if row.ended(self.today)
                   else self.tr("kept"))
            minor = self.tr(" (a minor at the first service)") if row.minor else ""
            return (row.code, clinical_day(row.closed_on), clinical_day(row.last_service_on),
                    clinical_day(row.ends_on) + minor + short_reason(row), now)[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # issue 19: why it ends when it does
            return kept_because(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.case_id
        return None


class RegisterModel(RowsModel):
    """The disposal register: one row per disposed case."""

    HEADERS: tuple[Any, ...] = (QT_TRANSLATE_NOOP("RegisterModel", "Case"),
               QT_TRANSLATE_NOOP("RegisterModel", "Opened"),
               QT_TRANSLATE_NOOP("RegisterModel", "Closed"),
               QT_TRANSLATE_NOOP("RegisterModel", "Retention ended"),
               QT_TRANSLATE_NOOP("RegisterModel", "Disposed of"),
               QT_TRANSLATE_NOOP("RegisterModel", "By"),
               QT_TRANSLATE_NOOP("RegisterModel", "Reason"),
               QT_TRANSLATE_NOOP("RegisterModel", "Backups still holding it"))

    def cell(self, row: DisposedCase, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = row.reason
            if row.authorised_by:
                reason += self.tr(" (early, authorised by %1: %2)").replace(
                    "%1", row.authorised_by).replace("%2", row.authorisation_reason)
            backups = ", ".join(clinical_day(b) for b in row.backups) or self.tr("none recorded")
            return (row.code, clinical_day(row.opened_on), clinical_day(row.closed_on),
                    clinical_day(row.retention_ends_on),
                    clinical_day(row.disposed_at), row.by_name, reason, backups)[column]
        return None


class ReasonDialog(QDialog):
    """Asks for the reason kept with a disposal or an authorisation; OK only with text."""

    def __init__(self, title: str, question: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class RecordsDialog(QDialog):
    """Retention and disposal for the practice. ``disposed`` (case id) after a disposal: the
    window reloads its case list."""

    disposed = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Records: retention and disposal"))
        layout = QVBoxLayout(self)
        self.settings = QLabel()
        self.settings.setWordWrap(True)
        self.settings.setAccessibleName(self.tr("Retention settings"))
        layout.addWidget(self.settings)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        # -- closed cases --
        page = QWidget()
        box = QVBoxLayout(page)
        self.model = RetentionModel(self)
        self.table = table_view(self.model, self.tr("Closed cases and their retention"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        box.addWidget(self.empty)
        row = QHBoxLayout()
        self.authorise = QPushButton(self.tr("&Authorise disposal…"))
        self.dispose = QPushButton(self.tr("&Dispose…"))
        row.addStretch(1)
        row.addWidget(self.authorise)
        row.addWidget(self.dispose)
        box.addLayout(row)
        self.tabs.addTab(page, self.tr("&Closed cases"))
        # -- the register --
        page = QWidget()
        box = QVBoxLayout(page)
        self.register_model = RegisterModel(self)
        self.register = table_view(self.register_model, self.tr("Disposal register"))
        self.register.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.register.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.register, 1)
        self.register_note = QLabel()
        self.register_note.setWordWrap(True)
        box.addWidget(self.register_note)
        row = QHBoxLayout()
        self.save_pdf = QPushButton(self.tr("&Save as PDF…"))
        row.addStretch(1)
        row.addWidget(self.save_pdf)
        box.addLayout(row)
        self.tabs.addTab(page, self.tr("Disposal &register"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.table.selectionModel().selectionChanged.connect(self._buttons)
        self.dispose.clicked.connect(lambda: self.dispose_selected())
        self.authorise.clicked.connect(lambda: self.authorise_selected())
        self.save_pdf.clicked.connect(lambda: self.save_register())
        self.resize(900, 520)
        self.reload()

    # -- reading --
    def reload(self) -> None:
        ws = self.ws
        s = ws.retention.settings()
        text = self.tr("Closed cases are kept %1 years after the last service (the later of the "
                       "closing and the last held session); for a client who was a minor, until "
                       "%2 years after the age of majority (%3) if that is later.") \
            .replace("%1", str(s.years)).replace("%2", str(s.minor_years)) \
            .replace("%3", str(ws.retention.age_of_majority()))
        text += " " + (self.tr("Jurisdiction: %s") % s.note if s.note else self.tr(
            "These are the defaults (APA guidance): set your jurisdiction's figures in "
            "Preferences."))
        # issue 19: the forms' floor, so a figure below it does not surprise
        text += " " + self.tr("No case is kept for less than the forms its client signed promise "
                              "(the English forms 7 years, the German forms 10).")
        self.settings.setText(text)
        self.model.today = ws.local_now()[:10]
        try:
            rows = ws.retention.closed()
            register = ws.disposal.register()
        except TriadError as exc:
            rows, register = [], []
            self.empty.setText(message_for(exc))
        ended = [r for r in rows if r.ended(self.model.today)]
        self.model.set_rows([*ended, *(r for r in rows if r not in ended)])
        self.empty.setText(self.tr("No case is closed yet: a case's retention period starts when "
                                   "it closes.") if not rows else self.tr(
            "%n case(s) whose retention period has ended.", "", len(ended)))
        self.register_model.set_rows(register)
        self.register_note.setText(self.tr(
            "Nothing has been disposed of yet.") if not register else self.tr(
            "A disposed case's content is gone from this vault; backups made before still hold "
            "it: destroy them."))
        if rows:
            self.table.selectRow(0)
        self._buttons()

    def selected(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return str(self.model.row_at(rows[0].row()).case_id) if rows else ""

    def _buttons(self) -> None:
        case_id = self.selected()
        for button, why, role in ((self.dispose, self.ws.disposal.why_not, Role.THERAPIST),
                                  (self.authorise, self.ws.disposal.why_not_authorise,
                                   Role.SUPERVISOR)):
            button.setVisible(self.ws.actor.role is role)
            problem = why(case_id) if case_id else None
            button.setEnabled(bool(case_id) and problem is None)
            button.setToolTip(message_for(problem) if problem is not None else (
                self.tr("Choose a closed case above.") if not case_id else ""))

    # -- acting --
    def dispose_selected(self, reason: str | None = None) -> bool:
        case_id = self.selected()
        if not case_id:
            return False
        code = self.model.row_at(self.table.currentIndex().row()).code
        if reason is None:
            ask = ReasonDialog(self.tr("Dispose of %s") % code, self.tr(
                "Why is this case disposed of now? The reason is kept in the disposal register "
                "(e.g. \"retention period ended\")."), self.tr("Continue"), self)
            if not ask.exec():
                return False
            reason = ask.text()
        if not dialogs.confirm(self, self.tr(
                "Dispose of %s for good? Every record of the case -- its client details, consent, "
                "sessions, debriefs, notes and scans -- is removed from this vault and cannot be "
                "recovered from it. The signed disposal entry stays, and the next packet tells "
                "the triad's other vaults to dispose of it too.") % code,
                self.tr("Dispose for good")):
            return False
        try:
            self.ws.disposal.dispose(case_id, reason)
        except TriadError as exc:
            dialogs.error(self, message_for(exc))
            return False
        self.disposed.emit(case_id)
        self.reload()
        self.tabs.setCurrentIndex(1)
        return True

    def authorise_selected(self, reason: str | None = None) -> bool:
        case_id = self.selected()
        if not case_id:
            return False
        if reason is None:
            code = self.model.row_at(self.table.currentIndex().row()).code
            ask = ReasonDialog(self.tr("Authorise disposing of %s") % code, self.tr(
                "Why may this case be disposed of before its retention period ends? The reason "
                "is signed by you and kept in the disposal register."),
                self.tr("Authorise"), self)
            if not ask.exec():
                return False
            reason = ask.text()
        try:
            self.ws.disposal.authorise(case_id, reason)
        except TriadError as exc:
            dialogs.error(self, message_for(exc))
            return False
        dialogs.info(self, self.tr("Authorised: the case's therapist can now dispose of it."))
        self.reload()
        return True

    def save_register(self, path: str | None = None) -> bool:
        path = path or dialogs.save_file(self, self.tr("Save the disposal register"),
                                         "disposal-register.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return False
        from triad.reports.register import disposal_register

        try:
            data = disposal_register(self.ws)
            from pathlib import Path

            from triad.vault.files import atomic_write

            atomic_write(Path(path), data)
        except (TriadError, OSError) as exc:
            dialogs.error(self, message_for(exc))
            return False
        return True
