"""Reports: choose a printable document of the case, generate it on the worker thread, preview
it from memory, print it or save it where the person chooses (atomically).

Who may generate what follows ``ReportService``: progress summary, consent audit report and
consent forms are for the case's therapist and supervisor; a debrief also for the case's
surrogate partner, who sees only their own sessions. Documents are pseudonymised unless the
person asks for the client's name. On lock, ``clear()`` drops the preview and its bytes."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.disclosures import What
from triad.casefile.forms import forms, languages
from triad.roles import Role
from triad.workspace import Workspace
from ui.casefile.base import CaseTab
from ui.casefile.reports.widgets import BusyBar, fit_popup
from ui.widgets import dialogs, disclose
from ui.widgets.form import ERROR_STYLE, clinical_day, clinical_minutes, day_format
from ui.widgets.keys import GENERATE_KEY, with_key
from ui.widgets.pdf_view import PdfPreview

# each form text of the consent-form list: its version (the same form is listed once a language)
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1

DOCUMENTS = ("progress", "audit", "consent-form", "debrief", "disclosures")
# Mnemonics avoid the case tabs' letters (O, P, C, S, A, R) and each other among the widgets
# visible together: Y U M D · W F T V (progress) · F (form) · N (debrief) · L Z G I E.
# Who may generate each document: the same roles ReportService requires.
READERS = {
    "progress": (Role.THERAPIST, Role.SUPERVISOR),
    "audit": (Role.THERAPIST, Role.SUPERVISOR),
    "consent-form": (Role.THERAPIST, Role.SUPERVISOR),
    "debrief": (Role.THERAPIST, Role.SUPERVISOR, Role.SURROGATE),
    "disclosures": (Role.THERAPIST, Role.SUPERVISOR),
}


def _when(stamp: str) -> str:
    """``2026-05-03T10:00…`` in the app's language: ``03.05.2026 10:00`` in German."""
    return clinical_minutes(stamp)


