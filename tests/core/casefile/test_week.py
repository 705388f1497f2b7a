"""The practice's week (issue 16): ``ws.week.between`` gives the sessions between two days across
every case the acting member may see, each with what is due on it -- through the services on a
real vault. Every clock here is stopped, so the tests pass on any day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.core.practice import (
    SCOPE,
    SIGNALS,
    Practice,
    hold_session,
    make_practice,
    record_session,
    sigs,
    triad_agreement,
)
from triad.casefile import week
from triad.casefile.week_ics import to_ics, uid
from triad.errors import InvalidCode, InvalidInput
from triad.roles import Role
from triad.workspace import Workspace

NOW = datetime(2026, 2, 4, 12, 0).astimezone()  # a Wednesday


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    for ws in practice.all():
        ws.clock = lambda: NOW
    yield practice
    practice.close()


def codes(span: week.Span) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.starts_at, tuple(d.code for d in s.due)) for s in span.sessions]


def test_default_span_is_this_week_from_the_workspace_clock(p: Practice) -> None:
    span = p.t.week.between()
    assert (span.first, span.last) == ("2026-02-02", "2026-02-08")
    assert p.t.week.between("2026-02-10").last == "2026-02-16"  # a week from the first day
    assert week.month_of("2026-02-04") == ("2026-02-01", "2026-02-28")
    assert week.week_of("2026-02-08") == ("2026-02-02", "2026-02-08")


def test_a_span_backwards_or_longer_than_a_year_is_refused(p: Practice) -> None:
    with pytest.raises(InvalidInput) as back:
        p.t.week.between("2026-03-01", "2026-02-01")
    assert back.value.detail == InvalidCode.PERIOD
    with pytest.raises(InvalidInput) as long:
        p.t.week.between("2026-01-01", "2027-01-02")
    assert long.value.detail == InvalidCode.AGENDA_SPAN
    assert p.t.week.between("2026-01-01", "2026-12-31").first == "2026-01-01"  # 365 days: fine
    with pytest.raises(InvalidInput):
        p.t.week.between("2026-02-30")


def test_each_role_sees_what_it_should(p: Practice) -> None:
    """Therapist and supervisor: every session of the case; a surrogate partner only her own,
    even on a case she shares with another; a member not on the case: nothing."""
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    triad_agreement(p, "2026-01-20", surrogate="Sky", grants=SCOPE, signals=SIGNALS)
    sam = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-05T10:00", 90,
                                location="Room 2", surrogate_id=p.ids["Sam"]).subject_id
    sky = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-06T10:00", 60,
                                surrogate_id=p.ids["Sky"]).subject_id
    talk = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T16:00", 50).subject_id
    everyone = [talk, sam, sky]
    assert [s.session_id for s in p.t.week.between().sessions] == everyone
    assert [s.session_id for s in p.v.week.between().sessions] == everyone
    assert [s.session_id for s in p.s.week.between().sessions] == [sam]
    assert [s.session_id for s in p.s2.week.between().sessions] == [sky]
    assert p.t2.week.between().sessions == ()
    first = p.s.week.between().sessions[0]
    assert (first.case_code, first.kind, first.starts_at, first.ends_at, first.location,
            first.surrogate, first.status) == (
        p.t.cases.get(p.case).code, "surrogate_session", "2026-02-05T10:00", "2026-02-05T11:30",
        "Room 2", "Sam", week.CONFIRMED)
    # outside the span: not listed
    assert p.t.week.between("2026-02-07", "2026-02-08").sessions == ()


def test_client_names_only_for_a_therapist_who_asks(p: Practice) -> None:
    p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T16:00", 50)
    hold_session(p, "2026-02-02T10:00", debrief=False)
    assert {s.client_name for s in p.t.week.between(names=True).sessions} == {"Client Person"}
    assert {s.client_name for s in p.t.week.between().sessions} == {""}
    for ws in (p.v, p.s):
        assert {s.client_name for s in ws.week.between(names=True).sessions} == {""}


def test_due_debriefs_to_write_and_to_review(p: Practice) -> None:
    over = hold_session(p, "2026-02-02T10:00", debrief=False)  # over, no debrief
    written = hold_session(p, "2026-02-03T10:00")  # debriefed, not reviewed
    reviewed = hold_session(p, "2026-02-03T14:00")
    p.t.sessions.review(reviewed, "Read.")
    running = hold_session(p, "2026-02-04T11:30", debrief=False)  # not over at 12:00
    later = hold_session(p, "2026-02-05T10:00", debrief=False)
    order = [over, written, reviewed, running, later]
    t = p.t.week.between(findings=False)
    assert [s.session_id for s in t.sessions] == order
    assert [d for _, d in codes(t)] == [
        (week.DEBRIEF_TO_WRITE,), (week.DEBRIEF_TO_REVIEW,), (), (), ()]
    # a supervisor sees the review awaited; the surrogate partner the debrief she owes
    assert [d for _, d in codes(p.v.week.between(findings=False))] == [
        (week.DEBRIEF_TO_WRITE,), (week.DEBRIEF_TO_REVIEW,), (), (), ()]
    assert [d for _, d in codes(p.s.week.between(findings=False))] == [
        (week.DEBRIEF_TO_WRITE,), (), (), (), ()]


def test_consent_to_sign_before_an_upcoming_session(p: Practice) -> None:
    """A new case with nothing recorded: its upcoming three-way meeting carries the case's
    first gap for the therapist; once past, or for the supervisor, nothing. A triad agreement
    awaiting the surrogate partner's own signature is hers to sign before the meeting."""
    fresh = p.t.cases.open({"legal_name": "Other Client", "date_of_birth": "1985-05-05"},
                           (p.ids["Sam"],), p.ids["Vera"], opened_at="2026-01-20").case_id or ""
    past = p.t.sessions.schedule(fresh, "three_way_meeting", "2026-02-02T17:00", 60).subject_id
    meeting = p.t.sessions.schedule(fresh, "three_way_meeting", "2026-02-06T17:00", 60).subject_id
    due = {s.session_id: s.due for s in p.t.week.between(findings=False).sessions}
    assert due[past] == (week.Due(week.OUTCOME_MISSING),)  # over: what happened, not consent
    assert due[meeting] == (week.Due(week.CONSENT_TO_SIGN, "capacity-missing"),)
    assert {s.session_id: s.due for s in p.v.week.between(findings=False).sessions} == {
        past: (week.Due(week.OUTCOME_MISSING),), meeting: ()}  # a supervisor signs no consent
    # the therapist records everything; the triad agreement then awaits Sam's own signature
    p.t.capacity.record(fresh, "2026-01-21", "has-capacity", "Understands.")
    p.t.consent.give(fresh, "informed-consent", sigs("2026-01-22", "client", "therapist",
                                                     client="Other Client"), grants=SCOPE)
    p.t.consent.give(fresh, "release-of-information",
                     sigs("2026-01-22", "client", "therapist", client="Other Client"))
    cid = p.t.consent.give(fresh, "triad-agreement", sigs("2026-01-22", "client", "therapist",
                                                          client="Other Client"),
                           grants=SCOPE, surrogate_id=p.ids["Sam"], signals=SIGNALS).subject_id
    mine = {s.session_id: s.due for s in p.s.week.between(findings=False).sessions}
    assert mine[meeting] == (week.Due(week.CONSENT_TO_SIGN, "awaiting-signature",
                                      subject=p.ids["Sam"]),)
    p.s.signatures.countersign(fresh, cid or "", signed_on="2026-01-23")
    assert {s.session_id: s.due for s in p.s.week.between(findings=False).sessions}[meeting] == ()
    assert {s.session_id: s.due for s in p.t.week.between(findings=False).sessions}[meeting] == ()


