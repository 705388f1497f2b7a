"""Plan: the case's phase plan. Each phase of the shown revision with its status, sessions held
against planned, and whether consent to its planned activities is in force now; a detail view
of the selected phase; earlier revisions read-only.

The therapist starts a plan from a template, edits a copy of the phases that is saved as a new
revision, and starts and completes phases. The core refuses to start a phase whose activities
lack consent in force; the refusal is shown naming the activities in the ladder's words."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.plans import Plan
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.base import CaseTab
from ui.casefile.overview.dialogs import status_words as case_status_words
from ui.casefile.plan.edit import PlanEditDialog, TemplateDialog
from ui.casefile.plan.model import (
    STARTABLE_CASE,
    PhaseRow,
    PhaseTableModel,
    activity_words,
    phase_html,
    refusal,
)
from ui.widgets import dialogs
from ui.widgets.fit import wrap_columns
from ui.widgets.form import clinical_minutes

__all__ = ["PhaseRow", "PhaseTableModel", "PlanEditDialog", "PlanTab",  # also importable here
           "TemplateDialog", "activity_words", "phase_html", "refusal"]


class PlanTab(CaseTab):
    """The phase plan of the case (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__()
        self._viewing: int | None = None  # None: the current revision
        self._selected_id: str | None = None
        self._plan: Plan | None = None
        self._case_status = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Plan"))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.heading, 1)
        self.revision = QComboBox()
        self.revision.setAccessibleName(self.tr("Revision"))
        self.revision.setToolTip(self.tr("Earlier revisions are shown read-only."))
        self.revision_label = QLabel(self.tr("Re&vision"))
        self.revision_label.setBuddy(self.revision)
        top.addWidget(self.revision_label)
        top.addWidget(self.revision)
        layout.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.hide()
        layout.addWidget(self.note)

        self.stack = QStackedWidget()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No plan yet"))
        empty_layout.addWidget(self.empty_label)
        self.from_template = QPushButton(self.tr("Start from &template…"))
        self.from_template.setAccessibleName(self.tr("Start from template"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.from_template)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        self.stack.addWidget(empty)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.model = PhaseTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Phases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        wrap_columns(self.table, 0, 3)  # the phase's name and its consent wrap, never cut short
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected phase"))
        self.detail.setOpenLinks(False)
        detail_box = QGroupBox(self.tr("Selected phase"))
        QVBoxLayout(detail_box).addWidget(self.detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        page_layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.start = QPushButton(self.tr("S&tart phase"))
        self.start.setAccessibleName(self.tr("Start the selected phase"))
        self.complete = QPushButton(self.tr("Co&mplete phase…"))
        self.complete.setAccessibleName(self.tr("Complete the selected phase"))
        self.edit = QPushButton(self.tr("&Edit plan…"))
        self.edit.setAccessibleName(self.tr("Edit the plan as a new revision"))
        for b in (self.start, self.complete, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        page_layout.addLayout(buttons)
        self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)

        self.setTabOrder(self.revision, self.table)
        self.setTabOrder(self.table, self.start)
        self.setTabOrder(self.start, self.complete)
        self.setTabOrder(self.complete, self.edit)
        self.setTabOrder(self.edit, self.detail)
        self.revision.activated.connect(self._revision_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.from_template.clicked.connect(self._start_from_template)
        self.start.clicked.connect(self._start_phase)
        self.complete.clicked.connect(self._complete_phase)
        self.edit.clicked.connect(self._edit_plan)
        self._blank()

    # -- reading --
    def show_case(self, ws: Workspace, case_id: str) -> None:
        if case_id != self.case_id or ws is not self.ws:
            self._viewing, self._selected_id = None, None
        super().show_case(ws, case_id)

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        revisions = ws.plans.revisions(self.case_id)
        self._case_status = ws.cases.get(self.case_id).status
        if not revisions:
            self._plan = None
            self._show_empty()
            return
        if self._viewing not in revisions or self._viewing == revisions[-1]:
            self._viewing = None
        plan = ws.plans.revision(self.case_id, self._viewing)
        assert plan is not None
        self._plan = plan
        self.revision.blockSignals(True)
        self.revision.clear()
        last = revisions[-1]
        for r in reversed(revisions):
            text = self.tr("Revision %d of %d") % (r, last)
            self.revision.addItem(text + (self.tr(" (current)") if r == last else ""), r)
        self.revision.setCurrentIndex(self.revision.findData(plan.revision))
        self.revision.setEnabled(True)
        self.revision.show()
        self.revision_label.show()
        self.revision.blockSignals(False)
        held = Counter(s.phase_id for s in ws.sessions.list(self.case_id)
                       if s.kind == "surrogate_session" and s.held)  # held only (issue 16)
        in_force = set(ws.consent.in_force(self.case_id))
        rows = [PhaseRow(p, held[p.phase_id], tuple(a for a in p.activities if a not in in_force))
                for p in plan.phases]
        self._show_heading(ws, plan, rows)
        keep = self._selected_id or (plan.current.phase_id if plan.current else None)
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1)
        ids = [r.phase.phase_id for r in rows]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._row_changed()

    def select_record(self, record_id: str) -> None:
        """Select the phase ``record_id`` in the current revision of the plan."""
        if self._viewing is not None or (record_id and record_id != self._selected_id):
            self._viewing = None
            self._selected_id = record_id or self._selected_id
            self.refresh()
        self.table.setFocus()

    def _show_heading(self, ws: Workspace, plan: Plan, rows: list[PhaseRow]) -> None:
        names = {str(m.member_id): m.name
                 for m in ws.members.list(include_removed=True, include_external=True)}
        template = ws.plans.templates().get(plan.template_id)
        title = str(template["title"]) if template else self.tr("Custom plan")
        self.heading.setText(
            f"<b>{html.escape(title)}</b> · "
            + html.escape(self.tr("revision %d, made %s by %s") % (
                plan.revision, clinical_minutes(clock.utc_to_local_minutes(plan.revised_at)),
                names.get(plan.revised_by, "?"))))
        notes = []
        lapsed = next((r for r in rows if r.phase.status == "active" and r.missing
                       and not r.therapist_only), None)
        if lapsed is not None and self._viewing is None:
            notes.append("⚠ " + self.tr("Consent is no longer in force for %s, which the active phase "
                                 "(%s) plans: sessions with these activities cannot be scheduled.")
                         % (", ".join(activity_words(a) for a in lapsed.missing), lapsed.phase.title))
        if self.role in (Role.SURROGATE, Role.SUPERVISOR):
            notes.append(self.tr("Read-only: the case's therapist writes and changes the plan."))
        if self._viewing is not None:
            notes.append(self.tr("This is an earlier revision, shown read-only. Statuses, dates and "
                                 "consent are as they are now. Choose the current revision to "
                                 "make changes."))
        elif self.role is Role.THERAPIST and self._case_status not in (*STARTABLE_CASE, "closed"):
            notes.append(self.tr("Phases can start while the case is in assessment or active; its "
                                 "status is “%s” now. Change the status on the Overview tab.")
                         % case_status_words(self._case_status))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

    def _show_empty(self) -> None:
        self.model.set_rows([])
        self.detail.clear()
        self.heading.setText(f"<b>{html.escape(self.tr('Phase plan'))}</b>")
        self.revision.clear()
        self.revision.hide()
        self.revision_label.hide()
        self.note.hide()
        therapist = self.role is Role.THERAPIST
        self.empty_label.setText(
            self.tr("No plan yet. Start one from a template (default SPT, social role model, or "
                    "rehabilitation with therapeutic aids), then edit its phases to suit the client.")
            if therapist else
            self.tr("No plan yet. The case's therapist starts one from a template; it will show "
                    "here."))
        self.allow(self.from_template, Role.THERAPIST)
        self.stack.setCurrentIndex(0)

    def _current_row(self) -> PhaseRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        row: PhaseRow = self.model.rows[index.row()]
        return row

    def _row_changed(self, *_: object) -> None:
        row = self._current_row()
        if row is None:
            self.detail.clear()
        else:
            self._selected_id = row.phase.phase_id
            self.detail.setHtml(phase_html(self.table.currentIndex().row() + 1, row))
        self._update_buttons()

    def _update_buttons(self) -> None:
        for b in (self.start, self.complete, self.edit):
            self.allow(b, Role.THERAPIST)
        if self.role is not Role.THERAPIST or self._plan is None:
            return
        if self._viewing is not None:
            for b in (self.start, self.complete, self.edit):
                b.setEnabled(False)
                b.setToolTip(self.tr("This is an earlier revision. Choose the current revision to "
                                     "make changes."))
            return
        self.edit.setToolTip(self.tr("Edit a copy of the phases and save it as revision %d.")
                             % (self._plan.revision + 1))
        row = self._current_row()
        active = self._plan.current
        reason = ""
        if row is None:
            reason = self.tr("Select a phase to start.")
        elif row.phase.status == "active":
            reason = self.tr("This phase is already active.")
        elif row.phase.status == "completed":
            reason = self.tr("This phase is completed.")
        elif active is not None:
            reason = self.tr("Complete the active phase (%s) first.") % active.title
        elif self._case_status not in STARTABLE_CASE:
            reason = self.tr("A phase can start only while the case is in assessment or active; "
                             "its status is “%s”.") % case_status_words(self._case_status)
        self.start.setEnabled(not reason)
        if reason:
            self.start.setToolTip(reason)
        elif row is not None and row.missing and not row.therapist_only:
            self.start.setToolTip(self.tr("No consent is in force for %s: starting will be refused "
                                          "until consent is recorded on the Consent tab.")
                                  % ", ".join(activity_words(a) for a in row.missing))
        else:
            self.start.setToolTip(self.tr("Start the selected phase now."))
        can_complete = row is not None and row.phase.status == "active"
        self.complete.setEnabled(can_complete)
        self.complete.setToolTip(self.tr("Complete the active phase.") if can_complete
                                 else self.tr("Only the active phase can be completed."))

    def _revision_chosen(self, index: int) -> None:
        r = self.revision.itemData(index)
        self._viewing = None if index == 0 else int(r)
        self.refresh()

    # -- writing --
    def _run(self, work: Any) -> bool:
        """Like CaseTab.act, but the plan's refusals are explained in the plan's words."""
        if self.ws is None:
            return False
        titles = {p.phase_id: p.title for p in self._plan.phases} if self._plan else {}
        try:
            result = work(self.ws)
        except Exception as exc:  # shown to the person; the core refused cleanly
            dialogs.error(self, refusal(exc, titles))
            self.refresh()
            return False
        self._written(result)
        return True

    def _written(self, change: Change) -> None:
        self.refresh()
        self.changed.emit(change)

    def _start_from_template(self) -> None:
        if self.ws is None:
            return
        dialog = TemplateDialog(self.ws.plans.templates(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.template_id:
            return
        template_id = dialog.template_id
        self._run(lambda ws: ws.plans.from_template(self.case_id, template_id))

    def continue_draft(self, kind: str, subject_id: str) -> bool:
        """A kept edit of the plan, while the plan is still at the revision it started from."""
        if (kind != "plan" or self._plan is None or str(self._plan.revision) != subject_id
                or self._viewing is not None or not self.edit.isEnabled()):
            return False
        self._edit_plan()
        return True

    def _edit_plan(self) -> None:
        if self.ws is None or self._plan is None or self._viewing is not None:
            return
        dialog = PlanEditDialog(self.ws, self.case_id, self._plan, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self._written(dialog.change)

    def _start_phase(self) -> None:
        row = self._current_row()
        if row is None:
            return
        phase = row.phase
        # Ask first only when the core is expected to accept; otherwise its refusal explains.
        if (not row.missing or row.therapist_only) and not dialogs.confirm(
                self, self.tr("Start phase “%s” now? The start is recorded with today's date and "
                              "time and cannot be undone.") % phase.title, self.tr("Start phase")):
            return
        self._run(lambda ws: ws.plans.start_phase(self.case_id, phase.phase_id))

    def _complete_phase(self) -> None:
        row = self._current_row()
        if row is None:
            return
        phase = row.phase
        held = "" if row.therapist_only else " " + self.tr("%d of %d planned surrogate sessions were held.") % (
            row.held, phase.planned_sessions)
        if dialogs.confirm(self, self.tr("Complete phase “%s” now?") % phase.title + held + " "
                           + self.tr("A completed phase cannot be started again."),
                           self.tr("Complete phase")):
            self._run(lambda ws: ws.plans.complete_phase(self.case_id, phase.phase_id))

    # -- locking --
    def _blank(self) -> None:
        self._plan = None
        self.model.set_rows([])
        self.detail.clear()
        self.heading.clear()
        self.note.clear()
        self.note.hide()
        self.empty_label.clear()
        self.revision.blockSignals(True)
        self.revision.clear()
        self.revision.blockSignals(False)
        self.revision.setEnabled(False)
        self.revision.show()
        self.revision_label.show()
        self.stack.setCurrentIndex(1)
        for b in (self.start, self.complete, self.edit, self.from_template):
            b.setEnabled(False)
            b.setToolTip("")

    def clear(self) -> None:
        self._viewing, self._selected_id, self._case_status = None, None, ""
        self._blank()
        super().clear()