class ReportsTab(CaseTab):
    def __init__(self) -> None:
        super().__init__()
        self._busy = False
        self._fresh = True  # the next refresh sets the case's default options
        self._legal_name = False
        self._opened = ""  # the case's opening day: a whole-case summary starts there
        self._session_days: dict[str, str] = {}  # a debrief's session: its day (file names)
        self._shown: tuple[Any, ...] | None = None  # the options the preview was made with
        self._file_name = ""
        self._build()
        self.empty.setText(self._about(None))
        self._update_controls()

    # -- layout --
    def _build(self) -> None:
        tr = self.tr
        self.group = QButtonGroup(self)
        doc_box = QGroupBox(tr("Document"))
        doc_layout = QVBoxLayout(doc_box)
        labels = (tr("Progress summar&y"), tr("Consent a&udit report"), tr("Consent for&m"),
                  tr("&Debrief of a session"),
                  # every letter of it is taken (see above): reached with Tab and the arrows
                  tr("Accounting of disclosures"))
        self.choices: dict[str, QRadioButton] = {}
        for n, (doc, label) in enumerate(zip(DOCUMENTS, labels, strict=True)):
            radio = QRadioButton(label)
            radio.setAccessibleName(label.replace("&", ""))
            self.group.addButton(radio, n)
            doc_layout.addWidget(radio)
            self.choices[doc] = radio
        self.choices["progress"].setChecked(True)
        client_row = QHBoxLayout()  # issue 17: the client's own copies, each its own dialog
        self.client_copy = QPushButton(tr("Client's copy…"))
        self.client_card = QPushButton(tr("Client card…"))
        for button, document in ((self.client_copy, "client-copy"),
                                 (self.client_card, "client-card")):
            button.clicked.connect(lambda _c=False, d=document: self._client_document(d))
            client_row.addWidget(button)
        doc_layout.addLayout(client_row)

        self.options = QStackedWidget()
        # progress summary
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.whole_case = QCheckBox(tr("&Whole case"))
        self.whole_case.setChecked(True)
        self.whole_case.setAccessibleName(tr("Whole case"))
        self.start = self._date_edit(tr("Period from"))
        self.end = self._date_edit(tr("Period to"))
        form.addRow(self.whole_case)
        form.addRow(self._buddy(tr("&From"), self.start), self.start)
        form.addRow(self._buddy(tr("&To"), self.end), self.end)
        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName(tr("Narrative"))
        self.narrative.setPlaceholderText(tr("Optional: the therapist's narrative of progress, "
                                             "printed as written."))
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(80)
        self.narrative.setMaximumHeight(140)
        form.addRow(self._buddy(tr("Narrati&ve"), self.narrative))
        form.addRow(self.narrative)
        self.options.addWidget(page)
        # consent audit report
        self.options.addWidget(self._note(tr(
            "Every consent audit finding of this case, with sign-offs and remediations, and a "
            "check that the signed record was not altered.")))
        # consent form
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = QComboBox()
        self.form.setAccessibleName(tr("Form"))
        self.form.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.form.setMinimumContentsLength(16)
        for f in [f for language in languages() for f in forms(language)]:  # English, German
            self.form.addItem(tr("%1 (version %2)").replace("%1", f.title).replace("%2", str(f.version)),
                              f.form_id)
            self.form.setItemData(self.form.count() - 1, f.version, VERSION_ROLE)
        form.addRow(self._buddy(tr("&Form"), self.form), self.form)
        form.addRow(self._note(tr("Filled in with this case's parties, to print and sign on paper.")))
        self.options.addWidget(page)
        # debrief
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.session = QComboBox()
        self.session.setAccessibleName(tr("Session"))
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session.setMinimumContentsLength(16)
        self.no_debrief = self._note("")
        form.addRow(self._buddy(tr("Sessio&n"), self.session), self.session)
        form.addRow(self.no_debrief)
        self.options.addWidget(page)
        # the accounting of disclosures (issue 17)
        self.options.addWidget(self._note(tr(
            "Every time this case's record left the vault: each export, packet, backup, saved "
            "or printed document and client's copy, with when, to whom and by whom. Saving or "
            "printing this document is recorded too.")))
        self._show_options(0)
        options_box = QGroupBox(tr("Options"))
        QVBoxLayout(options_box).addWidget(self.options)

        print_box = QGroupBox(tr("Printing"))
        form = QFormLayout(print_box)
        self.show_names = QCheckBox(tr("Show the c&lient's name"))
        self.show_names.setAccessibleName(tr("Show the client's name"))
        self.names_note = self._note(tr("Documents are pseudonymised: they name the client by "
                                        "code only, unless you tick this."))
        self.page_size = QComboBox()
        self.page_size.setAccessibleName(tr("Page size"))
        self.page_size.addItem(tr("A4"), "A4")
        self.page_size.addItem(tr("US Letter"), "letter")
        form.addRow(self.show_names)
        form.addRow(self.names_note)
        form.addRow(self._buddy(tr("Page si&ze"), self.page_size), self.page_size)

        self.generate = QPushButton(tr("&Generate"))
        self.generate.setAccessibleName(tr("Generate"))
        self.generate.setDefault(True)
        self.busy = BusyBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.setFormat(tr("Generating…"))
        self.busy.setAccessibleName(tr("Generating the document"))
        self.busy.setVisible(False)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setAccessibleName(tr("Problem"))

        left = QWidget()
        column = QVBoxLayout(left)
        for w in (doc_box, options_box, print_box, self.generate, self.busy, self.problem):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setAccessibleName(tr("Document shown"))
        self.header.setText(tr("No document generated yet."))
        self.stale = QLabel(tr("The options changed since this preview was generated: "
                               "generate again to update it."))
        self.stale.setWordWrap(True)
        self.stale.setVisible(False)
        self.print_button = QPushButton(tr("Pr&int…"))
        self.print_button.setAccessibleName(tr("Print"))
        self.save_button = QPushButton(tr("Sav&e…"))
        self.save_button.setAccessibleName(tr("Save"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleName(tr("About the documents"))
        self.empty.setContentsMargins(12, 12, 12, 12)
        empty_scroll = QScrollArea()
        empty_scroll.setWidget(self.empty)
        empty_scroll.setWidgetResizable(True)
        self.preview = PdfPreview()
        self.stack = QStackedWidget()
        self.stack.addWidget(empty_scroll)
        self.stack.addWidget(self.preview)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        # A document shown fills the tab (issue 15); the options come back with this button.
        self.options_button = QToolButton()
        self.options_button.setText(tr("Options"))
        self.options_button.setCheckable(True)
        self.options_button.setChecked(True)
        self.options_button.setToolTip(tr("Show or hide the document's options beside the preview"))
        self.options_button.toggled.connect(scroll.setVisible)
        top.addWidget(self.options_button)
        top.addWidget(self.header, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.stale)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 670])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

        order: list[QWidget] = [*self.choices.values(), self.whole_case, self.start, self.end,
                                self.narrative, self.form, self.session, self.show_names,
                                self.page_size, self.generate, self.print_button, self.save_button,
                                self.preview.view]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

        self.generate.clicked.connect(self._generate)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        for keys, slot in ((QKeySequence(GENERATE_KEY), self._generate),
                           (QKeySequence(QKeySequence.StandardKey.Print), self._print),
                           (QKeySequence(QKeySequence.StandardKey.Save), self._save)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.busy.shown.connect(self._set_busy)
        self.group.idToggled.connect(lambda _id, _on: self._update_controls())
        self.whole_case.toggled.connect(lambda _on: self._update_controls())
        self.start.dateChanged.connect(lambda _d: self._update_controls())
        self.end.dateChanged.connect(lambda _d: self._update_controls())
        self.narrative.textChanged.connect(self._update_controls)
        for combo in (self.form, self.session, self.page_size):
            combo.currentIndexChanged.connect(lambda _i: self._update_controls())
        for combo in (self.form, self.session):  # narrow: the whole choice on hover and in the list
            combo.currentTextChanged.connect(combo.setToolTip)
        fit_popup(self.form)
        self.show_names.toggled.connect(lambda _on: self._update_controls())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(day_format())
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    # -- the case --
    def show_case(self, ws: Workspace, case_id: str) -> None:
        if ws is not self.ws or case_id != self.case_id:
            self._forget()
            self._fresh = True
        super().show_case(ws, case_id)

    def refresh(self) -> None:
        ws = self.ws
        if ws is None or not self.case_id:
            return
        case = ws.cases.get(self.case_id)
        role = self.role
        opened, today = case.opened_at[:10], ws.local_now()[:10]
        self._opened = opened
        self.whole_case.setText(self.tr("&Whole case (%1 to today)").replace("%1", opened))
        if self._fresh:
            self._fresh = False
            self.start.setDate(QDate.fromString(opened, "yyyy-MM-dd"))
            self.end.setDate(QDate.fromString(today, "yyyy-MM-dd"))
        # A surrogate's or supervisor's view of the case never holds the legal name.
        self._legal_name = bool(case.client.legal_name) and role is Role.THERAPIST
        for doc, radio in self.choices.items():
            self.allow(radio, *READERS[doc])
        for button in (self.client_copy, self.client_card):
            self.allow(button, Role.THERAPIST)  # the therapist gives the client their copy
        checked = self.group.checkedButton()
        if checked is None or not checked.isEnabled():
            first = next((r for r in self.choices.values() if r.isEnabled()), None)
            if first is not None:
                first.setChecked(True)
        self._fill_sessions()
        self.empty.setText(self._about(role))
        self._update_controls()

    def _fill_sessions(self) -> None:
        ws = self.ws
        assert ws is not None
        keep = self.session.currentData()
        names: dict[str, str] = {m.member_id: m.name
                                 for m in ws.members.list(include_removed=True, include_external=True)}
        plan = ws.plans.current(self.case_id)
        phases = {p.phase_id: p.title for p in plan.phases} if plan else {}
        self.session.blockSignals(True)
        self.session.clear()
        self._session_days = {}
        for s in reversed(ws.sessions.list(self.case_id)):
            d = s.debrief
            if d is None:
                continue
            parts = [_when(s.starts_at), phases.get(s.phase_id or "", "") or self.tr("no phase"),
                     names.get(s.surrogate_id or "", "?"),
                     self.tr("reviewed") if d.reviewed else self.tr("awaiting review")]
            self.session.addItem(" · ".join(parts), s.session_id)
            self._session_days[s.session_id] = s.starts_at[:10]
        found = self.session.findData(keep) if keep else -1
        self.session.setCurrentIndex(max(found, 0) if self.session.count() else -1)
        self.session.blockSignals(False)
        self.session.setToolTip(self.session.currentText())
        fit_popup(self.session)
        self.session.setEnabled(self.session.count() > 0)
        if self.session.count():
            self.no_debrief.setText(self.tr("The debrief as the surrogate partner logged it, with the "
                                            "therapist's reviews; newest session first."))
        elif self.role is Role.SURROGATE:
            self.no_debrief.setText(self.tr("None of your sessions of this case has a debrief yet. "
                                            "Log one after a session on the Sessions tab."))
        else:
            self.no_debrief.setText(self.tr("No session of this case has a debrief yet. The surrogate "
                                            "partner logs one after each session."))

    def _about(self, role: Role | None) -> str:
        tr = self.tr
        text = tr(
            "<h3>Printable documents</h3>"
            "<p>Choose a document on the left and press <b>Generate</b>. It is previewed here "
            "from memory; nothing reaches the disk until you <b>Save</b> it where you choose.</p>"
            "<p><b>Progress summary</b>: for the clinical record, a referral or supervision. The "
            "phase plan, goals, SUDS and measures, sessions held, consent in force and open audit "
            "findings for a period, with your narrative. Process recordings never appear in it.</p>"
            "<p><b>Consent audit report</b>: for the supervisor. Every consent audit finding of "
            "this case with its sign-offs and remediations, and a check that the signed record "
            "was not altered.</p>"
            "<p><b>Consent form</b>: a form filled in with this case's parties, to print and "
            "sign on paper.</p>"
            "<p><b>Debrief</b>: one surrogate session's debrief with the therapist's reviews, "
            "for example for a supervision meeting.</p>"
            "<p><b>Accounting of disclosures</b>: every time this case's record left the vault, "
            "to whom and by whom (the client may ask for it).</p>"
            "<p>Every document you save or print is recorded in the accounting of disclosures: "
            "what, when and by whom, never where it was saved.</p>"
            "<p>Documents are pseudonymised: they name the client by code unless you choose to "
            "show the name.</p>")
        if role is Role.SURROGATE:
            text += tr("<p><i>As the case's surrogate partner you can print the debriefs of your "
                       "own sessions.</i></p>")
        elif role is None and self.ws is not None:
            text += tr("<p><i>You are not on this case's triad, so you cannot print its "
                       "documents.</i></p>")
        return text

    def _client_document(self, document: str) -> None:
        from ui.casefile.reports.client_copy import ClientCopyDialog

        if self.ws is not None and self.case_id:
            ClientCopyDialog(self.ws, self.case_id, document, parent=self).exec()

    # -- state --
    def document(self) -> str | None:
        checked = self.group.checkedId()
        return DOCUMENTS[checked] if checked >= 0 else None

    def _period_problem(self) -> str:
        if self.document() == "progress" and not self.whole_case.isChecked() \
                and self.end.date() < self.start.date():
            return self.tr("The period ends before it starts: choose a later To date.")
        return ""

    def _names_wanted(self) -> bool:
        return self.show_names.isEnabled() and self.show_names.isChecked()

    def _options(self) -> tuple[Any, ...]:
        doc = self.document()
        whole = self.whole_case.isChecked()
        return (self.case_id, doc, self.page_size.currentData(),
                self._names_wanted() if doc not in ("audit", "disclosures") else False,
                None if doc != "progress" or whole else self.start.date().toString("yyyy-MM-dd"),
                None if doc != "progress" or whole else self.end.date().toString("yyyy-MM-dd"),
                self.narrative.toPlainText().strip() if doc == "progress" else "",
                (self.form.currentData(), self.form.currentData(VERSION_ROLE))
                if doc == "consent-form" else None,
                self.session.currentData() if doc == "debrief" else None)

    def _show_options(self, index: int) -> None:
        self.options.setCurrentIndex(index)
        # Size the options to the page shown, not to the tallest one.
        for n in range(self.options.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            page = self.options.widget(n)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.options.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # Indeterminate bars show no text in most styles: say it in words as well.
        self.status.setText(self.tr("Generating the document… You can go on working meanwhile.")
                            if busy else "")
        self._update_controls()

    def _update_controls(self) -> None:
        tr = self.tr
        doc = self.document()
        role = self.role if self.ws is not None else None
        if doc is not None and self.options.currentIndex() != DOCUMENTS.index(doc):
            self._show_options(DOCUMENTS.index(doc))
        self.session.setToolTip(self.session.currentText())
        dates = not self.whole_case.isChecked()
        self.start.setEnabled(dates)
        self.end.setEnabled(dates)
        problem = self._period_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        reason = ""
        if self.ws is None:
            reason = tr("Open a case first.")
        elif doc is None or role not in READERS[doc]:
            reason = tr("Your role on this case does not allow printing its documents.")
        elif doc == "debrief" and not self.session.count():
            reason = tr("There is no debrief to print yet.")
        elif problem:
            reason = problem
        elif self._busy:
            reason = tr("A document is being generated.")
        self.generate.setEnabled(not reason)
        self.generate.setToolTip(reason or with_key(
            tr("Generate the document and preview it (%1)."), GENERATE_KEY))
        if role is Role.SURROGATE:
            names_tip = tr("The client's name is never shown to a surrogate partner.")
        elif role is Role.SUPERVISOR:
            names_tip = tr("A supervisor sees the client code, not the client's name: the "
                           "release of information the client signed says so.")
        elif doc == "audit":
            names_tip = tr("The consent audit report names the case by its code only.")
        elif doc == "disclosures":
            names_tip = tr("The accounting of disclosures names the case by its code only.")
        elif self.ws is not None and not self._legal_name:
            names_tip = tr("No legal name is recorded for this client, so documents show the code.")
        else:
            names_tip = ""
        self.show_names.setEnabled(self.ws is not None and not names_tip)
        self.show_names.setToolTip(names_tip or tr("Print the client's legal name beside the code."))
        shown = self.preview.page_count() > 0
        for button, tip in (
                (self.print_button, with_key(tr("Print the document shown (%1)."),
                                             QKeySequence.StandardKey.Print)),
                (self.save_button, with_key(tr("Save the document shown as a PDF (%1)."),
                                            QKeySequence.StandardKey.Save))):
            button.setEnabled(shown)
            button.setToolTip(tip if shown else tr("Generate a document first."))
        self.stale.setVisible(shown and self._shown is not None and self._shown != self._options())

    # -- generate, print, save --
    def _generate(self) -> None:
        ws = self.ws
        if ws is None or not self.generate.isEnabled():
            return
        options = self._options()
        case_id, doc, size, names, start, end, narrative, form_choice, session_id = options
        form_id, version = form_choice or ("", None)
        code = ws.cases.get(case_id).code
        today, now = ws.local_now()[:10], _when(ws.local_now())
        title = self.tr("Progress summary")
        file_name = f"{code}-progress-{today}.pdf"
        if doc == "progress":
            first = start or self._opened
            title += " · " + (self.tr("%1 to %2").replace("%1", clinical_day(first))
                              .replace("%2", clinical_day(end or today)))
        elif doc == "audit":
            title, file_name = self.tr("Consent audit report"), f"{code}-consent-audit-{today}.pdf"
        elif doc == "consent-form":
            title, file_name = self.form.currentText(), f"{code}-{form_id}-{today}.pdf"
        elif doc == "disclosures":
            title = self.tr("Accounting of disclosures")
            file_name = f"{code}-disclosures-{today}.pdf"
        else:
            day = self._session_days.get(str(self.session.currentData()), today)
            title = self.tr("Debrief of the session of %1").replace("%1", self.session.currentText()
                                                                    .split(" · ")[0])
            file_name = f"{code}-debrief-{day}.pdf"
        title = self.tr("<b>%1</b> · case %2 · %3 · generated %4").replace("%1", title) \
            .replace("%2", code).replace("%3", self.tr("with the client's name") if names
                                         else self.tr("pseudonymised")).replace("%4", now)

        def work(w: Any) -> bytes:
            if doc == "progress":
                return bytes(w.reports.progress(case_id, start, end, names, size, narrative))
            if doc == "audit":
                return bytes(w.reports.audit(case_id, size))
            if doc == "consent-form":
                return bytes(w.reports.consent_form(case_id, form_id, names, size, version=version))
            if doc == "disclosures":
                return bytes(w.reports.disclosures(case_id, size))
            return bytes(w.reports.debrief(session_id, names, size))

        self.status.clear()
        self.slow(work, lambda data: self._show(data, options, title, file_name), self.busy)

    def _show(self, data: bytes, options: tuple[Any, ...], title: str, file_name: str) -> None:
        if not self.preview.load(data):
            dialogs.error(self, self.tr("The document could not be shown. Generate it again."))
            return
        self._shown, self._file_name = options, file_name
        self.header.setText(title)
        self.stack.setCurrentWidget(self.preview)
        self.options_button.setChecked(False)
        self._update_controls()

    def _print(self) -> None:
        if not self.print_button.isEnabled():
            return
        pages = self.preview.print_(self)
        if pages and self.ws is not None and self._shown is not None:
            # sent to the printer: one entry in the accounting of disclosures
            disclose.printed(self, self.ws, What.REPORT, [self._shown[0]], self._shown[1])
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    def _save(self) -> None:
        data, ws, shown = self.preview.data(), self.ws, self._shown
        if not data or not self.save_button.isEnabled() or ws is None or shown is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = dialogs.save_file(self, self.tr("Save document"),
                                 os.path.join(folder or str(Path.home()), self._file_name),
                                 self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            if target.exists() and not dialogs.confirm(
                    self, self.tr("%1 already exists. Replace it?").replace("%1", target.name),
                    self.tr("Replace")):
                return
        # written, then recorded in the accounting of disclosures; a refusal is shown
        if not disclose.save(self, ws, target, data, What.REPORT, [shown[0]], shown[1]):
            return
        self.status.setText(self.tr("Saved %1 in %2.").replace("%1", target.name)
                            .replace("%2", str(target.parent)))

    # -- lock --
    def _forget(self) -> None:
        """Drop the preview, its bytes and everything typed for this case."""
        self.preview.clear()
        self._shown, self._file_name = None, ""
        self.stack.setCurrentIndex(0)
        self.options_button.setChecked(True)
        self.header.setText(self.tr("No document generated yet."))
        self.status.clear()
        self.narrative.clear()
        self.session.clear()
        self.show_names.setChecked(False)
        self.whole_case.setChecked(True)
        self.whole_case.setText(self.tr("&Whole case"))

    def clear(self) -> None:
        self._forget()
        super().clear()
        self.empty.setText(self._about(None))
        self._update_controls()
