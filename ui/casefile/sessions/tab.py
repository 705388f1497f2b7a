"""Sessions & debriefs: the case's sessions with their debrief status and flags, a detail
pane (plan, debrief, the therapist's review, and amendments beside the original), and the
case's measures.

Who does what follows the core: the therapist schedules, reviews and records measures; the
session's surrogate partner writes its debrief; an entry's author (or the therapist) amends
it; the supervisor reads. A surrogate sees only their own sessions (the core filters). The
process recording is shown only to the therapist and to the surrogate who wrote it."""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.amendments import FieldConflict
from triad.casefile.cases import Case, Change
from triad.casefile.measures import Measure
from triad.casefile.sessions import Session
from triad.casefile.visibility import may_read_process_recording
from triad.roles import Role
from ui.casefile.base import CaseTab
from ui.casefile.sessions.cosign import CosignDialog, cosign_target, cosign_words
from ui.casefile.sessions.debrief_form import (
    DebriefDialog,
    MeasureDialog,
    ReviewDialog,
    ScheduleDialog,
    sentence,
    tr,
)
from ui.casefile.sessions.detail import SessionDetails
from ui.casefile.sessions.model import (
    DUE,
    FLAGGED,
    NO_DEBRIEF,
    REVIEWED,
    SCHEDULED,
    SESSION_ID,
    STATUS_WORDS,
    SUBMITTED,
    MeasureTableModel,
    SessionRow,
    SessionTableModel,
    debrief_status,
    note_status,
)
from ui.casefile.sessions.notes import (
    MinutesDialog,
    NoteActions,
    PrivateNoteDialog,
    ProgressNoteDialog,
)
from ui.casefile.sessions.outcome import (
    OUTCOME_KEYS,
    OutcomeDialog,
    RescheduleDialog,
    gate_session_buttons,
    session_actions,
    session_counts,
)
from ui.casefile.sessions.settle import SettleDialog, conflict_tip
from ui.widgets.fit import wrap_columns
from ui.widgets.keys import with_key
from ui.widgets.table_model import table_view

__all__ = ["DUE", "FLAGGED", "NO_DEBRIEF", "REVIEWED", "SCHEDULED",  # also importable here
           "SESSION_ID", "STATUS_WORDS", "SUBMITTED", "MeasureTableModel", "SessionRow",
           "SessionTableModel", "SessionsTab", "debrief_status"]


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    view = table_view(model, name)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    wrap_columns(view, model.columnCount() - 1)  # flags, notes: wrapped, never cut short
    return view


