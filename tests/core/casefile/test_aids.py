"""Aids as consented items (issue 13 point 6): the therapeutic-aids form says "each aid, and
each way of using it, needs its own specific consent". A case keeps an aid inventory; the aids
consent grants each aid and each use; one aid can be withdrawn and the others kept; the debrief
names the aids used from the inventory and flags one without its own consent; the audit finds
it (``consent.aid-without-consent``). Old aids consents and debriefs stay readable."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.core.practice import Practice, make_practice, record_session, sigs
from triad.casefile.aids import AT_HOME, IN_SESSION, aids_in_force
from triad.casefile.ladder import Activity
from triad.casefile.sessions import DebriefForm
from triad.errors import InvalidInput, NotFound
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace

AFTER = "2026-02-02T10:00"
AIDS_PLANNED = ("conversation", "therapeutic_aids")


def _inventory(p: Practice) -> tuple[str, str]:
    pelvic = p.t.aids.add(p.case, "partial", "Pelvic model", (IN_SESSION, AT_HOME),
                          material="Silicone, latex-free").subject_id
    doll = p.t.aids.add(p.case, "full-body", "Full-body doll", (IN_SESSION,)).subject_id
    return pelvic, doll


def _give(p: Practice, aids: list[dict[str, object]] | None, day: str = "2026-01-20") -> str:
    return p.t.consent.give(p.case, "therapeutic-aids", sigs(day, "client", "therapist"),
                            grants=("therapeutic_aids",), valid_from=day, aids=aids).subject_id


def _append(p: Practice, kind: Kind, body: dict[str, object]) -> None:
    """An entry written as an older Triad wrote it (no aid list, free-text aids)."""
    key = bytes(p.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.t.actor.member_id,))[0])
    p.t.log.append(p.t.actor.member_id, key, kind, body, CaseId(p.case))


def _debrief(p: Practice, sid: str, aid_ids: tuple[str, ...] = (),
             done: tuple[str, ...] = AIDS_PLANNED) -> None:
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=done, aid_ids=aid_ids))


def test_the_aid_inventory(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    aids = p.s.aids.list(p.case)  # the surrogate partner reads the inventory: she uses the aids
    assert [(a.kind, a.description, a.material, a.where) for a in aids] == [
        ("partial", "Pelvic model", "Silicone, latex-free", (IN_SESSION, AT_HOME)),
        ("full-body", "Full-body doll", "", (IN_SESSION,))]
    for kind, description, where, code in (
            ("doll", "Doll", (IN_SESSION,), "aid-kind"),
            ("partial", "  ", (IN_SESSION,), "aid-description"),
            ("partial", "x" * 81, (IN_SESSION,), "aid-description"),
            ("partial", "Torso model", (), "aid-where"),
            ("partial", "Torso model", ("bedroom",), "aid-where")):
        with pytest.raises(InvalidInput) as info:
            p.t.aids.add(p.case, kind, description, where)
        assert info.value.detail == code
    with pytest.raises(InvalidInput, match="reason-required"):
        p.t.aids.retire(p.case, doll, " ")
    p.t.aids.retire(p.case, doll, "Worn; replaced by a new model.")
    listed = {a.aid_id: a for a in p.t.aids.list(p.case)}
    assert listed[doll].retired and listed[doll].retired_reason == "Worn; replaced by a new model."
    assert [a.aid_id for a in p.t.aids.list(p.case, include_retired=False)] == [pelvic]
    with pytest.raises(InvalidInput, match="aid-retired"):
        p.t.aids.retire(p.case, doll, "again")
    with pytest.raises(NotFound):
        p.t.aids.retire(p.case, str(uuid.uuid4()), "unknown")
    # a retired aid leaves the inventory: no new consent may name it
    with pytest.raises(InvalidInput, match="aid-retired"):
        _give(p, [{"aid_id": doll, "uses": [IN_SESSION]}])
    p.close()


def test_an_aids_consent_names_each_aid_and_each_use(tmp_path: Path) -> None:
    """"Agreeing to this form does not mean agreeing to every aid. Each aid, and each way of
    using it, needs its own specific consent, recorded before it is used." """
    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    for aids, code in ((None, "aids-required"),  # say what to do: add the aid first
                       ([{"aid_id": str(uuid.uuid4()), "uses": [IN_SESSION]}], "aid-unknown"),
                       ([{"aid_id": doll, "uses": [AT_HOME]}], "aid-uses"),  # not a use it has
                       ([{"aid_id": pelvic, "uses": []}], "aid-uses")):
        with pytest.raises(InvalidInput) as info:
            _give(p, aids)
        assert info.value.detail == code
    with pytest.raises(InvalidInput, match="aids-form"):  # only the aids form lists aids
        p.t.consent.give(p.case, "informed-consent", sigs("2026-01-20", "client", "therapist"),
                         grants=("conversation",), aids=[{"aid_id": pelvic, "uses": [IN_SESSION]}])
    with pytest.raises(InvalidInput, match="aids-activity"):
        p.t.consent.give(p.case, "therapeutic-aids", sigs("2026-01-20", "client", "therapist"),
                         declines=("therapeutic_aids",), aids=[{"aid_id": pelvic, "uses": [IN_SESSION]}])
    # the client agrees to the pelvic model in session only; the doll is not asked about
    consent = _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]}])
    record = p.t.consent.get(p.case, consent)
    assert record.aids is not None and [(g.aid_id, g.uses) for g in record.aids] == [
        (pelvic, (IN_SESSION,))]
    assert p.t.aids.in_force(p.case, AFTER) == {pelvic}
    assert p.t.aids.in_force(p.case, AFTER, AT_HOME) == frozenset()  # a use not listed
    assert p.t.aids.consent_status(p.case, AFTER) == {pelvic: (IN_SESSION,), doll: ()}
    assert p.t.aids.in_force(p.case, "2026-01-19T10:00") == frozenset()  # before it was signed
    # "If your therapist suggests a new aid or a new use, you will be asked again."
    _give(p, [{"aid_id": doll, "uses": [IN_SESSION]}, {"aid_id": pelvic, "uses": [AT_HOME]}],
          "2026-01-25")
    assert p.t.aids.consent_status(p.case, AFTER) == {pelvic: (IN_SESSION, AT_HOME),
                                                      doll: (IN_SESSION,)}
    p.close()


