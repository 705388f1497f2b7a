"""Audit: the consent audit of one case, for its supervisor and therapist.

Three sub-tabs: *Findings* (severity, rule, status; the record a finding points to, with its
amendments; sign-off by the supervisor, remediation notes by the therapist), *Audit trail*
(who did what and when, filterable, beside the entry log's chain and signature verification)
and *Settings* (the vault's audit settings; only therapists change them)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad import clock, resources
from triad.audit.context import AuditSettings
from triad.audit.engine import Finding, TrailItem
from triad.errors import TriadError
from triad.ladder import ACTIVITY_LABELS, Activity
from triad.log import VerifyReport
from triad.members import Role
from triad.wording import flag_words

from ..table_model import RowsModel, table_view
from .base import CaseTab

ERROR_RED = "#b94a48"  # the one colour not taken from the palette: errors
AUDITORS = (Role.THERAPIST, Role.SUPERVISOR)
CTX = "AuditTab"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, None, n)


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (with %1 for the number), translated, as English reads them."""
    return _t(one) if n == 1 else _t(many).replace("%1", str(n))


KIND_WORDS: dict[str, Any] = {
    "case.opened": QT_TRANSLATE_NOOP(CTX, "Case opened"),
    "case.client_updated": QT_TRANSLATE_NOOP(CTX, "Client details updated"),
    "case.team_changed": QT_TRANSLATE_NOOP(CTX, "Triad changed"),
    "case.status_changed": QT_TRANSLATE_NOOP(CTX, "Case status changed"),
    "case.imported": QT_TRANSLATE_NOOP(CTX, "Case imported"),
    "goal.set": QT_TRANSLATE_NOOP(CTX, "Goal set"),
    "goal.progress": QT_TRANSLATE_NOOP(CTX, "Goal progress recorded"),
    "consent.given": QT_TRANSLATE_NOOP(CTX, "Consent given"),
    "consent.revoked": QT_TRANSLATE_NOOP(CTX, "Consent revoked"),
    "plan.revised": QT_TRANSLATE_NOOP(CTX, "Phase plan revised"),
    "phase.started": QT_TRANSLATE_NOOP(CTX, "Phase started"),
    "phase.completed": QT_TRANSLATE_NOOP(CTX, "Phase completed"),
    "session.scheduled": QT_TRANSLATE_NOOP(CTX, "Session scheduled"),
    "session.debriefed": QT_TRANSLATE_NOOP(CTX, "Debrief submitted"),
    "debrief.reviewed": QT_TRANSLATE_NOOP(CTX, "Debrief reviewed"),
    "measure.recorded": QT_TRANSLATE_NOOP(CTX, "Measure recorded"),
    "entry.amended": QT_TRANSLATE_NOOP(CTX, "Amendment"),
    "audit.signoff": QT_TRANSLATE_NOOP(CTX, "Audit finding signed off"),
    "audit.remediation": QT_TRANSLATE_NOOP(CTX, "Remediation note"),
    "vault.audit_settings": QT_TRANSLATE_NOOP(CTX, "Audit settings changed"),
}

