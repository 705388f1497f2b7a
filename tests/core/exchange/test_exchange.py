"""Offline exchange between three machines -- therapist, surrogate partner, supervisor -- each
with their own vault: cards, sharing, onboarding, rounds both ways, packets delivered twice,
late and out of order, role scoping, and the same case state everywhere at the end."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core.practice import SCOPE, legacy_triad
from tests.core.practice import sigs as practice_sigs
from triad.casefile import agenda
from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.clock import utc_stamp
from triad.errors import PacketRejected
from triad.exchange import packets
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace

PASS = "exchange passphrase"
CRED = (Credential("IPSA", "IPSA-0001", None),)
LEGAL_NAME, BIRTH = "Marta Kowalczyk-Ibáñez", "1988-03-14"


def sigs(day: str, *parties: str) -> list[dict[str, str]]:
    """The case's signatures (issue 13: the client types their own legal name)."""
    return practice_sigs(day, *parties, client=LEGAL_NAME)
SKY_NOTES = "Sky's process recording: never for another surrogate"
SUPERVISOR_NOTE = "Supervisor's sign-off text"


@dataclass
class Machines:
    t: Workspace  # the therapist's machine; Sky is a surrogate in the same vault
    s: Workspace  # Sam, a surrogate partner on her own machine
    v: Workspace  # Vera, the supervisor on hers
    sky: Workspace
    case: str = ""
    sam_sessions: tuple[str, ...] = ()
    sky_session: str = ""

    def close(self) -> None:
        for ws in (self.sky, self.t, self.s, self.v):
            with contextlib.suppress(Exception):
                ws.close()


def new_machine(path: Path, name: str, role: Role) -> Workspace:
    return Workspace.create(path, name=name, role=role, passphrase=PASS,
                            credentials=() if role is Role.SUPERVISOR else CRED).workspace


def introduce(owner: Workspace, to: Workspace) -> None:
    """``to`` imports ``owner``'s card after the fingerprint is read to them."""
    card = owner.exchange.my_card()
    to.exchange.import_card(to.exchange.read_card(card.to_bytes()), card.fingerprint)


def send(a: Workspace, b: Workspace, case: str | None = None, resend: bool = False) -> bytes:
    packet = a.exchange.build_packet(b.actor.member_id, case, resend)
    a.exchange.mark_sent(packet)
    return packet.data


def payload(raw: bytes, recipient: Workspace) -> dict[str, Any]:
    row = recipient.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                                 (recipient.actor.member_id,))
    assert row is not None
    return dict(packets.parse(packets.decrypt(raw, row[0]))["payload"])


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an import may change: the log, projections, exchange state."""
    tables = ["entries", "withheld_entries", "redacted_entries", "members", "cases",
              "case_surrogates", "consents", "plan_revisions", "phase_status", "sessions",
              "debriefs", "measures", "goals", "amendments", "custodians", "exchange_held",
              "exchange_packets", "exchange_chains", "exchange_peers"]
    return {t: sorted(ws.vault.db.rows(f"SELECT * FROM {t}"), key=repr) for t in tables}


def _canonical(cell: Any) -> Any:
    """Lists of records (revocations, reviews, amendments) in a fixed order: a vault lists
    them in the order it learnt of them, which differs between machines."""
    def walk(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            items = [walk(x) for x in v]
            if all(isinstance(x, dict) and "entry_id" in x for x in items):
                items.sort(key=lambda x: x["entry_id"])
            return items
        return v

    if isinstance(cell, str) and cell[:1] in "[{":
        return json.dumps(walk(json.loads(cell)), sort_keys=True)
    return cell


def _as_supervisor(table: str, row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A projection row with what a supervisor's copy never holds blanked: process
    recordings, in debriefs and in amendments that change them; and (issue 13) the client's
    legal name and date of birth, and the client's typed name and drawing on consent."""
    if table not in ("debriefs", "amendments", "cases", "consents"):
        return row
    out = []
    for cell in row:
        if isinstance(cell, str) and cell[:1] == "{":
            d = json.loads(cell)
            if table == "debriefs" and d.get("process_recording"):
                d["process_recording"] = ""
            if table == "amendments" and d.get("changes", {}).get("process_recording"):
                d["changes"]["process_recording"] = ""
            if table == "amendments" and isinstance(d.get("changes", {}).get("client"), dict):
                for key in ("legal_name", "date_of_birth"):
                    d["changes"]["client"].pop(key, None)
            if table == "cases":
                for key in ("legal_name", "date_of_birth"):
                    if d.get(key):
                        d[key] = ""
            if table == "consents":
                for sig in d.get("signatures", []):
                    if sig.get("party") == "client":
                        sig["name"], sig["drawing"] = "withheld", None
            cell = json.dumps(d, sort_keys=True, ensure_ascii=False)
        out.append(cell)
    return tuple(out)


