"""Small widgets of the Reports tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QProgressBar


class BusyBar(QProgressBar):
    """An indeterminate bar that says when it is shown or hidden (the tab disables Generate)."""

    shown = Signal(bool)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.shown.emit(visible)


def fit_popup(combo: QComboBox) -> None:
    """Let the drop-down list be as wide as its longest item, however narrow the box is."""
    view = combo.view()
    metrics = view.fontMetrics()  # the hidden list's own size hint counts no rows
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    view.setMinimumWidth(widest + 2 * view.frameWidth() + 32)
