"""The Overview tab's dialogs, and the client and triad forms the New case dialog shares.

Each dialog writes through the core itself and shows a refusal inside the dialog (nothing is
written then); on success it keeps the core's Change in ``self.change`` and accepts. Tests drive
a dialog by monkeypatching its ``exec``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Case, Change, Client, Goal
from triad.casefile.drafts import DraftKind
from triad.casefile.ladder import PRESENTING_CONCERNS
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.overview.legal import basis_box, jurisdiction_box, set_basis
from ui.casefile.overview.scales import scale_sentence
from ui.messages import message_for
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, clinical_day, day_format, error_label

CTX = "Overview"

# The DOMAIN's words for the presenting-concern codes of triad.casefile.ladder.
CONCERN_WORDS = {
    "intimacy-difficulties": QT_TRANSLATE_NOOP("Overview", "Intimacy difficulties"),
    "lack-of-confidence": QT_TRANSLATE_NOOP("Overview", "Lack of confidence"),
    "communication-problems": QT_TRANSLATE_NOOP("Overview", "Communication problems"),
    "anxiety": QT_TRANSLATE_NOOP("Overview", "Anxiety"),
    "performance-anxiety": QT_TRANSLATE_NOOP("Overview", "Performance anxiety"),
    "low-desire": QT_TRANSLATE_NOOP("Overview", "Low desire"),
    "disability-or-chronic-illness": QT_TRANSLATE_NOOP("Overview", "Disability or chronic illness"),
    "abuse-or-trauma": QT_TRANSLATE_NOOP("Overview", "History of sexual abuse or trauma"),
    "erectile-dysfunction": QT_TRANSLATE_NOOP("Overview", "Erectile dysfunction"),
    "premature-ejaculation": QT_TRANSLATE_NOOP("Overview", "Premature ejaculation"),
    "painful-sex": QT_TRANSLATE_NOOP("Overview", "Painful sex (e.g. vaginismus)"),
    "negative-body-image": QT_TRANSLATE_NOOP("Overview", "Negative body image"),
    "inexperience": QT_TRANSLATE_NOOP("Overview", "Inexperience"),
    "trust-after-infidelity": QT_TRANSLATE_NOOP("Overview", "Trust after infidelity"),
    "shame": QT_TRANSLATE_NOOP("Overview", "Shame"),
}
STATUS_WORDS = {
    "referral": QT_TRANSLATE_NOOP("Overview", "Referral"),
    "assessment": QT_TRANSLATE_NOOP("Overview", "Assessment"),
    "active": QT_TRANSLATE_NOOP("Overview", "Active"),
    "paused": QT_TRANSLATE_NOOP("Overview", "Paused"),
    "closing": QT_TRANSLATE_NOOP("Overview", "Closing"),
    "closed": QT_TRANSLATE_NOOP("Overview", "Closed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


def concern_words(code: str) -> str:
    return _t(str(CONCERN_WORDS[code])) if code in CONCERN_WORDS else code.replace("-", " ")


def status_words(status: str) -> str:
    return _t(str(STATUS_WORDS[status])) if status in STATUS_WORDS else status


def checklist(name: str) -> QListWidget:
    box = QListWidget()
    box.setAccessibleName(name)
    box.setMaximumHeight(120)
    return box


def checked(box: QListWidget) -> list[str]:
    return [str(box.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(box.count())
            if box.item(i).data(Qt.ItemDataRole.UserRole) is not None
            and box.item(i).checkState() is Qt.CheckState.Checked]


def add_check(box: QListWidget, text: str, value: str, on: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    box.addItem(item)
    return item


class ClientForm(QWidget):
    """The client's fields. With ``show_names`` off, the legal name and the date of birth are
    masked until the person chooses to show them (pseudonymised by default, like the Overview
    and the printouts)."""

    edited = Signal()

    def __init__(self, code: str = "", show_names: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit(code)
        self.code.setAccessibleName(_t("Client code"))
        self.code.setMaxLength(32)
        self.code.setToolTip(_t("Capital letters, digits and hyphens, e.g. C-2026-014. "
                                "Printouts show this code instead of the name."))
        self.legal_name = QLineEdit()
        self.legal_name.setAccessibleName(_t("Legal name (optional)"))
        self.show_name = QCheckBox(_t("S&how"))
        self.show_name.setAccessibleName(_t("Show the legal name and date of birth"))
        self.show_name.setToolTip(_t("Show the legal name and the date of birth while you edit "
                                     "them."))
        self.show_name.toggled.connect(self._mask)
        name_row = QHBoxLayout()
        name_row.addWidget(self.legal_name, 1)
        name_row.addWidget(self.show_name)
        self.pronouns = QLineEdit()
        self.pronouns.setAccessibleName(_t("Pronouns"))
        self.pronouns.setPlaceholderText(_t("e.g. she/her, they/them"))
        self.dob = QLineEdit()
        self.dob.setPlaceholderText("YYYY-MM-DD")
        self.dob.setAccessibleName(_t("Date of birth"))
        self.show_name.setChecked(show_names)
        self._mask(show_names)
        self.concerns = checklist(_t("Presenting concerns"))
        for c in PRESENTING_CONCERNS:
            add_check(self.concerns, concern_words(c), c)
        self.concerns_note = QLineEdit()
        self.concerns_note.setAccessibleName(_t("Concerns in the client's words"))
        self.contraindications = QPlainTextEdit()
        self.contraindications.setAccessibleName(_t("Contraindications"))
        self.contraindications.setMaximumHeight(60)
        self.contraindications.setTabChangesFocus(True)
        self.medical_context = QPlainTextEdit()
        self.medical_context.setAccessibleName(_t("Medical or rehabilitation context"))
        self.medical_context.setMaximumHeight(60)
        self.medical_context.setTabChangesFocus(True)
        self.legal_basis = basis_box()  # issue 17
        self.jurisdiction = jurisdiction_box()
        self.rows: dict[str, QLabel] = {}
        for key, text, widget in (
            ("code", _t("Client c&ode"), self.code),
            ("legal_name", _t("&Legal name"), name_row),
            ("pronouns", _t("P&ronouns"), self.pronouns),
            ("date_of_birth", _t("Date of &birth"), self.dob),
            ("presenting_concerns", _t("Presenting &concerns"), self.concerns),
            ("concerns_note", _t("In their &words"), self.concerns_note),
            ("contraindications", _t("Contra&indications"), self.contraindications),
            ("medical_context", _t("&Medical / rehabilitation"), self.medical_context),
            ("legal_basis", _t("Le&gal basis"), self.legal_basis),
            ("jurisdiction", _t("&Jurisdiction"), self.jurisdiction),
        ):
            label = QLabel(text)
            buddy = self.legal_name if key == "legal_name" else widget  # the name's row is a layout
            if isinstance(buddy, QWidget):
                label.setBuddy(buddy)
            form.addRow(label, widget)
            self.rows[key] = label
        for line in (self.code, self.legal_name, self.pronouns, self.dob, self.concerns_note):
            line.textChanged.connect(self.edited)
        for box in (self.contraindications, self.medical_context):
            box.textChanged.connect(self.edited)
        self.concerns.itemChanged.connect(self.edited)
        self.legal_basis.currentIndexChanged.connect(self.edited)
        self.jurisdiction.currentTextChanged.connect(self.edited)

    def _mask(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.legal_name.setEchoMode(mode)
        self.dob.setEchoMode(mode)

    def load(self, client: Client) -> None:
        self.code.setText(client.code)
        self.legal_name.setText(client.legal_name)
        self.pronouns.setText(client.pronouns)
        self.dob.setText(client.date_of_birth)
        for i in range(self.concerns.count()):
            item = self.concerns.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in client.presenting_concerns
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.concerns_note.setText(client.concerns_note)
        self.concerns_note.setCursorPosition(0)  # show how it begins, not its last words
        self.contraindications.setPlainText(client.contraindications)
        self.medical_context.setPlainText(client.medical_context)
        set_basis(self.legal_basis, client.legal_basis)
        self.jurisdiction.setEditText(client.jurisdiction)

    def values(self) -> dict[str, object]:
        return {
            "code": self.code.text().strip().upper(),
            "legal_name": self.legal_name.text().strip(),
            "pronouns": self.pronouns.text().strip(),
            "date_of_birth": self.dob.text().strip(),
            "presenting_concerns": checked(self.concerns),
            "concerns_note": self.concerns_note.text().strip(),
            "contraindications": self.contraindications.toPlainText().strip(),
            "medical_context": self.medical_context.toPlainText().strip(),
            "legal_basis": str(self.legal_basis.currentData() or ""),
            "jurisdiction": self.jurisdiction.currentText().strip(),
        }

    def changes(self, client: Client) -> dict[str, object]:
        """Only the fields that differ from ``client``."""
        out: dict[str, object] = {}
        for key, value in self.values().items():
            old = getattr(client, key)
            if key == "presenting_concerns":
                if isinstance(value, list) and set(value) != set(old):
                    out[key] = value
            elif value != str(old).strip():
                out[key] = value
        return out

    def problem(self, ws: Workspace) -> str:
        """What is wrong with the date of birth: its form, checked here, and the core's rule
        (``CaseService.why_not_client``: not in the future); the core checks the rest on save."""
        dob = self.dob.text().strip()
        if dob:
            try:
                date.fromisoformat(dob)
            except ValueError:
                return _t("Write the date of birth as YYYY-MM-DD, or leave it empty.")
            refusal = ws.cases.why_not_client({"date_of_birth": dob})
            if refusal is not None and refusal.detail == "date-of-birth-future":
                return _t("The date of birth is in the future. Check the year.")
        return ""


class TeamForm(QWidget):
    """The surrogate partners (checkboxes among the vault's active surrogate partners) and the
    supervisor (or none) of a triad."""

    edited = Signal()

    def __init__(self, ws: Workspace, surrogate_ids: tuple[str, ...] = (),
                 supervisor_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.surrogates = checklist(_t("Surrogate partners"))
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(_t("Supervisor"))
        self.supervisor.addItem(_t("(none yet)"), None)
        self.names: dict[str, str] = {}
        for m in ws.members.list():
            self.names[m.member_id] = m.name
            if m.role is Role.SURROGATE:
                add_check(self.surrogates, m.name, m.member_id, m.member_id in surrogate_ids)
            elif m.role is Role.SUPERVISOR:
                self.supervisor.addItem(m.name, m.member_id)
        # Members removed from the practice cannot stay in a triad: say so instead of listing them.
        active = set(self.names)
        gone = [s for s in surrogate_ids if s not in active]
        if supervisor_id and supervisor_id not in active:
            gone.append(supervisor_id)
        index = self.supervisor.findData(supervisor_id) if supervisor_id else 0
        self.supervisor.setCurrentIndex(max(index, 0))
        if not self.surrogates.count():
            self.surrogates.addItem(_t("No surrogate partners in this vault yet: add them under "
                                       "Practice…, then here."))
        self.note = QLabel(_t("A member of this triad was removed from the practice and is no "
                              "longer listed: they leave the triad when you save."))
        self.note.setWordWrap(True)
        self.note.setVisible(bool(gone))
        surrogates_label = QLabel(_t("&Surrogate partners"))
        surrogates_label.setBuddy(self.surrogates)
        supervisor_label = QLabel(_t("Su&pervisor"))
        supervisor_label.setBuddy(self.supervisor)
        form.addRow(surrogates_label, self.surrogates)
        form.addRow(supervisor_label, self.supervisor)
        form.addRow(self.note)
        self.surrogates.itemChanged.connect(self.edited)
        self.supervisor.currentIndexChanged.connect(self.edited)

    def surrogate_ids(self) -> tuple[str, ...]:
        return tuple(sorted(checked(self.surrogates)))

    def supervisor_id(self) -> str | None:
        value = self.supervisor.currentData()
        return str(value) if value else None


class _WriteDialog(DraftDialog):
    """A dialog that writes one change. A refusal stays in the dialog as a sentence and nothing
    is written; on success ``change`` holds what was written and the dialog accepts."""

    change: Change | None = None
    error: QLabel

    def write(self, call: Callable[[], Change]) -> None:
        try:
            self.change = call()
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()


# Public for the Overview's other dialogs (ui/casefile/overview/capacity.py).
WriteDialog = _WriteDialog


class EditClientDialog(_WriteDialog):
    """Edit the client's details; only the fields changed are sent to the core."""

    def __init__(self, ws: Workspace, case: Case, show_names: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.client = ws, case.case_id, case.client
        self.setWindowTitle(self.tr("Edit client %s") % case.code)
        open_at(self, 560, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Only the fields you change are recorded, as a signed entry in the "
                               "case's log; earlier values stay in the record. The legal name is "
                               "optional and printed only when someone asks for names."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ClientForm(show_names=show_names)
        self.form.load(case.client)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.save_button = action_buttons(self, layout, self.tr("&Save changes"))
        buttons.accepted.connect(self.save)
        self.form.edited.connect(self._update)
        self._update()
        self.form.code.setFocus()
        self.keep_drafts(ws, DraftKind.CLIENT, case.case_id)

    def _update(self) -> None:
        changed = bool(self.form.changes(self.client))
        self.save_button.setEnabled(changed)
        self.save_button.setToolTip("" if changed else self.tr("Nothing has changed yet."))
        self.error.clear()

    def save(self) -> None:
        changes = self.form.changes(self.client)
        problem = self.form.problem(self.ws)
        if problem or not changes:
            self.error.setText(problem or self.tr("Nothing has changed, so nothing was saved."))
            return
        self.write(lambda: self.ws.cases.update_client(self.case_id, **changes))


class TeamDialog(_WriteDialog):
    """Change the triad: which surrogate partners and which supervisor work on the case."""

    def __init__(self, ws: Workspace, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case = ws, case
        self.setWindowTitle(self.tr("Change triad of %s") % case.code)
        open_at(self, 500, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("You lead the case as its therapist. Choose its surrogate partners "
                               "and its supervisor. A member who leaves the triad no longer sees "
                               "the case; what they recorded stays in it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = TeamForm(ws, case.surrogate_ids, case.supervisor_id)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Changes"))
        layout.addWidget(self.summary)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.save_button = action_buttons(self, layout, self.tr("Sa&ve triad"))
        buttons.accepted.connect(self.save)
        # issue 17: handing the case itself over is the next step from here
        self.hand_over_asked = False
        self.hand_over = buttons.addButton(self.tr("&Hand over…"),
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.hand_over.setToolTip(self.tr("Hand the case over to another therapist of the "
                                          "practice."))
        self.hand_over.clicked.connect(self._hand_over)
        self.form.edited.connect(self._update)
        self._update()
        self.keep_drafts(ws, DraftKind.TEAM, case.case_id)

    def _hand_over(self) -> None:
        """Close this form (asking first if it changed) and let the tab open the hand-over."""
        self.hand_over_asked = True
        self.reject()
        if self.isVisible():  # kept editing
            self.hand_over_asked = False

    def _name(self, member_id: str | None) -> str:
        if not member_id:
            return self.tr("none")
        return self.form.names.get(member_id, self.tr("a removed member"))

    def describe(self) -> list[str]:
        """The changes in words, one line each."""
        old, new = set(self.case.surrogate_ids), set(self.form.surrogate_ids())
        lines = [self.tr("%s joins as surrogate partner.") % self._name(m) for m in sorted(new - old)]
        lines += [self.tr("%s leaves the triad.") % self._name(m) for m in sorted(old - new)]
        if self.form.supervisor_id() != self.case.supervisor_id:
            lines.append(self.tr("Supervisor: %s → %s.") % (
                self._name(self.case.supervisor_id), self._name(self.form.supervisor_id())))
        return lines

    def _update(self) -> None:
        lines = self.describe()
        self.summary.setText("\n".join(lines) if lines else self.tr("No changes yet."))
        self.save_button.setEnabled(bool(lines))
        self.error.clear()

    def save(self) -> None:
        if not self.describe():
            return
        self.write(lambda: self.ws.cases.set_team(self.case.case_id, self.form.surrogate_ids(),
                                                     self.form.supervisor_id()))


class StatusDialog(_WriteDialog):
    """Confirm a status change, naming it, with an optional reason kept in the record."""

    def __init__(self, ws: Workspace, case: Case, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case, self.target = ws, case, target
        self.setWindowTitle(self.tr("Change status"))
        open_at(self, 480, 220)
        layout = QVBoxLayout(self)
        self.question = QLabel(self.tr("Move case %1 from %2 to %3?").replace("%1", case.code)
                               .replace("%2", status_words(case.status)).replace("%3", status_words(target)))
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("Question"))
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)
        consequence = {
            "closing": self.tr("Plan the ending jointly with the client and the surrogate partner; "
                               "closure should not be abrupt."),
            "closed": self.tr("A closed case cannot be reopened: its status cannot change again. "
                              "The record is kept for the retention period."),
            "paused": self.tr("The pause is recorded now; move the case back to active when work "
                              "resumes."),
        }.get(target, "")
        self.consequence = QLabel(consequence)
        self.consequence.setWordWrap(True)
        self.consequence.setVisible(bool(consequence))
        layout.addWidget(self.consequence)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText({
            "assessment": self.tr("e.g. Referral accepted; first talk-therapy session booked"),
            "active": self.tr("e.g. Triad agreement signed"),
            "paused": self.tr("e.g. The client asked for a break"),
            "closing": self.tr("e.g. Goals reached; closure planned with the client"),
            "closed": self.tr("e.g. Closure sessions held; therapy continues without a surrogate"),
        }.get(target, ""))
        reason_label = QLabel(self.tr("&Reason (optional, kept with the record)"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        # issue 16: a case that had surrogate sessions closes after its closing three-way
        # meeting; without one, the reason there was none is kept in the status change
        self.no_meeting = QLineEdit()
        self.no_meeting.setAccessibleName(self.tr("Why there was no closing meeting"))
        refusal = ws.cases.why_not_close(case.case_id) if target == "closed" else None
        if refusal is not None:
            why = QLabel(self.tr("No closing three-way meeting is recorded. Record its minutes "
                                 "on the Sessions tab, or say here why there was none:"))
            why.setWordWrap(True)
            why.setBuddy(self.no_meeting)
            self.no_meeting.setPlaceholderText(self.tr("e.g. The client moved abroad; closure "
                                                       "by letter"))
            layout.addWidget(why)
            layout.addWidget(self.no_meeting)
            self.resize(480, 300)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.move_button = action_buttons(self, layout, self.tr("&Move to %s") % status_words(target))
        if target == "closed":  # not undoable: Enter should not close a case
            self.move_button.setDefault(False)
            self.move_button.setAutoDefault(False)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.save)
        self.reason.setFocus()
        self.keep_drafts(ws, DraftKind.CASE_STATUS, case.case_id, target)

    def save(self) -> None:
        self.write(lambda: self.ws.cases.change_status(
            self.case.case_id, self.target, self.reason.text(),
            no_closing_meeting=self.no_meeting.text()))


class GoalDialog(_WriteDialog):
    """A new treatment goal: what, where the client is now (baseline), where they aim (target)."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.setWindowTitle(self.tr("Add goal"))
        open_at(self, 500, 280)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A goal names what should change, where the client is now and where "
                               "they aim to be, e.g. “Anxiety when undressing in front of a "
                               "partner”, baseline 9, target 3, on the SUDS scale."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Goal"))
        self.baseline = QLineEdit()
        self.baseline.setAccessibleName(self.tr("Baseline"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Target"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setAccessibleName(self.tr("Unit or scale"))
        self.unit.addItems(["", "SUDS", "IIEF-5", "FSFI"])
        self.unit.setToolTip(self.tr("SUDS 0 to 10, IIEF-5 5 to 25, FSFI 2 to 36; or type any unit, or none."))
        for text, widget in ((self.tr("&Goal"), self.description), (self.tr("&Baseline"), self.baseline),
                             (self.tr("&Target"), self.target), (self.tr("&Unit or scale"), self.unit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.add_button = action_buttons(self, layout, self.tr("&Add goal"))
        buttons.accepted.connect(self.save)
        self.keep_drafts(ws, DraftKind.GOAL, case_id)

    def problem(self) -> str:
        unit = self.unit.currentText().strip()
        for widget, empty in ((self.description, self.tr("Please fill in the goal.")),
                              (self.baseline, self.tr("Please fill in the baseline.")),
                              (self.target, self.tr("Please fill in the target."))):
            if not widget.text().strip():
                widget.setFocus()
                return empty
        refusal = self.ws.cases.why_not_goal(self.baseline.text(), self.target.text(), unit)
        return scale_sentence(refusal, unit, str(refusal.data.get("field"))
                              if refusal is not None else "")

    def save(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.write(lambda: self.ws.cases.add_goal(
            self.case_id, self.description.text(), self.baseline.text().strip(),
            self.target.text().strip(), self.unit.currentText()))


class ProgressDialog(_WriteDialog):
    """Record where the client is now on a goal: value, note and date (not in the future, and
    not before the goal's latest progress, so the latest value stays the latest by date)."""

    def __init__(self, ws: Workspace, case_id: str, goal: Goal, today: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.goal = ws, case_id, goal
        self.setWindowTitle(self.tr("Record progress"))
        open_at(self, 500, 300)
        layout = QVBoxLayout(self)
        unit = f" {goal.unit}" if goal.unit else ""
        self.about = QLabel(self.tr("%1\nBaseline %2, latest %3, target %4%5.")
                            .replace("%1", goal.description).replace("%2", goal.baseline)
                            .replace("%3", goal.latest).replace("%4", goal.target).replace("%5", unit))
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAccessibleName(self.tr("Goal"))
        layout.addWidget(self.about)
        form = QFormLayout()
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        self.on = QDateEdit()
        self.on.setAccessibleName(self.tr("Date"))
        self.on.setDisplayFormat(day_format())
        self.on.setCalendarPopup(True)
        now = QDate.fromString(today[:10], "yyyy-MM-dd")
        self.on.setMaximumDate(now)
        if goal.progress:
            self.on.setMinimumDate(QDate.fromString(goal.progress[-1].on[:10], "yyyy-MM-dd"))
            self.on.setToolTip(self.tr("From the latest progress (%s) to today.") % clinical_day(goal.progress[-1].on))
        self.on.setDate(now)
        for text, widget in ((self.tr("&Value") + (f" ({goal.unit})" if goal.unit else ""), self.value), (self.tr("&Note"), self.note),
                             (self.tr("&Date"), self.on)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.record_button = action_buttons(self, layout, self.tr("&Record"))
        buttons.accepted.connect(self.save)
        self.keep_drafts(ws, DraftKind.GOAL_PROGRESS, case_id, goal.goal_id)

    def save(self) -> None:
        value = self.value.text().strip()
        problem = (self.tr("Please fill in the value.") if not value
                   else scale_sentence(self.ws.cases.why_not_progress(self.goal.unit, value),
                                       self.goal.unit, "value"))
        if problem:
            self.error.setText(problem)
            self.value.setFocus()
            return
        self.write(lambda: self.ws.cases.record_progress(
            self.case_id, self.goal.goal_id, value, self.note.toPlainText(),
            self.on.date().toString("yyyy-MM-dd")))
