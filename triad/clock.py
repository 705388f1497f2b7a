"""Clinical times. Sessions, consent validity and revocations are wall-clock minutes in the
practice's local time, written ``YYYY-MM-DDTHH:MM`` so that they compare as strings. Entry
timestamps (``created_at``) are UTC, set by the log."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from triad.errors import InvalidCode, InvalidInput


def when(text: str, field: str = "when") -> str:
    """Normalise ``YYYY-MM-DD`` or ``YYYY-MM-DD[T ]HH:MM[:SS]`` to ``YYYY-MM-DDTHH:MM``."""
    raw = str(text).strip().replace(" ", "T")
    try:
        if len(raw) == 10:
            return datetime.fromisoformat(raw).strftime("%Y-%m-%dT00:00")
        return datetime.fromisoformat(raw.rstrip("Z")).strftime("%Y-%m-%dT%H:%M")
    except ValueError as exc:
        raise InvalidInput(InvalidCode.DATE, field=field) from exc


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def day(text: str, field: str = "date") -> str:
    """A calendar day, exactly ``YYYY-MM-DD`` (spaces around it ignored): a time, an offset
    or a compact ``YYYYMMDD`` where a day is asked is refused, not cut down to a day."""
    clean = str(text).strip()
    try:
        if not _DAY.fullmatch(clean):
            raise ValueError(clean)
        return date.fromisoformat(clean).isoformat()
    except ValueError as exc:
        raise InvalidInput(InvalidCode.DATE, field=field) from exc


def end_of(day_text: str) -> str:
    """The first minute after ``day_text``: validity "until D" includes all of D."""
    return (date.fromisoformat(day_text) + timedelta(days=1)).strftime("%Y-%m-%dT00:00")


def utc_stamp(moment: datetime | None = None) -> str:
    """An entry timestamp: ``moment`` (default now; naive means local time) in UTC, to the
    microsecond, e.g. ``2026-12-06T04:31:11.123456Z``. Stored in every entry's ``created_at``:
    the format never changes."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_now() -> str:
    return datetime.now().strftime("%Y-%m-%dT%H:%M")


def utc_to_local_minutes(created_at: str) -> str:
    """An entry's UTC timestamp as local wall-clock minutes."""
    moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%dT%H:%M")
