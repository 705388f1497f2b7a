"""Windows that fit the screen they open on (issue 15): the smallest screen the app is made for
is a 1366x768 laptop, with a title bar and a taskbar taking about 100 px of its height.

Every dialog opens at the size it asks for *or the room the screen has*, whichever is smaller
(``open_at``), and a dialog whose form can be taller than that room puts the form in a scroll
area, with its buttons outside it, always visible (``scrolling``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject

SMALLEST = QSize(1366, 768)
"""The smallest screen the app is made for (a common laptop)."""
FRAME = 100
"""Height a title bar and a taskbar take, on top of the window's own height."""


def screen_size(widget: QWidget) -> QSize:
    """The size of the screen ``widget`` opens on (its parent's, else the primary one)."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    return screen.size() if screen is not None else SMALLEST


def room(widget: QWidget) -> QSize:
    """The largest size a window of ``widget``'s screen can open at with its frame and the
    taskbar shown."""
    size = screen_size(widget)
    return QSize(size.width(), max(200, size.height() - FRAME))


def open_at(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to width x height, or less where its screen has less room."""
    space = room(window)
    window.resize(min(width, space.width()), min(height, space.height()))


class FormScroll(QScrollArea):
    """A vertically scrolling, frameless area for a form: as wide as the form needs (nothing
    is clipped at the side), as tall as the form where there is room, a few lines at least."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # not at start-up: the unlock page opens windows only
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        least = body.minimumSizeHint() if body is not None else QSize(0, 0)
        return QSize(least.width() + self._bar(), min(least.height(), 120))

    def sizeHint(self) -> QSize:
        body = self.widget()
        wanted = body.sizeHint() if body is not None else QSize(0, 0)
        return QSize(wanted.width() + self._bar(), wanted.height())


class WrapScroll(QScrollArea):
    """A frameless, vertically scrolling area for a panel of word-wrapped values (a form of
    labels). A scroll area sizes its body by the body's minimum size, which for wrapped text is
    one short line: once the rows need more than the room, the tallest value was squeezed and
    cut off (the Overview's capacity note). Here the body is as tall as its rows need at the
    width it gets, and the area scrolls instead."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # not at start-up (as FormScroll)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there, so its width never changes the width the rows were measured at
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(body)
        self._own_request = False
        body.installEventFilter(self)

    def fit_body(self) -> None:
        """Give the body the height its rows need at the viewport's width."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if body is None or layout is None or not layout.hasHeightForWidth():
            return
        # a value's new text: not the height cached for the old one (the invalidation posts a
        # layout request of its own, which eventFilter lets pass once rather than fit again)
        from PySide6.QtCore import QTimer

        self._own_request = True
        layout.invalidate()
        QTimer.singleShot(0, self._own_request_done)  # when nothing was posted after all
        needed = layout.totalHeightForWidth(self.viewport().width())
        if needed != body.minimumHeight():
            body.setMinimumHeight(needed)

    def _own_request_done(self) -> None:
        self._own_request = False

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit_body()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent, QTimer

        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            if self._own_request:  # the one fit_body's invalidation posted
                self._own_request = False
                return super().eventFilter(watched, event)
            # a value's text changed: its rows may need more or less, measured once the
            # body's own layout has taken the change in
            QTimer.singleShot(0, self.fit_body)
        return super().eventFilter(watched, event)


def scrolling(outer: QBoxLayout, stretch: int = 1) -> QVBoxLayout:
    """A ``FormScroll`` added to ``outer``; returns the layout to put the form's fields in (the
    dialog's buttons stay in ``outer``, below it, always visible)."""
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(FormScroll(body), stretch)
    return inner


def wrap_columns(table: QTableView, *wrapping: int) -> None:
    """Columns that never cut their text short: each as wide as its header and cells, except
    ``wrapping`` (long text), which share the width left and wrap it; rows grow to show it.
    Measured at the cost of the rows in view (``ui.widgets.rowfit.TableFitter``). A word wider
    than its wrapping column is broken with a hyphen, never elided
    (``ui.widgets.wordbreak.WordBreakDelegate``, issue 19)."""
    from ui.widgets.rowfit import TableFitter
    from ui.widgets.wordbreak import WordBreakDelegate

    fitter = table.findChild(TableFitter, "fit-table")
    if fitter is None:
        TableFitter(table, tuple(wrapping))
    else:
        fitter.set_wrapping(tuple(wrapping))
    delegate = table.findChild(WordBreakDelegate, "word-break")
    if delegate is None:
        delegate = WordBreakDelegate(table)
        delegate.setObjectName("word-break")
    for column in wrapping:
        if table.itemDelegateForColumn(column) is None:
            table.setItemDelegateForColumn(column, delegate)


__all__ = ["FRAME", "SMALLEST", "FormScroll", "open_at", "room", "screen_size", "scrolling", "wrap_columns"]