def test_open_findings_on_a_session(p: Practice) -> None:
    """The audit's open findings that point at a session or its debrief, counted on the
    session for therapist and supervisor (open ones only: a sign-off takes one away), never
    for the surrogate partner, and not when not asked. A session held before any consent was
    in force has more than one held within it (the practice records no credentials: every
    session has those findings)."""
    early = record_session(p, "2026-01-07T10:00")
    other = hold_session(p, "2026-02-02T10:00")

    def audit_open(session_id: str) -> list[str]:
        s = p.t.sessions.get(session_id)
        records = {s.entry_id, s.debrief.entry_id if s.debrief else ""}
        return [f.finding_id for f in p.t.audit.run().findings
                if f.status == "open" and f.record_id in records]

    assert len(audit_open(early)) > len(audit_open(other)) > 0
    for ws in (p.t, p.v):
        span = {s.session_id: s.due for s in ws.week.between("2026-01-05", "2026-02-08").sessions}
        for sid in (early, other):
            assert [d for d in span[sid] if d.code == week.OPEN_FINDINGS] == [
                week.Due(week.OPEN_FINDINGS, count=len(audit_open(sid)))]
        quiet = ws.week.between("2026-01-05", "2026-02-08", findings=False).sessions
        assert all(d.code != week.OPEN_FINDINGS for s in quiet for d in s.due)
    assert all(d.code != week.OPEN_FINDINGS
               for s in p.s.week.between("2026-01-05", "2026-02-08").sessions for d in s.due)
    for fid in audit_open(early):
        p.v.audit.sign_off(fid, "Seen; booked on paper before the forms.")
    span = {s.session_id: s.due for s in p.t.week.between("2026-01-05", "2026-02-08").sessions}
    assert all(d.code != week.OPEN_FINDINGS for d in span[early])
    assert [d.count for d in span[other] if d.code == week.OPEN_FINDINGS] == [
        len(audit_open(other))]