def case_rows(ws: Workspace, case_id: str, as_supervisor: bool = False
              ) -> dict[str, list[tuple[Any, ...]]]:
    """The case's projection rows; ``as_supervisor``: as a supervisor's copy holds them."""
    out = {}
    for table in ("cases", "case_surrogates", "goals", "consents", "plan_revisions",
                  "phase_status", "sessions", "debriefs", "measures", "amendments"):
        rows = ws.vault.db.rows(f"SELECT * FROM {table} WHERE case_id=?", (case_id,))
        if as_supervisor:
            rows = [_as_supervisor(table, r) for r in rows]
        out[table] = sorted((tuple(_canonical(c) for c in r) for r in rows), key=repr)
    return out


def entry_set(ws: Workspace, case_id: str) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in ws.vault.db.rows(
        "SELECT id, hash FROM entries WHERE case_id=? UNION SELECT id, hash FROM withheld_entries"
        " WHERE case_id=?", (case_id, case_id))}


def debrief(ws: Workspace, session_id: str, notes: str = "", **extra: Any) -> None:
    ws.sessions.submit_debrief(session_id, DebriefForm(
        activities_done=("conversation",), suds_before=6, suds_after=4, went_well="talked",
        process_recording=notes, **extra))


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[Machines]:
    t = new_machine(tmp_path / "therapist.triad", "Dr Tess", Role.THERAPIST)
    s = new_machine(tmp_path / "surrogate.triad", "Sam", Role.SURROGATE)
    v = new_machine(tmp_path / "supervisor.triad", "Vera", Role.SUPERVISOR)
    t.members.add("Sky", Role.SURROGATE, PASS, CRED)
    sky = Workspace.open(tmp_path / "therapist.triad", PASS, "Sky")
    m = Machines(t, s, v, sky)
    for a, b in ((t, s), (s, t), (t, v), (v, t)):
        introduce(a, b)
    m.case = t.cases.open({"legal_name": LEGAL_NAME, "date_of_birth": BIRTH,
                           "presenting_concerns": ["anxiety"]},
                          (sky.actor.member_id,), opened_at="2026-01-05").case_id or ""
    t.cases.change_status(m.case, "assessment", at="2026-01-06")
    t.capacity.record(m.case, "2026-01-08", "has-capacity", "")
    t.consent.give(m.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                   grants=SCOPE, valid_from="2026-01-10")
    # Sam's, signed before he joined on his own machine (the pre-issue-13 shape: the
    # countersignature round trip by packet is tested in test_countersign_exchange.py)
    legacy_triad(t, m.case, "2026-01-12", "Sam", LEGAL_NAME, grants=list(SCOPE),
                 declines=["genital_touch", "intercourse"])
    # Sky's sessions need a triad agreement Sky signed, and a release in force (issue 13)
    sky_triad = t.consent.give(m.case, "triad-agreement", sigs("2026-01-12", "client", "therapist"),
                               grants=SCOPE, declines=("genital_touch", "intercourse"),
                               valid_from="2026-01-12").subject_id or ""
    sky.signatures.countersign(m.case, sky_triad, signed_on="2026-01-12")
    t.consent.give(m.case, "release-of-information", sigs("2026-01-10", "client", "therapist"),
                   valid_from="2026-01-10")
    t.cases.change_status(m.case, "active", at="2026-01-12")
    # Issue 13: nothing goes to a surrogate partner or supervisor without a release in force.
    # Signed late (after the first surrogate sessions), so the audit still has its gap.
    t.consent.give(m.case, "release-of-information", sigs("2026-02-05", "client", "therapist"),
                   valid_from="2026-02-05")
    t.plans.from_template(m.case, "default-spt")
    assert t.exchange.share(m.case, s.actor.member_id) is not None
    assert t.exchange.share(m.case, v.actor.member_id) is not None
    assert t.exchange.share(m.case, s.actor.member_id) is None  # already in the triad
    m.sky_session = t.sessions.schedule(m.case, "surrogate_session", "2026-01-20T10:00", 60,
                                        planned_activities=("conversation",),
                                        surrogate_id=sky.actor.member_id).subject_id or ""
    debrief(sky, m.sky_session, SKY_NOTES)
    m.sam_sessions = tuple(
        t.sessions.schedule(m.case, "surrogate_session", when, 60,
                            planned_activities=("conversation",),
                            surrogate_id=s.actor.member_id).subject_id or ""
        for when in ("2026-02-02T10:00", "2026-02-09T10:00"))
    yield m
    m.close()


