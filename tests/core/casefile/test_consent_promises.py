"""What the consent forms promise about the gate (issue 13, point 1), checked sentence by
sentence where no other test holds the exact promise (tests/core/promises.py names them):
a decline in the informed consent is not undone by another form; nothing outside the triad
agreement's list takes place; withdrawing the aids consent stops aids at once and nothing else;
talk therapy goes on while the release is withdrawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import (
    SCOPE,
    Practice,
    an_aid,
    make_practice,
    record_session,
    sigs,
    triad_agreement,
)
from triad.casefile.ladder import Activity
from triad.errors import ConsentViolation

AFTER = "2026-02-02T10:00"


def _consented(tmp_path: Path, informed: dict[str, tuple[str, ...]],
               triad: dict[str, tuple[str, ...]]) -> Practice:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     valid_from="2026-01-10", **informed)
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    triad_agreement(p, "2026-01-12",
                     valid_from="2026-01-12", **triad)
    p.t.cases.change_status(p.case, "active", at="2026-01-12")
    return p


def _not_covered(p: Practice) -> list[dict[str, object]]:
    return [f.detail for f in p.v.audit.run(p.case).findings
            if f.rule_id == "consent.activity-not-covered"]


def test_what_the_informed_consent_declines_no_later_form_grants(tmp_path: Path) -> None:
    """Informed consent: "Anything you decline will not happen." -- a triad agreement signed
    later that grants the declined activity does not bring it into force."""
    p = _consented(tmp_path, {"grants": SCOPE, "declines": ("genital_touch",)},
                   {"grants": (*SCOPE, "genital_touch")})
    assert Activity.GENITAL_TOUCH not in p.t.consent.in_force(p.case, AFTER)
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                              planned_activities=("conversation", "genital_touch"))
    assert info.value.missing == ["genital_touch"] and info.value.forms == ["informed-consent"]
    sid = record_session(p, AFTER, ("conversation", "genital_touch"))  # made elsewhere
    debrief = p.t.sessions.get(sid).debrief
    assert debrief is not None and "activity-not-consented:genital_touch" in debrief.flags
    assert _not_covered(p) == [{"activity": "genital_touch", "forms": ["informed-consent"]}]
    p.close()


def test_nothing_outside_the_triad_agreements_list_takes_place(tmp_path: Path) -> None:
    """Triad agreement: "Nothing outside that list will take place." -- an activity the
    informed consent grants but the triad agreement does not list is not in force."""
    p = _consented(tmp_path, {"grants": (*SCOPE, "genital_touch")}, {"grants": SCOPE})
    assert Activity.GENITAL_TOUCH not in p.t.consent.in_force(p.case, AFTER)
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                              planned_activities=("conversation", "genital_touch"))
    assert info.value.missing == ["genital_touch"] and info.value.forms == ["triad-agreement"]
    sid = record_session(p, AFTER, ("conversation", "genital_touch"))  # made elsewhere
    debrief = p.t.sessions.get(sid).debrief
    assert debrief is not None and "activity-not-consented:genital_touch" in debrief.flags
    assert _not_covered(p) == [{"activity": "genital_touch", "forms": ["triad-agreement"]}]
    p.close()


def test_withdrawing_the_aids_consent_stops_aids_at_once_and_nothing_else(tmp_path: Path) -> None:
    """Therapeutic aids: "Withdrawal takes effect at once and carries no penalty." -- from the
    minute of the withdrawal no aid may be planned; the rest of the surrogate work goes on."""
    p = make_practice(tmp_path / "v")
    p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-20", "client", "therapist"),
                     grants=("therapeutic_aids",), valid_from="2026-01-20",
                     aids=an_aid(p.t, p.case))
    aids = next(r for r in p.t.consent.records(p.case) if r.form_id == "therapeutic-aids")
    p.t.consent.revoke(p.case, aids.consent_id, "Client withdrew consent to aids.",
                       at="2026-02-02T09:59")
    assert Activity.AIDS in p.t.consent.in_force(p.case, "2026-02-02T09:58")
    assert Activity.AIDS not in p.t.consent.in_force(p.case, AFTER)
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                              planned_activities=("conversation", "therapeutic_aids"))
    assert info.value.missing == ["therapeutic_aids"] and info.value.forms == ["therapeutic-aids"]
    p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,  # no penalty: the rest goes on
                          planned_activities=("conversation", "non_genital_touch"))
    p.close()


def test_talk_therapy_goes_on_while_the_release_is_withdrawn(tmp_path: Path) -> None:
    """Release: "surrogate sessions will pause while the release is withdrawn; your
    talk-therapy sessions with your therapist continue"."""
    p = make_practice(tmp_path / "v")
    release = next(r for r in p.t.consent.records(p.case) if r.form_id == "release-of-information")
    p.t.consent.revoke(p.case, release.consent_id, "Client withdrew the release.",
                       at="2026-01-30T10:00")
    with pytest.raises(ConsentViolation) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                              planned_activities=("conversation",))
    assert info.value.forms == ["release-of-information"]
    p.t.sessions.schedule(p.case, "therapist_session", AFTER, 50)
    assert [s.kind for s in p.t.sessions.list(p.case)] == ["therapist_session"]
    p.close()
