"""Plan: the case's phase plan. Each phase of the shown revision with its status, sessions held
against planned, and whether consent to its planned activities is in force now; a detail view
of the selected phase; earlier revisions read-only.

The therapist starts a plan from a template, edits a copy of the phases that is saved as a new
revision, and starts and completes phases. The core refuses to start a phase whose activities
lack consent in force; the refusal is shown naming the activities in the ladder's words."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad import clock
from triad.cases import Change
from triad.errors import ConsentViolation, InvalidInput, NotFound
from triad.ladder import ACTIVITY_LABELS, LADDER, Activity
from triad.members import Role
from triad.plans import Phase, Plan
from triad.workspace import Workspace

from .. import dialogs
from ..messages import message_for
from ..table_model import RowsModel
from .base import CaseTab

ERROR_RED = "#b3261e"  # the app's one muted red, for errors and missing consent
STARTABLE_CASE = ("assessment", "active")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanTab", text)


def activity_words(activity: Activity | str) -> str:
    """An activity code in the ladder's words."""
    return QCoreApplication.translate("ladder", ACTIVITY_LABELS[Activity(activity)])


def status_words(status: str) -> str:
    return {"planned": _tr("Planned"), "active": _tr("Active"),
            "completed": _tr("Completed")}.get(status, status)


def minutes(at: str | None) -> str:
    """Clinical time as YYYY-MM-DD HH:MM."""
    return at.replace("T", " ")[:16] if at else ""


def refusal(exc: BaseException, titles: dict[str, str] | None = None) -> str:
    """The plan's refusals as sentences with the next step; others via ui.messages."""
    titles = titles or {}
    if isinstance(exc, ConsentViolation):
        words = ", ".join(activity_words(a) for a in exc.missing)
        return _tr("This phase cannot start: no consent is in force for %s. Record the client's "
                   "consent to these activities on the Consent tab, then start the phase "
                   "again.") % words
    if isinstance(exc, InvalidInput):
        data: dict[str, Any] = exc.data
        sentences = {
            "phase-active": _tr("Another phase (%s) is still active. Complete it before starting "
                                "the next one.") % titles.get(str(data.get("active")), data.get("active")),
            "case-status": _tr("A phase can start only while the case is in assessment or active; "
                               "it is %s now. Change the case status on the Overview tab first.")
            % data.get("status"),
            "phase-completed": _tr("This phase is already completed. To work on it again, add a "
                                   "new phase in a revision of the plan."),
            "phase-not-active": _tr("Only the active phase can be completed."),
            "active-phase-removed": _tr("The active phase cannot be removed from the plan. "
                                        "Complete it first, or keep it in this revision."),
            "no-phases": _tr("A plan needs at least one phase. Add a phase."),
            "empty": _tr("Every phase needs a title."),
            "range": _tr("Planned sessions must be a whole number from 0 to 200."),
            "number": _tr("Planned sessions must be a whole number from 0 to 200."),
            "phase-id": _tr("Two phases share an identifier. Remove the copy and add the "
                            "phase again."),
        }
        if exc.detail in sentences:
            return sentences[exc.detail]
    if isinstance(exc, NotFound):
        return _tr("The plan or phase was not found; it may have changed meanwhile. "
                   "The view now shows the record as it is.")
    return message_for(exc)


@dataclass(frozen=True)
class PhaseRow:
    """One phase as the table shows it."""

    phase: Phase
    held: int  # surrogate sessions of this phase with a debrief
    missing: tuple[Activity, ...]  # planned activities with no consent in force now

    @property
    def therapist_only(self) -> bool:
        # Mirrors the core: a phase without surrogate sessions needs no activity consent.
        return self.phase.planned_sessions == 0


class PhaseTableModel(RowsModel):
    """The phases of one plan revision, in plan order."""

    HEADERS = COLUMNS = ("Phase", "Status", "Sessions held / planned", "Consent to activities",
                          "Started", "Completed")
    CONTEXT = "PlanTab"
    PHASE_ID = Qt.ItemDataRole.UserRole

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def cell(self, row: PhaseRow, col: int, role: int) -> Any:
        if role == self.PHASE_ID:
            return row.phase.phase_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return consent_lines(row)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and row.missing and not row.therapist_only:
            return QBrush(QColor(ERROR_RED))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(row: PhaseRow, col: int) -> str:
        p = row.phase
        if col == 0:
            return p.title
        if col == 1:
            return status_words(p.status)
        if col == 2:
            return f"{row.held} / {p.planned_sessions}" if not row.therapist_only else _tr("therapist only")
        if col == 3:
            if row.therapist_only:
                return _tr("Not needed")
            if not row.missing:
                return _tr("All %d in force") % len(p.activities)
            return _tr("Not in force: %s") % ", ".join(activity_words(a) for a in row.missing)
        if col == 4:
            return minutes(p.started_at)
        if col == 5:
            return minutes(p.completed_at)
        return ""


