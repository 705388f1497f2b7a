"""The app's one way to let case content leave the vault (issue 17, the accounting of
disclosures): :func:`save` writes a file and records it, :func:`printed` records what was sent
to a printer. Every save or print of a report, a blank form, a scan, the Agenda's calendar file
or a case file goes through here, so each adds exactly one signed ``disclosure.recorded``
entry (``ws.disclosures``: to "file" or "printer", never the path). If the record cannot be
written the file is taken back and the error shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from triad.casefile.disclosures import To, What
from triad.errors import TriadError
from triad.workspace import Workspace
from ui.messages import message_for
from ui.widgets import dialogs


def save(parent: QWidget, ws: Workspace, target: Path, data: bytes, what: What,
         case_ids: Sequence[str], report: str = "") -> bool:
    """Write ``data`` to ``target`` atomically and record the disclosure; on any refusal (a
    full disk, a read-only folder, a role that may not) say why and return False."""
    try:
        ws.disclosures.save(target, data, what, case_ids, report=report)
    except TriadError as exc:
        dialogs.error(parent, message_for(exc))
        return False
    return True


def printed(parent: QWidget, ws: Workspace, what: What, case_ids: Sequence[str],
            report: str = "") -> bool:
    """Record that a document of ``case_ids`` went to a printer (after it was sent)."""
    try:
        ws.disclosures.written(None, what, case_ids, To.PRINTER, report=report)
    except TriadError as exc:
        dialogs.error(parent, message_for(exc))
        return False
    return True
