"""The fixed activity ladder consent names, and the vocabularies of the field (DOMAIN.md).
The core speaks in these codes; the UI and printouts turn them into words."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from triad.errors import InvalidCode, InvalidInput
from triad.i18n import T_


class Activity(StrEnum):
    CONVERSATION = "conversation"
    RELAXATION = "relaxation_breathing"
    CLOTHED_TOUCH = "clothed_touch"
    BODY_IMAGE = "nudity_body_image"
    NON_GENITAL_TOUCH = "non_genital_touch"
    GENITAL_TOUCH = "genital_touch"
    INTERCOURSE = "intercourse"
    AIDS = "therapeutic_aids"


LADDER: tuple[Activity, ...] = tuple(Activity)

# Activities for which the safer-sex agreement applies (DOMAIN: a standing duty of the surrogate
# partner for genital touch and intercourse): a debrief says whether it was kept.
SAFER_SEX_ACTIVITIES = frozenset({Activity.GENITAL_TOUCH, Activity.INTERCOURSE})


def needs_safer_sex(done: Iterable[str]) -> bool:
    """Whether a session that included ``done`` (activity codes) falls under the safer-sex
    agreement."""
    return any(str(a) in SAFER_SEX_ACTIVITIES for a in done)

# each marked for the catalogue's context "ladder" (translated where shown)
ACTIVITY_LABELS = {
    Activity.CONVERSATION: T_("ladder", "Conversation"),
    Activity.RELAXATION: T_("ladder", "Relaxation and breathing"),
    Activity.CLOTHED_TOUCH: T_("ladder", "Clothed non-sexual touch"),
    Activity.BODY_IMAGE: T_("ladder", "Nudity / body-image work"),
    Activity.NON_GENITAL_TOUCH: T_("ladder", "Non-genital touch"),
    Activity.GENITAL_TOUCH: T_("ladder", "Genital touch"),
    Activity.INTERCOURSE: T_("ladder", "Sexual intercourse"),
    Activity.AIDS: T_("ladder", "Use of therapeutic aids"),
}

PRESENTING_CONCERNS = (
    "intimacy-difficulties", "lack-of-confidence", "communication-problems", "anxiety",
    "performance-anxiety", "low-desire", "disability-or-chronic-illness", "abuse-or-trauma",
    "erectile-dysfunction", "premature-ejaculation", "painful-sex", "negative-body-image",
    "inexperience", "trust-after-infidelity", "shame",
)


def activities(values: Iterable[str], field: str = "activities") -> tuple[Activity, ...]:
    """Validate activity codes; returns them once each, in ladder order."""
    chosen = set()
    for v in values:
        try:
            chosen.add(Activity(v))
        except ValueError as exc:
            raise InvalidInput(InvalidCode.ACTIVITY, field=field, value=str(v)) from exc
    return tuple(a for a in LADDER if a in chosen)


def ladder_sorted(values: Iterable[Activity]) -> list[str]:
    chosen = set(values)
    return [a.value for a in LADDER if a in chosen]
