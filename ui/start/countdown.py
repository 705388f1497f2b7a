"""The warning before an idle lock when a form holds unsaved input (issue 15): a small window
counts 30 seconds down; any key press, click or mouse move in the app cancels it (the idle
lock's event filter sees them), and at zero the app locks -- the form is kept as a draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

COUNTDOWN_SECONDS = 30


class LockCountdown(QDialog):
    """Shown without taking the keyboard from the form, above the app's windows."""

    ran_out = Signal()

    def __init__(self, parent: QWidget, seconds: int | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Locking soon"))
        self.setAccessibleName(self.tr("Idle lock countdown"))
        self.left = seconds = seconds if seconds is not None else COUNTDOWN_SECONDS
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("countdown")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self.tr(
            "You have not used Triad for a while, and a form holds text that is not saved. "
            "Press any key or move the mouse to keep working. If the app locks, the form is "
            "kept as an encrypted draft and offered back when you unlock."))
        self.note.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, seconds)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Time left before the lock"))
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        self.setMinimumWidth(420)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self._show_left()

    def start(self) -> None:
        parent = self.parentWidget()
        self.show()
        if parent is not None:  # centred over the top of the app's window
            top = parent.window().geometry()
            self.adjustSize()
            self.move(top.x() + (top.width() - self.width()) // 2, top.y() + 60)
        self.tick.start()

    def stop(self) -> None:
        self.tick.stop()
        self.hide()
        self.deleteLater()

    def _show_left(self) -> None:
        self.heading.setText(self.tr("Triad locks in 1 second") if self.left == 1 else
                             self.tr("Triad locks in %1 seconds").replace("%1", str(self.left)))
        self.bar.setValue(self.left)

    def _tick(self) -> None:
        self.left -= 1
        self._show_left()
        if self.left <= 0:
            self.tick.stop()
            self.ran_out.emit()
