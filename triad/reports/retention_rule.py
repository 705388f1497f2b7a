"""The practice's retention rule in one sentence, the one wording both the disposal register
(``triad.reports.register``) and ``triad-cli retention`` print (context ``reports`` of the one
catalogue). Light on purpose: no ReportLab, so the command line can import it at no cost."""

from __future__ import annotations

from triad.casefile.retention import RetentionSettings
from triad.i18n import translate

__all__ = ["settings_words"]


def _tr(text: str, language: str | None) -> str:
    return translate("reports", text, language=language)


def settings_words(s: RetentionSettings, majority: int, language: str | None = None) -> str:
    """``s`` (with the age of ``majority``) in one sentence, in ``language`` (None: the one
    chosen, :func:`triad.i18n.chosen`, or the report's while it is built)."""

    def years(n: int) -> str:
        return (_tr("{n} year", language) if n == 1 else _tr("{n} years", language)).format(n=n)

    words = _tr("Closed cases are kept {years} after the last service; for a client who was a "
                "minor, until {minor_years} after the age of majority ({majority}) if that is "
                "later.", language).format(years=years(s.years),
                                           minor_years=years(s.minor_years), majority=majority)
    if s.note:
        return words + " " + _tr("Jurisdiction: {note}", language).format(note=s.note)
    if not s.recorded:
        return words + " " + _tr("These are the program's defaults (APA guidance); set "
                                 "your jurisdiction's.", language)
    return words
