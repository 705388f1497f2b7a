"""A goal's value refused on its scale, as the Overview's dialogs say it: one whole sentence
per value (baseline, target, the value of a progress entry), since German gives each noun its
own article and case (der Ausgangswert, der Zielwert, der Wert)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from triad.errors import InvalidInput
from ui.messages import message_for
from ui.widgets.form import clinical_number


def _t(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


# a value refused on its scale, one whole sentence per value (German: der Ausgangswert, der
# Zielwert, der Wert -- the noun's article and case belong to the sentence)
SCALE_NUMBER = {
    "baseline": QT_TRANSLATE_NOOP("Overview",
                                  "The baseline must be a number on the %2 scale (%3 to %4)."),
    "target": QT_TRANSLATE_NOOP("Overview",
                                "The target must be a number on the %2 scale (%3 to %4)."),
    "value": QT_TRANSLATE_NOOP("Overview",
                               "The value must be a number on the %2 scale (%3 to %4).")}
SCALE_RANGE = {
    "baseline": QT_TRANSLATE_NOOP("Overview",
                                  "The baseline must be between %3 and %4 on the %2 scale."),
    "target": QT_TRANSLATE_NOOP("Overview",
                                "The target must be between %3 and %4 on the %2 scale."),
    "value": QT_TRANSLATE_NOOP("Overview",
                               "The value must be between %3 and %4 on the %2 scale.")}


def scale_sentence(refusal: InvalidInput | None, unit: str, field: str) -> str:
    """The core's refusal of a goal value on a scale (``CaseService.why_not_goal`` and
    ``why_not_progress``) as this dialog's sentence, naming the value (``field``: "baseline",
    "target" or "value") and the scale as typed in ``unit``; "" for no refusal."""
    if refusal is None:
        return ""
    if refusal.detail not in ("scale-number", "scale-range"):
        return message_for(refusal)
    low, high = refusal.data.get("minimum"), refusal.data.get("maximum")
    table = SCALE_NUMBER if refusal.detail == "scale-number" else SCALE_RANGE
    text = _t(str(table.get(field, table["value"])))
    return text.replace("%2", unit.strip()).replace(
        "%3", clinical_number(low) if isinstance(low, float) else str(low)).replace(
        "%4", clinical_number(high) if isinstance(high, float) else str(high))
