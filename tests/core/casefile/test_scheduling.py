"""Booking time (issue 16): conflicts for the same therapist or surrogate partner across the
vault's cases, weekly and fortnightly series, rescheduling with history. Each rule with its
near miss."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import DEMO_PASS
from tests.core.practice import SCOPE, SIGNALS, Practice, make_practice, sigs
from triad.errors import ConsentViolation, InvalidCode, InvalidInput
from triad.messages import sentence
from triad.workspace import Workspace


def _at(text: str) -> Callable[[], datetime]:
    return lambda: datetime.fromisoformat(text).astimezone()


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    for ws in practice.all():
        ws.clock = _at("2026-02-01T09:00")
    yield practice
    practice.close()


def _second_case(p: Practice, therapist: Workspace | None = None) -> str:
    """Another case with Sam as its surrogate partner, its forms in force (``therapist``:
    held by another therapist of the vault)."""
    t = therapist or p.t
    case = t.cases.open({"legal_name": "Other Client", "date_of_birth": "1985-05-05",
                         "presenting_concerns": ["anxiety"]}, (p.ids["Sam"],),
                        opened_at="2026-01-05").case_id or ""
    t.cases.change_status(case, "assessment", at="2026-01-06")
    t.capacity.record(case, "2026-01-06", "has-capacity", "Understands SPT.")
    client = "Other Client"
    t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist",
                                                    client=client),
                   grants=SCOPE, valid_from="2026-01-10")
    t.consent.give(case, "release-of-information", sigs("2026-01-10", "client", "therapist",
                                                          client=client))
    cid = t.consent.give(case, "triad-agreement", sigs("2026-01-12", "client", "therapist",
                                                        client=client),
                         grants=SCOPE, surrogate_id=p.ids["Sam"], signals=SIGNALS).subject_id
    p.s.signatures.countersign(case, cid or "", signed_on="2026-01-12")
    t.cases.change_status(case, "active", at="2026-01-12")
    return case


def _book(ws: Workspace, case: str, when: str, minutes: int = 60,
          kind: str = "surrogate_session") -> str:
    return ws.sessions.schedule(case, kind, when, minutes,
                                planned_activities=("conversation",)).subject_id or ""


def test_the_same_surrogate_partner_at_overlapping_times_is_refused(p: Practice) -> None:
    other = _second_case(p)
    _book(p.t, p.case, "2026-02-02T10:00")
    with pytest.raises(InvalidInput) as e:
        _book(p.t, other, "2026-02-02T10:59")  # a one-minute overlap
    assert e.value.detail == InvalidCode.SCHEDULE_CONFLICT
    code = p.t.cases.get(p.case).code
    assert e.value.data["case"] == code and e.value.data["at"] == "2026-02-02T10:00"
    words = sentence(e.value)
    assert code in words and "2026-02-02 10:00 to 11:00" in words and "surrogate partner" in words
    _book(p.t, other, "2026-02-02T11:00")  # near miss: back to back


def test_a_session_ending_as_another_starts_does_not_conflict(p: Practice) -> None:
    _book(p.t, p.case, "2026-02-02T10:00")
    _book(p.t, p.case, "2026-02-02T08:30", 90)  # ends at 10:00
    with pytest.raises(InvalidInput):
        _book(p.t, p.case, "2026-02-02T08:30", 91)


def test_the_same_therapist_is_refused_too_but_not_across_people(p: Practice) -> None:
    other = _second_case(p)
    _book(p.t, p.case, "2026-02-02T14:00", kind="therapist_session")
    with pytest.raises(InvalidInput) as e:
        _book(p.t, other, "2026-02-02T14:30", kind="three_way_meeting")
    assert e.value.data["value"] == "therapist"
    # near miss: a surrogate session takes the surrogate partner's time, not the therapist's
    _book(p.t, other, "2026-02-02T14:30")


def test_a_case_the_therapist_is_not_on_is_not_named(p: Practice) -> None:
    other = _second_case(p, therapist=p.t2)
    _book(p.t2, other, "2026-02-02T10:00")
    with pytest.raises(InvalidInput) as e:
        _book(p.t, p.case, "2026-02-02T10:30")
    assert e.value.detail == InvalidCode.SCHEDULE_CONFLICT_ELSEWHERE
    assert "case" not in e.value.data
    assert p.t2.cases.get(other).code not in sentence(e.value)
    assert "another case" in sentence(e.value)


def test_a_cancelled_session_holds_no_time(p: Practice) -> None:
    first = _book(p.t, p.case, "2026-02-02T10:00")
    with pytest.raises(InvalidInput):
        _book(p.t, p.case, "2026-02-02T10:00")
    p.t.outcomes.record(first, "cancelled-by-client")
    _book(p.t, p.case, "2026-02-02T10:00")


def test_a_no_show_still_held_the_time(p: Practice) -> None:
    first = _book(p.t, p.case, "2026-02-02T10:00")
    for ws in p.all():
        ws.clock = _at("2026-02-02T11:00")
    p.t.outcomes.record(first, "no-show")
    with pytest.raises(InvalidInput):
        p.t.amendments.amend(p.t.sessions.get(_book(p.t, p.case, "2026-02-02T12:00")).entry_id,
                             "booked at the wrong hour", {"starts_at": "2026-02-02T10:30"})


def test_a_weekly_series_books_each_occurrence_with_a_series_id(p: Practice) -> None:
    changes = p.t.scheduling.schedule_series(p.case, "surrogate_session", "2026-02-02T10:00",
                                             "weekly", count=4,
                                             planned_activities=("conversation",))
    sessions = [p.t.sessions.get(c.subject_id or "") for c in changes]
    assert [s.starts_at for s in sessions] == ["2026-02-02T10:00", "2026-02-09T10:00",
                                               "2026-02-16T10:00", "2026-02-23T10:00"]
    assert len({s.series_id for s in sessions}) == 1 and sessions[0].series_id
    assert [s.session_id for s in p.t.scheduling.series(p.case, sessions[0].series_id or "")] \
        == [s.session_id for s in sessions]


def test_a_fortnightly_series_to_an_end_date(p: Practice) -> None:
    changes = p.t.scheduling.schedule_series(p.case, "therapist_session", "2026-02-02T16:00",
                                             "fortnightly", until="2026-03-02")
    assert [p.t.sessions.get(c.subject_id or "").starts_at for c in changes] == [
        "2026-02-02T16:00", "2026-02-16T16:00", "2026-03-02T16:00"]
    with pytest.raises(InvalidInput) as e:  # near miss: the end date before the second
        p.t.scheduling.schedule_series(p.case, "therapist_session", "2026-04-06T16:00",
                                       "fortnightly", until="2026-04-19")
    assert e.value.detail == InvalidCode.SERIES_LENGTH


def test_a_series_with_one_conflict_is_refused_whole(p: Practice) -> None:
    _book(p.t, p.case, "2026-02-16T10:30")
    before = len(p.t.sessions.list(p.case))
    with pytest.raises(InvalidInput) as e:
        p.t.scheduling.schedule_series(p.case, "surrogate_session", "2026-02-02T10:00",
                                       "weekly", count=4, planned_activities=("conversation",))
    assert e.value.detail == InvalidCode.SCHEDULE_CONFLICT
    assert e.value.data["at"] == "2026-02-16T10:30"
    assert len(p.t.sessions.list(p.case)) == before  # nothing booked


def test_a_series_reaching_past_consent_is_refused_whole(p: Practice) -> None:
    triad = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    p.t.consent.revoke(p.case, triad.consent_id, "Client stops touch.", party="client",
                       activities_=("non_genital_touch",), at="2026-02-10T09:00")
    with pytest.raises(ConsentViolation) as e:
        p.t.scheduling.schedule_series(p.case, "surrogate_session", "2026-02-02T10:00",
                                       "weekly", count=3,
                                       planned_activities=("conversation", "non_genital_touch"))
    assert e.value.at == "2026-02-09T10:00" or e.value.at.startswith("2026-02-16")
    assert p.t.sessions.list(p.case) == []


def test_reschedule_keeps_the_old_time(p: Practice) -> None:
    sid = _book(p.t, p.case, "2026-02-02T10:00")
    p.t.scheduling.reschedule(sid, "2026-02-03T10:00", "the client is ill")
    s = p.t.sessions.get(sid)
    assert s.starts_at == "2026-02-03T10:00" and s.moved_from == "2026-02-02T10:00"
    assert [(m.from_, m.to, m.reason) for m in s.moves] == [
        ("2026-02-02T10:00", "2026-02-03T10:00", "the client is ill")]
    assert p.s.sessions.get(sid).moved_from == "2026-02-02T10:00"  # she sees it too
    # the log keeps the original booking untouched
    assert p.t.log.get(s.entry_id).body["starts_at"] == "2026-02-02T10:00"  # type: ignore[union-attr]
    # the freed hour takes another session; the new hour is checked
    _book(p.t, p.case, "2026-02-02T10:00")
    with pytest.raises(InvalidInput) as e:
        p.t.scheduling.reschedule(sid, "2026-02-02T10:30")
    assert e.value.detail == InvalidCode.SCHEDULE_CONFLICT


def test_a_session_that_happened_is_not_moved(p: Practice) -> None:
    sid = _book(p.t, p.case, "2026-02-02T10:00")
    p.t.outcomes.record(sid, "cancelled-by-practice", notice_hours=30)
    with pytest.raises(InvalidInput) as e:
        p.t.scheduling.reschedule(sid, "2026-02-03T10:00")
    assert e.value.detail == InvalidCode.RESCHEDULE_HAPPENED


def test_a_rebuilt_projection_keeps_moves_and_outcomes(p: Practice) -> None:
    sid = _book(p.t, p.case, "2026-02-02T10:00")
    p.t.scheduling.reschedule(sid, "2026-02-03T10:00")
    other = _book(p.t, p.case, "2026-02-04T10:00")
    p.t.outcomes.record(other, "cancelled-by-client", notice_hours=12)
    before = [(s.session_id, s.starts_at, s.status, s.moves) for s in p.t.sessions.list(p.case)]
    p.t.log.rebuild()
    assert [(s.session_id, s.starts_at, s.status, s.moves)
            for s in p.t.sessions.list(p.case)] == before


def test_demo_ilse_nowak_at_the_same_hour_in_two_cases_is_refused(demo_copy: Path) -> None:
    """Reproduced: the same surrogate partner booked at the same hour in two demo cases was
    accepted."""
    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        ilse = next(m.member_id for m in ws.members.list() if m.name == "Ilse Nowak")
        cases = [c for c in ws.cases.list() if ilse in c.surrogate_ids and c.status == "active"]
        assert len(cases) >= 2
        ws.sessions.schedule(cases[0].code, "surrogate_session", "2026-12-01T10:00", 60,
                             planned_activities=("conversation",), surrogate_id=ilse)
        with pytest.raises(InvalidInput) as e:
            ws.sessions.schedule(cases[1].code, "surrogate_session", "2026-12-01T10:00", 60,
                                 planned_activities=("conversation",), surrogate_id=ilse)
        assert cases[0].code in sentence(e.value)
    finally:
        ws.close()



