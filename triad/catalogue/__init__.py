"""The catalogue's sentences: every sentence Triad shows a person about an error, in plain English.

    codes       one table per code family of triad.errors (INVALID, VAULT, ...), SINGLE, FAMILIES
    words       the words that fill a sentence: fields, parties, roles, statuses, flags
    contexts    the wording of one place where it must differ: the command line (CLI,
                CLI_QUICK), the Plan tab (PLAN), the Sessions & debriefs tab (SESSIONS)

Only tables live here; :mod:`triad.messages` picks a sentence for an error and fills it in
(import the tables from there). Every sentence is marked :func:`N_` -- a no-op, so that
translation tools find it (``xgettext --keyword=N_``). No sentence holds record text, a
client's or member's name, or a passphrase. The unlock window shows these sentences before the
case file's modules load: import nothing here but :mod:`triad.errors`.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["NN_", "N_", "Plural"]


def N_(text: str) -> str:
    """Mark a sentence for translation; returns it unchanged (translated where it is shown)."""
    return text


class Plural(NamedTuple):
    """A sentence that counts something, as English writes it for one and for many (gettext's
    ``ngettext`` pair). The catalogue holds ``many`` as a plural message (Qt's numerus): each
    language gives its own forms and picks one by the number; English, which has no
    catalogue, reads ``one`` for 1 and ``many`` otherwise (:func:`triad.messages.plural`)."""

    one: str
    many: str


def NN_(one: str, many: str) -> Plural:
    """Mark a counted sentence for translation: ``one`` (English only) and ``many`` (the
    catalogue's plural message, found by tools/i18n.py as numerus)."""
    return Plural(one, many)
