"""Small pieces the app's forms and tabs share: the one error colour, the line a refusal is
shown in, a clinical time or day as text, the date inputs' format, and a dialog's Cancel +
action buttons.

Dates follow the app's language (issue 19): German "23.11.2026 14:30", English the ISO form
Triad has always shown ("2026-11-23 14:30"), through :mod:`triad.i18n` as the Agenda, the
command line and the reports write them. A table that sorts by a date sorts by the stored
ISO value (a sort role), never by these words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QPushButton

from triad import clock, i18n

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
    """A clinical local time in the app's language: "23.11.2026 14:30" in German,
    "2026-11-23 14:30" in English (a bare date stays a date; none is empty). An entry's UTC
    stamp ("…Z") is shown in local time."""
    if not at:
        return ""
    if at.endswith("Z"):
        at = clock.utc_to_local_minutes(at)
    return i18n.day_and_time(at.replace("T", " ")[:16])


def clinical_day(at: str | None) -> str:
    """The day of a clinical time or date in the app's language: "23.11.2026" in German,
    "2026-11-23" in English (none is empty; text that is no date comes back as it is)."""
    return i18n.short_date(at[:10]) if at else ""


def clinical_number(value: float) -> str:
    """A measured value as short as it goes ("24.5", "12") with the language's decimal mark:
    "24,5" in German."""
    text = f"{value:g}"
    return text.replace(".", ",") if i18n.chosen() == i18n.GERMAN else text


def day_format() -> str:
    """A date input's display format (``QDateEdit.setDisplayFormat``) in the app's language:
    what a person types and reads there is the form they write dates in."""
    return "dd.MM.yyyy" if i18n.chosen() == i18n.GERMAN else "yyyy-MM-dd"


def minutes_format() -> str:
    """A date-and-time input's display format (``QDateTimeEdit``), as ``day_format``."""
    return day_format() + " HH:mm"


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
