"""Audit: the consent audit of one case, for its supervisor and therapist.

Three sub-tabs: *Findings* (severity, rule, status; the record a finding points to, with its
amendments; sign-off by the supervisor, remediation notes by the therapist), *Audit trail*
(who did what and when, filterable, beside the entry log's chain and signature verification)
and *Settings* (the vault's audit settings; only therapists change them).

``AuditTab`` is built here with the settings page; the findings page is in ``audit_findings``,
the trail page in ``audit_trail`` (both mixed into the tab), the words and record tables in
``audit_words``. Their public names stay importable from here."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from triad.audit.context import AuditSettings
from triad.errors import TriadError
from triad.log.entries import VerifyReport
from triad.roles import Role
from ui.casefile.audit.findings import FindingRow, FindingsModel, FindingsPage, NoteDialog
from ui.casefile.audit.trail import TrailModel, TrailPage
from ui.casefile.audit.words import (
    ACTIVITY_KEYS,
    AUDITORS,
    CTX,
    ERROR_RED,
    FIELDS,
    KIND_WORDS,
    MEMBER_KEYS,
    PROBLEM_WORDS,
    RULE_WORDS,
    SEVERITY_ICONS,
    SEVERITY_WORDS,
    SKIPPED,
    Words,
    kind_words,
    rule_words,
    status_words,
    when,
)
from ui.casefile.base import CaseTab

# Re-exported: the case tabs and the tests import these from here.
__all__ = [
    "ACTIVITY_KEYS", "AUDITORS", "CTX", "ERROR_RED", "FIELDS", "KIND_WORDS", "MEMBER_KEYS",
    "PROBLEM_WORDS", "RULE_WORDS", "SEVERITY_ICONS", "SEVERITY_WORDS", "SKIPPED", "AuditTab",
    "FindingRow", "FindingsModel", "NoteDialog", "TrailModel", "Words", "kind_words",
    "rule_words", "status_words", "when",
]


class AuditTab(FindingsPage, TrailPage, CaseTab):
    """The consent audit of the case shown: findings, the audit trail, the audit settings."""

    def __init__(self) -> None:
        super().__init__()
        self._names: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._words = Words({}, {})
        self._total = 0  # entries in the case's unfiltered trail
        self._settings = AuditSettings()
        self._verified: VerifyReport | None = None
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Audit"))
        self.pages.addTab(self._findings_page(), self.tr("&Findings"))
        self.trail_page = self._trail_page()
        self.pages.addTab(self.trail_page, self.tr("Audit &trail"))
        self.pages.addTab(self._settings_page(), self.tr("S&ettings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self._page_shown)

    # -- building --
    def _settings_page(self) -> QWidget:
        page = QWidget()
        box = QGroupBox(self.tr("Audit settings of this vault (they apply to every case)"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
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
        deadline = QLabel(self.tr("Review &deadline for debriefs:"))
        deadline.setBuddy(self.review_days)
        expiry = QLabel(self.tr("Credential e&xpiry warning:"))
        expiry.setBuddy(self.warning_days)
        form.addRow(deadline, self.review_days)
        form.addRow("", self.reconsent)
        form.addRow("", reconsent_hint)
        form.addRow(expiry, self.warning_days)
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
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(self.settings_changed_by)
        layout.addWidget(self.settings_note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.review_days.valueChanged.connect(lambda _v: self._settings_edited())
        self.warning_days.valueChanged.connect(lambda _v: self._settings_edited())
        self.reconsent.toggled.connect(lambda _v: self._settings_edited())
        self.save_settings.clicked.connect(self._save_settings)
        self.undo_settings.clicked.connect(lambda: self._show_settings(self._settings))
        return page

    # -- refreshing --
    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        people = ws.members.list(include_removed=True, include_external=True)
        self._names = {m.member_id: m.name for m in people}
        self._roles = {m.member_id: m.role.value for m in people}
        plan = ws.plans.current(self.case_id)
        self._words = Words(self._names, {p.phase_id: p.title for p in plan.phases} if plan else {})
        auditor = self.role in AUDITORS
        self._refresh_findings(auditor)
        self._refresh_trail(auditor)
        self._refresh_settings()

    def _record_html(self, record_id: str) -> str:
        ws = self.ws
        assert ws is not None
        try:
            entry, amendments = ws.amendments.history(record_id)
        except TriadError:
            if record_id in self._names:  # credential findings point to the member
                creds = ws.members.get(record_id).credentials
                items = "".join(f"<li>{html.escape(c.body)} {html.escape(c.number)}: "
                                + html.escape(self.tr("valid until %1").replace("%1", c.valid_until or "—"))
                                + "</li>" for c in creds)
                title = self.tr("Credentials of %1").replace("%1", self._names[record_id])
                return f"<h3>{html.escape(title)}</h3><ul>{items}</ul>"
            return f"<p><i>{self.tr('This record is not in this vault, or you may not read it.')}</i></p>"
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        by = self.tr("Entered %1 by %2 (%3)").replace("%1", when(entry.created_at)).replace(
            "%2", self._names.get(entry.author, "?")).replace("%3", self._roles.get(entry.author, "?"))
        out = (f"<h3>{html.escape(kind_words(entry.kind))}</h3><p>{html.escape(by)}<br>"
               f"<span style='color:{muted}'>{self.tr('entry')} {entry.id}</span></p>"
               + self._words.table(entry.body) + f"<h4>{self.tr('Amendments')}</h4>")
        if not amendments:
            return out + f"<p><i>{self.tr('None: the record stands as signed.')}</i></p>"
        for a in amendments:
            head = self.tr("%1 by %2").replace("%1", when(a.at)).replace("%2", self._names.get(a.by, "?"))
            out += (f"<p><b>{html.escape(head)}</b><br>{html.escape(self.tr('Reason'))}: {html.escape(a.reason)}</p>"
                    + self._words.table(a.changes))
        return out

    def _refresh_settings(self) -> None:
        ws = self.ws
        assert ws is not None
        self._settings = ws.audit.settings()
        self._show_settings(self._settings)
        may = ws.actor.role is Role.THERAPIST
        why = "" if may else self.tr("Only a therapist can change the audit settings.")
        for spin in (self.review_days, self.warning_days):
            spin.setReadOnly(not may)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if may else QSpinBox.ButtonSymbols.NoButtons)
        self.reconsent.setEnabled(may)
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

    def _edited_settings(self) -> AuditSettings:
        return AuditSettings(self.review_days.value(), self.reconsent.isChecked(), self.warning_days.value())

    def _settings_edited(self) -> None:
        may = self.ws is not None and self.ws.actor.role is Role.THERAPIST
        dirty = self._edited_settings() != self._settings
        for button in (self.save_settings, self.undo_settings):
            button.setEnabled(may and dirty)
            button.setToolTip("" if dirty or not may else self.tr("Nothing changed yet."))
        if not may:
            self.save_settings.setToolTip(self.tr("Only a therapist can change the audit settings."))
            self.undo_settings.setToolTip(self.save_settings.toolTip())

    # -- actions --
    def _save_settings(self) -> None:
        s = self._edited_settings()
        self.act(lambda ws: ws.audit.update_settings(
            review_days=s.review_days, reconsent_at_phase_change=s.reconsent_at_phase_change,
            credential_warning_days=s.credential_warning_days))

    def clear(self) -> None:
        self._names, self._roles, self._verified, self._total = {}, {}, None, 0
        self._words = Words({}, {})
        self.findings_model.set_rows([])
        self.trail_model.set_items([])
        for browser in (self.finding_view, self.record_view, self.trail_record):
            browser.clear()
        for label in (self.summary, self.findings_empty, self.verify_icon, self.verify_line,
                      self.trail_count, self.trail_denied, self.settings_changed_by, self.settings_note):
            label.clear()
        for w in (self.trail_member, self.trail_kind, self.trail_since_on, self.trail_since):
            w.blockSignals(True)
        self.trail_member.clear()
        self.trail_kind.clear()
        self.trail_since_on.setChecked(False)
        self.trail_since.setEnabled(False)
        self.trail_since.setDate(QDate.currentDate())  # the case's first day is not left behind
        for w in (self.trail_member, self.trail_kind, self.trail_since_on, self.trail_since):
            w.blockSignals(False)
        self._settings = AuditSettings()
        self._show_settings(self._settings)
        super().clear()
