"""Entry timestamps: one format, written by ``clock.utc_stamp``."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from triad import clock


def test_utc_stamp_is_utc_to_the_microsecond() -> None:
    assert clock.utc_stamp(datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)) == "2026-01-02T03:04:05.000006Z"
    berlin = timezone(timedelta(hours=1))
    assert clock.utc_stamp(datetime(2026, 1, 2, 0, 30, tzinfo=berlin)) == "2026-01-01T23:30:00.000000Z"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", clock.utc_stamp())
