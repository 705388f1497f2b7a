"""The audit's *Findings* page: one row per finding (severity, rule, status), the finding with
its sign-offs and remediation notes, the record it points to, and the notes themselves
(sign-off by the supervisor, remediation by the therapist)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from triad.audit.engine import Finding
from triad.audit.sentences import said
from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.errors import TriadError
from triad.roles import Role
from ui.casefile.audit.words import (
    AUDITORS,
    ERROR_RED,
    SEVERITY_ICONS,
    SEVERITY_WORDS,
    CaseWords,
    counted,
    html_view,
    notes_html,
    rule_words,
    standard_icon,
    status_words,
    tr,
    when,
)
from ui.casefile.base import CaseContext, allow
from ui.messages import message_for
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at, wrap_columns
from ui.widgets.keys import GENERATE_KEY, key_name
from ui.widgets.table_model import RowsModel, table_view


def open_count(severity: str, n: int) -> str:
    """"2 major" in the summary line: each severity with its count, its own source (German
    inflects the adjective: „2 erhebliche“)."""
    if severity == "critical":
        return QCoreApplication.translate("AuditTab", "%n critical", None, n)
    if severity == "major":
        return QCoreApplication.translate("AuditTab", "%n major", None, n)
    return QCoreApplication.translate("AuditTab", "%n minor", None, n)


@dataclass(frozen=True)
class FindingRow:
    finding: Finding
    status: str  # in words, with when and by whom or what


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
            return (tr(SEVERITY_WORDS[f.severity]), rule_words(f.rule_id), said(f),
                    when(f.at), row.status)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f.finding_id, rule_words(f.rule_id), said(f), when(f.at),
                    row.status)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return standard_icon(SEVERITY_ICONS[f.severity])
        if role == Qt.ItemDataRole.UserRole:
            return f.finding_id
        return None


class NoteDialog(DraftDialog):
    """Asks for the required text of a sign-off comment or a remediation note."""

    def __init__(self, parent: QWidget, title: str, intro: str, label: str, action: str,
                 empty: str, submit: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._empty = empty
        self._submit = submit  # writes the note; the dialog (and its draft) stays until it did
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
        self.ok.setToolTip(key_name(GENERATE_KEY))
        buttons.rejected.connect(self.reject)
        self.ok.clicked.connect(self._accept)
        self.text.installEventFilter(self)  # Ctrl+Return in the text accepts
        for w in (about, prompt, self.text, self.error, buttons):
            layout.addWidget(w)
        open_at(self, 520, 300)
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
        if self._submit is not None:
            try:
                self._submit(self.note())
            except TriadError as exc:  # refused or not written: the text and its draft stay
                self.error.setText(message_for(exc))
                self.text.setFocus()
                return
        self.accept()


class FindingsPage(QWidget):
    """The *Findings* page of ``AuditTab``: the case's findings (for its therapist and
    supervisor), the one selected with the record it points to, and the sign-off (supervisor)
    and remediation note (therapist). The tab hands it the case with ``show_case`` and
    refreshes after ``noted``."""

    noted = Signal(object)  # a sign-off or remediation note was recorded: the core's Change

    def __init__(self) -> None:
        super().__init__()
        self._ctx: CaseContext | None = None
        self._people = CaseWords()
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
        wrap_columns(self.findings, 2)  # what the finding says wraps, never cut short
        self.finding_view = html_view(self.tr("Finding"))
        self.record_view = html_view(self.tr("The record the finding points to"))
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
        layout = QVBoxLayout(self)
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

    def show_case(self, ctx: CaseContext, people: CaseWords) -> None:
        """Show the findings of the case ``ctx`` (re-read: the audit runs again)."""
        self._ctx, self._people = ctx, people
        self._refresh()

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._ctx, self._people = None, CaseWords()
        self.findings_model.set_rows([])
        for browser in (self.finding_view, self.record_view):
            browser.clear()
        for label in (self.summary, self.findings_empty):
            label.clear()

    def _refresh(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        ws, auditor = ctx.ws, ctx.role in AUDITORS
        keep = self.current_finding()
        allow(self.sign_off, ctx.role, Role.SUPERVISOR)
        allow(self.remediate, ctx.role, Role.THERAPIST)
        self.show_filter.setVisible(auditor)
        self.show_label.setVisible(auditor)
        if not auditor:
            self.findings_model.set_rows([])
            self.summary.clear()
            self.findings_empty.setText(self.tr("The consent audit is for the case's therapist and "
                                                "supervisor. The plan and consent scope are in the other tabs."))
            self.findings_stack.setCurrentWidget(self.findings_empty)
            return
        report = ws.audit.run(ctx.case_id)
        only_open = self.show_filter.currentData() == "open"
        rows = []
        for f in report.findings:
            if only_open and f.status != "open":
                continue
            resolved = ws.log.get(f.resolved_by) if f.resolved_by else None
            rows.append(FindingRow(f, status_words(f, self._people.names,
                                                  resolved.kind if resolved else "")))
        self.findings_model.set_rows(rows)
        found = report.findings
        open_ = ", ".join(open_count(s, n) for s in SEVERITY_WORDS
                          if (n := sum(f.status == "open" and f.severity == s for f in found)))
        self.summary.setText(
            self.tr("No findings · audit run %1").replace("%1", when(report.generated_at))
            if not found else
            self.tr("%1 · open: %2 · signed off: %3 · resolved: %4 · audit run %5")
            .replace("%1", counted(len(found), "1 finding", "%n findings"))
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
                counted(len(found), "No open findings: the one finding is signed off or resolved. "
                       "Show “All findings” to read it.", "No open findings: all %n findings are "
                       "signed off or resolved. Show “All findings” to read them."))
            self.findings_stack.setCurrentWidget(self.findings_empty)
        self._show_finding()

    def _filter_findings(self) -> None:
        self._refresh()

    def select(self, record_id: str) -> None:
        """Select the finding ``record_id`` (showing all findings if the "Open only" view hides
        it) and focus the list."""
        if record_id and self.findings_model.row_of(record_id) < 0 and \
                self.show_filter.currentData() != "all":
            self.show_filter.setCurrentIndex(self.show_filter.findData("all"))
        row = self.findings_model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.findings.selectRow(row)
            self.findings.scrollTo(self.findings_model.index(row, 0))
        self.findings.setFocus()

    def current_finding(self) -> str:
        """The id of the finding selected, or ""."""
        index = self.findings.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else ""

    def _show_finding(self) -> None:
        index = self.findings.currentIndex()
        ctx = self._ctx
        if not index.isValid() or ctx is None:
            self.finding_view.clear()
            self.record_view.clear()
            return
        row = self.findings_model.row_at(index.row())
        f = row.finding
        first = ((self.tr("Status"), row.status), (self.tr("Rule"), rule_words(f.rule_id)),
                 (self.tr("Concerns"), when(f.at)))
        self.finding_view.setHtml(
            f"<h3>{html.escape(tr(SEVERITY_WORDS[f.severity]))} · {f.finding_id}</h3>"
            f"<p>{html.escape(said(f))}</p>" + self._people.words.table(f.detail, first)
            + f"<h4>{self.tr('Sign-offs')}</h4>"
            + notes_html(f.signoffs, self._people.names, self.tr("Not signed off yet."))
            + f"<h4>{self.tr('Remediation notes')}</h4>"
            + notes_html(f.remediations, self._people.names, self.tr("No remediation note yet.")))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.record_view.setHtml(self._people.record_html(ctx.ws, f.record_id, muted))

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

    def continue_note(self, kind: str, finding_id: str) -> bool:
        """Open the note of a kept draft on ``finding_id`` (selected first); False when the
        finding is gone or the note cannot be written now."""
        button = self.sign_off if kind == "sign-off" else self.remediate
        if self.current_finding() != finding_id or not button.isEnabled():
            return False
        self._note(Role.SUPERVISOR if kind == "sign-off" else Role.THERAPIST)
        return True

    def _note(self, role: Role) -> None:
        index = self.findings.currentIndex()
        ctx = self._ctx
        if not index.isValid() or ctx is None or ctx.role is not role:
            return
        f = self.findings_model.row_at(index.row()).finding
        intro = f"{f.finding_id}: {said(f)}\n\n"
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
        ws, fid = ctx.ws, f.finding_id
        write = ws.audit.sign_off if role is Role.SUPERVISOR else ws.audit.remediate
        # the note is written before the dialog closes: its draft is forgotten only once the
        # signed entry exists, and a refusal leaves the text in the form with the reason
        written: list[Change] = []
        dialog._submit = lambda text: written.append(write(fid, text))
        dialog.keep_drafts(ws, DraftKind.SIGN_OFF if role is Role.SUPERVISOR
                           else DraftKind.REMEDIATION, ctx.case_id, fid)
        if dialog.exec() and written and self._ctx is not None and self._ctx.ws is ws:
            self.noted.emit(written[0])
