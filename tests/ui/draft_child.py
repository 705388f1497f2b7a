"""Run by tests/ui/test_drafts.py and tests/ui/test_form_drafts.py in its own process: opens
the demo vault as a surrogate partner, types into a debrief (of the session given, or of her
first one), lets autosave run, then waits to be killed (SIGKILL)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_PASS
from triad import demo
from triad.workspace import Workspace
from ui.casefile.sessions.debrief_form import DebriefDialog


def main(vault: str, text: str, session_id: str = "") -> None:
    app = QApplication([])
    ws = Workspace.open(Path(vault), DEMO_PASS, demo.SURROGATES[0])
    me = ws.actor.member_id
    session = next(s for c in ws.cases.list() for s in ws.sessions.list(c.case_id)
                   if s.surrogate_id == me and s.session_id == (session_id or s.session_id))
    dialog = DebriefDialog(ws, session)
    dialog._draft_timer.setInterval(200)  # the app's every few seconds, shortened for the test
    dialog.show()
    dialog.went_well.setPlainText(text)  # as typed: the field's own change signal runs
    print(session.session_id, session.case_id, flush=True)
    app.exec()  # killed while the form is open, never closed or locked


if __name__ == "__main__":
    main(*sys.argv[1:4])  # the vault, the text, and the session (its first one if none)
