"""Audit: the consent audit of one case, for its supervisor and therapist.

Three sub-tabs: *Findings* (severity, rule, status; the record a finding points to, with its
amendments; sign-off by the supervisor, remediation notes by the therapist), *Audit trail*
(who did what and when, filterable, beside the whole-record check of the entry log's chains,
signatures and pages: the window's background check, issue 18)
and *Settings* (the vault's audit settings; only therapists change them).

``AuditTab`` holds three page widgets: ``FindingsPage`` (``audit/findings.py``), ``TrailPage``
(``audit/trail.py``) and ``SettingsPage`` (``audit/settings.py``). Each gets the case as a
``CaseContext`` and the case's names as ``CaseWords`` (``audit/words.py``, with the words and
record tables) and says what it wrote through a signal; the tab refreshes them. Their public
names stay importable from here."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ui.casefile.audit.findings import FindingRow, FindingsModel, FindingsPage, NoteDialog
from ui.casefile.audit.settings import SettingsPage
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
    CaseWords,
    Words,
    kind_words,
    rule_words,
    status_words,
    when,
)
from ui.casefile.base import CaseTab

# Re-exported: the case tabs and the tests import these from here.
__all__ = [
    "ACTIVITY_KEYS",
    "AUDITORS",
    "CTX",
    "ERROR_RED",
    "FIELDS",
    "KIND_WORDS",
    "MEMBER_KEYS",
    "PROBLEM_WORDS",
    "RULE_WORDS",
    "SEVERITY_ICONS",
    "SEVERITY_WORDS",
    "SKIPPED",
    "AuditTab",
    "CaseWords",
    "FindingRow",
    "FindingsModel",
    "FindingsPage",
    "NoteDialog",
    "SettingsPage",
    "TrailModel",
    "TrailPage",
    "Words",
    "kind_words",
    "rule_words",
    "status_words",
    "when",
]


class AuditTab(CaseTab):
    """The consent audit of the case shown: findings, the audit trail, the audit settings."""

    def __init__(self) -> None:
        super().__init__()
        self.findings_page = FindingsPage()
        self.trail_page = TrailPage()
        self.settings_page = SettingsPage()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Audit"))
        self.pages.addTab(self.findings_page, self.tr("&Findings"))
        self.pages.addTab(self.trail_page, self.tr("Audit &trail"))
        self.pages.addTab(self.settings_page, self.tr("S&ettings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self.findings_page.noted.connect(self._wrote)
        self.settings_page.saved.connect(self._wrote)
        # The pages' widgets, also reachable from the tab (the case tabs' tests read them here).
        f, t, s = self.findings_page, self.trail_page, self.settings_page
        self.summary, self.show_filter, self.findings = f.summary, f.show_filter, f.findings
        self.findings_model, self.findings_stack = f.findings_model, f.findings_stack
        self.findings_empty, self.finding_view, self.record_view = f.findings_empty, f.finding_view, f.record_view
        self.sign_off, self.remediate = f.sign_off, f.remediate
        self.verify_icon, self.verify_line, self.verify_busy = t.verify_icon, t.verify_line, t.verify_busy
        self.verify_again, self.trail, self.trail_model = t.verify_again, t.trail, t.trail_model
        self.trail_member, self.trail_kind, self.trail_clear = t.trail_member, t.trail_kind, t.trail_clear
        self.trail_since_on, self.trail_since = t.trail_since_on, t.trail_since
        self.trail_record, self.trail_count = t.trail_record, t.trail_count
        self.trail_stack, self.trail_denied = t.trail_stack, t.trail_denied
        self.review_days, self.reconsent, self.warning_days = s.review_days, s.reconsent, s.warning_days
        self.save_settings, self.undo_settings = s.save_settings, s.undo_settings
        self.settings_changed_by, self.settings_note = s.settings_changed_by, s.settings_note

    def refresh(self) -> None:
        ctx = self.context()
        if ctx is None:
            return
        people = CaseWords.read(ctx.ws, ctx.case_id)
        self.findings_page.show_case(ctx, people)
        self.trail_page.show_case(ctx, people)  # with the whole-record check's state
        self.settings_page.show_case(ctx)

    def select_record(self, record_id: str) -> None:
        """Show the findings with the finding ``record_id`` selected (all findings if the
        "Open only" view hides it)."""
        self.pages.setCurrentIndex(0)
        self.findings_page.select(record_id)

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        """A kept sign-off or remediation note: the finding selected, its note opened."""
        if kind not in ("sign-off", "remediation"):
            return False
        self.select_record(subject_id)
        return self.findings_page.continue_note(kind, subject_id)

    def _current_finding(self) -> str:
        return self.findings_page.current_finding()

    def _wrote(self, change: object) -> None:
        """A page recorded something: every page re-reads, and the other tabs hear of it."""
        self.refresh()
        self.changed.emit(change)

    def clear(self) -> None:
        self.findings_page.clear()
        self.trail_page.clear()
        self.settings_page.clear()
        super().clear()
