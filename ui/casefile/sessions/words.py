"""The words of the Sessions & debriefs tab and its forms: session kinds, measures, fields,
activities and debrief flags in words, and the core's refusals as sentences naming what is
wrong."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from triad.casefile.flags import Flag, FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.casefile.measures import MEASURE_RANGES
from triad.errors import (
    ConsentViolation,
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionDenied,
)
from triad.messages import SESSIONS
from ui import messages
from ui.messages import message_for
from ui.widgets.form import clinical_minutes, clinical_number

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
    "safer_sex_kept": "Safer-sex agreement kept",
    "aids_used": "Aids used", "reactions": "Surrogate's reactions",
    "questions": "Questions for the therapist", "proposal": "Proposal for next session",
    "process_recording": "Process recording", "comment": "Review comment", "value": "Value",
    "on": "Date", "label": "Situation or note",
}


# The kind inside a sentence ("Next session: …, surrogate session."): its own words, in their
# own context, so that each language writes it as its grammar wants (German keeps the capital
# of a noun: lower-casing "Surrogatsitzung" gave "surrogatsitzung").
KIND_IN_SENTENCE = {"therapist_session": "therapist session",
                    "surrogate_session": "surrogate session",
                    "three_way_meeting": "three-way meeting"}


# A phase's status beside its title in the session form's choice ("Body image (active)").
PHASE_STATUS_WORDS = {"planned": "planned", "active": "active", "completed": "completed"}


def phase_status_word(status: str) -> str:
    return tr(PHASE_STATUS_WORDS[status]) if status in PHASE_STATUS_WORDS else status


def kind_word(kind: str) -> str:
    return tr(KIND_WORDS.get(kind, kind))


def kind_in_sentence(kind: str) -> str:
    """The session kind as a word inside a sentence (English lower case, German a noun)."""
    return QCoreApplication.translate("SessionKindInSentence", KIND_IN_SENTENCE[kind]) \
        if kind in KIND_IN_SENTENCE else kind


def activity_word(value: str | Activity) -> str:
    try:
        return QCoreApplication.translate("ladder", ACTIVITY_LABELS[Activity(value)])
    except ValueError:
        return str(value)


def activities_text(values: Any) -> str:
    return ", ".join(activity_word(a) for a in values) or tr("none")


def field_word(name: str) -> str:
    return tr(FIELD_WORDS.get(name, name.replace("_", " ")))


def measure_word(kind: str) -> str:
    low, high, _ = MEASURE_RANGES[kind]
    return tr("%s (%s\N{EN DASH}%s)") % (tr(MEASURE_WORDS[kind]), clinical_number(low), clinical_number(high))


def flag_word(flag: str, aids: Mapping[str, str] | None = None) -> str:
    """A debrief flag in words (the core's codes, e.g. ``activity-not-consented:intercourse``);
    ``aids`` (aid id -> description) names the aid of an ``aid-without-consent`` flag."""
    parsed = Flag(flag)
    if parsed.kind == FlagKind.AID_WITHOUT_CONSENT:
        return tr("aid used without its own consent: %s") % (aids or {}).get(
            parsed.subject, tr("an aid of the inventory"))
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
    if isinstance(exc, ConsentViolation) and exc.forms:  # names the missing form
        return messages.message_for(exc)
    if isinstance(exc, ConsentViolation):
        return messages.tr(SESSIONS["consent-violation"]).format(
            at=clinical_minutes(exc.at), activities=activities_text(exc.missing))
    data = getattr(exc, "data", {})
    detail = getattr(exc, "detail", "")
    if isinstance(exc, InvalidInput):
        name = subject or field_word(str(data.get("field", "")))
        if detail == InvalidCode.RANGE and "minimum" in data:
            return messages.tr(SESSIONS["range-between"]).format(
                name=name, minimum=clinical_number(float(data['minimum'])),
                maximum=clinical_number(float(data['maximum'])))
        if detail in SESSIONS:
            return messages.tr(SESSIONS[detail]).format(name=name)
    if isinstance(exc, PermissionDenied) and f"permission:{detail}" in SESSIONS:
        return messages.tr(SESSIONS[f"permission:{detail}"])
    if isinstance(exc, NotFound) and detail in (NotFoundCode.PLAN, NotFoundCode.PHASE):
        return messages.tr(SESSIONS["not-found"])
    return message_for(exc)