def test_the_activity_gate_still_holds_for_each_aid(tmp_path: Path) -> None:
    """An aid's own grant is not enough: the informed consent, the triad agreement and the
    release must hold too (``aids_in_force`` intersects with ``surrogate_work_gaps``)."""
    p = make_practice(tmp_path / "v")
    pelvic, _ = _inventory(p)
    _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION, AT_HOME]}])
    records = p.t.consent.records(p.case)
    sam = p.ids["Sam"]
    assert aids_in_force(records, AFTER, IN_SESSION, sam, "Sam") == {pelvic}
    assert aids_in_force(records, AFTER, IN_SESSION, p.ids["Sky"], "Sky") == frozenset()
    release = next(r for r in records if r.form_id == "release-of-information")
    p.t.consent.revoke(p.case, release.consent_id, "Client withdrew the release.",
                       at="2026-02-01T10:00")
    assert p.t.aids.in_force(p.case, AFTER, IN_SESSION, sam) == frozenset()
    assert p.t.aids.in_force(p.case, AFTER, AT_HOME) == {pelvic}  # at home: no surrogate work
    p.close()


def test_one_aid_can_be_withdrawn_and_the_others_kept(tmp_path: Path) -> None:
    """"You can withdraw consent to any aid, or to all aids, at any moment." """
    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    consent = _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]},
                        {"aid_id": doll, "uses": [IN_SESSION]}])
    with pytest.raises(InvalidInput, match="aid-not-granted"):
        p.t.consent.revoke(p.case, consent, "no", aids=(str(uuid.uuid4()),))
    # the surrogate records it in the session, as the client says it
    p.s.consent.revoke(p.case, consent, "Client does not want the doll any more.",
                       aids=(doll,), at="2026-01-30T10:00")
    assert p.t.aids.in_force(p.case, "2026-01-30T09:59") == {pelvic, doll}
    assert p.t.aids.in_force(p.case, AFTER) == {pelvic}
    records = p.t.consent.records(p.case)
    record = next(r for r in records if r.consent_id == consent)
    assert record.status(AFTER) == "partly-revoked" and not record.revocations[0].whole
    assert Activity.AIDS in p.t.consent.in_force(p.case, AFTER)  # the activity stays
    # a new consent grants the doll again, from its start
    _give(p, [{"aid_id": doll, "uses": [IN_SESSION]}], "2026-02-05")
    assert p.t.aids.in_force(p.case, "2026-02-06T10:00") == {pelvic, doll}
    # revoking the activity ends every aid's grant
    p.t.consent.revoke(p.case, consent, "Client stops all aids.", activities_=("therapeutic_aids",),
                       at="2026-02-10T10:00")
    assert p.t.aids.in_force(p.case, "2026-02-11T10:00") == frozenset()
    p.close()


def test_a_whole_revocation_ends_every_aid(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    pelvic, _ = _inventory(p)
    consent = _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION, AT_HOME]}])
    p.t.consent.revoke(p.case, consent, "Client withdrew the aids consent.", at="2026-01-30T10:00")
    assert p.t.aids.consent_status(p.case, AFTER) == {pelvic: (), p.t.aids.list(p.case)[1].aid_id: ()}
    p.close()


