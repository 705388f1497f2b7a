"""Preferences kept on this computer: auto-lock time and appearance. Nothing here names a
person or holds record text (they live in QSettings). Below them, with an unlocked vault, the
practice's record retention (kept in the vault: ui/records/retention.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from triad.workspace import Workspace
    from ui.records.retention import RetentionBox

SCHEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


class PreferencesDialog(QDialog):
    def __init__(self, idle_minutes: int, scheme: str, parent: QWidget | None = None,
                 ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setValue(idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Appearance"))
        for value, text in SCHEMES:
            self.scheme.addItem(self.tr(text), value)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        form.addRow(self.tr("&Lock after"), self.idle)
        form.addRow(self.tr("&Appearance"), self.scheme)
        layout.addLayout(form)
        note = QLabel(self.tr("Ctrl+L locks at once. Locking closes the vault, clears every view "
                              "and drops the keys from memory."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.retention: RetentionBox | None = None
        if ws is not None:  # issue 17
            from ui.records.retention import RetentionBox

            self.retention = RetentionBox(ws)
            layout.addWidget(self.retention)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, str]:
        return self.idle.value(), str(self.scheme.currentData())
