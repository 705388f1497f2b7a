"""Cases, plans, sessions, debriefs, reviews, measures and amendments against real vaults."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core.practice import SCOPE, hold_session, make_practice, sigs, triad_agreement
from triad.casefile.sessions import DebriefForm
from triad.errors import ConsentViolation, InvalidInput, NotFound, PermissionDenied


def test_case_codes_and_client_validation(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    case = p.t.cases.get(p.case)
    assert case.code.startswith("C-") and case.code.endswith("-001")
    assert p.t.cases.next_code(int(case.code[2:6])) == case.code[:7] + "002"
    with pytest.raises(InvalidInput, match="code-taken"):
        p.t.cases.open({"code": case.code})
    with pytest.raises(InvalidInput, match="concern"):
        p.t.cases.open({"presenting_concerns": ["not-a-concern"]})
    with pytest.raises(InvalidInput, match="date"):
        p.t.cases.open({"date_of_birth": "12/31/1990"})
    with pytest.raises(InvalidInput, match="not-a-surrogate"):
        p.t.cases.open({}, (p.ids["Vera"],))
    p.close()


def test_status_lifecycle(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    assert p.t.cases.get(p.case).status == "assessment"
    with pytest.raises(InvalidInput, match="transition"):
        p.t.cases.change_status(p.case, "closing")
    p.t.cases.change_status(p.case, "active", "agreed", "2026-01-20")
    p.t.cases.change_status(p.case, "paused", "client unwell", "2026-02-01")
    p.t.cases.change_status(p.case, "active", "", "2026-02-15")
    p.t.cases.change_status(p.case, "closing", "", "2026-05-01")
    p.t.cases.change_status(p.case, "closed", "", "2026-05-20")
    case = p.t.cases.get(p.case)
    assert [h.to for h in case.history] == ["referral", "assessment", "active", "paused", "active",
                                            "closing", "closed"]
    assert case.allowed_transitions == ()
    p.close()


def test_surrogates_never_see_legal_name_or_birth_date(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    assert p.t.cases.get(p.case).client.legal_name == "Client Person"
    # issue 13: nor does the supervisor (the release says "sees your client code")
    assert p.v.cases.get(p.case).client.date_of_birth == ""
    seen = p.s.cases.get(p.case).client
    assert seen.legal_name == "" and seen.date_of_birth == ""
    assert [c.code for c in p.s.cases.list()] == [p.t.cases.get(p.case).code]
    assert p.s2.cases.list() == [] and p.t2.cases.list() == []
    p.close()


def test_goals_and_progress(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    goal = p.t.cases.add_goal(p.case, "Distress undressing", "9", "3", "SUDS").subject_id
    p.t.cases.record_progress(p.case, goal, "6", "better", "2026-02-01")
    (g,) = p.t.cases.goals(p.case)
    assert (g.baseline, g.latest, g.target) == ("9", "6", "3")
    with pytest.raises(NotFound):
        p.t.cases.record_progress(p.case, "no-such-goal", "1")
    p.close()


def test_plan_revisions_and_phase_start_needs_consent(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    plan = p.t.plans.current(p.case)
    assert plan is not None and plan.revision == 1 and len(plan.phases) == 9
    p.t.plans.start_phase(p.case, "intake", "2026-01-06T10:00")  # therapist-only: no consent needed
    p.t.plans.complete_phase(p.case, "intake", "2026-01-09T10:00")
    with pytest.raises(ConsentViolation) as info:
        p.t.plans.start_phase(p.case, "body-image", "2026-01-09T11:00")
    assert info.value.missing == ["conversation", "relaxation_breathing", "clothed_touch",
                                  "nudity_body_image"]
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation", "relaxation_breathing", "clothed_touch",
                             "nudity_body_image"))
    with pytest.raises(ConsentViolation):  # consent in force at the time asked, not today
        p.t.plans.start_phase(p.case, "body-image", "2026-01-09T11:00")
    with pytest.raises(ConsentViolation) as info:  # every required form at once (issue 13)
        p.t.plans.start_phase(p.case, "body-image", "2026-01-10T11:00")
    assert info.value.forms == ["triad-agreement"]
    triad_agreement(p, "2026-01-10",
                     grants=("conversation", "relaxation_breathing", "clothed_touch",
                             "nudity_body_image"))
    p.t.plans.start_phase(p.case, "body-image", "2026-01-10T11:00")
    with pytest.raises(InvalidInput, match="phase-active"):
        p.t.plans.start_phase(p.case, "getting-to-know", "2026-01-10T12:00")
    phases = [{"phase_id": ph.phase_id, "title": ph.title, "objectives": list(ph.objectives),
               "activities": [a.value for a in ph.activities], "planned_sessions": 9,
               "entry_criteria": []} for ph in plan.phases]
    p.t.plans.revise(p.case, phases)
    revised = p.t.plans.current(p.case)
    assert revised is not None and revised.revision == 2
    assert revised.phase("body-image").status == "active" and revised.phase("intake").status == "completed"
    assert revised.phase("closure").planned_sessions == 9
    assert p.t.plans.revision(p.case, 1).phase("closure").planned_sessions == 2  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="active-phase-removed"):
        p.t.plans.revise(p.case, [x for x in phases if x["phase_id"] != "body-image"])
    with pytest.raises(InvalidInput, match="activity"):
        p.t.plans.revise(p.case, [{**phases[0], "activities": ["hugging"]}])
    p.close()


def test_scheduling_outside_consent_is_refused(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                              planned_activities=("conversation", "genital_touch"))
    assert info.value.missing == ["genital_touch"]
    with pytest.raises(ConsentViolation):  # before any consent was in force
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-01-08T10:00", 60,
                              planned_activities=("conversation",))
    assert p.t.sessions.list(p.case) == []
    sid = hold_session(p, debrief=False)
    assert p.t.sessions.get(sid).surrogate_id == p.ids["Sam"]  # the case's only surrogate
    p.close()


def test_debrief_outside_consent_is_accepted_and_flagged(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, debrief=False, activities=("conversation", "clothed_touch"))
    with pytest.raises(PermissionDenied):
        p.s2.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",)))
    with pytest.raises(InvalidInput, match="range"):
        p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=(), suds_before=11))
    p.s.sessions.submit_debrief(sid, DebriefForm(
        activities_done=("conversation", "clothed_touch", "genital_touch", "relaxation_breathing"),
        suds_before=7, suds_after=3, stop_signals=1, boundaries_kept=False, safer_sex_kept=True,
        process_recording="private detail for the therapist"))
    d = p.t.sessions.get(sid).debrief
    assert d is not None
    assert d.flags == ("activity-not-consented:genital_touch",
                       "activity-not-planned:relaxation_breathing", "stop-signal-used",
                       "boundary-not-kept")
    assert d.process_recording == "private detail for the therapist"
    with pytest.raises(InvalidInput, match="already-debriefed"):
        p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=()))
    with pytest.raises(InvalidInput, match="comment-required"):
        p.t.sessions.review(sid, "")
    p.t.sessions.review(sid, "Discussed; genital touch was outside consent: re-consent talk.")
    assert p.t.sessions.get(sid).status == "reviewed"
    with pytest.raises(PermissionDenied):
        p.s.sessions.review(sid, "surrogates do not review")
    p.close()


def test_surrogates_see_only_their_own_sessions(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    hold_session(p)
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    triad_agreement(p, "2026-01-12", surrogate="Sky",  # Sky's own (issue 13)
                    grants=SCOPE, valid_from="2026-01-12")
    other = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-09T10:00", 60,
                                  planned_activities=("conversation",),
                                  surrogate_id=p.ids["Sky"]).subject_id
    assert len(p.t.sessions.list(p.case)) == 2 and len(p.v.sessions.list(p.case)) == 2
    assert [s.surrogate_id for s in p.s.sessions.list(p.case)] == [p.ids["Sam"]]
    with pytest.raises(PermissionDenied):
        p.s.sessions.get(other)
    p.close()


def test_measures_validate_their_ranges(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    m = p.t.measures
    m.record(p.case, "suds", 7, "2026-01-06", "Undressing")
    m.record(p.case, "iief5", 11, "2026-01-06")
    m.record(p.case, "fsfi", 26.55, "2026-01-06")
    for kind, value in (("suds", 11), ("suds", 2.5), ("iief5", 4), ("iief5", 26), ("fsfi", 1.9),
                        ("fsfi", 36.1), ("phq9", 3)):
        with pytest.raises(InvalidInput):
            m.record(p.case, kind, value)
    assert [(x.kind, x.value) for x in m.list(p.case)] == [("suds", 7), ("iief5", 11), ("fsfi", 26.55)]
    p.close()


def test_amendment_keeps_the_original(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = hold_session(p)
    debrief = p.t.sessions.get(sid).debrief
    assert debrief is not None
    with pytest.raises(InvalidInput, match="reason-required"):
        p.s.amendments.amend(debrief.entry_id, "", {"suds_after": 2})
    with pytest.raises(InvalidInput, match="not-amendable"):
        p.s.amendments.amend(debrief.entry_id, "typo", {"session_id": "x"})
    with pytest.raises(PermissionDenied):
        p.v.amendments.amend(debrief.entry_id, "typo", {"suds_after": 2})
    p.s.amendments.amend(debrief.entry_id, "Entered the wrong SUDS", {"suds_after": 2})
    amended = p.t.sessions.get(sid).debrief
    assert amended is not None and amended.suds_after == 2 and amended.amended
    original, history = p.t.amendments.history(debrief.entry_id)
    assert original.body["suds_after"] == 4
    assert [(a.reason, a.changes) for a in history] == [("Entered the wrong SUDS", {"suds_after": 2})]
    assert p.t.verify().ok
    # the projection replays to the same amended state
    p.t.log.rebuild()
    rebuilt = p.t.sessions.get(sid).debrief
    assert rebuilt is not None and rebuilt.suds_after == 2
    p.close()


def test_projections_rebuild_identically(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    hold_session(p)
    db = p.t.vault.db
    tables = ("cases", "consents", "plan_revisions", "phase_status", "sessions", "debriefs")
    before = {t: db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    p.t.log.rebuild()
    assert {t: db.rows(f"SELECT * FROM {t} ORDER BY 1") for t in tables} == before
    p.close()


def test_amending_a_debrief_recomputes_its_flags_and_asks_for_a_fresh_review(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = hold_session(p)
    debrief = p.t.sessions.get(sid).debrief
    assert debrief is not None and debrief.flags == ()
    # each step a minute after the last: a review counts against the flags raised before it
    minutes = itertools.count()
    for ws in (p.t, p.s):
        ws.clock = lambda: (datetime(2026, 2, 3, 9, 0) + timedelta(minutes=next(minutes))).astimezone()
    p.t.sessions.review(sid, "Fine.")
    assert p.t.sessions.get(sid).status == "reviewed"
    # the surrogate corrects the record: genital touch happened, outside consent
    p.s.amendments.amend(debrief.entry_id, "Left out an activity",
                         {"activities_done": ["conversation", "genital_touch"]})
    again = p.t.sessions.get(sid)
    assert again.debrief is not None
    assert "activity-not-consented:genital_touch" in again.debrief.flags
    assert again.status == "debriefed"  # back in the therapist's review queue
    p.t.sessions.review(sid, "Discussed; consent conversation planned.")
    assert p.t.sessions.get(sid).status == "reviewed"
    # a change that raises no new flag leaves the review standing
    p.s.amendments.amend(debrief.entry_id, "typo", {"suds_after": 3})
    assert p.t.sessions.get(sid).status == "reviewed"
    p.t.log.rebuild()
    assert p.t.sessions.get(sid).status == "reviewed" and p.t.verify().ok
    p.close()


def test_which_amendment_raised_a_flag_follows_time_but_a_review_covers_what_it_saw(
        tmp_path: Path) -> None:
    """Two amendments add the same flag; the later one (by time) arrives first. The flag was
    new with the earlier one (time order, not arrival, says which raised it); the review
    between the two by the stamps never saw either, so the debrief awaits review (issue 14: a
    review covers the flags it saw, whatever the clocks); a review that saw them clears it."""
    p = make_practice(tmp_path / "v")
    sid = hold_session(p)
    entry_id = (p.t.sessions.get(sid).debrief or pytest.fail()).entry_id
    touch = {"activities_done": ["conversation", "genital_touch"]}

    def at(minute: int) -> Any:
        return lambda: datetime(2026, 2, 3, 9, minute).astimezone()

    p.t.clock, p.s.clock = at(20), at(30)
    p.t.sessions.review(sid, "Fine.")
    p.s.amendments.amend(entry_id, "Left out an activity", touch)
    assert p.t.sessions.get(sid).status == "debriefed"  # alone, it raised the flag
    p.s.clock = at(10)  # stamped before the review; arrives last
    p.s.amendments.amend(entry_id, "Left out an activity", touch)
    d = p.t.sessions.get(sid).debrief
    assert d is not None and "activity-not-consented:genital_touch" in d.flags
    assert d.reflagged_at is not None and d.reflagged_at[0] < d.reviews[0].at
    assert p.t.sessions.get(sid).status == "debriefed"
    p.t.log.rebuild()
    assert p.t.sessions.get(sid).status == "debriefed"
    p.t.clock = at(40)
    p.t.sessions.review(sid, "Genital touch was not consented: discussed with Sam.")
    assert p.t.sessions.get(sid).status == "reviewed"
    p.t.log.rebuild()
    assert p.t.sessions.get(sid).status == "reviewed"
    p.close()


def test_moving_a_session_rechecks_consent_at_the_new_time(tmp_path: Path) -> None:
    from triad.errors import ConsentViolation

    p = make_practice(tmp_path / "v")
    sid = hold_session(p, debrief=False)
    entry_id = p.t.sessions.get(sid).entry_id
    with pytest.raises(ConsentViolation):  # before the informed consent was signed
        p.t.amendments.amend(entry_id, "Rebooked", {"starts_at": "2026-01-08T10:00"})
    with pytest.raises(InvalidInput):
        p.t.amendments.amend(entry_id, "Rebooked", {"starts_at": "next tuesday"})
    p.t.amendments.amend(entry_id, "Rebooked", {"starts_at": "2026-02-09T10:00"})
    assert p.t.sessions.get(sid).starts_at == "2026-02-09T10:00"
    p.close()
