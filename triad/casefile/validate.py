"""Validators the case file's services share: each cleans one value or raises InvalidInput
naming the field."""

from __future__ import annotations

from typing import Any

from triad.errors import InvalidInput


def suds(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput("number", field=name) from exc
    if not 0 <= number <= 10:
        raise InvalidInput("range", field=name, minimum=0, maximum=10)
    return number


def count(value: Any, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput("number", field=name) from exc
    if number < 0:
        raise InvalidInput("range", field=name)
    return number


def duration(value: Any) -> int:
    number = count(value, "duration_min")
    if not 1 <= number <= 24 * 60:
        raise InvalidInput("range", field="duration_min", minimum=1, maximum=1440)
    return number
