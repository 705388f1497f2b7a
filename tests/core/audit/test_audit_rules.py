"""Each audit rule: a case that triggers it, and a near miss that must not."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import (
    PASS,
    SCOPE,
    Practice,
    an_aid,
    hold_session,
    make_practice,
    record_session,
    sigs,
    triad_agreement,
)
from triad.audit.engine import Finding
from triad.casefile import forms
from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.roles import Role
from triad.workspace import Workspace


def at(p: Practice, when: str) -> None:
    moment = datetime.fromisoformat(when).astimezone()
    for ws in p.all():
        ws.clock = lambda m=moment: m


def findings(p: Practice, rule_id: str) -> list[Finding]:
    return [f for f in p.v.audit.run(p.case).findings if f.rule_id == rule_id]


def bare(tmp: Path) -> Practice:
    """No consent yet; the forms the test records are signed on days up to 2026-02-01, which
    is today (issue 13: no signature is dated in the future)."""
    p = make_practice(tmp / "v", consent=False)
    at(p, "2026-02-01T09:00")
    return p


def test_informed_consent_before_first_session(tmp_path: Path) -> None:
    p = bare(tmp_path)
    triad_agreement(p, "2026-01-12",
                     grants=SCOPE)
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-12", "client", "therapist"))
    sid = record_session(p, "2026-01-20T10:00")  # scheduling refuses it: no informed consent
    at(p, "2026-01-21T09:00")
    (f,) = findings(p, "consent.informed-consent-before-first-session")
    assert f.severity == "critical" and f.record_id == p.t.sessions.get(sid).entry_id
    p.close()
    near = make_practice(tmp_path / "near")
    hold_session(near, "2026-01-20T10:00")
    assert findings(near, "consent.informed-consent-before-first-session") == []
    near.close()


def test_release_signed_after_first_session(tmp_path: Path) -> None:
    p = bare(tmp_path)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"), grants=SCOPE)
    triad_agreement(p, "2026-01-12",
                     grants=SCOPE)
    record_session(p, "2026-01-20T10:00")  # scheduling refuses it: no release
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-22", "client", "therapist"))
    at(p, "2026-01-23T09:00")
    (f,) = findings(p, "consent.release-before-first-session")
    assert f.severity == "major" and f.status == "open"  # signing late does not undo the session
    assert f.detail["signed_later"] == "2026-01-22T00:00"
    p.close()
    near = make_practice(tmp_path / "near")  # ROI signed 2026-01-10, session after
    hold_session(near, "2026-01-20T10:00")
    assert findings(near, "consent.release-before-first-session") == []
    near.close()


def test_triad_agreement_before_first_session(tmp_path: Path) -> None:
    p = bare(tmp_path)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"), grants=SCOPE)
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    record_session(p, "2026-01-20T10:00")  # scheduling refuses it: no triad agreement
    at(p, "2026-01-21T09:00")
    assert [f.severity for f in findings(p, "consent.triad-agreement-before-first-session")] == ["critical"]
    p.close()
    near = make_practice(tmp_path / "near")
    hold_session(near, "2026-01-20T10:00")
    assert findings(near, "consent.triad-agreement-before-first-session") == []
    near.close()


def test_activity_not_covered(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, "2026-02-02T10:00", debrief=False)
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation", "genital_touch"),
                                                 safer_sex_kept=True))
    (f,) = findings(p, "consent.activity-not-covered")
    assert f.detail == {"activity": "genital_touch", "forms": ["informed-consent", "triad-agreement"]}
    assert f.at == "2026-02-02T10:00"
    assert findings(p, "consent.activity-after-revocation-or-expiry") == []
    near = hold_session(p, "2026-02-09T10:00", activities=("conversation", "clothed_touch"))
    assert near and len(findings(p, "consent.activity-not-covered")) == 1
    p.close()


def test_activity_after_revocation_or_expiry(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, "2026-02-02T10:00", debrief=False, activities=("conversation", "clothed_touch"))
    for r in p.t.consent.records(p.case):
        if r.grants:
            p.t.consent.revoke(p.case, r.consent_id, "client withdrew", activities_=("clothed_touch",),
                               at="2026-02-02T09:30")
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation", "clothed_touch")))
    (f,) = findings(p, "consent.activity-after-revocation-or-expiry")
    assert f.detail == {"activity": "clothed_touch", "reason": "revoked",
                        "forms": ["informed-consent", "triad-agreement"]}
    assert findings(p, "consent.activity-not-covered") == []
    p.close()
    near = make_practice(tmp_path / "near")
    sid = hold_session(near, "2026-02-02T10:00", debrief=False, activities=("conversation", "clothed_touch"))
    for r in near.t.consent.records(near.case):
        if r.grants:  # revoked after the session: not a finding
            near.t.consent.revoke(near.case, r.consent_id, "later", activities_=("clothed_touch",),
                                  at="2026-02-02T12:00")
    near.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation", "clothed_touch")))
    assert findings(near, "consent.activity-after-revocation-or-expiry") == []
    near.close()


def test_expired_consent_in_use(tmp_path: Path) -> None:
    p = bare(tmp_path)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation", "clothed_touch"), valid_until="2026-01-31")
    triad_agreement(p, "2026-01-10", grants=("conversation", "clothed_touch"),
                    valid_until="2026-01-31")
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    p.t.consent.give(p.case, "informed-consent", sigs("2026-02-01", "client", "therapist"),
                     grants=("conversation",))
    # scheduling refuses it: the triad agreement has expired
    sid = record_session(p, "2026-02-03T10:00", debrief=False)
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation", "clothed_touch")))
    # the triad agreement expired: nothing of surrogate work is in force, conversation neither
    assert [f.detail for f in findings(p, "consent.activity-after-revocation-or-expiry")] == [
        {"activity": "conversation", "reason": "expired", "forms": ["triad-agreement"]},
        {"activity": "clothed_touch", "reason": "expired",
         "forms": ["informed-consent", "triad-agreement"]}]
    p.close()


def test_phase_started_without_consent(tmp_path: Path) -> None:
    p = bare(tmp_path)
    # The service refuses this; a record made elsewhere (an older copy, an import) can hold it.
    key = bytes(p.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.t.actor.member_id,))[0])
    p.t.log.append(p.t.actor.member_id, key, "phase.started",
                   {"phase_id": "body-image", "at": "2026-01-07T10:00"}, p.case)  # type: ignore[arg-type]
    (f,) = findings(p, "plan.phase-started-without-consent")
    assert f.detail["phase_id"] == "body-image" and "nudity_body_image" in f.detail["missing"]
    p.close()
    near = make_practice(tmp_path / "near")
    near.t.plans.start_phase(near.case, "body-image", "2026-01-13T10:00")
    assert findings(near, "plan.phase-started-without-consent") == []
    near.close()


def test_reconsent_at_phase_change_setting(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    p.t.plans.start_phase(p.case, "getting-to-know", "2026-01-13T10:00")
    p.t.plans.complete_phase(p.case, "getting-to-know", "2026-01-20T10:00")
    p.t.plans.start_phase(p.case, "relaxation-breathing", "2026-01-20T11:00")
    (f,) = findings(p, "consent.reconsent-at-phase-change")  # on by default (issue 13)
    assert f.detail == {"phase_id": "relaxation-breathing"} and f.severity == "minor"
    p.t.plans.complete_phase(p.case, "relaxation-breathing", "2026-01-27T10:00")
    # another form signed meanwhile re-confirms nothing: the forms promise the informed consent
    # or the triad agreement is asked again at a phase change
    p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-27", "client", "therapist"),
                     grants=("therapeutic_aids",), valid_from="2026-01-27T10:15",
                     aids=an_aid(p.t, p.case))
    p.t.plans.start_phase(p.case, "communication-consent", "2026-01-27T10:20")
    assert [f.detail["phase_id"] for f in findings(p, "consent.reconsent-at-phase-change")] == [
        "relaxation-breathing", "communication-consent"]
    p.t.plans.complete_phase(p.case, "communication-consent", "2026-01-27T10:25")
    triad_agreement(p, "2026-01-27",
                     grants=SCOPE, valid_from="2026-01-27T10:30")
    p.t.plans.start_phase(p.case, "body-image", "2026-01-27T11:00")
    assert [f.detail["phase_id"] for f in findings(p, "consent.reconsent-at-phase-change")] == [
        "relaxation-breathing", "communication-consent"]
    p.close()


def test_signature_on_an_outdated_form_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = make_practice(tmp_path / "v")
    assert findings(p, "consent.signature-not-current-version") == []
    v1 = forms.form("informed-consent")
    v2 = forms.Form(v1.form_id, 2, v1.title, v1.parties, v1.scope, v1.text + "\nNew paragraph.", "ab" * 32)
    shipped = forms._all_forms()
    monkeypatch.setattr(forms, "_all_forms", lambda root=None: (*shipped, v2))
    (f,) = findings(p, "consent.signature-not-current-version")
    assert (f.detail["signed_version"], f.detail["current_version"], f.status) == (1, 2, "open")
    p.t.consent.give(p.case, "informed-consent", sigs("2026-02-01", "client", "therapist"), grants=SCOPE)
    (f,) = findings(p, "consent.signature-not-current-version")
    assert f.status == "resolved" and f.resolved_at == "2026-02-01T00:00"
    p.close()


def test_debrief_review_deadline(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    at(p, "2026-02-02T15:00")
    sid = hold_session(p, "2026-02-02T10:00")
    at(p, "2026-02-08T15:00")  # six days later: still in time
    assert findings(p, "debrief.review-overdue") == []
    at(p, "2026-02-09T15:01")
    (f,) = findings(p, "debrief.review-overdue")
    assert f.status == "open" and f.severity == "major"
    at(p, "2026-02-10T09:00")
    review = p.t.sessions.review(sid, "Read; sorry for the delay.")
    (f,) = findings(p, "debrief.review-overdue")
    assert f.status == "resolved" and f.resolved_by == review.entry_id
    p.close()


def test_stop_signal_needs_a_review(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    at(p, "2026-02-02T15:00")
    sid = hold_session(p, "2026-02-02T10:00", debrief=False)
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",), stop_signals=1))
    at(p, "2026-02-12T09:00")
    (f,) = findings(p, "debrief.signal-without-review")
    assert f.severity == "critical"
    assert findings(p, "debrief.review-overdue") == []  # one finding, the graver one
    p.close()
    near = make_practice(tmp_path / "near")
    at(near, "2026-02-02T15:00")
    sid = hold_session(near, "2026-02-02T10:00", debrief=False)
    near.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",), stop_signals=1))
    near.t.sessions.review(sid, "Called the client the same day.")
    at(near, "2026-03-01T09:00")
    assert findings(near, "debrief.signal-without-review") == []
    near.close()


def test_missing_debrief(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    hold_session(p, "2026-02-02T10:00", debrief=False)
    at(p, "2026-02-03T09:00")
    assert findings(p, "debrief.missing") == []  # give the surrogate two days
    at(p, "2026-02-05T09:00")
    assert len(findings(p, "debrief.missing")) == 1
    p.close()


def test_credentials_on_session_dates(tmp_path: Path) -> None:
    path = tmp_path / "v"
    t = Workspace.create(path, name="Dr Tess", role=Role.THERAPIST, passphrase=PASS,
                         credentials=(Credential("Board", "T-1", "2030-01-01"),)).workspace
    t.members.add("Sam", Role.SURROGATE, PASS, (Credential("IPSA", "S-1", "2026-02-05"),))
    t.members.add("Vera", Role.SUPERVISOR, PASS)
    t.members.add("Dr Other", Role.THERAPIST, PASS)
    t.members.add("Sky", Role.SURROGATE, PASS)
    p = Practice(path, t, *(Workspace.open(path, PASS, n) for n in ("Sam", "Vera", "Dr Other", "Sky")))
    p.ids = {m.name: m.member_id for m in t.members.list()}
    at(p, "2026-01-10T09:00")
    p.case = t.cases.open({"legal_name": "Client Person", "date_of_birth": "1990-01-02"},
                          (p.ids["Sam"],), p.ids["Vera"], opened_at="2026-01-05").case_id or ""
    t.cases.change_status(p.case, "assessment")
    t.capacity.record(p.case, "2026-01-09", "has-capacity", "")
    for form_id, parties in (("informed-consent", ("client", "therapist")),
                             ("release-of-information", ("client", "therapist"))):
        t.consent.give(p.case, form_id, sigs("2026-01-10", *parties),
                       grants=SCOPE if form_id != "release-of-information" else ())
    triad_agreement(p, "2026-01-10", grants=SCOPE)
    at(p, "2026-02-01T09:00")
    hold_session(p, "2026-02-05T10:00")  # the last day of the credential: fine
    hold_session(p, "2026-02-06T10:00")
    at(p, "2026-02-07T09:00")
    (f,) = findings(p, "credential.invalid-on-session-date")
    assert f.detail == {"member_id": p.ids["Sam"], "party": "surrogate"} and f.at.startswith("2026-02-06")
    # the finding names the person and their place, not "the therapist or surrogate"
    assert f.explanation.startswith("Sam's credential was not valid on the session date 2026-02-06")
    assert "surrogate partner" in f.explanation
    p.close()


def test_credential_expiring_soon(tmp_path: Path) -> None:
    path = tmp_path / "v"
    p = make_practice(path)
    at(p, "2026-02-01T09:00")
    assert findings(p, "credential.expiring-soon") == []
    p.close()
    ws = Workspace.open(path, PASS)
    assert ws.audit.settings().credential_warning_days == 60
    ws.close()
