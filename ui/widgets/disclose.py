"""The app's one way to let case content leave the vault (issue 17, the accounting of
disclosures): :func:`save` writes a file and records it, :func:`printed` records what was sent
to a printer. Every save or print of a report, a blank form, a scan, the Agenda's calendar file
or a case file goes through here, so each adds exactly one signed ``disclosure.recorded``
entry (``ws.disclosures``: to "file" or "printer", never the path). If the record cannot be
written the file is taken back and the error shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from triad.casefile.disclosures import To, What
from triad.errors import TriadError
from triad.vault.files import atomic_write
from triad.workspace import Workspace
from ui.messages import message_for
from ui.widgets import dialogs


def save(parent: QWidget, ws: Workspace, target: Path, data: bytes, what: What,
         case_ids: Sequence[str], report: str = "", to: To = To.FILE) -> bool:
    """Write ``data`` to ``target`` atomically and record the disclosure; on any refusal (a
    full disk, a read-only folder, a role that may not) say why and return False. A file whose
    disclosure cannot be recorded is taken back, and the message says so."""
    try:
        ws.disclosures.check(what, case_ids)  # refused before anything is written
        atomic_write(target, data)
    except TriadError as exc:
        dialogs.error(parent, message_for(exc))
        return False
    try:
        ws.disclosures.written(target, what, case_ids, to, report=report)
    except TriadError as exc:
        dialogs.error(parent, QCoreApplication.translate(
            "disclose", "The file was removed again: its disclosure could not be recorded. "
            "%1").replace("%1", message_for(exc)))
        return False
    return True


def printed(parent: QWidget, ws: Workspace, what: What, case_ids: Sequence[str],
            report: str = "", to: To = To.PRINTER) -> bool:
    """Record that a document of ``case_ids`` went to a printer (after it was sent): to a
    printer, or to the client when it was printed for them."""
    try:
        ws.disclosures.written(None, what, case_ids, to, report=report)
    except TriadError as exc:
        dialogs.error(parent, QCoreApplication.translate(
            "disclose", "The document was printed, but its disclosure could not be recorded: "
            "%1").replace("%1", message_for(exc)))
        return False
    return True
