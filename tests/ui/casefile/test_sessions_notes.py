"""The therapist's notes in the Sessions & debriefs tab (issue 16): the progress note of a
therapist session (Ctrl+Shift+N), the minutes of a three-way meeting, and the private note
only its author sees."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_sessions_tab import (
    SUPERVISOR,
    _case,
    _click,
    _drive,
    _select,
    _tab,
    _type,
    _yesterday,
    opened,
)
from triad.workspace import Workspace
from ui.casefile.sessions.notes import MinutesDialog, PrivateNoteDialog, ProgressNoteDialog

__all__ = ["opened"]
JONAS = "Jonas Berg"


def _talk(therapist: Workspace, case_id: str) -> str:
    return therapist.sessions.schedule(case_id, "therapist_session", _yesterday(therapist)
                                       .replace("T10:00", "T18:00"), 50).subject_id


def test_the_therapist_writes_a_progress_note_with_the_shortcut(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case = _case(therapist)
    sid = _talk(therapist, case)
    tab = _tab(qtbot, therapist, case)
    _select(qtbot, tab, sid)
    assert tab.notes.note_button.isEnabled(), tab.notes.note_button.toolTip()
    assert tab.notes.note_button.text().replace("&", "") == "Progress note…"

    def fill(d: Any) -> None:
        assert d.windowTitle() == "Progress note"
        _click(qtbot, d.submit_button)  # empty: refused, nothing written
        assert "note is empty" in d.error.text()
        _type(qtbot, d.boxes["focus"], "Fear of being judged")
        _type(qtbot, d.boxes["plan"], "Rehearse the pause signal")
        _click(qtbot, d.submit_button)

    seen = _drive(monkeypatch, ProgressNoteDialog, fill)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "dialog" in seen
    note = therapist.notes.progress(sid)
    assert note is not None and note.focus == "Fear of being judged"
    assert "Fear of being judged" in tab.detail.toPlainText()
    assert tab.notes.note_button.text().replace("&", "") == "Amend progress note…"

    def amend(d: Any) -> None:
        assert d.windowTitle() == "Amend progress note"
        d.boxes["plan"].setPlainText("Rehearse both signals")
        d.reason.setPlainText("Both signals were agreed")
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, ProgressNoteDialog, amend)
    _click(qtbot, tab.notes.note_button)
    again = therapist.notes.progress(sid)
    assert again is not None and again.plan == "Rehearse both signals" and again.amended


def test_minutes_of_a_meeting_and_who_sees_them(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case = _case(therapist)
    # the demo's meeting before the first surrogate session has minutes
    meeting = next(s for s in therapist.sessions.list(case) if s.kind == "three_way_meeting")
    tab = _tab(qtbot, therapist, case)
    _select(qtbot, tab, meeting.session_id)
    assert "Minutes of the three-way meeting" in tab.detail.toPlainText()
    assert tab.notes.note_button.text().replace("&", "") == "Amend meeting minutes…"
    fresh = therapist.sessions.schedule(case, "three_way_meeting",
                                        _yesterday(therapist).replace("T10:00", "T19:00"),
                                        60).subject_id
    tab.refresh()
    _select(qtbot, tab, fresh)

    def fill(d: Any) -> None:
        d.attendees["client"].setChecked(False)
        _type(qtbot, d.boxes["agreements"], "Closure agreed")
        d.closing.setChecked(True)
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, MinutesDialog, fill)
    _click(qtbot, tab.notes.note_button)
    minutes = therapist.notes.minutes(fresh)
    assert minutes is not None and minutes.closing and minutes.attendees == ("therapist", "surrogate")
    # the supervisor reads them and writes nothing
    supervisor = opened(SUPERVISOR)
    sup = _tab(qtbot, supervisor, case)
    _select(qtbot, sup, fresh)
    assert "Closure agreed" in sup.detail.toPlainText()
    assert not sup.notes.note_button.isEnabled() and not sup.notes.private_button.isEnabled()


def test_a_private_note_is_seen_by_its_author_only(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened()
    case = _case(therapist)
    sid = _talk(therapist, case)
    tab = _tab(qtbot, therapist, case)
    _select(qtbot, tab, sid)

    def fill(d: Any) -> None:
        _type(qtbot, d.text, "My own reaction: impatience")
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, PrivateNoteDialog, fill)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [n.text for n in therapist.private_notes.mine(case, sid)] == ["My own reaction: impatience"]
    assert "Your private note" in tab.detail.toPlainText()
    assert "impatience" in tab.detail.toPlainText()
    supervisor = opened(SUPERVISOR)
    sup = _tab(qtbot, supervisor, case)
    _select(qtbot, sup, sid)
    assert "impatience" not in sup.detail.toPlainText()
    # the surrogate partner does not see therapist sessions at all
    jonas = opened(JONAS)
    assert sid not in [s.session_id for s in jonas.sessions.list(case)]


def test_a_surrogate_session_takes_no_progress_note(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    therapist = opened()
    case = _case(therapist)
    surrogate = next(s for s in therapist.sessions.list(case) if s.kind == "surrogate_session")
    tab = _tab(qtbot, therapist, case)
    _select(qtbot, tab, surrogate.session_id)
    assert not tab.notes.note_button.isEnabled()
    assert "therapist session" in tab.notes.note_button.toolTip()
    assert not tab.notes.private_button.isEnabled()


def test_every_meeting_to_do_has_words_and_a_tab_in_the_case_list() -> None:
    from triad.casefile import meetings
    from ui.cases.model import DUE, DUE_TAB, SUPERVISOR_DUE, SURROGATE_DUE

    for code in meetings.CODES:
        assert code in DUE and code in SUPERVISOR_DUE and code in SURROGATE_DUE
        assert DUE_TAB[code] == "sessions"
