"""New case: the client (pseudonymous code first, legal name optional) and the triad.
The acting therapist is the case's clinical lead; the case starts at *referral*.

The client and triad fields are the Overview tab's forms (ui/casefile/overview_dialogs.py),
so a case is opened and later edited with the same fields and words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import ClientForm, TeamForm
from ui.messages import message_for
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at, scrolling
from ui.widgets.form import action_buttons, error_label


class NewCaseDialog(DraftDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.change: Change | None = None
        self.setWindowTitle(self.tr("New case"))
        open_at(self, 540, 720)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The client is known in Triad by a pseudonymous code. A legal name is optional and "
            "only printed when you ask for names. You lead the case as its therapist."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.client_form = ClientForm(ws.cases.next_code())
        self.client_form.jurisdiction.setEditText(ws.cases.usual_jurisdiction())
        self.team = TeamForm(ws)
        client_box = QGroupBox(self.tr("Client"))
        QVBoxLayout(client_box).addWidget(self.client_form)
        team_box = QGroupBox(self.tr("Triad"))
        QVBoxLayout(team_box).addWidget(self.team)
        form = scrolling(layout)
        form.addWidget(client_box)
        form.addWidget(team_box)
        form.addStretch(1)
        # The fields by name, as tests and callers use them.
        self.code = self.client_form.code
        self.legal_name = self.client_form.legal_name
        self.pronouns = self.client_form.pronouns
        self.dob = self.client_form.dob
        self.concerns = self.client_form.concerns
        self.concerns_note = self.client_form.concerns_note
        self.contraindications = self.client_form.contraindications
        self.medical_context = self.client_form.medical_context
        self.surrogates = self.team.surrogates
        self.supervisor = self.team.supervisor
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.open_button = action_buttons(self, layout, self.tr("Open case"))
        buttons.accepted.connect(self._open)
        self.keep_drafts(ws, DraftKind.NEW_CASE)

    def values(self) -> dict[str, object]:
        return self.client_form.values()

    def _open(self) -> None:
        problem = self.client_form.problem(self.ws)
        if problem:
            self.error.setText(problem)
            return
        try:
            self.change = self.ws.cases.open(self.values(), self.team.surrogate_ids(),
                                             self.team.supervisor_id())
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()
