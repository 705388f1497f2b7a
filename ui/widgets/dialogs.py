"""Message boxes and file dialogs in one place, so tests can replace them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

APP_NAME = "Triad"  # the message boxes' title: a name, the same in every language


def mono_font(bigger: int = 0) -> QFont:
    """The monospace font, ``bigger`` points above the default, for codes and fingerprints."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + bigger)
    return font


def documents_dir() -> str:
    """Where file dialogs start: the user's Documents folder (platformdirs: XDG on Linux,
    ~/Documents on macOS, the known folder on Windows), else the home folder -- never the
    program's working directory."""
    from pathlib import Path

    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    return str(folder if folder.is_dir() else Path.home())


def _start(suggested: str) -> str:
    from pathlib import Path

    return suggested if Path(suggested).is_absolute() else str(Path(documents_dir()) / suggested)


def choose_folder(parent: QWidget, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, documents_dir())
    return path or None


def show_recovery_code(parent: QWidget, code: str, vault_name: str = "") -> None:
    """The recovery code, shown once, kept open until the user confirms they kept it
    (``ui.widgets.recovery_code``)."""
    from ui.widgets.recovery_code import RecoveryCodeDialog

    RecoveryCodeDialog(code, vault_name, parent).exec()


def error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, APP_NAME, message)


def info(parent: QWidget, message: str) -> None:
    QMessageBox.information(parent, APP_NAME, message)


def confirm(parent: QWidget, question: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question,
                      QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def open_file(parent: QWidget, title: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, documents_dir(), pattern)
    return path or None


def save_file(parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(suggested), pattern)
    return path or None
