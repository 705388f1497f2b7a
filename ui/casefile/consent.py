"""Consent: the case's consent records in time order with their status now, what is in force,
giving consent from a versioned form (therapist), revoking all or part of a record (therapist
or surrogate partner), and printing a blank form to sign on paper (therapist or supervisor).

The core decides; this tab shows its answers. Statuses are case-wide (a revocation or decline
in one record ends grants of the same activity in earlier records), as ConsentService.status
computes them."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    Qt,
    QUrl,
)
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad import clock
from triad.cases import Change
from triad.consent import PARTIES, ConsentRecord, activities_in_force
from triad.errors import InvalidInput
from triad.fsutil import atomic_write
from triad.ladder import ACTIVITY_LABELS, LADDER, Activity
from triad.resources import Form
from triad.roles import Role
from triad.workspace import Workspace

from .. import dialogs
from ..messages import message_for
from ..table_model import RowsModel, table_view
from ..widgets.signature_pad import SignaturePad, ink_image
from .base import CaseTab

STATUS_WORDS = {"in-force": "in force", "partly-revoked": "partly revoked", "revoked": "revoked",
                "expired": "expired", "pending": "not yet valid"}
PARTY_WORDS = {"client": "client", "therapist": "therapist", "surrogate": "surrogate partner"}
ERROR_COLOUR = "#b3261e"  # the app's muted red, readable on light and dark backgrounds
GRANT, DECLINE, NOT_ADDRESSED = 0, 1, 2

def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentTab", text)


def activity_words(values: tuple[Activity, ...] | list[Activity] | list[str]) -> str:
    """Activities in ladder order, in the ladder's words."""
    chosen = {Activity(v) for v in values}
    return ", ".join(_t(ACTIVITY_LABELS[a]) for a in LADDER if a in chosen)


def party_words(parties: list[str] | tuple[str, ...]) -> str:
    return ", ".join(_t(PARTY_WORDS.get(p, p)) for p in parties)


def minutes(at: str) -> str:
    """A clinical time as YYYY-MM-DD HH:MM."""
    return at.replace("T", " ")[:16]


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setAccessibleName(_t("Error message"))
    return label


# -- the table ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentRow:
    consent_id: str
    valid_from: str
    until: str
    form: str
    status: str  # the core's code
    grants: str
    declines: str
    signed_by: str
    revocations: str


def row_for(record: ConsentRecord, status: str, title: str) -> ConsentRow:
    revs = sorted(record.revocations, key=lambda r: r.at)
    if not revs:
        revoked = ""
    elif len(revs) == 1:
        revoked = _t("%s by the %s") % (minutes(revs[0].at), _t(PARTY_WORDS.get(revs[0].party, revs[0].party)))
    else:
        revoked = _t("%d, latest %s") % (len(revs), minutes(revs[-1].at))
    return ConsentRow(
        consent_id=record.consent_id, valid_from=minutes(record.valid_from),
        until=record.valid_until or _t("no end date"),
        form=_t("%s (version %d)") % (title, record.form_version), status=status,
        grants=activity_words(record.grants) or "—", declines=activity_words(record.declines) or "—",
        signed_by=party_words([s.party for s in record.signatures]), revocations=revoked or "—",
    )