# Labels of record fields and finding details, in display order. Keys not listed are shown
# with a readable label after these; ids and hashes (SKIPPED) are left out of summaries.
FIELDS: dict[str, Any] = {
    "kind": QT_TRANSLATE_NOOP(CTX, "Kind"),
    "form_id": QT_TRANSLATE_NOOP(CTX, "Form"),
    "form_version": QT_TRANSLATE_NOOP(CTX, "Form version"),
    "starts_at": QT_TRANSLATE_NOOP(CTX, "Starts"),
    "held_at": QT_TRANSLATE_NOOP(CTX, "Held"),
    "at": QT_TRANSLATE_NOOP(CTX, "At"),
    "on": QT_TRANSLATE_NOOP(CTX, "On"),
    "duration_min": QT_TRANSLATE_NOOP(CTX, "Duration"),
    "location": QT_TRANSLATE_NOOP(CTX, "Location"),
    "phase_id": QT_TRANSLATE_NOOP(CTX, "Phase"),
    "surrogate_id": QT_TRANSLATE_NOOP(CTX, "Surrogate partner"),
    "member_id": QT_TRANSLATE_NOOP(CTX, "Member"),
    "party": QT_TRANSLATE_NOOP(CTX, "Party"),
    "valid_from": QT_TRANSLATE_NOOP(CTX, "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP(CTX, "Valid until"),
    "grants": QT_TRANSLATE_NOOP(CTX, "Grants"),
    "declines": QT_TRANSLATE_NOOP(CTX, "Declines"),
    "activities": QT_TRANSLATE_NOOP(CTX, "Activities"),
    "activity": QT_TRANSLATE_NOOP(CTX, "Activity"),
    "signatures": QT_TRANSLATE_NOOP(CTX, "Signatures"),
    "planned_activities": QT_TRANSLATE_NOOP(CTX, "Planned activities"),
    "activities_planned": QT_TRANSLATE_NOOP(CTX, "Activities planned"),
    "activities_done": QT_TRANSLATE_NOOP(CTX, "Activities done"),
    "suds_before": QT_TRANSLATE_NOOP(CTX, "SUDS before"),
    "suds_after": QT_TRANSLATE_NOOP(CTX, "SUDS after"),
    "went_well": QT_TRANSLATE_NOOP(CTX, "What went well"),
    "was_hard": QT_TRANSLATE_NOOP(CTX, "What was hard"),
    "arousal_anxiety": QT_TRANSLATE_NOOP(CTX, "Arousal and anxiety"),
    "boundaries_kept": QT_TRANSLATE_NOOP(CTX, "Boundaries kept"),
    "boundaries_note": QT_TRANSLATE_NOOP(CTX, "Boundaries"),
    "stop_signals": QT_TRANSLATE_NOOP(CTX, "Stop signals"),
    "pause_signals": QT_TRANSLATE_NOOP(CTX, "Pause signals"),
    "safer_sex": QT_TRANSLATE_NOOP(CTX, "Safer sex"),
    "aids_used": QT_TRANSLATE_NOOP(CTX, "Aids used"),
    "reactions": QT_TRANSLATE_NOOP(CTX, "Surrogate's reactions"),
    "questions": QT_TRANSLATE_NOOP(CTX, "Questions for the therapist"),
    "proposal": QT_TRANSLATE_NOOP(CTX, "Proposal for next session"),
    "flags": QT_TRANSLATE_NOOP(CTX, "Flags"),
    "reason": QT_TRANSLATE_NOOP(CTX, "Reason"),
    "comment": QT_TRANSLATE_NOOP(CTX, "Comment"),
    "note": QT_TRANSLATE_NOOP(CTX, "Note"),
    "signed_later": QT_TRANSLATE_NOOP(CTX, "Signed later"),
    "missing": QT_TRANSLATE_NOOP(CTX, "Consent missing for"),
    "due": QT_TRANSLATE_NOOP(CTX, "Review was due"),
    "days": QT_TRANSLATE_NOOP(CTX, "Agreed review time"),
    "signed_version": QT_TRANSLATE_NOOP(CTX, "Signed on version"),
    "current_version": QT_TRANSLATE_NOOP(CTX, "Current version"),
    "problem": QT_TRANSLATE_NOOP(CTX, "Problem"),
    # last: the surrogate's notes to the therapist are kept apart from the clinical record
    "process_recording": QT_TRANSLATE_NOOP(CTX, "Process recording (psychotherapy note)"),
}
SKIPPED = {"session_id", "consent_id", "form_hash", "debrief_entry_id", "goal_id", "measure_id",
           "drawing", "finding_id", "rule_id", "record_id", "target_id", "entry_id",
           "signing_public", "age_public", "target_kind"}
ACTIVITY_KEYS = {"grants", "declines", "activities", "activity", "planned_activities",
                 "activities_planned", "activities_done", "missing"}
MEMBER_KEYS = {"surrogate_id", "member_id", "therapist_id", "supervisor_id", "surrogate_ids"}
PROBLEM_WORDS: dict[str, Any] = {
    "hash-mismatch": QT_TRANSLATE_NOOP(CTX, "an entry's content does not match its hash"),
    "bad-signature": QT_TRANSLATE_NOOP(CTX, "a signature is not valid"),
    "chain-broken": QT_TRANSLATE_NOOP(CTX, "a hash chain is broken"),
    "seq-gap": QT_TRANSLATE_NOOP(CTX, "an entry is missing from a chain"),
    "unknown-author": QT_TRANSLATE_NOOP(CTX, "the author's signing key was never published"),
    "key-mismatch": QT_TRANSLATE_NOOP(CTX, "a member's signing key differs from the published one"),
    "database": QT_TRANSLATE_NOOP(CTX, "the database failed its integrity check"),
}
SEVERITY_WORDS: dict[str, Any] = {"critical": QT_TRANSLATE_NOOP(CTX, "Critical"),
                  "major": QT_TRANSLATE_NOOP(CTX, "Major"),
                  "minor": QT_TRANSLATE_NOOP(CTX, "Minor")}
RULE_WORDS: dict[str, Any] = {
    "consent.informed-consent-before-first-session":
        QT_TRANSLATE_NOOP(CTX, "Informed consent before the first session"),
    "consent.release-before-first-session":
        QT_TRANSLATE_NOOP(CTX, "Release of information before the first session"),
    "consent.triad-agreement-before-first-session":
        QT_TRANSLATE_NOOP(CTX, "Triad agreement before the first session"),
    "consent.activity-not-covered": QT_TRANSLATE_NOOP(CTX, "Activity outside consent"),
    "consent.activity-after-revocation-or-expiry":
        QT_TRANSLATE_NOOP(CTX, "Activity after revocation or expiry"),
    "plan.phase-started-without-consent": QT_TRANSLATE_NOOP(CTX, "Phase started without consent"),
    "consent.reconsent-at-phase-change": QT_TRANSLATE_NOOP(CTX, "Re-consent at phase change"),
    "consent.signature-unknown-form-text": QT_TRANSLATE_NOOP(CTX, "Signature on an unknown form text"),
    "consent.signature-not-current-version":
        QT_TRANSLATE_NOOP(CTX, "Signature on an earlier form version"),
    "debrief.review-overdue": QT_TRANSLATE_NOOP(CTX, "Debrief review overdue"),
    "debrief.signal-without-review": QT_TRANSLATE_NOOP(CTX, "Stop signal or incident not reviewed"),
    "debrief.missing": QT_TRANSLATE_NOOP(CTX, "Debrief missing"),
    "credential.invalid-on-session-date": QT_TRANSLATE_NOOP(CTX, "Credential not valid on the session date"),
    "credential.expiring-soon": QT_TRANSLATE_NOOP(CTX, "Credential expiring soon"),
}
SEVERITY_ICONS = {"critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
                  "major": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "minor": QStyle.StandardPixmap.SP_MessageBoxInformation}
_CLINICAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def when(text: str | None) -> str:
    """Clinical local time (or a UTC entry stamp, converted) as YYYY-MM-DD HH:MM."""
    if not text:
        return "—"
    if text.endswith("Z"):
        text = clock.utc_to_local_minutes(text)
    return text[:16].replace("T", " ")


def rule_words(rule_id: str) -> str:
    """The rule a finding breaks, in words (its id only for a rule this version does not know)."""
    return _t(RULE_WORDS[rule_id]) if rule_id in RULE_WORDS else rule_id


def kind_words(kind: str) -> str:
    return _t(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


class Words:
    """Turns record bodies and finding details into readable text: names for member ids,
    titles for forms and phases, labels for activities."""

    def __init__(self, names: dict[str, str], phases: dict[str, str]) -> None:
        self.names, self.phases = names, phases

    def value(self, key: str, value: Any) -> str:
        if value is None or value == [] or value == "":
            return "—"
        if isinstance(value, bool):
            return _t("yes") if value else _t("no")
        if key in ACTIVITY_KEYS:
            items = value if isinstance(value, list) else [value]
            return ", ".join(_t(ACTIVITY_LABELS[Activity(a)]) if a in Activity._value2member_map_
                             else str(a) for a in items)
        if key in MEMBER_KEYS:
            items = value if isinstance(value, list) else [value]
            return ", ".join(self.names.get(str(m), "?") for m in items)
        if key == "flags":
            return "; ".join(flag_words(str(f)) for f in value)
        if key == "phase_id":
            return self.phases.get(str(value), str(value).replace("-", " "))
        if key == "form_id":
            try:
                return resources.form(str(value)).title
            except TriadError:
                return str(value)
        if key == "duration_min":
            return _t("%1 min").replace("%1", str(value))
        if key == "days":
            return _count(int(value), "1 day", "%1 days")
        if key == "kind" and isinstance(value, str):
            return value.replace("_", " ").capitalize()
        if key == "signatures" and isinstance(value, list):
            return "; ".join(_t("%1 %2, signed %3").replace("%1", str(s.get("party", "?")))
                             .replace("%2", str(s.get("name", ""))).replace("%3", str(s.get("signed_on", "")))
                             for s in value if isinstance(s, dict))
        if key == "phases" and isinstance(value, list):
            return ", ".join(str(p.get("title", "?")) for p in value if isinstance(p, dict))
        if isinstance(value, dict):
            return "; ".join(f"{self.label(k)}: {self.value(k, v)}" for k, v in self.ordered(value))
        if isinstance(value, list):
            return ", ".join(self.value(key, v) for v in value)
        text = str(value)
        return when(text) if _CLINICAL_TIME.match(text) else text

    @staticmethod
    def label(key: str) -> str:
        return _t(FIELDS[key]) if key in FIELDS else key.replace("_", " ").capitalize()

    @staticmethod
    def ordered(body: dict[str, Any]) -> list[tuple[str, Any]]:
        order = list(FIELDS)
        items = [(k, v) for k, v in body.items() if k not in SKIPPED]
        return sorted(items, key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))

    def table(self, body: dict[str, Any], first: tuple[tuple[str, str], ...] = ()) -> str:
        """An HTML table: the ``first`` (label, text) rows, then the body's fields."""
        pairs = [*first, *((self.label(k), self.value(k, v)) for k, v in self.ordered(body))]
        rows = "".join(f"<tr><td valign='top'><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in pairs)
        return f"<table cellspacing='2'>{rows}</table>"


@dataclass(frozen=True)
class FindingRow:
    finding: Finding
    status: str  # in words, with when and by whom or what


def status_words(f: Finding, names: dict[str, str], resolved_kind: str = "") -> str:
    if f.status == "resolved":
        return _t("Resolved %1 by a later record (%2)").replace("%1", when(f.resolved_at)).replace(
            "%2", kind_words(resolved_kind) if resolved_kind else "?")
    if f.status == "signed-off":
        n = f.signoffs[-1]
        return _t("Signed off %1 by %2").replace("%1", when(n.at)).replace("%2", names.get(n.by, "?"))
    if f.remediations:
        n = f.remediations[-1]
        return _t("Remediated %1 by %2 (open)").replace("%1", when(n.at)).replace("%2", names.get(n.by, "?"))
    return _t("Open")


class FindingsModel(RowsModel):
    """One row per finding of the case, most severe first (the engine's order)."""

    HEADERS: tuple[Any, ...] = (QT_TRANSLATE_NOOP("FindingsModel", "Severity"), QT_TRANSLATE_NOOP("FindingsModel", "Rule"),
               QT_TRANSLATE_NOOP("FindingsModel", "Explanation"), QT_TRANSLATE_NOOP("FindingsModel", "Concerns"),
               QT_TRANSLATE_NOOP("FindingsModel", "Status"))

    def row_of(self, finding_id: str) -> int:
        return self.find(lambda r: r.finding.finding_id == finding_id)

    def cell(self, row: FindingRow, column: int, role: int) -> Any:
        f = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            return (_t(SEVERITY_WORDS[f.severity]), rule_words(f.rule_id), _t(f.explanation),
                    when(f.at), row.status)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f.finding_id, rule_words(f.rule_id), _t(f.explanation), when(f.at),
                    row.status)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return _standard_icon(SEVERITY_ICONS[f.severity])
        if role == Qt.ItemDataRole.UserRole:
            return f.finding_id
        return None


class TrailModel(RowsModel):
    """The audit trail: one row per entry of the case, oldest first."""

    HEADERS: tuple[Any, ...] = (QT_TRANSLATE_NOOP("TrailModel", "When"), QT_TRANSLATE_NOOP("TrailModel", "Member"),
               QT_TRANSLATE_NOOP("TrailModel", "Role"), QT_TRANSLATE_NOOP("TrailModel", "What"),
               QT_TRANSLATE_NOOP("TrailModel", "Entry"))

    set_items = RowsModel.set_rows
    item_at = RowsModel.row_at

    def row_of(self, entry_id: str) -> int:
        return self.find(lambda t: t.entry_id == entry_id)

    def cell(self, item: TrailItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (when(item.at), item.member, item.role, kind_words(item.kind), item.entry_id)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (item.at, item.member, item.role, item.kind, item.entry_id)[column]
        if role == Qt.ItemDataRole.UserRole:
            return item.entry_id
        return None


class NoteDialog(QDialog):
    """Asks for the required text of a sign-off comment or a remediation note."""

    def __init__(self, parent: QWidget, title: str, intro: str, label: str, action: str,
                 empty: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._empty = empty
        layout = QVBoxLayout(self)
        about = QLabel(intro)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        prompt = QLabel(label)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(label.replace("&", ""))
        self.text.setTabChangesFocus(True)
        prompt.setBuddy(self.text)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_RED}")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.setToolTip(self.tr("Ctrl+Return"))
        buttons.rejected.connect(self.reject)
        self.ok.clicked.connect(self._accept)
        self.text.installEventFilter(self)  # Ctrl+Return in the text accepts
        for w in (about, prompt, self.text, self.error, buttons):
            layout.addWidget(w)
        self.resize(520, 300)
        self.text.setFocus()

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._accept()
            return True
        return super().eventFilter(watched, event)

    def _accept(self) -> None:
        if not self.note():
            self.error.setText(self._empty)
            self.text.setFocus()
            return
        self.accept()


def _browser(name: str) -> QTextBrowser:
    b = QTextBrowser()
    b.setAccessibleName(name)
    b.setOpenLinks(False)
    return b


def _note_html(notes: tuple[Any, ...], names: dict[str, str], none: str) -> str:
    if not notes:
        return f"<p><i>{html.escape(none)}</i></p>"
    return "".join(f"<p><b>{when(n.at)} · {html.escape(names.get(n.by, '?'))}</b><br>"
                   f"{html.escape(n.text).replace(chr(10), '<br>')}</p>" for n in notes)


class AuditTab(CaseTab):
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
    def _findings_page(self) -> QWidget:
        page = QWidget()
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of findings"))
        self.summary.setWordWrap(True)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All findings"), "all")
        self.show_filter.addItem(self.tr("Open only"), "open")
        self.show_filter.setAccessibleName(self.tr("Show findings"))
        self.show_label = QLabel(self.tr("S&how:"))
        self.show_label.setBuddy(self.show_filter)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_label)
        top.addWidget(self.show_filter)
        self.findings_model = FindingsModel()
        self.findings = table_view(self.findings_model, self.tr("Findings"))
        header = self.findings.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2
                                      + (QHeaderView.ResizeMode.Stretch,)
                                      + (QHeaderView.ResizeMode.ResizeToContents,) * 2):
            header.setSectionResizeMode(column, mode)
        self.finding_view = _browser(self.tr("Finding"))
        self.record_view = _browser(self.tr("The record the finding points to"))
        self.sign_off = QPushButton(self.tr("Sig&n off…"))
        self.sign_off.setAccessibleName(self.tr("Sign off the finding"))
        self.remediate = QPushButton(self.tr("Add re&mediation note…"))
        self.remediate.setAccessibleName(self.tr("Add a remediation note"))
        finding_box = QGroupBox(self.tr("Finding"))
        box = QVBoxLayout(finding_box)
        box.addWidget(self.finding_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_off)
        buttons.addWidget(self.remediate)
        buttons.addStretch(1)
        box.addLayout(buttons)
        record_box = QGroupBox(self.tr("The record it points to"))
        QVBoxLayout(record_box).addWidget(self.record_view)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(finding_box)
        lower.addWidget(record_box)
        lower.setSizes([450, 550])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.findings)
        split.addWidget(lower)
        split.setSizes([160, 480])
        self.findings_empty = QLabel()
        self.findings_empty.setAccessibleName(self.tr("No findings"))
        self.findings_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.findings_empty.setWordWrap(True)
        self.findings_stack = QStackedWidget()
        self.findings_content = split
        self.findings_stack.addWidget(split)
        self.findings_stack.addWidget(self.findings_empty)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.findings_stack, 1)
        self.show_filter.currentIndexChanged.connect(lambda _i: self._filter_findings())
        self.findings.selectionModel().currentRowChanged.connect(lambda *_: self._show_finding())
        self.findings.activated.connect(lambda _i: self._default_action())
        self.sign_off.clicked.connect(self._sign_off)
        self.remediate.clicked.connect(self._remediate)
        for a, b in ((self.show_filter, self.findings), (self.findings, self.sign_off),
                     (self.sign_off, self.remediate), (self.remediate, self.finding_view),
                     (self.finding_view, self.record_view)):
            QWidget.setTabOrder(a, b)
        return page

    def _trail_page(self) -> QWidget:
        page = QWidget()
        check = QHBoxLayout()
        self.verify_icon = QLabel()
        self.verify_line = QLabel()
        self.verify_line.setAccessibleName(self.tr("Verification of the entry log"))
        self.verify_line.setWordWrap(True)
        self.verify_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_line.setToolTip(self.tr("Verification covers every entry of this vault: each "
                                            "hash chain is re-computed and each signature checked."))
        self.verify_busy = QProgressBar()
        self.verify_busy.setRange(0, 0)
        self.verify_busy.setMaximumWidth(120)
        self.verify_busy.setAccessibleName(self.tr("Verifying"))
        self.verify_busy.setVisible(False)
        self.verify_again = QPushButton(self.tr("&Verify again"))
        check.addWidget(self.verify_icon, 0, Qt.AlignmentFlag.AlignTop)
        check.addWidget(self.verify_line, 1)
        check.addWidget(self.verify_busy)
        check.addWidget(self.verify_again, 0, Qt.AlignmentFlag.AlignTop)
        filters = QHBoxLayout()
        self.trail_member = QComboBox()
        self.trail_member.setAccessibleName(self.tr("Filter by member"))
        self.trail_kind = QComboBox()
        self.trail_kind.setAccessibleName(self.tr("Filter by kind of entry"))
        self.trail_since_on = QCheckBox(self.tr("Si&nce"))
        self.trail_since_on.setAccessibleName(self.tr("Only entries since a date"))
        self.trail_since = QDateEdit()
        self.trail_since.setDisplayFormat("yyyy-MM-dd")
        self.trail_since.setCalendarPopup(True)
        self.trail_since.setEnabled(False)
        self.trail_since.setAccessibleName(self.tr("Since date"))
        self.trail_clear = QPushButton(self.tr("C&lear filters"))
        for text, widget in ((self.tr("&Member:"), self.trail_member), (self.tr("&What:"), self.trail_kind)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        for other in (self.trail_since_on, self.trail_since, self.trail_clear):
            filters.addWidget(other)
        filters.addStretch(1)
        self.trail_model = TrailModel()
        self.trail = table_view(self.trail_model, self.tr("Audit trail"))
        header = self.trail.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.trail_record = _browser(self.tr("The selected entry"))
        record_box = QGroupBox(self.tr("Entry"))
        QVBoxLayout(record_box).addWidget(self.trail_record)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.trail)
        split.addWidget(record_box)
        split.setSizes([600, 400])
        self.trail_count = QLabel()
        self.trail_count.setAccessibleName(self.tr("Entries shown"))
        self.trail_count.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(check)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.trail_count)
        self.trail_denied = QLabel()
        self.trail_denied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trail_denied.setWordWrap(True)
        self.trail_stack = QStackedWidget()
        self.trail_content = content
        self.trail_stack.addWidget(content)
        self.trail_stack.addWidget(self.trail_denied)
        QVBoxLayout(page).addWidget(self.trail_stack)
        self.verify_again.clicked.connect(self._verify)
        self.trail_member.currentIndexChanged.connect(lambda _i: self._load_trail())
        self.trail_kind.currentIndexChanged.connect(lambda _i: self._load_trail())
        self.trail_since_on.toggled.connect(self._since_toggled)
        self.trail_since.dateChanged.connect(lambda _d: self._load_trail())
        self.trail_clear.clicked.connect(self._clear_filters)
        self.trail.selectionModel().currentRowChanged.connect(lambda *_: self._show_trail_entry())
        return page

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

    def _refresh_findings(self, auditor: bool) -> None:
        ws = self.ws
        assert ws is not None
        keep = self._current_finding()
        self.allow(self.sign_off, Role.SUPERVISOR)
        self.allow(self.remediate, Role.THERAPIST)
        self.show_filter.setVisible(auditor)
        self.show_label.setVisible(auditor)
        if not auditor:
            self.findings_model.set_rows([])
            self.summary.clear()
            self.findings_empty.setText(self.tr("The consent audit is for the case's therapist and "
                                                "supervisor. The plan and consent scope are in the other tabs."))
            self.findings_stack.setCurrentWidget(self.findings_empty)
            return
        report = ws.audit.run(self.case_id)
        only_open = self.show_filter.currentData() == "open"
        rows = []
        for f in report.findings:
            if only_open and f.status != "open":
                continue
            resolved = ws.log.get(f.resolved_by) if f.resolved_by else None
            rows.append(FindingRow(f, status_words(f, self._names, resolved.kind if resolved else "")))
        self.findings_model.set_rows(rows)
        found = report.findings
        open_ = ", ".join(f"{n} {_t(SEVERITY_WORDS[s]).lower()}" for s in SEVERITY_WORDS
                          if (n := sum(f.status == "open" and f.severity == s for f in found)))
        self.summary.setText(
            self.tr("No findings · audit run %1").replace("%1", when(report.generated_at))
            if not found else
            self.tr("%1 · open: %2 · signed off: %3 · resolved: %4 · audit run %5")
            .replace("%1", _count(len(found), "1 finding", "%1 findings"))
            .replace("%2", open_ or self.tr("none"))
            .replace("%3", str(sum(f.status == "signed-off" for f in found)))
            .replace("%4", str(sum(f.status == "resolved" for f in found)))
            .replace("%5", when(report.generated_at)))
        if rows:
            self.findings_stack.setCurrentWidget(self.findings_content)
            row = self.findings_model.row_of(keep) if keep else -1
            self.findings.selectRow(max(row, 0))
        else:
            self.findings_empty.setText(
                self.tr("No findings: the consent documentation of this case passes every rule.")
                if not report.findings else
                _count(len(found), "No open findings: the one finding is signed off or resolved. "
                       "Show “All findings” to read it.", "No open findings: all %1 findings are "
                       "signed off or resolved. Show “All findings” to read them."))
            self.findings_stack.setCurrentWidget(self.findings_empty)
        self._show_finding()

    def _filter_findings(self) -> None:
        if self.ws is not None and self.case_id:
            self._refresh_findings(self.role in AUDITORS)

    def select_record(self, record_id: str) -> None:
        """Show the findings with the finding ``record_id`` selected (all findings if the
        "Open only" view hides it)."""
        self.pages.setCurrentIndex(0)
        if record_id and self.findings_model.row_of(record_id) < 0 and \
                self.show_filter.currentData() != "all":
            self.show_filter.setCurrentIndex(self.show_filter.findData("all"))
        row = self.findings_model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.findings.selectRow(row)
            self.findings.scrollTo(self.findings_model.index(row, 0))
        self.findings.setFocus()

    def _current_finding(self) -> str:
        index = self.findings.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else ""

    def _show_finding(self) -> None:
        index = self.findings.currentIndex()
        has = index.isValid() and self.ws is not None
        if not has:
            self.finding_view.clear()
            self.record_view.clear()
            return
        row = self.findings_model.row_at(index.row())
        f = row.finding
        first = ((self.tr("Status"), row.status), (self.tr("Rule"), rule_words(f.rule_id)),
                 (self.tr("Concerns"), when(f.at)))
        self.finding_view.setHtml(
            f"<h3>{html.escape(_t(SEVERITY_WORDS[f.severity]))} · {f.finding_id}</h3>"
            f"<p>{html.escape(_t(f.explanation))}</p>" + self._words.table(f.detail, first)
            + f"<h4>{self.tr('Sign-offs')}</h4>"
            + _note_html(f.signoffs, self._names, self.tr("Not signed off yet."))
            + f"<h4>{self.tr('Remediation notes')}</h4>"
            + _note_html(f.remediations, self._names, self.tr("No remediation note yet.")))
        self.record_view.setHtml(self._record_html(f.record_id))

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

    def _refresh_trail(self, auditor: bool) -> None:
        ws = self.ws
        assert ws is not None
        self._verified = None
        if not auditor:
            self.trail_model.set_items([])
            self.trail_denied.setText(self.tr("The audit trail is for the case's therapist and supervisor."))
            self.trail_stack.setCurrentWidget(self.trail_denied)
            return
        self.trail_stack.setCurrentWidget(self.trail_content)
        everything = ws.audit.trail(self.case_id)
        self._total = len(everything)
        authors = sorted({i.member for i in everything})
        kinds = sorted({i.kind for i in everything}, key=kind_words)
        for combo, first, values in ((self.trail_member, self.tr("Everyone"), [(a, a) for a in authors]),
                                     (self.trail_kind, self.tr("All kinds"), [(kind_words(k), k) for k in kinds])):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for text, data in values:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)
        if everything and not self.trail_since_on.isChecked():
            self.trail_since.blockSignals(True)
            self.trail_since.setDate(QDate.fromString(when(everything[0].at)[:10], "yyyy-MM-dd"))
            self.trail_since.blockSignals(False)
        self._load_trail()
        if self.pages.currentWidget() is self.trail_page:
            self._verify()

    def _load_trail(self) -> None:
        ws = self.ws
        if ws is None or self.role not in AUDITORS:
            return
        keep = self.trail.currentIndex().data(Qt.ItemDataRole.UserRole)
        member = self.trail_member.currentData() or None
        kind = self.trail_kind.currentData()
        since = self.trail_since.date().toString("yyyy-MM-dd") if self.trail_since_on.isChecked() else None
        items = ws.audit.trail(self.case_id, member, since, (kind,) if kind else ())
        self.trail_model.set_items(items)
        filtered = bool(member or kind or since)
        if not items:
            self.trail_count.setText(self.tr("No entries match these filters. Choose “Clear filters” "
                                             "to see the whole trail.") if filtered
                                     else self.tr("No entries in this case yet."))
        elif filtered:
            self.trail_count.setText(self.tr("%1 of %2 entries match the filters.")
                                     .replace("%1", str(len(items))).replace("%2", str(self._total)))
        else:
            self.trail_count.setText(_count(len(items), "1 entry in this case's trail.",
                                            "%1 entries in this case's trail."))
        row = self.trail_model.row_of(str(keep)) if keep else -1
        if row >= 0:
            self.trail.selectRow(row)
        self._show_trail_entry()

    def _show_trail_entry(self) -> None:
        index = self.trail.currentIndex()
        if index.isValid() and self.ws is not None:
            self.trail_record.setHtml(self._record_html(self.trail_model.item_at(index.row()).entry_id))
        else:
            self.trail_record.setHtml(f"<p><i>{self.tr('Choose an entry to read it here.')}</i></p>")

    def _since_toggled(self, on: bool) -> None:
        self.trail_since.setEnabled(on)
        self._load_trail()

    def _clear_filters(self) -> None:
        for w in (self.trail_member, self.trail_kind, self.trail_since_on):
            w.blockSignals(True)
        self.trail_member.setCurrentIndex(0)
        self.trail_kind.setCurrentIndex(0)
        self.trail_since_on.setChecked(False)
        self.trail_since.setEnabled(False)
        for w in (self.trail_member, self.trail_kind, self.trail_since_on):
            w.blockSignals(False)
        self._load_trail()

    def _page_shown(self, _index: int) -> None:
        if self.pages.currentWidget() is self.trail_page and self._verified is None \
                and self.role in AUDITORS:
            self._verify()

    def _verify(self) -> None:
        """Re-hash every chain and check every signature, on the worker thread (it reads the
        whole log)."""
        self.verify_icon.clear()
        self.verify_line.setStyleSheet("")
        self.verify_line.setText(self.tr("Verifying every hash chain and signature…"))
        self.slow(lambda ws: ws.audit.verification(), self._show_verification, self.verify_busy)

    def _show_verification(self, report: VerifyReport) -> None:
        self._verified = report
        size = self.fontMetrics().height()
        if report.ok:
            self.verify_icon.setPixmap(_standard_icon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(size))
            self.verify_line.setStyleSheet("")
            self.verify_line.setText(
                self.tr("All %1 entries of this vault verified: %2 hash chains intact, signatures valid.")
                .replace("%1", str(report.entries)).replace("%2", str(report.chains)))
            return
        self.verify_icon.setPixmap(_standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size))
        self.verify_line.setStyleSheet(f"color: {ERROR_RED}")
        lines = []
        for p in report.problems[:20]:
            where = [x for x in (p.entry_id and self.tr("entry %1").replace("%1", p.entry_id[:8]),
                                 p.author and self._names.get(p.author, "?"),
                                 p.seq is not None and self.tr("no. %1").replace("%1", str(p.seq)),
                                 p.detail) if x]
            lines.append(f"<li>{html.escape(_t(PROBLEM_WORDS.get(p.code, p.code)))}"
                         + (f" ({html.escape(', '.join(where))})" if where else "") + "</li>")
        more = len(report.problems) - len(lines)
        self.verify_line.setText(
            "<b>" + html.escape(_count(len(report.problems), "Verification found a problem in the entry log.",
                                       "Verification found %1 problems in the entry log.")) + "</b> "
            + html.escape(self.tr("Records may have been altered or damaged: restore the vault from a "
                                  "backup and find out what happened."))
            + f"<ul>{''.join(lines)}</ul>"
            + (html.escape(self.tr("… and %1 more.").replace("%1", str(more))) if more > 0 else ""))

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
    def _default_action(self) -> None:
        """Enter or double-click on a finding: sign it off (supervisor) or add a remediation
        note (therapist), whichever this member may do."""
        for button in (self.sign_off, self.remediate):
            if button.isEnabled():
                button.click()
                return

    def _sign_off(self) -> None:
        self._note(Role.SUPERVISOR)

    def _remediate(self) -> None:
        self._note(Role.THERAPIST)

    def _note(self, role: Role) -> None:
        index = self.findings.currentIndex()
        if not index.isValid() or self.role is not role:
            return
        f = self.findings_model.row_at(index.row()).finding
        intro = f"{f.finding_id}: {_t(f.explanation)}\n\n"
        if role is Role.SUPERVISOR:
            dialog = NoteDialog(
                self, self.tr("Sign off %1").replace("%1", f.finding_id),
                intro + self.tr("Your comment is signed and kept with the case. It cannot be edited later."),
                self.tr("&Comment (required):"), self.tr("Sign off"),
                self.tr("Write a comment: what you checked, and why the finding is acceptable."))
        else:
            dialog = NoteDialog(
                self, self.tr("Remediation note for %1").replace("%1", f.finding_id),
                intro + self.tr("Say what was done about it. The note is signed and kept with the case."),
                self.tr("&Note (required):"), self.tr("Add note"),
                self.tr("Write the note: what was done, or will be done, about this finding."))
        if dialog.exec():
            text, fid = dialog.note(), f.finding_id
            if role is Role.SUPERVISOR:
                self.act(lambda ws: ws.audit.sign_off(fid, text))
            else:
                self.act(lambda ws: ws.audit.remediate(fid, text))

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
