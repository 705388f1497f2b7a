"""Each party signs for themselves (issue 13, point 5): the therapist's signature is her own,
the client's typed name is the client's (or a scan of the paper form), the surrogate partner
countersigns in her own session; a record awaiting a signature grants nothing; no signature is
dated in the future or before the case opened."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import (
    PNG_1PX,
    SCOPE,
    SIGNALS,
    Practice,
    make_practice,
    sigs,
    triad_agreement,
)
from triad.casefile import todo
from triad.errors import ConsentViolation, InvalidInput, NotFound, PermissionDenied, VaultDamaged
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.transfer.ordering import needs

PDF = b"%PDF-1.4\n% a scanned paper form SCANMARKER-7f3a\n%%EOF\n"


def fixed(p: Practice, moment: str = "2026-03-01T09:00") -> None:
    for ws in p.all():
        ws.clock = lambda m=moment: datetime.fromisoformat(m).astimezone()


def practice(tmp_path: Path) -> Practice:
    """Informed consent and release in force, no triad agreement yet; today 2026-03-01."""
    p = make_practice(tmp_path / "v", consent=False)
    fixed(p)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=SCOPE)
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    return p


def test_the_therapist_cannot_sign_for_the_surrogate_partner(tmp_path: Path) -> None:
    p = practice(tmp_path)
    anybody = [*sigs("2026-01-12", "client", "therapist"),
               {"party": "surrogate", "name": "Anybody At All", "signed_on": "2026-01-12"}]
    with pytest.raises(InvalidInput, match="surrogate-countersigns"):
        p.t.consent.give(p.case, "triad-agreement", anybody, grants=SCOPE)
    assert not any(r.form_id == "triad-agreement" for r in p.t.consent.records(p.case))
    p.close()


def test_a_signature_dated_in_the_future_or_before_the_case_opened_is_refused(
        tmp_path: Path) -> None:
    p = practice(tmp_path)
    with pytest.raises(InvalidInput, match="signed-in-future"):
        p.t.consent.give(p.case, "informed-consent", sigs("2026-03-31", "client", "therapist"),
                         grants=("conversation",))
    with pytest.raises(InvalidInput, match="signed-before-case") as info:
        p.t.consent.give(p.case, "release-of-information",
                         sigs("2025-12-20", "client", "therapist"))
    assert info.value.data["opened"] == "2026-01-05"
    with pytest.raises(InvalidInput, match="date"):
        p.t.consent.give(p.case, "informed-consent", sigs("2026-02-30", "client", "therapist"),
                         grants=("conversation",))
    cid = p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-20", "client", "therapist"),
                           grants=SCOPE).subject_id or ""
    with pytest.raises(InvalidInput, match="signed-in-future"):
        p.s.signatures.countersign(p.case, cid, signed_on="2026-03-02")
    p.close()


def test_names_must_be_the_clients_and_the_members_own(tmp_path: Path) -> None:
    p = practice(tmp_path)
    wrong = [{"party": "client", "name": "Anybody At All", "signed_on": "2026-02-01"},
             *sigs("2026-02-01", "therapist")]
    with pytest.raises(InvalidInput, match="client-name-mismatch"):
        p.t.consent.give(p.case, "informed-consent", wrong, grants=("conversation",))
    not_hers = [*sigs("2026-02-01", "client"),
                {"party": "therapist", "name": "Dr Other", "signed_on": "2026-02-01"}]
    with pytest.raises(InvalidInput, match="signature-not-own"):
        p.t.consent.give(p.case, "informed-consent", not_hers, grants=("conversation",))
    # spaces and case aside, the client's own name; the therapist's is filled from her member
    ok = [{"party": "client", "name": "  client   PERSON ", "signed_on": "2026-02-01"},
          {"party": "therapist", "signed_on": "2026-02-01"}]
    cid = p.t.consent.give(p.case, "informed-consent", ok, grants=("conversation",)).subject_id
    record = p.t.consent.get(p.case, cid or "")
    therapist = next(s for s in record.signatures if s.party == "therapist")
    assert therapist.name == "Dr Tess" and therapist.member_id == p.ids["Dr Tess"]
    p.close()


def test_a_triad_agreement_awaits_the_surrogate_and_grants_nothing_until_she_signs(
        tmp_path: Path) -> None:
    p = practice(tmp_path)
    cid = p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-20", "client", "therapist"),
                           grants=SCOPE, surrogate_id=p.ids["Sam"], signals=SIGNALS).subject_id or ""
    record = p.t.consent.get(p.case, cid)
    assert record.awaiting == ("surrogate",) and record.surrogate_id == p.ids["Sam"]
    assert record.status("2026-03-01T09:00") == "awaiting-signatures"
    assert p.t.consent.in_force(p.case, "2026-03-01T09:00") == ()
    with pytest.raises(ConsentViolation):
        p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-05T10:00", 60,
                              planned_activities=("conversation",))
    # the therapist's to-do names the awaited signature; Sam's own session lists it for her
    assert todo.gaps(p.t, p.case) == [todo.Gap(todo.AWAITING, cid, "surrogate", p.ids["Sam"])]
    assert todo.gaps(p.s, p.case) == [todo.Gap(todo.AWAITING, cid, "surrogate", p.ids["Sam"])]
    assert [r.consent_id for r in p.s.signatures.awaiting_me(p.case)] == [cid]
    # nobody else signs for her: not the therapist, not another surrogate partner
    with pytest.raises(InvalidInput, match="already-signed"):
        p.t.signatures.countersign(p.case, cid)
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    with pytest.raises(InvalidInput, match="not-awaiting-you"):
        p.s2.signatures.countersign(p.case, cid)
    with pytest.raises(InvalidInput, match="signature-not-own"):
        p.s.signatures.countersign(p.case, cid, name="Anybody At All")
    # Sam countersigns in her own session, two days later: in force from that day
    fixed(p, "2026-03-03T08:00")
    p.s.signatures.countersign(p.case, cid, drawing=PNG_1PX)
    record = p.t.consent.get(p.case, cid)
    sam = next(s for s in record.signatures if s.party == "surrogate")
    assert sam.name == "Sam" and sam.member_id == p.ids["Sam"] and sam.signed_on == "2026-03-03"
    assert record.awaiting == () and record.valid_from == "2026-03-03T00:00"
    assert record.recorded_from == "2026-02-20T00:00"
    assert record.status("2026-03-02T12:00") == "pending"
    assert "conversation" in p.t.consent.in_force(p.case, "2026-03-03T09:00", p.ids["Sam"])
    assert "conversation" not in p.t.consent.in_force(p.case, "2026-03-03T09:00", p.ids["Sky"])
    with pytest.raises(InvalidInput, match="already-signed"):
        p.s.signatures.countersign(p.case, cid)
    assert [g.code for g in todo.gaps(p.t, p.case)] == [todo.SIGN_TRIAD]  # Sky's, not Sam's
    assert todo.gaps(p.s, p.case) == []
    p.close()


def test_the_triad_agreement_names_a_surrogate_of_the_case(tmp_path: Path) -> None:
    p = practice(tmp_path)
    with pytest.raises(InvalidInput, match="surrogate-not-on-case"):
        p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-20", "client", "therapist"),
                         grants=SCOPE, surrogate_id=p.ids["Sky"])
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    with pytest.raises(InvalidInput, match="triad-surrogate"):  # two: say which
        p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-20", "client", "therapist"),
                         grants=SCOPE)
    p.close()


def test_an_old_record_with_a_typed_surrogate_signature_still_counts(tmp_path: Path) -> None:
    """Stored before the rule (the log is immutable): readable, signed, matched by name."""
    p = practice(tmp_path)
    key = bytes(p.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.t.actor.member_id,))[0])
    form = __import__("triad.casefile.forms", fromlist=["form"]).form("triad-agreement")
    body = {"consent_id": str(uuid.uuid4()), "form_id": form.form_id,
            "form_version": form.version, "form_hash": form.content_hash, "grants": list(SCOPE),
            "declines": [], "valid_from": "2026-01-12T00:00", "valid_until": None, "note": "",
            "signatures": [{"party": p_, "name": n, "signed_on": "2026-01-12",
                            "form_hash": form.content_hash, "drawing": None}
                           for p_, n in (("client", "Client Person"), ("therapist", "Dr Tess"),
                                         ("surrogate", "Sam"))]}
    p.t.log.append(p.t.actor.member_id, key, Kind.CONSENT_GIVEN, body, CaseId(p.case))
    record = p.t.consent.get(p.case, body["consent_id"])
    assert record.awaiting == () and record.status("2026-02-01T10:00") == "in-force"
    assert "conversation" in p.t.consent.in_force(p.case, "2026-02-01T10:00", p.ids["Sam"])
    p.close()


def test_a_scan_of_the_paper_form_is_kept_encrypted_and_read_back_checked(
        tmp_path: Path) -> None:
    p = practice(tmp_path)
    scanned = [{"party": "client", "scan": PDF, "signed_on": "2026-02-01"},
               *sigs("2026-02-01", "therapist")]
    cid = p.t.consent.give(p.case, "therapeutic-aids", scanned, grants=()).subject_id or ""
    client = next(s for s in p.t.consent.get(p.case, cid).signatures if s.party == "client")
    assert client.scan is not None and client.scan["media_type"] == "application/pdf"
    assert client.scan["size"] == len(PDF) and client.name == "Client Person"
    scan = p.t.signatures.scan(p.case, cid)
    assert scan.data == PDF and scan.media_type == "application/pdf"
    assert scan.sha256 == client.scan["sha256"]
    # never a plaintext copy anywhere in the vault folder
    for f in (tmp_path / "v").rglob("*"):
        if f.is_file():
            assert b"SCANMARKER-7f3a" not in f.read_bytes(), f.name
    # the therapist's only: the surrogate and the supervisor see no scan, and cannot read it
    for ws in (p.s, p.v):
        theirs = next(s for s in ws.consent.get(p.case, cid).signatures if s.party == "client")
        assert theirs.scan is None
    with pytest.raises(PermissionDenied):
        p.s.signatures.scan(p.case, cid)
    # integrity: a changed byte is found
    p.t.vault.db.execute("UPDATE attachments SET data=? WHERE sha256=?",
                         (PDF.replace(b"paper", b"PAPER"), client.scan["sha256"]))
    with pytest.raises(VaultDamaged):
        p.t.signatures.scan(p.case, cid)
    p.close()


def test_a_scan_must_be_a_pdf_or_image_and_not_too_large(tmp_path: Path) -> None:
    p = practice(tmp_path)
    for data, code in ((b"GIF89a....", "scan-type"),
                       (b"%PDF-" + b"0" * (10 * 1024 * 1024), "scan-too-large")):
        with pytest.raises(InvalidInput, match=code):
            p.t.consent.give(p.case, "therapeutic-aids",
                             [{"party": "client", "scan": data, "signed_on": "2026-02-01"},
                              *sigs("2026-02-01", "therapist")])
    assert p.t.vault.db.one("SELECT count(*) FROM attachments") == (0,)
    with pytest.raises(NotFound):
        p.t.signatures.scan(p.case, p.t.consent.records(p.case)[0].consent_id)
    p.close()


def test_a_countersignature_waits_in_a_packet_for_its_record() -> None:
    from triad.log.entries import Entry
    e = Entry(id="e1", case_id=CaseId("c"), author="a", seq=1, kind="consent.signed",  # type: ignore[arg-type]
              body={"consent_id": "k"}, created_at="", prev="", hash="", signature="")
    assert ("consent", "k") in needs(e)


def test_the_practice_helper_builds_a_countersigned_agreement(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    record = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    assert record.awaiting == () and [s.party for s in record.signatures] == [
        "client", "therapist", "surrogate"]
    assert triad_agreement  # the helper the other tests use
    p.close()


def test_a_session_held_while_the_triad_agreement_awaits_is_a_gate_finding(
        tmp_path: Path) -> None:
    """The consent gate's rules already cover it: awaiting, the agreement is not in force."""
    from tests.core.practice import record_session

    p = practice(tmp_path)
    cid = p.t.consent.give(p.case, "triad-agreement", sigs("2026-01-12", "client", "therapist"),
                           grants=SCOPE).subject_id or ""
    record_session(p, "2026-01-20T10:00")  # scheduling refuses it: the agreement awaits Sam
    found = {f.rule_id for f in p.v.audit.run(p.case).findings}
    assert "consent.triad-agreement-before-first-session" in found
    p.s.signatures.countersign(p.case, cid, signed_on="2026-01-21")  # signing late undoes nothing
    assert "consent.triad-agreement-before-first-session" in {
        f.rule_id for f in p.v.audit.run(p.case).findings}
    p.close()