def test_three_machines_end_with_the_same_case(machines: Machines) -> None:
    m = machines
    t, s, v, case = m.t, m.s, m.v, m.case
    # -- onboarding: the first packets carry the case, team, plan, consent and the cards --
    to_sam = send(t, s)
    inside = json.dumps(payload(to_sam, s), ensure_ascii=False)
    assert LEGAL_NAME not in inside and BIRTH not in inside and SKY_NOTES not in inside
    r = s.exchange.import_packet(to_sam)
    assert r.added and r.members_added == 2 and not r.held and r.case_ids == (case,)
    assert s.cases.get(case).client.legal_name == ""
    assert [x.session_id for x in s.sessions.list(case)] == list(m.sam_sessions)
    assert s.plans.current(case) == t.plans.current(case)
    assert s.consent.in_force(case, "2026-02-02T10:00") == t.consent.in_force(case, "2026-02-02T10:00")
    assert s.verify().ok
    r = v.exchange.import_packet(send(t, v))
    assert r.added == len(t.log.entries("case_id=?", (case,))) and not r.headers
    # issue 13: the supervisor reads the client code, never the name or date of birth
    assert v.cases.get(case).client.legal_name == "" and v.cases.get(case).client.date_of_birth == ""
    whole = t.exchange.build_packet(v.actor.member_id, None, True).data  # everything, unsent
    assert LEGAL_NAME not in json.dumps(payload(whole, v), ensure_ascii=False)
    assert BIRTH not in json.dumps(payload(whole, v), ensure_ascii=False)

    # -- round 1: Sam debriefs; the therapist reviews; the supervisor gets both --
    debrief(s, m.sam_sessions[0], "Sam's detailed notes", stop_signals=1)
    r = t.exchange.import_packet(send(s, t))
    assert r.added == 1 and r.case_ids == (case,)
    t.sessions.review(m.sam_sessions[0], "Reviewed; stop signal discussed.")
    assert s.exchange.import_packet(send(t, s)).added == 1
    assert s.sessions.list(case)[0].debrief.reviews[0].comment == "Reviewed; stop signal discussed."  # type: ignore[union-attr]
    to_vera = send(t, v)
    inside = json.dumps(payload(to_vera, v), ensure_ascii=False)
    assert "Sam's detailed notes" not in inside and SKY_NOTES not in inside
    assert v.exchange.import_packet(to_vera).added == 2  # Sam's debrief relayed, and the review
    sam_seen_by_vera = v.sessions.get(m.sam_sessions[0]).debrief
    assert sam_seen_by_vera is not None and sam_seen_by_vera.process_recording == ""
    assert sam_seen_by_vera.withheld == ("process_recording",) and sam_seen_by_vera.stop_signals == 1

    # -- round 2: the supervisor signs off a finding; the therapist answers --
    finding = v.audit.run(case).findings[0]
    v.audit.sign_off(finding.finding_id, SUPERVISOR_NOTE)
    assert t.exchange.import_packet(send(v, t)).added == 1
    t.audit.remediate(finding.finding_id, "Release of information signed now.")
    t.consent.give(case, "release-of-information", sigs("2026-02-05", "client", "therapist"),
                   valid_from="2026-02-05")
    assert v.exchange.import_packet(send(t, v)).added == 2
    to_sam = send(t, s)
    inside = json.dumps(payload(to_sam, s), ensure_ascii=False)
    assert SUPERVISOR_NOTE not in inside and "Release of information signed now." not in inside
    r = s.exchange.import_packet(to_sam)
    assert r.added == 1 and r.headers == 1  # the consent; the remediation as a signed header

    # -- round 3: Sam amends her debrief and records a revocation; the therapist corrects the
    #    client's legal name (Sam's copy gets the amendment without it) --
    sam_debrief = s.sessions.list(case)[0].debrief
    assert sam_debrief is not None
    s.amendments.amend(sam_debrief.entry_id, "typo", {"suds_after": 3})
    triad = next(c for c in s.consent.records(case) if c.form_id == "triad-agreement")
    s.consent.revoke(case, triad.consent_id, "client asked to pause touch", party="client",
                     activities_=("clothed_touch",), at="2026-02-06T09:00")
    first = t.log.entries("case_id=? AND kind='case.opened'", (case,))[0]
    t.amendments.amend(first.id, "spelling", {"client": {"legal_name": "Marta Kowalczyk"}})
    m.sky.consent.revoke(case, triad.consent_id, "client asked Sky", party="client",
                         activities_=("nudity_body_image",), at="2026-02-07T09:00")
    assert t.exchange.import_packet(send(s, t)).added == 2
    r = s.exchange.import_packet(send(t, s))
    assert r.added == 2  # the amendment (redacted view) and Sky's revocation
    # views: the case opening, its amendment, and the six consent records the client signed
    # (issue 13: Sky's triad agreement and the first release, as a session needs them, and the
    # release signed again, as packets need one in force)
    assert s.vault.db.one("SELECT count(*) FROM redacted_entries")[0] == 8  # type: ignore[index]
    assert v.exchange.import_packet(send(t, v)).added == 4
    # acknowledgements flow back until nothing is pending
    for a, b in ((s, t), (v, t), (t, s), (t, v)):
        if a.exchange.pending(b.actor.member_id):
            b.exchange.import_packet(send(a, b))
    assert not any(a.exchange.pending(b.actor.member_id)
                   for a, b in ((s, t), (v, t), (t, s), (t, v)))

    # -- the same case everywhere --
    assert case_rows(t, case, as_supervisor=True) == case_rows(v, case)
    assert entry_set(t, case) == entry_set(v, case)
    audit_t = [(f.finding_id, f.status, len(f.signoffs), len(f.remediations))
               for f in t.audit.run(case).findings]
    assert audit_t == [(f.finding_id, f.status, len(f.signoffs), len(f.remediations))
                       for f in v.audit.run(case).findings]
    assert any(signed for _, _, signed, _ in audit_t)
    assert entry_set(s, case) <= entry_set(t, case)
    tc, sc = t.cases.get(case), s.cases.get(case)
    assert sc == dataclasses.replace(tc, client=dataclasses.replace(
        tc.client, legal_name="", date_of_birth=""))
    assert s.sessions.list(case) == [x for x in t.sessions.list(case)
                                     if x.surrogate_id == s.actor.member_id]
    # Sam's machine lists consent exactly as a surrogate in the therapist's vault reads it
    # (the client code for the client's typed name, no drawings), in the same order
    assert s.consent.records(case) == m.sky.consent.records(case)
    assert [r.entry_id for r in s.consent.records(case)] == [
        r.entry_id for r in t.consent.records(case)]
    assert {x.name for r in s.consent.records(case) for x in r.signatures
            if x.party == "client"} == {tc.code}
    assert [r.consent_id for r in v.consent.records(case)] == [
        r.consent_id for r in t.consent.records(case)]  # (issue 13: the client's name withheld)
    assert s.plans.current(case) == t.plans.current(case)
    assert s.cases.goals(case) == t.cases.goals(case)
    # what a surrogate may not read never reached Sam's vault
    bodies = " ".join(r[0] for r in s.vault.db.rows("SELECT body FROM entries"))
    for text in (LEGAL_NAME, "Marta Kowalczyk", BIRTH, SKY_NOTES, SUPERVISOR_NOTE):
        assert text not in bodies
    # ... and no process recording reached the supervisor's
    bodies = " ".join(r[0] for r in v.vault.db.rows("SELECT body FROM entries"))
    assert "Sam's detailed notes" not in bodies and SKY_NOTES not in bodies
    kinds = {r[0] for r in s.vault.db.rows("SELECT kind FROM entries WHERE case_id=?", (case,))}
    assert not kinds & {"audit.signoff", "audit.remediation"}
    for ws in (t, s, v):
        assert ws.verify().ok, ws.verify().log.problems


