"""Small pieces the app's forms and tabs share: the one error colour, the line a refusal is
shown in, a clinical time as text, and a dialog's Cancel + action buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QPushButton

ERROR_RED = "#b3261e"  # the one hard-coded colour: a muted red, readable on light and dark
ERROR_STYLE = f"color: {ERROR_RED};"


def error_label() -> QLabel:
    """An empty, word-wrapped line in the error colour; the text set in it is never HTML."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(QCoreApplication.translate("Form", "Error message"))
    return label


def clinical_minutes(at: str | None) -> str:
    """A clinical time as YYYY-MM-DD HH:MM (a bare date stays a date; none is empty)."""
    return at.replace("T", " ")[:16] if at else ""


def action_buttons(dialog: QDialog, layout: QBoxLayout, text: str
                   ) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's action, added to ``layout``; the action is the default button
    (Enter). Connect ``accepted`` to what the action does."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    ok.setDefault(True)  # only once inside the dialog, or the dialog does not know it
    return buttons, ok
