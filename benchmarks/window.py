"""The main window over big practices (issue 18): the Sessions tab of a 300-session case, the
peak memory with the 1,000-case vault open, and the background full verification beside the
window (entries per second, and how late the event loop runs while it works).

* Sessions tab: the case of ``benchmarks/progress.py`` (300 debriefed surrogate sessions, 30
  therapist sessions, 3 three-way meetings) in the real ``MainView`` with the app's worker
  (so the case tabs read their case when shown, as in the app), 1280 x 800, offscreen. Timed:
  open the case (its Overview shows) and switch to "Sessions & debriefs", until the table is
  filled and painted; and the switch alone, from the Overview of the case already open. Batches
  of a second or more.
* Peak memory: a fresh process (``python -m benchmarks.window memory FOLDER``) builds the
  window as the app does, unlocks a copy of the 1,000-case practice, opens the first 20 cases
  and each of their tabs, and reports its peak resident memory (VmHWM, as the existing memory
  row; ``ru_maxrss`` of a child would include the parent's at the fork). Baseline: the bare
  PySide6 window of ``benchmarks/app.py``.
* Background verification: ``Workspace.full_check`` (the full verification on its own
  connection) on a thread beside the window showing the 1,000-case vault, while a 10 ms
  ``QTimer`` records how late each of its ticks comes; the worst lateness is the row, and
  the entries verified per second an info row.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .common import Row, per_op

ROOT = Path(__file__).resolve().parents[1]
OPENED = 20  # cases opened (every tab) in the memory run


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["triad"])
    app.setApplicationName("Triad")
    app.setOrganizationName("Triad")
    return app


def _main_view(ws: Any) -> Any:
    from ui.main.view import MainView
    from ui.ops import Ops

    view = MainView(Ops())
    view.resize(1280, 800)
    view.set_workspace(ws)
    view.show()
    return view


def _settle(app: Any, view: Any) -> None:
    """Until the worker's reads of the case list are in and the window is painted."""
    while view.ops.busy or view.cases.reading():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def bench_sessions_tab(tmp: Path) -> list[Row]:
    from .progress import build_progress_case

    ws, case = build_progress_case(tmp / "sessions.triad")
    app = _app()
    view = _main_view(ws)
    _settle(app, view)
    tabs = view.tabs
    sessions = tabs.tabs[tabs.icon_names.index("sessions")]
    overview = tabs.tabs[tabs.icon_names.index("overview")]

    def open_case() -> None:
        tabs.setCurrentWidget(overview)
        tabs.show_case(ws, case)  # the case opened: its Overview reads it
        view.right.setCurrentWidget(tabs)
        app.processEvents()
        tabs.setCurrentWidget(sessions)  # reads the sessions, fits the rows in view
        app.processEvents()  # painted
        assert sessions.model.rowCount() >= 300

    def switch() -> None:
        tabs.setCurrentWidget(overview)
        tabs.show_case(ws, case)  # the case opened again: the Sessions tab reads it when shown
        app.processEvents()
        start = time.perf_counter()
        tabs.setCurrentWidget(sessions)
        app.processEvents()
        spent.append(time.perf_counter() - start)

    open_case()
    both = per_op(open_case, 2.0, 10)
    spent: list[float] = []
    per_op(switch, 2.0, 10)
    view.clear()  # the exchange watcher and the tabs let go of the workspace
    view.close()
    ws.close()
    return [Row("Sessions tab of a 300-session case: open the case, show the tab", both, None,
                "<= 0.2 s"),
            Row("  switching to it from the case's Overview", sum(spent) / len(spent), None, "info")]


def bench_memory_big(tmp: Path) -> list[Row]:
    from .app import BARE_MEMORY, _env, _run
    from .bigpractice import practice_copy
    from .practice import PASS

    folder = practice_copy(1000, tmp)
    env = _env(tmp)
    _, out = _run(["-m", "benchmarks.window", "memory", str(folder), PASS], env)
    session = json.loads(out.strip().splitlines()[-1])
    _, bare = _run(["-c", BARE_MEMORY], env)
    return [Row(f"peak memory, 1,000 cases x 40 open in the window ({OPENED} cases x "
                f"{session['tabs'] // OPENED} tabs opened)", session["peak_mib"], int(bare) / 1024,
                "< 250 MB", unit="MB")]


def _memory_child(folder: str, passphrase: str) -> None:
    from tests.reliability.app_session import peak_kib
    from ui.ops import Ops
    from ui.settings import Settings
    from ui.start.window import StartWindow

    app = _app()
    window = StartWindow(Ops(), Settings(), folder)
    window.show()
    app.processEvents()
    opened: list[object] = []
    window.unlocked.connect(opened.append)
    window.unlock_page.unlock_requested.emit("", passphrase)
    while not opened:
        app.processEvents()
        time.sleep(0.002)
    main = window.main
    _settle(app, main)
    panel, tabs = main.cases, 0
    for row in range(min(OPENED, panel.proxy.rowCount())):
        panel.select(str(panel.proxy.index(row, 0).data(256)))
        app.processEvents()
        for i in range(main.tabs.count()):
            main.tabs.setCurrentIndex(i)
            _settle(app, main)
            tabs += 1
    window.lock()
    app.processEvents()
    print(json.dumps({"tabs": tabs, "peak_mib": peak_kib() / 1024}), flush=True)
    os._exit(0)


def bench_background_check(tmp: Path, cases: int = 1000) -> list[Row]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from triad.workspace import Workspace

    from .bigpractice import practice_copy
    from .practice import PASS

    folder = practice_copy(cases, tmp)
    ws = Workspace.open(folder, PASS, "Bench Therapist")
    app = _app()
    # As the app while the passphrase is typed (ui/start/warm.py, ``settle``): what is loaded
    # before the window reads the vault stays out of the collector's passes -- here that is
    # also every earlier row's leftovers, whose one full pass was the 82 ms tick of the run of
    # every row. The window and what it reads are not frozen, as in the app.
    from ui.start import warm

    warm.settle()
    view = _main_view(ws)
    _settle(app, view)
    clock = QElapsedTimer()
    worst = [0.0]
    ticks = [0]

    def tick() -> None:
        late = clock.nsecsElapsed() / 1e9 - 0.010
        clock.restart()
        worst[0] = max(worst[0], late)
        ticks[0] += 1

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    result: list[Any] = []

    def check() -> None:
        result.append(ws.full_check())

    thread = threading.Thread(target=check, name="full-check")
    loop = QEventLoop()  # the app's own event loop runs while the thread verifies
    watch = QTimer()
    watch.setInterval(25)
    watch.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    start = time.perf_counter()
    clock.start()
    timer.start()
    watch.start()
    thread.start()
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    thread.join()
    report = result[0]
    assert report.ok, "the benchmark practice should verify"
    view.clear()  # the exchange watcher and the tabs let go of the workspace
    view.close()
    ws.close()
    return [Row(f"event loop during the full verification, {cases:,} cases x 40 (worst "
                f"lateness of a 10 ms timer, {ticks[0]:,} ticks)", worst[0], None, "<= 50 ms"),
            Row(f"  the full verification beside it: {report.log.entries:,} entries, "
                f"{report.log.entries / elapsed:,.0f} entries/s", elapsed, None, "info")]


if __name__ == "__main__":
    if sys.argv[1] == "memory":
        _memory_child(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(f"unknown: {sys.argv[1:]}")
