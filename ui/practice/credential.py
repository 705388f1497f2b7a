"""Record a credential (a licence, a certification, a renewal) for the signed-in member, and the
to-do bar the main window shows while they have none valid today."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.drafts import DraftKind
from triad.casefile.members import Credential
from triad.roles import Role
from ui.widgets.drafts import DraftDialog

if TYPE_CHECKING:
    from triad.workspace import Workspace


def needs_credential(ws: Workspace) -> bool:
    """A therapist or surrogate partner with no credential valid today: every session they
    hold would be flagged by the audit (``credential.invalid-on-session-date``)."""
    if ws.actor.role is Role.SUPERVISOR:
        return False
    today = date.fromisoformat(ws.local_now()[:10])
    me = ws.members.get(ws.actor.member_id)
    return not any(c.valid_on(today) for c in me.credentials)


class CredentialDialog(DraftDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Record my credential"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The licence or certification you practise under. The audit checks every session "
            "against the credentials valid on its day; earlier ones are kept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.body = QLineEdit()
        self.body.setAccessibleName(self.tr("Issuing body"))
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Number"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no end date)"))
        self.until.setAccessibleName(self.tr("Valid until"))
        form.addRow(self.tr("Issued &by"), self.body)
        form.addRow(self.tr("N&umber"), self.number)
        form.addRow(self.tr("&Valid until"), self.until)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.body, self.number, self.until):
            field.textChanged.connect(self.error.clear)
        self.keep_drafts(ws, DraftKind.CREDENTIAL)

    def _record(self) -> None:
        until = self.until.text().strip()
        if until:
            try:
                date.fromisoformat(until)
            except ValueError:
                self.error.setText(self.tr("Type the end date as YYYY-MM-DD, or leave it empty."))
                return
        try:
            self.ws.members.record_credential(self.ws.actor.member_id, Credential(
                self.body.text(), self.number.text(), until or None))
        except Exception as exc:
            from ui.messages import message_for

            self.error.setText(message_for(exc))
            return
        self.accept()


class CredentialTodo(QWidget):
    """"To do: record your credential" with its button, shown while it is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.text = QLabel(self.tr(
            "<b>To do:</b> your credential is not recorded (or has expired). Until it is, the "
            "audit flags every session you hold."))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("To do"))
        self.button = QPushButton(self.tr("Record my &credential…"))
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._record)
        self.hide()

    def show_for(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.setVisible(ws is not None and needs_credential(ws))

    def _record(self) -> None:
        if self.ws is not None and CredentialDialog(self.ws, self).exec():
            self.show_for(self.ws)
