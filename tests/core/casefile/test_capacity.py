"""Age and capacity (issue 13, point 4): a date of birth before any consent beyond
conversation; no touch or aid activity for a client under the age of majority; a capacity
assessment "has capacity" before the informed consent, and an audit finding without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import PASS, make_practice, sigs
from triad.errors import ConsentViolation, InvalidInput, PermissionDenied
from triad.roles import Role
from triad.workspace import Workspace

TOUCH = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
         "non_genital_touch", "genital_touch", "intercourse")


YOUNG = "Young Person"  # the client types their own legal name (issue 13)


def _case(t: Workspace, surrogate: str, born: str, opened: str = "2026-01-05") -> str:
    client = {"legal_name": YOUNG, "presenting_concerns": ["anxiety"]}
    if born:
        client["date_of_birth"] = born
    case = t.cases.open(client, (surrogate,), opened_at=opened).case_id or ""
    t.cases.change_status(case, "assessment", at=opened)
    return case


def _assess(t: Workspace, case: str, on: str = "2026-01-08", outcome: str = "has-capacity") -> None:
    t.capacity.record(case, on, outcome, "Understands the nature, risks and the right to stop.")


def test_a_client_born_14_years_before_cannot_be_consented_to_touch(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    case = _case(p.t, p.ids["Sam"], born="2012-01-01")
    _assess(p.t, case)
    with pytest.raises(InvalidInput) as info:
        p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                         grants=TOUCH, valid_from="2026-01-10")
    assert info.value.detail == "minor"
    assert info.value.data["age_of_majority"] == 18
    assert info.value.data["activities"] == list(TOUCH[2:])
    with pytest.raises(InvalidInput, match="minor"):  # an aid is no less than touch
        p.t.consent.give(case, "therapeutic-aids", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                         grants=("therapeutic_aids",), valid_from="2026-01-10")
    # talk and relaxation alone are no touch: they may be consented
    p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                     grants=TOUCH[:2], valid_from="2026-01-10")
    p.t.consent.give(case, "release-of-information", sigs("2026-01-10", "client", "therapist", client=YOUNG))
    assert "genital_touch" not in p.t.consent.in_force(case, "2026-02-02T10:00")
    with pytest.raises((InvalidInput, ConsentViolation)):
        p.t.sessions.schedule(case, "surrogate_session", "2026-02-02T10:00", 60,
                              planned_activities=("intercourse",))
    assert not [s for s in p.t.sessions.list(case)]
    p.close()


def test_a_minor_on_the_consent_date_is_refused_even_when_adult_later(tmp_path: Path) -> None:
    """The age counts on the day the consent takes effect: it cannot be back-dated into the
    client's minority, and it may start on the 18th birthday."""
    p = make_practice(tmp_path / "v", consent=False)
    case = _case(p.t, p.ids["Sam"], born="2008-02-01")
    _assess(p.t, case)
    with pytest.raises(InvalidInput, match="minor"):
        p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                         grants=("clothed_touch",), valid_from="2026-01-31T23:59")
    p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                     grants=("clothed_touch",), valid_from="2026-02-01")
    p.close()


def test_the_age_of_majority_is_an_audit_setting(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    assert p.t.audit.settings().age_of_majority == 18
    for bad in (15, 22, "x"):
        with pytest.raises(InvalidInput):
            p.v.audit.update_settings(age_of_majority=bad)
    p.v.audit.update_settings(age_of_majority=21)  # the supervisor's setting (issue 13, point 7)
    case = _case(p.t, p.ids["Sam"], born="2006-01-01")  # 20 on the consent day
    _assess(p.t, case)
    with pytest.raises(InvalidInput, match="minor") as info:
        p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                         grants=("non_genital_touch",), valid_from="2026-01-10")
    assert info.value.data["age_of_majority"] == 21
    p.close()


