"""A packet or identity card opened from the file manager (``triad FILE``, the desktop entry's
``Exec=triad %f``): the unlock page says what will follow, and once the vault is open the
Exchange dialog asks before a packet is imported (a card has its own confirmation: the
fingerprint read aloud, ``CardDialog``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenWith", text)


def waiting_note(path: str) -> str:
    """The unlock page's line: what happens to the file once the vault is open."""
    name = Path(path).name
    if Path(path).suffix.lower() == ".triadcard":
        return _tr("Once it is open, Triad asks you to compare the fingerprint of the identity "
                   "card %s before adding its owner as a contact.") % name
    return _tr("Once it is open, Triad asks before importing the packet %s.") % name


def missing(path: Path) -> str:
    return _tr("The file %s cannot be read: it was moved or deleted, or this account may not "
               "read it. Import it from Exchange (Ctrl+E) once you have it again.") % path.name


def ask_packet(parent: QWidget, path: Path) -> bool:
    """The confirmation before a double-clicked packet is imported into the open vault."""
    from ui.widgets import dialogs

    return dialogs.confirm(parent, _tr(
        "Import the packet %s into this vault? Only a packet written for you by one of your "
        "contacts is accepted; anything else is refused and changes nothing.") % path.name,
        _tr("Import packet"))