def _empty(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(tr("Empty list"))
    return label


class SessionsTab(CaseTab):
    """The Sessions & debriefs tab of the case workspace."""

    SHOW_ALL, SHOW_REVIEW, SHOW_DUE = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[Session] = []
        self._case: Case | None = None
        self._names: dict[str, str] = {}
        self._phases: dict[str, str] = {}
        self._written: set[str] = set()
        self._now = ""
        self._dialog: QDialog | None = None
        self.cosign_target_id = ""  # the review Co-sign review… co-signs
        self.model = SessionTableModel()
        self.details = SessionDetails(self.may_read_recording, self)  # the detail pane's HTML
        self.measures_model = MeasureTableModel()
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Sessions summary"))
        self.summary.setWordWrap(True)  # a long summary wraps rather than widening the tab
        self.show_mode = QComboBox()
        self.show_mode.setAccessibleName(self.tr("Show"))
        self.show_mode.addItem(self.tr("All sessions, newest first"), self.SHOW_ALL)
        self.show_mode.addItem(self.tr("Awaiting review, flagged first"), self.SHOW_REVIEW)
        self.show_mode.addItem(self.tr("Debriefs due"), self.SHOW_DUE)
        show_label = QLabel(self.tr("Sho&w"))
        show_label.setBuddy(self.show_mode)
        top.addWidget(self.summary, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_mode)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("Sc&hedule session…"))
        self.debrief_button = QPushButton(self.tr("Log &debrief…"))
        # Alt+B; Alt+V co-signs (every letter of "Co-sign review" else is taken on this tab)
        self.review_button = QPushButton(self.tr("Review de&brief…"))
        # In this row, which has room: the detail pane's row stays narrow (a small screen).
        self.settle_button = QPushButton(self.tr("Se&ttle conflict…"))
        # What happened to the session, and moving one (issue 16; ui.casefile.sessions.outcome)
        # every letter of "Record outcome" is taken on this tab: Ctrl+Shift+O reaches it
        self.outcome_button = QPushButton(self.tr("Record outcome…"))
        self.outcome_button.setToolTip(with_key(self.tr(
            "Record what happened: held, cancelled, late cancellation or no-show (%1)"),
            OUTCOME_KEYS))
        self.reschedule_button = QPushButton(self.tr("Reschedu&le…"))
        # the supervisor's, when the practice requires co-signature (issue 16)
        self.cosign_button = QPushButton(self.tr("Co-sign re&view…"))
        # Two rows, so that the tab fits beside the case list on a 1366-pixel laptop: the
        # session itself (when, what happened, its debrief), then its record (the review,
        # co-signature, the therapist's notes, conflicts).
        records = QHBoxLayout()
        for row, buttons in ((actions, (self.schedule_button, self.outcome_button,
                                        self.reschedule_button, self.debrief_button)),
                             (records, (self.review_button, self.cosign_button))):
            for button in buttons:
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
                row.addWidget(button)
        # issue 16: the therapist's notes on the selected session
        self.notes = NoteActions(self)
        self.notes.requested.connect(self.write_note)
        records.addWidget(self.notes)
        self.settle_button.setAccessibleName(self.settle_button.text().replace("&", "").rstrip("…"))
        records.addWidget(self.settle_button)
        for row in (actions, records):
            row.addStretch(1)
            layout.addLayout(row)

        self.table = _table(self.tr("Sessions"), self.model)
        # eight columns beside the case list: the phase and the flags share the width left and
        # wrap, so that the Outcome column stays in view and nothing is cut short
        wrap_columns(self.table, 2, 6)
        self.empty = _empty()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Session details"))
        self.detail.setOpenLinks(False)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        amend_row = QHBoxLayout()
        self.amend_debrief_button = QPushButton(self.tr("A&mend debrief…"))
        self.amend_review_button = QPushButton(self.tr("Amend rev&iew…"))
        self.amend_session_button = QPushButton(self.tr("Amend sessio&n…"))
        for button in (self.amend_debrief_button, self.amend_review_button, self.amend_session_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            amend_row.addWidget(button)
        amend_row.addStretch(1)
        detail_layout.addLayout(amend_row)

        measures_box = QGroupBox(self.tr("Measures (SUDS, IIEF-5, FSFI)"))
        measures = QVBoxLayout(measures_box)
        self.measures_table = _table(self.tr("Measures"), self.measures_model)
        # A narrow pane: the note column takes what is left and wraps rather than pushing the
        # table into a sideways scroll that hides it (its tooltip has it whole too).
        self.measures_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.measures_table.horizontalHeader().setMinimumSectionSize(40)
        self.measures_empty = _empty()
        self.measures_stack = QStackedWidget()
        self.measures_stack.addWidget(self.measures_table)
        self.measures_stack.addWidget(self.measures_empty)
        measures.addWidget(self.measures_stack, 1)
        measure_row = QHBoxLayout()
        self.measure_button = QPushButton(self.tr("Record m&easure…"))
        self.amend_measure_button = QPushButton(self.tr("Amend meas&ure…"))
        for button in (self.measure_button, self.amend_measure_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            measure_row.addWidget(button)
        measure_row.addStretch(1)
        measures.addLayout(measure_row)

        # The table takes the full width (seven columns); below it, the selected session's
        # details beside the case's measures.
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(detail_box)
        below.addWidget(measures_box)
        below.setStretchFactor(0, 3)
        below.setStretchFactor(1, 2)
        below.setSizes([500, 400])  # room for the measures' notes, not only their dates
        below.setChildrenCollapsible(False)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(self.list_stack)
        vertical.addWidget(below)
        vertical.setStretchFactor(0, 2)
        vertical.setStretchFactor(1, 3)
        vertical.setChildrenCollapsible(False)
        layout.addWidget(vertical, 1)

        order = (self.show_mode, self.schedule_button, self.outcome_button,
                 self.reschedule_button, self.debrief_button, self.review_button,
                 self.cosign_button, self.notes.note_button, self.notes.private_button,
                 self.settle_button, self.table, self.detail,
                 self.amend_debrief_button,
                 self.amend_review_button, self.amend_session_button, self.measures_table,
                 self.measure_button, self.amend_measure_button)
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

        self.show_mode.currentIndexChanged.connect(self._draw_sessions)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        # Enter or double-click: the session's next step (log or review its debrief).
        self.table.activated.connect(self._default_action)
        self.measures_table.selectionModel().selectionChanged.connect(self._gate)
        self.schedule_button.clicked.connect(self.schedule)
        self.debrief_button.clicked.connect(self.log_debrief)
        self.review_button.clicked.connect(self.review)
        self.cosign_button.clicked.connect(self.cosign)
        self.amend_debrief_button.clicked.connect(self.amend_debrief)
        self.amend_review_button.clicked.connect(self.amend_review)
        self.amend_session_button.clicked.connect(self.amend_session)
        self.settle_button.clicked.connect(self.settle)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.session_actions = session_actions(self, self.table)
        self.measure_button.clicked.connect(self.record_measure)
        self.amend_measure_button.clicked.connect(self.amend_measure)
        self.clear()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        self._case = ws.cases.get(self.case_id)
        self._names = {m.member_id: m.name
                       for m in ws.members.list(include_removed=True, include_external=True)}
        plan = ws.plans.current(self.case_id)
        self._phases = {p.phase_id: p.title for p in plan.phases} if plan else {}
        self._now = ws.local_now()
        self.sessions = ws.sessions.list(self.case_id)
        # issue 16: which sessions have their progress note or minutes (the Debrief column)
        self._written = {n.session_id for n in ws.notes.progress_notes(self.case_id)} | {
            m.session_id for m in ws.notes.all_minutes(self.case_id)}
        self.model.aids = ws.aids.descriptions(self.case_id)
        d = self.details
        d.ws, d.names, d.phases, d.aids, d.now = ws, self._names, self._phases, self.model.aids, self._now
        measures = ws.measures.list(self.case_id)
        self.measures_model.conflicts = {
            m.entry_id: conflict_tip(found, self._names, self.details.value)
            for m in measures if m.amended and (found := ws.amendments.conflicts(m.entry_id))}
        self.measures_model.set_rows(measures)
        self.measures_empty.setText(self.tr(
            "No measures recorded yet. The therapist records SUDS ratings, IIEF-5 and FSFI totals "
            "with Record measure…"))
        self.measures_stack.setCurrentIndex(0 if self.measures_model.rows else 1)
        statuses = [debrief_status(s, self._now) for s in self.sessions]
        waiting = statuses.count(SUBMITTED) + statuses.count(FLAGGED)
        parts = [self.tr("Sessions: %d") % len(self.sessions) + session_counts(self.sessions)]
        if waiting:
            parts.append(self.tr("awaiting review: %d (flagged: %d)") % (waiting, statuses.count(FLAGGED)))
        if statuses.count(DUE):
            parts.append(self.tr("debriefs due: %d") % statuses.count(DUE))
        self.summary.setText(" · ".join(parts))
        self._draw_sessions()

    def _draw_sessions(self) -> None:
        if self.ws is None:
            return
        keep = self.selected_session()
        readable = self.role is not Role.SURROGATE  # she does not read progress notes
        rows = [SessionRow(s, debrief_status(s, self._now),
                           self._phases.get(s.phase_id or "", s.phase_id or "—"),
                           self._names.get(s.surrogate_id or "", "—"),
                           note_status(s, self._written, readable, self._now))
                for s in self.sessions]
        mode = self.show_mode.currentData()
        if mode == self.SHOW_REVIEW:
            rows = [r for r in rows if r.status in (FLAGGED, SUBMITTED)]
            rows.sort(key=lambda r: (r.status != FLAGGED, r.session.starts_at))
        elif mode == self.SHOW_DUE:
            rows = [r for r in rows if r.status == DUE]
            rows.sort(key=lambda r: r.session.starts_at)
        else:
            rows.reverse()
        self.model.set_rows(rows)
        self.empty.setText(self._empty_text(mode))
        self.list_stack.setCurrentIndex(0 if rows else 1)
        row = self.model.row_of(keep.session_id) if keep else -1
        if rows:
            self.table.selectRow(max(row, 0))
        self._selected()

    def _empty_text(self, mode: int) -> str:
        if mode == self.SHOW_REVIEW:
            return self.tr("No debriefs await review.")
        if mode == self.SHOW_DUE:
            return self.tr("No debriefs are due.")
        if self.role is Role.SURROGATE:
            return self.tr("No sessions of yours on this case yet. The therapist schedules them; "
                           "then you log a debrief after each.")
        return self.tr("No sessions yet. Schedule one with Schedule session…; the surrogate "
                       "partner logs a debrief after each surrogate session.")

    def select_record(self, record_id: str) -> None:
        """Select the session ``record_id``; when the chosen view hides it, show all sessions."""
        if record_id and self.model.row_of(record_id) < 0 and any(
                s.session_id == record_id for s in self.sessions):
            self.show_mode.setCurrentIndex(self.show_mode.findData(self.SHOW_ALL))
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    def selected_session(self) -> Session | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not self.model.rows:
            return None
        session: Session = self.model.rows[rows[0].row()].session
        return session

    def selected_measure(self) -> Measure | None:
        rows = self.measures_table.selectionModel().selectedRows()
        return self.measures_model.rows[rows[0].row()] if rows and self.measures_model.rows else None

    def _selected(self) -> None:
        session = self.selected_session()
        if session is None:
            self.detail.setHtml("<p>" + escape(self.tr(
                "Select a session to see its plan, debrief, the therapist's review and "
                "amendments.")) + "</p>")
        else:
            self.detail.setHtml(self.details.html(session))
        self._gate()

    def may_read_recording(self, session: Session) -> bool:
        """The process recording goes to the therapist and to the surrogate who wrote it."""
        if self.ws is None:
            return False
        d = session.debrief
        return may_read_process_recording(self.role, d.author if d else None,
                                          self.ws.actor.member_id)

    # -- who may do what ------------------------------------------------------------------

    def _gate(self) -> None:
        if self.ws is None:
            for button in self._buttons():
                button.setEnabled(False)
                button.setToolTip("")
            return
        s = self.selected_session()
        me = self.ws.actor.member_id
        d = s.debrief if s else None

        def unless(button: QPushButton, why: str | None) -> None:
            if button.isEnabled() and why:
                button.setEnabled(False)
                button.setToolTip(why)

        self.allow(self.schedule_button, Role.THERAPIST)
        refusal = self.ws.sessions.why_not_schedule(self._case) if self._case is not None else None
        unless(self.schedule_button, sentence(refusal) if refusal is not None else None)
        self.allow(self.debrief_button, Role.SURROGATE)
        unless(self.debrief_button,
               self.tr("Select a session that awaits your debrief.") if s is None
               else self.tr("A therapist session has no surrogate debrief.") if s.kind == "therapist_session"
               else self.tr("Only the session's surrogate partner writes its debrief.") if s.surrogate_id != me
               else self.tr("This session already has a debrief. To correct it, amend it.") if d
               else self.tr("This session has not taken place yet.") if s.starts_at > self._now
               else None)
        self.allow(self.review_button, Role.THERAPIST)
        unless(self.review_button,
               self.tr("Select a session with a debrief to review.") if s is None
               else self.tr("There is no debrief to review yet.") if d is None
               else self.tr("This debrief is reviewed. To correct the comment, amend the review.")
               if d.reviewed else None)
        self.allow(self.cosign_button, Role.SUPERVISOR)
        self.cosign_button.setText(cosign_words(s))  # a review, or a progress note (rules16)
        if self.cosign_button.isEnabled():
            self.cosign_target_id, why = cosign_target(self.ws, s)
            unless(self.cosign_button, why)
        self.allow(self.amend_debrief_button, Role.THERAPIST, Role.SURROGATE)
        if not self.amend_debrief_button.isEnabled():
            self.amend_debrief_button.setToolTip(self.tr(
                "Only the debrief's author (the surrogate partner) or the case's therapist can amend it."))
        unless(self.amend_debrief_button,
               self.tr("There is no debrief to amend.") if d is None
               else self.tr("Only the debrief's author or the case's therapist can amend it.")
               if self.role is Role.SURROGATE and d.author != me else None)
        self.allow(self.amend_review_button, Role.THERAPIST)
        unless(self.amend_review_button, self.tr("There is no review to amend.")
               if d is None or not d.reviews else None)
        self.allow(self.amend_session_button, Role.THERAPIST)
        unless(self.amend_session_button, self.tr("Select a session to amend.") if s is None else None)
        gate_session_buttons(self, s)
        self.allow(self.settle_button, Role.THERAPIST)
        unless(self.settle_button, self.tr("Nothing to settle: no field of the selected session, "
                                           "its debrief, its reviews or measure is in conflict.")
               if not self.to_settle() else None)
        self.notes.gate(self.ws, self.role, s, self._now)
        self.allow(self.measure_button, Role.THERAPIST)
        self.allow(self.amend_measure_button, Role.THERAPIST)
        unless(self.amend_measure_button, self.tr("Select a measure to amend.")
               if self.selected_measure() is None else None)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.schedule_button, self.debrief_button, self.outcome_button,
                self.reschedule_button, self.review_button, self.cosign_button,
                self.amend_debrief_button, self.amend_review_button, self.amend_session_button,
                self.settle_button, self.measure_button, self.amend_measure_button)

    # -- writing --------------------------------------------------------------------------

    def _run(self, dialog: Any) -> None:
        """Show a form; after it wrote, redraw and tell the other tabs."""
        self._dialog = dialog
        try:
            dialog.exec()
        finally:
            self._dialog = None
            dialog.deleteLater()  # its fields held record text
        change: Change | None = dialog.change
        if change is not None and self.ws is not None:
            self.refresh()
            self.changed.emit(change)

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        forms = {"debrief": (self.debrief_button, self.log_debrief),
                 "debrief-amendment": (self.amend_debrief_button, self.amend_debrief),
                 "review": (self.review_button, self.review),
                 "review-amendment": (self.amend_review_button, self.amend_review),
                 "session-amendment": (self.amend_session_button, self.amend_session),
                 "schedule": (self.schedule_button, self.schedule),
                 "progress-note": (self.notes.note_button, self.notes.note_button.click),
                 "minutes": (self.notes.note_button, self.notes.note_button.click),
                 "outcome": (self.outcome_button, self.record_outcome),
                 "reschedule": (self.reschedule_button, self.reschedule)}
        if kind in ("measure", "measure-amendment", "settlement", "cosignature"):
            from ui.casefile.sessions.continuing import continue_other

            return continue_other(self, kind, subject_id)
        if kind not in forms:
            return False
        button, form = forms[kind]
        if subject_id:
            self.select_record(subject_id)
        if not button.isEnabled() or (subject_id and (
                self.selected_session() is None or self.selected_session().session_id != subject_id)):  # type: ignore[union-attr]
            return False  # the session changed since (a debrief was written, ...)
        form()
        return True

    def _default_action(self) -> None:
        for button in (self.debrief_button, self.review_button, self.cosign_button,
                       self.notes.note_button):
            if button.isEnabled():
                button.click()
                return

    def schedule(self) -> None:
        if self.ws is not None and self.schedule_button.isEnabled():
            self._run(ScheduleDialog(self.ws, self.case_id, self))

    def record_outcome(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.outcome_button.isEnabled():
            self._run(OutcomeDialog(self.ws, s, self))

    def reschedule(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.reschedule_button.isEnabled():
            self._run(RescheduleDialog(self.ws, s, self))

    def log_debrief(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.debrief_button.isEnabled():
            self._run(DebriefDialog(self.ws, s, self))

    def review(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.review_button.isEnabled():
            self._run(ReviewDialog(self.ws, s, self, details=self.details.html(s)))

    def cosign(self) -> None:
        """The supervisor co-signs the selected debrief's review (issue 16)."""
        s = self.selected_session()
        if self.ws is not None and s is not None and self.cosign_button.isEnabled() \
                and self.cosign_target_id:
            self._run(CosignDialog(self.ws, s, self.cosign_target_id, self.details.html(s), self))

    def amend_debrief(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.amend_debrief_button.isEnabled():
            self._run(DebriefDialog(self.ws, s, self, amend=True,
                                    show_process_recording=self.may_read_recording(s)))

    def amend_review(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.amend_review_button.isEnabled():
            self._run(ReviewDialog(self.ws, s, self, amend=True, details=self.details.html(s)))

    def amend_session(self) -> None:
        s = self.selected_session()
        if self.ws is not None and s is not None and self.amend_session_button.isEnabled():
            self._run(ScheduleDialog(self.ws, self.case_id, self, session=s))

    def write_note(self, kind: str) -> None:
        """The progress note, the minutes or the private note of the selected session: a new
        one, or an amendment of the one there is (issue 16)."""
        s, ws = self.selected_session(), self.ws
        if ws is None or s is None:
            return
        if kind == "private":
            mine = ws.private_notes.mine(s.case_id, s.session_id)
            self._run(PrivateNoteDialog(ws, s, self, note=mine[-1] if mine else None))
        elif kind == "minutes":
            self._run(MinutesDialog(ws, s, self, minutes=ws.notes.minutes(s.session_id)))
        else:
            self._run(ProgressNoteDialog(ws, s, self, note=ws.notes.progress(s.session_id)))

    def to_settle(self) -> list[FieldConflict]:
        """The conflicts of the selected session (its debrief, reviews) and selected measure."""
        s, m = self.selected_session(), self.selected_measure()
        found = [c for by_field in (self.details.conflicts(s) if s else {}).values()
                 for c in by_field.values()]
        if self.ws is not None and m is not None and m.entry_id in self.measures_model.conflicts:
            found += self.ws.amendments.conflicts(m.entry_id)
        return found

    def settle(self) -> None:
        if self.ws is not None and self.settle_button.isEnabled():
            self._run(SettleDialog(self.ws, self.to_settle(), self._names, self.details.value, self,
                                   case_id=self.case_id))

    def record_measure(self) -> None:
        if self.ws is not None and self.measure_button.isEnabled():
            self._run(MeasureDialog(self.ws, self.case_id, self))

    def amend_measure(self) -> None:
        m = self.selected_measure()
        if self.ws is not None and m is not None and self.amend_measure_button.isEnabled():
            self._run(MeasureDialog(self.ws, self.case_id, self, measure=m))

    def clear(self) -> None:
        """On lock: close any open form and forget everything of the case."""
        if self._dialog is not None:
            self._dialog.reject()
        self.sessions, self._case = [], None
        self._names, self._phases, self._now, self._written = {}, {}, "", set()
        self.details.clear()
        self.model.set_rows([])
        self.measures_model.conflicts = {}
        self.measures_model.set_rows([])
        self.detail.clear()
        self.summary.clear()
        self.empty.clear()
        self.measures_empty.clear()
        self.list_stack.setCurrentIndex(1)
        self.measures_stack.setCurrentIndex(1)
        super().clear()
        self._gate()
