"""Hand-over of a case and the records custodian (issue 17), through the services on a real
vault: a therapist who holds cases cannot be removed; a hand-over moves the case whole to the
new therapist; the custodian takes custody only with the supervisor's countersignature."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.practice import PASS, Practice, hold_session, make_practice
from triad.casefile.handover import cases_held_by
from triad.errors import InvalidCode, InvalidInput, NotFound, PermissionCode, PermissionDenied
from triad.log.kinds import Kind
from triad.messages import sentence
from triad.roles import Role
from triad.workspace import Workspace


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    yield practice
    practice.close()


def _code(p: Practice) -> str:
    return p.t.cases.get(p.case).code


def test_a_therapist_who_holds_cases_cannot_be_removed(p: Practice) -> None:
    code = _code(p)
    assert cases_held_by(p.t.vault.db, p.ids["Dr Tess"]) == [code]
    with pytest.raises(InvalidInput) as refused:
        p.t2.members.remove("Dr Tess")
    assert refused.value.detail == InvalidCode.HOLDS_CASES
    assert refused.value.data["cases"] == code
    words = sentence(refused.value)
    assert code in words and "Hand" in words and "Dr Tess" not in words
    assert p.t.members.get(p.ids["Dr Tess"]).active  # nothing changed
    assert p.t.log.entries("kind=?", (Kind.MEMBER_REMOVED.value,)) == []


def test_hand_over_then_removal(p: Practice, tmp_path: Path) -> None:
    sid = hold_session(p)
    p.t.handover.transfer(p.case, p.ids["Dr Other"], "Dr Tess retires.")
    # the new therapist holds it: everything a case's therapist does
    other = p.t2
    assert [c.case_id for c in other.cases.list()] == [p.case]
    assert other.cases.get(p.case).client.legal_name == "Client Person"
    assert other.interchange.export_case(p.case)["case_id"] == p.case
    other.sessions.review(sid, "Read and discussed.")
    assert other.reports.progress(p.case)[:4] == b"%PDF"
    # the old one keeps nothing of it
    assert p.t.cases.list() == []
    with pytest.raises(PermissionDenied):
        p.t.cases.get(p.case)
    with pytest.raises(PermissionDenied):
        p.t.handover.transfer(p.case, p.ids["Dr Tess"])
    # the hand-over is on record, with its reason and both therapists
    # the surrogate and supervisor keep their places
    assert p.s.cases.get(p.case).therapist_id == p.ids["Dr Other"]
    assert p.v.cases.get(p.case).supervisor_id == p.ids["Vera"]
    (moved,) = other.handover.history(p.case)
    assert (moved["from"], moved["to"], moved["reason"]) == (
        p.ids["Dr Tess"], p.ids["Dr Other"], "Dr Tess retires.")
    # and now she holds nothing, so she can be removed
    assert cases_held_by(other.vault.db, p.ids["Dr Tess"]) == []
    for ws in (p.t, p.s, p.v, p.s2):  # removal re-keys: the others close first
        ws.close()
    other.members.remove("Dr Tess")
    assert not other.members.get(p.ids["Dr Tess"]).active
    before = other.vault.db.rows("SELECT case_id, therapist_id FROM cases")
    other.log.rebuild()
    assert other.vault.db.rows("SELECT case_id, therapist_id FROM cases") == before
    assert other.verify().ok


def test_a_hand_over_goes_only_to_another_therapist_of_the_practice(p: Practice) -> None:
    for to in (p.ids["Sam"], p.ids["Vera"], p.ids["Dr Tess"], "no-such-member"):
        with pytest.raises(InvalidInput) as refused:
            p.t.handover.transfer(p.case, to)
        assert refused.value.detail == InvalidCode.HANDOVER_TARGET
    # only the therapist who holds the case hands it over
    for ws in (p.s, p.v, p.t2):
        with pytest.raises(PermissionDenied):
            ws.handover.transfer(p.case, p.ids["Dr Other"])
    assert [m.name for m in p.t.handover.successors(p.case)] == ["Dr Other"]
    assert p.t.handover.why_not_transfer(p.case) is None


def _custodian(p: Practice) -> None:
    p.t.custody.name_custodian(p.ids["Dr Other"])
    assert p.t2.custody.records_custodian() is not None


def test_the_records_custodian_needs_the_supervisors_countersignature(p: Practice) -> None:
    _custodian(p)
    # only the custodian asks, with a reason
    with pytest.raises(PermissionDenied) as refused:
        p.t.custody.request(p.case, "I am ill.")
    assert refused.value.detail == PermissionCode.NOT_RECORDS_CUSTODIAN
    with pytest.raises(InvalidInput):
        p.t2.custody.request(p.case, "  ")
    p.t2.custody.request(p.case, "Dr Tess is in hospital and cannot practise.")
    (asked,) = p.v.custody.awaiting_me()
    assert (asked.ground, asked.from_id) == ("incapacitated", p.ids["Dr Tess"])
    # asked alone, nothing moves
    assert p.t.cases.get(p.case).therapist_id == p.ids["Dr Tess"]
    assert p.t2.cases.list() == []
    with pytest.raises(InvalidInput) as twice:
        p.t2.custody.request(p.case, "again")
    assert twice.value.detail == InvalidCode.CUSTODY_PENDING
    # nobody but a supervisor countersigns
    for ws in (p.t, p.t2, p.s):
        with pytest.raises(PermissionDenied):
            ws.custody.countersign(p.case, "ok")
    p.v.custody.countersign(p.case, "Agreed in the practice meeting.")
    assert [c.case_id for c in p.t2.cases.list()] == [p.case]
    assert p.t.cases.list() == []
    assert p.v.custody.pending() == []
    with pytest.raises(NotFound):
        p.v.custody.countersign(p.case)
    # so the incapacitated therapist can then be removed
    for ws in (p.t, p.s, p.v, p.s2):
        ws.close()
    p.t2.members.remove("Dr Tess")
    assert p.t2.verify().ok


def test_a_departed_therapists_cases_go_to_the_custodian(tmp_path: Path) -> None:
    """A vault from before issue 17 may hold cases of a removed therapist: the custodian
    finds them and takes custody of each with the supervisor."""
    p = make_practice(tmp_path / "old.triad")
    try:
        _custodian(p)
        # removed as an older version allowed: the entry written straight to the log
        p.t2.append(Kind.MEMBER_REMOVED, {"member_id": p.ids["Dr Tess"]})
        p.t.close()
        assert [m.name for m in p.t2.custody.departed_holders()] == ["Dr Tess"]
        # the audit names the case held by nobody who practises here
        found = [f for f in p.v.audit.run(p.case).findings
                 if f.rule_id == "custody.therapist-departed"]
        assert len(found) == 1 and found[0].severity == "major"
        assert [c.code for c in p.t2.custody.held_cases(p.ids["Dr Tess"])] == [
            p.s.cases.get(p.case).code]
        p.t2.custody.request(p.case, "Dr Tess left the practice.")
        assert p.v.custody.pending()[0].ground == "departed"
        p.v.custody.countersign(p.case)
        assert p.t2.cases.get(p.case).therapist_id == p.ids["Dr Other"]
        assert p.t2.custody.departed_holders() == []
        assert not [f for f in p.v.audit.run(p.case).findings
                    if f.rule_id == "custody.therapist-departed"]
    finally:
        p.close()


def test_naming_the_custodian(p: Practice) -> None:
    for who in (p.ids["Sam"], p.ids["Vera"], "nobody"):
        with pytest.raises(InvalidInput) as refused:
            p.t.custody.name_custodian(who)
        assert refused.value.detail == InvalidCode.RECORDS_CUSTODIAN
    with pytest.raises(PermissionDenied):
        p.v.custody.name_custodian(p.ids["Dr Other"])
    p.t.custody.name_custodian(p.ids["Dr Other"])
    assert p.v.custody.records_custodian() is not None
    p.t.custody.name_custodian(None)
    assert p.t.custody.records_custodian() is None


def test_an_old_vault_without_these_entries_opens_as_before(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "x.triad", name="Dr A", role=Role.THERAPIST,
                          passphrase=PASS).workspace
    try:
        assert ws.custody.records_custodian() is None
        assert ws.custody.pending() == []
    finally:
        ws.close()


def test_a_hand_over_makes_an_older_take_over_request_moot(p: Practice) -> None:
    """Found by an outside attack: a take-over asked while Dr Tess held the case, countersigned
    after she handed it to a colleague, moved the case away from that colleague -- who was
    never said to be departed or incapacitated."""
    _custodian(p)
    p.t.members.add("Dr Third", Role.THERAPIST, PASS)
    third = p.t.members.find("Dr Third").member_id
    p.t2.custody.request(p.case, "Dr Tess is in hospital and cannot practise.")
    p.t.handover.transfer(p.case, third, "Dr Third takes the case over.")
    assert p.v.custody.pending() == [] and p.v.custody.awaiting_me() == []
    with pytest.raises(NotFound):
        p.v.custody.countersign(p.case, "ok")
    assert p.v.cases.get(p.case).therapist_id == third


def test_another_supervisor_countersigns_when_the_cases_supervisor_was_removed(
        p: Practice) -> None:
    """Found by an outside attack: with the case's supervisor removed, no one could
    countersign a take-over, and the departed therapist's case stayed held by nobody."""
    _custodian(p)
    p.t.members.add("Vera Two", Role.SUPERVISOR, PASS)
    for ws in (p.s, p.v, p.s2, p.t2):
        ws.close()
    p.t.members.remove("Vera")
    p.t.close()
    with Workspace.open(p.path, PASS, "Dr Other") as custodian:
        custodian.custody.request(p.case, "Dr Tess is in hospital and cannot practise.")
    with Workspace.open(p.path, PASS, "Vera Two") as two:
        assert [r.case_id for r in two.custody.awaiting_me()] == [p.case]
        two.custody.countersign(p.case, "Agreed.")
    with Workspace.open(p.path, PASS, "Dr Other") as custodian:
        assert custodian.cases.get(p.case).therapist_id == p.ids["Dr Other"]