class ConsentTableModel(RowsModel):
    """One row per consent record of the case, in time order (valid from, then recorded)."""

    HEADERS = ("Valid from", "Until", "Form", "Status", "Grants", "Declines")
    CONTEXT = "ConsentTab"

    def row_of(self, consent_id: str) -> int:
        return self.find(lambda r: r.consent_id == consent_id)

    def cell(self, r: ConsentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = _t(STATUS_WORDS.get(r.status, r.status))
            return (r.valid_from, r.until, r.form, status, r.grants, r.declines)[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, as the columns are elided
            return "\n".join((r.form, _t("Grants: %s") % r.grants, _t("Declines: %s") % r.declines,
                               _t("Signed by: %s") % r.signed_by, _t("Revoked: %s") % r.revocations))
        if role == Qt.ItemDataRole.UserRole:
            return r.consent_id
        if role == Qt.ItemDataRole.ForegroundRole and r.status in ("revoked", "expired", "pending"):
            # Records not in force are muted, in the theme's own colour.
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


# -- give consent ------------------------------------------------------------------------------

class _Signer:
    """One party's signature fields: typed name, date, optional drawing."""

    def __init__(self, party: str, today: QDate) -> None:
        word = _t(PARTY_WORDS[party])
        self.box = QGroupBox(_t("Signature of the %s") % word)
        self.name = QLineEdit()
        self.name.setAccessibleName(_t("Typed name of the %s") % word)
        self.date = QDateEdit(today)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(_t("Date the %s signed") % word)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(_t("Drawn signature of the %s (optional)") % word)
        self.clear = QPushButton(_t("Clear drawing"))
        self.clear.setAccessibleName(_t("Clear the drawn signature of the %s") % word)
        self.clear.setEnabled(False)
        self.pad.drawn.connect(lambda: self.clear.setEnabled(True))
        self.pad.cleared.connect(lambda: self.clear.setEnabled(False))
        self.clear.clicked.connect(self.pad.clear)
        form = QFormLayout(self.box)
        form.addRow(_t("Typed name"), self.name)
        form.addRow(_t("Signed on"), self.date)
        row = QHBoxLayout()
        row.addWidget(self.pad, 1)
        row.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignBottom)
        form.addRow(_t("Drawing"), row)

    def value(self, party: str) -> dict[str, Any] | None:
        name, drawing = self.name.text().strip(), self.pad.drawing()
        if not name and drawing is None:
            return None  # not signed: the core names what is missing
        return {"party": party, "name": name, "signed_on": self.date.date().toString("yyyy-MM-dd"),
                "drawing": drawing}


class GiveConsentDialog(QDialog):
    """Record a consent from a versioned form: the form's activities (grant, decline or not
    addressed), each required signature, validity and a note. Nothing is written until
    Record consent is pressed and the core accepts it; its refusals appear in the dialog."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.change: Change | None = None
        self.forms: list[Form] = ws.consent.forms()
        self.setWindowTitle(self.tr("Give consent"))
        self.resize(940, 700)
        now = QDateTime.fromString(ws.local_now(), "yyyy-MM-ddTHH:mm")
        today = now.date()

        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form and version"))
        for f in self.forms:
            self.form.addItem(self.tr("%s (version %d)") % (f.title, f.version))
        self.form_info = QLabel()
        self.form_info.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("&Form"), self.form)

        self.activities_box = QGroupBox(self.tr("Activities on the ladder"))
        grid = QGridLayout(self.activities_box)
        self.headers = [QLabel(self.tr(t)) for t in ("Grant", "Decline", "Not addressed")]
        for col, label in enumerate(self.headers, start=1):
            grid.addWidget(label, 0, col, Qt.AlignmentFlag.AlignCenter)
        self.choices: dict[Activity, QButtonGroup] = {}
        self.rows: dict[Activity, list[QWidget]] = {}
        for i, a in enumerate(LADDER, start=1):
            label = QLabel(self.tr(ACTIVITY_LABELS[a]))
            group = QButtonGroup(self)
            widgets: list[QWidget] = [label]
            for col, (choice, word) in enumerate(((GRANT, "Grant"), (DECLINE, "Decline"),
                                                  (NOT_ADDRESSED, "Not addressed")), start=1):
                radio = QRadioButton()
                radio.setAccessibleName(f"{self.tr(word)}: {label.text()}")
                group.addButton(radio, choice)
                grid.addWidget(radio, i, col, Qt.AlignmentFlag.AlignCenter)
                widgets.append(radio)
            grid.addWidget(label, i, 0)
            self.choices[a], self.rows[a] = group, widgets
        self.no_scope = QLabel(self.tr("This form names no activities from the ladder: it is a "
                                       "consent of its own (for example to share information)."))
        self.no_scope.setWordWrap(True)
        grid.addWidget(self.no_scope, len(LADDER) + 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)

        validity = QGroupBox(self.tr("Validity"))
        vform = QFormLayout(validity)
        self.starts_set = QCheckBox(self.tr("&Starts at a set time"))
        self.starts_set.setToolTip(self.tr("Otherwise the consent starts on the day of the last signature."))
        self.starts = QDateTimeEdit(now)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.starts.setAccessibleName(self.tr("Valid from"))
        self.starts.setEnabled(False)
        self.starts_set.toggled.connect(self.starts.setEnabled)
        self.until_set = QCheckBox(self.tr("Valid &until"))
        self.until_set.setToolTip(self.tr("Otherwise the consent has no end date."))
        self.until = QDateEdit(today.addYears(1))
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Valid until (inclusive)"))
        self.until.setEnabled(False)
        self.until_set.toggled.connect(self.until.setEnabled)
        vform.addRow(self.starts_set, self.starts)
        vform.addRow(self.until_set, self.until)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: pace, stop and pause signals, limits agreed…"))
        self.note.setMaximumHeight(70)
        note_box = QGroupBox(self.tr("&Note"))
        QVBoxLayout(note_box).addWidget(self.note)

        case = ws.cases.get(case_id)
        names: dict[str, str] = {m.member_id: m.name
                                 for m in ws.members.list(include_removed=True, include_external=True)}
        self.signers = {p: _Signer(p, today) for p in PARTIES}
        self.signers["client"].name.setPlaceholderText(self.tr("The client types their name"))
        self.signers["therapist"].name.setText(names.get(case.therapist_id, ""))
        if len(case.surrogate_ids) == 1:
            self.signers["surrogate"].name.setText(names.get(case.surrogate_ids[0], ""))

        left = QVBoxLayout()
        left.addWidget(self.activities_box)
        left.addWidget(validity)
        left.addWidget(note_box)
        left.addStretch(1)
        right = QVBoxLayout()
        for s in self.signers.values():
            right.addWidget(s.box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("&Record consent"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form_info)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.form.currentIndexChanged.connect(self._form_chosen)
        self._form_chosen()

    def current_form(self) -> Form:
        return self.forms[max(self.form.currentIndex(), 0)]

    def set_form(self, form_id: str) -> None:
        self.form.setCurrentIndex(next(i for i, f in enumerate(self.forms) if f.form_id == form_id))

    def choose(self, activity: Activity, choice: int) -> None:
        button = self.choices[activity].button(choice)
        if button is not None:
            button.setChecked(True)

    def _form_chosen(self) -> None:
        f = self.current_form()
        self.form_info.setText(self.tr("Signed by: %s. Covers: %s.") % (
            party_words(f.parties), activity_words(f.scope) or self.tr("no activities of the ladder")))
        for a in LADDER:
            for w in self.rows[a]:
                w.setVisible(a in f.scope)
            self.choose(a, NOT_ADDRESSED)  # a new form starts from nothing addressed
        for label in self.headers:
            label.setVisible(bool(f.scope))
        self.no_scope.setVisible(not f.scope)
        for party, signer in self.signers.items():
            signer.box.setVisible(party in f.parties)
        self.error.clear()

    def _chosen(self, choice: int) -> tuple[str, ...]:
        scope = self.current_form().scope
        return tuple(a.value for a in LADDER if a in scope and self.choices[a].checkedId() == choice)

    def signatures(self) -> list[dict[str, Any]]:
        out = []
        for party in self.current_form().parties:
            value = self.signers[party].value(party)
            if value is not None:
                out.append(value)
        return out

    def _record(self) -> None:
        f = self.current_form()
        valid_from = self.starts.dateTime().toString("yyyy-MM-ddTHH:mm") if self.starts_set.isChecked() else None
        valid_until = self.until.date().toString("yyyy-MM-dd") if self.until_set.isChecked() else None
        try:
            self.change = self.ws.consent.give(
                self.case_id, f.form_id, self.signatures(), self._chosen(GRANT), self._chosen(DECLINE),
                valid_from, valid_until, self.note.toPlainText(), form_version=f.version)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            self._focus(exc)
            return
        self.accept()

    def _focus(self, exc: BaseException) -> None:
        """Put the cursor where the refusal points."""
        field = str(getattr(exc, "data", {}).get("field", ""))
        target: QWidget | None = None
        if field == "signatures":
            missing = getattr(exc, "data", {}).get("parties") or []
            target = self.signers[missing[0]].name if missing and missing[0] in self.signers else None
        elif field.startswith("signatures."):
            party = field.split(".")[1]
            if party in self.signers:
                target = self.signers[party].date if field.endswith("signed_on") else self.signers[party].name
        elif field == "valid_until":
            target = self.until
        elif field == "valid_from":
            target = self.starts
        if target is not None:
            target.setFocus()


# -- revoke ------------------------------------------------------------------------------------

class RevokeDialog(QDialog):
    """Revoke a whole record or some of its activities, by a party, with a reason. It takes
    effect at once, so the person confirms before anything is written."""

    def __init__(self, ws: Workspace, case_id: str, record: ConsentRecord, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.record, self.title = ws, case_id, record, title
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Revoke consent"))
        self.resize(520, 480)
        intro = QLabel(self.tr("<b>%s</b>, valid from %s.") % (html.escape(title), minutes(record.valid_from)))
        intro.setWordWrap(True)
        warning = QLabel(self.tr("A revocation takes effect at once and cannot be undone. To allow "
                                 "an activity again, a new consent is needed."))
        warning.setWordWrap(True)
        self.whole = QRadioButton(self.tr("The &whole record"))
        self.some = QRadioButton(self.tr("&Only these activities:"))
        self.whole.setChecked(True)
        gone = record.revoked_activities(ws.local_now())
        self.open_grants = [a for a in record.grants if a not in gone]
        self.activities: dict[Activity, QCheckBox] = {}
        scope = QVBoxLayout()
        scope.addWidget(self.whole)
        scope.addWidget(self.some)
        for a in self.open_grants:
            box = QCheckBox(self.tr(ACTIVITY_LABELS[a]))
            box.setEnabled(False)
            self.activities[a] = box
            row = QHBoxLayout()
            row.addSpacing(24)
            row.addWidget(box)
            scope.addLayout(row)
        if not self.open_grants:
            self.some.setEnabled(False)
            self.some.setToolTip(self.tr("This record grants no activity that is not already revoked."))
        self.some.toggled.connect(self._some_toggled)
        scope_box = QGroupBox(self.tr("What is revoked"))
        scope_box.setLayout(scope)
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Revoked by"))
        for p in PARTIES:
            self.party.addItem(self.tr("the %s") % self.tr(PARTY_WORDS[p]), p)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason (required)"))
        self.reason.setPlaceholderText(self.tr("In the words of the person revoking, where possible."))
        form = QFormLayout()
        form.addRow(self.tr("Revoked &by"), self.party)
        form.addRow(self.tr("&Reason"), self.reason)
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = buttons.addButton(self.tr("Re&voke…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._revoke)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addWidget(scope_box)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _some_toggled(self, on: bool) -> None:
        for box in self.activities.values():
            box.setEnabled(on)

    def _revoke(self) -> None:
        reason = self.reason.toPlainText().strip()
        chosen = [a for a, box in self.activities.items() if box.isChecked()] if self.some.isChecked() else []
        if self.some.isChecked() and not chosen:
            self.error.setText(self.tr("Choose at least one activity, or revoke the whole record."))
            return
        if not reason:
            self.error.setText(message_for(InvalidInput("reason-required")))
            self.reason.setFocus()
            return
        what = (self.tr("%s of “%s”") % (activity_words(chosen), self.title) if chosen
                else self.tr("the whole record “%s”") % self.title)
        question = self.tr("Revoke %s now, on behalf of %s? This takes effect at once and cannot "
                           "be undone.") % (what, self.party.currentText())
        if not dialogs.confirm(self, question, self.tr("Revoke")):
            return
        try:
            self.change = self.ws.consent.revoke(self.case_id, self.record.consent_id, reason,
                                                 self.party.currentData(), tuple(a.value for a in chosen))
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()


# -- print a blank form ------------------------------------------------------------------------

class PrintFormDialog(QDialog):
    """Choose a form (current version) and a page size for a blank form to sign on paper."""

    def __init__(self, forms: list[Form], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms = forms
        self.setWindowTitle(self.tr("Print a blank form"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        for f in forms:
            self.form.addItem(self.tr("%s (version %d)") % (f.title, f.version))
        self.page = QComboBox()
        self.page.setAccessibleName(self.tr("Page size"))
        self.page.addItem("A4", "A4")
        self.page.addItem(self.tr("US Letter"), "letter")
        if QLocale().measurementSystem() is QLocale.MeasurementSystem.ImperialUSSystem:
            self.page.setCurrentIndex(1)
        note = QLabel(self.tr("The form shows the client's code, not their name. The client, "
                              "and each party the form names, sign it on paper."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Form"), self.form)
        form.addRow(self.tr("&Page size"), self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("&Create PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[Form, str]:
        return self.forms[max(self.form.currentIndex(), 0)], str(self.page.currentData())


# -- the tab -----------------------------------------------------------------------------------

class ConsentTab(CaseTab):
    """The consent records of the case, what is in force now, and the consent actions."""

    def __init__(self) -> None:
        super().__init__()
        self._records: list[ConsentRecord] = []
        self._statuses: dict[str, str] = {}
        self._now = ""
        self.in_force = QLabel()
        self.in_force.setWordWrap(True)
        self.in_force.setAccessibleName(self.tr("In force now"))
        self.in_force.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Mnemonics avoid the case tab bar's (Overview, Plan, Sessions, Consent, Audit, Reports).
        self.give_button = QPushButton(self.tr("&Give consent…"))
        self.give_button.setAccessibleName(self.tr("Give consent"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke consent"))
        self.print_button = QPushButton(self.tr("Print &blank form…"))
        self.print_button.setAccessibleName(self.tr("Print a blank form"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setFormat(self.tr("Preparing the form…"))
        self.busy.setAccessibleName(self.tr("Preparing the form"))
        self.busy.setVisible(False)
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("Last action"))
        actions = QHBoxLayout()
        for w in (self.give_button, self.revoke_button, self.print_button, self.busy, self.note):
            actions.addWidget(w)
        actions.addStretch(1)

        self.model = ConsentTableModel()
        # not shaded: rows no longer in force are greyed instead
        self.table = table_view(self.model, self.tr("Consent records"), alternate=False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((125, 95, 210, 105, 260, 170)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected consent record"))
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No consent recorded"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.give_button.clicked.connect(self._give)
        self.revoke_button.clicked.connect(self._revoke)
        self.print_button.clicked.connect(self._print_blank)
        self._update_buttons()

    # -- reading --
    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        self._now = ws.local_now()
        records = ws.consent.records(self.case_id)
        titles = {f.form_id: f.title for f in ws.consent.forms()}
        self._records = records
        self._statuses = {r.consent_id: ws.consent.status(r, records, self._now) for r in records}
        keep = self.selected_record()
        self.model.set_rows([row_for(r, self._statuses[r.consent_id], titles.get(r.form_id, r.form_id))
                             for r in records])
        in_force = ws.consent.in_force(self.case_id)
        words = activity_words(in_force) if in_force else self.tr("no activity yet")
        then = self.tr("as of %s") % minutes(self._now)
        after = "" if in_force else " " + self.tr("No surrogate session can be scheduled until "
                                                  "consent covers its activities.")
        self.in_force.setText(f"<b>{html.escape(self.tr('In force now:'))}</b> {html.escape(words)}"
                              f" ({html.escape(then)}).{html.escape(after)}")
        if records:
            self.stack.setCurrentIndex(1)
            row = self.model.row_of(keep.consent_id) if keep else -1
            self.select_row(row if row >= 0 else len(records) - 1)
        else:
            self.stack.setCurrentIndex(0)
            self.empty.setText(self.tr(
                "No consent recorded yet. Give consent from a form with Give consent…, or print a "
                "blank form to sign on paper first.") if self.role is Role.THERAPIST else self.tr(
                "No consent recorded yet. The case's therapist records consent from a signed form."))
            self._selected_changed()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._selected_changed()

    def select_record(self, record_id: str) -> None:
        """Select the consent record ``record_id``; with none, Give consent… takes the focus."""
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.select_row(row)
            self.table.setFocus()
        elif self.give_button.isEnabled():
            self.give_button.setFocus()
        else:
            self.table.setFocus()

    def selected_record(self) -> ConsentRecord | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        consent_id = self.model.row_at(index.row()).consent_id
        return next((r for r in self._records if r.consent_id == consent_id), None)

    def _selected_changed(self) -> None:
        record = self.selected_record()
        self.detail.clear()
        if record is not None and self.ws is not None:
            self.detail.setHtml(self._detail_html(record))
        self._update_buttons()

    def _title(self, form_id: str) -> str:
        ws = self.ws
        forms = {f.form_id: f for f in ws.consent.forms()} if ws else {}
        return forms[form_id].title if form_id in forms else form_id

    def _detail_html(self, r: ConsentRecord) -> str:
        ws = self.ws
        assert ws is not None
        e = html.escape
        names: dict[str, str] = {m.member_id: m.name
                                 for m in ws.members.list(include_removed=True, include_external=True)}
        current = {f.form_id: f for f in ws.consent.forms()}.get(r.form_id)
        status = self._statuses.get(r.consent_id, "")
        out = [f"<h3>{e(self._title(r.form_id))}</h3>"]
        facts = [(self.tr("Status"), self.tr("%s (as of %s)") % (self.tr(STATUS_WORDS.get(status, status)),
                                                               minutes(self._now)))]
        until = (self.tr("until %s (the whole day)") % r.valid_until if r.valid_until
                 else self.tr("no end date"))
        facts.append((self.tr("Valid"), self.tr("from %s, %s") % (minutes(r.valid_from), until)))
        if current is None or current.version == r.form_version:
            version = self.tr("version %d (the current version)") % r.form_version
        else:
            version = self.tr("version %d; version %d is current, so a re-consent on it is due") % (
                r.form_version, current.version)
        facts.append((self.tr("Form text"), version))
        facts.append((self.tr("Grants"), activity_words(r.grants) or self.tr("no activities")))
        facts.append((self.tr("Declines"), activity_words(r.declines) or self.tr("none")))
        if status in ("in-force", "partly-revoked", "revoked") and r.grants:
            ended_elsewhere = (set(r.grants) - set(activities_in_force(self._records, self._now))
                               - r.revoked_activities(self._now))
            if ended_elsewhere and not r.wholly_revoked_at(self._now):
                facts.append((self.tr("Ended by another record"), activity_words(list(ended_elsewhere))))
        if r.note:
            facts.append((self.tr("Note"), r.note))
        facts.append((self.tr("Recorded"), self.tr("%s by %s") % (
            minutes(clock.utc_to_local_minutes(r.recorded_at)), names.get(r.recorded_by, "?"))))
        out.append("<table cellspacing='0' cellpadding='3'>")
        out += [f"<tr><td valign='top'><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts]
        out.append("</table>")
        if r.revocations:
            out.append(f"<h4>{e(self.tr('Revocations'))}</h4><ul>")
            for rv in sorted(r.revocations, key=lambda x: x.at):
                what = activity_words(rv.activities) if rv.activities else self.tr("the whole record")
                out.append("<li>" + e(self.tr("%s: the %s revoked %s. Reason: “%s” (recorded by %s)") % (
                    minutes(rv.at), self.tr(PARTY_WORDS.get(rv.party, rv.party)), what, rv.reason,
                    names.get(rv.by, "?"))) + "</li>")
            out.append("</ul>")
        out.append(f"<h4>{e(self.tr('Signatures'))}</h4>"
                   "<table cellspacing='0' cellpadding='3'>")
        # Surrogate partners do not see the client's legal name (as in the case file).
        hide_client = self.role is Role.SURROGATE
        ink = self.palette().color(QPalette.ColorRole.Text)
        for s in r.signatures:
            hidden = hide_client and s.party == "client"
            name = self.tr("(name not shown to surrogate partners)") if hidden else s.name
            drawing = ""
            image = ink_image(s.drawing, ink) if s.drawing and not hidden else None
            if image is not None:
                url = QUrl(f"signature:{r.consent_id}/{s.party}")
                small = image.scaledToHeight(54, Qt.TransformationMode.SmoothTransformation)
                self.detail.document().addResource(QTextDocument.ResourceType.ImageResource, url, small)
                drawing = f"<img src='{url.toString()}'>"
            party = e(self.tr(PARTY_WORDS.get(s.party, s.party)))
            signed = e(self.tr("signed %s") % s.signed_on)
            out.append(f"<tr valign='middle'><td><b>{party}</b></td><td>{e(name)}</td>"
                       f"<td>{signed}</td><td>{drawing}</td></tr>")
        out.append("</table>")
        return "".join(out)

    def _update_buttons(self) -> None:
        self.allow(self.give_button, Role.THERAPIST)
        if self.give_button.isEnabled():
            self.give_button.setToolTip(self.tr("Record a consent signed on a form (Alt+G)"))
        self.allow(self.revoke_button, Role.THERAPIST, Role.SURROGATE)
        if self.revoke_button.isEnabled():
            record = self.selected_record()
            status = self._statuses.get(record.consent_id, "") if record else ""
            if record is None:
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("Select a consent record to revoke."))
            elif record.wholly_revoked_at(self._now) or status == "revoked":
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("This record is already revoked."))
            elif status == "expired":
                self.revoke_button.setEnabled(False)
                self.revoke_button.setToolTip(self.tr("This record has expired; nothing is left to revoke."))
            else:
                self.revoke_button.setToolTip(self.tr("Revoke the selected record or some of its "
                                                      "activities, at once (Alt+V)"))
        self.allow(self.print_button, Role.THERAPIST, Role.SUPERVISOR)
        if self.print_button.isEnabled():
            self.print_button.setToolTip(self.tr("A form to print and sign on paper, with the "
                                                 "client's code (Alt+B)"))

    # -- writing --
    def _written(self, change: Change | None) -> None:
        if change is None:
            return
        self.refresh()
        self.changed.emit(change)

    def _give(self) -> None:
        if self.ws is None:
            return
        dialog = GiveConsentDialog(self.ws, self.case_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written(dialog.change)
            row = self.model.row_of(dialog.change.subject_id) if dialog.change else -1
            if row >= 0:
                self.select_row(row)

    def _revoke(self) -> None:
        record = self.selected_record()
        if self.ws is None or record is None:
            return
        dialog = RevokeDialog(self.ws, self.case_id, record, self._title(record.form_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written(dialog.change)

    def _print_blank(self) -> None:
        ws = self.ws
        if ws is None or not self.busy.isHidden():  # a form is still being prepared
            return
        dialog = PrintFormDialog(ws.consent.forms(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        form, page = dialog.chosen()
        case_id = self.case_id
        # The case code, never the client's name, in the suggested file name.
        suggested = f"{ws.cases.get(case_id).code}-{form.form_id}-v{form.version}.pdf"
        self.note.clear()
        self.slow(lambda w: w.reports.consent_form(case_id, form.form_id, show_names=False, page_size=page),
                  lambda pdf: self._save_pdf(pdf, suggested), self.busy)

    def _save_pdf(self, pdf: bytes, suggested: str) -> None:
        path = dialogs.save_file(self, self.tr("Save the blank form"), suggested,
                                 self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            atomic_write(target, pdf)
        except Exception as exc:  # StorageFailed: nothing was written there
            dialogs.error(self, message_for(exc))
            return
        self.note.setText(self.tr("Saved %s") % target.name)

    def clear(self) -> None:
        self.model.set_rows([])
        self._records, self._statuses, self._now = [], {}, ""
        self.detail.clear()
        self.detail.document().clear()  # drops the drawn signatures' images too
        self.in_force.clear()
        self.empty.clear()
        self.note.clear()
        self.busy.setVisible(False)
        super().clear()
        self._update_buttons()
