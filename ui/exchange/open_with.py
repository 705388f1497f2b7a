"""A packet or identity card opened from the file manager (``triad FILE``, the desktop entry's
``Exec=triad %f``): the unlock page says what will follow, and once the vault is open the
Exchange dialog asks before a packet is imported (a card has its own confirmation: the
fingerprint read aloud, ``CardDialog``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from ui.widgets.keys import EXCHANGE_KEY, with_key

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from ui.start.window import StartWindow


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
    return with_key(_tr("The file %s cannot be read: it was moved or deleted, or this account "
                        "may not read it. Import it from Exchange (%1) once you have it again."),
                    EXCHANGE_KEY) % path.name


def ask_packet(parent: QWidget, path: Path) -> bool:
    """The confirmation before a double-clicked packet is imported into the open vault."""
    from ui.widgets import dialogs

    return dialogs.confirm(parent, _tr(
        "Import the packet %s into this vault? Only a packet written for you by one of your "
        "contacts is accepted; anything else is refused and changes nothing.") % path.name,
        _tr("Import packet"))


class FileOpenFilter(QObject):
    """macOS: a double-click on a packet or card sends the running app a ``FileOpen`` event
    (Launch Services), not an argument. Before the unlock the file waits for it, as a file
    given at start does; with a vault open, the Exchange dialog takes it at once. Installed on
    the application by ``ui.app.start`` on macOS only (elsewhere the argument does it)."""

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QFileOpenEvent

        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        from ui.app import OPENED_SUFFIXES

        path = event.file()
        if Path(path).suffix.lower() not in OPENED_SUFFIXES:
            return False
        if self.window.workspace is not None:
            self.window.main.open_exchange(path)
        else:
            self.window.import_after_unlock(path)
        return True