def test_a_record_awaiting_a_signature_for_more_than_14_days_is_a_minor_finding(
        tmp_path: Path) -> None:
    p = practice(tmp_path)
    fixed(p, "2026-02-01T09:00")
    cid = p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-01", "client", "therapist"),
                           grants=SCOPE).subject_id or ""

    def awaiting() -> list[object]:
        return [(f.severity, f.detail, f.status) for f in p.v.audit.run(p.case).findings
                if f.rule_id == "consent.awaiting-signature"]

    fixed(p, "2026-02-15T08:00")
    assert awaiting() == []  # two weeks: not yet
    fixed(p, "2026-02-16T10:00")
    assert awaiting() == [("minor", {"form_id": "triad-agreement", "parties": ["surrogate"]},
                           "open")]
    p.s.signatures.countersign(p.case, cid)
    assert awaiting() == []
    p.close()


def test_a_countersignature_by_anyone_but_the_party_changes_nothing(tmp_path: Path) -> None:
    """Written past the service (a file, a packet): the projection still checks the author."""
    p = practice(tmp_path)
    p.t.cases.set_team(p.case, (p.ids["Sam"], p.ids["Sky"]), p.ids["Vera"])
    cid = p.t.consent.give(p.case, "triad-agreement", sigs("2026-02-20", "client", "therapist"),
                           grants=SCOPE, surrogate_id=p.ids["Sam"]).subject_id or ""
    form_hash = p.t.consent.get(p.case, cid).form_hash
    for ws, party in ((p.s2, "surrogate"), (p.s, "therapist")):
        key = bytes(ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                    (ws.actor.member_id,))[0])
        ws.log.append(ws.actor.member_id, key, Kind.CONSENT_SIGNED,
                      {"consent_id": cid, "party": party, "name": ws.actor.name,
                       "signed_on": "2026-02-21", "form_hash": form_hash, "drawing": None},
                      CaseId(p.case))
    assert p.t.consent.get(p.case, cid).awaiting == ("surrogate",)
    p.close()
