"""Scheduling a session and recording a measure (the therapist's forms of the Sessions &
debriefs tab), each also amending what it made.

Like the debrief forms, each dialog calls the core itself, keeps the person's input and shows
the core's refusal as a sentence, and stores the core's Change in ``self.change`` when it
succeeds. Tests drive them by monkeypatching ``exec``."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.consent import activities_in_force
from triad.casefile.drafts import DraftKind
from triad.casefile.measures import MEASURE_RANGES, Measure, check_measure
from triad.casefile.sessions import KINDS, Session
from triad.errors import InvalidCode, InvalidInput
from triad.messages import form_title
from triad.workspace import Workspace
from ui.casefile.sessions.widgets import (
    ActivityChecks,
    duration_box,
    minutes_edit,
    minutes_of,
    reason_edit,
)
from ui.casefile.sessions.words import (
    MEASURE_WORDS,
    QT_MINUTES,
    activities_text,
    kind_word,
    measure_word,
    phase_status_word,
    sentence,
    tr,
)
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import action_buttons, day_format, error_label
from ui.widgets.words import in_sentence

# -- scheduling -----------------------------------------------------------------------------

# The documents a surrogate session needs first (DOMAIN: "Consent as a gate"), in the order named.
SESSION_DOCUMENTS = ("informed-consent", "release-of-information", "triad-agreement")


def missing_documents(ws: Workspace, case_id: str, at: str, surrogate_id: str | None = None) -> list[str]:
    """Titles of the documents a surrogate session at ``at`` (with ``surrogate_id``, else any
    surrogate partner of the case) needs that are not in force then: the core's rule
    (``ConsentService.gaps``, every required form at once), asked for the first rung."""
    missing = ws.consent.gaps(case_id, ("conversation",), at, surrogate_id)[1]
    return [form_title(f) for f in SESSION_DOCUMENTS if f in missing]  # in the app's language


class ScheduleDialog(DraftDialog):
    """Schedule a session (the therapist). Planned activities show whether consent covers
    them at the chosen time; the core refuses a plan outside consent and names what is missing.
    With ``session`` given, it amends that session's time, duration, location and phase."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None,
                 session: Session | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.session = ws, case_id, session
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend session") if session else self.tr("Schedule a session"))
        open_at(self, 640, 520)
        layout = QVBoxLayout(self)
        case = ws.cases.get(case_id)
        names: dict[str, str] = {
            m.member_id: m.name for m in ws.members.list(include_removed=True, include_external=True)}
        plan = ws.plans.current(case_id)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of session"))
        for kind in KINDS:
            self.kind.addItem(kind_word(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(session.kind if session else "surrogate_session"))
        start = session.starts_at if session else _next_morning(ws.local_now())
        self.when = minutes_edit(self.tr("Date and time"), start)
        self.duration = duration_box(self.tr("Duration"), session.duration_min if session else 90)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        self.phase.addItem(self.tr("(no phase)"), None)
        for p in plan.phases if plan else ():
            self.phase.addItem(self.tr("%s (%s)") % (p.title, phase_status_word(p.status)), p.phase_id)
        current = session.phase_id if session else (plan.current.phase_id if plan and plan.current else None)
        self.phase.setCurrentIndex(max(0, self.phase.findData(current)))
        self.surrogate = QComboBox()
        self.surrogate.setAccessibleName(self.tr("Surrogate partner"))
        for member_id in case.surrogate_ids:
            self.surrogate.addItem(names.get(member_id, "?"), member_id)
        if session and session.surrogate_id:
            self.surrogate.setCurrentIndex(max(0, self.surrogate.findData(session.surrogate_id)))
        self.location = QLineEdit(session.location if session else "")
        self.location.setAccessibleName(self.tr("Location"))
        self.activities = ActivityChecks(self.tr("Planned activities"))
        if session:
            self.activities.set_checked(session.planned_activities)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Date and time"), self.when)
        form.addRow(self.tr("D&uration"), self.duration)
        form.addRow(self.tr("&Phase"), self.phase)
        form.addRow(self.tr("&Surrogate partner"), self.surrogate)
        form.addRow(self.tr("&Location"), self.location)
        if session is None:  # a weekly or fortnightly series (triad.casefile.scheduling)
            self._series_fields(form)
        layout.addLayout(form)
        self.documents = QLabel()
        self.documents.setWordWrap(True)
        self.documents.setAccessibleName(self.tr("Documents not yet in force"))
        self.documents.hide()
        layout.addWidget(self.documents)
        acts_box = QGroupBox(self.tr("Planned activities (consent at the session's time)"))
        acts = QVBoxLayout(acts_box)
        acts.addWidget(self.activities)
        self.outside = QLabel()
        self.outside.setWordWrap(True)
        self.outside.setAccessibleName(self.tr("Consent note"))
        acts.addWidget(self.outside)
        layout.addWidget(acts_box)
        self.reason = reason_edit(self)
        if session:
            for widget in (self.kind, self.surrogate, self.activities):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Kind, surrogate and planned activities are not amended; "
                                          "schedule a new session instead."))
            form.addRow(self.tr("&Reason"), self.reason)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("A&mend session") if session else self.tr("Sc&hedule"))
        buttons.accepted.connect(self.submit)
        self.when.dateTimeChanged.connect(self._consent_marks)
        self.surrogate.currentIndexChanged.connect(lambda _i: self._consent_marks())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.phase.currentIndexChanged.connect(self._phase_chosen)
        for check in self.activities.boxes.values():
            check.toggled.connect(self._warn)
        self._plan = plan
        self._kind_changed()
        if not session:
            self._phase_chosen()
        self._consent_marks()
        self.keep_drafts(ws, DraftKind.SESSION_AMENDMENT if session else DraftKind.SCHEDULE,
                         case_id, session.session_id if session else "")

    def _series_fields(self, form: QFormLayout) -> None:
        self.repeat = QComboBox()
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.repeat.addItem(self.tr("Does not repeat"), None)
        self.repeat.addItem(self.tr("Weekly"), "weekly")
        self.repeat.addItem(self.tr("Fortnightly"), "fortnightly")
        self.ends = QComboBox()
        self.ends.setAccessibleName(self.tr("Series ends"))
        self.ends.addItem(self.tr("after a number of sessions"), "count")
        self.ends.addItem(self.tr("on a date"), "until")
        self.count = QSpinBox()
        self.count.setRange(2, 52)
        self.count.setValue(6)
        self.count.setSuffix(self.tr(" sessions"))
        self.count.setAccessibleName(self.tr("Sessions in the series"))
        self.until = QDateEdit(QDate.fromString(minutes_of(self.when)[:10], "yyyy-MM-dd")
                               .addDays(8 * 7))
        self.until.setDisplayFormat(day_format())
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day of the series"))
        ends = QWidget()
        row = QHBoxLayout(ends)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ends, self.count, self.until):
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow(self.tr("&Repeat"), self.repeat)
        form.addRow(self.tr("&Ends"), ends)
        self.repeat.setToolTip(self.tr(
            "Each occurrence is its own session, checked for consent and for the people's other "
            "sessions at its time; if one cannot be booked, none is, and the first problem is "
            "named."))
        self.repeat.currentIndexChanged.connect(lambda _i: self._series_shown())
        self.ends.currentIndexChanged.connect(lambda _i: self._series_shown())
        self._series_shown()

    def _series_shown(self) -> None:
        repeating = self.repeat.currentData() is not None
        self.ends.setEnabled(repeating)
        by_count = self.ends.currentData() == "count"
        self.count.setVisible(by_count)
        self.until.setVisible(not by_count)
        self.count.setEnabled(repeating)
        self.until.setEnabled(repeating)

    def _kind_changed(self) -> None:
        therapist_only = self.kind.currentData() == "therapist_session"
        self._consent_marks()
        self.surrogate.setEnabled(not therapist_only and self.session is None and self.surrogate.count() > 0)
        self.surrogate.setToolTip(self.tr("A therapist session has no surrogate partner.")
                                  if therapist_only else "")

    def _phase_chosen(self) -> None:
        """Choosing a phase ticks the activities its plan names (the person may untick)."""
        phase_id = self.phase.currentData()
        if self._plan is not None and phase_id and self.session is None:
            self.activities.set_checked(self._plan.phase(phase_id).activities)

    def _surrogate_id(self) -> str | None:
        chosen = self.surrogate.currentData() if self.kind.currentData() != "therapist_session" else None
        return str(chosen) if chosen else None

    def _consent_marks(self) -> None:
        at = minutes_of(self.when)
        if self.kind.currentData() == "surrogate_session":  # every required form at once
            self.activities.mark(self.ws.consent.in_force(self.case_id, at, self._surrogate_id()))
        else:  # other sessions: what the case's records grant
            self.activities.mark(activities_in_force(self.ws.consent.records(self.case_id), at))
        self._warn()
        self._documents()

    def _warn(self) -> None:
        outside = self.activities.outside()
        notes = [self.tr("Not covered by consent at that time: %s. Scheduling will be "
                         "refused.") % activities_text(outside)] if outside else []
        if self.kind.currentData() == "surrogate_session" and self.session is None:
            # the core's rule: touch needs the stop and pause signals agreed (why_no_signals)
            problem = self.ws.sessions.why_no_signals(
                self.case_id, tuple(a.value for a in self.activities.checked()),
                minutes_of(self.when), self._surrogate_id())
            if problem is not None:
                notes.append(sentence(problem))
        self.outside.setText(" ".join(notes))

    def _documents(self) -> None:
        """A surrogate session needs informed consent, the release of information and a triad
        agreement with its surrogate partner, all in force: say which are missing at the chosen
        time (a session planning any activity is refused without them)."""
        missing = ([] if self.kind.currentData() != "surrogate_session"
                   else missing_documents(self.ws, self.case_id, minutes_of(self.when),
                                          self._surrogate_id()))
        self.documents.setText(
            "⚠ " + self.tr("Not signed and in force at that time: %s. A surrogate session needs "
                           "them all at once: scheduling one that plans any activity is refused "
                           "without them. Record them on the Consent tab.") % ", ".join(
                               in_sentence(m) for m in missing)
            if missing else "")
        self.documents.setVisible(bool(missing))

    def submit(self) -> None:
        try:
            every = getattr(self, "repeat", None) and self.repeat.currentData()
            if self.session is None and every:
                kind = self.kind.currentData()
                by_count = self.ends.currentData() == "count"
                booked = self.ws.scheduling.schedule_series(
                    self.case_id, kind, minutes_of(self.when), every,
                    count=self.count.value() if by_count else None,
                    until=None if by_count else self.until.date().toString("yyyy-MM-dd"),
                    duration_min=self.duration.value(), phase_id=self.phase.currentData(),
                    planned_activities=tuple(a.value for a in self.activities.checked()),
                    location=self.location.text(),
                    surrogate_id=None if kind == "therapist_session"
                    else self.surrogate.currentData())
                self.change = booked[0]
            elif self.session is None:
                kind = self.kind.currentData()
                self.change = self.ws.sessions.schedule(
                    self.case_id, kind, minutes_of(self.when), self.duration.value(),
                    self.phase.currentData(), tuple(a.value for a in self.activities.checked()),
                    self.location.text(),
                    None if kind == "therapist_session" else self.surrogate.currentData())
            else:
                s = self.session
                new = {"starts_at": minutes_of(self.when), "duration_min": self.duration.value(),
                       "location": self.location.text().strip(), "phase_id": self.phase.currentData()}
                old = {"starts_at": s.starts_at, "duration_min": s.duration_min,
                       "location": s.location, "phase_id": s.phase_id}
                changes = {k: v for k, v in new.items() if v != old[k]}
                if not changes:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.amendments.amend(s.entry_id, self.reason.toPlainText(), changes)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()


