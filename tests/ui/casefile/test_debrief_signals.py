"""The debrief form names the signals agreed in the triad agreement and, for a genital-touch
session, asks whether the safer-sex agreement was kept (issue 13, "Signals and safer sex are
structured"); the give-consent dialog records them on a triad agreement."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.consent import Signals
from triad.casefile.ladder import Activity
from ui.casefile.consent.dialogs import GiveConsentDialog
from ui.casefile.consent.model import GRANT
from ui.casefile.sessions.debrief_form import DebriefDialog


def test_the_debrief_asks_about_safer_sex_for_a_genital_touch_session(
        qtbot: QtBot, demo_copy: Path) -> None:
    therapist = open_as(demo_copy)
    jonas = open_as(demo_copy, demo.SURROGATES[0])
    try:
        case = next(c.case_id for c in therapist.cases.list() if c.code.endswith("-001"))
        yesterday = (datetime.fromisoformat(therapist.local_now()) - timedelta(days=1))
        session_id = therapist.sessions.schedule(
            case, "surrogate_session", yesterday.strftime("%Y-%m-%dT10:00"), 90, None,
            ("conversation", "genital_touch"), "Practice room 2").subject_id
        d = DebriefDialog(jonas, jonas.sessions.get(session_id))
        qtbot.addWidget(d)
        d.show()
        # the agreed signals, in the triad agreement's words
        assert "stop signal “red”" in d.agreed_signals.text()
        assert "pause signal “amber”" in d.agreed_signals.text()
        assert d.stop_signals.accessibleName() == "Stop signal “red” used"
        assert d.pause_label.text() == "&Pause signal “amber” used"
        # genital touch ticked: the safer-sex question, with the agreement it asks about
        boxes = d.activities.boxes
        for a in (Activity.CONVERSATION, Activity.GENITAL_TOUCH):
            if not boxes[a].isChecked():
                qtbot.mouseClick(boxes[a], Qt.MouseButton.LeftButton)
        assert d.safer_sex_question.isVisible() and d.kept_row.isEnabled()
        assert "Was the safer-sex agreement kept?" in d.safer_sex_question.text()
        assert "Fresh nitrile gloves" in d.safer_sex_question.text()
        # unticked, it is not asked
        qtbot.mouseClick(boxes[Activity.GENITAL_TOUCH], Qt.MouseButton.LeftButton)
        assert not d.safer_sex_question.isVisible() and not d.kept_row.isEnabled()
        qtbot.mouseClick(boxes[Activity.GENITAL_TOUCH], Qt.MouseButton.LeftButton)
        d.suds_before.slider.setValue(4)
        d.suds_after.slider.setValue(2)
        # not answered: the core's refusal, in words; nothing written
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
        assert "say whether the safer-sex agreement was kept" in d.error.text()
        assert jonas.sessions.get(session_id).debrief is None
        qtbot.mouseClick(d.kept_yes, Qt.MouseButton.LeftButton)
        assert d.kept_yes.isChecked()
        d.safer_sex.setText("Fresh gloves, as agreed.")
        d.pause_signals.setValue(1)
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
        assert d.change is not None
        debrief = therapist.sessions.get(session_id).debrief
        assert debrief is not None and debrief.safer_sex_kept is True
        assert debrief.safer_sex == "Fresh gloves, as agreed."
        assert debrief.signals is not None and debrief.signals.pause == "amber"
        assert "pause-signal-used" in debrief.flags
    finally:
        jonas.close()
        therapist.close()


def test_the_give_consent_dialog_asks_for_signals_on_the_triad_agreement(
        qtbot: QtBot, demo_copy: Path) -> None:
    therapist = open_as(demo_copy)
    try:
        case = next(c.case_id for c in therapist.cases.list() if c.code.endswith("-005"))
        d = GiveConsentDialog(therapist, case)
        qtbot.addWidget(d)
        d.show()
        d.set_form("informed-consent")
        assert not d.terms_box.isVisible()  # only the triad agreement records them
        d.set_form("triad-agreement")
        assert d.terms_box.isVisible()
        qtbot.mouseClick(d.choices[Activity.CONVERSATION].button(GRANT), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.signers["client"].name, "Rhys Morgan")
        d.text_panel.scroll_to_end()  # the whole form was shown (issue 13)
        before = therapist.consent.records(case)  # the demo's, awaiting Jonas
        qtbot.keyClicks(d.stop_signal, "red")
        qtbot.keyClicks(d.pause_signal, "Red")
        qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
        # the core's refusal, with the cursor on the signal to change; nothing written
        assert "must differ" in d.error.text()
        assert d.focusWidget() is d.pause_signal
        assert therapist.consent.records(case) == before
        d.pause_signal.clear()
        qtbot.keyClicks(d.pause_signal, "amber")
        qtbot.keyClicks(d.safer_sex, "No genital touch agreed.")
        qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
        assert d.change is not None
        record = therapist.consent.get(case, d.change.subject_id or "")
        assert record.signals == Signals("red", "amber")
        assert record.safer_sex == "No genital touch agreed."
    finally:
        therapist.close()