def test_twice_late_and_out_of_order(machines: Machines) -> None:
    m = machines
    t, s, case = m.t, m.s, m.case
    assert s.exchange.import_packet(send(t, s)).added
    t.measures.record(case, "suds", 6, on="2026-02-01", label="first date")
    t.cases.add_goal(case, "Ask for a pause", "never", "twice a session")
    early = send(t, s)  # carries the two new entries only
    t.measures.record(case, "suds", 5, on="2026-02-08", label="first date")
    late = send(t, s)
    before = snapshot(s)
    r = s.exchange.import_packet(late)  # arrives first: held until the gap fills
    assert (r.added, r.held) == (0, 1)
    after_held = snapshot(s)
    assert after_held["entries"] == before["entries"] and after_held["measures"] == before["measures"]
    assert [(h.case_id, h.author, len(h.seqs)) for h in s.exchange.held()] == [
        (case, t.actor.member_id, 1)]
    r = s.exchange.import_packet(early)
    assert (r.added, r.released, r.held) == (3, 1, 0)
    assert not s.exchange.held()
    assert [x.value for x in s.measures.list(case)] == [6, 5]
    # issue 18: entries verified by the import moved the checkpoint on; the one held until
    # its gap filled was checked when it arrived, not now, so the next unlock checks it (and
    # what follows it in its chain) once more, then nothing
    recent = s.verify_recent()
    assert recent.ok and recent.log.entries == 1
    assert s.verify_recent().log.entries == 0
    state = snapshot(s)
    for raw in (early, late):  # delivered twice: nothing changes
        assert s.exchange.import_packet(raw).duplicate
    assert snapshot(s) == state
    assert s.verify().ok


