"""Consent tab, the aids: the case's aid inventory with each aid's consent now (the "Aids" group,
Add aid… and Retire aid… for the case's therapist), and the part of the give-consent dialog where
the therapist ticks each aid and each way of using it (the therapeutic-aids form: "each aid, and
each way of using it, needs its own specific consent"). The core decides
(``triad.casefile.aids``); these widgets show its answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.aids import AT_HOME, IN_SESSION, KINDS, USES, Aid
from triad.casefile.cases import Change
from triad.casefile.consent import AidGrant
from triad.casefile.drafts import DraftKind
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.base import allow
from ui.casefile.consent.model import tr
from ui.messages import message_for
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import wrap_columns
from ui.widgets.form import error_label
from ui.widgets.keys import with_mnemonic
from ui.widgets.table_model import RowsModel, table_view

KIND_WORDS = {"full-body": "full-body", "partial": "partial model", "customised": "customised"}
USE_WORDS = {IN_SESSION: "in session", AT_HOME: "at home"}


def uses_words(uses: tuple[str, ...] | list[str]) -> str:
    return ", ".join(tr(USE_WORDS.get(u, u)) for u in uses)


def grant_words(grants: tuple[AidGrant, ...], descriptions: dict[str, str]) -> str:
    """An aids consent's own grants, e.g. "Pelvic model (in session, at home)"."""
    return "; ".join(f"{descriptions.get(g.aid_id, tr('an aid not in the inventory'))} "
                     f"({uses_words(g.uses)})" for g in grants)


@dataclass(frozen=True)
class AidRow:
    aid: Aid
    consented: tuple[str, ...]  # the uses consent covers now


def consent_words(row: AidRow) -> str:
    if row.aid.retired:
        return tr("retired")
    return tr("consented: %s") % uses_words(row.consented) if row.consented else tr("not consented")


class AidTableModel(RowsModel):
    """One row per aid of the case's inventory, with its consent now."""

    HEADERS = ("Aid", "Kind", "Material", "For", "Consent now")
    CONTEXT = "ConsentTab"

    def row_of(self, aid_id: str) -> int:
        return self.find(lambda r: r.aid.aid_id == aid_id)

    def cell(self, r: AidRow, column: int, role: int) -> Any:
        a = r.aid
        if role == Qt.ItemDataRole.DisplayRole:
            return (a.description, tr(KIND_WORDS.get(a.kind, a.kind)), a.material or "—",
                    uses_words(a.where), consent_words(r))[column]
        if role == Qt.ItemDataRole.ToolTipRole and a.retired:
            return tr("Retired: %s") % a.retired_reason
        if role == Qt.ItemDataRole.UserRole:
            return a.aid_id
        return None


