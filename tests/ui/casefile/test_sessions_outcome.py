"""The Outcome dialog, the series fields of the schedule dialog and Reschedule on the Sessions
& debriefs tab (issue 16): the list shows each session's outcome; the dialog offers only what
the core accepts now, with the reason on what it does not; the shortcut and the context menu
reach it; a surrogate partner records her own sessions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.workspace import Workspace
from ui.casefile.sessions.debrief_form import QT_MINUTES, ScheduleDialog
from ui.casefile.sessions.outcome import OUTCOME_KEYS, OutcomeDialog, RescheduleDialog
from ui.casefile.sessions.tab import SessionsTab

JONAS = "Jonas Berg"
_TABS: list[SessionsTab] = []


@pytest.fixture
def opened(demo_copy: Path) -> Iterator[Callable[[str | None], Workspace]]:
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
    tab.resize(1200, 760)
    tab.show()
    tab.show_case(ws, case_id)
    return tab


def _drive(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def exec_(dialog: Any) -> int:
        dialog.show()
        seen["dialog"] = dialog
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def _when(ws: Workspace, days: int, hour: int = 10) -> str:
    day = datetime.fromisoformat(ws.local_now()) + timedelta(days=days)
    return day.strftime(f"%Y-%m-%dT{hour:02d}:00")


def _outcome_text(tab: SessionsTab, session_id: str) -> str:
    return str(tab.model.index(tab.model.row_of(session_id), 7).data())


def _outcome_tip(tab: SessionsTab, session_id: str) -> str:
    return str(tab.model.index(tab.model.row_of(session_id), 7).data(Qt.ItemDataRole.ToolTipRole))


def test_the_therapist_records_a_no_show_with_the_shortcut(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    case = _case(t)
    sid = t.sessions.schedule(case, "therapist_session", _when(t, -1, 16), 50).subject_id or ""
    tab = _tab(qtbot, t, case)
    tab.select_record(sid)
    assert _outcome_text(tab, sid) == "Outcome missing"
    assert tab.outcome_button.isEnabled()

    def fill(d: OutcomeDialog) -> None:
        assert d.buttons["held"].isEnabled() and d.buttons["no-show"].isEnabled()
        d.buttons["no-show"].setChecked(True)
        assert not d.notice.isEnabled()  # no notice for a no-show
        d.note.setText("No reply to two calls.")
        d.submit_button.click()

    seen = _drive(monkeypatch, OutcomeDialog, fill)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "dialog" in seen, f"{OUTCOME_KEYS} opened no dialog"
    assert t.sessions.get(sid).status == "no-show"
    assert _outcome_text(tab, sid) == "No-show"
    assert _outcome_tip(tab, sid) == "No-show — No reply to two calls."
    # recorded: the same button corrects it, an amendment with its reason
    assert tab.outcome_button.text() == "Amend outcome…" and tab.outcome_button.isEnabled()
    assert "amendment" in tab.outcome_button.toolTip()

    def amend(d: OutcomeDialog) -> None:
        assert d.chosen() == "no-show" and d.note.text() == "No reply to two calls."
        d.buttons["held"].setChecked(True)
        d.submit_button.click()
        assert "reason" in d.error.text().lower()  # refused: no reason given
        d.reason.setText("The client arrived 20 minutes late.")
        d.submit_button.click()

    _drive(monkeypatch, OutcomeDialog, amend)
    tab.outcome_button.click()
    s = t.sessions.get(sid)
    assert s.status == "held" and s.outcome_record is not None and s.outcome_record.amended
    assert _outcome_text(tab, sid) == "Held"
    assert "(amended)" in _outcome_tip(tab, sid)


def test_held_is_not_offered_before_the_start_and_says_why(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    case = _case(t)
    sid = t.sessions.schedule(case, "therapist_session", _when(t, 2, 16), 50).subject_id or ""
    tab = _tab(qtbot, t, case)
    tab.select_record(sid)

    def fill(d: OutcomeDialog) -> None:
        assert not d.buttons["held"].isEnabled() and not d.buttons["no-show"].isEnabled()
        assert "start time" in d.buttons["held"].toolTip()
        assert d.chosen() == "cancelled-by-client"  # the first one offered
        d.buttons["cancelled-by-practice"].setChecked(True)
        d.notice.setValue(30)
        d.submit_button.click()

    _drive(monkeypatch, OutcomeDialog, fill)
    tab.outcome_button.click()
    record = t.sessions.get(sid).outcome_record
    assert record is not None and (record.outcome, record.notice_hours) == (
        "cancelled-by-practice", 30)
    assert _outcome_text(tab, sid) == "Cancelled by the practice"
    assert _outcome_tip(tab, sid) == "Cancelled by the practice (30 h notice)"
    assert "Cancelled by the practice (30 h notice)" in tab.detail.toPlainText()


def test_the_surrogate_partner_records_her_own_session_only(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    case = _case(t)
    jonas_id = next(m.member_id for m in t.members.list() if m.name == JONAS)
    mine = t.sessions.schedule(case, "surrogate_session", _when(t, 3), 90, None,
                               ("conversation",), "", jonas_id).subject_id or ""
    theirs = t.sessions.schedule(case, "therapist_session", _when(t, -1, 17), 50).subject_id or ""
    jonas = opened(JONAS)
    tab = _tab(qtbot, jonas, case)
    tab.select_record(mine)
    assert tab.outcome_button.isEnabled() and not tab.reschedule_button.isEnabled()
    _drive(monkeypatch, OutcomeDialog, lambda d: d.submit_button.click())
    tab.outcome_button.click()
    assert jonas.sessions.get(mine).status == "cancelled-by-client"
    assert tab.model.row_of(theirs) < 0  # not hers: not even listed


def test_reschedule_shows_where_it_moved_from(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    case = _case(t)
    old = _when(t, 2, 16)
    sid = t.sessions.schedule(case, "therapist_session", old, 50).subject_id or ""
    tab = _tab(qtbot, t, case)
    tab.select_record(sid)
    assert [a.text() for a in tab.table.actions()] == ["Record outcome…", "Reschedule…"]

    def fill(d: RescheduleDialog) -> None:
        d.when.setDateTime(QDateTime.fromString(_when(t, 3, 16), QT_MINUTES))
        d.reason.setText("The client asked.")
        d.submit_button.click()

    _drive(monkeypatch, RescheduleDialog, fill)
    tab.reschedule_button.click()
    assert t.sessions.get(sid).moved_from == old
    assert _outcome_text(tab, sid) == "Scheduled · moved"
    assert f"moved from {old.replace('T', ' ')}" in _outcome_tip(tab, sid)
    assert f"moved from {old.replace('T', ' ')}" in tab.detail.toPlainText()


def test_the_schedule_dialog_books_a_weekly_series(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    case = _case(t)
    tab = _tab(qtbot, t, case)
    before = len(t.sessions.list(case))

    def fill(d: ScheduleDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("therapist_session"))
        d.when.setDateTime(QDateTime.fromString(_when(t, 1, 17), QT_MINUTES))
        assert not d.count.isEnabled()
        d.repeat.setCurrentIndex(d.repeat.findData("weekly"))
        assert d.count.isEnabled()
        d.count.setValue(3)
        d.submit_button.click()

    _drive(monkeypatch, ScheduleDialog, fill)
    tab.schedule_button.click()
    sessions = t.sessions.list(case)
    assert len(sessions) == before + 3
    series = [s for s in sessions if s.series_id]
    assert len(series) == 3 and len({s.series_id for s in series}) == 1


def test_a_conflicting_time_is_refused_in_the_dialog_with_the_case_named(
        qtbot: QtBot, opened: Callable[..., Workspace], monkeypatch: pytest.MonkeyPatch) -> None:
    t = opened()
    first, second = _case(t, "001"), _case(t, "005")
    at = _when(t, 1, 17)
    t.sessions.schedule(second, "therapist_session", at, 50)
    tab = _tab(qtbot, t, first)
    seen: dict[str, str] = {}

    def fill(d: ScheduleDialog) -> None:
        d.kind.setCurrentIndex(d.kind.findData("therapist_session"))
        d.when.setDateTime(QDateTime.fromString(at, QT_MINUTES))
        d.submit_button.click()
        seen["error"] = d.error.text()
        d.reject()

    _drive(monkeypatch, ScheduleDialog, fill)
    tab.schedule_button.click()
    assert t.cases.get(second).code in seen["error"]
    assert "therapist" in seen["error"]




def test_the_overview_lists_a_missing_outcome_and_not_a_cancelled_debrief(
        qtbot: QtBot, tmp_path: Path) -> None:
    from tests.core.practice import make_practice
    from tests.ui.casefile.test_overview_tab import alerts, make_tab

    p = make_practice(tmp_path / "v.triad")
    for ws in p.all():
        ws.clock = lambda: datetime.fromisoformat("2026-02-03T09:00").astimezone()
    talk = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-02T16:00", 50).subject_id
    off = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                                planned_activities=("conversation",)).subject_id or ""
    tab = make_tab(qtbot, p.t, p.case)
    missing = ("Therapist session of 2026-02-02 is over and no outcome is recorded. Record what "
               "happened on the Sessions & debriefs tab with Record outcome…")
    assert missing in alerts(tab)
    assert any("Surrogate session of 2026-02-02 has no debrief yet" in a for a in alerts(tab))
    p.t.outcomes.record(talk or "", "held")
    p.t.outcomes.record(off, "cancelled-by-client", notice_hours=4)
    tab.refresh()
    assert missing not in alerts(tab)
    assert not any("has no debrief yet" in a for a in alerts(tab))  # it was not held
    tab.clear()
    p.close()
