"""Validators and rules the case file's services share, and the importers too (JSON case
files, exchange packets): each cleans one value or raises InvalidInput naming the field, or, for
a rule, says why not (an InvalidInput to raise or to show) or None."""

from __future__ import annotations

from typing import Any

from triad.errors import InvalidCode, InvalidInput


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