def _counting(ws: Workspace) -> list[str]:
    seen: list[str] = []
    rows, one = ws.vault.db.rows, ws.vault.db.one

    def counted_rows(sql: str, params: Any = ()) -> Any:
        seen.append(sql)
        return rows(sql, params)

    def counted_one(sql: str, params: Any = ()) -> Any:
        seen.append(sql)
        return one(sql, params)

    ws.vault.db.rows = counted_rows  # type: ignore[method-assign]
    ws.vault.db.one = counted_one  # type: ignore[method-assign]
    return seen


@pytest.mark.parametrize("role", [Role.THERAPIST, Role.SURROGATE])
def test_a_handful_of_queries_whatever_the_number_of_cases(p: Practice, role: Role) -> None:
    """The same number of queries for one case or six (not per case, not per session)."""
    def count() -> int:
        ws = p.t if role is Role.THERAPIST else p.s
        seen = _counting(ws)
        try:
            ws.week.between(findings=False)
        finally:
            del ws.vault.db.rows, ws.vault.db.one  # type: ignore[attr-defined]
        return len(seen)

    hold_session(p, "2026-02-02T10:00", debrief=False)
    p.t.sessions.schedule(p.case, "three_way_meeting", "2026-02-06T17:00", 60)
    alone = count()
    for n in range(5):
        case = p.t.cases.open({"legal_name": f"Client {n}", "date_of_birth": "1980-01-01"},
                              (p.ids["Sam"],), p.ids["Vera"], opened_at="2026-01-20").case_id or ""
        for day in ("03", "05"):
            p.t.sessions.schedule(case, "three_way_meeting", f"2026-02-{day}T{8 + n:02d}:00", 60)
    assert count() == alone <= 12


def test_outcomes_set_the_calendar_status_and_what_is_due(p: Practice) -> None:
    """Session outcomes (issue 16) reach the agenda through ``calendar_status``: a session
    cancelled by the client is ``cancelled`` (the .ics says STATUS:CANCELLED) and owes nothing;
    a therapist session over with no outcome is due ``outcome-missing`` until the therapist
    records it; a surrogate session over with no debrief owes the debrief (which records that
    it was held), but not once it is recorded as a no-show."""
    talk = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T16:00", 50).subject_id
    held = p.t.sessions.schedule(p.case, "therapist_session", "2026-02-02T16:00", 50).subject_id
    cancelled = hold_session(p, "2026-02-05T10:00", debrief=False)  # cancelled ahead
    missed = hold_session(p, "2026-02-02T10:00", debrief=False)
    owed = hold_session(p, "2026-02-03T10:00", debrief=False)
    p.t.outcomes.record(held or "", "held")
    p.t.outcomes.record(cancelled, "cancelled-by-client")
    p.t.outcomes.record(missed, "no-show")
    by_id = {s.session_id: s for s in p.t.week.between(findings=False).sessions}
    assert by_id[cancelled].status == week.CANCELLED
    assert by_id[cancelled].due == ()
    assert by_id[talk].due == (week.Due(week.OUTCOME_MISSING),)  # near miss: held has none
    assert by_id[held].due == (week.Due(week.NOTE_TO_WRITE),)  # held: its note is due
    assert by_id[missed].due == ()
    assert by_id[owed].due == (week.Due(week.DEBRIEF_TO_WRITE),)
    assert {s.status for i, s in by_id.items() if i != cancelled} == {week.CONFIRMED}
    assert (by_id[talk].outcome, by_id[held].outcome, by_id[missed].outcome) == (
        "outcome-missing", "held", "no-show")
    ics = to_ics(p.t.week.between(findings=False), NOW).decode()
    assert ics.count("STATUS:CANCELLED") == 1
    assert ics.count("STATUS:CONFIRMED") == 4
    assert f"UID:{uid(cancelled)}" in ics


