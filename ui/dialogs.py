"""Message boxes and file dialogs in one place, so tests can replace them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def choose_folder(parent: QWidget, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None


def show_recovery_code(parent: QWidget, code: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(parent.tr("Your recovery code"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(parent.tr(
        "Write this code down now and keep it locked away, apart from this computer. "
        "If a passphrase is forgotten, it sets a new one. It is shown only once."
    ))
    box.setInformativeText(code)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + 4)
    box.setFont(font)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(parent.tr("I have written it down"))
    box.exec()
