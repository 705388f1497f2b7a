"""The audit's *Settings* page: the vault's audit settings (review deadline for debriefs,
re-consent at phase change, credential expiry warning, age of majority; since issue 16 the
stalled-case and phase-overrun alerts and co-signature): the supervisor's. Only a supervisor
changes them; the therapist being audited sees them read-only (``AuditService.why_not_change_settings``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from triad.audit.context import AuditSettings
from triad.casefile.validate import AGE_OF_MAJORITY_RANGE
from ui.casefile.audit.words import AUDITORS, when
from ui.casefile.base import CaseContext
from ui.ops import Op


class SettingsPage(QWidget):
    """The *Settings* page of ``AuditTab``; the tab refreshes after ``saved``."""

    saved = Signal(object)  # the settings were changed: the core's Change

    def __init__(self) -> None:
        super().__init__()
        self._ctx: CaseContext | None = None
        self._settings = AuditSettings()
        box = QGroupBox(self.tr("Audit settings of this vault (they apply to every case)"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # a long label goes above its field when the pane is narrow (a 1366-px laptop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.review_days = QSpinBox()
        self.review_days.setRange(1, 90)
        self.review_days.setSuffix(self.tr(" days"))
        self.review_days.setAccessibleName(self.tr("Review deadline for debriefs, in days"))
        self.review_days.setToolTip(self.tr("A debrief must be reviewed by the therapist within "
                                            "this many days of its submission (1 to 90)."))
        self.reconsent = QCheckBox(self.tr("Re-co&nsent at phase change"))
        reconsent_hint = QLabel(self.tr("Each phase start needs a consent re-confirmed since the "
                                        "previous phase began."))
        reconsent_hint.setWordWrap(True)
        self.reconsent.setAccessibleName(self.tr("Re-consent at phase change"))
        self.warning_days = QSpinBox()
        self.warning_days.setRange(0, 365)
        self.warning_days.setSuffix(self.tr(" days"))
        self.warning_days.setSpecialValueText(self.tr("off"))
        self.warning_days.setAccessibleName(self.tr("Credential expiry warning window, in days"))
        self.warning_days.setToolTip(self.tr("Warn this many days before a credential of the "
                                             "therapist or a surrogate partner expires (0 turns it off)."))
        self.age_of_majority = QSpinBox()
        self.age_of_majority.setRange(*AGE_OF_MAJORITY_RANGE)
        self.age_of_majority.setSuffix(self.tr(" years"))
        self.age_of_majority.setAccessibleName(self.tr("Age of majority, in years"))
        self.age_of_majority.setToolTip(self.tr(
            "No consent to any touch or aid activity can be recorded for a younger client, and no "
            "session or phase with them can take place (16 to 21; 18 unless changed)."))
        deadline = QLabel(self.tr("Review &deadline for debriefs:"))
        deadline.setBuddy(self.review_days)
        expiry = QLabel(self.tr("Credential e&xpiry warning:"))
        expiry.setBuddy(self.warning_days)
        form.addRow(deadline, self.review_days)
        form.addRow("", self.reconsent)
        form.addRow("", reconsent_hint)
        form.addRow(expiry, self.warning_days)
        majority = QLabel(self.tr("A&ge of majority:"))
        majority.setBuddy(self.age_of_majority)
        form.addRow(majority, self.age_of_majority)
        # issue 16: alerts and co-signature
        self.stalled_days = QSpinBox()
        self.stalled_days.setRange(7, 365)
        self.stalled_days.setSuffix(self.tr(" days"))
        self.stalled_days.setAccessibleName(self.tr("Stalled case after, in days"))
        self.stalled_days.setToolTip(self.tr(
            "An active case with no session for longer than this is reported as stalled "
            "(7 to 365; 28 unless changed)."))
        self.overrun_percent = QSpinBox()
        self.overrun_percent.setRange(0, 500)
        self.overrun_percent.setSuffix(self.tr(" %"))
        self.overrun_percent.setAccessibleName(self.tr("Phase overrun beyond the plan, in percent"))
        self.overrun_percent.setToolTip(self.tr(
            "A phase whose held sessions exceed its planned sessions by more than this share "
            "is reported (0 to 500; 50 unless changed)."))
        self.concurrent_days = QSpinBox()
        self.concurrent_days.setRange(7, 90)
        self.concurrent_days.setSuffix(self.tr(" days"))
        self.concurrent_days.setAccessibleName(self.tr("Concurrent therapy within, in days"))
        self.concurrent_days.setToolTip(self.tr(
            "A surrogate session with no therapist session in this many days before it is a "
            "major finding: the codes of practice require concurrent therapy (7 to 90; 21 "
            "unless changed)."))
        self.cosign = QCheckBox(self.tr("Supervisor co-signs the therapist's debrief revie&ws and progress notes"))
        self.cosign.setAccessibleName(self.tr("Supervisor co-signs the therapist's debrief reviews and progress notes"))
        self.cosign.setToolTip(self.tr(
            "For a therapist in training: each debrief review and progress note written from the "
            "day this is turned on awaits the supervisor's co-signature (Co-sign… on the "
            "Sessions tab)."))
        self.cosign_since = QLabel()
        self.cosign_since.setWordWrap(True)
        self.cosign_days = QSpinBox()
        self.cosign_days.setRange(1, 90)
        self.cosign_days.setSuffix(self.tr(" days"))
        self.cosign_days.setAccessibleName(self.tr("Co-signature due within, in days"))
        self.cosign_days.setToolTip(self.tr(
            "A review not co-signed within this many days is a major finding (1 to 90)."))
        stalled = QLabel(self.tr("Case stalled &if no session for:"))
        stalled.setBuddy(self.stalled_days)
        form.addRow(stalled, self.stalled_days)
        overrun = QLabel(self.tr("Phase overrun a&bove the plan by:"))
        overrun.setBuddy(self.overrun_percent)
        form.addRow(overrun, self.overrun_percent)
        concurrent = QLabel(self.tr("Concurrent therapy: a therapist session in the &last:"))
        concurrent.setBuddy(self.concurrent_days)
        form.addRow(concurrent, self.concurrent_days)
        form.addRow("", self.cosign)
        form.addRow("", self.cosign_since)
        cosign_due = QLabel(self.tr("Co-signature due within (da&ys):"))
        cosign_due.setBuddy(self.cosign_days)
        form.addRow(cosign_due, self.cosign_days)
        self.settings_changed_by = QLabel()
        self.settings_changed_by.setAccessibleName(self.tr("Last change of the audit settings"))
        self.settings_note = QLabel()
        self.settings_note.setAccessibleName(self.tr("Who may change the audit settings"))
        self.settings_note.setWordWrap(True)
        self.save_settings = QPushButton(self.tr("Sa&ve settings"))
        self.undo_settings = QPushButton(self.tr("&Undo changes"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_settings)
        buttons.addWidget(self.undo_settings)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.settings_changed_by)
        layout.addWidget(self.settings_note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.review_days.valueChanged.connect(lambda _v: self._settings_edited())
        self.warning_days.valueChanged.connect(lambda _v: self._settings_edited())
        self.age_of_majority.valueChanged.connect(lambda _v: self._settings_edited())
        self.reconsent.toggled.connect(lambda _v: self._settings_edited())
        for spin in (self.stalled_days, self.overrun_percent, self.cosign_days,
                     self.concurrent_days):
            spin.valueChanged.connect(lambda _v: self._settings_edited())
        self.cosign.toggled.connect(lambda _v: self._settings_edited())
        self.save_settings.clicked.connect(self._save_settings)
        self.undo_settings.clicked.connect(lambda: self._show_settings(self._settings))

    def show_case(self, ctx: CaseContext) -> None:
        """Show the vault's audit settings (read-only unless the member is a therapist) and
        when they last changed."""
        self._ctx = ctx
        ws = ctx.ws
        self._settings = ws.audit.settings()
        self._show_settings(self._settings)
        may = ws.audit.why_not_change_settings() is None
        why = "" if may else self.tr("The audit settings are your supervisor's: only a supervisor "
                                     "changes them.")
        for spin in (self.review_days, self.warning_days, self.age_of_majority,
                     self.stalled_days, self.overrun_percent, self.cosign_days,
                     self.concurrent_days):
            spin.setReadOnly(not may)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if may else QSpinBox.ButtonSymbols.NoButtons)
        self.reconsent.setEnabled(may)
        self.cosign.setEnabled(may)
        self.reconsent.setToolTip(why or self.tr("Adds a minor finding for each phase started without "
                                                 "a consent re-confirmed since the previous phase began."))
        self.settings_note.setText(
            self.tr("Each change is signed and recorded in the vault's audit trail.") if may
            else why + " " + self.tr("They are shown here read-only."))
        last = ""
        if ws.actor.role in AUDITORS:
            changes = ws.audit.trail(kinds=("vault.audit_settings",))
            if changes:
                last = self.tr("Last changed %1 by %2.").replace("%1", when(changes[-1].at)).replace(
                    "%2", changes[-1].member)
        self.settings_changed_by.setText(last or self.tr("The defaults: never changed in this vault."))
        self._settings_edited()

    def _show_settings(self, s: AuditSettings) -> None:
        self.review_days.setValue(s.review_days)
        self.reconsent.setChecked(s.reconsent_at_phase_change)
        self.warning_days.setValue(s.credential_warning_days)
        self.age_of_majority.setValue(s.age_of_majority)
        self.stalled_days.setValue(s.stalled_days)
        self.overrun_percent.setValue(s.overrun_percent)
        self.cosign.setChecked(bool(s.cosign_from))
        self.cosign_days.setValue(s.cosign_days)
        self.concurrent_days.setValue(s.concurrent_days)

    def _edited_settings(self) -> AuditSettings:
        # co-signature runs from the day it is turned on; turning it off ends it
        since = (self._settings.cosign_from or (self._ctx.ws.local_now()[:10] if self._ctx else "")) \
            if self.cosign.isChecked() else ""
        return AuditSettings(self.review_days.value(), self.reconsent.isChecked(), self.warning_days.value(),
                             self.age_of_majority.value(), self.stalled_days.value(),
                             self.overrun_percent.value(), since, self.cosign_days.value(),
                             self.concurrent_days.value())

    def _settings_edited(self) -> None:
        may = self._ctx is not None and self._ctx.ws.audit.why_not_change_settings() is None
        edited = self._edited_settings()
        dirty = edited != self._settings
        self.cosign_days.setEnabled(self.cosign.isChecked())
        self.cosign_since.setText(self.tr("Reviews written since %1 await co-signature.").replace(
            "%1", edited.cosign_from) if edited.cosign_from else self.tr("Not required."))
        for button in (self.save_settings, self.undo_settings):
            button.setEnabled(may and dirty)
            button.setToolTip("" if dirty or not may else self.tr("Nothing changed yet."))
        if not may:
            self.save_settings.setToolTip(self.tr("Only a supervisor changes the audit settings."))
            self.undo_settings.setToolTip(self.save_settings.toolTip())

    def clear(self) -> None:
        """Forget the vault (on lock): the defaults are shown."""
        self._ctx = None
        for label in (self.settings_changed_by, self.settings_note):
            label.clear()
        self._settings = AuditSettings()
        self._show_settings(self._settings)

    def _save_settings(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        s, ws = self._edited_settings(), ctx.ws
        Op(ctx.ops, self, lambda: ws.audit.update_settings(
            review_days=s.review_days, reconsent_at_phase_change=s.reconsent_at_phase_change,
            credential_warning_days=s.credential_warning_days,
            age_of_majority=s.age_of_majority, stalled_days=s.stalled_days,
            overrun_percent=s.overrun_percent, cosign_from=s.cosign_from,
            cosign_days=s.cosign_days, concurrent_days=s.concurrent_days)).success(self.saved.emit).unless_stale(
            lambda: self._ctx is None or self._ctx.ws is not ws).run_now()
