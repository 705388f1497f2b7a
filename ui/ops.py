"""Run slow core work (key derivation, PDF, import) off the GUI thread.

    ops.run(lambda: Workspace.open(path, pw), on_success=self.opened, on_failure=self.failed)

Callbacks run on the GUI thread. ``Ops(synchronous=True)`` runs everything inline, for tests
(Picard's fake thread pool does the same). One worker thread: the database belongs to it
while work is under way. The thread (and ``concurrent.futures``) starts with the first piece of
work, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor


class _Relay(QObject):
    finished = Signal(object, object)  # (callback, value)


class Ops:
    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool: ThreadPoolExecutor | None = None
        self._relay = _Relay()
        self._relay.finished.connect(lambda cb, value: cb(value))
        self.busy = 0

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
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

        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1)
        self._pool.submit(job)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
