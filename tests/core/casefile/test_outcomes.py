"""What happened to each session (issue 16): an outcome entry by the therapist or the
session's surrogate partner, one rule for the outcome (``outcomes.outcome_of``), held-only
counts, "outcome missing" as a to-do. Each rule with its near miss."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import Practice, hold_session, make_practice
from triad.casefile import agenda, todo
from triad.casefile.outcomes import outcome_of
from triad.casefile.sessions import DebriefForm
from triad.errors import InvalidCode, InvalidInput, PermissionCode, PermissionDenied
from triad.workspace import Workspace


def _at(text: str) -> Callable[[], datetime]:
    return lambda: datetime.fromisoformat(text).astimezone()


def _clock(p: Practice, text: str) -> None:
    for ws in p.all():
        ws.clock = _at(text)


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v.triad")
    _clock(practice, "2026-02-01T09:00")
    yield practice  # type: ignore[misc]
    practice.close()


def _session(ws: Workspace, case: str, when: str, kind: str = "surrogate_session") -> str:
    return ws.sessions.schedule(case, kind, when, 60).subject_id or ""


def test_outcome_of_is_one_pure_rule() -> None:
    at = "2026-02-02T10:00"
    assert outcome_of(None, False, at, 60, "2026-02-02T10:59") == "scheduled"
    assert outcome_of(None, False, at, 60, "2026-02-02T11:00") == "outcome-missing"
    assert outcome_of(None, True, at, 60, "2026-02-02T10:30") == "held"  # a debrief: held
    assert outcome_of("no-show", False, at, 60, "2026-02-03T00:00") == "no-show"
    assert outcome_of("no-show", True, at, 60, "2026-02-03T00:00") == "held"


def test_status_tells_the_truth_for_past_sessions_without_an_outcome(p: Practice) -> None:
    """Reproduced: past sessions read "scheduled" (and counted as held)."""
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    assert p.t.sessions.get(sid).status == "scheduled"
    _clock(p, "2026-02-02T10:59")
    assert p.t.sessions.get(sid).status == "scheduled"  # near miss: not over yet
    _clock(p, "2026-02-02T11:00")
    assert p.t.sessions.get(sid).status == "outcome-missing"
    assert not p.t.sessions.get(sid).held


def test_a_debrief_implies_held_without_an_outcome_entry(p: Practice) -> None:
    sid = hold_session(p)
    _clock(p, "2026-02-03T09:00")
    s = p.t.sessions.get(sid)
    assert s.held and s.outcome_record is None and s.status == "debriefed"
    with pytest.raises(InvalidInput) as e:
        p.t.outcomes.record(sid, "no-show")
    assert e.value.detail == InvalidCode.OUTCOME_DEBRIEFED
    p.t.outcomes.record(sid, "held")  # near miss: held agrees with the debrief
    assert p.t.sessions.get(sid).outcome_record is not None


def test_held_and_no_show_only_once_the_start_has_passed(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T09:59")
    for outcome in ("held", "no-show"):
        with pytest.raises(InvalidInput) as e:
            p.t.outcomes.record(sid, outcome)
        assert e.value.detail == InvalidCode.OUTCOME_TOO_EARLY
    _clock(p, "2026-02-02T10:00")
    p.t.outcomes.record(sid, "no-show")  # near miss: from the start time on
    s = p.t.sessions.get(sid)
    assert s.status == "no-show" and not s.held


def test_a_cancellation_may_be_recorded_before_with_the_notice_from_the_clock(
        p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-01T08:30")
    p.t.outcomes.record(sid, "cancelled-by-client")
    record = p.t.sessions.get(sid).outcome_record
    assert record is not None and record.notice_hours == 25
    assert p.t.sessions.get(sid).status == "cancelled-by-client"


def test_a_practice_cancellation_after_the_start_needs_the_notice(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T12:00")
    with pytest.raises(InvalidInput) as e:
        p.t.outcomes.record(sid, "cancelled-by-practice")
    assert e.value.detail == InvalidCode.NOTICE_REQUIRED
    p.t.outcomes.record(sid, "cancelled-by-practice", notice_hours=2)
    record = p.t.sessions.get(sid).outcome_record
    assert record is not None and record.notice_hours == 2


def test_who_records_it(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T11:00")
    with pytest.raises(PermissionDenied) as e:
        p.v.outcomes.record(sid, "held")
    assert e.value.detail == PermissionCode.ROLE
    with pytest.raises(PermissionDenied):
        p.s2.outcomes.record(sid, "held")  # not on the case
    p.s.outcomes.record(sid, "late-cancellation", notice_hours=1)  # her own session
    with pytest.raises(InvalidInput) as e2:
        p.t.outcomes.record(sid, "held")
    assert e2.value.detail == InvalidCode.OUTCOME_RECORDED


def test_a_surrogate_partner_may_not_record_a_therapist_session(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T14:00", "therapist_session")
    _clock(p, "2026-02-02T15:00")
    assert p.t.outcomes.why_not_role(p.t.sessions.get(sid)) is None
    p.t.outcomes.record(sid, "held")
    assert p.t.sessions.get(sid).status == "held"


def test_an_outcome_is_amended_not_edited(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T11:00")
    entry = p.t.outcomes.record(sid, "no-show").entry_id
    p.t.amendments.amend(entry, "the client came late; the session was held",
                         {"outcome": "held"})
    s = p.t.sessions.get(sid)
    assert s.status == "held" and s.outcome_record is not None and s.outcome_record.amended
    assert p.t.log.get(entry).body["outcome"] == "no-show"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as e:
        p.t.amendments.amend(entry, "typo", {"outcome": "rained-off"})
    assert e.value.detail == InvalidCode.OUTCOME


def test_a_session_recorded_as_not_held_takes_no_debrief(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T11:00")
    p.s.outcomes.record(sid, "no-show")
    with pytest.raises(InvalidInput) as e:
        p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",)))
    assert e.value.detail == InvalidCode.NOT_HELD


def test_outcome_missing_is_a_to_do_for_whoever_records_it(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T14:00", "therapist_session")
    _clock(p, "2026-02-02T14:59")
    assert todo.outcomes_missing(p.t, p.case) == []  # near miss: not over yet
    _clock(p, "2026-02-02T15:00")
    assert todo.outcomes_missing(p.t, p.case) == [todo.Gap(todo.OUTCOME_MISSING, sid)]
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == ("outcome-missing", sid)
    assert todo.outcomes_missing(p.s, p.case) == []  # not hers: a therapist session
    p.t.outcomes.record(sid, "held")
    assert todo.outcomes_missing(p.t, p.case) == []
    item = agenda.next_due(p.t, p.case)
    assert item is None or item.code != "outcome-missing"


def test_a_cancelled_surrogate_session_wants_no_debrief(p: Practice) -> None:
    sid = _session(p.t, p.case, "2026-02-02T10:00")
    _clock(p, "2026-02-02T11:00")
    item = agenda.next_due(p.s, p.case)
    assert item is not None and item.code == "debrief-missing"
    p.s.outcomes.record(sid, "cancelled-by-client", notice_hours=3)
    item = agenda.next_due(p.s, p.case)
    assert item is None or item.code != "debrief-missing"


def test_a_vault_written_before_outcomes_opens_and_reads_debriefed_sessions_as_held(
        tmp_path: Path) -> None:
    from tests.core.practice import PASS
    from triad.vault.migrations import MIGRATIONS

    practice = make_practice(tmp_path / "old.triad")
    held = hold_session(practice)
    missed = hold_session(practice, "2026-02-09T10:00", debrief=False)
    db = practice.t.vault.db
    with db.transaction():  # back to schema 9: no session_outcomes table
        for table in ("session_outcomes", "session_notes", "private_notes"):  # 10 and 11
            db.execute(f"DROP TABLE {table}")
        db.set_meta("schema_version", "9")
    practice.close()
    ws = Workspace.open(practice.path, PASS, "Dr Tess")
    try:
        ws.clock = _at("2026-02-10T09:00")
        assert ws.vault.db.schema_version() == len(MIGRATIONS) >= 10  # and later ones
        assert ws.sessions.get(held).status == "debriefed"
        assert ws.sessions.get(missed).status == "outcome-missing"
        ws.outcomes.record(missed, "no-show")
        assert ws.sessions.get(missed).status == "no-show"
        assert ws.verify().ok
    finally:
        ws.close()
