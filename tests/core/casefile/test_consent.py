"""Consent records, signatures bound to the form version, and 'what is consented at T'."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import PNG_1PX, SCOPE, an_aid, make_practice, sigs, triad_agreement
from triad.casefile import forms
from triad.casefile.consent import activities_in_force
from triad.casefile.ladder import Activity
from triad.errors import InvalidInput, PermissionDenied


def test_signatures_bind_to_the_form_content_hash(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    triad = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    form = forms.form("triad-agreement")
    assert triad.form_hash == form.content_hash and triad.form_version == form.version
    assert [s.party for s in triad.signatures] == ["client", "therapist", "surrogate"]
    assert all(s.form_hash == form.content_hash for s in triad.signatures)
    p.close()


def test_every_required_party_must_sign(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    # the surrogate partner countersigns later in her own session (issue 13): the therapist
    # records the client's and her own signature
    with pytest.raises(InvalidInput, match="signature-missing") as info:
        p.t.consent.give(p.case, "triad-agreement", sigs("2026-01-12", "client"),
                         grants=("conversation",))
    assert info.value.data["parties"] == ["therapist"]
    with pytest.raises(InvalidInput, match="party-twice"):
        p.t.consent.give(p.case, "informed-consent",
                         sigs("2026-01-12", "client", "client", "therapist"), grants=("conversation",))
    with pytest.raises(InvalidInput, match="signature-name"):
        p.t.consent.give(p.case, "informed-consent",
                         [{"party": "client", "name": " ", "signed_on": "2026-01-12"},
                          *sigs("2026-01-12", "therapist")], grants=("conversation",))
    p.close()


def test_scope_and_contradictions_are_refused(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    with pytest.raises(InvalidInput, match="outside-form-scope"):
        p.t.consent.give(p.case, "informed-consent", sigs("2026-01-12", "client", "therapist"),
                         grants=("therapeutic_aids",))
    with pytest.raises(InvalidInput, match="grant-and-decline"):
        p.t.consent.give(p.case, "informed-consent", sigs("2026-01-12", "client", "therapist"),
                         grants=("conversation",), declines=("conversation",))
    with pytest.raises(InvalidInput, match="until-before-from"):
        p.t.consent.give(p.case, "informed-consent", sigs("2026-01-12", "client", "therapist"),
                         grants=("conversation",), valid_from="2026-02-01", valid_until="2026-01-20")
    assert p.t.consent.records(p.case) == []
    p.close()


def test_drawn_signature_must_be_a_png(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    drawn = [{**s, "drawing": PNG_1PX} for s in sigs("2026-01-12", "client", "therapist")]
    p.t.consent.give(p.case, "informed-consent", drawn, grants=("conversation",))
    assert p.t.consent.records(p.case)[0].signatures[0].drawing == PNG_1PX
    bad = [{**s, "drawing": "bm90IGEgcG5n"} for s in sigs("2026-01-12", "client", "therapist")]
    with pytest.raises(InvalidInput, match="drawing"):
        p.t.consent.give(p.case, "informed-consent", bad, grants=("conversation",))
    p.close()


def test_in_force_over_time(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation", "clothed_touch"), valid_from="2026-01-10",
                     valid_until="2026-03-31")
    c = p.t.consent

    def granted(at: str) -> tuple[Activity, ...]:  # what this record grants on its own
        return activities_in_force(c.records(p.case), at)

    assert granted("2026-01-09T23:59") == ()
    assert granted("2026-01-10T00:00") == (Activity.CONVERSATION, Activity.CLOTHED_TOUCH)
    assert granted("2026-03-31T23:59") == (Activity.CONVERSATION, Activity.CLOTHED_TOUCH)
    assert granted("2026-04-01T00:00") == ()  # "until" includes its whole day
    # surrogate work needs the triad agreement and a release as well (issue 13)
    assert c.in_force(p.case, "2026-01-10T00:00") == ()
    p.close()


def test_revocation_is_immediate_and_case_wide(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    c = p.t.consent
    triad = next(r for r in c.records(p.case) if r.form_id == "triad-agreement")
    p.s.consent.revoke(p.case, triad.consent_id, "Client asked to stop touch", "client",
                       ("non_genital_touch",), at="2026-03-01T10:25")
    assert Activity.NON_GENITAL_TOUCH in c.in_force(p.case, "2026-03-01T10:24")
    # also granted by the informed consent, yet gone: revocation is of the activity
    assert Activity.NON_GENITAL_TOUCH not in c.in_force(p.case, "2026-03-01T10:25")
    assert Activity.CLOTHED_TOUCH in c.in_force(p.case, "2026-03-01T10:25")
    statuses = {r.form_id: c.status(r, c.records(p.case), "2026-03-02T00:00") for r in c.records(p.case)}
    assert statuses == {"informed-consent": "partly-revoked", "triad-agreement": "partly-revoked",
                        "release-of-information": "in-force"}
    # only a consent beginning after the revocation grants it again
    triad_agreement(p, "2026-03-10",
                     grants=SCOPE)
    assert Activity.NON_GENITAL_TOUCH in c.in_force(p.case, "2026-03-10T00:00")
    p.close()


def test_whole_record_revocation_and_later_decline(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    c = p.t.consent
    roi = next(r for r in c.records(p.case) if r.form_id == "release-of-information")
    c.revoke(p.case, roi.consent_id, "Client withdrew the release", at="2026-02-01T09:00")
    assert c.get(p.case, roi.consent_id).status("2026-02-01T09:00") == "revoked"
    assert c.get(p.case, roi.consent_id).status("2026-01-31T09:00") == "in-force"
    triad_agreement(p, "2026-02-05",
           grants=("conversation",), declines=("clothed_touch",))
    records = c.records(p.case)
    assert Activity.CLOTHED_TOUCH in activities_in_force(records, "2026-02-04T12:00")
    assert Activity.CLOTHED_TOUCH not in activities_in_force(records, "2026-02-05T12:00")
    # with the release revoked, no surrogate work is in force at all (issue 13)
    assert c.in_force(p.case, "2026-01-31T12:00") != ()
    assert c.in_force(p.case, "2026-02-04T12:00") == ()
    p.close()


def test_revocation_rules(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    triad = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    with pytest.raises(InvalidInput, match="reason-required"):
        p.t.consent.revoke(p.case, triad.consent_id, "  ")
    with pytest.raises(InvalidInput, match="not-granted"):
        p.t.consent.revoke(p.case, triad.consent_id, "x", activities_=("intercourse",))
    with pytest.raises(PermissionDenied):
        p.v.consent.revoke(p.case, triad.consent_id, "supervisors only read")
    with pytest.raises(PermissionDenied):
        p.s2.consent.revoke(p.case, triad.consent_id, "not on this case")
    p.close()


def test_an_aid_consent_grants_no_other_activity(tmp_path: Path) -> None:
    """The therapeutic-aids form: "Consent to an aid does not include consent to any other
    activity, such as touch with the surrogate; those are covered separately." Its scope is the
    aids alone: a touch grant on it is refused, and signing it puts nothing else in force."""
    p = make_practice(tmp_path / "v", consent=False)
    with pytest.raises(InvalidInput, match="outside-form-scope"):
        p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-12", "client", "therapist"),
                         grants=("therapeutic_aids", "non_genital_touch"))
    p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-12", "client", "therapist"),
                     grants=("therapeutic_aids",), valid_from="2026-01-12",
                     aids=an_aid(p.t, p.case))
    # what the aids consent alone grants (the gate for a session needs every form: issue 13)
    records = p.t.consent.records(p.case)
    assert activities_in_force(records, "2026-01-13T10:00") == (Activity.AIDS,)
    assert p.t.consent.in_force(p.case, "2026-01-13T10:00") == ()  # no informed consent yet
    p.close()
