"""Therapist progress notes, three-way meeting minutes and the closing rule (issue 16),
through the services on a real vault. Each rule with a near miss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.practice import Practice, hold_session, make_practice
from triad.casefile import meetings, todo
from triad.casefile.notes import MinutesForm, ProgressNoteForm, held_by_notes
from triad.errors import InvalidCode, InvalidInput, PermissionDenied

NOTE = ProgressNoteForm(focus="Anticipatory anxiety before the next surrogate session",
                        interventions="Cognitive restructuring; breathing rehearsal",
                        response="Engaged; SUDS fell from 7 to 4 while rehearsing",
                        plan="Rehearse the pause signal; review in two weeks",
                        text="Talked about the first date in years.")


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    yield practice
    practice.close()


def therapist_session(p: Practice, when: str = "2026-02-03T15:00") -> str:
    return p.t.sessions.schedule(p.case, "therapist_session", when, 50).subject_id


def meeting(p: Practice, when: str = "2026-01-20T16:00") -> str:
    return p.t.sessions.schedule(p.case, "three_way_meeting", when, 60).subject_id


def test_a_progress_note_is_a_signed_entry_read_by_the_therapist_and_the_supervisor(
        p: Practice) -> None:
    sid = therapist_session(p)
    change = p.t.notes.write_progress(sid, NOTE)
    entry = p.t.log.get(change.entry_id)
    assert entry is not None and entry.kind == "note.progress" and entry.author == p.ids["Dr Tess"]
    note = p.t.notes.progress(sid)
    assert note is not None and note.focus == NOTE.focus and note.plan == NOTE.plan
    assert p.v.notes.progress(sid) == note  # the supervisor reviews the concurrent therapy
    assert [n.session_id for n in p.v.notes.progress_notes(p.case)] == [sid]
    # the surrogate partner reads no progress note; a therapist not on the case nothing
    assert p.s.notes.progress_notes(p.case) == []
    with pytest.raises(PermissionDenied):
        p.s.notes.progress(sid)
    with pytest.raises(PermissionDenied):
        p.t2.notes.progress_notes(p.case)
    assert p.t.log.verify().ok


def test_a_progress_note_is_the_therapists_on_a_held_therapist_session_once(p: Practice) -> None:
    sid = therapist_session(p)
    with pytest.raises(PermissionDenied):
        p.s.notes.write_progress(sid, NOTE)
    with pytest.raises(InvalidInput) as empty:
        p.t.notes.write_progress(sid, ProgressNoteForm(focus="  "))
    assert empty.value.detail == InvalidCode.NOTE_EMPTY
    # a surrogate session takes a debrief, not a progress note
    surrogate = hold_session(p, debrief=False)
    with pytest.raises(InvalidInput) as wrong:
        p.t.notes.write_progress(surrogate, NOTE)
    assert wrong.value.detail == InvalidCode.NOT_THERAPIST_SESSION
    # not before the session took place (near miss: the same session, held)
    future = therapist_session(p, "2099-03-03T15:00")
    with pytest.raises(InvalidInput) as early:
        p.t.notes.write_progress(future, NOTE)
    assert early.value.detail == InvalidCode.SESSION_NOT_YET
    assert p.t.notes.why_not_progress(p.t.sessions.get(sid)) is None
    p.t.notes.write_progress(sid, NOTE)
    with pytest.raises(InvalidInput) as twice:
        p.t.notes.write_progress(sid, NOTE)
    assert twice.value.detail == InvalidCode.ALREADY_NOTED


def test_a_progress_note_is_amended_never_edited(p: Practice) -> None:
    sid = therapist_session(p)
    first = p.t.notes.write_progress(sid, NOTE)
    p.t.amendments.amend(first.entry_id, "Wrong SUDS", {"response": "SUDS fell from 7 to 5"})
    note = p.t.notes.progress(sid)
    assert note is not None and note.response == "SUDS fell from 7 to 5" and note.amended
    original, amendments = p.t.amendments.history(first.entry_id)
    assert original.body["response"] == NOTE.response and len(amendments) == 1
    p.t.log.rebuild()  # the projection is the log's: a rebuild ends the same
    assert p.t.notes.progress(sid) == note
    assert p.t.log.verify().ok


def test_minutes_of_a_three_way_meeting(p: Practice) -> None:
    mid = meeting(p)
    form = MinutesForm(attendees=("client", "therapist", "surrogate"),
                       agreements="Weekly sessions; stop word red, pause amber",
                       plan_changes="None", next_steps="First surrogate session next week")
    change = p.t.notes.write_minutes(mid, form)
    minutes = p.t.notes.minutes(mid)
    assert minutes is not None and minutes.attendees == ("client", "therapist", "surrogate")
    assert not minutes.closing and minutes.next_steps == form.next_steps
    # the surrogate partner at the meeting reads them; the supervisor too
    assert p.s.notes.minutes(mid) == minutes and p.v.notes.minutes(mid) == minutes
    assert [m.session_id for m in p.s.notes.all_minutes(p.case)] == [mid]
    with pytest.raises(InvalidInput) as twice:
        p.t.notes.write_minutes(mid, form)
    assert twice.value.detail == InvalidCode.ALREADY_MINUTED
    with pytest.raises(InvalidInput) as who:
        p.t.notes.write_minutes(meeting(p, "2026-01-21T10:00"), MinutesForm(
            attendees=("client", "surrogate"), agreements="x"))
    assert who.value.detail == InvalidCode.ATTENDEES
    with pytest.raises(InvalidInput) as not_meeting:
        p.t.notes.write_minutes(therapist_session(p), form)
    assert not_meeting.value.detail == InvalidCode.NOT_A_MEETING
    p.t.amendments.amend(change.entry_id, "It was the closing meeting after all",
                         {"closing": True, "attendees": ["therapist", "client"]})
    amended = p.t.notes.minutes(mid)
    assert amended is not None and amended.closing and amended.attendees == ("client", "therapist")


def test_a_note_or_minutes_mean_the_session_was_held(p: Practice) -> None:
    sid, mid, other = therapist_session(p), meeting(p), therapist_session(p, "2026-02-10T15:00")
    p.t.notes.write_progress(sid, NOTE)
    p.t.notes.write_minutes(mid, MinutesForm(agreements="Pace agreed"))
    assert held_by_notes(p.t.vault.db, p.case) == {sid, mid}
    assert other not in held_by_notes(p.t.vault.db, p.case)


def codes(p: Practice) -> list[str]:
    return [g.code for g in todo.meeting_gaps(p.t, p.case)]


def test_a_three_way_meeting_is_prompted_before_the_first_surrogate_session(
        p: Practice) -> None:
    assert meetings.MEETING_START in codes(p)
    meeting(p, "2099-01-20T16:00")  # scheduled: the prompt is answered
    assert meetings.MEETING_START not in codes(p)


def test_the_start_prompt_ends_once_surrogate_work_began(p: Practice) -> None:
    hold_session(p)  # near miss: work began without one; the audit, not a to-do, says so
    assert meetings.MEETING_START not in codes(p)


def test_no_start_prompt_without_a_surrogate_partner() -> None:
    gaps = meetings.meeting_gaps(status="assessment", has_surrogate=False, sessions=[],
                                 now="2026-03-01T09:00")
    assert gaps == []


def fact(kind: str, at: str, minuted: bool = False, closing: bool = False,
         sid: str = "s") -> meetings.SessionFact:
    return meetings.SessionFact(sid, kind, at, minuted, closing)


def test_a_stall_prompts_a_meeting_after_four_weeks() -> None:
    held = [fact("surrogate_session", "2026-02-01T10:00")]
    stalled = meetings.meeting_gaps(status="active", has_surrogate=True, sessions=held,
                                    now="2026-03-02T10:00")
    assert (meetings.MEETING_STALLED, "") in stalled
    # near misses: 27 days; a session scheduled ahead; a meeting since; a paused case
    assert meetings.meeting_gaps(status="active", has_surrogate=True, sessions=held,
                                 now="2026-02-28T10:00") == []
    ahead = [*held, fact("surrogate_session", "2026-03-09T10:00")]
    assert meetings.meeting_gaps(status="active", has_surrogate=True, sessions=ahead,
                                 now="2026-03-02T10:00") == []
    met = [*held, fact("three_way_meeting", "2026-03-05T10:00", sid="m")]
    assert meetings.meeting_gaps(status="active", has_surrogate=True, sessions=met,
                                 now="2026-03-02T10:00") == []


def test_minutes_missing_after_a_meeting(p: Practice) -> None:
    mid = meeting(p)
    assert (meetings.MINUTES_MISSING, mid) in [(g.code, g.subject_id) for g in todo.meeting_gaps(p.t, p.case)]
    p.t.notes.write_minutes(mid, MinutesForm(agreements="Goals and pace agreed"))
    assert meetings.MINUTES_MISSING not in codes(p)


def test_a_case_with_surrogate_sessions_closes_after_a_closing_meeting(p: Practice) -> None:
    hold_session(p)
    p.t.cases.change_status(p.case, "closing", at="2026-03-01T09:00")
    assert meetings.MEETING_CLOSING in codes(p)
    with pytest.raises(InvalidInput) as refused:
        p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00")
    assert refused.value.detail == InvalidCode.CLOSING_MEETING_REQUIRED
    assert p.t.cases.get(p.case).status == "closing"
    # near miss: minutes of a meeting that was not the closing one do not do
    mid = meeting(p, "2026-03-10T16:00")
    p.t.notes.write_minutes(mid, MinutesForm(agreements="One more session, then closure"))
    with pytest.raises(InvalidInput):
        p.t.cases.change_status(p.case, "closed", "Goals met")
    last = meeting(p, "2026-03-17T16:00")
    p.t.notes.write_minutes(last, MinutesForm(agreements="Closure agreed; gains reviewed",
                                              next_steps="Talk therapy continues",
                                              closing=True))
    assert meetings.MEETING_CLOSING not in codes(p)
    p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00")
    assert p.t.cases.get(p.case).status == "closed"


def test_a_case_closes_without_a_meeting_with_the_reason_recorded(p: Practice) -> None:
    hold_session(p)
    p.t.cases.change_status(p.case, "paused", "Client unwell", at="2026-03-01T09:00")
    change = p.t.cases.change_status(p.case, "closed", "Client moved abroad",
                                     no_closing_meeting="Client left the country at short "
                                                        "notice; closure by letter")
    entry = p.t.log.get(change.entry_id)
    assert entry is not None
    assert entry.body["no_closing_meeting"].startswith("Client left the country")


def test_a_case_without_surrogate_work_closes_freely(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    try:
        p.t.sessions.schedule(p.case, "therapist_session", "2026-01-07T10:00")
        p.t.cases.change_status(p.case, "closed", "SPT not indicated after assessment")
        assert p.t.cases.get(p.case).status == "closed"
    finally:
        p.close()


def test_every_meeting_to_do_has_words_in_the_cli_and_the_case_list() -> None:
    from triad.cli.cases import DUE_WORDS

    assert set(meetings.CODES) <= set(DUE_WORDS)
