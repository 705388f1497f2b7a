"""The unlock's own path (issue 18): the window is painted with its case list first, the first
case's file and the full case-list read follow; the cyclic collector waits meanwhile."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_PASS
from ui.ops import Ops
from ui.settings import Settings
from ui.start import warm
from ui.start.warm import AFTER_MS
from ui.start.window import StartWindow


@pytest.fixture
def window(qtbot: QtBot, demo_copy: Path, settings: Settings):  # type: ignore[no-untyped-def]
    ops = Ops()  # the real worker: the app's path, not the tests' inline one
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    ops.shutdown()
    warm.resume()


def test_the_window_is_painted_before_the_first_case_file_is_read(
        qtbot: QtBot, window: StartWindow) -> None:
    w = window
    main = w.main  # built while the passphrase is typed
    at_paint: list[object] = []
    main.shown.connect(lambda: at_paint.append(main.right.currentWidget()))
    w.unlock_page.passphrase.setText(DEMO_PASS)
    with qtbot.waitSignal(main.shown, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
    # painted with the list and a blank pane; the first case's file right after
    assert at_paint == [main.opening]
    assert main.cases.proxy.rowCount() == 5
    first = main.cases.current_case()
    assert first
    qtbot.waitUntil(lambda: main.right.currentWidget() is main.tabs, timeout=5_000)
    assert main.tabs.tabs[0].case_id == first  # the Overview
    qtbot.waitUntil(lambda: not main.cases.reading(), timeout=20_000)  # then the full read


def test_the_collector_waits_from_enter_until_the_window_is_painted(
        qtbot: QtBot, window: StartWindow) -> None:
    w = window
    seen: list[bool] = []
    before = sys.getswitchinterval()
    w.unlock_page.passphrase.setText(DEMO_PASS)
    w.unlocked.connect(lambda _ws: seen.append(gc.isenabled()))
    with qtbot.waitSignal(w.main.shown, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
        assert not gc.isenabled() and warm.paused()
        # and the worker gets the interpreter at once, not after the busy bar is drawn
        assert sys.getswitchinterval() == pytest.approx(warm.SWITCH)
    assert seen == [False]  # still waiting while the unlocked window was set up
    qtbot.waitUntil(gc.isenabled, timeout=5_000)  # and back once it is painted
    assert sys.getswitchinterval() == pytest.approx(before)


def test_a_wrong_passphrase_gives_the_collector_back(qtbot: QtBot, window: StartWindow) -> None:
    w = window
    w.unlock_page.passphrase.setText("not the passphrase")
    w.unlock_page.passphrase.returnPressed.emit()
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: bool(w.unlock_page.error.text()), timeout=20_000)
    assert gc.isenabled() and not warm.paused()
    assert sys.getswitchinterval() > warm.SWITCH  # the interpreter's usual interval too
    assert w.workspace is None


def test_a_lock_before_the_first_paint_shows_no_case(qtbot: QtBot, window: StartWindow) -> None:
    """Locked in the moment between the unlock and its first paint: the held case is not
    shown afterwards (nothing of the vault stays on screen)."""
    w = window
    main = w.main
    w.unlock_page.passphrase.setText(DEMO_PASS)
    with qtbot.waitSignal(w.unlocked, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
    w.lock()
    qtbot.wait(400)  # past the first paint's fallback
    assert main.right.currentWidget() is not main.tabs
    assert w.workspace is None


def test_the_busy_bar_stands_still_while_the_key_is_derived(qtbot: QtBot) -> None:
    """Argon2 derives on both cores: the bar's animation would take a share of them. It moves
    only when the work takes longer than a key derivation (``ANIMATE_AFTER_MS``)."""
    from ui.start.page import ANIMATE_AFTER_MS, Page

    page = Page("Unlock")
    page.finish()
    qtbot.addWidget(page)
    page.show()
    page.busy_label.setText("Unlocking…")
    page.set_busy(True)
    assert page.busy.isVisible() and page.busy_label.isVisible()
    assert (page.busy.minimum(), page.busy.maximum()) == (0, 1)  # still
    qtbot.waitUntil(lambda: page.busy.maximum() == 0, timeout=ANIMATE_AFTER_MS + 2_000)
    page.set_busy(False)
    assert not page.busy.isVisible() and page.busy.maximum() == 1


def test_an_earlier_pauses_safety_timer_leaves_a_later_pause_alone() -> None:
    first = warm.pause()
    warm.resume()
    try:
        second = warm.pause()
        assert second != first
        warm.resume(first)  # the first unlock's 10 s timer, firing during the second
        assert not gc.isenabled() and warm.paused()
        warm.resume(second)
        assert gc.isenabled() and not warm.paused()
    finally:
        warm.resume()


def test_an_unlock_freezes_nothing_of_what_it_read(
        qtbot: QtBot, window: StartWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what is loaded while the passphrase is typed the first time is frozen: an unlock's
    reads go with its lock (a freeze at every unlock would keep their cycles for good)."""
    w = window
    frozen: list[int] = []
    freeze = gc.freeze

    def recorded() -> None:
        frozen.append(gc.get_freeze_count())
        freeze()

    monkeypatch.setattr(gc, "freeze", recorded)
    for _ in range(2):
        w.unlock_page.passphrase.setText(DEMO_PASS)
        with qtbot.waitSignal(w.main.shown, timeout=20_000):
            w.unlock_page.passphrase.returnPressed.emit()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
        qtbot.waitUntil(lambda: not w.main.cases.reading(), timeout=20_000)
        w.lock()
        qtbot.wait(AFTER_MS + 100)  # the unlock page's warm-up time passes too
    assert frozen == []


