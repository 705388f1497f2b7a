"""The desktop app's one way to turn an error into a sentence for a person (translated).

    dialogs.error(self, message_for(exc))

The sentences live in the core's one catalogue, :mod:`triad.messages` (plain English, each
marked ``N_()``); here each is translated with Qt in one fixed context, ``CONTEXT``, so a
translation file covers the catalogue once. Messages name fields, activities, parties and
statuses -- never record text, a client's or member's name, or a passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from triad import messages as catalogue

CONTEXT = "messages"  # the Qt translation context of every catalogue sentence

__all__ = ["CONTEXT", "counted_tr", "message_for", "tr"]


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def counted_tr(text: str, n: int) -> str:
    """A counted sentence of the catalogue (``triad.messages.plural``) in its form for ``n``."""
    return QCoreApplication.translate("messages", text, None, n)


def message_for(exc: BaseException) -> str:
    """A clear sentence and, where there is one, the next step; an unknown error gets a
    generic line and a log entry naming only its type."""
    return catalogue.sentence(exc, tr)
