"""Preferences kept on this computer: auto-lock time and appearance. Nothing here names a
person or holds record text (they live in QSettings). Below them, with an unlocked vault, the
practice's own settings, kept in the vault as signed entries: the record retention
(ui/records/retention.py) and how many days a client's request may take (issue 17;
``vault.request_settings``, set by a therapist, read-only for others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from ui.language import CHOICES
from ui.widgets.keys import LOCK_KEY, VERIFY_KEY, with_key

if TYPE_CHECKING:
    from triad.workspace import Workspace
    from ui.records.retention import RetentionBox

SCHEMES = (("system", QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system")),
           ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
           ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")))
# How often the whole record is checked in the background (issue 18; ui/main/fullcheck.WHEN)
FULL_CHECKS = (("unlock", QT_TRANSLATE_NOOP("PreferencesDialog", "At every unlock")),
               ("daily", QT_TRANSLATE_NOOP("PreferencesDialog", "Once a day")),
               ("weekly", QT_TRANSLATE_NOOP("PreferencesDialog", "Once a week")),
               ("asked", QT_TRANSLATE_NOOP("PreferencesDialog", "Only when I ask")))


class PreferencesDialog(QDialog):
    def __init__(self, idle_minutes: int, scheme: str, parent: QWidget | None = None,
                 ws: Workspace | None = None, full_check: str = "daily",
                 language: str = "system") -> None:
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
            self.scheme.addItem(self.tr(str(text)), value)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        self.full_check = QComboBox()
        self.full_check.setAccessibleName(self.tr("Check the whole record"))
        for value, words in FULL_CHECKS:
            self.full_check.addItem(self.tr(str(words)), value)
        self.full_check.setCurrentIndex(max(0, self.full_check.findData(full_check)))
        self.full_check.setToolTip(with_key(self.tr(
            "The unlock verifies what is new since the last check. Every signature, hash chain "
            "and database page is checked in the background, while you work; %1 checks it at "
            "any time."), VERIFY_KEY))
        form.addRow(self.tr("&Lock after"), self.idle)
        form.addRow(self.tr("&Appearance"), self.scheme)
        form.addRow(self.tr("Check the whole &record"), self.full_check)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for value, words in CHOICES:  # each language in its own words
            self.language.addItem(words or self.tr("Follow the system"), value)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Lan&guage"), self.language)
        layout.addLayout(form)
        self.language_note = QLabel(self.tr("A new language takes effect the next time Triad "
                                            "starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language_value() != language))
        layout.addWidget(self.language_note)
        note = QLabel(with_key(self.tr("%1 locks at once. Locking closes the vault, clears every "
                                       "view and drops the keys from memory."), LOCK_KEY))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.retention: RetentionBox | None = None
        if ws is not None:  # issue 17
            from ui.records.retention import RetentionBox

            self.retention = RetentionBox(ws)
            layout.addWidget(self.retention)
        self.request_days: QSpinBox | None = None
        if ws is not None:  # a vault is open: the practice's setting
            from triad.casefile.requests import DUE_DAYS_RANGE

            request_days = ws.requests.due_days()
            may_set_request_days = ws.requests.why_not_change_settings() is None
            practice = QFormLayout()
            self.request_days = QSpinBox()
            self.request_days.setRange(*DUE_DAYS_RANGE)
            self.request_days.setValue(request_days)
            self.request_days.setSuffix(self.tr(" days"))
            self.request_days.setAccessibleName(self.tr("Answer a client's request within days"))
            self.request_days.setEnabled(may_set_request_days)
            self.request_days.setToolTip(self.tr(
                "A client's request to see, copy or correct their record is due this many days "
                "after it is received (HIPAA allows 30). Requests already recorded keep their "
                "due day.") if may_set_request_days else
                self.tr("The practice's setting: a therapist changes it."))
            practice.addRow(self.tr("Client &requests"), self.request_days)
            layout.addLayout(practice)
            vault_note = QLabel(self.tr("Client requests is the practice's setting, kept signed in "
                                        "the vault; the others are this computer's."))
            vault_note.setWordWrap(True)
            layout.addWidget(vault_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, str]:
        return self.idle.value(), str(self.scheme.currentData())

    def language_value(self) -> str:
        """Preferences → Language: "system", "en" or "de" (ui/language.py)."""
        return str(self.language.currentData())

    def full_check_value(self) -> str:
        """How often the whole record is checked (ui/main/fullcheck.WHEN)."""
        return str(self.full_check.currentData())

    def request_days_value(self) -> int | None:
        """The practice's request days as set here (None: no vault open)."""
        return self.request_days.value() if self.request_days is not None else None
