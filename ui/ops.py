"""Run core work off the GUI thread (key derivation, PDF, import), or quick service calls on it,
with one typed builder (Anki's ``CollectionOp`` is the model):

    Op(ops, self, lambda: ws.reports.progress(case_id)).busy(self.progress_bar) \\
        .success(self.show_pdf).unless_stale(lambda: self.case_id != case_id).run()

``Op[T]`` is generic in what the work returns, so mypy checks that ``success`` takes it.
Callbacks run on the GUI thread. Without ``failure``, a failure is shown to the person as a
sentence (``ui.messages.message_for`` in ``ui.widgets.dialogs.error``, both loaded with the
first error). ``busy`` indicators are shown while the work runs and hidden when it ends, before
the callbacks; ``unless_stale`` drops the callbacks of work whose result no longer fits what is
on screen (the vault was locked, another case is shown). Once ``parent`` is deleted (a closed
dialog), nothing of the op runs any more.

**The worker owns the database while busy.** SQLite connections are not to be shared by two
threads at once, so ``Ops`` runs one worker thread and counts its jobs (``busy``). ``run()``
puts work on the worker. ``run_now()`` is for quick service calls (milliseconds): they run at
once on the GUI thread when the worker is idle; while the worker has a job, they are queued
behind it on the worker instead (never run beside it) and their callbacks come when it is their
turn. Code that must not wait (the idle lock, the inbox watcher) asks ``ops.busy`` and comes
back later.

``Ops(synchronous=True)`` runs everything inline, for tests (Picard's fake thread pool does the
same). The thread (and ``concurrent.futures``) starts with the first piece of work, not at
start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

T = TypeVar("T")


class _Relay(QObject):
    finished = Signal(object, object)  # (callback, value)


class Ops:
    """The app's one worker thread (or, with ``synchronous=True``, none: work runs inline)."""

    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool: ThreadPoolExecutor | None = None
        self._relay = _Relay()
        self._relay.finished.connect(lambda cb, value: cb(value))
        self.busy = 0  # jobs given to the worker and not finished: while > 0 it has the database
        self._shut = False

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on the worker; ``on_success(value)`` or ``on_failure(exc)`` follow on
        the GUI thread. The primitive under ``Op``; use ``Op`` for anything a person waits for."""
        self.busy += 1

        def success(value: Any) -> None:
            self.busy -= 1
            on_success(value)

        def failure(exc: BaseException) -> None:
            self.busy -= 1
            on_failure(exc)

        if self.synchronous:
            try:
                value = work()
            except Exception as exc:
                failure(exc)
            else:
                success(value)
            return

        def job() -> None:
            try:
                value = work()
            except Exception as exc:
                self._relay.finished.emit(failure, exc)
            else:
                self._relay.finished.emit(success, value)

        if self._shut:  # the window closed: work queued for later (a timer) is dropped
            self.busy -= 1
            return
        self._worker().submit(job)

    def prestart(self) -> None:
        """Start the worker thread now (an unlock's key derivation then starts at once on
        Enter, not after the thread does: ``ui.start.warm``)."""
        if not self.synchronous and self._pool is None and not self._shut:
            self._worker().submit(lambda: None)

    def _worker(self) -> ThreadPoolExecutor:
        """The one worker thread, made at its first use."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1)
        return self._pool

    def shutdown(self) -> None:
        self._shut = True
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def show_failure(parent: QWidget, exc: BaseException) -> None:
    """The default failure: the exception as a sentence for a person, in a message box."""
    from ui.messages import message_for  # the sentences and message boxes load on first error
    from ui.widgets import dialogs

    dialogs.error(parent, message_for(exc))


class Op(Generic[T]):
    """One piece of work for ``parent``: build it, then ``run()`` (worker) or ``run_now()``
    (quick, GUI thread unless the worker is busy). Each builder method returns the op."""

    def __init__(self, ops: Ops, parent: QWidget, work: Callable[[], T]) -> None:
        self._ops = ops
        self._parent = parent
        self._work = work
        self._busy: list[Callable[[bool], object]] = []
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[Exception], object] | None = None
        self._stale: list[Callable[[], bool]] = []
        self._stale_result: list[Callable[[], bool]] = []

    def busy(self, indicator: QWidget | Callable[[bool], object]) -> Op[T]:
        """Show ``indicator`` (a progress bar) while the work runs, or call it with True at the
        start and False at the end (disable buttons, say what is going on)."""
        self._busy.append(indicator.setVisible if isinstance(indicator, QWidget) else indicator)
        return self

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called with the work's result, on the GUI thread."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Op[T]:
        """Called with the exception instead of the default message box."""
        self._failure = callback
        return self

    def unless_stale(self, stale: Callable[[], bool], *, failures: bool = True) -> Op[T]:
        """Drop the outcome if ``stale()`` is true when the work ends: the success, and the
        failure too unless ``failures`` is False (an error about a PDF of the previous case is
        still news; the PDF itself is not). Busy indicators end either way."""
        (self._stale if failures else self._stale_result).append(stale)
        return self

    def run(self) -> None:
        """Run the work on the worker thread."""
        if self._ops.synchronous:  # (inline: the indicators first, as they end with it)
            self._start()
            self._ops.run(self._work, self._succeeded, self._failed)
            return
        # The work first, then the indicators: a key derivation needs no drawn bar to
        # start, and its callbacks come through the event loop, after these
        self._ops.run(self._work, self._succeeded, self._failed)
        self._start()

    def run_now(self) -> None:
        """Quick work: run it at once on the GUI thread, or, while the worker has the database,
        queue it behind the worker's job (the callbacks then come when it has run)."""
        if self._ops.busy:
            self.run()
            return
        self._start()
        try:
            value = self._work()
        except Exception as exc:  # shown to the person; the core refused cleanly
            self._failed(exc)
        else:
            self._succeeded(value)

    # -- on the GUI thread --
    def _start(self) -> None:
        for indicator in self._busy:
            indicator(True)

    def _ended(self) -> bool:
        """End the busy indicators; False when nothing more may run (the parent is gone)."""
        if not isValid(self._parent):
            return False
        for indicator in self._busy:
            indicator(False)
        return True

    def _succeeded(self, value: T) -> None:
        if not self._ended() or any(s() for s in (*self._stale, *self._stale_result)):
            return
        if self._success is not None:
            self._success(value)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours to show
            raise exc
        if not self._ended() or any(s() for s in self._stale):
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            show_failure(self._parent, exc)