def test_notes_and_minutes_to_write_once_held(p: Practice) -> None:
    """A held therapist session with no progress note owes the note; a held three-way meeting
    with no minutes owes the minutes (the therapist writes them; a supervisor sees them
    awaited; the surrogate partner owes neither). Near misses: one with its note written, one
    not yet recorded as held (what happened is due instead), one cancelled, one to come."""
    from triad.casefile.notes import MinutesForm, ProgressNoteForm

    def session(kind: str, when: str) -> str:
        return p.t.sessions.schedule(p.case, kind, when, 50).subject_id or ""

    owed = session("therapist_session", "2026-02-02T09:00")
    noted = session("therapist_session", "2026-02-02T11:00")
    unknown = session("therapist_session", "2026-02-02T13:00")
    off = session("therapist_session", "2026-02-02T15:00")
    coming = session("therapist_session", "2026-02-05T09:00")
    meeting = session("three_way_meeting", "2026-02-03T09:00")
    minuted = session("three_way_meeting", "2026-02-03T11:00")
    for sid in (owed, noted, meeting, minuted):
        p.t.outcomes.record(sid, "held")
    p.t.outcomes.record(off, "cancelled-by-practice", notice_hours=48)
    p.t.notes.write_progress(noted, ProgressNoteForm(focus="Anxiety about touch."))
    p.t.notes.write_minutes(minuted, MinutesForm(agreements="Phase 2 from next week."))
    due = {s.session_id: s.due for s in p.t.week.between(findings=False).sessions}
    assert due[owed] == (week.Due(week.NOTE_TO_WRITE),)
    assert due[meeting] == (week.Due(week.MINUTES_TO_WRITE),)
    assert due[noted] == due[minuted] == due[off] == due[coming] == ()
    assert due[unknown] == (week.Due(week.OUTCOME_MISSING),)
    seen = {s.session_id: s.due for s in p.v.week.between(findings=False).sessions}
    assert (seen[owed], seen[meeting]) == ((week.Due(week.NOTE_TO_WRITE),),
                                           (week.Due(week.MINUTES_TO_WRITE),))
    mine = {s.session_id: s.due for s in p.s.week.between(findings=False).sessions}
    assert owed not in mine and all(d.code != week.MINUTES_TO_WRITE
                                     for ds in mine.values() for d in ds)
    p.t.notes.write_progress(owed, ProgressNoteForm(text="Written a day late."))
    assert {s.session_id: s.due for s in p.t.week.between(findings=False).sessions}[owed] == ()


def test_a_review_awaiting_cosignature_is_due_for_the_supervisor(p: Practice) -> None:
    """When the practice requires co-signature, a therapist's review of a debrief awaits the
    supervisor's co-signature: due on its session for the supervisor only. Near misses: a
    review before the rule, the therapist's agenda, and the review once co-signed."""
    before = hold_session(p, "2026-02-02T10:00")
    p.t.clock = lambda: datetime(2026, 2, 3, 12, 0).astimezone()  # the day before the rule
    p.t.sessions.review(before, "Read.")
    p.t.clock = lambda: NOW
    assert all(not s.due for s in p.v.week.between(findings=False).sessions)  # not required
    p.v.audit.update_settings(cosign_from="2026-02-04")
    sid = hold_session(p, "2026-02-03T10:00")
    review = p.t.sessions.review(sid, "Read; talk about the pause.").entry_id
    due = {s.session_id: s.due for s in p.v.week.between(findings=False).sessions}
    assert due[sid] == (week.Due(week.COSIGN_AWAITED, "debrief.reviewed", subject=review),)
    assert due[before] == ()  # reviewed before co-signature was required
    assert all(d.code != week.COSIGN_AWAITED
               for s in p.t.week.between(findings=False).sessions for d in s.due)
    p.v.cosign.cosign(review, "Discussed in supervision.")
    assert {s.session_id: s.due for s in p.v.week.between(findings=False).sessions}[sid] == ()
