"""The demo practice's history beyond its cases' surrogate work (issues 16 to 18): outcomes
and a weekly series, the coming week, phases extended in supervision, the therapist's side of
the record (therapist sessions with progress notes, three-way meetings with minutes), the
client's requests and the morning's whole-record check. Each writes at its own moments and
leaves the demo clock where it was; every sentence comes from the demo's text table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from triad.demo.practice import Demo
from triad.i18n import T_


def record_checked(d: Demo) -> None:
    """Issue 18: the practice's whole record was checked this morning (every signature, chain
    and page), as the app does once a day, so the demo opens without a check due; a test or a
    person who asks gets one at once."""
    d.at(240, 8, 30)
    d.therapist.verify()


def outcomes_and_series(d: Demo, c1: str, c2: str, c3: str, c5: str) -> None:
    """What happened to each session (issue 16), as a well-run practice records it: case 5's
    therapist sessions held (recorded the same evening); a weekly series of therapist
    sessions in case 3, paused after the client withdrew consent to touch (talk therapy goes
    on), those past recorded as held; a surrogate session of case 2 cancelled by the client
    the day before; one of case 1 where the client did not come (a no-show, recorded by the
    surrogate partner)."""
    t = d.therapist
    for session in t.sessions.list(c5):
        if session.kind == "therapist_session":
            d.at(int((date.fromisoformat(session.starts_at[:10]) - d.start).days), 17, 30)
            t.outcomes.record(session.session_id, "held")
    d.at(221, 12)
    series = t.scheduling.schedule_series(c3, "therapist_session", f"{d.day(227)}T16:00",
                                          "weekly", count=6, duration_min=50,
                                          location=d.w["place.room"])
    for change, day in zip(series[:2], (227, 234), strict=True):
        d.at(day, 17, 30)
        t.outcomes.record(change.subject_id or "", "held")
    d.at(232, 12)
    cancelled = t.sessions.schedule(c2, "surrogate_session", f"{d.day(238)}T14:00", 60, None,
                                    ("conversation",), d.w["place.practice_room"],
                                    d.ilse.actor.member_id).subject_id or ""
    d.at(237, 8)
    t.outcomes.record(cancelled, "cancelled-by-client", note=d.w["outcome.cancelled"])
    d.at(225, 12)
    missed = t.sessions.schedule(c1, "surrogate_session", f"{d.day(230)}T14:00", 60, None,
                                 ("conversation",), d.w["place.practice_room"],
                                 d.jonas.actor.member_id).subject_id or ""
    d.at(230, 15, 30)
    d.jonas.outcomes.record(missed, "no-show", note=d.w["outcome.no_show"])


def upcoming(d: Demo, c5: str) -> None:
    """The coming week (issue 16: the Agenda has something true to show ahead): case 5's
    three-way meeting to start the work, where Jonas's countersignature of the triad agreement
    is still awaited (due on the meeting, in his Agenda and the therapist's)."""
    d.at(239, 9)
    d.therapist.sessions.schedule(c5, "three_way_meeting", f"{d.day(244)}T17:00", 60,
                                  location=d.w["place.room"],
                                  surrogate_id=d.jonas.actor.member_id)



def supervision(d: Demo, c1: str, c2: str) -> None:
    """Issue 16: a well-run practice extends a phase that needs more sessions by revising the
    plan with the client (the audit's ``plan.phase-overrun`` otherwise reports it). C-004 is
    left as it is: active, with no session since the summer -- the one stalled case the
    supervisor's view has to show."""
    t = d.therapist
    d.at(239, 9)
    for case, phase_id in ((c1, "sensate-focus-2"), (c2, "sensate-focus-1")):
        plan = t.plans.current(case)
        assert plan is not None
        t.plans.revise(case, [{
            "phase_id": p.phase_id, "title": p.title, "objectives": list(p.objectives),
            "activities": [a.value for a in p.activities], "entry_criteria": list(p.entry_criteria),
            "planned_sessions": 16 if p.phase_id == phase_id else p.planned_sessions}
            for p in plan.phases])


# -- issue 16: the therapist's side of the record ------------------------------------------
# Concurrent therapy (the codes of practice): a client-therapist session about every two
# weeks while surrogate work runs, each with a progress note, and a three-way meeting with
# minutes before the first surrogate session. Each case has its own hour for the therapist's
# sessions, so no two overlap.
FOCUS = tuple(tuple(f"focus.{i}.{field}" for field in ("focus", "interventions", "response",
                                                        "plan")) for i in range(1, 5))
MEETINGS = {  # case number -> (day, hour of the start meeting, therapist hour, surrogate)
    1: (14, 15, 14, 0), 2: (41, 14, 15, 1), 3: (30, 13, 16, 0), 4: (72, 13, 17, 1),
}


def therapist_side(d: Demo, say: Callable[[str], None], cases: tuple[str, ...]) -> None:
    """Therapist sessions with progress notes and the three-way meetings of the demo's cases,
    written at their own times; the demo clock is left where it was."""
    from triad.casefile.notes import MinutesForm, ProgressNoteForm

    say(T_("cli", "therapist sessions, progress notes and three-way meetings"))
    t, w, left = d.therapist, d.w, d.clock.now
    surrogates = (d.jonas, d.ilse)
    for number, (meeting_day, meeting_hour, hour, who) in MEETINGS.items():
        case = cases[number - 1]
        d.at(meeting_day - 3, 9)
        meeting = t.sessions.schedule(
            case, "three_way_meeting", f"{d.day(meeting_day)}T{meeting_hour:02d}:00", 60,
            location=w["place.consulting_room"],
            surrogate_id=surrogates[who].actor.member_id).subject_id
        d.at(meeting_day, meeting_hour + 1, 30)
        t.notes.write_minutes(meeting, MinutesForm(
            attendees=("client", "therapist", "surrogate"), agreements=w["minutes.agreements"],
            plan_changes=w["minutes.plan_changes"], next_steps=w["minutes.next_steps"]))
        starts = [s.starts_at for s in t.sessions.list(case) if s.kind == "surrogate_session"]
        first = (date.fromisoformat(starts[0][:10]) - d.start).days
        last = (date.fromisoformat(starts[-1][:10]) - d.start).days
        for i, day in enumerate(range(first + 2, min(last + 9, 239), 14)):
            d.at(day - 4, 9)
            session = t.sessions.schedule(case, "therapist_session",
                                          f"{d.day(day)}T{hour:02d}:00", 50,
                                          location=w["place.consulting_room"]).subject_id
            d.at(day, hour + 1, 15)
            focus, interventions, response, plan = (w[k] for k in FOCUS[i % len(FOCUS)])
            t.notes.write_progress(session, ProgressNoteForm(
                focus=focus, interventions=interventions, response=response, plan=plan))
            if number == 1 and i == 1:
                t.private_notes.write(session, w["private_note"])
    # case 5: the meeting at which its triad agreement was signed, and notes for its
    # assessment sessions
    case = cases[4]
    d.at(233, 9)
    meeting = t.sessions.schedule(case, "three_way_meeting", f"{d.day(236)}T16:00", 60,
                                  location=w["place.consulting_room"],
                                  surrogate_id=d.jonas.actor.member_id).subject_id
    d.at(236, 17, 30)
    t.notes.write_minutes(meeting, MinutesForm(
        agreements=w["c5.minutes.agreements"], plan_changes=w["c5.minutes.plan_changes"],
        next_steps=w["c5.minutes.next_steps"]))
    for i, s in enumerate(x for x in t.sessions.list(case) if x.kind == "therapist_session"):
        d.at(int((date.fromisoformat(s.starts_at[:10]) - d.start).days), 17, 15)
        focus, interventions, response, plan = (w[k] for k in FOCUS[(i + 3) % len(FOCUS)])
        t.notes.write_progress(s.session_id, ProgressNoteForm(
            focus=w["c5.focus.first"] if i == 0 else focus,
            interventions=interventions, response=response, plan=plan))
    d.clock.now = left


def therapy_before_surrogate_work(d: Demo, cases: tuple[str, ...]) -> None:
    """The therapist session that prepares each client for the first surrogate session, two
    days before it: a well-run practice has the client in therapy before and alongside the
    surrogate work (the codes of practice; the audit's ``therapy.not-concurrent``)."""
    from triad.casefile.notes import ProgressNoteForm

    t, w, left = d.therapist, d.w, d.clock.now
    for number, case in enumerate(cases, start=1):
        hour = MEETINGS[number][2]
        first = min(s.starts_at for s in t.sessions.list(case) if s.kind == "surrogate_session")
        day = (date.fromisoformat(first[:10]) - d.start).days - 2
        d.at(day - 3, 9)
        session = t.sessions.schedule(case, "therapist_session", f"{d.day(day)}T{hour:02d}:00",
                                      50, location=w["place.consulting_room"]).subject_id or ""
        d.at(day, hour + 1, 15)
        t.notes.write_progress(session, ProgressNoteForm(
            focus=w["before.focus"], interventions=w["before.interventions"],
            response=w["before.response"], plan=w["before.plan"]))
    d.clock.now = left


def series_notes(d: Demo, c3: str) -> None:
    """Issue 16, the Agenda's "note to write": the first held session of case 3's weekly
    series has its progress note, written the same evening; the second, six days before the
    demo's today, still awaits its note -- the one the therapist's Agenda shows."""
    from triad.casefile.notes import ProgressNoteForm

    t, w, left = d.therapist, d.w, d.clock.now
    for s in t.sessions.list(c3):
        if s.kind == "therapist_session" and s.starts_at[:10] == d.day(227):
            d.at(227, 17, 45)
            t.notes.write_progress(s.session_id, ProgressNoteForm(
                focus=w["series.focus"], interventions=w["series.interventions"],
                response=w["series.response"], plan=w["series.plan"]))
    d.clock.now = left


def client_requests(d: Demo, c1: str, c2: str) -> None:
    """Issue 17, the client's requests, each answered well within the practice's 30 days:
    case 1's client asked to see his record and went through it with the therapist in session
    (no copy wanted); case 2's client asked for a sentence of the intake to be changed, the
    therapist refused with her reason, and the client's statement of disagreement, given a
    week later, is kept with the record."""
    t, w, left = d.therapist, d.w, d.clock.now
    d.at(196, 11)
    seen = t.requests.record(c1, "access", d.day(195), w["request.access"]).subject_id or ""
    d.at(203, 17)
    t.requests.close(seen, "fulfilled", d.day(203), other_form=True,
                     note=w["request.access.note"])
    d.at(211, 10)
    intake = t.log.entries("case_id=? AND kind=?", (c2, "case.opened"))[0].id
    asked = t.requests.record(c2, "amendment", d.day(210), w["request.amendment"],
                              about_entry=intake,
                              about_field=w["request.amendment.field"]).subject_id or ""
    d.at(216, 16)
    closed = t.requests.close(asked, "refused", d.day(216),
                              reason=w["request.amendment.refused"])
    d.at(223, 12)
    t.amendments.amend(closed.entry_id, w["request.amendment.statement_note"], {
        "statement": w["request.amendment.statement"],
        "rebuttal": w["request.amendment.rebuttal"]})
    d.clock.now = left
