"""Issue 18: the whole record checked in the background after the window is up -- on a thread
of its own at a lower priority, never the worker; cancelled by a lock; once a day by default,
every unlock or only when asked (Preferences); on demand (Ctrl+Shift+V, the Audit trail's
Verify again); a problem it finds shown loudly. Real encrypted vaults (the demo), the real
window."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.stopped_clock import stopped_at
from triad.workspace import VaultReport, Workspace
from ui.casefile.audit.tab import AuditTab
from ui.main.fullcheck import NICE, due
from ui.main.help import shortcut_rows
from ui.main.view import START_DELAY_MS
from ui.ops import Op, Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def last_checked(vault: Path) -> datetime:
    """When the vault's whole record was last found well: the demo's build checks it on its
    last morning (triad/demo.py, _record_checked); a test that ran ``ws.verify()`` on the shared
    demo moved it to DEMO_NOW, the same day."""
    with Workspace.open(vault, DEMO_PASS) as ws:
        last = ws.last_full_check()
    assert last is not None and last.astimezone().date() == DEMO_NOW.date()
    return last


def today_line(at: datetime) -> str:
    return f"Whole record last checked today {at.astimezone():%H:%M}: all good"


class Gate:
    """Holds the background check at its first progress report until opened (or cancelled):
    a check that takes as long as a test needs. Counts the checks run and notes the thread."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.entered = threading.Event()
        self.runs = 0
        self.threads: list[str] = []
        self.nice: list[int] = []
        self.ended = threading.Event()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    real = Workspace.full_check

    def full_check(self: Workspace, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   found: Callable[[int], None] | None = None) -> VaultReport:
        gate.runs += 1
        gate.ended.clear()
        first = [True]

        def slow(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if first[0]:
                first[0] = False
                gate.threads.append(threading.current_thread().name)
                if sys.platform.startswith("linux"):
                    gate.nice.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
                gate.entered.set()
                while not gate.open.is_set() and not (cancelled is not None and cancelled()):
                    time.sleep(0.01)

        try:
            return real(self, slow, cancelled, found)
        finally:
            gate.ended.set()

    monkeypatch.setattr(Workspace, "full_check", full_check)
    yield gate
    gate.open.set()


def unlock(qtbot: QtBot, w: StartWindow) -> Workspace:
    w.unlock_page.passphrase.clear()
    qtbot.keyClicks(w.unlock_page.passphrase, DEMO_PASS)
    with qtbot.waitSignal(w.unlocked, timeout=20_000):
        qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None
    return w.workspace


def settle(qtbot: QtBot) -> None:
    """Long enough for a due check to have started (it starts once the window is up)."""
    qtbot.wait(START_DELAY_MS + 300)


def window(qtbot: QtBot, ops: Ops, settings: Settings, vault: Path) -> StartWindow:
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    w.show()
    return w


def test_when_the_check_is_due() -> None:
    now = datetime(2026, 11, 23, 9, 0).astimezone()
    earlier_today = now.replace(hour=7)
    yesterday = now - timedelta(days=1)
    assert due("daily", None, now) and due("weekly", None, now) and due("unlock", None, now)
    assert not due("daily", earlier_today, now) and due("daily", yesterday, now)
    assert due("unlock", earlier_today, now)
    assert not due("asked", None, now) and not due("asked", yesterday - timedelta(days=30), now)
    assert not due("weekly", now - timedelta(days=6), now) and due("weekly", now - timedelta(days=7), now)
    assert due("daily", now + timedelta(days=1), now)  # a clock gone back: check, do not trust


def test_the_window_is_usable_while_the_full_check_runs(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate
) -> None:
    settings.full_check = "unlock"
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    try:
        ws = unlock(qtbot, w)
        main = w.main
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)  # once the window is up
        # a thread of its own, at a lower priority; the worker stays free
        assert gate.threads == ["triad-full-check"] and ops.busy == 0
        if sys.platform.startswith("linux"):
            assert gate.nice[0] >= NICE
        qtbot.waitUntil(lambda: main.check_line.text().startswith("Checking the record: "))
        assert main.check_line.text().endswith(" % · all good so far")
        assert not main.check_action.isEnabled() and main.checker.alive()
        # the person works meanwhile: another case, another tab, typing, a save on the worker
        cases = [c.case_id for c in ws.cases.list()]
        main.cases.select(cases[0])
        main.cases.select(cases[3])
        assert main.tabs.tabs[0].case_id == cases[3]
        main.tabs.go_to("sessions", "")
        assert main.tabs.currentWidget() is main.tabs.tabs[3]
        qtbot.keyClicks(main.cases.search, "C-2026")
        assert main.cases.search.text() == "C-2026"
        saved: list[Any] = []
        Op(ops, main, lambda: ws.cases.add_goal(cases[3], "Walks in the park", "2", "6")).success(
            saved.append).run()
        qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
        assert any(g.description == "Walks in the park" for g in ws.cases.goals(cases[3]))
        assert gate.runs == 1 and main.checker.running  # still checking, held by the gate
        # then it ends: a quiet line, recorded in the vault, shown on the Audit trail too
        gate.open.set()
        qtbot.waitUntil(lambda: main.check_line.text().startswith("Whole record checked: "),
                        timeout=60_000)
        assert main.check_line.text().endswith(", all good (today 12:00)")
        assert not main.check_line.loud and main.check_action.isEnabled()
        assert ws.last_full_check() == DEMO_NOW
        audit = main.tabs.tabs[5]
        assert isinstance(audit, AuditTab)
        main.tabs.go_to("audit", "")
        audit.pages.setCurrentIndex(1)
        assert audit.verify_line.text().startswith("All ") and "verified" in audit.verify_line.text()
    finally:
        w.close()
        ops.shutdown()