def test_a_review_waits_for_its_debrief(machines: Machines) -> None:
    """Cross-chain order: a review whose chain is whole but whose debrief has not arrived."""
    m = machines
    t, s, v, case = m.t, m.s, m.v, m.case
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    debrief(s, m.sam_sessions[0])
    t.exchange.import_packet(send(s, t))
    with_debrief = send(t, v)  # Sam's debrief, relayed
    t.sessions.review(m.sam_sessions[0], "Seen.")
    with_review = send(t, v)
    r = v.exchange.import_packet(with_review)
    assert (r.added, r.held) == (0, 1)
    r = v.exchange.import_packet(with_debrief)
    assert (r.added, r.released) == (2, 1)
    assert v.sessions.list(case)[1].debrief.reviews[0].comment == "Seen."  # type: ignore[union-attr]
    assert case_rows(t, case, as_supervisor=True) == case_rows(v, case)


def test_a_lost_packet_is_sent_again(machines: Machines) -> None:
    m = machines
    t, s, case = m.t, m.s, m.case
    s.exchange.import_packet(send(t, s))
    t.measures.record(case, "suds", 7, on="2026-02-01")
    send(t, s)  # lost on the way
    t.measures.record(case, "suds", 6, on="2026-02-08")
    r = s.exchange.import_packet(send(t, s))
    assert r.held == 1
    # Sam's next packet says what she holds and which packet she saw: the therapist resends
    t.exchange.import_packet(send(s, t))
    assert t.exchange.pending(s.actor.member_id)
    r = s.exchange.import_packet(send(t, s))
    assert (r.added, r.released) == (2, 1)
    assert [x.value for x in s.measures.list(case)] == [7, 6]
    status = {(c.author, c.case_id): c for c in t.exchange.status(s.actor.member_id)}
    mine = status[(t.actor.member_id, case)]
    assert mine.sent == max(e.seq for e in t.log.entries("case_id=? AND author=?",
                                                          (case, t.actor.member_id)))
    # a full resend is always possible, and harmless
    r = s.exchange.import_packet(send(t, s, resend=True))
    assert r.added == 0


def test_exchange_folders(machines: Machines, tmp_path: Path) -> None:
    m = machines
    t, s, v, case = m.t, m.s, m.v, m.case
    t_to_s, s_to_t = tmp_path / "usb" / "to-sam", tmp_path / "usb" / "to-tess"
    t_to_v, v_to_t = tmp_path / "share" / "to-vera", tmp_path / "share" / "to-tess"
    for folder in (t_to_s, s_to_t, t_to_v, v_to_t):
        folder.mkdir(parents=True)
    t.exchange.set_folders(s.actor.member_id, outbox=t_to_s, inbox=s_to_t)
    t.exchange.set_folders(v.actor.member_id, outbox=t_to_v, inbox=v_to_t)
    s.exchange.set_folders(t.actor.member_id, outbox=s_to_t, inbox=t_to_s)
    v.exchange.set_folders(t.actor.member_id, outbox=v_to_t, inbox=t_to_v)
    assert t.exchange.contact(s.actor.member_id).outbox == str(t_to_s)

    def sync_all() -> int:
        changed = 0
        for ws in (t, s, v):
            report = ws.exchange.sync()
            assert not report.rejected and not report.unavailable
            changed += len(report.written) + sum(r.added for r in report.imported)
        return changed

    assert sync_all()
    assert s.cases.get(case).code == t.cases.get(case).code
    debrief(s, m.sam_sessions[0])
    for _ in range(6):  # until quiet
        if not sync_all():
            break
    else:
        pytest.fail("the folders never went quiet")
    assert case_rows(t, case, as_supervisor=True) == case_rows(v, case)
    assert v.sessions.list(case)[1].debrief is not None
    names = [p.name for p in (t_to_s.iterdir())]
    assert all(n.startswith("to-") and n.endswith(".triadpacket") for n in names)
    assert not any("Sam" in n or "Tess" in n for n in names)
    # a file copied twice, or renamed, is read once; junk is refused once and remembered
    (s_to_t / "junk.triadpacket").write_bytes(b"not a packet")
    report = t.exchange.sync()
    assert report.rejected == (("junk.triadpacket", "not-decryptable"),)
    assert t.exchange.sync().rejected == ()
    s.exchange.set_folders(t.actor.member_id, outbox=tmp_path / "gone", inbox=t_to_s)
    assert s.exchange.sync().unavailable == ((t.actor.member_id, "outbox"),)


