"""The start window: first-run vault creation, unlock, and (until the case workspace lands)
a page that says which vault is open. Ctrl+L locks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triad.members import MIN_PASSPHRASE, Role
from triad.workspace import Created, Workspace

from . import dialogs
from .messages import message_for
from .ops import Ops
from .settings import Settings, default_vault_path


def strength_hint(passphrase: str) -> str:
    """A rough, honest hint: length matters most for passphrases."""
    n = len(passphrase)
    if n == 0:
        return ""
    if n < MIN_PASSPHRASE:
        return f"Too short: at least {MIN_PASSPHRASE} characters."
    if n < 14:
        return "Acceptable. Four or more unrelated words are stronger."
    return "Strong."


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _Page(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 32, 48, 32)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading = heading
        self.layout_.addWidget(heading)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName("Error message")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)

    def finish(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy)
        self.layout_.addStretch(1)


class CreatePage(_Page):
    create_requested = Signal(object)
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
        for role in Role:
            self.role.addItem(role.value.capitalize(), role.value)
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.confirm = _password_field(self.tr("Confirm passphrase"))
        self.hint = QLabel()
        self.location = QLineEdit(str(default_vault_path()))
        for label, widget in (
            (self.tr("Practice name"), self.practice), (self.tr("Your name"), self.name),
            (self.tr("Your role"), self.role), (self.tr("Passphrase"), self.passphrase),
            (self.tr("Confirm"), self.confirm), ("", self.hint),
            (self.tr("Vault folder"), self.location),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label or "Passphrase strength")
        self.layout_.addLayout(form)
        self.passphrase.textChanged.connect(lambda t: self.hint.setText(strength_hint(t)))
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open an existing vault…"))
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.layout_.addLayout(buttons)
        self.finish()
        self.create_button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self.open_requested)

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Please enter your name."))
            self.name.setFocus()
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("The passphrase must have at least 8 characters."))
            self.passphrase.setFocus()
            return
        if self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        self.error.clear()
        self.create_requested.emit({
            "path": Path(self.location.text().strip()).expanduser(),
            "name": self.name.text(), "role": Role(self.role.currentData()),
            "passphrase": self.passphrase.text(), "practice_name": self.practice.text(),
        })


class UnlockPage(_Page):
    unlock_requested = Signal(str, str)  # member name (may be empty), passphrase
    open_requested = Signal()
    create_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Unlock"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.layout_.addWidget(self.where)
        form = QFormLayout()
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("Leave empty for the vault's first member"))
        self.member.setAccessibleName(self.tr("Member name"))
        self.passphrase = _password_field(self.tr("Passphrase"))
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.layout_.addLayout(form)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open another vault…"))
        self.new_button = QPushButton(self.tr("New vault…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.layout_.addLayout(buttons)
        self.finish()
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.create_requested)

    def show_vault(self, path: str) -> None:
        self.where.setText(self.tr("Vault: %s") % path)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.error.setText(self.tr("Enter your passphrase."))
            return
        self.error.clear()
        self.unlock_requested.emit(self.member.text().strip(), self.passphrase.text())


class OpenPage(_Page):
    lock_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Vault open"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.members = QTableWidget(0, 3)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.members.setAccessibleName(self.tr("Members"))
        self.layout_.addWidget(self.members, 1)
        lock = QPushButton(self.tr("Lock (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        self.layout_.addWidget(lock, 0, Qt.AlignmentFlag.AlignRight)
        self.finish()

    def show_workspace(self, ws: Workspace, path: str) -> None:
        report = ws.verify()
        practice = ws.practice_name or self.tr("(no practice name)")
        status = self.tr("all signatures and hash chains check") if report.ok else self.tr(
            "VERIFICATION FOUND PROBLEMS: run triad-cli verify")
        self.summary.setText(self.tr(
            "<b>%1</b><br>Vault: %2<br>Signed in as %3 (%4)<br>Entry log: %5 entries, %6"
        ).replace("%1", practice).replace("%2", path).replace("%3", ws.actor.name)
         .replace("%4", ws.actor.role.value).replace("%5", str(report.log.entries))
         .replace("%6", status))
        members = ws.members.list(include_removed=True)
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            for col, text in enumerate((m.name, m.role.value, "active" if m.active else "removed")):
                self.members.setItem(row, col, QTableWidgetItem(text))

    def clear(self) -> None:
        self.summary.clear()
        self.members.setRowCount(0)


class StartWindow(QMainWindow):
    """Holds the workspace once unlocked; drops it (and every key) on lock or close."""

    unlocked = Signal(object)
    locked = Signal()

    def __init__(self, ops: Ops, settings: Settings, vault: str | None) -> None:
        super().__init__()
        self.ops, self.settings = ops, settings
        self.workspace: Workspace | None = None
        self.vault_path = vault or ""
        self.setWindowTitle("Triad")
        self.resize(720, 520)
        self.stack = QStackedWidget()
        self.create_page, self.unlock_page, self.open_page = CreatePage(), UnlockPage(), OpenPage()
        for page in (self.create_page, self.unlock_page, self.open_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.create_page.create_requested.connect(self._create)
        self.create_page.open_requested.connect(self._choose_vault)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.open_requested.connect(self._choose_vault)
        self.unlock_page.create_requested.connect(lambda: self.stack.setCurrentWidget(self.create_page))
        self.open_page.lock_requested.connect(self.lock)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        if self.vault_path and (Path(self.vault_path) / "keyslots").exists():
            self._show_unlock()
        else:
            if self.vault_path:
                self.create_page.location.setText(self.vault_path)
            self.stack.setCurrentWidget(self.create_page)

    def _show_unlock(self) -> None:
        self.unlock_page.show_vault(self.vault_path)
        self.stack.setCurrentWidget(self.unlock_page)

    def _choose_vault(self) -> None:
        path = dialogs.choose_folder(self, self.tr("Choose a Triad vault folder"))
        if path:
            self.vault_path = path
            self._show_unlock()

    def _busy(self, page: _Page, busy: bool) -> None:
        page.busy.setVisible(busy)
        for button in page.findChildren(QPushButton):
            button.setEnabled(not busy)

    def _work(self, page: _Page, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy(page, True)

        def ok(value: Any) -> None:
            self._busy(page, False)
            done(value)

        def failed(exc: BaseException) -> None:
            self._busy(page, False)
            page.error.setText(message_for(exc))

        self.ops.run(work, ok, failed)

    def _create(self, form: dict[str, Any]) -> None:
        def created(result: Created) -> None:
            self.vault_path = str(form["path"])
            dialogs.show_recovery_code(self, result.recovery_code)
            self._opened(result.workspace)

        self._work(self.create_page, lambda: Workspace.create(**form), created)

    def _unlock(self, member: str, passphrase: str) -> None:
        path = Path(self.vault_path)
        self._work(self.unlock_page, lambda: Workspace.open(path, passphrase, member or None),
                   self._opened)

    def _opened(self, ws: Workspace) -> None:
        self.workspace = ws
        self.settings.last_vault = self.vault_path
        self.unlock_page.passphrase.clear()
        self.create_page.passphrase.clear()
        self.create_page.confirm.clear()
        self.open_page.show_workspace(ws, self.vault_path)
        self.stack.setCurrentWidget(self.open_page)
        self.setWindowTitle(f"Triad — {Path(self.vault_path).name}")
        self.unlocked.emit(ws)

    def lock(self) -> None:
        if self.workspace is None:
            return
        self.workspace.close()
        self.workspace = None
        self.open_page.clear()
        self.setWindowTitle("Triad")
        self._show_unlock()
        self.locked.emit()

    def closeEvent(self, event: Any) -> None:
        self.lock()
        super().closeEvent(event)
