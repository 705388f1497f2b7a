"""The first-run page: a new vault, its first member, their credential, and the demo.

Every new passphrase is rated by zxcvbn (``triad.strength``, the same rule as the core's): a
passphrase below score 3 is refused here with zxcvbn's feedback, before the key derivation
runs. An error line goes as soon as its problem is fixed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.roles import MIN_PASSPHRASE, Role
from triad.strength import rate
from ui.settings import default_vault_path
from ui.start.page import Page, password_field

_STRENGTH = ("Very weak", "Weak", "Fair", "Good", "Strong")


def strength_hint(passphrase: str) -> str:
    """The meter's words: zxcvbn's score as KeePassXC names it, and its feedback."""
    if not passphrase:
        return ""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"Too short: at least {MIN_PASSPHRASE} characters."
    s = rate(passphrase)
    words = f"{_STRENGTH[s.score]}."
    if not s.enough:
        return f"{words} Too easy to guess. {s.feedback()}".strip()
    return words


def passphrase_problem(passphrase: str, confirm: str) -> tuple[str, str]:
    """(key, sentence) of what is wrong with a new passphrase and its confirmation, or
    ("", "")."""
    if len(passphrase) < MIN_PASSPHRASE:
        return "short", f"The passphrase must have at least {MIN_PASSPHRASE} characters."
    s = rate(passphrase)
    if not s.enough:
        return "weak", ("This passphrase is too easy to guess. " + s.feedback() + " Four or more "
                        "unrelated words, or a longer sentence of your own, make a strong "
                        "passphrase.").replace("  ", " ")
    if passphrase != confirm:
        return "differ", "The two passphrases differ."
    return "", ""


class DemoDialog(QDialog):
    """The demo's passphrase, asked in its own small dialog: every made-up member of the demo
    practice unlocks with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Try the demo practice"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The demo is a separate vault with five made-up cases, their consent, sessions "
            "and debriefs. Choose a passphrase for it: every demo member (therapist, surrogate "
            "partners, supervisor) unlocks with it. It holds no real data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = password_field(self.tr("Demo passphrase"))
        self.confirm = password_field(self.tr("Confirm demo passphrase"))
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("Con&firm"), self.confirm)
        form.addRow("", self.hint)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Build the demo"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._problem = ""
        for field in (self.passphrase, self.confirm):
            field.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self.hint.setText(strength_hint(self.passphrase.text()))
        if self._problem and passphrase_problem(self.passphrase.text(),
                                                self.confirm.text())[0] != self._problem:
            self._problem = ""
            self.error.clear()

    def _check(self) -> None:
        self._problem, text = passphrase_problem(self.passphrase.text(), self.confirm.text())
        if self._problem:
            self.error.setText(text)
            (self.confirm if self._problem == "differ" else self.passphrase).setFocus()
            return
        self.accept()


