"""Run something once a widget has been painted (issue 18: the window first, then the rest).

    after_paint(view.viewport(), lambda: tabs.show_case(ws, case_id))

The callback runs from the event loop right after ``widget``'s next paint, or after
``fallback_ms`` when no paint comes (a window that is hidden, minimised or offscreen), and at
most once. It is dropped with ``widget``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 300


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # once this paint is on screen
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self.deleteLater()
            callback()


def after_paint(widget: QWidget, callback: Callable[[], object],
                fallback_ms: int = FALLBACK_MS) -> None:
    _AfterPaint(widget, callback, fallback_ms)


__all__ = ["after_paint"]
