"""Closing a case from the Overview (issue 16): a case that had surrogate sessions closes after
its closing three-way meeting; without one the dialog asks why there was none and keeps it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_overview_tab import therapist
from triad.workspace import Workspace
from ui.casefile.overview import dialogs as od

__all__ = ["therapist"]


def _case(ws: Workspace, number: str) -> str:
    return next(c.case_id for c in ws.cases.list() if c.code.endswith("-" + number))


def test_closing_without_a_meeting_asks_why_and_keeps_the_reason(
        qtbot: QtBot, therapist: Workspace) -> None:
    case_id = _case(therapist, "001")
    therapist.cases.change_status(case_id, "closing", "Goals reached")
    dialog = od.StatusDialog(therapist, therapist.cases.get(case_id), "closed")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_meeting.isVisible()
    dialog.reason.setText("Goals met")
    dialog.save()  # no reason for the missing meeting: refused, nothing written
    assert "closing three-way meeting" in dialog.error.text()
    assert therapist.cases.get(case_id).status == "closing"
    dialog.no_meeting.setText("The client moved abroad; closure by letter")
    dialog.save()
    assert therapist.cases.get(case_id).status == "closed"
    last = therapist.log.entries("case_id=? AND kind=?", (case_id, "case.status_changed"))[-1]
    assert last.body["no_closing_meeting"] == "The client moved abroad; closure by letter"


def test_a_case_without_surrogate_work_closes_without_the_question(
        qtbot: QtBot, therapist: Workspace) -> None:
    case_id = _case(therapist, "005")  # in assessment: no surrogate session yet
    dialog = od.StatusDialog(therapist, therapist.cases.get(case_id), "closed")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.no_meeting.isVisible()
    dialog.save()
    assert therapist.cases.get(case_id).status == "closed"
