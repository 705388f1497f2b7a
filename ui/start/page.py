"""What the start window's pages share: a heading, an error line, and a busy bar with a
label that says what is being done."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


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
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel()  # what the busy bar stands for, in words
        self.busy_label.setAccessibleName("Progress")
        self.busy_label.setVisible(False)
        self.busy.setAccessibleName("Progress")

    def finish(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.busy_label)
        self.layout_.addWidget(self.busy)
        self.layout_.addStretch(1)
