"""The surrogate's debrief (and its amendment) and the therapist's review: the forms of the
Sessions & debriefs tab that go with a debrief. Scheduling and measures are in
``session_forms``, the shared widgets in ``session_widgets``, the words and sentences in
``session_words``; their names stay importable from here.

Each dialog calls the core itself when its main button is pressed, keeps the person's input
and shows the core's refusal as a sentence if it refuses, and stores the core's Change in
``self.change`` when it succeeds. Tests drive them by monkeypatching ``exec``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triad.casefile.cases import Change
from triad.casefile.drafts import DraftKind
from triad.casefile.ladder import needs_safer_sex
from triad.casefile.sessions import Debrief, DebriefForm, Session
from triad.errors import InvalidCode, InvalidInput
from triad.workspace import Workspace

# Re-exported: the Sessions tab, the Overview and the tests import these from here.
from ui.casefile.sessions.aids import AidPicker
from ui.casefile.sessions.forms import (
    SESSION_DOCUMENTS,
    MeasureDialog,
    ScheduleDialog,
    missing_documents,
)
from ui.casefile.sessions.widgets import (
    ActivityChecks,
    SudsSlider,
    duration_box,
    minutes_edit,
    minutes_of,
    reason_edit,
    text_box,
)
from ui.casefile.sessions.words import (
    FIELD_WORDS,
    KIND_WORDS,
    MEASURE_WORDS,
    QT_MINUTES,
    activities_text,
    activity_word,
    field_word,
    flag_word,
    kind_in_sentence,
    kind_word,
    measure_word,
    sentence,
    tr,
)
from ui.widgets import dialogs
from ui.widgets.drafts import DraftDialog
from ui.widgets.fit import open_at
from ui.widgets.form import ERROR_STYLE, action_buttons, clinical_minutes, error_label

__all__ = [
    "ERROR_STYLE", "FIELD_WORDS", "KIND_WORDS", "MEASURE_WORDS", "QT_MINUTES", "SESSION_DOCUMENTS",
    "ActivityChecks", "DebriefDialog", "MeasureDialog", "ReviewDialog", "ScheduleDialog",
    "SudsSlider", "activities_text", "activity_word", "field_word", "flag_word", "kind_word",
    "measure_word", "missing_documents", "sentence", "tr",
]


# -- the debrief ----------------------------------------------------------------------------

class DebriefDialog(DraftDialog):
    """The surrogate's structured debrief of one session (DOMAIN: "The surrogate's debrief").
    With ``amend=True`` it shows the debrief's current values and appends an amendment with
    only the changed fields and a required reason; the original stays in the record."""

    def __init__(self, ws: Workspace, session: Session, parent: QWidget | None = None,
                 amend: bool = False, show_process_recording: bool = True) -> None:
        super().__init__(parent)
        self.ws, self.session, self.amending = ws, session, amend
        self.change: Change | None = None
        self.with_recording = show_process_recording
        self.agreed_safer_sex = ""  # the triad agreement's, named by ``_terms``
        self.setWindowTitle(self.tr("Amend debrief") if amend else self.tr("Debrief"))
        open_at(self, 720, 760)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "%s, %s. Record what happened, as it happened. An activity outside consent, a stop or "
            "pause signal, or a boundary not kept is accepted and flags the debrief for the "
            "therapist's review.") % (kind_word(session.kind), clinical_minutes(session.starts_at)))
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
        self.held_at = minutes_edit(self.tr("Held at"), session.starts_at)
        self.duration = duration_box(self.tr("Duration"), session.duration_min)
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
        self.went_well = text_box(self.tr("What went well"))
        self.was_hard = text_box(self.tr("What was hard"))
        self.arousal_anxiety = text_box(self.tr("How arousal and anxiety were handled"))
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
        # the signals agreed in the triad agreement, in its words: the surrogate answers about them
        self.agreed_signals = QLabel()
        self.agreed_signals.setWordWrap(True)
        self.agreed_signals.setAccessibleName(self.tr("Agreed signals"))
        self.stop_label = QLabel(self.tr("&Stop signals used"))
        self.stop_label.setBuddy(self.stop_signals)
        self.pause_label = QLabel(self.tr("&Pause signals used"))
        self.pause_label.setBuddy(self.pause_signals)
        form.addRow(self.boundaries_kept)
        form.addRow(self.tr("N&ote"), self.boundaries_note)
        form.addRow(self.agreed_signals)
        form.addRow(self.stop_label, self.stop_signals)
        form.addRow(self.pause_label, self.pause_signals)
        layout.addWidget(limits_box)

        care_box = QGroupBox(self.tr("Safer sex and aids"))
        form = QFormLayout(care_box)
        self.safer_sex = QLineEdit()
        self.safer_sex.setAccessibleName(self.tr("Safer-sex practice"))
        # the aids used, ticked among the case's inventory (an older debrief's free text shows)
        old = session.debrief
        self.aids = AidPicker(ws.aids.list(session.case_id), old.aid_ids if amend and old else ())
        self.aids_text = QLabel()
        self.aids_text.setWordWrap(True)
        self.aids_text.setAccessibleName(self.tr("Aids named in free text"))
        if amend and old and old.aids_used:
            self.aids_text.setText(self.tr("Named in free text when first recorded: %s") %
                                   ", ".join(old.aids_used))
        # genital touch or intercourse: was the triad agreement's safer-sex agreement kept?
        self.safer_sex_question = QLabel()
        self.safer_sex_question.setWordWrap(True)
        self.safer_sex_question.setAccessibleName(self.tr("Safer-sex agreement"))
        self.kept_yes = QRadioButton(self.tr("Yes, kept"))
        self.kept_yes.setAccessibleName(self.tr("Safer-sex agreement kept"))
        self.kept_no = QRadioButton(self.tr("No, not kept"))
        self.kept_no.setAccessibleName(self.tr("Safer-sex agreement not kept"))
        self.kept_group = QButtonGroup(self)
        self.kept_group.addButton(self.kept_yes)
        self.kept_group.addButton(self.kept_no)
        self.kept_row = QWidget()
        row = QHBoxLayout(self.kept_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kept_yes)
        row.addWidget(self.kept_no)
        row.addStretch(1)
        form.addRow(self.safer_sex_question)
        form.addRow(self.tr("Agreement &kept?"), self.kept_row)
        form.addRow(self.tr("Sa&fer sex"), self.safer_sex)
        aids_label = QLabel(self.tr("A&ids used"))
        aids_label.setBuddy(self.aids)
        form.addRow(aids_label, self.aids)
        form.addRow(self.aids_text)
        self.aids_warning = QLabel()
        self.aids_warning.setWordWrap(True)
        self.aids_warning.setStyleSheet(ERROR_STYLE)
        self.aids_warning.setAccessibleName(self.tr("Aids consent warning"))
        form.addRow(self.aids_warning)
        self.aids_text.setVisible(bool(amend and old and old.aids_used))
        layout.addWidget(care_box)

        therapist_box = QGroupBox(self.tr("For the therapist"))
        form = QFormLayout(therapist_box)
        self.reactions = text_box(self.tr("Your own reactions (countertransference)"))
        self.questions = text_box(self.tr("Questions for the therapist"))
        self.proposal = text_box(self.tr("Proposal for next session"))
        form.addRow(self.tr("Your r&eactions"), self.reactions)
        form.addRow(self.tr("&Questions"), self.questions)
        form.addRow(self.tr("Proposal for ne&xt"), self.proposal)
        layout.addWidget(therapist_box)

        self.process_recording = text_box(self.tr("Process recording"), 90)
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

        self.reason = reason_edit(self)
        if amend:
            reason_box = QGroupBox(self.tr("Reason for the amendment"))
            QVBoxLayout(reason_box).addWidget(self.reason)
            outer.addWidget(reason_box)
        self.error = error_label()
        outer.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, outer, self.tr("A&mend debrief") if amend else self.tr("Sub&mit debrief"))
        buttons.accepted.connect(self.submit)

        if amend and session.debrief is not None:
            self._fill(session.debrief)
        self.held_at.dateTimeChanged.connect(self._consent_marks)
        for check in self.activities.boxes.values():
            check.toggled.connect(self._warn)
            check.toggled.connect(self._safer_sex_asked)
        self.aids.toggled.connect(self._warn)
        self._consent_marks()
        self.keep_drafts(ws, DraftKind.DEBRIEF_AMENDMENT if amend else DraftKind.DEBRIEF,
                         session.case_id, session.session_id)

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
        if d.safer_sex_kept is not None:
            (self.kept_yes if d.safer_sex_kept else self.kept_no).setChecked(True)
        self.aids.set_checked(d.aid_ids)

    def _consent_marks(self) -> None:
        try:
            in_force = self.ws.consent.in_force(self.session.case_id, minutes_of(self.held_at),
                                                self.session.surrogate_id)
        except Exception:  # the time cannot be read: mark nothing as consented
            in_force = ()
        self.activities.mark(in_force)
        try:
            aids = self.ws.sessions.aids_in_force(self.session, minutes_of(self.held_at))
        except Exception:  # the time cannot be read: no aid is marked consented
            aids = frozenset()
        self.aids.mark(aids)
        self._terms()
        self._warn()

    def _terms(self) -> None:
        """Name the signals and the safer-sex agreement of the triad agreement in force at the
        time held (the core's ``agreed_terms``), so the surrogate answers about those."""
        try:
            terms = self.ws.consent.agreed_terms(self.session.case_id, minutes_of(self.held_at),
                                                 self.session.surrogate_id)
        except Exception:  # the time cannot be read: name none
            terms = None
        signals = terms.signals if terms else None
        if signals is not None:
            self.agreed_signals.setText(self.tr(
                "Agreed in the triad agreement: stop signal “%s”, pause signal “%s”. Say how "
                "often the client used each; any use flags the debrief for the therapist's "
                "review.") % (signals.stop, signals.pause))
            self.stop_label.setText(self.tr("&Stop signal “%s” used") % signals.stop)
            self.pause_label.setText(self.tr("&Pause signal “%s” used") % signals.pause)
            self.stop_signals.setAccessibleName(self.tr("Stop signal “%s” used") % signals.stop)
            self.pause_signals.setAccessibleName(self.tr("Pause signal “%s” used") % signals.pause)
        else:
            self.agreed_signals.setText(self.tr(
                "No stop or pause signal is recorded in the triad agreement in force: count any "
                "signal the client used, and tell the therapist."))
            self.stop_label.setText(self.tr("&Stop signals used"))
            self.pause_label.setText(self.tr("&Pause signals used"))
        self.agreed_safer_sex = terms.safer_sex if terms else ""
        self._safer_sex_asked()

    def _safer_sex_asked(self) -> None:
        """The yes/no question shows for genital touch or intercourse (the core's rule)."""
        asked = needs_safer_sex(a.value for a in self.activities.checked())
        self.safer_sex_question.setVisible(asked)
        self.kept_row.setEnabled(asked)
        if self.agreed_safer_sex:
            self.safer_sex_question.setText(self.tr(
                "This session included genital touch or intercourse. Was the safer-sex "
                "agreement kept? Agreed: “%s”") % self.agreed_safer_sex)
        else:
            self.safer_sex_question.setText(self.tr(
                "This session included genital touch or intercourse, but the triad agreement in "
                "force records no safer-sex agreement: say what was done, and tell the therapist. "
                "Was safer-sex practice kept?"))

    def _warn(self) -> None:
        outside = self.activities.outside()
        aids = self.aids.unconsented()
        self.aids_warning.setText(self.tr(
            "No consent of its own in force at %s for: %s. The debrief records it as it "
            "happened and is flagged for the therapist's review.") % (
            clinical_minutes(minutes_of(self.held_at)), ", ".join(a.description for a in aids))
            if aids else "")
        if not outside:
            self.outside.setText("")
            return
        text = self.tr(
            "Not covered by consent in force at %s: %s. An amendment does not flag the debrief "
            "again: tell the therapist.") if self.amending else self.tr(
            "Not covered by consent in force at %s: %s. The debrief records it as it happened "
            "and is flagged for the therapist's review.")
        self.outside.setText(text % (clinical_minutes(minutes_of(self.held_at)), activities_text(outside)))

    def values(self) -> dict[str, Any]:
        """The form as the core's field names and types."""
        out: dict[str, Any] = {
            "held_at": minutes_of(self.held_at), "duration_min": self.duration.value(),
            "location": self.location.text().strip(),
            "activities_done": [a.value for a in self.activities.checked()],
            "suds_before": self.suds_before.value(), "suds_after": self.suds_after.value(),
            "boundaries_kept": self.boundaries_kept.isChecked(),
            "boundaries_note": self.boundaries_note.text().strip(),
            "stop_signals": self.stop_signals.value(), "pause_signals": self.pause_signals.value(),
            "safer_sex": self.safer_sex.text().strip(),
            "safer_sex_kept": self._kept(),
            "aid_ids": self.aids.checked(),
        }
        for name in ("went_well", "was_hard", "arousal_anxiety", "reactions", "questions", "proposal"):
            out[name] = getattr(self, name).toPlainText().strip()
        if self.with_recording:
            out["process_recording"] = self.process_recording.toPlainText().strip()
        return out

    def _kept(self) -> bool | None:
        """The yes/no answer, or None when not answered (or not asked: no genital touch or
        intercourse ticked)."""
        if not needs_safer_sex(a.value for a in self.activities.checked()):
            return None
        if self.kept_yes.isChecked():
            return True
        return False if self.kept_no.isChecked() else None

    def _current(self, d: Debrief) -> dict[str, Any]:
        return {
            "held_at": d.held_at, "duration_min": d.duration_min, "location": d.location,
            "activities_done": [a.value for a in d.activities_done], "suds_before": d.suds_before,
            "suds_after": d.suds_after, "boundaries_kept": d.boundaries_kept,
            "boundaries_note": d.boundaries_note, "stop_signals": d.stop_signals,
            "pause_signals": d.pause_signals, "safer_sex": d.safer_sex,
            "safer_sex_kept": d.safer_sex_kept, "aid_ids": list(d.aid_ids),
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
        aids = self.aids.unconsented()
        if not outside and not aids:
            return True
        what = [activities_text(outside)] if outside else []
        what += [self.tr("the aid “%s”") % a.description for a in aids]
        return dialogs.confirm(self, self.tr(
            "%s was not covered by consent in force at %s.\n\nThe debrief is recorded as it "
            "happened and flagged for the therapist's review. Submit it?") % (
            ", ".join(what), clinical_minutes(minutes_of(self.held_at))),
            self.tr("Submit and flag for review"))

    def _amend(self, values: dict[str, Any]) -> None:
        d = self.session.debrief
        assert d is not None
        current = self._current(d)
        changes = {k: v for k, v in values.items() if v != current[k]}
        if not changes:
            self.error.setText(sentence(InvalidInput(InvalidCode.NO_CHANGES)))
            return
        if not self.reason.toPlainText().strip():
            self.error.setText(sentence(InvalidInput(InvalidCode.REASON_REQUIRED)))
            self.reason.setFocus()
            return
        self.change = self.ws.amendments.amend(d.entry_id, self.reason.toPlainText(), changes)


# -- the therapist's review -----------------------------------------------------------------

class ReviewDialog(DraftDialog):
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
        open_at(self, 680, 640 if details else 420)
        layout = QVBoxLayout(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The debrief"))
        self.details.setHtml(details)
        self.details.setVisible(bool(details))
        layout.addWidget(self.details, 1)
        summary = QLabel(self.tr("Debrief of the %s on %s. SUDS %s → %s.") % (
            kind_in_sentence(session.kind), clinical_minutes(d.held_at),
            "\N{EN DASH}" if d.suds_before is None else d.suds_before, "\N{EN DASH}" if d.suds_after is None else d.suds_after))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(self.tr("Flags"))
        if d.flags:
            aids = ws.aids.descriptions(session.case_id)
            self.flags.setText(self.tr("Flagged for review: %s.") % "; ".join(
                flag_word(f, aids) for f in d.flags))
            self.flags.setStyleSheet(ERROR_STYLE)
        else:
            self.flags.setText(self.tr("No flags."))
        layout.addWidget(self.flags)
        form = QFormLayout()
        self.comment = text_box(self.tr("Review comment"), 90)
        self.comment.setPlaceholderText(self.tr("What you discussed or decided (required)"))
        self.reason = reason_edit(self)
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
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.submit_button = action_buttons(
            self, layout, self.tr("A&mend review") if amend else self.tr("&Acknowledge debrief"))
        buttons.accepted.connect(self.submit)
        self.keep_drafts(ws, DraftKind.REVIEW_AMENDMENT if amend else DraftKind.REVIEW,
                         session.case_id, session.session_id)

    def submit(self) -> None:
        comment = self.comment.toPlainText()
        d = self.session.debrief
        assert d is not None
        try:
            if not comment.strip():
                raise InvalidInput(InvalidCode.COMMENT_REQUIRED)
            if self.amending:
                review = d.reviews[-1]
                if comment.strip() == review.comment:
                    raise InvalidInput(InvalidCode.NO_CHANGES)
                self.change = self.ws.amendments.amend(review.entry_id, self.reason.toPlainText(),
                                                       {"comment": comment})
            else:
                self.change = self.ws.sessions.review(self.session.session_id, comment)
        except Exception as exc:  # the core refused; nothing was written
            self.error.setText(sentence(exc))
            self.comment.setFocus()
            return
        self.accept()