def consent_lines(row: PhaseRow) -> str:
    """Each planned activity, marked whether consent is in force now."""
    if row.therapist_only:
        return _tr("A therapist-only phase needs no activity consent.")
    return "\n".join(
        ("✗ " + _tr("%s: no consent in force") if a in row.missing else "✓ " + _tr("%s: consent in force"))
        % activity_words(a) for a in row.phase.activities)


def _bullets(items: tuple[str, ...] | list[str], empty: str) -> str:
    if not items:
        return f"<p><i>{html.escape(empty)}</i></p>"
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def phase_html(number: int, row: PhaseRow) -> str:
    """The detail of one phase (all record text escaped)."""
    p = row.phase
    e = html.escape
    when = {
        "active": _tr("Active since %s") % minutes(p.started_at),
        "completed": _tr("Completed %s (started %s)") % (minutes(p.completed_at), minutes(p.started_at)),
    }.get(p.status, _tr("Planned, not started"))
    sessions = (_tr("therapist only: no surrogate sessions planned") if row.therapist_only
                else _tr("%d held of %d planned") % (row.held, p.planned_sessions))
    parts = [f"<h3>{number}. {e(p.title)}</h3>",
             f"<p><b>{e(_tr('Status'))}:</b> {e(when)}<br><b>{e(_tr('Surrogate sessions'))}:</b> "
             f"{e(sessions)}</p>",
             f"<p><b>{e(_tr('Planned activities'))}</b></p>"]
    if row.therapist_only:
        parts.append(f"<p>{e(', '.join(activity_words(a) for a in p.activities))}. "
                     f"<i>{e(consent_lines(row))}</i></p>")
    else:
        lines = []
        for a in p.activities:
            if a in row.missing:
                lines.append(f"<span style='color:{ERROR_RED}'>✗ {e(activity_words(a))}: "
                             f"{e(_tr('no consent in force now'))}</span>")
            else:
                lines.append(f"✓ {e(activity_words(a))}: {e(_tr('consent in force'))}")
        parts.append(f"<p style='margin-left:12px'>{'<br>'.join(lines)}</p>" if lines else
                     f"<p><i>{e(_tr('None planned.'))}</i></p>")
    parts += [f"<p><b>{e(_tr('Objectives'))}</b></p>", _bullets(p.objectives, _tr("None written."))]
    parts += [f"<p><b>{e(_tr('Entry criteria'))}</b></p>", _bullets(p.entry_criteria, _tr("None written."))]
    return "".join(parts)


