"""Practice… → Backup → Restore…: a backup file into a NEW folder (never over an existing
vault), checked end to end (every chain, signature and page) before the folder appears, then
offered to open. It runs on the worker with a labelled progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Op, Ops
from ui.widgets import dialogs

if TYPE_CHECKING:
    from triad.workspace import VaultReport, Workspace


class RestoreDialog(QDialog):
    opened = Signal(object, object, str)  # the restored Workspace, its report, its folder
    restoring = Signal()  # the restore begins (the window's background check stops)

    def __init__(self, ops: Ops, member: str, vault_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A backup is restored into a new folder: the vault you have open is not touched. "
            "Every entry, signature and database page is checked before the folder appears. "
            "The passphrase is the one that was yours when the backup was made."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.backup = QLineEdit()
        self.backup.setAccessibleName(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("&Choose…"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("New folder"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.member = QLineEdit(member)
        self.member.setAccessibleName(self.tr("Member name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        for label, field, button in ((self.tr("&Backup file"), self.backup, self.browse),
                                     (self.tr("&New folder"), self.folder, self.choose)):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow(self.tr("&Member"), self.member)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.error)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Progress"))
        for widget in (self.progress_label, self.progress):
            widget.hide()
            layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._browse)
        self.choose.clicked.connect(lambda: self._choose(vault_name))
        for field in (self.backup, self.folder, self.passphrase, self.member):
            field.textChanged.connect(self.error.clear)

    def _browse(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose a backup"), self.tr("Triad backups (*.backup)"))
        if path:
            self.backup.setText(path)

    def _choose(self, vault_name: str) -> None:
        suggested = f"{Path(vault_name).stem or 'practice'}-restored.triad"
        path = dialogs.save_file(self, self.tr("Restore into a new folder"), suggested,
                                 self.tr("Triad vaults (*.triad)"))
        if path:
            self.folder.setText(path)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress_label.setVisible(on)
        for w in (self.restore_button, self.browse, self.choose):
            w.setEnabled(not on)

    def _restore(self) -> None:
        backup, folder = Path(self.backup.text().strip()), Path(self.folder.text().strip())
        if not self.backup.text().strip() or not backup.is_file():
            self.error.setText(self.tr("Choose the backup file to restore."))
            return
        if not self.folder.text().strip():
            self.error.setText(self.tr("Choose a new folder to restore into."))
            return
        if folder.exists() and any(folder.iterdir()):
            self.error.setText(self.tr(
                "That folder is not empty. A backup is restored only into a new folder, never "
                "over a vault or other files: choose another name."))
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Enter the passphrase that opens the backup."))
            return
        from triad.workspace import Workspace

        passphrase, member = self.passphrase.text(), self.member.text().strip() or None
        self.progress_label.setText(self.tr(
            "Restoring %1 and checking every entry, signature and page…").replace(
            "%1", backup.name))
        self.restoring.emit()
        Op(self.ops, self, lambda: Workspace.restore(backup, folder, passphrase, member)).busy(
            self._busy).success(lambda result: self._done(folder, *result)).failure(
            self._failed).run()

    def _failed(self, exc: Exception) -> None:
        from ui.messages import message_for

        self.error.setText(message_for(exc))

    def _done(self, folder: Path, ws: Workspace, report: VaultReport) -> None:
        self.passphrase.clear()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), self.tr(
            "The backup was restored into %1 and verified: %2 signed entries, every chain, "
            "signature and page intact.").replace("%1", str(folder)).replace(
            "%2", str(report.log.entries)) if report.ok else self.tr(
            "The backup was restored into %1, but verification found problems: see the Audit "
            "tab once it is open.").replace("%1", str(folder)), parent=self)
        box.setInformativeText(self.tr(
            "Open the restored vault now? The vault you have open now is locked first."))
        open_button = box.addButton(self.tr("&Open restored vault"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            self.opened.emit(ws, report, str(folder))
        else:
            ws.close()
        self.accept()