def test_a_debrief_names_the_aids_used_and_flags_one_without_its_consent(tmp_path: Path) -> None:
    """"The surrogate records in each debrief which aids were used" -- from the inventory; an
    aid without its own consent is recorded truthfully and flagged for the therapist."""
    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]}])
    sid = p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                                planned_activities=AIDS_PLANNED).subject_id
    for form, code in (
            (DebriefForm(activities_done=AIDS_PLANNED), "aid-used-required"),
            (DebriefForm(activities_done=AIDS_PLANNED, aids_used=("pelvic model",)), "aids-free-text"),
            (DebriefForm(activities_done=("conversation",), aid_ids=(pelvic,)), "aids-without-activity"),
            (DebriefForm(activities_done=AIDS_PLANNED, aid_ids=(str(uuid.uuid4()),)), "aid-unknown")):
        with pytest.raises(InvalidInput) as info:
            p.s.sessions.submit_debrief(sid, form)
        assert info.value.detail == code
    _debrief(p, sid, (pelvic, doll))
    debrief = p.t.sessions.get(sid).debrief
    assert debrief is not None and debrief.aid_ids == (pelvic, doll)
    assert list(debrief.flags) == [f"aid-without-consent:{doll}"]
    assert debrief.flags[0].needs_attention
    # the consented aid alone: no flag
    ok = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-09T10:00", 60,
                               planned_activities=AIDS_PLANNED).subject_id
    _debrief(p, ok, (pelvic,))
    ok_debrief = p.t.sessions.get(ok).debrief
    assert ok_debrief is not None and ok_debrief.flags == ()
    # an amendment that names the doll too is flagged again
    p.s.amendments.amend(ok_debrief.entry_id, "forgot the doll", {"aid_ids": [pelvic, doll]})
    amended = p.t.sessions.get(ok).debrief
    assert amended is not None and list(amended.flags) == [f"aid-without-consent:{doll}"]
    p.close()


def test_the_audit_finds_an_aid_used_without_its_own_consent(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]}])
    sid = p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                                planned_activities=AIDS_PLANNED).subject_id
    _debrief(p, sid, (pelvic, doll))
    found = [f for f in p.v.audit.run(p.case).findings if f.rule_id == "consent.aid-without-consent"]
    assert [(f.severity, f.detail) for f in found] == [
        ("major", {"aids": [doll], "reason": "no-consent-for-this-aid"})]
    assert found[0].record_id == p.t.sessions.get(sid).debrief.entry_id  # type: ignore[union-attr]
    assert not [f for f in p.v.audit.run(p.case).findings
                if f.rule_id.startswith("consent.activity")]  # the activity itself was covered
    p.close()


def test_old_aids_consents_and_debriefs_stay_readable_and_are_named(tmp_path: Path) -> None:
    """A consent written before aids were consented one by one grants the activity but no
    particular aid; a debrief that named its aids in free text stays readable. The audit names
    both "aid not specified" rather than letting them pass."""
    p = make_practice(tmp_path / "v")
    form = p.t.consent.forms()
    aids_form = next(f for f in form if f.form_id == "therapeutic-aids")
    consent_id = str(uuid.uuid4())
    _append(p, Kind.CONSENT_GIVEN, {
        "consent_id": consent_id, "form_id": "therapeutic-aids", "form_version": aids_form.version,
        "form_hash": aids_form.content_hash, "grants": ["therapeutic_aids"], "declines": [],
        "valid_from": "2026-01-20T00:00", "valid_until": None, "note": "",
        "signatures": [{"name": p.t.actor.name, **s, "form_hash": aids_form.content_hash, "drawing": None}
                       for s in sigs("2026-01-20", "client", "therapist")]})
    record = p.t.consent.get(p.case, consent_id)
    assert record.aids is None and record.grants == (Activity.AIDS,)
    assert Activity.AIDS in p.t.consent.in_force(p.case, AFTER)  # the activity: granted
    pelvic, _ = _inventory(p)
    assert p.t.aids.in_force(p.case, AFTER) == frozenset()  # no particular aid
    # a session with aids is no longer scheduled under such a consent (no aid has its own
    # grant); these were recorded before, as an older Triad allowed
    with pytest.raises(InvalidInput, match="aid-consent-required"):
        p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60, planned_activities=AIDS_PLANNED)
    old = record_session(p, AFTER, AIDS_PLANNED, debrief=False)
    session_entry = p.t.sessions.get(old)
    _append_debrief = {
        "session_id": old, "held_at": AFTER, "duration_min": 60, "location": "",
        "phase_id": None, "activities_planned": list(AIDS_PLANNED),
        "activities_done": list(AIDS_PLANNED), "aids_used": ["pelvic model"], "flags": [],
        "boundaries_kept": True, "stop_signals": 0, "pause_signals": 0}
    key = bytes(p.s.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.s.actor.member_id,))[0])
    p.s.log.append(p.s.actor.member_id, key, Kind.SESSION_DEBRIEFED, _append_debrief,
                   CaseId(p.case))
    debrief = p.t.sessions.get(session_entry.session_id).debrief
    assert debrief is not None and debrief.aids_used == ("pelvic model",) and debrief.aid_ids == ()
    new = record_session(p, "2026-02-09T10:00", AIDS_PLANNED, debrief=False)
    _debrief(p, new, (pelvic,))
    found = {f.record_id: f.detail for f in p.v.audit.run(p.case).findings
             if f.rule_id == "consent.aid-without-consent"}
    new_debrief = p.t.sessions.get(new).debrief
    assert new_debrief is not None and list(new_debrief.flags) == [f"aid-without-consent:{pelvic}"]
    assert found == {debrief.entry_id: {"aids": [], "reason": "debrief-names-no-aid"},
                     new_debrief.entry_id: {"aids": [pelvic], "reason": "consent-names-no-aid"}}
    # the free-text aids of an older debrief survive an amendment of another field
    p.s.amendments.amend(debrief.entry_id, "room", {"location": "Room 2"})
    p.close()


