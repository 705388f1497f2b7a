"""Consent as a gate (issue 13, point 1): for a surrogate session at T an activity is in force
only when the informed consent, the triad agreement for that surrogate partner and (for aids)
the aids consent all grant it at T, and a release of information is in force. A wholly
revoked informed consent ends all surrogate work: scheduling and phase starts are refused,
debriefs flagged, the audit finds every session (not only the first)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import DEMO_PASS
from tests.core.conftest import cli
from tests.core.practice import (
    SCOPE,
    Practice,
    an_aid,
    hold_session,
    make_practice,
    record_session,
    sigs,
    triad_agreement,
)
from triad import demo
from triad.casefile.consent import release_in_force, surrogate_work_in_force
from triad.casefile.ladder import Activity
from triad.casefile.sessions import DebriefForm
from triad.errors import ConsentViolation
from triad.messages import Context, sentence
from triad.workspace import Workspace

DAY_AFTER = datetime(2026, 11, 24, 15, 0).astimezone()


def _at(ws: Workspace, moment: datetime) -> None:
    ws.clock = lambda m=moment: m


def test_withdrawing_from_therapy_stops_surrogate_work_on_the_demo(demo_copy: Path) -> None:
    """The issue's reproduction: C-2026-001's client revokes the whole informed consent."""
    t = Workspace.open(demo_copy, DEMO_PASS)
    jonas = Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0])
    case = next(c for c in t.cases.list() if c.code.endswith("-001"))
    assert Activity.GENITAL_TOUCH in t.consent.in_force(case.case_id)
    # booked while the consent was in force
    booked = t.sessions.schedule(case.case_id, "surrogate_session", "2026-11-24T10:00", 90,
                                 planned_activities=("conversation", "genital_touch")).subject_id
    informed = [r for r in t.consent.records(case.case_id) if r.form_id == "informed-consent"]
    t.consent.revoke(case.case_id, informed[-1].consent_id, "Client withdraws from therapy.",
                     at="2026-11-23T11:00")
    # nothing is in force any more, though the triad agreement still grants genital touch
    assert t.consent.in_force(case.case_id) == ()
    assert jonas.consent.in_force(case.case_id, "2026-11-24T10:00") == ()
    # scheduling is refused, with the reason
    with pytest.raises(ConsentViolation) as info:
        t.sessions.schedule(case.case_id, "surrogate_session", "2026-11-30T10:00", 90,
                            planned_activities=("conversation", "genital_touch"))
    assert info.value.forms == ["informed-consent"]
    assert "revoked the whole informed consent" in sentence(info.value)
    assert "in the Triad app" in sentence(info.value, context=Context.CLI)
    with pytest.raises(ConsentViolation):  # even a talk-only surrogate session
        t.sessions.schedule(case.case_id, "surrogate_session", "2026-11-30T10:00", 60)
    t.sessions.schedule(case.case_id, "therapist_session", "2026-11-25T16:00", 50)  # talk therapy goes on
    # the booked session, held anyway, is debriefed (the record tells the truth) and flagged
    for ws in (t, jonas):
        _at(ws, DAY_AFTER)
    jonas.sessions.submit_debrief(booked, DebriefForm(
        activities_done=("conversation", "genital_touch"), suds_before=4, suds_after=3,
        safer_sex_kept=True))
    flags = {str(f) for f in t.sessions.get(booked).debrief.flags}  # type: ignore[union-attr]
    assert {"activity-not-consented:conversation", "activity-not-consented:genital_touch"} <= flags
    # the audit finds it: the activities, and the session held without an informed consent
    found = {(f.rule_id, f.detail.get("activity") or f.detail.get("form_id"))
             for f in t.audit.run(case.case_id).findings}
    assert ("consent.activity-after-revocation-or-expiry", "genital_touch") in found
    assert ("consent.activity-after-revocation-or-expiry", "conversation") in found
    assert ("consent.session-without-required-form", "informed-consent") in found
    t.close()
    jonas.close()
    # and so does the command line
    env = {"TRIAD_PASSPHRASE": DEMO_PASS}
    text = cli("audit", str(demo_copy), "--case", case.code, env=env, now=DAY_AFTER)
    assert text.code == 0 and "consent.session-without-required-form" in text.out, text.err
    assert "No findings" not in text.out
    data = json.loads(cli("audit", str(demo_copy), "--format", "json", env=env, now=DAY_AFTER).out)
    assert data["summary"]["open"]["critical"] >= 3
    shown = cli("show", str(demo_copy), case.code, env=env, now=DAY_AFTER)
    assert "In force now: nothing" in shown.out, shown.out


def test_forms_combine_by_intersection(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")  # informed consent and triad agreement to non-genital touch
    triad_agreement(p, "2026-01-20",
                     grants=(*SCOPE, "genital_touch"), valid_from="2026-01-20")
    # the triad agreement grants genital touch; the informed consent does not: not in force
    assert Activity.GENITAL_TOUCH not in p.t.consent.in_force(p.case, "2026-02-01T10:00")
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-01T10:00", 60,
                              planned_activities=("genital_touch",))
    assert info.value.missing == ["genital_touch"] and info.value.forms == ["informed-consent"]
    assert "“Informed consent to surrogate partner therapy”" in sentence(info.value)
    with pytest.raises(ConsentViolation):  # nor may a phase that needs it start
        p.t.plans.start_phase(p.case, "sensate-focus-2", "2026-02-01T10:00")
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-25", "client", "therapist"),
                     grants=(*SCOPE, "genital_touch"), valid_from="2026-01-25")
    assert Activity.GENITAL_TOUCH in p.t.consent.in_force(p.case, "2026-02-01T10:00")
    p.close()


def test_the_triad_agreement_must_be_that_surrogate_partners(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")  # the triad agreement is Sam's
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    assert Activity.CONVERSATION in p.t.consent.in_force(p.case, "2026-02-01T10:00", p.ids["Sam"])
    assert p.t.consent.in_force(p.case, "2026-02-01T10:00", p.ids["Sky"]) == ()
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-01T10:00", 60,
                              planned_activities=("conversation",), surrogate_id=p.ids["Sky"])
    assert info.value.forms == ["triad-agreement"]
    records = p.t.consent.records(p.case)
    assert surrogate_work_in_force(records, "2026-02-01T10:00", p.ids["Sky"], "Sky") == frozenset()
    assert Activity.NON_GENITAL_TOUCH in surrogate_work_in_force(
        records, "2026-02-01T10:00", p.ids["Sam"], "Sam")
    p.close()


def test_aids_need_the_aids_consent(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-01T10:00", 60,
                              planned_activities=("conversation", "therapeutic_aids"))
    assert info.value.missing == ["therapeutic_aids"] and info.value.forms == ["therapeutic-aids"]
    p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-20", "client", "therapist"),
                     grants=("therapeutic_aids",), valid_from="2026-01-20",
                     aids=an_aid(p.t, p.case))
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-01T10:00", 60,
                          planned_activities=("conversation", "therapeutic_aids"))
    p.close()


def test_a_revoked_release_stops_surrogate_sessions(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    records = p.t.consent.records(p.case)
    assert release_in_force(records, "2026-02-01T10:00")
    release = next(r for r in records if r.form_id == "release-of-information")
    p.t.consent.revoke(p.case, release.consent_id, "Client withdrew the release.",
                       at="2026-01-30T10:00")
    assert not release_in_force(p.t.consent.records(p.case), "2026-02-01T10:00")
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-01T10:00", 60,
                              planned_activities=("conversation",))
    assert info.value.forms == ["release-of-information"]
    p.close()


def _findings(p: Practice, rule_id: str) -> list[tuple[str, str]]:
    return [(f.detail.get("form_id", ""), f.at) for f in p.v.audit.run(p.case).findings
            if f.rule_id == rule_id]


def test_the_audit_checks_every_session_against_every_form(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    for ws in p.all():
        _at(ws, datetime(2026, 3, 1, 9, 0).astimezone())
    hold_session(p, "2026-02-02T10:00")  # the first: all in force
    informed = next(r for r in p.t.consent.records(p.case) if r.form_id == "informed-consent")
    p.t.consent.revoke(p.case, informed.consent_id, "Client withdrew.", at="2026-02-05T10:00")
    record_session(p, "2026-02-09T10:00")  # made elsewhere: the gate refuses it here
    assert _findings(p, "consent.session-without-required-form") == [
        ("informed-consent", "2026-02-09T10:00")]
    assert _findings(p, "consent.informed-consent-before-first-session") == []
    p.t.consent.give(p.case, "informed-consent", sigs("2026-02-10", "client", "therapist"),
                     grants=SCOPE, valid_from="2026-02-10")
    release = next(r for r in p.t.consent.records(p.case) if r.form_id == "release-of-information")
    p.t.consent.revoke(p.case, release.consent_id, "Client withdrew the release.",
                       at="2026-02-12T10:00")
    record_session(p, "2026-02-16T10:00")
    assert [(f.detail, f.at) for f in p.v.audit.run(p.case).findings
            if f.rule_id == "consent.session-without-release"] == [
        ({"release": "revoked", "since": "2026-02-12T10:00"}, "2026-02-16T10:00")]
    p.close()


def test_a_ladder_granted_above_a_declined_rung_is_a_finding(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation", "relaxation_breathing", "non_genital_touch"),
                     declines=("clothed_touch",), valid_from="2026-01-10")
    (f,) = [f for f in p.v.audit.run(p.case).findings if f.rule_id == "consent.ladder-incoherent"]
    assert f.severity == "major"
    assert f.detail == {"activity": "non_genital_touch", "declined": ["clothed_touch"]}
    p.close()
    near = make_practice(tmp_path / "near")  # declines only above what it grants
    assert [f for f in near.v.audit.run(near.case).findings
            if f.rule_id == "consent.ladder-incoherent"] == []
    near.close()
