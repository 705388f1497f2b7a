"""What the start window's pages share: a heading, an error line, and a busy bar with a
label that says what is being done."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


ANIMATE_AFTER_MS = 800
"""How long the busy bar stands still before it moves (``Page.set_busy``)."""

class Page(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 32, 48, 32)
        # Shown as rich text: Qt.AutoText (the default) detects the tag (Qt.mightBeRichText),
        # so Qt.TextFormat.RichText -- and the whole Qt namespace -- need not load.
        heading = QLabel(f"<h2>{title}</h2>")
        self.heading = heading
        self.layout_.addWidget(heading)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName("Error message")
        self.busy = QProgressBar()
        self.busy.setRange(0, 1)
        self.busy.setVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel()  # what the busy bar stands for, in words
        self.busy_label.setAccessibleName("Progress")
        self.busy_label.setVisible(False)
        self.busy.setAccessibleName("Progress")

    def set_busy(self, on: bool) -> None:
        """The bar (and the words, when there are any) while the worker works. It stands still
        for ``ANIMATE_AFTER_MS``: the key derivation runs on both cores (Argon2, two lanes),
        and an animation's repaints took ~30 ms of a core from it in an unlock of ~0.3 s."""
        self.busy.setVisible(on)
        self.busy_label.setVisible(on and bool(self.busy_label.text()))
        self.busy.setRange(0, 1)  # still
        if on:
            QTimer.singleShot(ANIMATE_AFTER_MS, self, self._animate)

    def _animate(self) -> None:
        if self.busy.isVisible():
            self.busy.setRange(0, 0)  # moving: it is taking longer than a key derivation

    def finish(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addWidget(self.busy)
        self.layout_.addStretch(1)
