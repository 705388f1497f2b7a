"""The app's words for why a closed case is kept longer than the practice's retention figure:
a form its client signed promises more (issue 19, ``triad.casefile.form_retention``). Shown in
the Records window (the retention column and its tooltip) and on the case's Overview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from triad.casefile.retention import Retention
from ui.widgets.form import clinical_day


def _tr(text: str) -> str:
    return QCoreApplication.translate("RetentionPromise", text)


def form_words(r: Retention) -> str:
    """'"<title>" (German version 2)': the form as the client read and signed it."""
    p = r.promised_by
    if p is None:
        return ""
    version = (_tr("German version %1") if p.language == "de"
               else _tr("English version %1")).replace("%1", str(p.version))
    return _tr("\u201c%1\u201d (%2)").replace("%1", p.title).replace("%2", version)


def kept_because(r: Retention) -> str:
    """One sentence: kept until when, and which signed form promises it; "" when the
    practice's figures alone decide."""
    p = r.promised_by
    if p is None:
        return ""
    return _tr("Kept until %1: the signed form %2 promises %3 years after the last service "
               "(the practice's figure alone would end it on %4).").replace(
        "%1", clinical_day(r.ends_on)).replace("%2", form_words(r)).replace(
        "%3", str(p.years)).replace("%4", clinical_day(r.practice_ends_on))


def kept_until(r: Retention) -> str:
    """The Overview's short line: "Kept until 2036-03-20 (the signed form promises 10 years)"."""
    p = r.promised_by
    if p is None:
        return ""
    return _tr("Kept until %1 (the signed form promises %2 years)").replace(
        "%1", clinical_day(r.ends_on)).replace("%2", str(p.years))


def short_reason(r: Retention) -> str:
    """A few words for the retention column: " (signed form: 10 years)"; "" otherwise."""
    p = r.promised_by
    if p is None:
        return ""
    return _tr(" (signed form: %1 years)").replace("%1", str(p.years))
