"""Message boxes and file dialogs in one place, so tests can replace them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def mono_font(bigger: int = 0) -> QFont:
    """The monospace font, ``bigger`` points above the default, for codes and fingerprints."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + bigger)
    return font


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
    box.setFont(mono_font(4))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(parent.tr("I have written it down"))
    box.exec()


def error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, parent.tr("Triad"), message)


def info(parent: QWidget, message: str) -> None:
    QMessageBox.information(parent, parent.tr("Triad"), message)


def confirm(parent: QWidget, question: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Triad"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def open_file(parent: QWidget, title: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return path or None


def save_file(parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path or None
