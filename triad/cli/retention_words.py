"""The command line's words for why a closed case is kept longer than the practice's retention
figure: a form its client signed promises more (issue 19, ``triad.casefile.form_retention``).
Used by ``triad-cli retention`` and ``triad-cli case status``."""

from __future__ import annotations

from triad import i18n
from triad.casefile.form_retention import FormPromise
from triad.casefile.retention import Retention


def _tr(text: str) -> str:
    return i18n.translate("cli", text)


def form_words(promise: FormPromise) -> str:
    """'"<its title>" (German version 2)': the form as the client read and signed it."""
    version = (_tr("German version {version}") if promise.language == i18n.GERMAN
               else _tr("English version {version}")).format(version=promise.version)
    return _tr("\u201c{title}\u201d ({version})").format(title=promise.title, version=version)


def kept_because(r: Retention) -> str:
    """One line saying why ``r`` ends when it does, or "" when the practice's figures alone
    decide it."""
    p = r.promised_by
    if p is None:
        return ""
    return _tr("{code} is kept until {until}: the signed form {form} promises {years} years "
               "after the last service (the practice's figure alone would end it on "
               "{practice}).").format(
        code=r.code, until=i18n.short_date(r.ends_on), form=form_words(p), years=p.years,
        practice=i18n.short_date(r.practice_ends_on))