def test_lock_cancels_the_check_and_the_next_unlock_starts_afresh(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate
) -> None:
    settings.full_check = "unlock"
    before = last_checked(demo_copy)
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    try:
        ws = unlock(qtbot, w)
        main = w.main
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: main.check_line.text().startswith("Checking the record: "))
        finished: list[object] = []
        main.checker.finished.connect(finished.append)
        w.activateWindow()
        qtbot.keyClick(main.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L
        assert w.workspace is None
        assert main.check_line.text() == "" and main.status.text() == ""
        assert not main.checker.running
        qtbot.waitUntil(gate.ended.is_set, timeout=5000)  # its thread stopped
        qtbot.waitUntil(lambda: not main.checker.alive(), timeout=5000)
        qtbot.wait(300)  # anything the thread said on its way out is dropped
        assert finished == [] and main.check_line.text() == ""
        qtbot.waitUntil(lambda: ws.slot_private == b"", timeout=5000)  # the vault closed
        assert last_checked(demo_copy) == before  # nothing of the cancelled check recorded

        # the next unlock checks afresh, to its end
        gate.entered.clear()
        ws = unlock(qtbot, w)
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
        assert gate.runs == 2
        gate.open.set()
        qtbot.waitUntil(lambda: w.main.check_line.text().startswith("Whole record checked: "),
                        timeout=60_000)
        assert len(finished) == 1

        # the idle lock cancels it too
        gate.open.clear()
        gate.entered.clear()
        w.lock()
        unlock(qtbot, w)
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
        assert gate.runs == 3
        w._idle_expired()  # the idle time ran out (no form open: it locks at once)
        assert w.workspace is None and not main.checker.running
        qtbot.waitUntil(gate.ended.is_set, timeout=5000)
        qtbot.waitUntil(lambda: not main.checker.alive(), timeout=5000)
        assert main.check_line.text() == "" and len(finished) == 1
    finally:
        w.close()
        ops.shutdown()


def test_closing_the_window_cancels_the_check(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate
) -> None:
    settings.full_check = "unlock"
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    unlock(qtbot, w)
    checker = w.main.checker
    qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
    started = time.monotonic()
    w.close()
    assert time.monotonic() - started < 2  # the window does not wait for the check
    assert w.workspace is None and not checker.running
    qtbot.waitUntil(gate.ended.is_set, timeout=5000)
    qtbot.waitUntil(lambda: not checker.alive(), timeout=5000)
    ops.shutdown()


def test_once_a_day_by_default_every_unlock_when_chosen(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import triad.workspace

    gate.open.set()
    assert settings.full_check == "daily"
    checked = last_checked(demo_copy)
    w = window(qtbot, Ops(synchronous=True), settings, demo_copy)
    try:
        unlock(qtbot, w)  # the demo's record was checked this morning: not again today
        settle(qtbot)
        assert gate.runs == 0
        assert w.main.check_line.text() == today_line(checked)
        assert "at unlock" in w.main.status.text()
        w.lock()

        next_day = DEMO_NOW + timedelta(days=1)
        monkeypatch.setattr(triad.workspace, "datetime", stopped_at(next_day))
        ws = unlock(qtbot, w)  # the first unlock of a new day checks the whole record
        qtbot.waitUntil(lambda: w.main.check_line.text().startswith("Whole record checked: "))
        assert gate.runs == 1 and ws.last_full_check() == next_day
        assert w.main.check_line.text().endswith(", all good (today 12:00)")
        w.lock()
        unlock(qtbot, w)  # ... once
        settle(qtbot)
        assert gate.runs == 1
        assert w.main.check_line.text() == today_line(next_day)

        # Preferences: at every unlock (kept in this computer's settings)
        from ui.main.preferences import PreferencesDialog

        def choose(dialog: PreferencesDialog) -> int:
            assert dialog.full_check.currentData() == "daily"
            assert [dialog.full_check.itemText(i) for i in range(dialog.full_check.count())] == [
                "At every unlock", "Once a day", "Once a week", "Only when I ask"]
            dialog.full_check.setCurrentIndex(dialog.full_check.findData("unlock"))
            return 1

        monkeypatch.setattr(PreferencesDialog, "exec", choose)
        w.main.prefs_action.trigger()
        assert settings.full_check == "unlock" and w.main.full_check_when == "unlock"
        w.lock()
        unlock(qtbot, w)
        qtbot.waitUntil(lambda: gate.runs == 2)
        w.lock()
        settings.full_check = "asked"
        unlock(qtbot, w)
        settle(qtbot)
        assert gate.runs == 2
    finally:
        w.close()


def test_on_demand_from_the_help_menu_and_the_audit_trail(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate
) -> None:
    gate.open.set()
    w = window(qtbot, Ops(synchronous=True), settings, demo_copy)
    try:
        ws = unlock(qtbot, w)
        main = w.main
        settle(qtbot)
        assert gate.runs == 0
        assert ("Ctrl+Shift+V", "Check the whole record now") in shortcut_rows(w)
        assert main.check_action in main.help_menu.actions()
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        qtbot.keyClick(main.cases.table, Qt.Key.Key_V,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert gate.runs == 1
        assert main.check_line.text().startswith("Whole record checked: ")
        # the Audit trail's Verify again is the same background check
        main.cases.select(ws.cases.list()[0].case_id)
        audit = main.tabs.tabs[5]
        assert isinstance(audit, AuditTab)
        main.tabs.go_to("audit", "")
        audit.pages.setCurrentIndex(1)
        assert audit.verify_line.text().startswith("All ")  # what the window's check found
        audit.verify_line.clear()
        qtbot.mouseClick(audit.verify_again, Qt.MouseButton.LeftButton)
        assert gate.runs == 2 and audit.verify_line.text().startswith("All ")
        assert main.check_line.text().startswith("Whole record checked: ")
    finally:
        w.close()


def test_a_problem_the_background_check_finds_is_shown_loudly(
    qtbot: QtBot, demo_copy: Path, settings: Settings
) -> None:
    settings.full_check = "asked"
    w = window(qtbot, Ops(synchronous=True), settings, demo_copy)
    try:
        ws = unlock(qtbot, w)
        # A byte of an old entry's body changes behind the app's back (before the checkpoint)
        target = ws.log.entries("kind='session.debriefed'")[0]
        ws.vault.db.execute("UPDATE entries SET body=replace(body, 'Practice room', "
                            "'Hotel room') WHERE id=?", (target.id,))
        w.lock()
        unlock(qtbot, w)  # the unlock's check looks at what is new: it cannot see it
        main = w.main
        assert main.status.text().endswith(" · nothing new to verify at unlock")
        assert main.status.styleSheet() == ""
        assert not main.check_line.loud
        main.check_now()  # the whole record: found
        assert main.check_line.loud and "#b94a48" in main.check_line.styleSheet()
        assert main.check_line.text() == ("THE WHOLE-RECORD CHECK FOUND PROBLEMS: see the Audit "
                                          "tab or run triad-cli verify")
        main.cases.select(target.case_id or "")
        audit = main.tabs.tabs[5]
        assert isinstance(audit, AuditTab)
        main.tabs.go_to("audit", "")
        audit.pages.setCurrentIndex(1)
        text = audit.verify_line.text()
        assert "Verification found a problem in the entry log." in text and target.id[:8] in text
        assert "#b94a48" in audit.verify_line.styleSheet()
    finally:
        w.close()


def test_a_problem_is_told_while_the_check_still_runs(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate
) -> None:
    """Threaded: the first problem turns the progress line loud at once, before the end."""
    settings.full_check = "asked"
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    try:
        ws = unlock(qtbot, w)
        first_chain = ws.vault.db.one("SELECT id FROM entries ORDER BY author, chain, seq LIMIT 1")
        assert first_chain is not None
        ws.vault.db.execute("UPDATE entries SET body=json_set(body, '$.changed', 1) WHERE id=?",
                            (first_chain[0],))
        w.main.check_now()
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: w.main.check_line.text().startswith("CHECKING THE RECORD: "))
        assert w.main.check_line.loud and "PROBLEMS FOUND" in w.main.check_line.text()
        gate.open.set()
        qtbot.waitUntil(lambda: w.main.check_line.text().startswith("THE WHOLE-RECORD CHECK "
                                                                     "FOUND PROBLEMS"),
                        timeout=60_000)
    finally:
        w.close()
        ops.shutdown()


def test_a_member_removal_or_restore_cancels_the_check_first(
    qtbot: QtBot, demo_copy: Path, settings: Settings, gate: Gate,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.practice.dialog import PracticeDialog

    settings.full_check = "unlock"
    checked = last_checked(demo_copy)
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    try:
        unlock(qtbot, w)
        qtbot.waitUntil(gate.entered.is_set, timeout=10_000)
        monkeypatch.setattr(PracticeDialog, "exec", lambda self: self.vault_changing.emit() or 0)
        w.main.practice_action.trigger()
        assert not w.main.checker.running
        qtbot.waitUntil(gate.ended.is_set, timeout=5000)
        qtbot.waitUntil(lambda: not w.main.checker.alive(), timeout=5000)
        assert w.main.check_line.text() == today_line(checked)
    finally:
        w.close()
        ops.shutdown()


def test_telling_progress_costs_the_interpreter_nothing(
    qtbot: QtBot, demo_copy: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6 6.12 on Python 3.11 loses a reference to True at every Signal.emit made from
    Python: a check telling its progress for minutes, day after day, would abort the app
    ("bool_dealloc"). The check reaches the window without emitting (ui/main/fullcheck.py)."""
    import ui.main.fullcheck

    real = Workspace.full_check

    def chatty(self: Workspace, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               found: Callable[[int], None] | None = None) -> VaultReport:
        assert progress is not None
        for done in range(3000):
            progress(done, 3000)
        return real(self, progress, cancelled, found)

    monkeypatch.setattr(Workspace, "full_check", chatty)
    monkeypatch.setattr(ui.main.fullcheck, "PROGRESS_EVERY", 0.0)  # tell every step
    settings.full_check = "asked"
    ops = Ops()
    w = window(qtbot, ops, settings, demo_copy)
    try:
        unlock(qtbot, w)
        before = sys.getrefcount(True)
        w.main.check_now()
        qtbot.waitUntil(lambda: w.main.check_line.text().startswith("Whole record checked"),
                        timeout=60_000)
        assert before - sys.getrefcount(True) < 100  # not one per step (3,000)
    finally:
        w.close()
        ops.shutdown()
