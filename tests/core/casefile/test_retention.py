"""Retention (issue 17): the practice's periods, the one rule that says when a closed case's
period ends, and the cases due -- with the workspace clock moved."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.practice import Practice, hold_session, make_practice
from triad.casefile.retention import RetentionSettings, add_years, retention_end
from triad.errors import InvalidCode, InvalidInput, PermissionDenied


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v")
    yield practice
    practice.close()


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)


def close(p: Practice, day: str = "2026-03-20") -> None:
    p.t.cases.change_status(p.case, "closing", at=day + "T08:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at=day + "T09:00",
                            no_closing_meeting="Closure agreed by letter")


def test_the_rule_adults_minors_and_29_february() -> None:
    s = RetentionSettings()
    assert (s.years, s.minor_years, s.recorded) == (7, 3, False)
    assert retention_end("2026-03-20", "1990-01-02", "2026-01-05", s, 18) == ("2033-03-20", False)
    # a minor at the first service: until 3 years after coming of age, being later
    assert retention_end("2026-03-20", "2012-06-01", "2026-01-05", s, 18) == ("2033-06-01", True)
    # ... or 7 years after the last service when that is later
    assert retention_end("2026-03-20", "2009-06-01", "2026-01-05", s, 18) == ("2033-03-20", True)
    assert retention_end("2026-03-20", "2009-06-01", "2026-01-05", s, 21) == ("2033-06-01", True)
    assert add_years("2028-02-29", 7) == "2035-02-28"
    # no date of birth on record: the adults' rule
    assert retention_end("2026-03-20", "", "2026-01-05", s, 18) == ("2033-03-20", False)


def test_an_open_case_has_no_retention_end_and_a_closed_one_counts_from_its_last_service(
        p: Practice) -> None:
    assert p.t.retention.of(p.t.cases.get(p.case)) is None
    hold_session(p, "2026-02-02T10:00")
    close(p, "2026-03-20")
    r = p.t.retention.of(p.t.cases.get(p.case))
    assert r is not None
    assert (r.opened_on, r.closed_on, r.last_service_on, r.ends_on) == (
        "2026-01-05", "2026-03-20", "2026-03-20", "2033-03-20")


def test_a_held_session_after_the_closing_date_is_the_last_service(p: Practice) -> None:
    hold_session(p, "2026-02-02T10:00")
    close(p, "2026-01-30")  # closing recorded with an earlier date than the last session
    r = p.t.retention.of(p.t.cases.get(p.case))
    assert r is not None and (r.last_service_on, r.ends_on) == ("2026-02-02", "2033-02-02")


def test_due_lists_cases_whose_period_ended_with_the_clock_moved(p: Practice) -> None:
    close(p, "2026-03-20")
    p.t.clock = lambda: at("2033-03-19")
    assert p.t.retention.due() == []
    p.t.clock = lambda: at("2033-03-20")
    assert [(r.code, r.ends_on) for r in p.t.retention.due()] == [
        (p.t.cases.get(p.case).code, "2033-03-20")]
    # a preview with other figures, nothing put on record
    assert p.t.retention.due(settings=RetentionSettings(years=10)) == []
    assert p.t.retention.settings().recorded is False


def test_the_practice_sets_its_periods_on_record(p: Practice) -> None:
    close(p, "2026-03-20")
    s = p.t.retention.set(10, 5, "Germany: §630f BGB, 10 years")
    assert (s.years, s.minor_years, s.note, s.recorded) == (10, 5, "Germany: §630f BGB, 10 years", True)
    assert p.s.retention.settings() == s  # every member reads the practice's settings
    r = p.t.retention.of(p.t.cases.get(p.case))
    assert r is not None and r.ends_on == "2036-03-20"
    with pytest.raises(PermissionDenied):
        p.v.retention.set(7, 3)
    with pytest.raises(InvalidInput) as bad:
        p.t.retention.set(0, 3)
    assert bad.value.detail == InvalidCode.RETENTION_SETTING
    entry = p.t.log.entries("kind='vault.retention_settings'")[-1]
    assert entry.case_id is None and entry.body == {"years": 10, "minor_years": 5,
                                                    "note": "Germany: §630f BGB, 10 years"}
    p.t.log.rebuild()
    assert p.t.retention.settings() == s
