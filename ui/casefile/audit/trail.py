"""The audit's *Audit trail* page: who did what and when in the case, filterable by member,
kind and date, each entry readable beside the list, above the verification of the vault's
whole entry log: the window's background check of the whole record (issue 18,
``ui/main/fullcheck.py``) -- its progress while it runs, what it found, else when it last
ran; *Verify again* starts it (off the worker thread, which stays free)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from triad.audit.engine import TrailItem
from triad.log.entries import VerifyReport
from ui.casefile.audit.words import (
    AUDITORS,
    ERROR_RED,
    PROBLEM_WORDS,
    CaseWords,
    counted,
    html_view,
    kind_words,
    local_minutes,
    standard_icon,
    tr,
    when,
)
from ui.casefile.base import CaseContext
from ui.widgets.fit import wrap_columns
from ui.widgets.form import day_format
from ui.widgets.keys import VERIFY_KEY, with_key
from ui.widgets.table_model import RowsModel, table_view
from ui.widgets.words import role_word

if TYPE_CHECKING:
    from ui.main.fullcheck import BackgroundCheck, CheckState


KIND_COLUMN = 3  # TrailModel.HEADERS: When, Member, Role, Kind, Entry


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
            # the entry's first 8 characters, as the command line and "entry %1" write it (a
            # whole id wrapped over four lines); the tip and the record beside it have it whole
            return (when(item.at), item.member, role_word(item.role), kind_words(item.kind),
                    item.entry_id[:8])[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (item.at, item.member, item.role, item.kind, item.entry_id)[column]
        if role == Qt.ItemDataRole.UserRole:
            return item.entry_id
        return None


class TrailPage(QWidget):
    """The *Audit trail* page of ``AuditTab``: the case's entries (for its therapist and
    supervisor), filterable, each readable beside the list, and the verification of the whole
    entry log, which the tab starts with ``verify()`` when the page is shown."""

    def __init__(self) -> None:
        super().__init__()
        self._ctx: CaseContext | None = None
        self._people = CaseWords()
        self._total = 0  # entries in the case's unfiltered trail
        self.verified: VerifyReport | None = None  # the last verification, None until one ran
        self.checker: BackgroundCheck | None = None  # the window's; a tab alone makes its own
        check = QHBoxLayout()
        self.verify_icon = QLabel()
        self.verify_line = QLabel()
        self.verify_line.setAccessibleName(self.tr("Verification of the entry log"))
        self.verify_line.setWordWrap(True)
        self.verify_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_line.setToolTip(self.tr("Verification covers every entry of this vault: each "
                                            "hash chain is re-computed and each signature checked."))
        self.verify_busy = QProgressBar()
        self.verify_busy.setRange(0, 100)
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
        self.trail_since.setDisplayFormat(day_format())
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
        # the kind's words and the entry wrap (a role in words, "surrogate partner", and a
        # kind in German take more room than their codes did)
        wrap_columns(self.trail, KIND_COLUMN, self.trail_model.columnCount() - 1)
        self.trail_record = html_view(self.tr("The selected entry"))
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
        QVBoxLayout(self).addWidget(self.trail_stack)
        self.verify_again.clicked.connect(self.verify)
        self.trail_member.currentIndexChanged.connect(lambda _i: self._load_trail())
        self.trail_kind.currentIndexChanged.connect(lambda _i: self._load_trail())
        self.trail_since_on.toggled.connect(self._since_toggled)
        self.trail_since.dateChanged.connect(lambda _d: self._load_trail())
        self.trail_clear.clicked.connect(self._clear_filters)
        self.trail.selectionModel().currentRowChanged.connect(lambda *_: self._show_trail_entry())

    def use_checker(self, checker: BackgroundCheck) -> None:
        """Show (and start) the window's background check of the whole record."""
        if self.checker is not None:
            self.checker.off_change(self._show_check)
        self.checker = checker
        checker.on_change(self._show_check)

    def show_case(self, ctx: CaseContext, people: CaseWords) -> None:
        """Show the trail of the case ``ctx`` (re-read), and the state of the whole-record
        check of its vault."""
        self._ctx, self._people = ctx, people
        ws = ctx.ws
        self.verified = None
        self._show_check()
        if ctx.role not in AUDITORS:
            self.trail_model.set_items([])
            self.trail_denied.setText(self.tr("The audit trail is for the case's therapist and supervisor."))
            self.trail_stack.setCurrentWidget(self.trail_denied)
            return
        self.trail_stack.setCurrentWidget(self.trail_content)
        everything = ws.audit.trail(ctx.case_id)
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
            self.trail_since.setDate(QDate.fromString(local_minutes(everything[0].at)[:10], "yyyy-MM-dd"))
            self.trail_since.blockSignals(False)
        self._load_trail()

    def clear(self) -> None:
        """Forget the case (on lock), filters included."""
        self._ctx, self._people, self.verified, self._total = None, CaseWords(), None, 0
        self.trail_model.set_items([])
        self.trail_record.clear()
        for label in (self.verify_icon, self.verify_line, self.trail_count, self.trail_denied):
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

    def _load_trail(self) -> None:
        ctx = self._ctx
        if ctx is None or ctx.role not in AUDITORS:
            return
        keep = self.trail.currentIndex().data(Qt.ItemDataRole.UserRole)
        member = self.trail_member.currentData() or None
        kind = self.trail_kind.currentData()
        since = self.trail_since.date().toString("yyyy-MM-dd") if self.trail_since_on.isChecked() else None
        items = ctx.ws.audit.trail(ctx.case_id, member, since, (kind,) if kind else ())
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
            self.trail_count.setText(counted(len(items), "1 entry in this case's trail.",
                                            "%n entries in this case's trail."))
        row = self.trail_model.row_of(str(keep)) if keep else -1
        if row >= 0:
            self.trail.selectRow(row)
        self._show_trail_entry()

    def _show_trail_entry(self) -> None:
        index = self.trail.currentIndex()
        if index.isValid() and self._ctx is not None:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
            entry_id = self.trail_model.item_at(index.row()).entry_id
            self.trail_record.setHtml(self._people.record_html(self._ctx.ws, entry_id, muted))
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

    def verify(self) -> None:
        """Verify again: the whole record (every hash chain, signature and page) checked in
        the background, its progress shown here and in the status bar."""
        ctx = self._ctx
        if ctx is not None:
            self._checker(ctx).start(ctx.ws)

    def _checker(self, ctx: CaseContext) -> BackgroundCheck:
        if self.checker is None:  # the tab alone (no window): a checker of its own
            from ui.main.fullcheck import BackgroundCheck

            self.use_checker(BackgroundCheck(ctx.ops.synchronous, self))
        assert self.checker is not None
        return self.checker

    def _show_check(self) -> None:
        """The check's state for this vault: progress, what it found, else its last run."""
        ctx = self._ctx
        state = self._checker(ctx).state_for(ctx.ws) if ctx is not None else None
        running = state is not None and state.running
        self.verify_busy.setVisible(running)
        self.verify_again.setEnabled(not running)
        self.verify_again.setToolTip(self.tr(
            "The check is running: its progress shows here and in the status bar.") if running
            else with_key(self.tr("Check every signature, hash chain and database page of this "
                                  "vault now, in the background (%1)."), VERIFY_KEY))
        if ctx is None or state is None or ctx.role not in AUDITORS:
            return
        if state.report is not None:
            self._show_verification(state.report.log)
            return
        self.verified = None
        self.verify_icon.clear()
        self.verify_line.setStyleSheet(f"color: {ERROR_RED}" if state.problems
                                       or state.failure is not None else "")
        self.verify_line.setText(self._state_words(state, ctx))
        if running:
            self.verify_busy.setValue(state.percent)

    def _state_words(self, state: CheckState, ctx: CaseContext) -> str:
        if state.running and state.problems:
            return counted(state.problems, "Checking every hash chain, signature and page: "
                           "%2 % · a problem found so far.", "Checking every hash chain, "
                           "signature and page: %2 % · %n problems found so far.").replace(
                "%2", str(state.percent))
        if state.running:
            return self.tr("Checking every hash chain, signature and page: %1 % · all good so "
                           "far.").replace("%1", str(state.percent))
        if state.failure is not None:
            from ui.messages import message_for

            return self.tr("The check of the whole record could not run: %1").replace(
                "%1", message_for(state.failure))
        if state.stopped:
            return self.tr("The check of the whole record was stopped (the vault was re-keyed). "
                           "Verify again to run it.")
        last = ctx.ws.last_full_check()
        if last is None:
            return self.tr("The whole record has not been checked yet. Verify again checks "
                           "every hash chain, signature and page, in the background.")
        return self.tr("The whole record was last checked on %1: every hash chain, signature "
                       "and page was intact. Entries since then were verified as they came. "
                       "Verify again checks it all now.").replace(
            "%1", when(last.astimezone().strftime("%Y-%m-%dT%H:%M")))

    def _show_verification(self, report: VerifyReport) -> None:
        self.verified = report
        size = self.fontMetrics().height()
        if report.ok:
            self.verify_icon.setPixmap(standard_icon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(size))
            self.verify_line.setStyleSheet("")
            self.verify_line.setText(
                self.tr("All %1 entries of this vault verified: %2 hash chains intact, signatures valid.")
                .replace("%1", str(report.entries)).replace("%2", str(report.chains)))
            return
        self.verify_icon.setPixmap(standard_icon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size))
        self.verify_line.setStyleSheet(f"color: {ERROR_RED}")
        lines = []
        for p in report.problems[:20]:
            where = [x for x in (p.entry_id and self.tr("entry %1").replace("%1", p.entry_id[:8]),
                                 p.author and self._people.names.get(p.author, "?"),
                                 p.seq is not None and self.tr("no. %1").replace("%1", str(p.seq)),
                                 p.detail) if x]
            lines.append(f"<li>{html.escape(tr(PROBLEM_WORDS.get(p.code, p.code)))}"
                         + (f" ({html.escape(', '.join(where))})" if where else "") + "</li>")
        more = len(report.problems) - len(lines)
        self.verify_line.setText(
            "<b>" + html.escape(counted(len(report.problems), "Verification found a problem in the entry log.",
                                       "Verification found %n problems in the entry log.")) + "</b> "
            + html.escape(self.tr("Records may have been altered or damaged: restore the vault from a "
                                  "backup and find out what happened."))
            + f"<ul>{''.join(lines)}</ul>"
            + (html.escape(self.tr("… and %1 more.").replace("%1", str(more))) if more > 0 else ""))
