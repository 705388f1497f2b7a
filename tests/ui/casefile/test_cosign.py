"""Co-signature in the Sessions tab (issue 16): when the practice requires it, the supervisor
reads the therapist's review and co-signs it (Co-sign review…); the review then shows who
co-signed it; the therapist cannot; the case list offers it as the supervisor's next due."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from triad import demo
from triad.workspace import Workspace
from ui.casefile.sessions.cosign import CosignDialog
from ui.casefile.sessions.tab import SessionsTab
from ui.cases.model import load_rows


@pytest.fixture
def opened(demo_copy: Path) -> Callable[..., Workspace]:
    kept: list[Workspace] = []

    def open_(who: str | None = None) -> Workspace:
        ws = Workspace.open(demo_copy, PASS, who or demo.THERAPIST)
        kept.append(ws)
        return ws

    yield open_  # type: ignore[misc]
    for ws in kept:
        ws.close()


def _tab(qtbot: QtBot, ws: Workspace, case_id: str) -> SessionsTab:
    tab = SessionsTab()
    qtbot.addWidget(tab)
    tab.show_case(ws, case_id)
    return tab


def test_the_supervisor_reads_the_review_and_cosigns_it(qtbot: QtBot, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sup, therapist = opened(demo.SUPERVISOR), opened()
    case_id = next(c.case_id for c in therapist.cases.list() if c.code == "C-2026-001")
    sup.audit.update_settings(cosign_from=DEMO_NOW.date().isoformat())
    waiting = next(s for s in therapist.sessions.list(case_id)
                   if s.debrief is not None and not s.debrief.reviewed)
    therapist.sessions.review(waiting.session_id, "Discussed pacing; agree to repeat the exercise.")
    # the supervisor's case list: co-sign is their next due, and Enter lands on the session
    row = next(r for r in load_rows(sup) if r.case_id == case_id)
    assert row.due.startswith("Co-sign the review of ") and row.due_tab == "sessions"
    assert row.due_record == waiting.session_id
    tab = _tab(qtbot, sup, case_id)
    tab.select_record(row.due_record)
    assert tab.cosign_button.isEnabled(), tab.cosign_button.toolTip()
    assert "Awaiting the supervisor's co-signature." in tab.detail.toPlainText()
    seen: dict[str, str] = {}

    def exec_(dialog: CosignDialog) -> int:
        seen["review"] = dialog.review.text()
        seen["details"] = dialog.details.toPlainText()
        qtbot.keyClicks(dialog.comment, "Agree; discussed in supervision.")
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(CosignDialog, "exec", exec_)
    with qtbot.waitSignal(tab.changed):
        tab._default_action()  # Enter on the session: the supervisor's next step
    assert "Discussed pacing" in seen["review"] and "Client arrived on time" in seen["details"]
    assert not tab.cosign_button.isEnabled()
    assert tab.cosign_button.toolTip() == "Every review of this debrief is co-signed."
    assert f"Co-signed by {demo.SUPERVISOR}" in tab.detail.toPlainText()
    assert "Agree; discussed in supervision." in tab.detail.toPlainText()
    assert not [a for a in sup.cosign.awaiting() if a.case_id == case_id]
    # the therapist sees the co-signature and cannot give one
    theirs = _tab(qtbot, therapist, case_id)
    theirs.select_record(waiting.session_id)
    assert f"Co-signed by {demo.SUPERVISOR}" in theirs.detail.toPlainText()
    assert not theirs.cosign_button.isEnabled()
    assert theirs.cosign_button.toolTip() == "Only the case's supervisor can do this."
