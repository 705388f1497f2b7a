"""Settling a conflict: a field of a session, debrief or review amended apart by two members,
neither knowing of the other's amendment (``triad.log.precedence``). The therapist picks one
of the versions, or types another, and gives a reason; the core writes an amendment that
supersedes every version in conflict (``AmendmentService.settle``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from triad import clock
from triad.casefile.amendments import FieldConflict
from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.casefile.sessions import Session
from triad.workspace import Workspace
from ui.casefile.sessions.widgets import reason_edit
from ui.casefile.sessions.words import field_word, sentence
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, clinical_minutes, error_label

Describe = Callable[[str, Any], str]
SHORT = 60  # characters of a version's value shown in its radio button


def tr(text: str) -> str:
    return QCoreApplication.translate("SettleDialog", text)


def conflicts_of(ws: Workspace, s: Session) -> dict[str, dict[str, FieldConflict]]:
    """The fields in conflict of session ``s``, its debrief and its reviews, by entry id."""
    ids = [s.entry_id]
    if s.debrief is not None:
        ids += [s.debrief.entry_id, *(r.entry_id for r in s.debrief.reviews)]
    return {i: {c.field: c for c in found} for i in ids if (found := ws.amendments.conflicts(i))}


def conflict_html(c: FieldConflict, names: dict[str, str], describe: Describe) -> str:
    """The versions of a field in conflict side by side, who wrote each and when, and which
    one the case file shows meanwhile (the greater entry id): for the detail pane."""
    shown = c.versions[-1].entry_id
    cells = []
    for v in c.versions:
        who = tr("%s, %s") % (names.get(v.by, "?"), clinical_minutes(clock.utc_to_local_minutes(v.at)))
        mark = tr(" (shown above)") if v.entry_id == shown else ""
        value = tr("(kept apart)") if v.value is None else describe(c.field, v.value)
        cells.append(f"<td valign='top'><i>{_para(who + mark)}</i><br>{_para(value)}</td>")
    head = tr("Conflict: amended apart by two members, neither knowing of the other's "
              "amendment. The therapist settles it (Settle conflict…).")
    return (f"<p style='color:#b00020'><b>⚠ {_para(head)}</b></p>"
            f"<table cellspacing='0' cellpadding='3' border='1'><tr>{''.join(cells)}</tr></table>")


def conflict_tip(found: Sequence[FieldConflict], names: dict[str, str], describe: Describe) -> str:
    """The versions of a record's fields in conflict in plain words, for a tooltip."""
    lines = [tr("Conflict: amended apart. The therapist settles it (Settle conflict…).")]
    for c in found:
        for v in c.versions:
            value = tr("(kept apart)") if v.value is None else describe(c.field, v.value)
            lines.append(tr("%s: %s (%s, %s)") % (
                field_word(c.field), value, names.get(v.by, "?"),
                clinical_minutes(clock.utc_to_local_minutes(v.at))))
    return "\n".join(lines)


def _para(text: str) -> str:
    return escape(str(text)).replace("\n", "<br>")


class SettleDialog(DraftDialog):
    """Choose the value that stands for a field in conflict. ``describe(field, value)`` puts a
    value in words (as the detail pane shows it); ``names`` maps member ids to names."""

    def __init__(self, ws: Workspace, conflicts: Sequence[FieldConflict], names: dict[str, str],
                 describe: Describe, parent: QWidget | None = None, case_id: str = "") -> None:
        super().__init__(parent)
        self.ws, self.conflicts, self.names, self.describe = ws, list(conflicts), names, describe
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Settle a conflict"))
        open_at(self, 560, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These versions were written apart: neither author knew of the other's amendment. "
            "Choose the one that stands, or type another. Both stay in the record."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Field in conflict"))
        for c in self.conflicts:
            self.field.addItem(field_word(c.field), c.field)
        form.addRow(self.tr("&Field"), self.field)
        layout.addLayout(form)
        self.versions_box = QGroupBox(self.tr("Value that stands"))
        self.versions_layout = QVBoxLayout(self.versions_box)
        self.group = QButtonGroup(self)
        self.other = QLineEdit()
        self.other.setAccessibleName(self.tr("Another value"))
        self.other_button = QRadioButton(self.tr("&Another value:"))
        layout.addWidget(self.versions_box)
        self.reason = reason_edit(self)
        reason_box = QGroupBox(self.tr("Reason"))
        QVBoxLayout(reason_box).addWidget(self.reason)
        layout.addWidget(reason_box)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(self, layout, self.tr("&Settle"))
        buttons.accepted.connect(self.submit)
        self.field.currentIndexChanged.connect(self._show_versions)
        self.other.textEdited.connect(lambda _: self.other_button.setChecked(True))
        self._show_versions()
        self.keep_drafts(ws, DraftKind.SETTLEMENT, case_id, self.conflicts[0].target_id
                         if self.conflicts else "")

    @property
    def current(self) -> FieldConflict:
        return self.conflicts[max(0, self.field.currentIndex())]

    def _show_versions(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            if button is not self.other_button:
                button.deleteLater()
        while self.versions_layout.count():
            item = self.versions_layout.takeAt(0)
            shown = item.widget() if item is not None else None
            if isinstance(shown, QLabel):  # a value shown whole
                shown.deleteLater()
        c = self.current
        for n, v in enumerate(c.versions):
            who = self.tr("%s, %s") % (self.names.get(v.by, "?"),
                                       clinical_minutes(clock.utc_to_local_minutes(v.at)))
            value = self.describe(c.field, v.value)
            # A radio button does not wrap: a long value is shortened in it and shown whole,
            # wrapped, below it (the dialog never grows wider than the screen).
            line = " ".join(value.split())
            short = value if len(line) <= SHORT and "\n" not in value else line[:SHORT].rstrip() + "…"
            button = QRadioButton(f"{short}  ({who})")
            button.setAccessibleName(self.tr("Version by %s") % who)
            button.setToolTip(self.tr("Reason given: %s") % v.reason)
            self.group.addButton(button, n)
            self.versions_layout.addWidget(button)
            if short != value:
                whole = QLabel(value)
                whole.setTextFormat(Qt.TextFormat.PlainText)
                whole.setWordWrap(True)
                whole.setContentsMargins(24, 0, 0, 6)
                whole.setAccessibleName(self.tr("Whole value of the version by %s") % who)
                whole.setBuddy(button)
                self.versions_layout.addWidget(whole)
        # Typing another value is offered for text fields; other values are chosen.
        typed = all(isinstance(v.value, str) for v in c.versions)
        self.other_button.setVisible(typed)
        self.other.setVisible(typed)
        if typed:
            self.group.addButton(self.other_button, len(c.versions))
            self.versions_layout.addWidget(self.other_button)
            self.versions_layout.addWidget(self.other)
        self.group.button(len(c.versions) - 1).setChecked(True)

    def chosen(self) -> Any:
        c = self.current
        n = self.group.checkedId()
        if n == len(c.versions):
            return self.other.text().strip()
        return c.versions[n].value

    def submit(self) -> None:
        c = self.current
        try:
            self.change = self.ws.amendments.settle(c.target_id, c.field, self.chosen(),
                                                    self.reason.toPlainText())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()