class CreatePage(Page):
    create_requested = Signal(object, bool)  # Workspace.create arguments, quick unlock wanted
    demo_requested = Signal(object, str)  # folder, passphrase for every demo member
    open_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Welcome to Triad"))
        intro = QLabel(self.tr(
            "Create an encrypted vault for your practice. Everything stays on this computer; "
            "you can share case files with your triad later."
        ))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        form = QFormLayout()
        self.practice = QLineEdit()
        self.practice.setPlaceholderText(self.tr("e.g. Riverside Therapy"))
        self.name = QLineEdit()
        self.role = QComboBox()
        role_names = {Role.THERAPIST: self.tr("Therapist"),
                      Role.SURROGATE: self.tr("Surrogate partner"),
                      Role.SUPERVISOR: self.tr("Supervisor")}
        for role in Role:
            self.role.addItem(role_names[role], role.value)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.confirm = password_field(self.tr("Confirm passphrase"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.location = QLineEdit(str(default_vault_path()))
        self.quick = QCheckBox(self.tr("Also unlock with this computer's keyring (no passphrase "
                                       "needed here; the passphrase still works everywhere)"))
        self.quick.setAccessibleName(self.tr("Quick unlock"))
        # The credential the audit checks every session against (a licence, a certification)
        self.credential_body = QLineEdit()
        self.credential_body.setPlaceholderText(self.tr("Issuing body, e.g. State Board of Psychology"))
        self.credential_number = QLineEdit()
        self.credential_number.setPlaceholderText(self.tr("Number"))
        self.credential_until = QLineEdit()
        self.credential_until.setPlaceholderText(self.tr("Valid until YYYY-MM-DD (empty: no end)"))
        credential = QHBoxLayout()
        for field, stretch in ((self.credential_body, 3), (self.credential_number, 1),
                                (self.credential_until, 2)):
            credential.addWidget(field, stretch)
        self.credential_later = QCheckBox(self.tr(
            "Add my credential &later (until then every session I hold is flagged in the audit)"))
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Practice name"), self.practice), (self.tr("Your name"), self.name),
            (self.tr("Your role"), self.role), (self.tr("Passphrase"), self.passphrase),
            (self.tr("Confirm"), self.confirm), ("", self.hint),
            (self.tr("Vault folder"), self.location),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label or "Passphrase strength")
        self.credential_body.setAccessibleName(self.tr("Credential: issuing body"))
        self.credential_number.setAccessibleName(self.tr("Credential: number"))
        self.credential_until.setAccessibleName(self.tr("Credential: valid until"))
        self.credential_label = QLabel(self.tr("Your &credential"))
        self.credential_label.setBuddy(self.credential_body)
        form.addRow(self.credential_label, credential)
        form.addRow("", self.credential_later)
        form.addRow("", self.quick)
        self.layout_.addLayout(form)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open an existing vault…"))
        self.demo_button = QPushButton(self.tr("Try the &demo practice…"))
        self.demo_button.setToolTip(self.tr(
            "Make a separate vault with five made-up cases to explore Triad. It asks for its "
            "own passphrase."))
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setDefault(True)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.layout_.addLayout(buttons)
        self.finish()
        self._problem = ""  # the key of the problem the error line shows
        for field in (self.name, self.passphrase, self.confirm, self.credential_body,
                      self.credential_number, self.credential_until):
            field.textChanged.connect(self._edited)
        self.credential_later.toggled.connect(self._edited)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.create_button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self._demo)

    def _role_changed(self) -> None:
        # A supervisor audits; the credential rule checks therapists and surrogate partners.
        needed = self.role.currentData() != Role.SUPERVISOR.value
        for widget in (self.credential_label, self.credential_body, self.credential_number,
                       self.credential_until, self.credential_later):
            widget.setVisible(needed)
        self._edited()

    def credentials(self) -> tuple[object, ...]:
        from triad.casefile.members import Credential

        body, number = self.credential_body.text().strip(), self.credential_number.text().strip()
        if self.role.currentData() == Role.SUPERVISOR.value or not (body or number):
            return ()
        return (Credential(body, number, self.credential_until.text().strip() or None),)

    def problem(self) -> tuple[str, str]:
        """(key, sentence) of the first thing that stops the vault being made, or ("", "")."""
        if not self.name.text().strip():
            return "name", self.tr("Please enter your name.")
        key, text = passphrase_problem(self.passphrase.text(), self.confirm.text())
        if key:
            return key, text
        if self.role.currentData() != Role.SUPERVISOR.value and not self.credential_later.isChecked():
            body = self.credential_body.text().strip()
            number = self.credential_number.text().strip()
            if not body or not number:
                return "credential", self.tr(
                    "Enter your credential (the body that issued it and its number), or tick "
                    "“Add my credential later”.")
        until = self.credential_until.text().strip()
        if until and self.credentials():
            from datetime import date

            try:
                date.fromisoformat(until)
            except ValueError:
                return "until", self.tr("Type the credential's end date as YYYY-MM-DD, for "
                                        "example 2027-06-30, or leave it empty.")
        return "", ""

    def _edited(self) -> None:
        """The strength meter follows the typing; the error line goes as soon as the problem
        it names is fixed (another may show at the next Create)."""
        self.hint.setText(strength_hint(self.passphrase.text()))
        if self._problem and self.problem()[0] != self._problem:
            self._problem = ""
            self.error.clear()

    def _show(self, key: str, text: str) -> None:
        self._problem = key
        self.error.setText(text)
        focus = {"name": self.name, "differ": self.confirm, "credential": self.credential_body,
                 "until": self.credential_until}.get(key, self.passphrase)
        if key == "differ":
            self.confirm.clear()
        focus.setFocus()

    def _demo(self) -> None:
        dialog = DemoDialog(self)
        if not dialog.exec():
            return
        folder = Path(self.location.text().strip() or str(default_vault_path())).expanduser()
        self.demo_requested.emit(folder.with_name("demo-practice.triad"), dialog.passphrase.text())

    def _submit(self) -> None:
        key, text = self.problem()
        if key:
            self._show(key, text)
            return
        self._problem = ""
        self.error.clear()
        self.create_requested.emit({
            "path": Path(self.location.text().strip()).expanduser(),
            "name": self.name.text(), "role": Role(self.role.currentData()),
            "passphrase": self.passphrase.text(), "practice_name": self.practice.text(),
            "credentials": self.credentials(),
        }, self.quick.isChecked())
