"""Hand a case over to another therapist of the practice (issue 17): Overview → Change triad →
Hand over. The core decides (``ws.handover``); this dialog asks whom to, why, and says plainly
what follows: the new therapist holds the case, and it leaves the acting therapist's list."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from triad.casefile.cases import Case
from triad.casefile.drafts import DraftKind
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import WriteDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, error_label


class HandoverDialog(WriteDialog):
    """Pick the therapist who takes the case, give the reason, confirm."""

    def __init__(self, ws: Workspace, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case = ws, case
        self.setWindowTitle(self.tr("Hand over %s") % case.code)
        open_at(self, 520, 340)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Hand the case over to another therapist of the practice, for example when you "
            "retire, leave or can no longer see the client. They hold the case from then on: "
            "they see and do everything you do now (export, sharing, reports), and packets go "
            "to them. The case leaves your case list; what you recorded stays in it under your "
            "name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.successors = ws.handover.successors(case.case_id)
        form = QFormLayout()
        self.to = QComboBox()
        self.to.setAccessibleName(self.tr("Therapist taking the case"))
        for member in self.successors:
            self.to.addItem(member.name, member.member_id)
        form.addRow(self.tr("&To:"), self.to)
        self.reason = QLineEdit()
        self.reason.setMaxLength(2000)
        self.reason.setPlaceholderText(self.tr("e.g. retiring; the client agreed on 2 December"))
        self.reason.setAccessibleName(self.tr("Reason"))
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.empty = QLabel(self.tr(
            "There is no other therapist in the practice to take the case. A therapist adds one "
            "in Practice… (Members, Add member), then hands the case over here."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.successors)
        layout.addWidget(self.empty)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What happens"))
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.save_button = action_buttons(self, layout, self.tr("Hand &over"))
        buttons.accepted.connect(self.save)
        self.to.currentIndexChanged.connect(lambda _i: self._update())
        self.to.setEnabled(bool(self.successors))
        self.reason.setEnabled(bool(self.successors))
        self._update()
        self.keep_drafts(ws, DraftKind.HANDOVER, case.case_id)

    def _update(self) -> None:
        name = self.to.currentText()
        self.save_button.setEnabled(bool(self.successors))
        self.summary.setText(self.tr("%1 will hold %2; it leaves your case list.")
                             .replace("%1", name).replace("%2", self.case.code)
                             if name else "")
        self.error.clear()

    def save(self) -> None:
        to = self.to.currentData()
        if not to:
            return
        self.write(lambda: self.ws.handover.transfer(self.case.case_id, str(to),
                                                     self.reason.text()))
