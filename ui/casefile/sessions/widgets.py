"""The small widgets the session forms share: text boxes, time and duration editors, the
activity ladder as checkboxes marked with consent, and the SUDS slider."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from triad.casefile.ladder import LADDER, Activity
from ui.casefile.sessions.words import QT_MINUTES, activity_word
from ui.widgets.form import minutes_format


def text_box(name: str, height: int = 52) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + 24)
    return box


def minutes_edit(name: str, value: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.fromString(value, QT_MINUTES))
    edit.setDisplayFormat(minutes_format())
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def minutes_of(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString(QT_MINUTES)


def duration_box(name: str, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 24 * 60)
    box.setSingleStep(15)
    box.setSuffix(" min")
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class ActivityChecks(QWidget):
    """The activity ladder as checkboxes, each marked consented / not consented at a time
    (and "planned" where the session planned it)."""

    def __init__(self, name: str, planned: tuple[Activity, ...] = ()) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.planned = planned
        self.in_force: set[Activity] = set()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Activity, QCheckBox] = {}
        for i, activity in enumerate(LADDER):
            box = QCheckBox()
            self.boxes[activity] = box
            grid.addWidget(box, i // 2, i % 2)

    def mark(self, in_force: tuple[Activity, ...]) -> None:
        self.in_force = set(in_force)
        for activity, box in self.boxes.items():
            marks = [self.tr("planned")] if activity in self.planned else []
            marks.append(self.tr("consented") if activity in self.in_force else self.tr("not consented"))
            box.setText(f"{activity_word(activity)} — {', '.join(marks)}")
            box.setAccessibleName(box.text())

    def checked(self) -> list[Activity]:
        return [a for a, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, values: Any) -> None:
        chosen = {Activity(v) for v in values}
        for activity, box in self.boxes.items():
            box.setChecked(activity in chosen)

    def outside(self) -> list[Activity]:
        return [a for a in self.checked() if a not in self.in_force]


class SudsSlider(QWidget):
    """SUDS 0-10 as a slider with its value shown, or "not rated". A new one is *unset* (shows
    "?") until the slider is moved or "not rated" is ticked: a slider left at 0 would otherwise
    record "no distress at all" for a rating nobody gave."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.touched = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(name)
        self.shown = QLabel()
        self.shown.setMinimumWidth(24)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unrated = QCheckBox(self.tr("not rated"))
        self.unrated.setAccessibleName(self.tr("%s not rated") % name)
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        row.addWidget(self.unrated)
        self.slider.valueChanged.connect(self._touch)
        self.slider.actionTriggered.connect(self._touch)  # a key or click at 0 also rates 0
        self.slider.sliderPressed.connect(self._touch)
        self.unrated.toggled.connect(self._show)
        self._show()

    def _touch(self, *_: object) -> None:
        self.touched = True
        self._show()

    def is_set(self) -> bool:
        """A rating was chosen, or "not rated" ticked."""
        return self.touched or self.unrated.isChecked()

    def _show(self) -> None:
        self.slider.setEnabled(not self.unrated.isChecked())
        self.shown.setText("\N{EN DASH}" if self.unrated.isChecked() else
                           str(self.slider.value()) if self.touched else "?")
        self.shown.setToolTip("" if self.is_set() else self.tr(
            "Not rated yet: move the slider, or tick “not rated”."))

    def value(self) -> int | None:
        return None if self.unrated.isChecked() else self.slider.value()

    def set_value(self, value: int | None) -> None:
        self.unrated.setChecked(value is None)
        if value is not None:
            self.slider.setValue(value)
            self._touch()


def reason_edit(owner: QWidget) -> QPlainTextEdit:
    box = text_box(QCoreApplication.translate("Amendment", "Reason for the amendment"), 48)
    box.setPlaceholderText(QCoreApplication.translate(
        "Amendment", "Why the entry needs correcting (required; kept with the amendment)"))
    return box