def test_old_audit_settings_without_the_age_read_as_18(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    p.t.vault.db.set_meta("audit_settings", '{"review_days": 5, "reconsent_at_phase_change": true,'
                                            ' "credential_warning_days": 30}')
    assert p.t.audit.settings().age_of_majority == 18
    assert p.t.audit.settings().review_days == 5
    p.close()


def test_no_consent_beyond_conversation_without_a_date_of_birth(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    case = _case(p.t, p.ids["Sam"], born="")
    _assess(p.t, case)
    for grants in (("clothed_touch",), ("relaxation_breathing",), ("therapeutic_aids",)):
        form = "therapeutic-aids" if grants == ("therapeutic_aids",) else "informed-consent"
        with pytest.raises(InvalidInput) as info:
            p.t.consent.give(case, form, sigs("2026-01-10", "client", "therapist", client=YOUNG),
                             grants=grants, valid_from="2026-01-10")
        assert info.value.detail == "date-of-birth-required"
    p.t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=YOUNG),
                     grants=("conversation",), valid_from="2026-01-10")
    p.t.cases.update_client(case, date_of_birth="1990-05-05")
    p.t.consent.give(case, "informed-consent", sigs("2026-01-11", "client", "therapist", client=YOUNG),
                     grants=("clothed_touch",), valid_from="2026-01-11")
    p.close()


def test_a_later_date_of_birth_showing_a_minor_stops_scheduling_and_phases(tmp_path: Path) -> None:
    """A consent recorded for an adult (or before this rule) grants nothing once the record
    shows the client was a minor at the time: no touch session, no touch phase."""
    p = make_practice(tmp_path / "v")
    p.t.cases.update_client(p.case, date_of_birth="2012-01-01")
    assert p.t.consent.in_force(p.case, "2026-02-02T10:00") == ("conversation", "relaxation_breathing")
    with pytest.raises(InvalidInput, match="minor"):
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                              planned_activities=("non_genital_touch",))
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                          planned_activities=("conversation",))
    plan = p.t.plans.current(p.case)
    assert plan is not None
    touch_phase = next(ph for ph in plan.phases if "clothed_touch" in ph.activities)
    with pytest.raises(InvalidInput, match="minor"):
        p.t.plans.start_phase(p.case, touch_phase.phase_id, at="2026-02-03T10:00")
    p.close()


