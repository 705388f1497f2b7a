"""The client's requests on the Overview tab, its two forms (issue 17): *Record request…* (an
access or amendment request with the day it was received; its due day follows the practice's
setting) and *Close request…* (its outcome: the copy given, the amendment made, or the
refusal with its reason and the client's statement of disagreement). Both write through
``ws.requests``; the core keeps every rule and the refusal is shown in the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.drafts import DraftKind
from triad.casefile.requests import (
    ACCESS,
    AMENDED,
    AMENDMENT,
    FULFILLED,
    OTHER_FORM,
    OUTCOMES_FOR,
    REFUSED,
    ClientRequest,
    due_on,
)
from triad.log.projection import AMENDABLE
from triad.workspace import Workspace
from ui.casefile.overview.dialogs import WriteDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, clinical_day, day_format, error_label

CTX = "Overview"
TYPE_WORDS = {ACCESS: QT_TRANSLATE_NOOP("Overview", "Access: to see or copy the record"),
              AMENDMENT: QT_TRANSLATE_NOOP("Overview", "Amendment: to correct the record")}
SHORT_TYPE = {ACCESS: QT_TRANSLATE_NOOP("Overview", "access"),
              AMENDMENT: QT_TRANSLATE_NOOP("Overview", "amendment")}
OUTCOME_WORDS = {FULFILLED: QT_TRANSLATE_NOOP("Overview", "Fulfilled: a copy was given"),
                 AMENDED: QT_TRANSLATE_NOOP("Overview", "Amended: the record was corrected"),
                 REFUSED: QT_TRANSLATE_NOOP("Overview", "Refused, with the reason")}
COPY_WORDS = {"client-copy": QT_TRANSLATE_NOOP("Overview", "client copy of the record"),
              "consent-copy": QT_TRANSLATE_NOOP("Overview", "consent copy"),
              OTHER_FORM: QT_TRANSLATE_NOOP("Overview", "given in another form")}
KIND_WORDS = {
    "case.opened": QT_TRANSLATE_NOOP("Overview", "intake (client details)"),
    "session.scheduled": QT_TRANSLATE_NOOP("Overview", "session booking"),
    "session.debriefed": QT_TRANSLATE_NOOP("Overview", "debrief"),
    "debrief.reviewed": QT_TRANSLATE_NOOP("Overview", "debrief review"),
    "measure.recorded": QT_TRANSLATE_NOOP("Overview", "measure"),
    "goal.set": QT_TRANSLATE_NOOP("Overview", "goal"),
    "consent.given": QT_TRANSLATE_NOOP("Overview", "consent record"),
    "session.outcome_recorded": QT_TRANSLATE_NOOP("Overview", "session outcome"),
    "note.progress": QT_TRANSLATE_NOOP("Overview", "progress note"),
    "meeting.minutes": QT_TRANSLATE_NOOP("Overview", "meeting minutes"),
}


def words(table: dict[str, Any], key: str) -> str:
    return QCoreApplication.translate("Overview", str(table.get(key, key)))


def _day_edit(name: str, today: str, earliest: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setDisplayFormat(day_format())
    edit.setCalendarPopup(True)
    now = QDate.fromString(today[:10], "yyyy-MM-dd")
    if earliest:
        edit.setMinimumDate(QDate.fromString(earliest[:10], "yyyy-MM-dd"))
    edit.setMaximumDate(now)
    edit.setDate(now)
    return edit


def _text(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RecordRequestDialog(WriteDialog):
    """Record a client's request: its kind, the day it reached the practice, what the client
    asks, and for an amendment the record and field it concerns when known."""

    def __init__(self, ws: Workspace, case_id: str, code: str, opened_on: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.days = ws.requests.due_days()
        self.setWindowTitle(self.tr("Record a request from the client of %s") % code)
        open_at(self, 560, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr(
            "The client may ask to see and copy their record (HIPAA §164.524, GDPR Art. 15) "
            "or to have it corrected (§164.526, Art. 16). Record the request with the day it "
            "reached the practice: it must be answered within %d days (the practice's "
            "setting, in Preferences).") % self.days))
        form = QFormLayout()
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Kind of request"))
        for t in (ACCESS, AMENDMENT):
            self.type.addItem(words(TYPE_WORDS, t), t)
        self.received = _day_edit(self.tr("Day received"), ws.local_now(), opened_on)
        self.due = QLabel()
        self.due.setAccessibleName(self.tr("Due by"))
        self.text = _text(self.tr("What the client asks"),
                          self.tr("In the client's words where possible, e.g. “a copy of my "
                                  "consent forms”."))
        self.about = QComboBox()
        self.about.setAccessibleName(self.tr("Record it concerns"))
        self.about.addItem(self.tr("Not known"), "")
        for e in reversed(ws.log.entries("case_id=?", (case_id,))):
            if e.kind in AMENDABLE:
                self.about.addItem(f"{clinical_day(e.created_at)}  {words(KIND_WORDS, e.kind)}", e.id)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Field it concerns"))
        self.field.setPlaceholderText(self.tr("e.g. pronouns, or the note's wording"))
        for text, widget in ((self.tr("&Kind"), self.type), (self.tr("&Received on"), self.received),
                             (self.tr("Due by"), self.due),
                             (self.tr("&What the client asks"), self.text),
                             (self.tr("Record it &concerns"), self.about),
                             (self.tr("&Field"), self.field)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.about_label = form.labelForField(self.about)
        self.field_label = form.labelForField(self.field)
        layout.addLayout(form, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.record_button = action_buttons(self, layout, self.tr("&Record request"))
        buttons.accepted.connect(self.save)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.received.dateChanged.connect(self._show_due)
        self._type_changed()
        self._show_due()
        self.keep_drafts(ws, DraftKind.REQUEST, case_id)

    def _type_changed(self, *_: object) -> None:
        amendment = self.type.currentData() == AMENDMENT
        for w in (self.about, self.field, self.about_label, self.field_label):
            if w is not None:
                w.setVisible(amendment)

    def _show_due(self, *_: object) -> None:
        day = self.received.date().toString("yyyy-MM-dd")
        self.due.setText(self.tr("%1 (%2 days after it was received)")
                         .replace("%1", clinical_day(due_on(day, self.days))).replace("%2", str(self.days)))

    def save(self) -> None:
        amendment = self.type.currentData() == AMENDMENT
        self.write(lambda: self.ws.requests.record(
            self.case_id, str(self.type.currentData()),
            self.received.date().toString("yyyy-MM-dd"), self.text.toPlainText(),
            about_entry=str(self.about.currentData() or "") if amendment else "",
            about_field=self.field.text() if amendment else ""))


class CloseRequestDialog(WriteDialog):
    """Close a request once with its outcome (``ws.requests.close``)."""

    def __init__(self, ws: Workspace, request: ClientRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.request = ws, request
        self.setWindowTitle(self.tr("Close the client's request"))
        open_at(self, 600, 560)
        layout = QVBoxLayout(self)
        sentence = (self.tr("Access request received %1, due %2: “%3”")
                    if request.type == ACCESS else
                    self.tr("Amendment request received %1, due %2: “%3”")
                    if request.type == AMENDMENT else
                    self.tr("Request received %1, due %2: “%3”"))
        summary = _label(sentence.replace("%1", clinical_day(request.received_on))
                         .replace("%2", clinical_day(request.due_on)).replace("%3", request.text))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for o in OUTCOMES_FOR[request.type]:
            self.outcome.addItem(words(OUTCOME_WORDS, o), o)
        self.closed_on = _day_edit(self.tr("Day closed"), ws.local_now(), request.received_on)
        for text, widget in ((self.tr("&Outcome"), self.outcome), (self.tr("Closed &on"),
                                                                  self.closed_on)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.pages = QStackedWidget()
        self.page_of: dict[str, int] = {}
        for o in OUTCOMES_FOR[request.type]:
            self.page_of[o] = self.pages.addWidget(self._page(o))
        layout.addWidget(self.pages, 1)
        note = QFormLayout()
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("For a copy in another form: how it was given"))
        label = QLabel(self.tr("&Note"))
        label.setBuddy(self.note)
        note.addRow(label, self.note)
        layout.addLayout(note)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.close_button = action_buttons(self, layout, self.tr("&Close request"))
        buttons.accepted.connect(self.save)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.keep_drafts(ws, DraftKind.REQUEST_CLOSING, request.case_id, request.request_id)

    def _page(self, outcome: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        if outcome == FULFILLED:
            self.copy = QComboBox()
            self.copy.setAccessibleName(self.tr("Copy given"))
            for d in self.ws.requests.copies(self.request.case_id):
                self.copy.addItem(f"{clinical_day(d.at)}  {words(COPY_WORDS, d.what.value)}",
                                  d.disclosure_id)
            self.copy.addItem(words(COPY_WORDS, OTHER_FORM), OTHER_FORM)
            label = QLabel(self.tr("Cop&y given"))
            label.setBuddy(self.copy)
            form.addRow(label, self.copy)
            if self.copy.count() == 1:
                form.addRow(_label(self.tr(
                    "No client copy or consent copy is recorded for this case yet. Make the "
                    "client's copy first (it is recorded as given to the client) and close the "
                    "request then, or say in the note how the record was shown.")))
        elif outcome == AMENDED:
            self.amendment = QComboBox()
            self.amendment.setAccessibleName(self.tr("Amendment made"))
            for e in reversed(self.ws.log.entries("case_id=? AND kind='entry.amended'",
                                                  (self.request.case_id,))):
                what = words(KIND_WORDS, str(e.body.get("target_kind", "")))
                self.amendment.addItem(f"{clinical_day(e.created_at)}  {what}: "
                                       f"{str(e.body.get('reason', ''))[:60]}", e.id)
            label = QLabel(self.tr("&Amendment made"))
            label.setBuddy(self.amendment)
            form.addRow(label, self.amendment)
            if not self.amendment.count():
                form.addRow(_label(self.tr(
                    "No amendment is recorded in this case yet. Amend the record the client "
                    "named first, then close the request.")))
        else:
            self.reason = _text(self.tr("Reason for the refusal"),
                                self.tr("Told to the client in writing; kept with the record."))
            self.statement = _text(self.tr("The client's statement of disagreement"),
                                   self.tr("If the client gave one; it can be added later."))
            self.rebuttal = _text(self.tr("Your rebuttal"), self.tr("Optional."))
            for text, widget in ((self.tr("&Reason"), self.reason),
                                 (self.tr("Client's &statement"), self.statement),
                                 (self.tr("Re&buttal"), self.rebuttal)):
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, widget)
        return page

    def _outcome_changed(self, *_: object) -> None:
        self.pages.setCurrentIndex(self.page_of[str(self.outcome.currentData())])

    def save(self) -> None:
        outcome = str(self.outcome.currentData())
        copy = str(self.copy.currentData()) if outcome == FULFILLED else ""
        self.write(lambda: self.ws.requests.close(
            self.request.request_id, outcome, self.closed_on.date().toString("yyyy-MM-dd"),
            disclosure_id="" if copy == OTHER_FORM else copy, other_form=copy == OTHER_FORM,
            amendment_id=str(self.amendment.currentData() or "") if outcome == AMENDED else "",
            reason=self.reason.toPlainText() if outcome == REFUSED else "",
            statement=self.statement.toPlainText() if outcome == REFUSED else "",
            rebuttal=self.rebuttal.toPlainText() if outcome == REFUSED else "",
            note=self.note.text()))