def test_contacts_and_sharing_rules(machines: Machines, tmp_path: Path) -> None:
    m = machines
    t, s, v = m.t, m.s, m.v
    assert [c.name for c in t.exchange.contacts()] == ["Sam", "Vera"]
    assert t.exchange.find_contact("  sam ").member_id == s.actor.member_id
    from triad.errors import ExchangeError, PermissionDenied

    s.exchange.import_packet(send(t, s))
    with pytest.raises(PermissionDenied):
        s.exchange.share(m.case, t.actor.member_id)  # only the case's therapist shares
    other = new_machine(tmp_path / "other.triad", "Dr Other", Role.THERAPIST)
    try:
        introduce(other, t)
        with pytest.raises(ExchangeError) as caught:
            t.exchange.share(m.case, t.exchange.find_contact("Dr Other").member_id)
        assert caught.value.detail == "therapist-contact"
        with pytest.raises(ExchangeError) as caught:
            t.exchange.build_packet(t.exchange.find_contact("Dr Other").member_id)
        assert caught.value.detail == "nothing-shared"
    finally:
        other.close()
    removed = t.exchange.remove_contact(v.actor.member_id)
    assert not removed.active and [c.name for c in t.exchange.contacts()] == ["Dr Other", "Sam"]
    with pytest.raises(ExchangeError) as caught:
        t.exchange.build_packet(v.actor.member_id)
    assert caught.value.detail == "contact-removed"


def test_lists_in_the_same_order_on_every_machine(machines: Machines) -> None:
    """Each vault learns of entries in its own order (its own first); lists follow the data
    (time, then entry id), so every machine lists the case the same way."""
    m = machines
    t, s, v, sky, case = m.t, m.s, m.v, m.sky, m.case
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    for value in (7, 6, 5):
        t.measures.record(case, "suds", value, on="2026-02-01", label="same day")
    # Sam booked at the same minute twice: issue 16 refuses that within one vault, so the
    # twin is written straight to the log, as a booking made on another machine before the
    # two exchanged arrives (a tie the lists must still order the same everywhere).
    twin = str(uuid.uuid4())
    t.log.append(t.actor.member_id, bytes(t.vault.db.one(  # type: ignore[index]
        "SELECT signing_private FROM member_keys WHERE member_id=?", (t.actor.member_id,))[0]),
        Kind.SESSION_SCHEDULED, {
            "session_id": twin, "kind": "surrogate_session", "starts_at": "2026-02-02T10:00",
            "duration_min": 60, "phase_id": None, "planned_activities": ["conversation"],
            "location": "", "surrogate_id": s.actor.member_id}, CaseId(case),
        utc_stamp(t.clock()))
    triad = next(c for c in t.consent.records(case) if c.form_id == "triad-agreement")
    # the same minute, on two machines: each vault learns its own revocation first
    sky.consent.revoke(case, triad.consent_id, "client asked Sky", activities_=("clothed_touch",),
                       at="2026-02-06T09:00")
    s.consent.revoke(case, triad.consent_id, "client asked Sam", activities_=("nudity_body_image",),
                     at="2026-02-06T09:00")
    debrief(s, m.sam_sessions[0], "Sam's notes")
    t.exchange.import_packet(send(s, t))
    t.sessions.review(m.sam_sessions[0], "Seen.")
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    assert twin in [x.session_id for x in s.sessions.list(case)]
    revoked = [r.reason for r in t.consent.records(case) for r in r.revocations]
    assert sorted(revoked) == ["client asked Sam", "client asked Sky"]
    for other in (s, v):
        assert [x.value for x in other.measures.list(case)] == [7, 6, 5]
        assert other.measures.list(case) == t.measures.list(case)
    assert s.consent.records(case) == sky.consent.records(case)
    assert [r.consent_id for r in v.consent.records(case)] == [
        r.consent_id for r in t.consent.records(case)]  # (issue 13: the client's name withheld)
    assert [r.reason for r in s.consent.records(case) for r in r.revocations] == revoked
    assert s.sessions.list(case) == [x for x in t.sessions.list(case)
                                     if x.surrogate_id == s.actor.member_id]
    assert [x.session_id for x in v.sessions.list(case)] == [
        x.session_id for x in t.sessions.list(case)]
    assert v.sessions.list(case) == [
        x if x.debrief is None else dataclasses.replace(x, debrief=dataclasses.replace(
            x.debrief, process_recording="", withheld=("process_recording",)))
        for x in t.sessions.list(case)]


