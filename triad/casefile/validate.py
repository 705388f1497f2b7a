"""Validators and rules the case file's services share, and the importers too (JSON case
files, exchange packets): each cleans one value or raises InvalidInput naming the field, or, for
a rule, says why not (an InvalidInput to raise or to show) or None."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from triad.casefile.ladder import LADDER, Activity
from triad.errors import InvalidCode, InvalidInput

# What no name or label may hold: C0 and C1 control characters (ESC starts a terminal escape
# sequence; CR and BS overwrite what was printed) and the bidirectional embeddings, overrides
# and isolates (U+202A-202E, U+2066-2069), which reorder what a reader sees. Letters of every
# script, Arabic and Hebrew included, stay allowed: they carry their own direction. The case
# file and packet schemas say the same (``$defs/label``; a test keeps the two equal).
UNSAFE_IN_LABEL = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{UNSAFE_IN_LABEL}]")


def label(value: Any, field: str) -> str:
    """A name or a one-line label (a member's name, a credential, a client's name or pronouns,
    a phase title, a signal word...): refused with ``control-character`` when it holds a
    control character or a bidirectional override (see ``UNSAFE_IN_LABEL``)."""
    text = str(value)
    if _UNSAFE.search(text):
        raise InvalidInput(InvalidCode.CONTROL_CHARACTER, field=field)
    return text


def suds(value: Any, name: str) -> int | None:
    """A SUDS rating (0-10), or None when left empty."""
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(InvalidCode.NUMBER, field=name) from exc
    if not 0 <= number <= 10:
        raise InvalidInput(InvalidCode.RANGE, field=name, minimum=0, maximum=10)
    return number


def count(value: Any, name: str) -> int:
    """A count (signals used): a whole number, not negative."""
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(InvalidCode.NUMBER, field=name) from exc
    if number < 0:
        raise InvalidInput(InvalidCode.RANGE, field=name)
    return number


def duration(value: Any) -> int:
    """A session's length in minutes: 1 to 24 hours."""
    number = count(value, "duration_min")
    if not 1 <= number <= 24 * 60:
        raise InvalidInput(InvalidCode.RANGE, field="duration_min", minimum=1, maximum=1440)
    return number


# Scales a goal may be measured on, by the name of its unit (DOMAIN: SUDS 0-10, IIEF-5 5-25,
# FSFI 2-36). Any other unit (or none) is free text: its values are not checked.
GOAL_SCALES: dict[str, tuple[float, float]] = {
    "SUDS": (0.0, 10.0),
    "IIEF-5": (5.0, 25.0),
    "FSFI": (2.0, 36.0),
}


def goal_scale(unit: str) -> tuple[str, tuple[float, float]] | None:
    """The scale ``unit`` names (its name and range, any case and spacing), or None."""
    name = str(unit).strip().upper()
    return (name, GOAL_SCALES[name]) if name in GOAL_SCALES else None


def goal_value_problem(unit: str, value: object, field: str) -> InvalidInput | None:
    """Why ``value`` cannot be a goal's ``field`` (baseline, target, or a progress value) on
    ``unit``'s scale, or None. A decimal comma is read as a point, as people type it."""
    scale = goal_scale(unit)
    if scale is None:
        return None
    name, (low, high) = scale
    data: dict[str, object] = {"field": field, "scale": name, "minimum": low, "maximum": high}
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return InvalidInput(InvalidCode.SCALE_NUMBER, **data)
    if not low <= number <= high:
        return InvalidInput(InvalidCode.SCALE_RANGE, **data)
    return None


def date_of_birth_problem(date_of_birth: str, today: str) -> InvalidInput | None:
    """Why ``date_of_birth`` (``YYYY-MM-DD``, or "" for none) cannot be a client's, given the
    workspace's ``today`` (``YYYY-MM-DD...``), or None: it may not be in the future."""
    if date_of_birth and date_of_birth > today[:10]:
        return InvalidInput(InvalidCode.DATE_OF_BIRTH_FUTURE, field="client.date_of_birth")
    return None


# The age of majority when the practice set none (audit settings, ``age_of_majority``), and
# the range a practice may choose from.
AGE_OF_MAJORITY = 18
AGE_OF_MAJORITY_RANGE = (16, 21)


def age_on(date_of_birth: str, day: str) -> int:
    """Whole years of age on ``day`` (``YYYY-MM-DD...``) of a client born on ``date_of_birth``
    (``YYYY-MM-DD``); one born on 29 February turns a year older on 1 March."""
    born = tuple(int(x) for x in date_of_birth[:10].split("-"))
    on = tuple(int(x) for x in day[:10].split("-"))
    return on[0] - born[0] - (1 if on[1:] < born[1:] else 0)


def minor_on(date_of_birth: str, day: str, majority: int = AGE_OF_MAJORITY) -> bool:
    """Whether a client born on ``date_of_birth`` is under ``majority`` on ``day`` (False when no
    date of birth is recorded: "")."""
    return bool(date_of_birth) and age_on(date_of_birth, day) < majority


def without_touch(covered: Collection[Activity]) -> tuple[Activity, ...]:
    """``covered`` less the touch and aid activities: what a minor's consent may cover,
    whatever a record on file grants."""
    touch = set(touch_activities(tuple(a.value for a in covered)))
    return tuple(a for a in covered if a.value not in touch)


def touch_activities(values: tuple[str, ...]) -> list[str]:
    """Which of ``values`` (activity codes) are touch or aid activities: clothed touch and every
    rung above it on the ladder, and therapeutic aids. Only an adult may be consented to them."""
    touch = set(LADDER[LADDER.index(Activity.CLOTHED_TOUCH):])
    return [a.value for a in LADDER if a in touch and a.value in values]


def age_problem(date_of_birth: str, grants: tuple[str, ...], day: str,
                majority: int = AGE_OF_MAJORITY) -> InvalidInput | None:
    """Why a consent that grants ``grants`` from ``day`` cannot be recorded for a client born on
    ``date_of_birth`` ("" for not recorded), or None: any grant beyond conversation needs a date
    of birth on record; a client under ``majority`` on ``day`` cannot be consented to any touch
    or aid activity."""
    beyond = [g for g in grants if g != "conversation"]
    if beyond and not date_of_birth:
        return InvalidInput(InvalidCode.DATE_OF_BIRTH_REQUIRED, field="client.date_of_birth")
    touch = touch_activities(grants)
    if touch and minor_on(date_of_birth, day, majority):
        return InvalidInput(InvalidCode.MINOR, field="grants", activities=touch,
                            age_of_majority=majority)
    return None


def majority_setting(raw: str | None) -> int:
    """The age of majority stored in the vault's audit settings (their JSON, or None): 18 when
    the settings predate the field or hold a value out of range."""
    try:
        value = json.loads(raw).get("age_of_majority", AGE_OF_MAJORITY) if raw else AGE_OF_MAJORITY
        number = int(value)
    except (TypeError, ValueError, AttributeError):
        return AGE_OF_MAJORITY
    low, high = AGE_OF_MAJORITY_RANGE
    return number if low <= number <= high else AGE_OF_MAJORITY
