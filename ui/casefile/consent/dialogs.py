"""Consent tab, the dialogs: giving consent from a versioned form with each party's
signature (drawn, typed or on paper), revoking all or part of a record, and choosing a blank
form to print (``ui.casefile.consent.printing``)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.consent import AIDS_CONSENT, TRIAD_AGREEMENT, ConsentRecord
from triad.casefile.drafts import DraftKind
from triad.casefile.forms import Form
from triad.casefile.ladder import ACTIVITY_LABELS, LADDER, Activity
from triad.casefile.signatures import MAX_SCAN_BYTES, PARTIES, scan_type
from triad.errors import InvalidCode, InvalidInput
from triad.workspace import Workspace
from ui.casefile.consent import parties
from ui.casefile.consent.aids import AidGrantsBox
from ui.casefile.consent.model import (
    DECLINE,
    GRANT,
    NOT_ADDRESSED,
    PARTY_WORDS,
    activity_words,
    party_words,
    tr,
)
from ui.casefile.consent.parties import party_sentence, revoke_sentence
from ui.casefile.consent.printing import PrintFormDialog as PrintFormDialog  # moved there
from ui.casefile.consent.printing import default_form_language, form_language_combo
from ui.casefile.consent.signing import FormTextPanel
from ui.messages import message_for
from ui.widgets import dialogs
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import clinical_minutes, day_format, error_label, minutes_format
from ui.widgets.signature_pad import SignaturePad

# -- give consent ------------------------------------------------------------------------------

class _Signer:
    """One party's signature fields: typed name, date, optional drawing."""

    def __init__(self, party: str, today: QDate) -> None:
        self.box = QGroupBox(party_sentence(parties.SIGNATURE, party))
        self.name = QLineEdit()
        self.name.setAccessibleName(party_sentence(parties.TYPED_NAME, party))
        self.date = QDateEdit(today)
        self.date.setDisplayFormat(day_format())
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(party_sentence(parties.SIGNED_ON, party))
        self.pad = SignaturePad()
        self.pad.setAccessibleName(party_sentence(parties.DRAWN, party))
        self.clear = QPushButton(tr("Clear drawing"))
        self.clear.setAccessibleName(party_sentence(parties.CLEAR_DRAWN, party))
        self.clear.setEnabled(False)
        self.pad.drawn.connect(lambda: self.clear.setEnabled(True))
        self.pad.cleared.connect(lambda: self.clear.setEnabled(False))
        self.clear.clicked.connect(self.pad.clear)
        form = QFormLayout(self.box)
        form.addRow(tr("Typed name"), self.name)
        form.addRow(tr("Signed on"), self.date)
        row = QVBoxLayout()  # the button below the pad: the column stays narrow (1366 px)
        row.addWidget(self.pad, 1)
        row.addWidget(self.clear, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(tr("Drawing"), row)

    def value(self, party: str, scan: bytes | None = None) -> dict[str, Any] | None:
        name, drawing = self.name.text().strip(), self.pad.drawing()
        if not name and drawing is None and scan is None:
            return None  # not signed: the core names what is missing
        out: dict[str, Any] = {"party": party, "name": name, "drawing": drawing,
                               "signed_on": self.date.date().toString("yyyy-MM-dd")}
        if scan is not None:
            out["scan"] = scan
        return out


class GiveConsentDialog(DraftDialog):
    """Record a consent from a versioned form: the form's activities (grant, decline or not
    addressed), each required signature, validity and a note. Nothing is written until
    Record consent is pressed and the core accepts it; its refusals appear in the dialog."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.change: Change | None = None
        self.forms: list[Form] = ws.consent.forms(default_form_language(ws))
        self.setWindowTitle(self.tr("Give consent"))
        open_at(self, 1400, 800)
        now = QDateTime.fromString(ws.local_now(), "yyyy-MM-ddTHH:mm")
        today = now.date()

        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form and version"))
        self._fill_forms()
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
            label = QLabel(QCoreApplication.translate("ladder", ACTIVITY_LABELS[a]))
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
        self.starts.setDisplayFormat(minutes_format())
        self.starts.setCalendarPopup(True)
        self.starts.setAccessibleName(self.tr("Valid from"))
        self.starts.setEnabled(False)
        self.starts_set.toggled.connect(self.starts.setEnabled)
        self.until_set = QCheckBox(self.tr("Valid &until"))
        self.until_set.setToolTip(self.tr("Otherwise the consent has no end date."))
        self.until = QDateEdit(today.addYears(1))
        self.until.setDisplayFormat(day_format())
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Valid until (inclusive)"))
        self.until.setEnabled(False)
        self.until_set.toggled.connect(self.until.setEnabled)
        vform.addRow(self.starts_set, self.starts)
        vform.addRow(self.until_set, self.until)

        # the triad agreement: the stop and pause signals in words, the safer-sex agreement
        self.terms_box = QGroupBox(self.tr("Signals and safer sex"))
        tform = QFormLayout(self.terms_box)
        terms_intro = QLabel(self.tr(
            "The signals agreed at the three-way meeting, in the client's words, and the "
            "safer-sex practice agreed for genital touch or intercourse. The debrief asks the "
            "surrogate partner about these after each session."))
        terms_intro.setWordWrap(True)
        self.stop_signal = QLineEdit()
        self.stop_signal.setAccessibleName(self.tr("Stop signal"))
        self.stop_signal.setPlaceholderText(self.tr("e.g. “red”"))
        self.pause_signal = QLineEdit()
        self.pause_signal.setAccessibleName(self.tr("Pause signal"))
        self.pause_signal.setPlaceholderText(self.tr("e.g. “amber”"))
        self.safer_sex = QPlainTextEdit()
        self.safer_sex.setAccessibleName(self.tr("Safer-sex agreement"))
        self.safer_sex.setPlaceholderText(self.tr(
            "e.g. fresh gloves for any genital touch; condoms for intercourse"))
        self.safer_sex.setMaximumHeight(60)
        tform.addRow(terms_intro)
        tform.addRow(self.tr("S&top signal"), self.stop_signal)
        tform.addRow(self.tr("&Pause signal"), self.pause_signal)
        tform.addRow(self.tr("Sa&fer sex"), self.safer_sex)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: pace, limits agreed…"))
        self.note.setMaximumHeight(70)
        note_box = QGroupBox(self.tr("&Note"))
        QVBoxLayout(note_box).addWidget(self.note)

        case = ws.cases.get(case_id)
        names: dict[str, str] = {m.member_id: m.name
                                 for m in ws.members.list(include_removed=True, include_external=True)}
        # Each party signs for themselves (issue 13): the client here, after reading the whole
        # form; the therapist's signature is hers (shown, not typed); the surrogate partner
        # countersigns a triad agreement in her own session.
        self.signers = {"client": _Signer("client", today)}
        client = self.signers["client"]
        client.name.setPlaceholderText(self.tr("The client types their full legal name"))
        self.scan: bytes | None = None
        self.attach_button = QPushButton(self.tr("Attach signed &paper form…"))
        self.attach_button.setToolTip(self.tr("Instead of the typed name: a scan (PDF, PNG or "
                                              "JPEG) of the form the client signed by hand"))
        self.attach_button.clicked.connect(self._attach)
        self.scan_info = QLabel()
        self.scan_info.setWordWrap(True)
        # on rows of their own: as a row's label the button would widen the whole label column
        client.box.layout().addRow(self.attach_button)  # type: ignore[union-attr]
        client.box.layout().addRow(self.scan_info)  # type: ignore[union-attr]
        self.therapist_box = QGroupBox(self.tr("Signature of the therapist"))
        self.therapist_date = QDateEdit(today)
        self.therapist_date.setDisplayFormat(day_format())
        self.therapist_date.setCalendarPopup(True)
        self.therapist_date.setAccessibleName(self.tr("Date the therapist signed"))
        tform = QFormLayout(self.therapist_box)
        tform.addRow(self.tr("Signed by"), QLabel(self.tr("%s (you)") % html.escape(ws.actor.name)))
        tform.addRow(self.tr("Signed on"), self.therapist_date)
        self.surrogate_box = QGroupBox(self.tr("Surrogate partner"))
        self.surrogate = QComboBox()
        self.surrogate.setAccessibleName(self.tr("Surrogate partner the agreement is made with"))
        for sid in case.surrogate_ids:
            self.surrogate.addItem(names.get(sid, "?"), sid)
        surrogate_note = QLabel(self.tr("They read and sign the agreement themselves, in their own "
                                        "session; until then it awaits their signature and "
                                        "grants nothing."))
        surrogate_note.setWordWrap(True)
        sform = QFormLayout(self.surrogate_box)
        sform.addRow(self.tr("Made with"), self.surrogate)
        sform.addRow(surrogate_note)
        if case.surrogate_ids:
            # a re-consent starts from what the agreement in force records (the core's rule)
            agreed = ws.consent.agreed_terms(case_id, ws.local_now(), case.surrogate_ids[0])
            if agreed.signals is not None:
                self.stop_signal.setText(agreed.signals.stop)
                self.pause_signal.setText(agreed.signals.pause)
            self.safer_sex.setPlainText(agreed.safer_sex)
        self.text_panel = FormTextPanel()
        self.text_panel.read_to_end.connect(self._update_record_button)
        client.name.textChanged.connect(self._update_record_button)
        self.surrogate.currentIndexChanged.connect(self._show_text)

        # the therapeutic-aids form: each aid of the inventory, and each use, ticked one by one
        self.aid_grants = AidGrantsBox(ws, case_id)
        left = QVBoxLayout()
        left.addWidget(self.activities_box)
        left.addWidget(self.aid_grants)
        left.addWidget(self.terms_box)
        left.addWidget(validity)
        left.addWidget(note_box)
        left.addStretch(1)
        middle = QWidget()
        middle.setLayout(left)
        scroll = QScrollArea()
        scroll.setWidget(middle)
        scroll.setWidgetResizable(True)
        right = QVBoxLayout()
        right.addWidget(client.box)
        right.addWidget(self.therapist_box)
        right.addWidget(self.surrogate_box)
        right.addStretch(1)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(middle.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        columns = QHBoxLayout()
        columns.addWidget(self.text_panel, 5)
        columns.addWidget(scroll, 0)
        columns.addLayout(right, 3)
        self.error = error_label()
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.setAccessibleName(self.tr("What was recorded"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("Sign and &record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        buttons.accepted.connect(self._record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form_info)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_note)
        layout.addWidget(buttons)
        self.form.currentIndexChanged.connect(self._form_chosen)
        self._form_chosen()
        # made last, so that the fields of a draft kept before it existed keep their places
        self.language = form_language_combo(
            self.tr("Form language"),
            self.tr("The language of the form text the client reads and signs. Each language's "
                    "text is a form version of its own: the record binds to its content hash."),
            default_form_language(self.ws))
        top.insertRow(0, self.tr("Form &language"), self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.keep_drafts(ws, DraftKind.CONSENT, case_id)

    def _fill_forms(self) -> None:
        self.form.clear()
        for f in self.forms:
            self.form.addItem(self.tr("%s (version %d)") % (f.title, f.version), f.form_id)

    def _language_chosen(self) -> None:
        """The same form in the chosen language: its current version there, shown from the top
        (the client reads the new text to its end before signing). What was ticked stays: the
        activities a form covers are the same in every language."""
        chosen = self.current_form().form_id
        self.forms = self.ws.consent.forms(str(self.language.currentData()))
        self.form.blockSignals(True)
        self._fill_forms()
        self.form.setCurrentIndex(max(self.form.findData(chosen), 0))
        self.form.blockSignals(False)
        if self.current_form().form_id != chosen:
            self._form_chosen()
        else:
            self._show_text()

    def _show_text(self) -> None:
        f = self.current_form()
        surrogate = self.surrogate.currentData() if f.form_id == TRIAD_AGREEMENT else None
        self.text_panel.show_form(f, self.ws.signatures.form_text(
            self.case_id, f.form_id, f.version, surrogate))
        self._update_record_button()

    def _update_record_button(self) -> None:
        """Sign and record: once the whole form was shown and the client signed (typed name
        or an attached scan)."""
        if self.change is not None:
            return
        client = self.signers["client"]
        signed = bool(client.name.text().strip()) or self.scan is not None
        self.record_button.setEnabled(self.text_panel.read and signed)
        self.record_button.setToolTip(
            self.tr("Record the consent with the client's and your signature") if
            self.record_button.isEnabled() else
            self.tr("Show the client the whole form (scroll to its end), then let them type "
                    "their name or attach the signed paper form."))

    def _attach(self) -> None:
        path = dialogs.open_file(self, self.tr("Attach the signed paper form"),
                                 self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_SCAN_BYTES + 1)
            kind = scan_type(data)
        except OSError:
            self.error.setText(self.tr("That file cannot be read. Choose the scan again."))
            return
        except InvalidInput as exc:
            self.error.setText(message_for(exc))
            return
        self.scan = data
        self.error.clear()
        self.scan_info.setText(self.tr("Attached: a %s scan, %d KiB (kept encrypted in the "
                                       "vault).") % (kind.split("/")[1].upper(), len(data) // 1024 + 1))
        self._update_record_button()

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
        self.terms_box.setVisible(f.form_id == TRIAD_AGREEMENT)
        self.aid_grants.setVisible(f.form_id == AIDS_CONSENT)
        self.therapist_box.setVisible("therapist" in f.parties)
        self.surrogate_box.setVisible(f.form_id == TRIAD_AGREEMENT)
        self.error.clear()
        self._show_text()

    def _chosen(self, choice: int) -> tuple[str, ...]:
        scope = self.current_form().scope
        return tuple(a.value for a in LADDER if a in scope and self.choices[a].checkedId() == choice)

    def signatures(self) -> list[dict[str, Any]]:
        out = []
        parties = self.current_form().parties
        client = self.signers["client"].value("client", self.scan) if "client" in parties else None
        if client is not None:
            out.append(client)
        if "therapist" in parties:
            out.append({"party": "therapist",
                        "signed_on": self.therapist_date.date().toString("yyyy-MM-dd")})
        return out

    def _record(self) -> None:
        f = self.current_form()
        valid_from = self.starts.dateTime().toString("yyyy-MM-ddTHH:mm") if self.starts_set.isChecked() else None
        valid_until = self.until.date().toString("yyyy-MM-dd") if self.until_set.isChecked() else None
        terms: dict[str, Any] = {}
        if f.form_id == TRIAD_AGREEMENT:
            terms = {"signals": {"stop": self.stop_signal.text(), "pause": self.pause_signal.text()},
                     "safer_sex": self.safer_sex.toPlainText()}
        if self.change is not None:  # recorded already: this is Close
            self.accept()
            return
        if not self.text_panel.read:
            return
        surrogate = self.surrogate.currentData() if f.form_id == TRIAD_AGREEMENT else None
        if f.form_id == AIDS_CONSENT:
            terms = {"aids": self.aid_grants.grants()}
        try:
            self.change = self.ws.consent.give(
                self.case_id, f.form_id, self.signatures(), self._chosen(GRANT), self._chosen(DECLINE),
                valid_from, valid_until, self.note.toPlainText(), form_version=f.version,
                surrogate_id=surrogate, **terms)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            self._focus(exc)
            return
        record = self.ws.consent.get(self.case_id, self.change.subject_id or "")
        if not record.awaiting:
            self.accept()
            return
        who = ", ".join(self.surrogate.currentText() if p == "surrogate" else self.tr(PARTY_WORDS[p])
                        for p in record.awaiting)
        self.saved_note.setText(self.tr("Recorded. It is awaiting %s's signature, given in their "
                                        "own session; until then it grants nothing.") % who)
        self.error.clear()
        for w in (self.form, self.activities_box, self.terms_box, self.aid_grants, self.signers["client"].box,
                  self.therapist_box, self.surrogate_box):
            w.setEnabled(False)
        self.cancel_button.setVisible(False)
        self.record_button.setText(self.tr("&Close"))
        self.record_button.setEnabled(True)

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
        elif field in ("signals.stop", "signals.pause", "safer_sex"):
            target = {"signals.stop": self.stop_signal, "signals.pause": self.pause_signal,
                      "safer_sex": self.safer_sex}[field]
        elif field == "valid_until":
            target = self.until
        elif field == "valid_from":
            target = self.starts
        if target is not None:
            target.setFocus()


# -- revoke ------------------------------------------------------------------------------------

class RevokeDialog(DraftDialog):
    """Revoke a whole record or some of its activities, by a party, with a reason. It takes
    effect at once, so the person confirms before anything is written."""

    def __init__(self, ws: Workspace, case_id: str, record: ConsentRecord, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.record, self.title = ws, case_id, record, title
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Revoke consent"))
        open_at(self, 520, 480)
        intro = QLabel(self.tr("<b>%s</b>, valid from %s.") % (html.escape(title), clinical_minutes(record.valid_from)))
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
            box = QCheckBox(QCoreApplication.translate("ladder", ACTIVITY_LABELS[a]))
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
        # one aid at a time: the client may withdraw one aid and keep the others
        withdrawn = {a for rv in record.revocations for a in rv.aids}
        names = ws.aids.descriptions(case_id)
        self.only_aids = QRadioButton(self.tr("Only these &aids:"))
        self.aids: dict[str, QCheckBox] = {}
        open_aids = [g.aid_id for g in record.aids or () if g.aid_id not in withdrawn]
        if open_aids:
            scope.addWidget(self.only_aids)
            for aid_id in open_aids:
                box = QCheckBox(names.get(aid_id, aid_id[:8]))
                box.setEnabled(False)
                self.aids[aid_id] = box
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(box)
                scope.addLayout(row)
        self.only_aids.toggled.connect(self._aids_toggled)
        scope_box = QGroupBox(self.tr("What is revoked"))
        scope_box.setLayout(scope)
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Revoked by"))
        for p in PARTIES:
            self.party.addItem(revoke_sentence(parties.REVOKER, p), p)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason (required)"))
        self.reason.setPlaceholderText(self.tr("In the words of the person revoking, where possible."))
        form = QFormLayout()
        form.addRow(self.tr("Revoked &by"), self.party)
        form.addRow(self.tr("&Reason"), self.reason)
        self.error = error_label()
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
        self.keep_drafts(ws, DraftKind.REVOCATION, case_id, record.consent_id)

    def _aids_toggled(self, on: bool) -> None:
        for box in self.aids.values():
            box.setEnabled(on)

    def _some_toggled(self, on: bool) -> None:
        for box in self.activities.values():
            box.setEnabled(on)

    def _revoke(self) -> None:
        reason = self.reason.toPlainText().strip()
        chosen = [a for a, box in self.activities.items() if box.isChecked()] if self.some.isChecked() else []
        if self.some.isChecked() and not chosen:
            self.error.setText(self.tr("Choose at least one activity, or revoke the whole record."))
            return
        aids = [a for a, box in self.aids.items() if box.isChecked()] if self.only_aids.isChecked() else []
        if self.only_aids.isChecked() and not aids:
            self.error.setText(self.tr("Choose at least one aid, or revoke the whole record."))
            return
        if not reason:
            self.error.setText(message_for(InvalidInput(InvalidCode.REASON_REQUIRED)))
            self.reason.setFocus()
            return
        what = (self.tr("%s of “%s”") % (activity_words(chosen), self.title) if chosen
                else self.tr("the whole record “%s”") % self.title)
        if aids:
            what = self.tr("%s of “%s”") % (", ".join(self.aids[a].text() for a in aids), self.title)
        question = revoke_sentence(parties.REVOKE_QUESTION, self.party.currentData()) % what
        if not dialogs.confirm(self, question, self.tr("Revoke")):
            return
        try:
            self.change = self.ws.consent.revoke(self.case_id, self.record.consent_id, reason,
                                                 self.party.currentData(), tuple(a.value for a in chosen),
                                                 aids=tuple(aids))
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(message_for(exc))
            return
        self.accept()
