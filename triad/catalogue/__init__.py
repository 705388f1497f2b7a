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

__all__ = ["N_"]


def N_(text: str) -> str:
    """Mark a sentence for translation; returns it unchanged (translated where it is shown)."""
    return text
