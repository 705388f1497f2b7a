"""The recovery code, shown once (at first run, or when a therapist replaces it): in six
groups that never split across lines, with Save recovery sheet… (the PDF the CLI writes,
atomically, mode 0600, where the user picks), Print… and Copy. It cannot be dismissed -- not by
Esc, the window's close button or Continue -- until "I have written it down or saved the
sheet" is ticked: a code lost here cannot be shown again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import dialogs


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, vault_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.vault_name = code, vault_name or "Triad vault"
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This code sets a new passphrase if one is forgotten. It is shown only this once: "
            "write it down or save the recovery sheet now, and keep it locked away, apart from "
            "this computer. Anyone who has it and a copy of the vault can read every record."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.groups: list[QLabel] = []
        for i, group in enumerate(code.split("-")):
            number = QLabel(str(i + 1))
            number.setEnabled(False)  # muted: the group's number, read aloud with it
            label = QLabel(group)  # one label per group: a group never wraps
            label.setFont(dialogs.mono_font(8))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Group %1").replace("%1", str(i + 1)))
            self.groups.append(label)
            row, col = divmod(i, 3)
            grid.addWidget(number, row, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, row, col * 2 + 1)
        layout.addLayout(grid)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save recovery sheet…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr(
            "Copies the code to the clipboard. Paste it into a password manager, then copy "
            "something else: the clipboard is readable by other programs."))
        for button in (self.save_button, self.print_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.note)
        self.confirmed = QCheckBox(self.tr("I have &written it down or saved the sheet"))
        layout.addWidget(self.confirmed)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(self.tr("C&ontinue"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setEnabled(False)
        self.continue_button.setToolTip(self.tr("Tick the box above first."))
        layout.addWidget(buttons)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.copy_button.clicked.connect(self._copy)

    # -- the three ways to keep it --
    def sheet(self) -> bytes:
        from triad import clock
        from triad.reports.service import recovery_sheet

        return recovery_sheet(self.vault_name, self.code, clock.local_now())

    def _save(self) -> None:
        from triad.vault.files import atomic_write

        stem = Path(self.vault_name).stem or "triad"
        path = dialogs.save_file(self, self.tr("Save the recovery sheet"),
                                 f"{stem}-recovery-sheet.pdf", self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            atomic_write(target, self.sheet(), mode=0o600)
        except Exception as exc:
            from ui.messages import message_for

            self.note.setText(message_for(exc))
            return
        self.saved_to = target
        self.note.setText(self.tr(
            "Recovery sheet saved to %1 (readable by you only). Print it or move it to a "
            "drive kept apart from this computer, then delete this copy.").replace(
            "%1", str(target)))

    def document(self) -> QTextDocument:
        """What Print… prints: the code in large monospace groups, with what it is for."""
        doc = QTextDocument()
        rows = "".join(f"<td style='padding:8px 18px'><small>{i + 1}</small> "
                       f"<span style='font-family:monospace; font-size:20pt'>{g}</span></td>"
                       + ("</tr><tr>" if i == 2 else "") for i, g in enumerate(self.code.split("-")))
        doc.setHtml(
            f"<h2>{self.tr('Triad recovery sheet')}</h2><p>{self.tr('Vault')}: "
            f"{self.vault_name.replace('<', '&lt;')}</p><table><tr>{rows}</tr></table>"
            f"<p>{self.tr('This code sets a new passphrase for any member of this vault if one is forgotten. Anyone who has it and a copy of the vault can read every record. Keep it locked away.')}</p>")
        return doc

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
            self.note.setText(self.tr("Sent to the printer."))

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.code)
        self.note.setText(self.tr(
            "Copied. Paste it where you keep it safe, then copy something else."))

    # -- not dismissed unconfirmed --
    def done(self, result: int) -> None:
        if not self.confirmed.isChecked():
            self.note.setText(self.tr(
                "Keep the code first: write it down, save or print the sheet, then tick the "
                "box. It cannot be shown again."))
            self.confirmed.setFocus()
            return
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.confirmed.isChecked():
            self.done(QDialog.DialogCode.Rejected)  # says why, stays open
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirmed.isChecked():
            event.ignore()
            self.done(QDialog.DialogCode.Rejected)
            return
        super().closeEvent(event)
