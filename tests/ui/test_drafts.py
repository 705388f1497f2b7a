"""Nothing typed is ever lost (issue 15): drafts through a lock and a killed process, Esc on a
changed form asks, the countdown before an idle lock, the lock screen's member field."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_PASS
from tests.core.conftest import ROOT
from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.drafts import DraftKind
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import GoalDialog
from ui.casefile.sessions.debrief_form import DebriefDialog
from ui.ops import Ops
from ui.settings import Settings
from ui.start import countdown
from ui.start.window import StartWindow
from ui.widgets import drafts

TEXT = "Slow start; the breathing helped after ten minutes"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[drafts.Unsaved]:
    """The answers to give when a changed form asks, in order; emptied as they are given."""
    answers: list[drafts.Unsaved] = []
    monkeypatch.setattr(drafts, "ask_unsaved", lambda _parent: answers.pop(0))
    return answers


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The drafts offered at unlock (their sentences); each answered Later unless told."""
    seen: list[str] = []
    monkeypatch.setattr(drafts, "offer_draft", lambda _p, sentence: seen.append(sentence)
                        or drafts.Offer.LATER)
    return seen


def _goal(qtbot: QtBot, ws: Workspace) -> GoalDialog:
    dialog = GoalDialog(ws, str(ws.cases.list()[0].case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def awaiting(demo_copy: Path) -> str:
    """A surrogate session of Jonas's, held this morning, awaiting his debrief."""
    with open_as(demo_copy) as ws:
        jonas = ws.members.find(demo.SURROGATES[0]).member_id
        return ws.sessions.schedule("C-2026-001", "surrogate_session", "2026-11-23T09:00", 60,
                                    planned_activities=("conversation",),
                                    surrogate_id=jonas).subject_id


def _session(ws: Workspace, session_id: str):  # type: ignore[no-untyped-def]
    return next(s for c in ws.cases.list() for s in ws.sessions.list(c.case_id)
                if s.session_id == session_id)


def test_esc_on_a_changed_form_asks_and_keep_editing_keeps_it(
        qtbot: QtBot, demo_copy: Path, asked: list[drafts.Unsaved]) -> None:
    with open_as(demo_copy) as ws:
        dialog = _goal(qtbot, ws)
        qtbot.keyClicks(dialog.description, "Calm when undressing")
        asked.append(drafts.Unsaved.KEEP_EDITING)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert asked == [] and dialog.isVisible()  # asked, and still open
        assert dialog.description.text() == "Calm when undressing"
        asked.append(drafts.Unsaved.KEEP_DRAFT)
        dialog.reject()  # Cancel
        assert not dialog.isVisible()
        assert [d.kind for d in ws.drafts.list()] == [DraftKind.GOAL]
        again = _goal(qtbot, ws)  # the same form again: filled in from the draft
        assert again.description.text() == "Calm when undressing"
        assert again.findChild(type(again.error), "draft-restored") is not None
        asked.append(drafts.Unsaved.DISCARD)
        qtbot.keyClick(again, Qt.Key.Key_Escape)
        assert ws.drafts.list() == []


def test_esc_on_an_unchanged_form_just_closes(
        qtbot: QtBot, demo_copy: Path, asked: list[drafts.Unsaved]) -> None:
    with open_as(demo_copy) as ws:
        dialog = _goal(qtbot, ws)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ``asked`` is empty: asking would fail
        assert not dialog.isVisible() and ws.drafts.list() == []


def test_the_question_keeps_editing_on_esc_and_enter(qtbot: QtBot, demo_copy: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The real box: Keep editing is the default and the escape button (keyboard usable)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.undo()  # the real ask_unsaved, not the suite's Discard
    answers = []
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        def press(key: Qt.Key = key) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            assert box.defaultButton().text() == "&Keep editing"
            qtbot.keyClick(box, key)
        QTimer.singleShot(100, press)
        answers.append(drafts.ask_unsaved(QApplication.activeWindow()))  # type: ignore[arg-type]
    assert answers == [drafts.Unsaved.KEEP_EDITING] * 2


def test_saving_the_form_forgets_its_draft(qtbot: QtBot, demo_copy: Path) -> None:
    with open_as(demo_copy) as ws:
        dialog = _goal(qtbot, ws)
        qtbot.keyClicks(dialog.description, "Calm when undressing")
        dialog.save_draft()  # as the autosave does
        assert len(ws.drafts.list()) == 1
        qtbot.keyClicks(dialog.baseline, "9")
        qtbot.keyClicks(dialog.target, "3")
        dialog.unit.setEditText("SUDS")
        dialog.save()
        assert dialog.change is not None and ws.drafts.list() == []


def _unlock(qtbot: QtBot, w: StartWindow, who: str) -> Workspace:
    page = w.unlock_page
    page.member.setText(who)
    qtbot.keyClicks(page.passphrase, DEMO_PASS)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None
    return w.workspace


def test_a_draft_survives_a_lock_and_is_offered_to_her_alone(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, offers: list[str],
        monkeypatch: pytest.MonkeyPatch, awaiting: str) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    ws = _unlock(qtbot, w, demo.SURROGATES[0])
    session = _session(ws, awaiting)
    code = ws.cases.get(session.case_id).code
    dialog = DebriefDialog(ws, session, w.main)
    dialog.show()
    dialog.went_well.setPlainText(TEXT)
    w.lock()  # Ctrl+L or the idle lock: no question, the draft is kept
    assert not dialog.isVisible() and w.workspace is None

    _unlock(qtbot, w, demo.THERAPIST)  # another member: nothing offered
    qtbot.wait(50)
    assert offers == []
    w.lock()

    opened: list[str] = []

    def shown(d: DebriefDialog) -> int:
        opened.append(d.went_well.toPlainText())
        d.keep_and_close()
        return 0

    monkeypatch.setattr(DebriefDialog, "exec", shown)
    monkeypatch.setattr(drafts, "offer_draft", lambda _p, sentence: offers.append(sentence)
                        or drafts.Offer.CONTINUE)
    _unlock(qtbot, w, demo.SURROGATES[0])
    qtbot.waitUntil(lambda: bool(opened))
    assert offers[0].startswith(f"You have an unfinished debrief for {code} from ")
    assert opened == [TEXT]  # Continue reopened the debrief, filled in
    w.close()


def test_a_killed_process_leaves_its_draft_for_the_next_unlock(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, offers: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRIAD_INSECURE_TEST_KDF": "1",
           "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.draft_child", str(demo_copy), TEXT],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        session_id, case_id = child.stdout.readline().split()
        time.sleep(2.0)  # typed; several autosaves (every 0.2 s here) have run
    finally:
        child.send_signal(signal.SIGKILL)  # no close, no lock, no clean-up
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    for p in demo_copy.rglob("*"):  # kept, but nowhere in clear
        if p.is_file():
            assert TEXT.encode() not in p.read_bytes(), p.name
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    ws = _unlock(qtbot, w, demo.SURROGATES[0])
    qtbot.waitUntil(lambda: bool(offers))
    assert "unfinished debrief for " + ws.cases.get(case_id).code in offers[0]
    kept = ws.drafts.get(DraftKind.DEBRIEF, case_id, session_id)
    assert kept is not None and TEXT in kept.values()
    w.close()


def test_the_countdown_shows_and_a_key_press_cancels_it(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, offers: list[str],
        monkeypatch: pytest.MonkeyPatch, awaiting: str) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    ws = _unlock(qtbot, w, demo.SURROGATES[0])
    dialog = DebriefDialog(ws, _session(ws, awaiting), w.main)
    dialog.show()
    dialog.went_well.setPlainText(TEXT)
    w.idle.timer.setInterval(50)  # the idle time, shortened
    w.idle.start()
    qtbot.waitUntil(lambda: w._countdown is not None and w._countdown.isVisible())
    assert w._countdown.heading.text() == "Triad locks in 30 seconds"
    qtbot.keyClick(dialog.went_well, Qt.Key.Key_Space)  # any key
    assert w._countdown is None and w.workspace is ws and dialog.isVisible()
    assert w.idle.timer.isActive()  # the idle time starts again

    monkeypatch.setattr(countdown, "COUNTDOWN_SECONDS", 1)
    qtbot.waitUntil(lambda: w._countdown is not None, timeout=3000)
    qtbot.waitUntil(lambda: w.workspace is None, timeout=4000)  # ran out: locked
    assert not dialog.isVisible()
    assert "Locked after" in w.unlock_page.error.text()
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as again:
        assert [d.kind for d in again.drafts.list()] == [DraftKind.DEBRIEF]
    w.close()


def test_an_unchanged_form_locks_without_a_countdown(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, awaiting: str) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    ws = _unlock(qtbot, w, demo.SURROGATES[0])
    DebriefDialog(ws, _session(ws, awaiting), w.main).show()
    w.idle.timer.setInterval(50)
    w.idle.start()
    qtbot.waitUntil(lambda: w.workspace is None)
    assert w._countdown is None


def test_the_member_field_is_replaced_not_appended_after_a_lock(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    _unlock(qtbot, w, demo.SURROGATES[0])
    w.lock()
    member = w.unlock_page.member
    assert member.text() == demo.SURROGATES[0] and member.selectedText() == member.text()
    qtbot.mouseClick(member, Qt.MouseButton.LeftButton)  # a click into the field
    qtbot.wait(20)
    qtbot.keyClicks(member, "Dr Ada Byron")
    assert member.text() == "Dr Ada Byron"
    w.close()


def _forms(name: str, ws: Workspace):  # type: ignore[no-untyped-def]
    from ui.casefile.consent.dialogs import GiveConsentDialog
    from ui.casefile.sessions.debrief_form import ReviewDialog
    from ui.casefile.sessions.forms import ScheduleDialog
    from ui.cases.new_case import NewCaseDialog

    case_id = str(ws.cases.access.resolve("C-2026-001"))
    held = next(s for s in ws.sessions.list(case_id) if s.debrief is not None and s.debrief.reviews)
    return {
        "debrief-amendment": lambda: DebriefDialog(ws, held, amend=True),
        "review": lambda: ReviewDialog(ws, held),
        "review-amendment": lambda: ReviewDialog(ws, held, amend=True),
        "schedule": lambda: ScheduleDialog(ws, case_id),
        "session-amendment": lambda: ScheduleDialog(ws, case_id, session=held),
        "goal": lambda: GoalDialog(ws, case_id),
        "consent": lambda: GiveConsentDialog(ws, case_id),
        "new-case": lambda: NewCaseDialog(ws),
    }[name]


@pytest.mark.parametrize("name", ["debrief-amendment", "review", "review-amendment", "schedule",
                                  "session-amendment", "goal", "consent", "new-case"])
def test_every_form_keeps_and_restores_its_draft(qtbot: QtBot, demo_copy: Path, name: str) -> None:
    """Each form of the issue: typing, a lock (keep_and_close), the form again: filled in."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    with open_as(demo_copy) as ws:
        make = _forms(name, ws)
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        fields = [f for f in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QLineEdit)
                  if f.isVisible() and f.isEnabled() and not f.isReadOnly()
                  and (not isinstance(f, QLineEdit) or f.echoMode() == QLineEdit.EchoMode.Normal)
                  and not isinstance(f.parentWidget(), QAbstractSpinBox | QComboBox)]
        assert fields, name
        fields[-1].setFocus()
        qtbot.keyClicks(fields[-1], " kept words")
        typed = dialog.draft_fields()
        assert dialog.has_changes()
        dialog.keep_and_close()
        assert [d.kind.value for d in ws.drafts.list()] == [name]
        again = make()
        qtbot.addWidget(again)
        assert again.draft_fields() == typed and again.has_changes()
        again.done(1)  # saved: the draft goes
        assert ws.drafts.list() == []


def test_choices_come_back_too(qtbot: QtBot, demo_copy: Path, awaiting: str) -> None:
    """Radio choices that a form resets when its form changes (consent), ticks and sliders
    (debrief) come back as they were."""
    from tests.ui.casefile.test_consent_tab import _new_case
    from triad.casefile.ladder import Activity
    from ui.casefile.consent import tab as consent
    from ui.casefile.consent.dialogs import GiveConsentDialog

    with open_as(demo_copy) as ws:
        case_id = str(ws.cases.access.resolve(_new_case(ws)))
        dialog = GiveConsentDialog(ws, case_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_form("triad-agreement")
        dialog.choices[Activity.CONVERSATION].button(consent.GRANT).click()
        typed = dialog.draft_fields()
        dialog.keep_and_close()
        again = GiveConsentDialog(ws, case_id)
        qtbot.addWidget(again)
        assert again.current_form().form_id == "triad-agreement"
        assert again.choices[Activity.CONVERSATION].checkedId() == consent.GRANT
        assert again.draft_fields() == typed
    with open_as(demo_copy, demo.SURROGATES[0]) as ws:
        session = _session(ws, awaiting)
        debrief = DebriefDialog(ws, session)
        qtbot.addWidget(debrief)
        debrief.activities.boxes[Activity.CONVERSATION].setChecked(True)
        debrief.suds_before.slider.setValue(6)
        debrief.keep_and_close()
        again_d = DebriefDialog(ws, session)
        qtbot.addWidget(again_d)
        assert again_d.activities.boxes[Activity.CONVERSATION].isChecked()
        assert again_d.suds_before.value() == 6 and again_d.suds_before.is_set()


def test_closing_the_window_keeps_the_open_form(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, awaiting: str) -> None:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    ws = _unlock(qtbot, w, demo.SURROGATES[0])
    dialog = DebriefDialog(ws, _session(ws, awaiting), w.main)
    dialog.show()
    dialog.went_well.setPlainText(TEXT)
    w.close()  # no question: the window is going
    assert w.workspace is None and not dialog.isVisible()
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as again:
        kept = again.drafts.get(DraftKind.DEBRIEF, str(_session(again, awaiting).case_id), awaiting)
        assert kept is not None and TEXT in kept.values()
