"""The words of the Sessions & debriefs tab and its forms: session kinds, measures, fields,
activities and debrief flags in words, and the core's refusals as sentences naming what is
wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from triad.casefile.flags import Flag, FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.casefile.measures import MEASURE_RANGES
from triad.errors import ConsentViolation, InvalidInput, NotFound, PermissionDenied
from ui.messages import message_for
from ui.widgets.form import clinical_minutes

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
    parsed = Flag(flag)
    words: dict[str, str] = {
        FlagKind.ACTIVITY_NOT_CONSENTED: tr("activity outside consent: %s"),
        FlagKind.ACTIVITY_NOT_PLANNED: tr("activity not planned: %s"),
        FlagKind.STOP_SIGNAL_USED: tr("stop signal used"),
        FlagKind.PAUSE_SIGNAL_USED: tr("pause signal used"),
        FlagKind.BOUNDARY_NOT_KEPT: tr("boundary not kept"),
    }
    text = words.get(parsed.kind, flag)
    return text % activity_word(parsed.activity) if "%s" in text else text


def sentence(exc: BaseException, subject: str = "") -> str:
    """The core's refusal as a sentence naming what is wrong (falls back to ui.messages)."""
    if isinstance(exc, ConsentViolation):
        return tr("Consent in force at %s does not cover: %s. Record consent for these activities "
                  "first, or plan the session without them.") % (
            clinical_minutes(exc.at), activities_text(exc.missing))
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
