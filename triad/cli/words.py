"""Counted words for the command line: ``counted(3, "{n} session", "{n} sessions")``.

English chooses its own form (the catalogue keeps no English plurals); other languages
translate the form chosen, each form a string of the ``cli`` context (German, like English,
has one form for 1 and one for every other number)."""

from __future__ import annotations

from triad import i18n

__all__ = ["counted"]


def counted(n: int, one: str, many: str, **values: object) -> str:
    """``one`` or ``many`` for ``n``, translated, with ``{n}`` (and ``values``) filled in."""
    return (tr_words(one) if n == 1 else tr_words(many)).format(n=n, **values)


def tr_words(text: str) -> str:
    return i18n.translate("cli", text)
