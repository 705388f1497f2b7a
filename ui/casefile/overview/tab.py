"""Overview: what needs attention (alerts, each with its next step), the triad and the client,
the status with its history and allowed transitions, and the goals with their progress.

The case's therapist edits the client, changes the triad and the status, adds goals and records
progress; the surrogate partner and the supervisor read. A surrogate partner never sees the
client's legal name or date of birth (the core leaves them out); for the others these are
hidden until "Show names" is ticked, as printouts are pseudonymised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Case, Goal
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.base import CaseTab
from ui.casefile.overview.alerts import (
    CONSENT_WARNING_DAYS,
    INFORMED_CONSENT,
    PAUSE_CASE,
    REQUEST_PREFIX,
    TARGET,
    Alert,
    AlertsPanel,
)
from ui.casefile.overview.capacity import CapacityDialog, capacity_text
from ui.casefile.overview.dialogs import (
    EditClientDialog,
    GoalDialog,
    ProgressDialog,
    StatusDialog,
    TeamDialog,
    concern_words,
    status_words,
)
from ui.casefile.overview.legal import basis_words
from ui.casefile.overview.model import (
    GOAL_ID,
    GoalTableModel,
    ProgressTableModel,
    StatusHistoryModel,
)
from ui.casefile.overview.requests import RequestsPanel
from ui.records.promise import kept_because, kept_until
from ui.widgets.fit import WrapScroll, wrap_columns
from ui.widgets.form import clinical_day, clinical_minutes
from ui.widgets.table_model import table_view

__all__ = ["CONSENT_WARNING_DAYS", "GOAL_ID", "INFORMED_CONSENT", "TARGET",  # also importable here
           "Alert", "GoalTableModel", "OverviewTab", "ProgressTableModel", "StatusHistoryModel"]


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = table_view(model, name)
    wrap_columns(view, model.columnCount() - 1)  # the note or reason wraps, never cut short
    return view


def _stack(view: QWidget, name: str) -> tuple[QStackedWidget, QLabel]:
    """A view with an empty state: page 0 says what to do next, page 1 is the view."""
    stack = QStackedWidget()
    empty = QLabel()
    empty.setWordWrap(True)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setAccessibleName(name)
    stack.addWidget(empty)
    stack.addWidget(view)
    return stack, empty


def _value(text: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


class OverviewTab(CaseTab):
    alert_activated = Signal(str, str)  # an alert was opened: (tab, record id) to show

    def __init__(self) -> None:
        super().__init__()
        self._case: Case | None = None
        self._goals: list[Goal] = []
        self._selected_goal: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Case"))
        self.show_names = QCheckBox(self.tr("Show &names"))
        self.show_names.setAccessibleName(self.tr("Show the client's legal name and date of birth"))
        top.addWidget(self.title, 1)
        top.addWidget(self.show_names)
        layout.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.hide()
        layout.addWidget(self.note)

        self.alerts_panel = AlertsPanel()
        self.alerts = self.alerts_panel.alerts  # also here: the tests and the tab order use it
        self.alerts_panel.opened.connect(self._alert_opened)
        layout.addWidget(self.alerts_panel)

        # Triad and client
        triad_box = QGroupBox(self.tr("Triad and client"))
        triad_layout = QVBoxLayout(triad_box)
        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        for key, text in (("therapist", "Therapist"), ("surrogates", "Surrogate partners"),
                          ("supervisor", "Supervisor"), ("legal_name", "Legal name"),
                          ("date_of_birth", "Date of birth"), ("capacity", "Capacity"),
                          ("pronouns", "Pronouns"),
                          ("concerns", "Presenting concerns"), ("concerns_note", "In their words"),
                          ("contraindications", "Contraindications"),
                          ("medical_context", "Medical / rehabilitation"),
                          ("legal_basis", "Legal basis"), ("jurisdiction", "Jurisdiction")):
            self.fields[key] = _value(self.tr(text))
            self.field_labels[key] = QLabel(self.tr(text))
            form.addRow(self.field_labels[key], self.fields[key])
        self.details_scroll = WrapScroll(details)  # no wrapped value cut short
        triad_layout.addWidget(self.details_scroll, 1)
        row = QHBoxLayout()
        self.edit_client = QPushButton(self.tr("Edit c&lient…"))
        self.edit_client.setAccessibleName(self.tr("Edit the client's details"))
        self.change_triad = QPushButton(self.tr("Change &triad…"))
        self.change_triad.setAccessibleName(self.tr("Change the surrogate partners and supervisor"))
        self.record_capacity = QPushButton(self.tr("Record capacit&y…"))
        self.record_capacity.setAccessibleName(self.tr("Record an assessment of the client's "
                                                       "capacity to consent"))
        row.addWidget(self.edit_client)
        row.addWidget(self.change_triad)
        row.addWidget(self.record_capacity)
        row.addStretch(1)
        triad_layout.addLayout(row)

        # Status
        status_box = QGroupBox(self.tr("Status"))
        status_layout = QVBoxLayout(status_box)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("Next status"))
        # The choices change with the case: size to them each time, not only to the first case's.
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        next_label = QLabel(self.tr("Mo&ve to"))
        next_label.setBuddy(self.next_status)
        self.change = QPushButton(self.tr("Change stat&us…"))
        self.change.setAccessibleName(self.tr("Change the case's status"))
        status_layout.addWidget(self.status)
        row.addWidget(next_label)
        row.addWidget(self.next_status)
        row.addWidget(self.change)
        row.addStretch(1)
        status_layout.addLayout(row)
        self.history_model = StatusHistoryModel()
        self.history = _table(self.history_model, self.tr("Status history"))
        # beside the triad box on a 1366-px laptop: room for the time, both statuses and a
        # long word of the reason, so the reason wraps between words, never inside one
        fm = self.history.fontMetrics()
        self.history.setMinimumWidth(fm.horizontalAdvance(self.tr(  # in the language shown
            "0000-00-00 00:00 assessment active agreement")) + 6 * fm.averageCharWidth())
        status_layout.addWidget(self.history, 1)

        # Goals
        goals_box = QGroupBox(self.tr("Goals"))
        goals_layout = QVBoxLayout(goals_box)
        self.goal_model = GoalTableModel()
        self.goal_table = _table(self.goal_model, self.tr("Goals"))
        wrap_columns(self.goal_table, 0)  # the goal's words wrap; the numbers never cut short
        self.goal_stack, self.goals_empty = _stack(self.goal_table, self.tr("No goals yet"))
        self.progress_model = ProgressTableModel()
        self.progress_table = _table(self.progress_model, self.tr("Progress of the selected goal"))
        self.progress_stack, self.progress_empty = _stack(self.progress_table, self.tr("No progress yet"))
        self.progress_title = QLabel()
        self.progress_title.setWordWrap(True)
        self.progress_title.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_title.setAccessibleName(self.tr("Selected goal"))
        self.progress_pane = progress = QWidget()
        progress_layout = QVBoxLayout(progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_title)
        progress_layout.addWidget(self.progress_stack, 1)
        goal_split = QSplitter(Qt.Orientation.Horizontal)
        goal_split.addWidget(self.goal_stack)
        goal_split.addWidget(progress)
        goal_split.setStretchFactor(0, 3)
        goal_split.setStretchFactor(1, 2)
        goal_split.setChildrenCollapsible(False)
        goals_layout.addWidget(goal_split, 1)
        row = QHBoxLayout()
        self.add_goal = QPushButton(self.tr("Add &goal…"))
        self.add_goal.setAccessibleName(self.tr("Add a goal"))
        self.record_progress = QPushButton(self.tr("Record progr&ess…"))
        self.record_progress.setAccessibleName(self.tr("Record progress on the selected goal"))
        row.addWidget(self.add_goal)
        row.addWidget(self.record_progress)
        row.addStretch(1)
        goals_layout.addLayout(row)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(triad_box)
        upper.addWidget(status_box)
        upper.setChildrenCollapsible(False)
        # the client's requests beside the goals (issue 17)
        self.requests_panel = RequestsPanel()
        self.requests_panel.changed.connect(self._wrote)
        self.lower_tabs = lower = QTabWidget()
        lower.setDocumentMode(True)
        lower.addTab(goals_box, self.tr("Goals"))
        lower.addTab(self.requests_panel, self.tr("Client requests"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        for a, b in ((self.show_names, self.alerts), (self.alerts, self.edit_client),
                     (self.edit_client, self.change_triad), (self.change_triad, self.record_capacity),
                     (self.record_capacity, self.next_status),
                     (self.next_status, self.change), (self.change, self.history),
                     (self.history, self.goal_table), (self.goal_table, self.progress_table),
                     (self.progress_table, self.add_goal), (self.add_goal, self.record_progress),
                     (self.record_progress, self.requests_panel.table),
                     (self.requests_panel.table, self.requests_panel.record),
                     (self.requests_panel.record, self.requests_panel.close_request)):
            self.setTabOrder(a, b)
        self.show_names.toggled.connect(self._names_toggled)
        self.edit_client.clicked.connect(self._edit_client)
        self.change_triad.clicked.connect(self._change_triad)
        self.record_capacity.clicked.connect(self._record_capacity)
        self.change.clicked.connect(self._change_status)
        self.add_goal.clicked.connect(self._add_goal)
        self.record_progress.clicked.connect(self._record_progress)
        self.goal_table.selectionModel().currentRowChanged.connect(self._goal_changed)
        self.goal_table.doubleClicked.connect(self._goal_double_clicked)
        self._blank()

    # -- reading --
    def show_case(self, ws: Workspace, case_id: str) -> None:
        if case_id != self.case_id or ws is not self.ws:
            # Names are shown per case, on request: a new case starts pseudonymised.
            self._selected_goal = None
            self.show_names.blockSignals(True)
            self.show_names.setChecked(False)
            self.show_names.blockSignals(False)
        super().show_case(ws, case_id)

    def refresh(self) -> None:
        ctx = self.context()
        if ctx is None:
            return
        case = ctx.ws.cases.get(ctx.case_id)
        self._case = case
        role = ctx.role
        self.title.setText(f"<h2>{case.code}</h2>")
        self._show_triad(case, role)
        self._show_status(case)
        self._show_goals(role)
        self.alerts_panel.show_case(ctx, case)
        self.requests_panel.show_case(ctx, case.code, case.opened_at)
        waiting = sum(1 for r in self.requests_panel.model.rows if r.open)
        self.lower_tabs.setTabText(1, self.tr("Client requests (%d open)") % waiting if waiting
                              else self.tr("Client requests"))
        self._buttons(case, role)
        self.note.setText(self.tr("Read-only: the case's therapist edits the client, the triad, "
                                  "the status and the goals.") if role is not Role.THERAPIST else "")
        self.note.setVisible(role is not Role.THERAPIST)

    def _show_triad(self, case: Case, role: Role | None) -> None:
        assert self.ws is not None
        names = {str(m.member_id): m.name
                 for m in self.ws.members.list(include_removed=True, include_external=True)}
        f, c = self.fields, case.client
        none = self.tr("—")
        f["therapist"].setText(names.get(case.therapist_id, "?"))
        f["surrogates"].setText(", ".join(names.get(s, "?") for s in case.surrogate_ids) or (
            self.tr("None yet. Change triad… adds one.") if role is Role.THERAPIST
            else self.tr("None yet.")))
        f["supervisor"].setText(names.get(case.supervisor_id, "?") if case.supervisor_id else none)
        private = role in (Role.SURROGATE, Role.SUPERVISOR)  # the client code only
        for key in ("legal_name", "date_of_birth"):
            self.fields[key].setVisible(not private)
            self.field_labels[key].setVisible(not private)
        if self.show_names.isChecked():
            f["legal_name"].setText(c.legal_name or self.tr("not recorded"))
            f["date_of_birth"].setText(c.date_of_birth or self.tr("not recorded"))
        else:
            hidden = self.tr("recorded (hidden)")
            f["legal_name"].setText(hidden if c.legal_name else self.tr("not recorded"))
            f["date_of_birth"].setText(hidden if c.date_of_birth else self.tr("not recorded"))
        tip = "" if self.show_names.isChecked() else self.tr("Tick Show names to see it.")
        for key in ("legal_name", "date_of_birth"):
            f[key].setToolTip(tip)
        assert self.ws is not None
        f["capacity"].setText(capacity_text(self.ws.capacity.latest(case.case_id)))
        f["pronouns"].setText(c.pronouns or none)
        f["concerns"].setText(", ".join(concern_words(x) for x in c.presenting_concerns) or none)
        f["concerns_note"].setText(c.concerns_note or none)
        f["contraindications"].setText(c.contraindications or none)
        f["medical_context"].setText(c.medical_context or none)
        f["legal_basis"].setText(basis_words(c.legal_basis))  # issue 17
        f["jurisdiction"].setText(c.jurisdiction or self.tr("not recorded"))

    def resizeEvent(self, event: Any) -> None:  # wrapped alerts change height with the width
        super().resizeEvent(event)
        if self.alerts.count():
            self.alerts_panel.fit()

    def _show_status(self, case: Case) -> None:
        since = clinical_minutes(case.history[-1].at) if case.history else ""
        text = f"<b>{status_words(case.status)}</b> " + self.tr("since %s") % since
        ws = self.ws
        retention = ws.retention.of(case) if ws is not None else None
        if ws is not None and retention is not None:  # issue 17: when its retention ends
            # issue 19: a signed form promises longer; the line says so, its tooltip which form
            text += "<br/>" + (self.tr("Retention ended on %s: it may be disposed of (Records…)")
                               % clinical_day(retention.ends_on)
                               if retention.ended(ws.local_now()) else
                               kept_until(retention) if retention.promised_by else
                               self.tr("Kept until %s (retention period)")
                               % clinical_day(retention.ends_on))
        self.status.setText(text)
        self.status.setToolTip(kept_because(retention) if retention is not None else "")
        self.next_status.clear()
        for s in case.allowed_transitions:
            self.next_status.addItem(status_words(s), s)
        self.history_model.set_history(case.history)

    def _show_goals(self, role: Role | None) -> None:
        assert self.ws is not None
        self._goals = self.ws.cases.goals(self.case_id)
        self.goal_model.set_rows(self._goals)
        if not self._goals:
            self.goals_empty.setText(
                self.tr("No goals yet. Add goal… sets one with a baseline and a target, e.g. "
                        "SUDS 9 → 3.") if role is Role.THERAPIST else
                self.tr("No goals yet. The case's therapist sets them; they will show here."))
            self.goal_stack.setCurrentIndex(0)
        else:
            self.goal_stack.setCurrentIndex(1)
        self.progress_pane.setVisible(bool(self._goals))
        ids = [g.goal_id for g in self._goals]
        if self._goals:
            row = ids.index(self._selected_goal) if self._selected_goal in ids else 0
            self.goal_table.selectRow(row)
        self._goal_changed()

    def _current_goal(self) -> Goal | None:
        index = self.goal_table.currentIndex()
        if not index.isValid() or index.row() >= len(self._goals):
            return None
        return self._goals[index.row()]

    def _goal_changed(self, *_: object) -> None:
        goal = self._current_goal()
        if goal is None:
            self.progress_title.setText(self.tr("Progress of the selected goal"))
            self.progress_model.set_rows([])
            self.progress_empty.setText(self.tr("Select a goal to see its progress.")
                                        if self._goals else "")
            self.progress_stack.setCurrentIndex(0)
        else:
            self._selected_goal = goal.goal_id
            self.progress_title.setText(self.tr("Progress: %s") % goal.description)
            self.progress_model.set_rows(sorted(goal.progress, key=lambda p: p.on))
            self.progress_empty.setText(
                self.tr("No progress recorded yet. Record progress… adds a value.")
                if self.role is Role.THERAPIST else self.tr("No progress recorded yet."))
            self.progress_stack.setCurrentIndex(1 if goal.progress else 0)
        if self._case is not None:
            self._buttons(self._case, self.role)

    def _buttons(self, case: Case, role: Role | None) -> None:
        for b in (self.edit_client, self.change_triad, self.change, self.add_goal, self.record_progress,
                  self.record_capacity):
            self.allow(b, Role.THERAPIST)
        therapist = role is Role.THERAPIST
        if therapist:
            self.edit_client.setToolTip(self.tr("Edit the client's code, names, concerns and "
                                                "medical context."))
            self.change_triad.setToolTip(self.tr("Choose the surrogate partners and the supervisor."))
            self.record_capacity.setToolTip(self.tr(
                "Record whether the client has the capacity to consent; the informed consent "
                "needs an assessment finding that they have."))
            self.add_goal.setToolTip(self.tr("Add a treatment goal with a baseline and a target."))
            if not case.allowed_transitions:
                self.change.setEnabled(False)
                self.change.setToolTip(self.tr("A closed case does not change status."))
            else:
                self.change.setToolTip(self.tr("Move the case to the status chosen beside."))
            if self._current_goal() is None:
                self.record_progress.setEnabled(False)
                self.record_progress.setToolTip(self.tr("Add a goal first.") if not self._goals
                                                else self.tr("Select a goal first."))
            else:
                self.record_progress.setToolTip(self.tr("Record where the client is now on the "
                                                        "selected goal."))
        self.next_status.setEnabled(self.change.isEnabled())
        self.next_status.setToolTip(self.change.toolTip() if not self.change.isEnabled() else "")
        if role is Role.SURROGATE:
            self.show_names.setEnabled(False)
            self.show_names.setToolTip(self.tr("A surrogate partner does not see the client's "
                                               "legal name or date of birth."))
        elif role is Role.SUPERVISOR:
            self.show_names.setEnabled(False)
            self.show_names.setToolTip(self.tr(
                "A supervisor sees the client code, not the client's legal name or date of "
                "birth: the release of information the client signed says so."))
        else:
            self.show_names.setEnabled(True)
            self.show_names.setToolTip(self.tr("Show the client's legal name and date of birth. "
                                               "Hidden by default, as printouts are."))

    def _alert_opened(self, tab: str, record_id: str) -> None:
        """An alert leads to another tab (the case tabs show it), or to a button here."""
        if tab == "overview":
            if record_id == PAUSE_CASE and self.change.isEnabled():
                self.pause_case()
            else:
                self.select_record(record_id)
            return
        self.alert_activated.emit(tab, record_id)

    def select_record(self, record_id: str) -> None:
        """An alert or the case list's next-due item leads here: the button that fixes it
        takes the focus (``change-triad``, ``edit-client`` for the date of birth,
        ``record-capacity``)."""
        button = {"change-triad": self.change_triad, "edit-client": self.edit_client,
                  "record-capacity": self.record_capacity}.get(record_id)
        if button is not None and button.isEnabled():
            button.setFocus()
        elif button is None and record_id:  # a client's request (the case list's next due)
            self.lower_tabs.setCurrentWidget(self.requests_panel)
            self.requests_panel.select(record_id.removeprefix(REQUEST_PREFIX))

    # -- writing --
    def _names_toggled(self, _on: bool) -> None:
        if self._case is not None:
            self._show_triad(self._case, self.role)

    def _wrote(self, change: Any) -> None:
        self.refresh()
        self.changed.emit(change)

    def _done(self, dialog: Any) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.refresh()
            self.changed.emit(dialog.change)

    def _edit_client(self) -> None:
        if self.ws is not None and self._case is not None:
            self._done(EditClientDialog(self.ws, self._case, self.show_names.isChecked(), self))

    def _record_capacity(self) -> None:
        if self.ws is not None and self._case is not None:
            self._done(CapacityDialog(self.ws, self._case.case_id, self._case.code,
                                      self.ws.local_now(), self))

    def _change_triad(self) -> None:
        if self.ws is not None and self._case is not None:
            dialog = TeamDialog(self.ws, self._case, self)
            self._done(dialog)
            if dialog.hand_over_asked:
                self.hand_over_case()

    def hand_over_case(self) -> None:
        """Change triad → Hand over (issue 17): the case goes to another therapist; it leaves
        this member's list, so the tabs are cleared rather than refreshed (``CaseTabs``)."""
        from ui.casefile.overview.handover import HandoverDialog

        if self.ws is None or self._case is None or self.role is not Role.THERAPIST:
            return
        dialog = HandoverDialog(self.ws, self._case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.changed.emit(dialog.change)

    def pause_case(self) -> None:
        """Offer the status change to paused (an alert's offer, e.g. after the client revoked
        the whole informed consent): the usual confirmation, with its reason field."""
        if self.ws is not None and self._case is not None and self._case.status == "active":
            self._done(StatusDialog(self.ws, self._case, "paused", self))

    def _change_status(self) -> None:
        target = self.next_status.currentData()
        if self.ws is not None and self._case is not None and target:
            self._done(StatusDialog(self.ws, self._case, str(target), self))

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        forms = {"goal": (self.add_goal, self._add_goal),
                 "client-details": (self.edit_client, self._edit_client),
                 "team": (self.change_triad, self._change_triad),
                 "handover": (self.change_triad, self.hand_over_case),
                 "capacity": (self.record_capacity, self._record_capacity)}
        if kind in ("request", "request-closing"):
            self.lower_tabs.setCurrentWidget(self.requests_panel)
            return self.requests_panel.continue_draft(kind, subject_id)
        if kind in forms:
            button, form = forms[kind]
            if not button.isEnabled():
                return False
            form()
            return True
        case = self._case
        if self.ws is None or case is None:
            return False
        if kind == "case-status":  # the draft's move, while the case can still make it
            if not self.change.isEnabled() or subject_id not in case.allowed_transitions:
                return False
            self._done(StatusDialog(self.ws, case, subject_id, self))
            return True
        if kind == "goal-progress":
            goal = next((g for g in self._goals if g.goal_id == subject_id), None)
            if goal is None or not self.add_goal.isEnabled():  # the therapist's, on a goal there
                return False
            self.goal_table.selectRow(self._goals.index(goal))
            self._done(ProgressDialog(self.ws, self.case_id, goal, self.ws.local_now(), self))
            return True
        return False

    def _add_goal(self) -> None:
        if self.ws is not None and self.case_id:
            dialog = GoalDialog(self.ws, self.case_id, self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
                self._selected_goal = dialog.change.subject_id
                self.refresh()
                self.changed.emit(dialog.change)

    def _goal_double_clicked(self, _index: QModelIndex) -> None:
        if self.record_progress.isEnabled():
            self._record_progress()

    def _record_progress(self) -> None:
        goal = self._current_goal()
        if self.ws is not None and goal is not None:
            self._done(ProgressDialog(self.ws, self.case_id, goal, self.ws.local_now(), self))

    # -- locking --
    def _blank(self) -> None:
        self._case, self._goals = None, []
        self.note.hide()
        for label in (self.title, self.note, self.status, self.progress_title,
                      self.goals_empty, self.progress_empty, *self.fields.values()):
            label.clear()
        self.alerts_panel.clear()
        self.requests_panel.clear()
        self.lower_tabs.setTabText(1, self.tr("Client requests"))
        self.next_status.clear()
        self.history_model.set_rows([])
        self.goal_model.set_rows([])
        self.progress_model.set_rows([])
        self.goal_stack.setCurrentIndex(0)
        self.progress_stack.setCurrentIndex(0)
        self.show_names.blockSignals(True)
        self.show_names.setChecked(False)
        self.show_names.blockSignals(False)
        for b in (self.edit_client, self.change_triad, self.change, self.add_goal,
                  self.record_progress, self.record_capacity, self.next_status, self.show_names):
            b.setEnabled(False)
            b.setToolTip("")

    def clear(self) -> None:
        self._selected_goal = None
        self._blank()
        super().clear()
