"""Plan tab, the dialogs: choosing the template a new plan starts from, and editing a copy of
the current revision's phases, saved as the next revision."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind, FieldValue
from triad.casefile.ladder import LADDER, Activity
from triad.casefile.plans import Phase, Plan
from triad.workspace import Workspace
from ui.casefile.plan.model import activity_words, refusal, status_words
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, error_label

_PHASE_KEYS = ("phase_id", "title", "objectives", "activities", "planned_sessions",
               "entry_criteria", "status")


class TemplateDialog(QDialog):
    """Choose the template a new plan starts from; shows each template's description."""

    def __init__(self, templates: dict[str, dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a plan from a template"))
        open_at(self, 560, 460)
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
        buttons, self.start_button = action_buttons(self, layout, self.tr("&Start plan"))
        buttons.accepted.connect(self.accept)
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


class PlanEditDialog(DraftDialog):
    """Edit a copy of the current revision's phases; saving makes the next revision."""

    def __init__(self, ws: Workspace, case_id: str, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.change: Change | None = None
        self._original = [self._as_dict(p) for p in plan.phases]
        self.phases: list[dict[str, Any]] = [dict(p) for p in self._original]
        self._row = -1
        self.setWindowTitle(self.tr("Edit plan"))
        open_at(self, 860, 600)
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
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.save_button = action_buttons(
            self, layout, self.tr("Sa&ve as revision %d") % (plan.revision + 1))
        buttons.accepted.connect(self.save)
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
        # One draft per revision edited: a draft of revision 3 is never filled into revision 4.
        self.keep_drafts(ws, DraftKind.PLAN, case_id, str(plan.revision))

    # The draft is the whole list of phases (the editor shows one at a time): the fields
    # alone would keep only the phase on screen. Selecting another phase changes nothing.
    def draft_fields(self) -> dict[str, FieldValue]:
        self._store()
        return {"phases": json.dumps(self.phases, sort_keys=True)}

    def fill_draft(self, fields: dict[str, FieldValue]) -> None:
        try:
            phases = json.loads(str(fields.get("phases")))
        except ValueError:
            return
        if not isinstance(phases, list) or not all(
                isinstance(p, dict) and set(p) == set(_PHASE_KEYS) for p in phases):
            return  # not a draft of this form: the plan as it is
        self.phases = phases
        self._row = -1  # the editor's fields belong to no phase until one is selected
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