def test_with_names_hidden_the_search_terms_follow_the_first_paint(
        qtbot: QtBot, window: StartWindow) -> None:
    """Reading each client's name and concerns is a third of the case list at unlock: with
    names hidden they are read right after the first paint, before the list's full read, and
    a search typed then finds a case by its client's name."""
    w = window
    main = w.main
    at_paint: list[list[str]] = []
    main.shown.connect(lambda: at_paint.append([r.legal_name for r in main.cases.model.rows]))
    w.unlock_page.passphrase.setText(DEMO_PASS)
    with qtbot.waitSignal(main.shown, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
    assert at_paint == [[""] * 5]
    names = [r.legal_name for r in main.cases.model.rows]
    assert all(names) and main.cases.reading()  # read at once, the full read still to come
    main.cases.search.setText(names[2])
    assert main.cases.proxy.rowCount() == 1
    assert main.cases.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole) == \
        main.cases.model.rows[2].case_id
    qtbot.waitUntil(lambda: not main.cases.reading(), timeout=20_000)
    assert main.cases.proxy.rowCount() == 1  # and the full read keeps it found


def test_with_names_shown_the_first_paint_has_them(
        qtbot: QtBot, demo_copy: Path, settings: Settings) -> None:
    settings.show_names = True
    ops = Ops()
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    try:
        main = w.main
        at_paint: list[str] = []
        main.shown.connect(lambda: at_paint.extend(
            str(main.cases.proxy.index(i, 0).data()) for i in range(main.cases.proxy.rowCount())))
        w.unlock_page.passphrase.setText(DEMO_PASS)
        with qtbot.waitSignal(main.shown, timeout=20_000):
            w.unlock_page.passphrase.returnPressed.emit()
        assert len(at_paint) == 5 and all(" · " in text for text in at_paint)
        qtbot.waitUntil(lambda: not main.cases.reading(), timeout=20_000)
    finally:
        w.close()
        ops.shutdown()
        warm.resume()


def test_the_first_paint_shows_the_lists_first_rows_and_the_rest_follows(
        qtbot: QtBot, window: StartWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The unlock reads a screenful of the case list before its first paint (``FIRST_ROWS``)
    and the rest right after it, in place: the selection stays on the first case, and the
    full read later fills what is due in the same rows."""
    import ui.main.view

    monkeypatch.setattr(ui.main.view, "FIRST_ROWS", 2)
    w = window
    main = w.main
    at_paint: list[int] = []
    main.shown.connect(lambda: at_paint.append(main.cases.proxy.rowCount()))
    w.unlock_page.passphrase.setText(DEMO_PASS)
    with qtbot.waitSignal(main.shown, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
    assert at_paint == [2]
    assert main.cases.proxy.rowCount() == 5  # the rest, right after the paint
    codes = [main.cases.proxy.index(i, 0).data() for i in range(5)]
    assert codes == sorted(codes)
    first = main.cases.current_case()
    assert first == main.cases.model.rows[0].case_id
    qtbot.waitUntil(lambda: not main.cases.reading(), timeout=20_000)
    assert main.cases.current_case() == first and main.cases.proxy.rowCount() == 5
    assert any(r.due for r in main.cases.model.rows)  # what is due, filled in the same rows


def test_the_idle_lock_listens_from_the_first_paint(qtbot: QtBot, window: StartWindow) -> None:
    """The idle lock's app-wide filter meets every event; it is not there for the events of
    the unlock itself, and it runs once the window is painted."""
    w = window
    at_unlock: list[bool] = []
    w.unlocked.connect(lambda _ws: at_unlock.append(w.idle.timer.isActive()))
    w.unlock_page.passphrase.setText(DEMO_PASS)
    with qtbot.waitSignal(w.main.shown, timeout=20_000):
        w.unlock_page.passphrase.returnPressed.emit()
    assert at_unlock == [False]
    qtbot.waitUntil(w.idle.timer.isActive, timeout=5_000)
    w.lock()
    assert not w.idle.timer.isActive()