class AidsPanel(QGroupBox):
    """The "Aids" group of the Consent tab: the inventory, each aid with its consent now; the
    case's therapist adds and retires aids. ``saved`` carries the core's Change."""

    saved = Signal(object)  # triad.casefile.cases.Change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Aids"), parent)
        self.ws: Workspace | None = None
        self.case_id = ""
        self.role: Role | None = None
        self.intro = QLabel(tr("Each aid, and each way of using it, needs its own consent on the "
                               "therapeutic-aids form before it is used."))
        self.intro.setWordWrap(True)
        self.model = AidTableModel()
        self.table = table_view(self.model, tr("Aids of the case"))
        wrap_columns(self.table, 0, 2, 4)  # the aid, its material and its consent wrap
        self.table.setMinimumHeight(120)  # three aids at least, without scrolling
        self.table.setMaximumHeight(190)
        self.table.setVisible(False)  # until the case has an aid: the intro says what to do
        self.add_button = QPushButton(tr("Add a&id…"))
        self.add_button.setAccessibleName(tr("Add an aid"))
        self.retire_button = QPushButton(tr("Re&tire aid…"))
        self.retire_button.setAccessibleName(tr("Retire the selected aid"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.intro, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add)
        self.retire_button.clicked.connect(self._retire)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def show_aids(self, ws: Workspace | None, case_id: str, role: Role | None) -> None:
        """Show the case's aids (None: forget them, on lock)."""
        self.ws, self.case_id, self.role = ws, case_id, role
        if ws is None or not case_id:
            self.model.set_rows([])
            self.table.setVisible(False)
            self._update_buttons()
            return
        keep = self.selected()
        status = ws.aids.consent_status(case_id)
        self.model.set_rows(AidRow(a, status.get(a.aid_id, ())) for a in ws.aids.list(case_id))
        self.table.setVisible(bool(self.model.rows))
        self.intro.setText(tr(
            "Each aid, and each way of using it, needs its own consent on the therapeutic-aids "
            "form before it is used.") if self.model.rows else tr(
            "No aid in this case's inventory. An aid (a full-body doll, a pelvic model…) is "
            "added here, then consented to on its own on the therapeutic-aids form."))
        row = self.model.row_of(keep.aid_id) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Aid | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        aid: Aid = self.model.row_at(index.row()).aid
        return aid

    def _update_buttons(self) -> None:
        allow(self.add_button, self.role, Role.THERAPIST)
        if self.add_button.isEnabled():
            self.add_button.setToolTip(with_mnemonic(tr(
                "Add an aid to the case's inventory (%1); then record the client's consent to "
                "it"), self.add_button))
        allow(self.retire_button, self.role, Role.THERAPIST)
        if self.retire_button.isEnabled():
            aid = self.selected()
            if aid is None:
                self.retire_button.setEnabled(False)
                self.retire_button.setToolTip(tr("Select an aid to retire."))
            elif aid.retired:
                self.retire_button.setEnabled(False)
                self.retire_button.setToolTip(tr("This aid is already retired."))
            else:
                self.retire_button.setToolTip(with_mnemonic(tr(
                    "Take the selected aid out of the inventory; its records stay (%1)"),
                    self.retire_button))

    def continue_draft(self, kind: str, aid_id: str) -> bool:
        """Open the form of a kept draft (issue 15): adding an aid, or retiring ``aid_id``."""
        if kind == "aid-retirement":
            row = self.model.row_of(aid_id)
            if row < 0:
                return False
            self.table.selectRow(row)
            self._update_buttons()
        button, form = ((self.add_button, self._add) if kind == "aid"
                        else (self.retire_button, self._retire))
        if not button.isEnabled():
            return False
        form()
        return True

    def _add(self) -> None:
        if self.ws is None:
            return
        dialog = AddAidDialog(self.ws, self.case_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.saved.emit(dialog.change)

    def _retire(self) -> None:
        aid = self.selected()
        if self.ws is None or aid is None:
            return
        dialog = RetireAidDialog(self.ws, self.case_id, aid, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.saved.emit(dialog.change)


class AddAidDialog(DraftDialog):
    """Add an aid to the case's inventory: kind, a few words, material, where it may be used."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.change: Change | None = None
        self.setWindowTitle(tr("Add an aid"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of aid"))
        for k in KINDS:
            self.kind.addItem(tr(KIND_WORDS[k]), k)
        self.description = QLineEdit()
        self.description.setAccessibleName(tr("Description"))
        self.description.setPlaceholderText(tr("e.g. pelvic model"))
        self.description.setMaxLength(80)
        self.material = QLineEdit()
        self.material.setAccessibleName(tr("Material"))
        self.material.setPlaceholderText(tr("e.g. medical-grade silicone, latex-free"))
        self.where = {u: QCheckBox(tr(USE_WORDS[u])) for u in USES}
        self.where[IN_SESSION].setChecked(True)
        where_row = QHBoxLayout()
        for box in self.where.values():
            where_row.addWidget(box)
        where_row.addStretch(1)
        note = QLabel(tr("The aid needs the client's own consent (Give consent…, therapeutic-aids "
                         "form) before it is used. Allergies and hygiene matter: name the material."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Description"), self.description)
        form.addRow(tr("&Material"), self.material)
        form.addRow(tr("May be used"), where_row)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(tr("&Add aid"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.keep_drafts(ws, DraftKind.AID, case_id)

    def _add(self) -> None:
        try:
            self.change = self.ws.aids.add(
                self.case_id, str(self.kind.currentData()), self.description.text(),
                [u for u, box in self.where.items() if box.isChecked()], self.material.text())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            field = str(getattr(exc, "data", {}).get("field", ""))
            {"description": self.description, "material": self.material}.get(
                field, self.description).setFocus()
            return
        self.accept()


class RetireAidDialog(DraftDialog):
    """Take an aid out of the inventory, with a reason; nothing is deleted."""

    def __init__(self, ws: Workspace, case_id: str, aid: Aid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.aid = ws, case_id, aid
        self.change: Change | None = None
        self.setWindowTitle(tr("Retire an aid"))
        intro = QLabel(tr("Retire “%s”? It leaves the inventory: no new consent can name it. "
                          "Consents and debriefs that name it stay in the record.") % aid.description)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(tr("Reason (required)"))
        self.reason.setPlaceholderText(tr("e.g. worn, replaced, the client no longer wishes it"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.retire_button = buttons.addButton(tr("Re&tire aid"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._retire)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.keep_drafts(ws, DraftKind.AID_RETIREMENT, case_id, aid.aid_id)

    def _retire(self) -> None:
        try:
            self.change = self.ws.aids.retire(self.case_id, self.aid.aid_id,
                                              self.reason.toPlainText())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            self.reason.setFocus()
            return
        self.accept()


class AidGrantsBox(QGroupBox):
    """The give-consent dialog's aids: one row per aid of the inventory (not retired), a tick
    for each way of using it that its inventory entry allows. An aid not ticked, or a use not
    ticked, is not consented."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Aids consented to"), parent)
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        grid = QGridLayout(self)
        intro = QLabel(tr("Tick each aid the client agrees to, and each way of using it. Each "
                          "aid, and each use, needs its own consent."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        aids = ws.aids.list(case_id, include_retired=False)
        for i, a in enumerate(aids, start=1):
            label = QLabel(f"{a.description} ({tr(KIND_WORDS.get(a.kind, a.kind))})")
            label.setToolTip(a.material)
            grid.addWidget(label, i, 0)
            for col, use in enumerate(USES, start=1):
                box = QCheckBox(tr(USE_WORDS[use]))
                box.setAccessibleName(f"{a.description}: {tr(USE_WORDS[use])}")
                self.boxes[(a.aid_id, use)] = box
                grid.addWidget(box, i, col)  # a parent first: hiding a parentless widget shows it
                box.setVisible(use in a.where)
        self.empty = QLabel(tr("No aid in the case's inventory yet. Add the aid (Aids, on the "
                               "Consent tab) before recording the client's consent to it."))
        self.empty.setWordWrap(True)
        grid.addWidget(self.empty, len(aids) + 1, 0, 1, 3)
        self.empty.setVisible(not aids)
        grid.setColumnStretch(0, 1)

    def tick(self, aid_id: str, *uses: str) -> None:
        for use in uses:
            self.boxes[(aid_id, use)].setChecked(True)

    def grants(self) -> list[dict[str, Any]]:
        """The aids ticked, as the core's ``aids`` list."""
        out: dict[str, list[str]] = {}
        for (aid_id, use), box in self.boxes.items():
            if box.isChecked() and not box.isHidden():
                out.setdefault(aid_id, []).append(use)
        return [{"aid_id": k, "uses": v} for k, v in out.items()]

