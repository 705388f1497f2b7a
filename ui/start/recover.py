"""Set a new passphrase with the practice's recovery code (the code was printed or written
down when the vault was made). Nothing is kept of the code after use."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from triad.errors import InvalidRecoveryCode
from triad.vault import recovery
from ui.start.create import passphrase_problem, strength_hint


class RecoverDialog(QDialog):
    def __init__(self, member: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover access"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Type the recovery code (six groups of five letters and digits) and choose a new "
            "passphrase. A typo in the code is caught before anything changes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.member = QLineEdit(member)
        self.member.setPlaceholderText(self.tr("Leave empty for the vault's first member"))
        self.member.setAccessibleName(self.tr("Member name"))
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirm new passphrase"))
        form.addRow(self.tr("Recovery &code"), self.code)
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("Con&firm"), self.confirm)
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow("", self.hint)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Set passphrase and unlock"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._problem = ""
        for field in (self.code, self.new, self.confirm):
            field.textChanged.connect(self._edited)

    def problem(self) -> tuple[str, str]:
        """(key, sentence) of what is wrong, the code first; ("", "") when it can go. The
        code's check characters are checked here (no key derivation): a typo names its group
        and nothing typed is cleared."""
        if not self.code.text().strip():
            return "code", self.tr("Type the recovery code.")
        try:
            recovery.normalise(self.code.text())
        except InvalidRecoveryCode as exc:
            from ui.messages import message_for

            return f"code:{exc.detail}:{exc.data.get('group', '')}", message_for(exc)
        return passphrase_problem(self.new.text(), self.confirm.text())

    def _edited(self) -> None:
        self.hint.setText(strength_hint(self.new.text()))
        if self._problem and self.problem()[0] != self._problem:
            self._problem = ""
            self.error.clear()

    def _check(self) -> None:
        self._problem, text = self.problem()
        if not self._problem:
            self.accept()
            return
        self.error.setText(text)
        (self.code if self._problem.startswith("code") else
         self.confirm if self._problem == "differ" else self.new).setFocus()

    def restore(self, values: tuple[str, str, str], error: str) -> None:
        """Opened again after a refusal: what was typed, and why it was refused."""
        code, new, member = values
        self.code.setText(code)
        self.new.setText(new)
        self.confirm.setText(new)
        self.member.setText(member)
        self.error.setText(error)
        self._problem = "refused"

    def values(self) -> tuple[str, str, str]:
        return self.code.text(), self.new.text(), self.member.text().strip()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.code.clear()
            self.new.clear()
            self.confirm.clear()