def _next_morning(now: str) -> str:
    day = QDate.fromString(now[:10], "yyyy-MM-dd").addDays(1)
    return QDateTime(day, QTime(10, 0)).toString(QT_MINUTES)


# -- measures -------------------------------------------------------------------------------

class MeasureDialog(DraftDialog):
    """Record a SUDS rating, IIEF-5 total or FSFI total with its date (the therapist), checked
    against the core's ranges as it is typed. With ``measure`` given, amend it with a reason."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None,
                 measure: Measure | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.measure = ws, case_id, measure
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend measure") if measure else self.tr("Record a measure"))
        open_at(self, 480, 300)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Measure"))
        for kind in MEASURE_RANGES:
            self.kind.addItem(measure_word(kind), kind)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.on = QDateEdit(QDate.fromString((measure.on if measure else ws.local_now())[:10], "yyyy-MM-dd"))
        self.on.setDisplayFormat(day_format())
        self.on.setCalendarPopup(True)
        self.on.setAccessibleName(self.tr("Date"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Situation or note"))
        self.label.setPlaceholderText(self.tr("For SUDS: the situation rated, e.g. Undressing in front of a partner"))
        self.reason = reason_edit(self)
        form.addRow(self.tr("&Measure"), self.kind)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("&Date"), self.on)
        form.addRow(self.tr("&Situation or note"), self.label)
        if measure:
            self.kind.setCurrentIndex(self.kind.findData(measure.kind))
            self.kind.setEnabled(False)
            self.value.setText(f"{measure.value:g}")
            self.label.setText(measure.label)
            form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        layout.addStretch(1)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("&Amend measure") if measure else self.tr("Re&cord"))
        buttons.accepted.connect(self.submit)
        self.value.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        self._check()
        self.keep_drafts(ws, DraftKind.MEASURE_AMENDMENT if measure else DraftKind.MEASURE,
                         case_id, measure.measure_id if measure else "")

    def _check(self) -> bool:
        """The core's own range check, shown as the value is typed."""
        kind = self.kind.currentData()
        self.value.setPlaceholderText(measure_word(kind))
        text = self.value.text().strip().replace(",", ".")
        if not text:
            self.error.setText("")
            return False
        try:
            check_measure(kind, text)
        except InvalidInput as exc:
            self.error.setText(sentence(exc, tr(MEASURE_WORDS[kind])))
            return False
        self.error.setText("")
        return True

    def submit(self) -> None:
        kind = self.kind.currentData()
        text = self.value.text().strip().replace(",", ".")
        if not text:
            self.error.setText(self.tr("Enter the value: %s.") % measure_word(kind))
            self.value.setFocus()
            return
        if not self._check():
            return
        on = self.on.date().toString("yyyy-MM-dd")
        try:
            if self.measure is None:
                self.change = self.ws.measures.record(self.case_id, kind, float(text), on, self.label.text())
            else:
                m = self.measure
                new = {"value": check_measure(kind, text), "on": on, "label": self.label.text().strip()}
                old = {"value": m.value, "on": m.on, "label": m.label}
                changes = {k: v for k, v in new.items() if v != old[k]}
                if not changes:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.amendments.amend(m.entry_id, self.reason.toPlainText(), changes)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc, tr(MEASURE_WORDS[kind])))
            return
        self.accept()