def test_a_removed_contact_is_added_again(machines: Machines) -> None:
    """Removing a contact and importing their card again (fingerprint confirmed) brings them
    back; what they signed, their place in the triad and the exchange state stay."""
    m = machines
    t, s, case = m.t, m.s, m.case
    from triad.errors import ExchangeError, PermissionDenied

    s.exchange.import_packet(send(t, s))
    debrief(s, m.sam_sessions[0], "notes")
    t.exchange.import_packet(send(s, t))
    chains_before = t.exchange.status(s.actor.member_id)
    t.exchange.remove_contact(s.actor.member_id)
    assert s.actor.member_id not in {c.member_id for c in t.exchange.contacts()}
    late = send(s, t)
    with pytest.raises(PacketRejected) as refused:
        t.exchange.import_packet(late)
    assert refused.value.detail == "sender-removed"
    card = t.exchange.read_card(s.exchange.my_card().to_bytes())
    with pytest.raises(ExchangeError) as caught:  # the fingerprint is confirmed again
        t.exchange.import_card(card, "0" * 20)
    assert caught.value.detail == "fingerprint-mismatch"
    with pytest.raises(PermissionDenied):  # in a vault of several, a therapist's call
        m.sky.exchange.import_card(card, card.fingerprint)
    back = t.exchange.import_card(card, card.fingerprint)
    assert back.active and back.member_id == s.actor.member_id and back.fingerprint == card.fingerprint
    assert [c.name for c in t.exchange.contacts()] == ["Sam", "Vera"]
    assert t.exchange.import_card(card, card.fingerprint) == back  # twice: nothing new
    confirmations = t.vault.db.rows("SELECT body FROM entries WHERE kind='contact.confirmed'"
                                    " AND body LIKE ?", (f"%{s.actor.member_id}%",))
    assert len(confirmations) == 2  # the first confirmation, the removal and this one stay
    assert t.vault.db.one("SELECT count(*) FROM entries WHERE kind='member.removed'")[0] == 1  # type: ignore[index]
    assert t.exchange.status(s.actor.member_id) == chains_before
    assert s.actor.member_id in t.cases.get(case).surrogate_ids
    assert t.sessions.get(m.sam_sessions[0]).debrief is not None  # what she signed stays
    # exchange resumes: the packet refused while she was removed goes through now
    assert t.exchange.import_packet(late).duplicate is False
    debrief(s, m.sam_sessions[1], "more notes")
    assert t.exchange.import_packet(send(s, t)).added == 1
    assert not s.exchange.import_packet(send(t, s)).duplicate  # and sending to her works
    # replaying the log gives the same: a later removal still wins, this re-adding too
    t.log.rebuild()
    assert t.exchange.contact(s.actor.member_id).active
    assert t.verify().ok


