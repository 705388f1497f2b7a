"""The forms of the Sessions & debriefs tab: the surrogate's debrief (and its amendment),
scheduling a session, the therapist's review, and recording a measure.

Each dialog calls the core itself when its main button is pressed, keeps the person's input
and shows the core's refusal as a sentence if it refuses, and stores the core's Change in
``self.change`` when it succeeds. Tests drive them by monkeypatching ``exec``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad.cases import Change
from triad.errors import ConsentViolation, InvalidInput, NotFound, PermissionDenied
from triad.ladder import ACTIVITY_LABELS, LADDER, Activity
from triad.sessions import (
    KINDS,
    MEASURE_RANGES,
    Debrief,
    DebriefForm,
    Measure,
    Session,
    check_measure,
)
from triad.workspace import Workspace

from .. import dialogs
from ..messages import message_for

ERROR_STYLE = "color: #b3261e;"  # the one muted red, for errors and warnings
QT_MINUTES = "yyyy-MM-dd'T'HH:mm"


def tr(text: str) -> str:
    return QCoreApplication.translate("sessions", text)


# -- the domain's words -------------------------------------------------------------------

KIND_WORDS = {"therapist_session": "Therapist session", "surrogate_session": "Surrogate session",
              "three_way_meeting": "Three-way meeting"}
MEASURE_WORDS = {"suds": "SUDS rating", "iief5": "IIEF-5 total", "fsfi": "FSFI total"}
FIELD_WORDS = {
    "held_at": "Held at", "starts_at": "Date and time", "duration_min": "Duration (minutes)",
    "location": "Location", "phase_id": "Phase", "activities_done": "Activities done",
    "suds_before": "SUDS before", "suds_after": "SUDS after", "went_well": "What went well",
    "was_hard": "What was hard", "arousal_anxiety": "Arousal and anxiety",
    "boundaries_kept": "Boundaries kept", "boundaries_note": "Boundaries note",
    "stop_signals": "Stop signals", "pause_signals": "Pause signals", "safer_sex": "Safer sex",
    "aids_used": "Aids used", "reactions": "Surrogate's reactions",
    "questions": "Questions for the therapist", "proposal": "Proposal for next session",
    "process_recording": "Process recording", "comment": "Review comment", "value": "Value",
    "on": "Date", "label": "Situation or note",
}


def kind_word(kind: str) -> str:
    return tr(KIND_WORDS.get(kind, kind))


def activity_word(value: str | Activity) -> str:
    try:
        return tr(ACTIVITY_LABELS[Activity(value)])
    except ValueError:
        return str(value)


def activities_text(values: Any) -> str:
    return ", ".join(activity_word(a) for a in values) or tr("none")


def field_word(name: str) -> str:
    return tr(FIELD_WORDS.get(name, name.replace("_", " ")))


def measure_word(kind: str) -> str:
    low, high, _ = MEASURE_RANGES[kind]
    return tr("%s (%s\N{EN DASH}%s)") % (tr(MEASURE_WORDS[kind]), f"{low:g}", f"{high:g}")


def flag_word(flag: str) -> str:
    """A debrief flag in words (the core's codes, e.g. ``activity-not-consented:intercourse``)."""
    code, _, activity = flag.partition(":")
    words = {
        "activity-not-consented": tr("activity outside consent: %s"),
        "activity-not-planned": tr("activity not planned: %s"),
        "stop-signal-used": tr("stop signal used"),
        "pause-signal-used": tr("pause signal used"),
        "boundary-not-kept": tr("boundary not kept"),
    }
    text = words.get(code, flag)
    return text % activity_word(activity) if "%s" in text else text


def when_text(value: str | None) -> str:
    """A clinical time as YYYY-MM-DD HH:MM."""
    return (value or "").replace("T", " ")[:16]


def sentence(exc: BaseException, subject: str = "") -> str:
    """The core's refusal as a sentence naming what is wrong (falls back to ui.messages)."""
    if isinstance(exc, ConsentViolation):
        return tr("Consent in force at %s does not cover: %s. Record consent for these activities "
                  "first, or plan the session without them.") % (
            when_text(exc.at), activities_text(exc.missing))
    data = getattr(exc, "data", {})
    detail = getattr(exc, "detail", "")
    if isinstance(exc, InvalidInput):
        name = subject or field_word(str(data.get("field", "")))
        if detail == "range" and "minimum" in data:
            return tr("%s must be between %s and %s.") % (
                name, f"{float(data['minimum']):g}", f"{float(data['maximum']):g}")
        known = {
            "range": tr("%s cannot be negative.") % name,
            "number": tr("%s must be a number.") % name,
            "whole-number": tr("%s must be a whole number.") % name,
            "date": tr("%s is not a valid date.") % name,
            "comment-required": tr("Write a comment: the review acknowledges the debrief."),
            "reason-required": tr("Give the reason for the amendment."),
            "no-changes": tr("Nothing was changed. Change a field, or cancel."),
            "already-debriefed": tr("This session already has a debrief. To correct it, amend it."),
            "no-debrief": tr("There is no debrief to review yet."),
            "surrogate-not-on-case": tr("Choose a surrogate partner of this case."),
            "case-status": tr("A closed case takes no new sessions."),
            "activity": tr("Choose activities from the consent ladder."),
        }
        if detail in known:
            return known[detail]
    if isinstance(exc, PermissionDenied):
        if detail == "not-your-session":
            return tr("Only the session's surrogate partner writes its debrief.")
        if detail == "not-author":
            return tr("Only the author of an entry or the case's therapist can amend it.")
    if isinstance(exc, NotFound) and detail in ("plan", "phase"):
        return tr("That phase is not in the case's current plan. Choose another phase, or none.")
    return message_for(exc)


# -- small widgets --------------------------------------------------------------------------

def _error_label(owner: QWidget) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(owner.tr("Error message"))
    return label


def _text(name: str, height: int = 52) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    box.setMaximumHeight(height + 24)
    return box


def _minutes_edit(name: str, value: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.fromString(value, QT_MINUTES))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


def _minutes(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString(QT_MINUTES)


def _duration(name: str, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 24 * 60)
    box.setSingleStep(15)
    box.setSuffix(" min")
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class ActivityChecks(QWidget):
    """The activity ladder as checkboxes, each marked consented / not consented at a time
    (and "planned" where the session planned it)."""

    def __init__(self, name: str, planned: tuple[Activity, ...] = ()) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.planned = planned
        self.in_force: set[Activity] = set()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Activity, QCheckBox] = {}
        for i, activity in enumerate(LADDER):
            box = QCheckBox()
            self.boxes[activity] = box
            grid.addWidget(box, i // 2, i % 2)

    def mark(self, in_force: tuple[Activity, ...]) -> None:
        self.in_force = set(in_force)
        for activity, box in self.boxes.items():
            marks = [self.tr("planned")] if activity in self.planned else []
            marks.append(self.tr("consented") if activity in self.in_force else self.tr("not consented"))
            box.setText(f"{activity_word(activity)} — {', '.join(marks)}")
            box.setAccessibleName(box.text())

    def checked(self) -> list[Activity]:
        return [a for a, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, values: Any) -> None:
        chosen = {Activity(v) for v in values}
        for activity, box in self.boxes.items():
            box.setChecked(activity in chosen)

    def outside(self) -> list[Activity]:
        return [a for a in self.checked() if a not in self.in_force]


class SudsSlider(QWidget):
    """SUDS 0-10 as a slider with its value shown, or "not rated". A new one is *unset* (shows
    "?") until the slider is moved or "not rated" is ticked: a slider left at 0 would otherwise
    record "no distress at all" for a rating nobody gave."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.touched = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(name)
        self.shown = QLabel()
        self.shown.setMinimumWidth(24)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.unrated = QCheckBox(self.tr("not rated"))
        self.unrated.setAccessibleName(self.tr("%s not rated") % name)
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        row.addWidget(self.unrated)
        self.slider.valueChanged.connect(self._touch)
        self.slider.actionTriggered.connect(self._touch)  # a key or click at 0 also rates 0
        self.slider.sliderPressed.connect(self._touch)
        self.unrated.toggled.connect(self._show)
        self._show()

    def _touch(self, *_: object) -> None:
        self.touched = True
        self._show()

    def is_set(self) -> bool:
        """A rating was chosen, or "not rated" ticked."""
        return self.touched or self.unrated.isChecked()

    def _show(self) -> None:
        self.slider.setEnabled(not self.unrated.isChecked())
        self.shown.setText("\N{EN DASH}" if self.unrated.isChecked() else
                           str(self.slider.value()) if self.touched else "?")
        self.shown.setToolTip("" if self.is_set() else self.tr(
            "Not rated yet: move the slider, or tick “not rated”."))

    def value(self) -> int | None:
        return None if self.unrated.isChecked() else self.slider.value()

    def set_value(self, value: int | None) -> None:
        self.unrated.setChecked(value is None)
        if value is not None:
            self.slider.setValue(value)
            self._touch()


def _reason_box(owner: QWidget) -> QPlainTextEdit:
    box = _text(owner.tr("Reason for the amendment"), 48)
    box.setPlaceholderText(owner.tr("Why the entry needs correcting (required; kept with the amendment)"))
    return box


# -- the debrief ----------------------------------------------------------------------------

class DebriefDialog(QDialog):
    """The surrogate's structured debrief of one session (DOMAIN: "The surrogate's debrief").
    With ``amend=True`` it shows the debrief's current values and appends an amendment with
    only the changed fields and a required reason; the original stays in the record."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 amend: bool = False, show_process_recording: bool = True) -> None:
        super().__init__(parent)
        self.ws, self.session, self.amending = ws, session, amend
        self.change: Change | None = None
        self.with_recording = show_process_recording
        self.setWindowTitle(self.tr("Amend debrief") if amend else self.tr("Debrief"))
        self.resize(720, 760)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "%s, %s. Record what happened, as it happened. An activity outside consent, a stop or "
            "pause signal, or a boundary not kept is accepted and flags the debrief for the "
            "therapist's review.") % (kind_word(session.kind), when_text(session.starts_at)))
        if amend:
            intro.setText(self.tr(
                "Change what needs correcting and give the reason. The debrief as first submitted "
                "stays in the record, readable beside the amendment."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        when_box = QGroupBox(self.tr("Session"))
        form = QFormLayout(when_box)
        self.held_at = _minutes_edit(self.tr("Held at"), session.starts_at)
        self.duration = _duration(self.tr("Duration"), session.duration_min)
        self.location = QLineEdit(session.location)
        self.location.setAccessibleName(self.tr("Location"))
        form.addRow(self.tr("&Held at"), self.held_at)
        form.addRow(self.tr("D&uration"), self.duration)
        form.addRow(self.tr("&Location"), self.location)
        layout.addWidget(when_box)

        acts_box = QGroupBox(self.tr("Activities done"))
        acts = QVBoxLayout(acts_box)
        planned = QLabel(self.tr("Planned: %s. Tick what was actually done.") % activities_text(session.planned_activities))
        planned.setWordWrap(True)
        acts.addWidget(planned)
        self.activities = ActivityChecks(self.tr("Activities done"), session.planned_activities)
        acts.addWidget(self.activities)
        self.outside = QLabel()
        self.outside.setWordWrap(True)
        self.outside.setStyleSheet(ERROR_STYLE)
        self.outside.setAccessibleName(self.tr("Consent warning"))
        acts.addWidget(self.outside)
        layout.addWidget(acts_box)

        suds_box = QGroupBox(self.tr("Distress (SUDS, 0 = none, 10 = the most)"))
        form = QFormLayout(suds_box)
        self.suds_before = SudsSlider(self.tr("SUDS before"))
        self.suds_after = SudsSlider(self.tr("SUDS after"))
        form.addRow(self.tr("SUDS &before"), self.suds_before)
        form.addRow(self.tr("SUDS &after"), self.suds_after)
        layout.addWidget(suds_box)

        how_box = QGroupBox(self.tr("How it went"))
        form = QFormLayout(how_box)
        self.went_well = _text(self.tr("What went well"))
        self.was_hard = _text(self.tr("What was hard"))
        self.arousal_anxiety = _text(self.tr("How arousal and anxiety were handled"))
        form.addRow(self.tr("Went &well"), self.went_well)
        form.addRow(self.tr("Was ha&rd"), self.was_hard)
        form.addRow(self.tr("Arousal / a&nxiety"), self.arousal_anxiety)
        layout.addWidget(how_box)

        limits_box = QGroupBox(self.tr("Boundaries and signals"))
        form = QFormLayout(limits_box)
        self.boundaries_kept = QCheckBox(self.tr("Boundaries and agreed limits were kept"))
        self.boundaries_kept.setChecked(True)
        self.boundaries_kept.setAccessibleName(self.tr("Boundaries kept"))
        self.boundaries_note = QLineEdit()
        self.boundaries_note.setAccessibleName(self.tr("Boundaries note"))
        self.boundaries_note.setPlaceholderText(self.tr("Required when a boundary was not kept"))
        self.stop_signals = QSpinBox()
        self.stop_signals.setAccessibleName(self.tr("Stop signals used"))
        self.pause_signals = QSpinBox()
        self.pause_signals.setAccessibleName(self.tr("Pause signals used"))
        form.addRow(self.boundaries_kept)
        form.addRow(self.tr("N&ote"), self.boundaries_note)
        form.addRow(self.tr("&Stop signals used"), self.stop_signals)
        form.addRow(self.tr("&Pause signals used"), self.pause_signals)
        layout.addWidget(limits_box)

        care_box = QGroupBox(self.tr("Safer sex and aids"))
        form = QFormLayout(care_box)
        self.safer_sex = QLineEdit()
        self.safer_sex.setAccessibleName(self.tr("Safer-sex practice"))
        self.aids_used = QLineEdit()
        self.aids_used.setAccessibleName(self.tr("Aids used"))
        self.aids_used.setPlaceholderText(self.tr("Separate with commas, e.g. pelvic model, full-body doll"))
        form.addRow(self.tr("Sa&fer sex"), self.safer_sex)
        form.addRow(self.tr("A&ids used"), self.aids_used)
        layout.addWidget(care_box)

        therapist_box = QGroupBox(self.tr("For the therapist"))
        form = QFormLayout(therapist_box)
        self.reactions = _text(self.tr("Your own reactions (countertransference)"))
        self.questions = _text(self.tr("Questions for the therapist"))
        self.proposal = _text(self.tr("Proposal for next session"))
        form.addRow(self.tr("Your r&eactions"), self.reactions)
        form.addRow(self.tr("&Questions"), self.questions)
        form.addRow(self.tr("Proposal for ne&xt"), self.proposal)
        layout.addWidget(therapist_box)

        self.process_recording = _text(self.tr("Process recording"), 90)
        recording_box = QGroupBox(self.tr("Process recording (kept apart)"))
        box = QVBoxLayout(recording_box)
        note = QLabel(self.tr(
            "Your detailed notes to the therapist. Kept apart from the clinical record: only the "
            "therapist and you read them, and they never appear in the progress summary."))
        note.setWordWrap(True)
        box.addWidget(note)
        box.addWidget(self.process_recording)
        recording_box.setVisible(show_process_recording)
        layout.addWidget(recording_box)

        self.reason = _reason_box(self)
        if amend:
            reason_box = QGroupBox(self.tr("Reason for the amendment"))
            QVBoxLayout(reason_box).addWidget(self.reason)
            outer.addWidget(reason_box)
        self.error = _error_label(self)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            self.tr("A&mend debrief") if amend else self.tr("Sub&mit debrief"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        if amend and session.debrief is not None:
            self._fill(session.debrief)
        self.held_at.dateTimeChanged.connect(self._consent_marks)
        for check in self.activities.boxes.values():
            check.toggled.connect(self._warn)
        self._consent_marks()

    def _fill(self, d: Debrief) -> None:
        self.held_at.setDateTime(QDateTime.fromString(d.held_at, QT_MINUTES))
        self.duration.setValue(d.duration_min)
        self.location.setText(d.location)
        self.activities.set_checked(d.activities_done)
        self.suds_before.set_value(d.suds_before)
        self.suds_after.set_value(d.suds_after)
        for name in ("went_well", "was_hard", "arousal_anxiety", "reactions", "questions",
                     "proposal", "process_recording"):
            getattr(self, name).setPlainText(getattr(d, name))
        self.boundaries_kept.setChecked(d.boundaries_kept)
        self.boundaries_note.setText(d.boundaries_note)
        self.stop_signals.setValue(d.stop_signals)
        self.pause_signals.setValue(d.pause_signals)
        self.safer_sex.setText(d.safer_sex)
        self.aids_used.setText(", ".join(d.aids_used))

    def _consent_marks(self) -> None:
        try:
            in_force = self.ws.consent.in_force(self.session.case_id, _minutes(self.held_at))
        except Exception:  # the time cannot be read: mark nothing as consented
            in_force = ()
        self.activities.mark(in_force)
        self._warn()

    def _warn(self) -> None:
        outside = self.activities.outside()
        if not outside:
            self.outside.setText("")
            return
        text = self.tr(
            "Not covered by consent in force at %s: %s. An amendment does not flag the debrief "
            "again: tell the therapist.") if self.amending else self.tr(
            "Not covered by consent in force at %s: %s. The debrief records it as it happened "
            "and is flagged for the therapist's review.")
        self.outside.setText(text % (when_text(_minutes(self.held_at)), activities_text(outside)))

    def values(self) -> dict[str, Any]:
        """The form as the core's field names and types."""
        out: dict[str, Any] = {
            "held_at": _minutes(self.held_at), "duration_min": self.duration.value(),
            "location": self.location.text().strip(),
            "activities_done": [a.value for a in self.activities.checked()],
            "suds_before": self.suds_before.value(), "suds_after": self.suds_after.value(),
            "boundaries_kept": self.boundaries_kept.isChecked(),
            "boundaries_note": self.boundaries_note.text().strip(),
            "stop_signals": self.stop_signals.value(), "pause_signals": self.pause_signals.value(),
            "safer_sex": self.safer_sex.text().strip(),
            "aids_used": [a.strip() for a in self.aids_used.text().replace(";", ",").split(",") if a.strip()],
        }
        for name in ("went_well", "was_hard", "arousal_anxiety", "reactions", "questions", "proposal"):
            out[name] = getattr(self, name).toPlainText().strip()
        if self.with_recording:
            out["process_recording"] = self.process_recording.toPlainText().strip()
        return out

    def _current(self, d: Debrief) -> dict[str, Any]:
        return {
            "held_at": d.held_at, "duration_min": d.duration_min, "location": d.location,
            "activities_done": [a.value for a in d.activities_done], "suds_before": d.suds_before,
            "suds_after": d.suds_after, "boundaries_kept": d.boundaries_kept,
            "boundaries_note": d.boundaries_note, "stop_signals": d.stop_signals,
            "pause_signals": d.pause_signals, "safer_sex": d.safer_sex, "aids_used": list(d.aids_used),
            "went_well": d.went_well, "was_hard": d.was_hard, "arousal_anxiety": d.arousal_anxiety,
            "reactions": d.reactions, "questions": d.questions, "proposal": d.proposal,
            "process_recording": d.process_recording,
        }

    def submit(self) -> None:
        values = self.values()
        if not values["activities_done"]:
            self.error.setText(self.tr("Tick the activities done in this session (at least one)."))
            return
        unset = [s for s in (self.suds_before, self.suds_after) if not s.is_set()]
        if unset and not self.amending:
            self.error.setText(self.tr("Rate SUDS before and after the session: move each slider "
                                       "(0 = no distress), or tick “not rated”."))
            unset[0].slider.setFocus()
            return
        if not values["boundaries_kept"] and not values["boundaries_note"]:
            self.error.setText(self.tr("Say in the note which boundary was not kept and what happened."))
            self.boundaries_note.setFocus()
            return
        try:
            if self.amending:
                self._amend(values)
            else:
                if not self._confirm_outside():
                    return
                self.change = self.ws.sessions.submit_debrief(
                    self.session.session_id, DebriefForm(**values))
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        if self.change is not None:
            self.accept()

    def _confirm_outside(self) -> bool:
        outside = self.activities.outside()
        if not outside:
            return True
        return dialogs.confirm(self, self.tr(
            "%s was not covered by consent in force at %s.\n\nThe debrief is recorded as it "
            "happened and flagged for the therapist's review. Submit it?") % (
            activities_text(outside), when_text(_minutes(self.held_at))),
            self.tr("Submit and flag for review"))

    def _amend(self, values: dict[str, Any]) -> None:
        d = self.session.debrief
        assert d is not None
        current = self._current(d)
        changes = {k: v for k, v in values.items() if v != current[k]}
        if not changes:
            self.error.setText(sentence(InvalidInput("no-changes")))
            return
        if not self.reason.toPlainText().strip():
            self.error.setText(sentence(InvalidInput("reason-required")))
            self.reason.setFocus()
            return
        self.change = self.ws.amendments.amend(d.entry_id, self.reason.toPlainText(), changes)


# -- scheduling -----------------------------------------------------------------------------

# The documents a surrogate session needs first (DOMAIN: consent audit), with who must have signed.
SESSION_DOCUMENTS = (("informed-consent", ("client",)), ("release-of-information", ("client",)),
                     ("triad-agreement", ("client", "therapist", "surrogate")))


def missing_documents(ws: Workspace, case_id: str, at: str) -> list[str]:
    """Titles of the documents a surrogate session at ``at`` needs that are not in force then
    (signed by the parties they need). The consent audit flags a first session without them."""
    records = ws.consent.records(case_id)
    titles = {f.form_id: f.title for f in ws.consent.forms()}
    out = []
    for form_id, parties in SESSION_DOCUMENTS:
        if not any(r.form_id == form_id and r.status(at) in ("in-force", "partly-revoked")
                   and set(parties) <= {sig.party for sig in r.signatures} for r in records):
            out.append(titles.get(form_id, form_id))
    return out


class ScheduleDialog(QDialog):
    """Schedule a session (the therapist). Planned activities show whether consent covers
    them at the chosen time; the core refuses a plan outside consent and names what is missing.
    With ``session`` given, it amends that session's time, duration, location and phase."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None,
                 session: Session | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.session = ws, case_id, session
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend session") if session else self.tr("Schedule a session"))
        self.resize(640, 520)
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
        self.when = _minutes_edit(self.tr("Date and time"), start)
        self.duration = _duration(self.tr("Duration"), session.duration_min if session else 90)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        self.phase.addItem(self.tr("(no phase)"), None)
        for p in plan.phases if plan else ():
            self.phase.addItem(self.tr("%s (%s)") % (p.title, tr(p.status)), p.phase_id)
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
        self.reason = _reason_box(self)
        if session:
            for widget in (self.kind, self.surrogate, self.activities):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Kind, surrogate and planned activities are not amended; "
                                          "schedule a new session instead."))
            form.addRow(self.tr("&Reason"), self.reason)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            self.tr("A&mend session") if session else self.tr("Sc&hedule"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.when.dateTimeChanged.connect(self._consent_marks)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.phase.currentIndexChanged.connect(self._phase_chosen)
        for check in self.activities.boxes.values():
            check.toggled.connect(self._warn)
        self._plan = plan
        self._kind_changed()
        if not session:
            self._phase_chosen()
        self._consent_marks()

    def _kind_changed(self) -> None:
        therapist_only = self.kind.currentData() == "therapist_session"
        self._documents()
        self.surrogate.setEnabled(not therapist_only and self.session is None and self.surrogate.count() > 0)
        self.surrogate.setToolTip(self.tr("A therapist session has no surrogate partner.")
                                  if therapist_only else "")

    def _phase_chosen(self) -> None:
        """Choosing a phase ticks the activities its plan names (the person may untick)."""
        phase_id = self.phase.currentData()
        if self._plan is not None and phase_id and self.session is None:
            self.activities.set_checked(self._plan.phase(phase_id).activities)

    def _consent_marks(self) -> None:
        self.activities.mark(self.ws.consent.in_force(self.case_id, _minutes(self.when)))
        self._warn()
        self._documents()

    def _warn(self) -> None:
        outside = self.activities.outside()
        self.outside.setText(self.tr("Not covered by consent at that time: %s. Scheduling will be "
                                     "refused.") % activities_text(outside) if outside else "")

    def _documents(self) -> None:
        """A surrogate session needs informed consent, the release of information and the triad
        agreement first: say which are missing at the chosen time (scheduling is still allowed)."""
        missing = ([] if self.kind.currentData() != "surrogate_session"
                   else missing_documents(self.ws, self.case_id, _minutes(self.when)))
        self.documents.setText(
            "⚠ " + self.tr("Not signed and in force at that time: %s. A surrogate session needs "
                           "them first; the consent audit flags a first session held without "
                           "them. Record them on the Consent tab.") % ", ".join(m[:1].lower() + m[1:] for m in missing)
            if missing else "")
        self.documents.setVisible(bool(missing))

    def submit(self) -> None:
        try:
            if self.session is None:
                kind = self.kind.currentData()
                self.change = self.ws.sessions.schedule(
                    self.case_id, kind, _minutes(self.when), self.duration.value(),
                    self.phase.currentData(), tuple(a.value for a in self.activities.checked()),
                    self.location.text(),
                    None if kind == "therapist_session" else self.surrogate.currentData())
            else:
                s = self.session
                new = {"starts_at": _minutes(self.when), "duration_min": self.duration.value(),
                       "location": self.location.text().strip(), "phase_id": self.phase.currentData()}
                old = {"starts_at": s.starts_at, "duration_min": s.duration_min,
                       "location": s.location, "phase_id": s.phase_id}
                changes = {k: v for k, v in new.items() if v != old[k]}
                if not changes:
                    raise InvalidInput("no-changes")
                self.change = self.ws.amendments.amend(s.entry_id, self.reason.toPlainText(), changes)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            return
        self.accept()


def _next_morning(now: str) -> str:
    day = QDate.fromString(now[:10], "yyyy-MM-dd").addDays(1)
    return QDateTime(day, QTime(10, 0)).toString(QT_MINUTES)


# -- the therapist's review -----------------------------------------------------------------

class ReviewDialog(QDialog):
    """The therapist acknowledges a debrief with a required comment. With ``amend=True`` it
    corrects the comment of the latest review, with a reason."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 amend: bool = False, details: str = "") -> None:
        super().__init__(parent)
        self.ws, self.session, self.amending = ws, session, amend
        self.change: Change | None = None
        d = session.debrief
        assert d is not None
        self.setWindowTitle(self.tr("Amend review") if amend else self.tr("Review debrief"))
        self.resize(680, 640 if details else 420)
        layout = QVBoxLayout(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The debrief"))
        self.details.setHtml(details)
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        summary = QLabel(self.tr("Debrief of the %s on %s. SUDS %s → %s.") % (
            kind_word(session.kind).lower(), when_text(d.held_at),
            "\N{EN DASH}" if d.suds_before is None else d.suds_before, "\N{EN DASH}" if d.suds_after is None else d.suds_after))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(self.tr("Flags"))
        if d.flags:
            self.flags.setText(self.tr("Flagged for review: %s.") % "; ".join(flag_word(f) for f in d.flags))
            self.flags.setStyleSheet(ERROR_STYLE)
        else:
            self.flags.setText(self.tr("No flags."))
        layout.addWidget(self.flags)
        form = QFormLayout()
        self.comment = _text(self.tr("Review comment"), 90)
        self.comment.setPlaceholderText(self.tr("What you discussed or decided (required)"))
        self.reason = _reason_box(self)
        if amend and d.reviews:
            original = QLabel(d.reviews[-1].comment)
            original.setWordWrap(True)
            original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Current comment"), original)
            self.comment.setPlainText(d.reviews[-1].comment)
        form.addRow(self.tr("&Comment"), self.comment)
        if amend:
            form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            self.tr("A&mend review") if amend else self.tr("&Acknowledge debrief"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        comment = self.comment.toPlainText()
        d = self.session.debrief
        assert d is not None
        try:
            if not comment.strip():
                raise InvalidInput("comment-required")
            if self.amending:
                review = d.reviews[-1]
                if comment.strip() == review.comment:
                    raise InvalidInput("no-changes")
                self.change = self.ws.amendments.amend(review.entry_id, self.reason.toPlainText(),
                                                       {"comment": comment})
            else:
                self.change = self.ws.sessions.review(self.session.session_id, comment)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            self.comment.setFocus()
            return
        self.accept()


# -- measures -------------------------------------------------------------------------------

class MeasureDialog(QDialog):
    """Record a SUDS rating, IIEF-5 total or FSFI total with its date (the therapist), checked
    against the core's ranges as it is typed. With ``measure`` given, amend it with a reason."""

    def __init__(self, ws: Workspace, case_id: str, parent: QWidget | None = None,
                 measure: Measure | None = None) -> None:
        super().__init__(parent)
        self.ws, self.case_id, self.measure = ws, case_id, measure
        self.change: Change | None = None
        self.setWindowTitle(self.tr("Amend measure") if measure else self.tr("Record a measure"))
        self.resize(480, 300)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Measure"))
        for kind in MEASURE_RANGES:
            self.kind.addItem(measure_word(kind), kind)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.on = QDateEdit(QDate.fromString((measure.on if measure else ws.local_now())[:10], "yyyy-MM-dd"))
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setCalendarPopup(True)
        self.on.setAccessibleName(self.tr("Date"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Situation or note"))
        self.label.setPlaceholderText(self.tr("For SUDS: the situation rated, e.g. Undressing in front of a partner"))
        self.reason = _reason_box(self)
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
        self.error = _error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button: QPushButton = buttons.addButton(
            self.tr("&Amend measure") if measure else self.tr("Re&cord"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.value.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        self._check()

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
                    raise InvalidInput("no-changes")
                self.change = self.ws.amendments.amend(m.entry_id, self.reason.toPlainText(), changes)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc, tr(MEASURE_WORDS[kind])))
            return
        self.accept()