class TemplateDialog(QDialog):
    """Choose the template a new plan starts from; shows each template's description."""

    def __init__(self, templates: dict[str, dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a plan from a template"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a template. Its phases become revision 1 of this case's "
                               "plan; you can edit them afterwards."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates"))
        label = QLabel(self.tr("&Templates"))
        label.setBuddy(self.templates)
        layout.addWidget(label)
        for template_id, t in templates.items():
            item = QListWidgetItem(str(t.get("title", template_id)))
            item.setData(Qt.ItemDataRole.UserRole, template_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, t)
            self.templates.addItem(item)
        layout.addWidget(self.templates, 1)
        self.description = QTextBrowser()
        self.description.setAccessibleName(self.tr("Template description"))
        layout.addWidget(self.description, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(self.tr("&Start plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.templates.currentRowChanged.connect(self._describe)
        if self.templates.count():
            self.templates.setCurrentRow(0)

    @property
    def template_id(self) -> str | None:
        item = self.templates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _describe(self, row: int) -> None:
        item = self.templates.item(row)
        self.start_button.setEnabled(item is not None)
        if item is None:
            self.description.clear()
            return
        t = item.data(Qt.ItemDataRole.UserRole + 1)
        phases = t.get("phases", [])
        e = html.escape
        self.description.setHtml(
            f"<p>{e(str(t.get('description', '')))}</p>"
            f"<p><b>{e(self.tr('%d phases') % len(phases))}</b></p><ol>"
            + "".join(f"<li>{e(str(p.get('title', '')))} ({e(self.tr('%d sessions') % int(p.get('planned_sessions', 0)))})</li>"
                      for p in phases) + "</ol>")


def _slug(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:48] or "phase"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class PlanEditDialog(QDialog):
    """Edit a copy of the current revision's phases; saving makes the next revision."""

    def __init__(self, ws: Workspace, case_id: str, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.change: Change | None = None
        self._original = [self._as_dict(p) for p in plan.phases]
        self.phases: list[dict[str, Any]] = [dict(p) for p in self._original]
        self._row = -1
        self.setWindowTitle(self.tr("Edit plan"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "You are editing a copy of revision %d. Saving makes revision %d; revision %d stays "
            "in the record. Kept phases keep their status.") % (plan.revision, plan.revision + 1, plan.revision))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Phases"))
        phases_label = QLabel(self.tr("P&hases"))
        phases_label.setBuddy(self.list)
        left.addWidget(phases_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        for b, name in ((self.add_button, "Add a phase after the selected one"),
                        (self.remove_button, "Remove the selected phase"),
                        (self.up_button, "Move the selected phase up"),
                        (self.down_button, "Move the selected phase down")):
            b.setAccessibleName(self.tr(name))
            row.addWidget(b)
        left.addLayout(row)
        body.addLayout(left, 2)
        self.editor = QGroupBox(self.tr("Selected phase"))
        form = QFormLayout(self.editor)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Phase title"))
        self.planned = QSpinBox()
        self.planned.setRange(0, 200)
        self.planned.setAccessibleName(self.tr("Planned surrogate sessions"))
        self.planned.setToolTip(self.tr("0 makes a therapist-only phase, which needs no activity consent."))
        self.objectives = QPlainTextEdit()
        self.objectives.setAccessibleName(self.tr("Objectives, one per line"))
        self.objectives.setPlaceholderText(self.tr("One objective per line"))
        self.activities = QListWidget()
        self.activities.setAccessibleName(self.tr("Planned activities"))
        for a in LADDER:
            item = QListWidgetItem(activity_words(a))
            item.setData(Qt.ItemDataRole.UserRole, a.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.activities.addItem(item)
        self.criteria = QPlainTextEdit()
        self.criteria.setAccessibleName(self.tr("Entry criteria, one per line"))
        self.criteria.setPlaceholderText(self.tr("One criterion per line"))
        form.addRow(self.state)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Planned &sessions"), self.planned)
        form.addRow(self.tr("&Objectives"), self.objectives)
        form.addRow(self.tr("Planned a&ctivities"), self.activities)
        form.addRow(self.tr("&Entry criteria"), self.criteria)
        body.addWidget(self.editor, 3)
        layout.addLayout(body, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_RED};")
        self.error.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Sa&ve as revision %d") % (plan.revision + 1), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.title)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.list.currentRowChanged.connect(self._select)
        self.title.textEdited.connect(self._title_edited)
        self._fill_list(0)

    @staticmethod
    def _as_dict(p: Phase) -> dict[str, Any]:
        return {"phase_id": p.phase_id, "title": p.title, "objectives": list(p.objectives),
                "activities": [a.value for a in p.activities], "planned_sessions": p.planned_sessions,
                "entry_criteria": list(p.entry_criteria), "status": p.status}

    def _fill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, p in enumerate(self.phases):
            self.list.addItem(self._item_text(i, p))
        self.list.blockSignals(False)
        self._row = -1
        self.list.setCurrentRow(min(current, len(self.phases) - 1))
        if not self.phases:
            self._select(-1)

    def _item_text(self, i: int, p: dict[str, Any]) -> str:
        text = f"{i + 1}. {p['title'] or self.tr('(no title)')}"
        return text if p["status"] == "planned" else f"{text} ({status_words(p['status'])})"

    def _store(self) -> None:
        """Write the editor's fields into the selected phase's copy."""
        if not 0 <= self._row < len(self.phases):
            return

        def lines(box: QPlainTextEdit) -> list[str]:
            return [x.strip() for x in box.toPlainText().splitlines() if x.strip()]

        self.phases[self._row].update({
            "title": self.title.text().strip(), "planned_sessions": self.planned.value(),
            "objectives": lines(self.objectives), "entry_criteria": lines(self.criteria),
            "activities": [str(self.activities.item(i).data(Qt.ItemDataRole.UserRole))
                           for i in range(self.activities.count())
                           if self.activities.item(i).checkState() is Qt.CheckState.Checked],
        })

    def _select(self, row: int) -> None:
        self._store()
        self._row = row
        has = 0 <= row < len(self.phases)
        self.editor.setEnabled(has)
        p = self.phases[row] if has else None
        self.title.setText(p["title"] if p else "")
        self.planned.setValue(p["planned_sessions"] if p else 0)
        self.objectives.setPlainText("\n".join(p["objectives"]) if p else "")
        self.criteria.setPlainText("\n".join(p["entry_criteria"]) if p else "")
        chosen = set(p["activities"]) if p else set()
        for i in range(self.activities.count()):
            item = self.activities.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        status = p["status"] if p else "planned"
        self.state.setText({
            "active": self.tr("This phase is active: it stays in the plan until it is completed."),
            "completed": self.tr("This phase is completed. Edits change the plan, not what happened."),
        }.get(status, ""))
        self.state.setVisible(status != "planned")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, n = self._row, len(self.phases)
        has = 0 <= row < n
        active = has and self.phases[row]["status"] == "active"
        self.remove_button.setEnabled(has and not active)
        self.remove_button.setToolTip(self.tr("The active phase cannot be removed; complete it first.")
                                      if active else "")
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < n - 1)

    def _title_edited(self, text: str) -> None:
        if 0 <= self._row < len(self.phases):
            self.phases[self._row]["title"] = text.strip()
            self.list.item(self._row).setText(self._item_text(self._row, self.phases[self._row]))

    def add_phase(self) -> None:
        self._store()
        at = self._row + 1 if self._row >= 0 else len(self.phases)
        self.phases.insert(at, {"phase_id": None, "title": self.tr("New phase"), "objectives": [],
                                "activities": [Activity.CONVERSATION.value], "planned_sessions": 1,
                                "entry_criteria": [], "status": "planned"})
        self._fill_list(at)
        self.title.setFocus()
        self.title.selectAll()

    def remove_phase(self) -> None:
        if not 0 <= self._row < len(self.phases):
            return
        row = self._row
        self._row = -1  # the removed phase's fields are not stored back
        del self.phases[row]
        self._fill_list(max(0, row - 1) if row >= len(self.phases) else row)

    def move_phase(self, step: int) -> None:
        row, target = self._row, self._row + step
        if not (0 <= row < len(self.phases) and 0 <= target < len(self.phases)):
            return
        self._store()
        self.phases[row], self.phases[target] = self.phases[target], self.phases[row]
        self._fill_list(target)

    def result_phases(self) -> list[dict[str, Any]]:
        """The phases in the core's shape; new phases get an id from their title."""
        self._store()
        taken = {str(p["phase_id"]) for p in self.phases if p["phase_id"]}
        out = []
        for p in self.phases:
            phase_id = p["phase_id"] or _slug(p["title"], taken)
            taken.add(phase_id)
            out.append({k: v for k, v in p.items() if k != "status"} | {"phase_id": phase_id})
        return out

    def save(self) -> None:
        phases = self.result_phases()
        if phases == [{k: v for k, v in p.items() if k != "status"} for p in self._original]:
            self.error.setText(self.tr("Nothing has changed, so no new revision was made."))
            return
        try:
            self.change = self.ws.plans.revise(self.case_id, phases)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(refusal(exc))
            field = str(getattr(exc, "data", {}).get("field", ""))
            match = re.match(r"phases\[(\d+)\]", field)
            if match and int(match.group(1)) < len(self.phases):
                self.list.setCurrentRow(int(match.group(1)))
                (self.planned if "planned" in field else self.title).setFocus()
            return
        self.accept()


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
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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
                       if s.kind == "surrogate_session" and s.debrief is not None)
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
                plan.revision, minutes(clock.utc_to_local_minutes(plan.revised_at)),
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
            notes.append(self.tr("Phases can start while the case is in assessment or active; it is "
                                 "%s now. Change the status on the Overview tab.") % self._case_status)
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
        return self.model.rows[index.row()]

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
                             "it is %s.") % self._case_status
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
