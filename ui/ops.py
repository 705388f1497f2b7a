"""Run slow core work (key derivation, PDF, import) off the GUI thread.

    ops.run(lambda: Workspace.open(path, pw), on_success=self.opened, on_failure=self.failed)

Callbacks run on the GUI thread. ``Ops(synchronous=True)`` runs everything inline, for tests
(Picard's fake thread pool does the same). One worker thread: the database belongs to it
while work is under way.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    finished = Signal(object, object)  # (callback, value)


class Ops:
    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool = None if synchronous else ThreadPoolExecutor(max_workers=1)
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

        if self._pool is None:
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

        self._pool.submit(job)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
