"""The whole record checked in the background (issue 18): every signature, hash chain and
database page, while the person works.

The unlock verifies only what is new since the verified checkpoint (``ws.verify_recent``);
the full verification (``ws.full_check``) runs here, after the window is up:

    checker = BackgroundCheck(parent=window)
    checker.on_change(show)              # progress, result, or back to idle
    checker.start(ws)                    # at unlock when ``due``, or when asked
    checker.cancel()                     # lock, close, restore: its result is dropped

It runs on a thread of its own -- never the ``Ops`` worker, which stays free for the
person's saves -- on a second SQLCipher connection (``Vault.reader``), at a lower OS priority
(``nice`` 10 on Linux), and tells its progress a few times a second at most, queued to the GUI
thread (``QMetaObject.invokeMethod``; why not a signal: ``BackgroundCheck``). It stops at its next cancel poll: ``cancel()`` (the lock, Ctrl+L or idle, the window
closing, a restore), and by itself when the workspace begins a re-key (a member removed, a
disposal's next data file) or closes (``Workspace.full_check``). ``cancel`` waits for the
thread at most ``JOIN`` seconds, never longer: the GUI does not stall, and a thread still
inside one SQLite statement ends a moment later with its connection; whatever it says then is
dropped (a generation number).

``BackgroundCheck(synchronous=True)`` runs the check inline, for tests (as ``Ops`` does).

When: ``WHEN`` (every unlock, once a day -- the default --, once a week, only when asked),
chosen in Preferences and kept in this computer's settings; ``due`` says whether an unlock
starts one, from the day the vault records its last clean full check (``ws.last_full_check``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel

from triad.log.entries import VerifyCancelled
from ui.settings import FULL_CHECK_CHOICES, FULL_CHECK_DEFAULT
from ui.widgets.keys import VERIFY_KEY, with_key

if TYPE_CHECKING:
    from triad.workspace import VaultReport, Workspace

WHEN, DEFAULT_WHEN = FULL_CHECK_CHOICES, FULL_CHECK_DEFAULT  # declared with the settings
PROGRESS_EVERY = 0.25  # seconds: at most four progress updates a second reach the window
NICE = 10  # the thread's OS priority on Linux (0 is normal, 19 the lowest)
JOIN = 0.1  # seconds the GUI waits for a cancelled check to end (it ends soon after anyway)
ENTRY_SHARE = 90  # % of the time the entries take; the page checks after them about a tenth
# (cipher_integrity_check and integrity_check: 1.2 s of 13.6 s at 100 cases x 40 sessions)


def due(when: str, last: datetime | None, now: datetime) -> bool:
    """Whether an unlock at ``now`` starts the full check, given how often it runs (``WHEN``)
    and when it last found everything well (None: never). Days are this computer's local
    days: "daily" runs at the first unlock of each day, "weekly" once seven days have passed."""
    if when == "unlock":
        return True
    if when == "asked":
        return False
    if last is None:
        return True
    today, then = now.astimezone().date(), last.astimezone().date()
    if then > today:  # the clock went back: check rather than trust it
        return True
    if when == "weekly":
        return (today - then).days >= 7
    return then != today


@dataclass(frozen=True)
class CheckState:
    """What the window shows of the check: running (with progress and the problems found so
    far), ended (a report, or a failure to run), or stopped by a re-key; all empty: idle."""

    running: bool = False
    done: int = 0
    total: int = 0
    problems: int = 0
    report: VaultReport | None = None
    failure: BaseException | None = None
    stopped: bool = False
    ended_at: datetime | None = None

    @property
    def percent(self) -> int:
        """How far it is: the entries are ``ENTRY_SHARE`` % of the work, the database pages
        checked after them the rest (it never reads 100 % while it still runs)."""
        return min(ENTRY_SHARE, ENTRY_SHARE * self.done // self.total) if self.total else 0

    @property
    def ended(self) -> bool:
        return self.report is not None or self.failure is not None


def _lower_priority() -> None:
    """This thread yields the processor to the window and the worker (Linux: per thread)."""
    if sys.platform.startswith("linux") and hasattr(os, "setpriority"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)


class BackgroundCheck(QObject):
    """The full verification of one open workspace, off the GUI thread and off the worker.

    Listeners (``on_change``) hear every change of ``state``. They are plain callbacks, not a
    Qt signal, and the thread reaches the GUI thread through ``QMetaObject.invokeMethod``, not
    ``Signal.emit``: PySide6 6.12 under Python 3.11 loses a reference to ``True`` at every
    ``emit`` made from Python, and a check that tells its progress four times a second for
    minutes, day after day, would bring ``True``'s count to zero (the interpreter aborts with
    "bool_dealloc"). ``finished`` (once per check) stays a signal."""

    finished = Signal(object)  # VaultReport: the check ran to its end

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.ws: Workspace | None = None
        self.state = CheckState()
        self._listeners: list[Callable[[], object]] = []
        self._generation = 0
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._news: list[tuple[int, CheckState | None, object, object]] = []
        self._news_lock = threading.Lock()

    def on_change(self, listener: Callable[[], object]) -> None:
        """Call ``listener()`` on the GUI thread whenever ``state`` changes: started,
        progressed, ended, stopped or cancelled."""
        self._listeners.append(listener)

    def off_change(self, listener: Callable[[], object]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    @property
    def running(self) -> bool:
        return self.state.running

    def state_for(self, ws: Workspace) -> CheckState:
        """The state of the check of ``ws`` (idle when this checker holds another or none)."""
        return self.state if ws is self.ws else CheckState()

    def start(self, ws: Workspace) -> bool:
        """Start the full check of ``ws``; False if one is already running for it. A check of
        another workspace is cancelled first."""
        if self.running and self.ws is ws:
            return False
        self.cancel()
        self._generation += 1
        generation, cancel = self._generation, threading.Event()
        self._cancel = cancel
        self.ws, self.state = ws, CheckState(running=True)
        self._changed()
        if self.synchronous:
            self._check(ws, generation, cancel)
            return True
        thread = threading.Thread(target=self._check, name="triad-full-check", daemon=True,
                                  args=(ws, generation, cancel, True))
        self._thread = thread
        thread.start()
        return True

    def cancel(self) -> None:
        """Stop the running check and drop whatever it would say. Waits for its thread at
        most ``JOIN`` seconds (it ends at its next cancel poll)."""
        self._cancel.set()
        self._generation += 1
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(JOIN)
        if self.running:
            self.state = CheckState()
            self._changed()

    def forget(self) -> None:
        """On lock: cancel, and nothing of this workspace's check stays to be shown."""
        self.cancel()
        self.ws, self.state = None, CheckState()
        self._changed()

    def alive(self) -> bool:
        """Whether a thread of a check is still running (tests: the lock ended it)."""
        return self._thread is not None and self._thread.is_alive()

    # -- on the check's thread (inline when synchronous) --
    def _check(self, ws: Workspace, generation: int, cancel: threading.Event,
               threaded: bool = False) -> None:
        if threaded:
            _lower_priority()
        told = [0.0, 0, 0, 0]  # when last told, done, total, problems

        def tell(force: bool) -> None:
            now = time.monotonic()
            if force or now - told[0] >= PROGRESS_EVERY:
                told[0] = now
                self._tell(generation, CheckState(running=True, done=int(told[1]),
                                                  total=int(told[2]), problems=int(told[3])),
                           None, None, threaded)

        def progress(done: int, total: int) -> None:
            told[1], told[2] = done, total
            tell(done >= total)
            if threaded:
                time.sleep(0)  # let the window's thread take the interpreter between chains

        def found(problems: int) -> None:
            told[3] = problems
            tell(True)  # a problem is news at once

        try:
            report: VaultReport | None = ws.full_check(progress, cancel.is_set, found)
            failure: BaseException | None = None
        except VerifyCancelled:
            report, failure = None, None
        except Exception as exc:  # shown as "could not run", with the sentence for it
            report, failure = None, exc
        self._tell(generation, None, report, failure, threaded)

    def _tell(self, generation: int, progress: CheckState | None, report: object,
              failure: object, threaded: bool) -> None:
        """Progress (a running state) or the end (a report, a failure, or neither: stopped),
        for the GUI thread."""
        item = (generation, progress, report, failure)
        if not threaded:
            self._take(item)
            return
        with self._news_lock:
            if progress is not None and self._news and self._news[-1][1] is not None:
                self._news[-1] = item  # only the latest progress matters
            else:
                self._news.append(item)
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            QMetaObject.invokeMethod(self, "_deliver", Qt.ConnectionType.QueuedConnection)

    # -- on the GUI thread --
    @Slot()
    def _deliver(self) -> None:
        with self._news_lock:
            news, self._news = self._news, []
        for item in news:
            self._take(item)

    def _take(self, item: tuple[int, CheckState | None, object, object]) -> None:
        generation, progress, report, failure = item
        if generation != self._generation:
            return  # cancelled meanwhile: dropped
        if progress is not None:
            if self.running:
                self.state = progress
                self._changed()
            return
        self._thread = None
        ws = self.ws
        if report is None and failure is None:  # stopped by a re-key or the vault closing
            self.state = CheckState(stopped=True)
        else:
            self.state = CheckState(
                report=report,  # type: ignore[arg-type]
                failure=failure if isinstance(failure, BaseException) else None,
                ended_at=ws.clock() if ws is not None else None)
        self._changed()
        if report is not None:
            self.finished.emit(report)


