"""Who sees what, per role, in one shared vault: consent records (a surrogate partner gets the
client code, never the client's typed name or a drawn signature) and process recordings (the
therapist and the surrogate who wrote them; never the supervisor)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.core.practice import PNG_1PX, SCOPE, Practice, make_practice
from triad.casefile.sessions import DebriefForm
from triad.casefile.visibility import readable_body
from triad.errors import PermissionDenied
from triad.roles import Role

NOTES = "Process recording: the client's own words about the memory"


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v", consent=False)
    signed = [{"party": "client", "name": "Client Person", "signed_on": "2026-01-10",
               "drawing": PNG_1PX},
              {"party": "therapist", "name": "Dr Tess", "signed_on": "2026-01-10",
               "drawing": PNG_1PX}]
    triad = practice.t.consent.give(practice.case, "triad-agreement", signed, grants=SCOPE,
                                    declines=("intercourse",), valid_from="2026-01-10")
    # the surrogate partner countersigns in her own session (issue 13)
    practice.s.signatures.countersign(practice.case, triad.subject_id or "",
                                      signed_on="2026-01-10")
    practice.t.consent.give(practice.case, "informed-consent", signed, grants=SCOPE,
                            valid_from="2026-01-10")
    # a surrogate session needs a release of information in force too (issue 13)
    practice.t.consent.give(practice.case, "release-of-information", signed,
                            valid_from="2026-01-10")
    yield practice
    practice.close()


def test_consent_records_per_role(p: Practice) -> None:
    code = p.t.cases.get(p.case).code
    whole = p.t.consent.records(p.case)
    assert {s.name for r in whole for s in r.signatures if s.party == "client"} == {"Client Person"}
    assert all(r.withheld == () for r in whole)
    # the supervisor audits signatures: the record whole, but (issue 13) the client code
    # stands in for the client's typed name and the client's drawing is withheld
    for mine, full in zip(p.v.consent.records(p.case), whole, strict=True):
        assert [(s.party, s.signed_on, s.form_hash) for s in mine.signatures] == [
            (s.party, s.signed_on, s.form_hash) for s in full.signatures]
        assert [(s.name, s.drawing) for s in mine.signatures if s.party != "client"] == [
            (s.name, s.drawing) for s in full.signatures if s.party != "client"]
        assert {(s.name, s.drawing) for s in mine.signatures if s.party == "client"} == {
            (code, None)}
        assert mine.withheld == ("signatures.client.name", "signatures.client.drawing")
        assert "Client Person" not in repr(mine)
    # the surrogate: what is consented and whether it is in force, not who the client is
    seen = p.s.consent.records(p.case)
    assert [r.consent_id for r in seen] == [r.consent_id for r in whole]
    for mine, full in zip(seen, whole, strict=True):
        assert (mine.grants, mine.declines, mine.valid_from, mine.form_hash) == (
            full.grants, full.declines, full.valid_from, full.form_hash)
        assert mine.status("2026-02-01T10:00") == full.status("2026-02-01T10:00")
        assert [(s.party, s.signed_on, s.form_hash) for s in mine.signatures] == [
            (s.party, s.signed_on, s.form_hash) for s in full.signatures]
        assert {s.name for s in mine.signatures if s.party == "client"} == {code}
        assert all(s.drawing is None for s in mine.signatures)
        assert "signatures.client.name" in mine.withheld
        # the therapist's and the surrogate's typed names are not the client's
        assert [s.name for s in mine.signatures if s.party != "client"] == [
            s.name for s in full.signatures if s.party != "client"]
        assert "Client Person" not in repr(mine) and PNG_1PX not in repr(mine)
    assert p.s.consent.in_force(p.case, "2026-02-01T10:00") == \
        p.t.consent.in_force(p.case, "2026-02-01T10:00")
    assert p.s.consent.get(p.case, whole[0].consent_id) == seen[0]
    # a drawing is there for the therapist
    assert any(s.drawing for r in whole for s in r.signatures)


def _session_with_notes(p: Practice) -> str:
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 60,
                                planned_activities=("conversation",)).subject_id
    p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=("conversation",), suds_before=6,
                                                 suds_after=4, went_well="talked",
                                                 process_recording=NOTES))
    return sid


def test_process_recordings_per_role(p: Practice) -> None:
    sid = _session_with_notes(p)
    t_debrief = p.t.sessions.get(sid).debrief
    s_debrief = p.s.sessions.get(sid).debrief
    v_debrief = p.v.sessions.get(sid).debrief
    assert t_debrief is not None and s_debrief is not None and v_debrief is not None
    assert t_debrief.process_recording == NOTES and t_debrief.withheld == ()
    assert s_debrief.process_recording == NOTES  # she wrote it
    # the supervisor audits the debrief, not the notes
    assert v_debrief.process_recording == "" and v_debrief.withheld == ("process_recording",)
    assert dataclasses.replace(v_debrief, process_recording=NOTES, withheld=()) == t_debrief
    assert [x.debrief for x in p.v.sessions.list(p.case)] == [v_debrief]
    with pytest.raises(PermissionDenied):  # another surrogate does not see the session at all
        p.s2.sessions.get(sid)
    # the supervisor's audit still sees the session's facts
    assert p.v.audit.run(p.case).cases == 1


def test_raw_entries_per_role(p: Practice) -> None:
    """``readable_body`` for read paths that show a raw entry (amendment history, the trail)."""
    sid = _session_with_notes(p)
    entry = p.t.log.entries("case_id=? AND kind='session.debriefed'", (p.case,))[0]
    p.t.amendments.amend(entry.id, "fuller notes", {"process_recording": NOTES + " (more)"})
    amendment = p.t.log.entries("case_id=? AND kind='entry.amended'", (p.case,))[0]
    for ws in (p.t, p.s):
        assert readable_body(ws, entry) == entry.body
        assert readable_body(ws, amendment) == amendment.body
    v_body = readable_body(p.v, entry)
    assert v_body is not None and v_body["process_recording"] == ""
    assert {k: x for k, x in v_body.items() if k != "process_recording"} == {
        k: x for k, x in entry.body.items() if k != "process_recording"}
    v_amendment = readable_body(p.v, amendment)
    assert v_amendment is not None and v_amendment["changes"] == {"process_recording": ""}
    assert readable_body(p.t2, entry) is None and readable_body(p.s2, entry) is None
    # another surrogate on the case reads neither Sam's session nor its debrief
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    assert readable_body(p.s2, entry) is None and readable_body(p.s2, amendment) is None
    scheduled = p.t.log.entries("case_id=? AND kind='session.scheduled'", (p.case,))[0]
    assert scheduled.body["session_id"] == sid and readable_body(p.s2, scheduled) is None
    opened = p.t.log.entries("case_id=? AND kind='case.opened'", (p.case,))[0]
    s2_opened = readable_body(p.s2, opened)
    assert s2_opened is not None and s2_opened["client"]["legal_name"] == ""
    consent = p.t.log.entries("case_id=? AND kind='consent.given'", (p.case,))[0]
    s_consent = readable_body(p.s, consent)
    assert s_consent is not None and "Client Person" not in repr(s_consent)
    assert PNG_1PX not in repr(s_consent)


def test_amendment_history_per_role(p: Practice) -> None:
    """The audit tab's amendment history: the original and its amendments, in time order,
    with the process recording blanked for the supervisor and nothing for a stranger."""
    _session_with_notes(p)
    entry = p.t.log.entries("case_id=? AND kind='session.debriefed'", (p.case,))[0]
    p.t.amendments.amend(entry.id, "fuller notes", {"process_recording": NOTES + " (more)"})
    p.s.amendments.amend(entry.id, "typo", {"went_well": "talked a lot"})
    original, amendments = p.t.amendments.history(entry.id)
    assert original.body == entry.body
    assert [a.changes for a in amendments] == [{"process_recording": NOTES + " (more)"},
                                               {"went_well": "talked a lot"}]
    assert [(a.at, a.entry_id) for a in amendments] == sorted((a.at, a.entry_id) for a in amendments)
    assert p.s.amendments.history(entry.id) == (original, amendments)
    v_original, v_amendments = p.v.amendments.history(entry.id)
    assert v_original.body["process_recording"] == "" and NOTES not in repr(v_original)
    assert [a.changes for a in v_amendments] == [{"process_recording": ""},
                                                 {"went_well": "talked a lot"}]
    assert v_original.signature == entry.signature  # the same entry, shown in part
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    with pytest.raises(PermissionDenied):
        p.s2.amendments.history(entry.id)


def test_supervisor_does_not_export_the_case_file(p: Practice) -> None:
    _session_with_notes(p)
    with pytest.raises(PermissionDenied):
        p.v.interchange.export_case(p.case)
    exported = p.t.interchange.export_case(p.case)
    assert NOTES in repr(exported)  # the therapist's custody copy is whole


def test_roles_of_the_fixture(p: Practice) -> None:
    """The fixture is what the tests above assume."""
    assert (p.t.actor.role, p.s.actor.role, p.v.actor.role) == (
        Role.THERAPIST, Role.SURROGATE, Role.SUPERVISOR)
