"""The Op builder: busy indicators around the work, success and failure on the GUI thread, the
default failure as a sentence, stale results dropped, and quick calls never beside a job."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from triad.errors import WrongPassphrase
from ui.ops import Op, Ops
from ui.widgets import dialogs


def test_busy_success_and_the_default_failure(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, message: errors.append(message))
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = QProgressBar(parent)
    bar.hide()
    seen: list[object] = []
    states: list[bool] = []

    def work() -> int:
        states.append(not bar.isHidden())
        return 4

    Op(Ops(synchronous=True), parent, work).busy(bar).busy(states.append).success(seen.append).run()
    assert seen == [4] and states == [True, True, False] and bar.isHidden()

    def refuse() -> int:
        raise WrongPassphrase()

    Op(Ops(synchronous=True), parent, refuse).success(seen.append).run()
    assert seen == [4] and len(errors) == 1 and errors[0]


def test_stale_results_are_dropped(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[object] = []
    Op(Ops(synchronous=True), parent, lambda: 1).success(seen.append).unless_stale(lambda: True).run()

    def refuse() -> int:
        raise ValueError("x")

    Op(Ops(synchronous=True), parent, refuse).failure(seen.append).unless_stale(
        lambda: True, failures=False).run()
    assert len(seen) == 1 and isinstance(seen[0], ValueError)


def test_a_quick_call_waits_behind_the_workers_job(qtbot: QtBot) -> None:
    ops = Ops()
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    order: list[str] = []
    try:
        Op(ops, parent, lambda: release.wait(5)).success(lambda _v: order.append("job")).run()
        Op(ops, parent, lambda: "quick").success(order.append).run_now()
        assert order == []  # not run beside the job
        release.set()
        qtbot.waitUntil(lambda: order == ["job", "quick"], timeout=5000)
        Op(ops, parent, lambda: "now").success(order.append).run_now()
        assert order[-1] == "now"  # the worker is idle: at once, on this thread
    finally:
        release.set()
        ops.shutdown()


def test_the_work_is_on_the_worker_before_the_indicators_are_drawn(qtbot: QtBot) -> None:
    """An unlock's key derivation starts at Enter: the work is given to the (already
    started) worker first, the busy indicators follow on the GUI thread."""
    ops = Ops()
    ops.prestart()
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()
    seen: list[bool] = []

    def work() -> int:
        started.set()
        release.wait(5)
        return 1

    def indicator(on: bool) -> None:
        if on:  # the worker already has the job (and, started beforehand, runs it)
            seen.append(ops.busy == 1 and started.wait(5))

    done: list[int] = []
    Op(ops, parent, work).busy(indicator).success(done.append).run()
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5_000)
    assert seen == [True]
    ops.shutdown()