LOUD = "color: #b94a48; font-weight: bold"  # ERROR_RED (ui/casefile/audit/words.py), in bold


def clock_words(at: datetime, now: datetime) -> tuple[bool, str]:
    """(whether ``at`` is today, its local time "HH:MM" if so, else its day in the app's
    language: "23.11.2026" in German, "2026-11-23" in English)."""
    from ui.widgets.form import clinical_day

    local, today = at.astimezone(), now.astimezone().date()
    return (True, local.strftime("%H:%M")) if local.date() == today else (
        False, clinical_day(local.date().isoformat()))


class CheckLine(QLabel):
    """The status bar's line for the whole-record check: its progress while it runs
    ("Checking the record: 41 % · all good so far"), a quiet line when it found all well, a
    loud one (red, bold) when it found problems or could not run, else when it last ran."""

    def __init__(self) -> None:
        super().__init__()
        self.loud = False
        self.setAccessibleName(self.tr("Check of the whole record"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(with_key(self.tr(
            "The unlock verifies what is new since the last check. Every signature, hash chain "
            "and database page of the vault is checked in the background: once a day by "
            "default (Preferences), and when you ask (%1)."), VERIFY_KEY))

    def show_state(self, state: CheckState, last: datetime | None, now: datetime) -> None:
        """Say ``state``; when idle, ``last`` (the vault's last clean full check) and ``now``."""
        loud = False
        if state.running and state.problems:
            loud = True
            text = self.tr("CHECKING THE RECORD: %1 % · PROBLEMS FOUND: see the Audit tab or "
                           "run triad-cli verify").replace("%1", str(state.percent))
        elif state.running:
            text = self.tr("Checking the record: %1 % · all good so far").replace(
                "%1", str(state.percent))
        elif state.failure is not None:
            from ui.messages import message_for

            loud = True
            text = self.tr("THE WHOLE-RECORD CHECK COULD NOT RUN: %1").replace(
                "%1", message_for(state.failure))
        elif state.report is not None and not state.report.ok:
            loud = True
            text = self.tr("THE WHOLE-RECORD CHECK FOUND PROBLEMS: see the Audit tab or run "
                           "triad-cli verify")
        elif state.report is not None:
            _today, at = clock_words(state.ended_at or now, now)
            text = self.tr("Whole record checked: %1 signed entries, all good (today %2)").replace(
                "%1", str(state.report.log.entries)).replace("%2", at)
        elif state.stopped:
            text = with_key(self.tr("Whole-record check stopped (the vault was re-keyed); %1 "
                                    "runs it again"), VERIFY_KEY)
        elif last is not None:
            today, at = clock_words(last, now)
            text = (self.tr("Whole record last checked today %1: all good") if today else
                    self.tr("Whole record last checked %1: all good")).replace("%1", at)
        else:
            text = with_key(self.tr("Whole record not checked yet: %1 checks it"), VERIFY_KEY)
        self.loud = loud
        self.setStyleSheet(LOUD if loud else "")
        self.setText(text)

    def clear(self) -> None:
        self.loud = False
        self.setStyleSheet("")
        super().clear()
