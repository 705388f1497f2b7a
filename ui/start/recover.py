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

from triad.roles import MIN_PASSPHRASE


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

    def _check(self) -> None:
        if not self.code.text().strip():
            self.error.setText(self.tr("Type the recovery code."))
        elif len(self.new.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("The new passphrase must have at least %d characters.")
                               % MIN_PASSPHRASE)
        elif self.new.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.confirm.clear()
        else:
            self.accept()

    def values(self) -> tuple[str, str, str]:
        return self.code.text(), self.new.text(), self.member.text().strip()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.code.clear()
            self.new.clear()
            self.confirm.clear()