def test_amendments_made_apart_end_the_same_on_both_machines(machines: Machines) -> None:
    """Both amend the same debrief field before they exchange: each machine applies its own
    first, yet both end with the same row -- the field in conflict, showing the version with
    the greater entry id (never the later clock) until the therapist settles it (issue 14)."""
    m = machines
    t, s, case = m.t, m.s, m.case
    s.exchange.import_packet(send(t, s))
    debrief(s, m.sam_sessions[0], "notes")
    t.exchange.import_packet(send(s, t))
    entry = next(e for e in t.log.entries("case_id=? AND kind='session.debriefed'", (case,))
                 if e.body["session_id"] == m.sam_sessions[0])
    sam = s.amendments.amend(entry.id, "my words", {"went_well": "Sam's wording"}).entry_id
    tess = t.amendments.amend(entry.id, "clearer",
                              {"went_well": "Tess's wording", "questions": "none"}).entry_id
    t.exchange.import_packet(send(s, t))
    s.exchange.import_packet(send(t, s))
    mine, theirs = (ws.sessions.get(m.sam_sessions[0]).debrief for ws in (t, s))
    assert mine is not None and theirs is not None
    assert mine.went_well == theirs.went_well == (
        "Sam's wording" if sam > tess else "Tess's wording")
    assert mine.questions == theirs.questions == "none"
    assert mine == theirs
    assert [c.field for c in t.amendments.conflicts(entry.id)] == ["went_well"]


@pytest.mark.parametrize("review_first", [True, False],
                         ids=["review-then-amendment", "amendment-then-review"])
def test_a_review_and_a_new_flag_made_apart_agree_on_both_machines(
        machines: Machines, review_first: bool) -> None:
    """The therapist reviews a debrief while Sam, on her own machine, amends it with a stop
    signal (a new flag). Each machine learns of its own entry first, yet all say the same: the
    debrief awaits review again, whichever was stamped first, since the review never saw the
    stop signal (issue 14: a review covers the flags it saw, not those stamped before it). On a
    single machine, where the review sees an earlier amendment, the order decides."""
    m = machines
    t, s, v, sky, case = m.t, m.s, m.v, m.sky, m.case

    # Minutes after the fixture's entries (made on the real clock): a receiver's clock
    # behind what it receives would refuse it as stamped ahead (issue 14).
    base = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=1)

    def at(minute: int) -> Any:
        return lambda: base + timedelta(minutes=minute)

    for ws in (t, s, v, sky):
        ws.clock = at(0)
    s.exchange.import_packet(send(t, s))
    debrief(s, m.sam_sessions[0], "notes")
    t.exchange.import_packet(send(s, t))
    sam_entry, sky_entry = ((t.sessions.get(sid).debrief or pytest.fail()).entry_id
                            for sid in (m.sam_sessions[0], m.sky_session))
    review_at, amend_at = (5, 10) if review_first else (10, 5)
    # apart: each on their own machine, neither knowing of the other's entry
    t.clock = at(review_at)
    t.sessions.review(m.sam_sessions[0], "Read.")
    s.clock = at(amend_at)
    s.amendments.amend(sam_entry, "Forgot the stop signal", {"stop_signals": 1})
    # the same two steps for Sky's session on one machine (the therapist's vault), in time order
    for minute in sorted((review_at, amend_at)):
        if minute == review_at:
            t.clock = at(minute)
            t.sessions.review(m.sky_session, "Read.")
        else:
            sky.clock = at(minute)
            sky.amendments.amend(sky_entry, "Forgot the stop signal", {"stop_signals": 1})
    t.exchange.import_packet(send(s, t))  # Tess: her review, then Sam's amendment
    s.exchange.import_packet(send(t, s))  # Sam: her amendment, then Tess's review
    v.exchange.import_packet(send(t, v))  # Vera: both, as the therapist relays them

    in_time_order = t.sessions.get(m.sky_session).debrief
    assert in_time_order is not None and in_time_order.reviewed is not review_first
    assert "stop-signal-used" in in_time_order.flags
    for ws in (t, s, v):
        d = ws.sessions.get(m.sam_sessions[0]).debrief
        assert d is not None and "stop-signal-used" in d.flags
        assert len(d.reviews) == 1 and d.reflagged_at is not None
        assert not d.reviewed, ws.actor.role
        assert ws.sessions.get(m.sam_sessions[0]).status == "debriefed"
        ws.log.rebuild()  # a replay in the order this vault learnt of the entries
        assert (ws.sessions.get(m.sam_sessions[0]).debrief or d).reviewed is d.reviewed
    due = agenda.next_due(t, case)
    assert due is not None and due.code == "review-debrief"
    # issue 16: the supervisor's next due is their own work, never the therapist's review
    theirs = agenda.next_due(v, case)
    assert theirs is None or theirs.code in ("finding", "cosign-review")
    # a review made after everything arrived clears it on every machine
    t.clock = at(20)
    t.sessions.review(m.sam_sessions[0], "Read again.")
    s.exchange.import_packet(send(t, s))
    assert all((ws.sessions.get(m.sam_sessions[0]).debrief or pytest.fail()).reviewed
               for ws in (t, s))
