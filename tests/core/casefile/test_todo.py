"""What is missing on a case appears from the moment it opens (issue 13, point 8): every
required form, the date of birth and the capacity assessment, in the order that unblocks the
next step first, in the case list's next-due column and the CLI; an audit sign-off never hides
a gap that is still open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.core.conftest import cli
from tests.core.practice import PASS, SIGNALS, an_aid, make_practice, sigs, triad_agreement
from triad.casefile import agenda, meetings, todo
from triad.casefile.todo import Gap


def _at(text: str):  # type: ignore[no-untyped-def]
    return lambda: datetime.fromisoformat(text).astimezone()


def test_after_the_informed_consent_the_release_and_triad_agreement_are_still_due(
        tmp_path: Path) -> None:
    """Reproduced: "Next due" went blank after the informed consent."""
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation", "relaxation_breathing"), valid_from="2026-01-10")
    p.t.clock = _at("2026-01-11T09:00")
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == (
        "sign-release", "release-of-information")
    assert todo.gaps(p.t, p.case) == [Gap("sign-release", "release-of-information"),
                                      Gap("sign-triad-agreement", p.ids["Sam"])]
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-11", "client", "therapist"))
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == (
        "sign-triad-agreement", p.ids["Sam"])
    triad_agreement(p, "2026-01-11", grants=("conversation",),
                    signals=SIGNALS)  # test_signals_gate.py
    assert todo.gaps(p.t, p.case) == []
    # issue 16: what is left is the three-way meeting before surrogate work starts
    start = agenda.DueItem(meetings.MEETING_START, "", "")
    assert agenda.next_due(p.t, p.case) == start
    assert [line.due for line in agenda.case_lines(p.t)] == [start]
    p.close()


def test_every_gap_appears_at_once_from_the_moment_the_case_opens(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    sky = p.ids["Sky"]
    fresh = p.t.cases.open({"legal_name": "New Client"}, (p.ids["Sam"], sky),
                           opened_at="2026-01-05T09:00").case_id or ""
    p.t.clock = _at("2026-01-06T09:00")
    first, second = sorted((p.ids["Sam"], sky))
    assert todo.gaps(p.t, fresh) == [
        Gap("capacity-missing"), Gap("date-of-birth-missing"),
        Gap("sign-consent", "informed-consent"), Gap("sign-release", "release-of-information"),
        Gap("sign-triad-agreement", first), Gap("sign-triad-agreement", second)]
    item = agenda.next_due(p.t, fresh)
    assert item is not None and item.code == "capacity-missing"
    # the surrogate partner and the supervisor are not asked to record the forms
    assert todo.gaps(p.s, p.case) == [] and todo.gaps(p.v, p.case) == []
    p.close()


def test_a_gap_stays_while_the_case_is_active_or_paused_and_goes_when_closed(
        tmp_path: Path) -> None:
    """Not only in referral or assessment: a form that lapses later is missing again."""
    p = make_practice(tmp_path / "v.triad")
    p.t.clock = _at("2026-01-20T09:00")
    assert todo.gaps(p.t, p.case) == []
    release = next(r for r in p.t.consent.records(p.case) if r.form_id == "release-of-information")
    p.t.consent.revoke(p.case, release.consent_id, "Client withdrew the release.",
                       at="2026-01-20T08:00")
    assert todo.gaps(p.t, p.case) == [Gap("sign-release", "release-of-information")]
    p.t.cases.change_status(p.case, "paused", at="2026-01-20T08:30")
    item = agenda.next_due(p.t, p.case)
    assert item is not None and item.code == "sign-release"
    p.t.cases.change_status(p.case, "closed", at="2026-01-20T08:45")
    assert todo.gaps(p.t, p.case) == [] and agenda.next_due(p.t, p.case) is None
    p.close()


def test_a_plan_with_aids_needs_the_aids_consent_until_its_aid_phases_are_done(
        tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad", plan=False)
    p.t.clock = _at("2026-01-20T09:00")
    p.t.plans.revise(p.case, [
        {"phase_id": "talk", "title": "Talk", "planned_sessions": 0, "activities": ["conversation"]},
        {"phase_id": "aids", "title": "Aids", "planned_sessions": 0,
         "activities": ["conversation", "therapeutic_aids"]}])
    assert todo.gaps(p.t, p.case) == [Gap("sign-aids-consent", "therapeutic-aids")]
    item = agenda.next_due(p.t, p.case)
    assert item is not None and item.code == "sign-aids-consent"
    p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-19", "client", "therapist"),
                     grants=("therapeutic_aids",), valid_from="2026-01-19",
                     aids=an_aid(p.t, p.case))
    assert todo.gaps(p.t, p.case) == []
    # issue 16: what is left is the three-way meeting before surrogate work starts
    assert agenda.next_due(p.t, p.case) == agenda.DueItem(meetings.MEETING_START, "", "")
    p.close()


def test_a_supervisor_sign_off_does_not_close_the_gap(tmp_path: Path) -> None:
    """The finding "triad agreement missing" signed off by the supervisor: the triad agreement
    is still missing, and the therapist is still asked for it."""
    p = make_practice(tmp_path / "v.triad", consent=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation",), valid_from="2026-01-10")
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    from tests.core.practice import record_session

    p.t.clock = p.s.clock = _at("2026-02-01T09:00")
    record_session(p, "2026-01-20T10:00")  # held elsewhere without the triad agreement
    p.v.clock = _at("2026-02-01T09:00")
    found = [f for f in p.v.audit.run(p.case).findings
             if f.rule_id == "consent.triad-agreement-before-first-session"]
    assert found and found[0].status == "open"
    p.v.audit.sign_off(found[0].finding_id, "Discussed with the therapist.")
    assert all(f.status != "open" for f in p.t.audit.run(p.case).findings
               if f.rule_id == "consent.triad-agreement-before-first-session")
    assert Gap("sign-triad-agreement", p.ids["Sam"]) in todo.gaps(p.t, p.case)
    p.close()


def test_cli_cases_names_what_is_missing(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation",), valid_from="2026-01-10")
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    p.close()
    env = {"TRIAD_PASSPHRASE": PASS}
    out = cli("cases", str(tmp_path / "v.triad"), "--member", "Dr Tess", env=env,
              now=datetime(2026, 1, 11, 9, 0).astimezone())
    assert out.code == 0, out.err
    lines = out.out.strip().splitlines()
    assert len(lines) == 2 and "triad agreement with Sam to sign" in lines[1]


def test_every_gap_has_words_in_the_cli() -> None:
    from triad.cli.cases import DUE_WORDS

    assert set(todo.CODES) <= set(DUE_WORDS)
