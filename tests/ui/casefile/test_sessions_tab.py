"""The Sessions & debriefs tab: schedule, debrief (outside consent → flagged), review, amend,
measures, and what each role may do and read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.ladder import Activity
from triad.workspace import Workspace
from ui.casefile.sessions import debrief_form
from ui.casefile.sessions.debrief_form import (
    QT_MINUTES,
    DebriefDialog,
    MeasureDialog,
    ReviewDialog,
    ScheduleDialog,
)
from ui.casefile.sessions.tab import FLAGGED, SessionsTab
from ui.widgets import dialogs

JONAS, SUPERVISOR = "Jonas Berg", "Dr Amara Okafor"
RECORDING = "Detailed notes for the therapist"  # the demo's process recordings start so


_TABS: list[SessionsTab] = []


@pytest.fixture
def opened(demo_copy: Path) -> Iterator[Callable[[str | None], Workspace]]:
    """Open the private demo copy as a member. After the test the tabs are cleared (as on
    lock) before every workspace is closed."""
    opened: list[Workspace] = []

    def open_(who: str | None = None) -> Workspace:
        ws = open_as(demo_copy, who)
        opened.append(ws)
        return ws

    yield open_
    while _TABS:
        _TABS.pop().clear()
    for ws in opened:
        ws.close()


def _case(ws: Workspace, number: str = "001") -> str:
    return next(c.case_id for c in ws.cases.list() if c.code.endswith("-" + number))


def _tab(qtbot: QtBot, ws: Workspace, case_id: str) -> SessionsTab:
    tab = SessionsTab()
    qtbot.addWidget(tab)
    _TABS.append(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(ws, case_id)
    return tab


def _yesterday(ws: Workspace) -> str:
    day = datetime.fromisoformat(ws.local_now()) - timedelta(days=1)
    return day.strftime("%Y-%m-%dT10:00")


def _due_session(therapist: Workspace, case_id: str) -> str:
    """A surrogate session held yesterday, planned within consent, not yet debriefed."""
    return therapist.sessions.schedule(
        case_id, "surrogate_session", _yesterday(therapist), 90, None,
        ("conversation", "relaxation_breathing"), "Practice room 2").subject_id


def _select(qtbot: QtBot, tab: SessionsTab, session_id: str) -> int:
    row = tab.model.row_of(session_id)
    assert row >= 0, "the session is not in the table"
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_session() is not None and tab.selected_session().session_id == session_id
    return row


def _cell(tab: SessionsTab, row: int, column: int) -> str:
    return str(tab.model.index(row, column).data())


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _drive(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> dict[str, Any]:
    """Replace ``cls.exec``: show the dialog, let ``fill`` work it, return its result."""
    seen: dict[str, Any] = {}

    def exec_(dialog: Any) -> int:
        dialog.show()
        seen["dialog"] = dialog
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_surrogate_logs_a_debrief_outside_consent_and_it_is_flagged(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    session_id = _due_session(therapist, case_id)
    jonas = opened(JONAS)
    tab = _tab(qtbot, jonas, case_id)
    assert "debriefs due: 1" in tab.summary.text()
    row = _select(qtbot, tab, session_id)
    assert _cell(tab, row, 5) == "due"
    questions: list[str] = []
    answers = iter([False, True])  # first the surrogate cancels, then submits

    def confirm(parent: QWidget, question: str, action: str) -> bool:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)

    def fill(d: DebriefDialog) -> None:
        _click(qtbot, d.submit_button)
        seen["empty"] = d.error.text()
        boxes = d.activities.boxes
        assert "planned, consented" in boxes[Activity.CONVERSATION].text()
        assert "not consented" in boxes[Activity.INTERCOURSE].text()
        qtbot.mouseClick(boxes[Activity.CONVERSATION], Qt.MouseButton.LeftButton)
        assert d.outside.text() == ""
        qtbot.mouseClick(boxes[Activity.INTERCOURSE], Qt.MouseButton.LeftButton)
        seen["warning"] = d.outside.text()
        qtbot.mouseClick(d.kept_yes, Qt.MouseButton.LeftButton)  # intercourse: safer sex asked
        d.suds_before.slider.setValue(7)
        d.suds_after.slider.setValue(3)
        seen["suds shown"] = d.suds_after.shown.text()
        _type(qtbot, d.went_well, "Calm start")
        _type(qtbot, d.was_hard, "Client asked for more than agreed")
        _type(qtbot, d.questions, "How do we talk about this?")
        _type(qtbot, d.process_recording, "Private notes for the therapist")
        _click(qtbot, d.submit_button)  # cancelled at the confirmation: nothing written
        seen["after cancel"] = d.result()
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, DebriefDialog, fill)
    _click(qtbot, tab.debrief_button)

    assert seen["empty"] == "Tick the activities done in this session (at least one)."
    assert "Sexual intercourse" in seen["warning"] and "flagged" in seen["warning"]
    assert seen["suds shown"] == "3"
    assert seen["after cancel"] == 0
    assert len(questions) == 2 and "Sexual intercourse was not covered by consent" in questions[0]
    row = tab.model.row_of(session_id)
    assert _cell(tab, row, 5) == "flagged for review"
    assert _cell(tab, row, 6) == "activity outside consent: Sexual intercourse"
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "Flagged for review: activity outside consent: Sexual intercourse" in tab.detail.toPlainText()
    assert not tab.debrief_button.isEnabled()
    assert "already has a debrief" in tab.debrief_button.toolTip()
    d = jonas.sessions.get(session_id).debrief
    assert d is not None
    assert d.flags == ("activity-not-consented:intercourse",)
    assert [a.value for a in d.activities_done] == ["conversation", "intercourse"]
    assert (d.suds_before, d.suds_after) == (7, 3)
    assert d.process_recording == "Private notes for the therapist"


def test_therapist_reviews_flagged_debriefs_first(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    from triad.casefile.sessions import DebriefForm

    therapist = opened()
    case_id = _case(therapist)
    session_id = _due_session(therapist, case_id)
    opened(JONAS).sessions.submit_debrief(session_id, DebriefForm(
        activities_done=("conversation",), stop_signals=1, went_well="Stopped in time"))
    tab = _tab(qtbot, therapist, case_id)
    assert "awaiting review: 2 (flagged: 1)" in tab.summary.text()
    tab.show_mode.setCurrentIndex(tab.show_mode.findData(tab.SHOW_REVIEW))
    assert tab.model.rowCount() == 2
    assert tab.model.rows[0].session.session_id == session_id and tab.model.rows[0].status == FLAGGED
    assert _cell(tab, 0, 6) == "stop signal used"
    assert tab.model.index(0, 5).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not tab.model.index(1, 0).data(Qt.ItemDataRole.FontRole)
    _select(qtbot, tab, session_id)

    def fill(d: ReviewDialog) -> None:
        seen["flags"] = d.flags.text()
        seen["debrief shown"] = d.details.toPlainText()
        _click(qtbot, d.submit_button)
        seen["empty"] = d.error.text()
        _type(qtbot, d.comment, "Discussed the stop; slow down next time.")
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, ReviewDialog, fill)
    _click(qtbot, tab.review_button)

    assert seen["flags"] == "Flagged for review: stop signal used."
    assert "Stopped in time" in seen["debrief shown"]
    assert seen["empty"] == "Write a comment: the review acknowledges the debrief."
    assert tab.model.rowCount() == 1  # only the unflagged one still awaits review
    assert "awaiting review: 1 (flagged: 0)" in tab.summary.text()
    tab.show_mode.setCurrentIndex(tab.show_mode.findData(tab.SHOW_ALL))
    row = _select(qtbot, tab, session_id)
    assert _cell(tab, row, 5) == "reviewed"
    assert "Discussed the stop; slow down next time." in tab.detail.toPlainText()
    assert not tab.review_button.isEnabled() and "amend the review" in tab.review_button.toolTip()
    review = therapist.sessions.get(session_id).debrief.reviews  # type: ignore[union-attr]
    assert [r.comment for r in review] == ["Discussed the stop; slow down next time."]


def test_schedule_outside_consent_is_refused_with_the_activities_named(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    before = len(therapist.sessions.list(case_id))
    tab = _tab(qtbot, therapist, case_id)
    when = (datetime.fromisoformat(therapist.local_now()) + timedelta(days=3)).strftime("%Y-%m-%dT11:00")

    def fill(d: ScheduleDialog) -> None:
        d.when.setDateTime(QDateTime.fromString(when, QT_MINUTES))
        d.kind.setCurrentIndex(d.kind.findData("surrogate_session"))
        boxes = d.activities.boxes
        assert boxes[Activity.GENITAL_TOUCH].isChecked()  # the active phase's activities
        assert "— consented" in boxes[Activity.GENITAL_TOUCH].text()
        qtbot.mouseClick(boxes[Activity.INTERCOURSE], Qt.MouseButton.LeftButton)
        seen["warning"] = d.outside.text()
        _type(qtbot, d.location, "Practice room 3")
        _click(qtbot, d.submit_button)
        seen["refusal"] = d.error.text()
        seen["after refusal"] = d.result()
        qtbot.mouseClick(boxes[Activity.INTERCOURSE], Qt.MouseButton.LeftButton)
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, ScheduleDialog, fill)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Sc&hedule session…
    qtbot.waitUntil(lambda: "after refusal" in seen)  # a mnemonic clicks after a short animation

    assert "Sexual intercourse" in seen["warning"]
    # the refusal names the forms that do not grant it (issue 13)
    assert seen["refusal"].startswith(
        "A surrogate session at " + when.replace("T", " ") + " cannot include Sexual intercourse. Not "
        "in force for it: “Informed consent to surrogate partner therapy”, “Triad agreement”")
    assert seen["after refusal"] == 0
    sessions = therapist.sessions.list(case_id)
    assert len(sessions) == before + 1
    new = next(s for s in sessions if s.starts_at == when)
    assert Activity.INTERCOURSE not in new.planned_activities
    assert Activity.GENITAL_TOUCH in new.planned_activities and new.location == "Practice room 3"
    assert _cell(tab, 0, 0) == when.replace("T", " ") and _cell(tab, 0, 5) == "scheduled"


def test_surrogate_amends_a_debrief_and_sees_the_original_beside_it(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    jonas = opened(JONAS)
    case_id = _case(jonas)
    latest = jonas.sessions.list(case_id)[-1]
    assert latest.debrief is not None and latest.debrief.suds_before == 4
    tab = _tab(qtbot, jonas, case_id)
    _select(qtbot, tab, latest.session_id)

    def fill(d: DebriefDialog) -> None:
        assert d.suds_before.value() == 4 and d.activities.boxes[Activity.GENITAL_TOUCH].isChecked()
        _click(qtbot, d.submit_button)
        seen["unchanged"] = d.error.text()
        d.suds_before.slider.setValue(6)
        _click(qtbot, d.submit_button)
        seen["no reason"] = d.error.text()
        _type(qtbot, d.reason, "Misread my notes: SUDS before was 6.")
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, DebriefDialog, fill)
    _click(qtbot, tab.amend_debrief_button)

    assert seen["unchanged"] == "Nothing was changed. Change a field, or cancel."
    assert seen["no reason"] == "Give the reason for the amendment."
    text = tab.detail.toPlainText()
    assert "SUDS before\n6\namended; originally: 4" in text
    assert "Amended " in text and "by Jonas Berg." in text
    assert "Reason: Misread my notes: SUDS before was 6." in text
    debrief = jonas.sessions.get(latest.session_id).debrief
    assert debrief is not None and debrief.suds_before == 6 and debrief.amended
    original, amendments = jonas.amendments.history(debrief.entry_id)
    assert original.body["suds_before"] == 4
    assert [(a.changes, a.reason) for a in amendments] == [
        ({"suds_before": 6}, "Misread my notes: SUDS before was 6.")]


def test_therapist_amends_a_review_comment_and_a_session(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    reviewed = [s for s in therapist.sessions.list(case_id) if s.debrief and s.debrief.reviews][-1]
    tab = _tab(qtbot, therapist, case_id)
    _select(qtbot, tab, reviewed.session_id)

    def fill_review(d: ReviewDialog) -> None:
        d.comment.clear()
        _type(qtbot, d.comment, "Read, discussed, and agreed to repeat the exercise.")
        _type(qtbot, d.reason, "Comment was too vague.")
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, ReviewDialog, fill_review)
    _click(qtbot, tab.amend_review_button)
    text = tab.detail.toPlainText()
    assert "Read, discussed, and agreed to repeat the exercise." in text
    assert "Original comment: Read and discussed in planning. Agree with the proposal." in text

    def fill_session(d: ScheduleDialog) -> None:
        assert not d.kind.isEnabled() and not d.activities.isEnabled()
        d.duration.setValue(120)
        _click(qtbot, d.submit_button)
        seen["no reason"] = d.error.text()
        _type(qtbot, d.reason, "The session ran longer.")
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, ScheduleDialog, fill_session)
    _click(qtbot, tab.amend_session_button)
    assert seen["no reason"] == "Give the reason for the amendment."
    row = tab.model.row_of(reviewed.session_id)
    assert _cell(tab, row, 3) == "120 min" and _cell(tab, row, 0).endswith("(amended)")
    assert "amended; originally: 90" in tab.detail.toPlainText()
    session = therapist.sessions.get(reviewed.session_id)
    assert session.duration_min == 120 and session.amended
    review = session.debrief.reviews[-1]  # type: ignore[union-attr]
    assert review.amended and review.comment.startswith("Read, discussed")


def test_measure_is_recorded_with_the_cores_range_check_and_amended(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    before = len(therapist.measures.list(case_id))
    tab = _tab(qtbot, therapist, case_id)
    assert tab.measures_model.rowCount() == before

    def fill(d: MeasureDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("iief5"))
        _type(qtbot, d.value, "30")
        seen["range"] = d.error.text()
        _click(qtbot, d.submit_button)
        seen["after range"] = d.result()
        d.value.clear()
        _type(qtbot, d.value, "17.5")
        seen["whole"] = d.error.text()
        d.value.clear()
        _type(qtbot, d.value, "17")
        _type(qtbot, d.label, "Re-test")
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, MeasureDialog, fill)
    _click(qtbot, tab.measure_button)

    assert seen["range"] == "IIEF-5 total must be between 5 and 25."
    assert seen["after range"] == 0
    assert seen["whole"] == "IIEF-5 total must be a whole number."
    measures = therapist.measures.list(case_id)
    assert len(measures) == before + 1
    assert any(m.kind == "iief5" and m.value == 17 and m.label == "Re-test" for m in measures)
    rows = [[tab.measures_model.index(r, c).data() for c in range(4)] for r in range(tab.measures_model.rowCount())]
    assert [therapist.local_now()[:10], "IIEF-5 total", "17", "Re-test"] in rows

    baseline = next(r for r in range(len(rows)) if rows[r][3] == "Baseline")
    rect = tab.measures_table.visualRect(tab.measures_model.index(baseline, 0))
    assert not tab.amend_measure_button.isEnabled()
    qtbot.mouseClick(tab.measures_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def amend(d: MeasureDialog) -> None:
        assert d.value.text() == "11" and not d.kind.isEnabled()
        d.value.clear()
        _type(qtbot, d.value, "12")
        _type(qtbot, d.reason, "Scored item 3 wrongly.")
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, MeasureDialog, amend)
    _click(qtbot, tab.amend_measure_button)
    row = next(r for r in range(tab.measures_model.rowCount())
               if str(tab.measures_model.index(r, 3).data()).startswith("Baseline"))
    assert tab.measures_model.index(row, 2).data() == "12"
    assert tab.measures_model.index(row, 3).data() == "Baseline (amended)"
    measure = next(m for m in therapist.measures.list(case_id) if m.label == "Baseline")
    assert measure.value == 12 and measure.amended
    original, amendments = therapist.amendments.history(measure.entry_id)
    assert original.body["value"] == 11 and amendments[0].reason == "Scored item 3 wrongly."


def test_supervisor_reads_everything_but_changes_nothing(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    supervisor = opened(SUPERVISOR)
    case_id = _case(supervisor)
    tab = _tab(qtbot, supervisor, case_id)
    assert tab.model.rowCount() == len(opened().sessions.list(case_id))
    assert tab.measures_model.rowCount() > 0
    for button in tab._buttons():
        assert not button.isEnabled()
        if button is not tab.cosign_button:  # issue 16: the supervisor's own, not required here
            assert button.toolTip().startswith("Only "), button.text()
    assert tab.cosign_button.toolTip().startswith("The practice does not require co-signature")
    assert tab.amend_debrief_button.toolTip() == (
        "Only the debrief's author (the surrogate partner) or the case's therapist can amend it.")
    text = tab.detail.toPlainText()
    assert "Client arrived on time" in text  # the debrief itself
    assert RECORDING not in text and "Kept apart: only the therapist" in text


def test_process_recording_is_shown_to_the_therapist_and_its_author(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    for who in (None, JONAS):
        ws = opened(who)
        tab = _tab(qtbot, ws, _case(ws))
        assert RECORDING in tab.detail.toPlainText()
        assert "Not part of the progress summary." in tab.detail.toPlainText()


def test_surrogate_sees_only_their_own_sessions_and_cannot_schedule(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    therapist = opened()
    case_id = _case(therapist)
    case = therapist.cases.get(case_id)
    ilse = therapist.members.find("Ilse Nowak").member_id
    therapist.cases.set_team(case_id, (*case.surrogate_ids, ilse), case.supervisor_id)
    # Ilse's sessions need her own triad agreement (issue 13)
    # (the client types their own legal name; Ilse countersigns in her own session)
    day = _yesterday(therapist)[:10]
    triad = therapist.consent.give(case_id, "triad-agreement", [
        {"party": "client", "name": case.client.legal_name, "signed_on": day},
        {"party": "therapist", "signed_on": day}],
        grants=("conversation",), valid_from=f"{day}T00:00", surrogate_id=ilse).subject_id or ""
    opened("Ilse Nowak").signatures.countersign(case_id, triad, signed_on=day)
    theirs = therapist.sessions.schedule(case_id, "surrogate_session", _yesterday(therapist), 60,
                                         None, ("conversation",), "", ilse).subject_id
    jonas = opened(JONAS)
    tab = _tab(qtbot, jonas, case_id)
    assert tab.model.row_of(theirs) == -1
    # his own sessions: surrogate sessions and (issue 16) the three-way meeting he attended
    mine = [s for s in therapist.sessions.list(case_id) if s.surrogate_id == jonas.actor.member_id]
    assert tab.model.rowCount() == len(mine)
    assert all(_cell(tab, r, 4) == JONAS for r in range(tab.model.rowCount()))
    assert not tab.schedule_button.isEnabled()
    assert tab.schedule_button.toolTip() == "Only the case's therapist can do this."
    assert not tab.measure_button.isEnabled()
    assert not tab.review_button.isEnabled()
    assert tab.amend_debrief_button.isEnabled()  # his own debrief is selected


def test_empty_case_says_what_to_do_next(qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    therapist = opened()
    tab = _tab(qtbot, therapist, _case(therapist, "005"))
    tab.show_mode.setCurrentIndex(tab.show_mode.findData(tab.SHOW_DUE))
    assert tab.list_stack.currentWidget() is tab.empty
    assert tab.empty.text() == "No debriefs are due."
    tab.show_mode.setCurrentIndex(tab.show_mode.findData(tab.SHOW_ALL))
    # three therapist sessions and (issue 16) two three-way meetings (the one that started
    # the work, the coming one), newest first
    assert tab.model.rowCount() == 5 and _cell(tab, 0, 1) == "Three-way meeting"
    row = next(n for n, r in enumerate(tab.model.rows) if r.session.kind == "therapist_session")
    _select(qtbot, tab, tab.model.rows[row].session.session_id)
    # issue 16: a therapist session's column says whether its progress note is written
    assert _cell(tab, row, 1) == "Therapist session" and _cell(tab, row, 5) == "note written"
    assert "A therapist session has no surrogate debrief." in tab.detail.toPlainText()


def test_the_debrief_column_says_whether_a_note_or_the_minutes_are_written(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    """Issue 16: for a therapist session or a three-way meeting, the Debrief column says
    whether its progress note or minutes are written (not "no debrief")."""
    therapist = opened()
    case_id = _case(therapist)
    noted = [s for s in therapist.sessions.list(case_id) if s.kind == "therapist_session"]
    meeting = next(s for s in therapist.sessions.list(case_id) if s.kind == "three_way_meeting")
    bare = therapist.sessions.schedule(case_id, "therapist_session", _yesterday(therapist), 50,
                                       location="Consulting room").subject_id or ""
    coming = therapist.sessions.schedule(
        case_id, "three_way_meeting", therapist.local_now()[:10] + "T21:00", 60,
        location="Consulting room", surrogate_id=noted[0].surrogate_id
        or therapist.sessions.list(case_id)[0].surrogate_id).subject_id or ""
    for ws in (therapist, opened(demo.SUPERVISOR)):
        tab = _tab(qtbot, ws, case_id)
        words = {r.session.session_id: _cell(tab, n, 5) for n, r in enumerate(tab.model.rows)}
        assert {words[s.session_id] for s in noted} == {"note written"}
        assert words[meeting.session_id] == "minutes written"
        assert words[bare] == "no note yet"
        assert words[coming] == "scheduled"  # its minutes are written after it
        _select(qtbot, tab, bare)
        assert "No progress note yet." in tab.detail.toPlainText()
    therapist.outcomes.record(bare, "no-show")
    missed = next(s for s in therapist.sessions.list(case_id) if s.outcome == "no-show"
                  and s.kind == "surrogate_session")  # the demo's: Jonas recorded it
    for ws in (therapist, opened(JONAS)):
        tab = _tab(qtbot, ws, case_id)
        if ws is therapist:
            assert _cell(tab, tab.model.row_of(bare), 5) == "not held"  # no note is owed
        _select(qtbot, tab, missed.session_id)
        assert _cell(tab, tab.model.row_of(missed.session_id), 5) == "not held"  # no debrief
        assert "Not held: no debrief is owed." in tab.detail.toPlainText()


def test_lock_clears_every_widget(qtbot: QtBot, opened: Callable[..., Workspace],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    tab = _tab(qtbot, therapist, case_id)
    assert tab.model.rowCount() and tab.detail.toPlainText()

    def lock_while_open(d: ReviewDialog) -> None:
        tab.clear()  # the idle lock fires while the form is open
        seen["visible"] = d.isVisible()

    seen = _drive(monkeypatch, ReviewDialog, lock_while_open)
    tab.show_mode.setCurrentIndex(tab.show_mode.findData(tab.SHOW_REVIEW))
    _click(qtbot, tab.review_button)
    assert seen["visible"] is False
    assert tab.model.rowCount() == 0 and tab.measures_model.rowCount() == 0
    assert tab.detail.toPlainText() == "" and tab.summary.text() == ""
    assert not any(b.isEnabled() for b in tab._buttons())
    assert tab.ws is None


def test_models_pass_the_model_tester(qtbot: QtBot, opened: Callable[..., Workspace], qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    therapist = opened()
    tab = _tab(qtbot, therapist, _case(therapist, "003"))
    assert tab.model.rowCount() > 0 and tab.measures_model.rowCount() == 0
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.measures_model)
    tab.show_case(therapist, _case(therapist))
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.measures_model)


def test_sentences_name_what_is_wrong() -> None:
    from triad.errors import ConsentViolation, InvalidInput

    assert debrief_form.sentence(ConsentViolation(["genital_touch", "intercourse"], "2026-01-02T10:00")) == (
        "Consent in force at 2026-01-02 10:00 does not cover: Genital touch, Sexual intercourse. "
        "Record consent for these activities first, or plan the session without them.")
    assert debrief_form.sentence(InvalidInput("range", field="duration_min", minimum=1, maximum=1440)) == (
        "Duration (minutes) must be between 1 and 1440.")


def test_a_debrief_needs_suds_rated_or_marked_not_rated(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case_id = _case(therapist)
    session_id = _due_session(therapist, case_id)
    jonas = opened(JONAS)
    tab = _tab(qtbot, jonas, case_id)
    _select(qtbot, tab, session_id)

    def fill(d: DebriefDialog) -> None:
        seen["shown before"] = d.suds_before.shown.text()
        qtbot.mouseClick(d.activities.boxes[Activity.CONVERSATION], Qt.MouseButton.LeftButton)
        _click(qtbot, d.submit_button)  # the sliders were left alone: not "0 = no distress"
        seen["error"] = d.error.text()
        seen["written"] = jonas.sessions.get(session_id).debrief is not None
        d.suds_before.slider.setFocus()
        qtbot.keyClick(d.suds_before.slider, Qt.Key.Key_Home)  # a real 0, chosen at 0
        qtbot.mouseClick(d.suds_after.unrated, Qt.MouseButton.LeftButton)
        seen["shown after"] = (d.suds_before.shown.text(), d.suds_after.shown.text())
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, DebriefDialog, fill)
    _click(qtbot, tab.debrief_button)
    assert seen["shown before"] == "?"
    assert seen["error"].startswith("Rate SUDS before and after the session")
    assert seen["written"] is False
    assert seen["shown after"] == ("0", "\N{EN DASH}")
    debrief = jonas.sessions.get(session_id).debrief
    assert debrief is not None and (debrief.suds_before, debrief.suds_after) == (0, None)


def test_measures_fit_their_pane_and_the_debrief_says_duration_in_minutes(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    from PySide6.QtWidgets import QHeaderView

    ws = opened()
    tab = _tab(qtbot, ws, _case(ws))  # the demo's first case has SUDS and IIEF-5 measures
    assert tab.measures_model.rowCount() > 0
    tab.resize(880, 700)  # the window's case tabs at 1360 pixels wide
    qtbot.waitUntil(lambda: tab.measures_table.width() < 400)
    header = tab.measures_table.horizontalHeader()
    assert header.length() <= tab.measures_table.viewport().width()  # nothing hidden sideways
    assert not tab.measures_table.horizontalScrollBar().isVisible()
    assert header.sectionSize(3) >= 120  # the pane leaves the notes room to be read
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch
    note = tab.measures_model.index(0, 3)
    assert note.data(Qt.ItemDataRole.ToolTipRole) == note.data()  # the whole note on hover
    text = tab.detail.toPlainText()
    assert "Duration (minutes)" not in text and "90 min" in text