def test_informed_consent_needs_a_capacity_assessment_first(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    case = _case(p.t, p.ids["Sam"], born="1990-01-01")
    give = lambda day: p.t.consent.give(  # noqa: E731
        case, "informed-consent", sigs(day, "client", "therapist", client=YOUNG), grants=("conversation",),
        valid_from=day)
    with pytest.raises(InvalidInput) as info:
        give("2026-01-10")
    assert info.value.detail == "capacity-required"
    p.t.capacity.record(case, "2026-01-09", "needs-review", "Recheck after medication change.")
    with pytest.raises(InvalidInput, match="capacity-required"):
        give("2026-01-10")
    p.t.capacity.record(case, "2026-01-12", "has-capacity", "Clear understanding.")
    with pytest.raises(InvalidInput, match="capacity-required"):
        give("2026-01-10")  # the assessment came after the consent's date
    give("2026-01-12")
    # the latest assessment decides: lacking capacity again stops a new informed consent
    p.t.capacity.record(case, "2026-01-20", "lacks-capacity", "Acute episode.")
    with pytest.raises(InvalidInput, match="capacity-required"):
        give("2026-01-21")
    # other forms do not need it
    p.t.consent.give(case, "release-of-information", sigs("2026-01-21", "client", "therapist", client=YOUNG))
    latest = p.t.capacity.latest(case)
    assert latest is not None and latest.outcome == "lacks-capacity" and latest.on == "2026-01-20"
    assert [a.outcome for a in p.t.capacity.assessments(case)] == [
        "needs-review", "has-capacity", "lacks-capacity"]
    p.close()


def test_capacity_is_the_therapists_to_record_and_checked(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    for ws in (p.s, p.v):
        with pytest.raises(PermissionDenied):
            ws.capacity.record(p.case, "2026-01-08", "has-capacity", "")
    with pytest.raises(InvalidInput):
        p.t.capacity.record(p.case, "2026-01-08", "maybe", "")
    with pytest.raises(InvalidInput, match="capacity-future"):
        p.t.capacity.record(p.case, "2999-01-08", "has-capacity", "")
    with pytest.raises(InvalidInput, match="capacity-outcome"):
        p.t.capacity.record(p.case, "2026-01-08", "capable", "")
    # the surrogate reads the outcome, not the therapist's note
    seen = p.s.capacity.assessments(p.case)
    assert [a.outcome for a in seen] == ["has-capacity"] and seen[0].note == ""
    assert p.v.capacity.assessments(p.case)[0].note
    p.close()


def test_the_audit_flags_an_informed_consent_without_a_prior_capacity_assessment(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    findings = [f for f in p.v.audit.run(p.case).findings if f.rule_id == "consent.capacity-not-assessed"]
    assert findings == []
    # an old vault: the consent was recorded before the rule, with no assessment
    p.t.vault.db.execute("DELETE FROM capacity_assessments")
    findings = [f for f in p.v.audit.run(p.case).findings if f.rule_id == "consent.capacity-not-assessed"]
    assert len(findings) == 1 and findings[0].severity == "major"
    p.close()


def test_reopened_vault_keeps_assessments(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    p.close()
    with Workspace.open(tmp_path / "v", PASS, "Dr Tess") as t:
        case = t.cases.list()[0].case_id
        assert t.capacity.latest(case) is not None
        assert t.actor.role is Role.THERAPIST


def test_show_prints_the_date_of_birth_state_and_the_latest_capacity(demo_path: Path,
                                                                    tmp_path: Path) -> None:
    from tests.conftest import DEMO_NOW, DEMO_PASS
    from tests.core.conftest import cli

    env = {"TRIAD_PASSPHRASE": DEMO_PASS}
    shown = cli("show", str(demo_path), "C-2026-004", env=env, now=DEMO_NOW)
    assert shown.code == 0, shown.err
    assert "Date of birth: recorded" in shown.out
    assert "Capacity: has capacity (assessed 2026-" in shown.out
    assert "1995-02-08" not in shown.out  # pseudonymised by default
    assert "Date of birth: 1995-02-08" in cli("show", str(demo_path), "C-2026-004", "--show-names",
                                              env=env, now=DEMO_NOW).out
    surrogate = cli("show", str(demo_path), "C-2026-004", "--member", "Ilse Nowak", env=env,
                    now=DEMO_NOW)
    assert "Date of birth" not in surrogate.out and "Capacity: has capacity" in surrogate.out
    # the assessment's note is the therapist's: a surrogate's view has none
    assert "(assessed 2026-" in surrogate.out and "decline any step" not in surrogate.out


def test_audit_settings_command_sets_the_age_of_majority(tmp_path: Path) -> None:
    from tests.core.conftest import cli

    v = str(tmp_path / "v.triad")
    env = {"TRIAD_PASSPHRASE": PASS, "TRIAD_NEW_PASSPHRASE": PASS}
    assert cli("init", v, "--name", "Dr Tess", "--role", "therapist", env=env).code == 0
    shown = cli("audit-settings", v, env=env)
    assert "age of majority (no touch or aid activity below it): 18" in shown.out
    # the audit settings are the supervisor's (issue 13, point 7)
    assert cli("member", "add", v, "--name", "Dr Vera Sup", "--role", "supervisor",
               env=env).code == 0
    sup = ("--member", "Dr Vera Sup")
    changed = cli("audit-settings", v, "--age-of-majority", "21", *sup, env=env)
    assert changed.code == 0 and "below it): 21" in changed.out
    bad = cli("audit-settings", v, "--age-of-majority", "12", *sup, env=env)
    assert bad.code == 2 and "16" in bad.err and "21" in bad.err, bad.err