def test_the_debrief_report_names_the_aids(tmp_path: Path) -> None:
    """Reports print the aids' descriptions ("Aids used"), and an aid's flag by its name."""
    import io

    from pypdf import PdfReader

    p = make_practice(tmp_path / "v")
    pelvic, doll = _inventory(p)
    _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]}])
    sid = p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60,
                                planned_activities=AIDS_PLANNED).subject_id
    _debrief(p, sid, (pelvic, doll))
    pdf = p.t.reports.debrief(sid)
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Aids used Pelvic model, Full-body doll" in text
    assert "aid used without its own consent (Full-body doll)" in text
    assert doll not in text  # never the bare id
    p.close()


def test_a_case_file_may_name_only_its_own_aids(tmp_path: Path) -> None:
    """Import: a consent that names an aid of another case is refused (unknown-reference)."""
    p = make_practice(tmp_path / "v")
    other = p.t.cases.open({"legal_name": "Other Client", "date_of_birth": "1985-03-04"},
                           (p.ids["Sam"],), None, opened_at="2026-01-05").case_id or ""
    elsewhere = p.t.aids.add(other, "partial", "Torso model").subject_id
    form = next(f for f in p.t.consent.forms() if f.form_id == "therapeutic-aids")
    _append(p, Kind.CONSENT_GIVEN, {  # written elsewhere: the service would refuse it
        "consent_id": str(uuid.uuid4()), "form_id": form.form_id, "form_version": form.version,
        "form_hash": form.content_hash, "grants": ["therapeutic_aids"], "declines": [],
        "valid_from": "2026-01-20T00:00", "valid_until": None, "note": "",
        "aids": [{"aid_id": elsewhere, "uses": [IN_SESSION]}],
        "signatures": [{"name": p.t.actor.name, **s, "form_hash": form.content_hash, "drawing": None}
                       for s in sigs("2026-01-20", "client", "therapist")]})
    exported = p.t.interchange.export_case(p.case)
    fresh = Workspace.create(tmp_path / "fresh", name="New Therapist", role=Role.THERAPIST,
                             passphrase="fresh passphrase").workspace
    with pytest.raises(InvalidInput) as info:
        fresh.interchange.import_case(exported)
    assert info.value.data["reason"] == "unknown-reference"
    assert str(info.value.data["path"]).endswith(".body.aids[0].aid_id")
    fresh.close()
    p.close()


def test_a_session_with_aids_needs_an_aid_with_its_own_consent(tmp_path: Path) -> None:
    """Scheduling: the activity alone is not enough when no aid has its own grant in force
    (every aid withdrawn one by one, or an older consent that names no particular aid)."""
    p = make_practice(tmp_path / "v")
    pelvic, _ = _inventory(p)
    consent = _give(p, [{"aid_id": pelvic, "uses": [IN_SESSION]}])
    p.t.sessions.schedule(p.case, "surrogate_session", AFTER, 60, planned_activities=AIDS_PLANNED)
    p.t.consent.revoke(p.case, consent, "The client withdrew the pelvic model.", aids=(pelvic,),
                       at="2026-02-03T10:00")
    assert Activity.AIDS in p.t.consent.in_force(p.case, "2026-02-09T10:00")
    with pytest.raises(InvalidInput) as info:
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-09T10:00", 60,
                              planned_activities=AIDS_PLANNED)
    assert info.value.detail == "aid-consent-required"
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-09T10:00", 60,
                          planned_activities=("conversation",))  # the rest goes on
    p.close()
