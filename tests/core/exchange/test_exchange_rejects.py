"""Packets that must be refused -- damaged, truncated, replayed, wrongly addressed, forged,
role-violating -- each changing nothing, with the reason; and property tests over corrupted
packet bytes and corrupted (but properly re-signed) packet content."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.exchange.test_exchange import (
    Machines,
    debrief,
    introduce,
    machines,
    new_machine,
    payload,
    send,
    snapshot,
)
from triad import crypto
from triad.errors import PacketRejected
from triad.exchange import packets
from triad.log.entries import CaseId, Entry, EntryId, MemberId, utc_now
from triad.roles import Role
from triad.transfer.case_json import ENTRY_FIELDS
from triad.workspace import Workspace

__all__ = ["machines"]  # the fixture, re-used
DEBRIEF = {"held_at": "2026-02-10T10:00", "duration_min": 60, "activities_done": ["conversation"],
           "flags": []}


def signing_key(ws: Workspace, member_id: str | None = None) -> bytes:
    row = ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",
                          (member_id or ws.actor.member_id,))
    assert row is not None
    return bytes(row[0])


def reseal(sender: Workspace, recipient: Workspace, body: dict[str, Any]) -> bytes:
    return packets.seal(body, signing_key(sender), recipient.actor.age_public)


def draft(sender: Workspace, recipient: Workspace, case: str | None = None) -> dict[str, Any]:
    """The payload of the packet ``sender`` would send now (nothing recorded as sent)."""
    return payload(sender.exchange.build_packet(recipient.actor.member_id, case).data, recipient)


def forged(ws: Workspace, kind: str, body: dict[str, Any], case: str, seq: int | None = None,
           prev: str | None = None) -> dict[str, Any]:
    """An entry signed with the acting member's key, stored nowhere."""
    me = ws.actor.member_id
    chain = ws.log.entries("author=? AND chain=?", (me, case), order="seq")
    e = Entry(EntryId(str(uuid.uuid4())), CaseId(case), MemberId(me),
              seq or (chain[-1].seq + 1 if chain else 1), kind, body, utc_now(),
              prev if prev is not None else (chain[-1].hash if chain else ""), "", "")
    digest = e.computed_hash()
    signature = crypto.b64e(crypto.sign(signing_key(ws), bytes.fromhex(digest)))
    return {f: getattr(Entry(**{**e.__dict__, "hash": digest, "signature": signature}), f)
            for f in ENTRY_FIELDS}


def rejected(ws: Workspace, raw: bytes) -> PacketRejected:
    before = snapshot(ws)
    with pytest.raises(PacketRejected) as caught:
        ws.exchange.import_packet(raw)
    assert snapshot(ws) == before, "a rejected packet changed the vault"
    return caught.value


@pytest.fixture
def onboarded(machines: Machines) -> Machines:
    m = machines
    m.s.exchange.import_packet(send(m.t, m.s))
    m.v.exchange.import_packet(send(m.t, m.v))
    return m


def test_damaged_and_truncated_packets(machines: Machines) -> None:
    t, s = machines.t, machines.s
    good = send(t, s)
    middle = len(good) // 2
    flipped = bytearray(good)
    flipped[middle] ^= 0x20
    header_flip = bytearray(good)
    header_flip[40] ^= 0x01
    for bad, reason in ((bytes(flipped), "not-decryptable"), (good[:-1], "not-decryptable"),
                        (good[:middle], "not-decryptable"), (good[:30], "not-decryptable"),
                        (b"", "not-decryptable"), (good + b"tail", "not-decryptable"),
                        (bytes(header_flip), None)):
        exc = rejected(s, bad)
        assert reason is None or exc.detail == reason, exc.detail
    assert s.exchange.import_packet(good).added  # the intact packet still imports


def test_replayed_packets_change_nothing(onboarded: Machines) -> None:
    m = onboarded
    t, s, case = m.t, m.s, m.case
    t.measures.record(case, "suds", 4, on="2026-02-01")
    first = send(t, s)
    s.exchange.import_packet(first)
    t.measures.record(case, "suds", 3, on="2026-02-08")
    second = send(t, s)
    s.exchange.import_packet(second)
    before = snapshot(s)
    for raw in (first, second, first):
        r = s.exchange.import_packet(raw)
        assert r.duplicate and not r.added
    assert snapshot(s) == before
    # the same entries sent again in a new packet: nothing new in the record
    r = s.exchange.import_packet(send(t, s, resend=True))
    assert (r.added, r.held) == (0, 0)
    after = snapshot(s)
    assert {k: v for k, v in after.items() if not k.startswith("exchange_")} == {
        k: v for k, v in before.items() if not k.startswith("exchange_")}


def test_wrongly_addressed_packets(onboarded: Machines) -> None:
    m = onboarded
    t, s, v = m.t, m.s, m.v
    for_vera = send(t, v)
    assert rejected(s, for_vera).detail == "not-for-you"
    misaddressed = draft(t, s)
    misaddressed["to"] = {"member_id": v.actor.member_id, "age_public": v.actor.age_public}
    assert rejected(s, reseal(t, s, misaddressed)).detail == "wrong-recipient"
    # a packet signed by someone other than its stated sender
    impostor = draft(t, s)
    assert rejected(s, packets.seal(impostor, signing_key(v), s.actor.age_public)).detail \
        == "bad-signature"
    # content altered after signing (re-encrypted by someone holding no signing key)
    row = s.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                         (s.actor.member_id,))
    assert row is not None
    data = packets.parse(packets.decrypt(send(t, s), row[0]))
    data["payload"]["seen"] += 1
    import pyrage

    altered = pyrage.encrypt(crypto.canonical_json(data),
                             [pyrage.x25519.Recipient.from_str(s.actor.age_public)])
    exc = rejected(s, bytes(altered))
    assert (exc.detail, exc.data.get("item")) == ("bad-signature", "signature")


def test_unknown_and_removed_senders(onboarded: Machines, tmp_path: Any) -> None:
    m = onboarded
    t, s = m.t, m.s
    stranger = new_machine(tmp_path / "stranger.triad", "Stranger", Role.THERAPIST)
    try:
        introduce(t, stranger)
        body = draft(t, s)
        body["from"] = {"member_id": stranger.actor.member_id,
                        "signing_public": stranger.actor.signing_public}
        body["to"] = {"member_id": t.actor.member_id, "age_public": t.actor.age_public}
        assert rejected(t, reseal(stranger, t, body)).detail == "unknown-sender"
    finally:
        stranger.close()
    debrief(s, m.sam_sessions[0])
    from_sam = send(s, t)
    t.exchange.remove_contact(s.actor.member_id)
    assert rejected(t, from_sam).detail == "sender-removed"


def test_role_violations(onboarded: Machines) -> None:
    m = onboarded
    t, s, v, case = m.t, m.s, m.v, m.case
    debrief(s, m.sam_sessions[0])
    honest = draft(s, t)
    # a surrogate's vault tampered to sign a plan revision: the whole packet is refused,
    # the honest debrief in it included
    plan = copy.deepcopy(t.log.entries("case_id=? AND kind='plan.revised'", (case,))[0].body)
    s.log.append(s.actor.member_id, signing_key(s), "plan.revised", plan, CaseId(case))
    exc = rejected(t, send(s, t))
    assert exc.detail == "role-may-not-write" and exc.data["item"] == "entries[1]"
    # relaying what someone else wrote: only therapists relay
    relay = copy.deepcopy(honest)
    theirs = next(e for e in t.log.entries("case_id=?", (case,)) if e.kind == "goal.set"
                  or e.kind == "consent.given")
    relay["entries"].append({f: getattr(theirs, f) for f in ENTRY_FIELDS})
    assert rejected(t, reseal(s, t, relay)).detail == "not-senders-own"
    # a surrogate introducing members
    cards = copy.deepcopy(honest)
    cards["members"] = [{"member_id": str(uuid.uuid4()), "name": "Someone", "role": "therapist",
                         "credentials": [], "signing_public": s.actor.signing_public,
                         "age_public": s.actor.age_public}]
    assert rejected(t, reseal(s, t, cards)).detail == "member-not-vouched"
    # a supervisor writing a debrief
    sign_off = draft(v, t)
    sign_off["entries"] = [forged(v, "session.debriefed",
                                  {**DEBRIEF, "session_id": m.sam_sessions[1]}, case)]
    assert rejected(t, reseal(v, t, sign_off)).detail == "role-may-not-write"
    # a surrogate debriefing another surrogate's session
    skys = t.sessions.schedule(case, "surrogate_session", "2026-02-10T10:00", 60,
                               planned_activities=("conversation",),
                               surrogate_id=m.sky.actor.member_id).subject_id
    other = copy.deepcopy(honest)
    other["entries"].append(forged(s, "session.debriefed", {**DEBRIEF, "session_id": skys}, case,
                                   seq=honest["entries"][-1]["seq"] + 1,
                                   prev=honest["entries"][-1]["hash"]))
    assert rejected(t, reseal(s, t, other)).detail == "not-your-session"
    # a body of the wrong shape, properly signed by its author
    odd = copy.deepcopy(honest)
    odd["entries"].append(forged(s, "session.debriefed", {**DEBRIEF, "session_id": [skys]}, case,
                                 seq=honest["entries"][-1]["seq"] + 1,
                                 prev=honest["entries"][-1]["hash"]))
    assert rejected(t, reseal(s, t, odd)).data["item"] == "entries[1].body.session_id"
    # ... and a case opening of the wrong shape, signed by a therapist
    other_case = str(uuid.uuid4())
    opening = draft(t, v)
    opening["cases"].append(other_case)
    opening["entries"] = [forged(t, "case.opened", {
        "client": "C-2026-999", "therapist_id": t.actor.member_id, "surrogate_ids": [],
        "supervisor_id": v.actor.member_id, "status": "referral", "opened_at": "2026-01-05T00:00"},
        other_case)]
    assert rejected(v, reseal(t, v, opening)).detail == "malformed"
    # headers and redacted views are for surrogates only: a supervisor gets everything whole
    to_vera = draft(t, v, case)
    first = t.log.entries("case_id=?", (case,))[0]
    to_vera["headers"] = [{f: getattr(first, f) for f in
                           ("id", "case_id", "author", "seq", "prev", "hash", "signature")}]
    assert rejected(v, reseal(t, v, to_vera)).detail == "incomplete-for-role"


def test_relay_views_are_the_senders_own_and_exact(onboarded: Machines) -> None:
    """A surrogate's packet to a therapist carries her views of her debriefs for the
    supervisor; a view that is not exactly that, or not hers, refuses the whole packet."""
    m = onboarded
    t, s = m.t, m.s
    debrief(s, m.sam_sessions[0], "Sam's own notes")
    honest = draft(s, t)
    assert len(honest["views"]) == 1 and honest["views"][0]["redacted"] == ["process_recording"]
    assert honest["views"][0]["body"]["process_recording"] == ""

    def variant(change: Callable[[dict[str, Any]], None]) -> bytes:
        body = copy.deepcopy(honest)
        body["packet_id"] = str(uuid.uuid4())
        change(body)
        return reseal(s, t, body)

    def leaks(b: dict[str, Any]) -> None:  # the "view" still holds the recording
        b["views"][0]["body"]["process_recording"] = "Sam's own notes"

    def other_text(b: dict[str, Any]) -> None:
        b["views"][0]["body"]["went_well"] = "something else"

    def orphan(b: dict[str, Any]) -> None:  # a view with no entry in the packet
        b["entries"] = []

    for change, reason in ((leaks, "bad-signature"), (other_text, "bad-signature"),
                           (orphan, "incomplete-for-role")):
        before = t.log.count()
        assert rejected(t, variant(change)).detail == reason, change.__name__
        assert t.log.count() == before
    assert t.exchange.import_packet(reseal(s, t, honest)).added == 1


def test_forged_and_broken_entries(onboarded: Machines) -> None:
    m = onboarded
    t, s, case = m.t, m.s, m.case
    debrief(s, m.sam_sessions[0], "first notes")
    base = draft(s, t)
    entry = base["entries"][0]

    def variant(change: Callable[[dict[str, Any]], None]) -> bytes:
        body = copy.deepcopy(base)
        body["packet_id"] = str(uuid.uuid4())  # a packet id seen before is ignored as a replay
        change(body)
        return reseal(s, t, body)

    def altered_body(b: dict[str, Any]) -> None:
        b["entries"][0]["body"]["suds_after"] = 0

    def borrowed_signature(b: dict[str, Any]) -> None:
        b["entries"][0]["signature"] = forged(s, "consent.revoked", {}, case)["signature"]

    def unknown_author(b: dict[str, Any]) -> None:
        b["entries"][0]["author"] = str(uuid.uuid4())

    def other_case(b: dict[str, Any]) -> None:
        b["entries"][0]["case_id"] = str(uuid.uuid4())

    def twice(b: dict[str, Any]) -> None:
        b["entries"].append(copy.deepcopy(b["entries"][0]))

    for change, reason in ((altered_body, "hash-mismatch"), (borrowed_signature, "bad-signature"),
                           (unknown_author, "unknown-author"), (other_case, "other-case"),
                           (twice, "duplicate")):
        assert rejected(t, variant(change)).detail == reason, change.__name__
    def replace_first(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
        def change(b: dict[str, Any]) -> None:
            b["entries"][0] = new
            b["views"] = []  # the supervisor's view Sam signed was of the original
        return change

    # a chain that does not link
    broken = forged(s, "session.debriefed", dict(entry["body"]), case, seq=entry["seq"],
                    prev="0" * 64)
    assert rejected(t, variant(replace_first(broken))).detail == "chain-broken"
    # the honest packet goes through; a fork of what the therapist now has is refused
    t.exchange.import_packet(reseal(s, t, base))
    fork = forged(s, "session.debriefed", {**entry["body"], "suds_after": 1}, case,
                  seq=entry["seq"], prev=entry["prev"])
    assert rejected(t, variant(replace_first(fork))).detail == "conflicts-with-vault"


def test_a_therapist_packet_from_an_unknown_author(onboarded: Machines) -> None:
    m = onboarded
    t, s, case = m.t, m.s, m.case
    t.measures.record(case, "suds", 5, on="2026-02-01")
    body = draft(t, s)
    body["entries"][0]["author"] = str(uuid.uuid4())
    assert rejected(s, reseal(t, s, body)).detail == "unknown-author"


# -- properties: whatever the corruption, a refused packet changes nothing --
@st.composite
def corruptions(draw: st.DrawFn, size: int) -> Callable[[bytes], bytes]:
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "overwrite"]))
    at = draw(st.integers(0, size - 1))
    if kind == "flip":
        mask = draw(st.integers(1, 255))
        return lambda b: b[:at] + bytes([b[at] ^ mask]) + b[at + 1:]
    if kind == "truncate":
        return lambda b: b[:at]
    if kind == "insert":
        extra = draw(st.binary(min_size=1, max_size=8))
        return lambda b: b[:at] + extra + b[at:]
    if kind == "delete":
        n = draw(st.integers(1, 64))
        return lambda b: b[:at] + b[at + n:]
    junk = draw(st.binary(min_size=1, max_size=32))
    return lambda b: b[:at] + junk + b[at + len(junk):]


def test_corrupted_packet_bytes_are_refused(onboarded: Machines) -> None:
    m = onboarded
    debrief(m.s, m.sam_sessions[0])
    good = send(m.s, m.t)

    @settings(max_examples=50, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(corruptions(len(good)))
    def check(corrupt: Callable[[bytes], bytes]) -> None:
        bad = corrupt(good)
        if bad == good:
            return
        rejected(m.t, bad)

    check()
    assert m.t.exchange.import_packet(good).added == 1


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))] or [path]
    return [path]


def test_corrupted_content_signed_by_the_sender(onboarded: Machines) -> None:
    """Even the real sender cannot get altered entries in: each leaf of a real packet replaced
    by another value, re-signed and re-encrypted, is refused with nothing changed -- or, when
    the change is harmless (the packet's own id, say), imported with the vault still whole."""
    m = onboarded
    t, s, case = m.t, m.s, m.case
    debrief(s, m.sam_sessions[0], "notes")
    s.consent.revoke(case, s.consent.records(case)[0].consent_id, "pause", party="client",
                     activities_=("clothed_touch",), at="2026-02-03T09:00")
    base = draft(s, t)
    paths = [p for p in _leaves(base) if p and p[0] != "state"]
    values = st.one_of(st.none(), st.booleans(), st.integers(-2, 10**6),
                       st.text(max_size=12), st.just(str(uuid.uuid4())),
                       st.just(s.actor.member_id), st.just("0" * 64))

    @settings(max_examples=50, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(paths), values)
    def check(path: tuple[Any, ...], value: Any) -> None:
        body = copy.deepcopy(base)
        node = body
        for step in path[:-1]:
            node = node[step]
        if node[path[-1]] == value:
            return
        node[path[-1]] = value
        before = snapshot(t)
        try:
            result = t.exchange.import_packet(reseal(s, t, body))
        except PacketRejected:
            assert snapshot(t) == before
        else:
            if result.duplicate:  # its id was imported before: ignored, whatever it says
                assert snapshot(t) == before
            else:
                assert path[0] in ("packet_id", "number", "created_at", "seen", "cases"), path
                assert t.verify().ok

    check()


def test_corrupted_onboarding_content(machines: Machines) -> None:
    """The therapist's first packet to the supervisor carries every kind of entry and the
    members' cards: no corruption of it, even re-signed, gets anything but a clean refusal or
    a whole, verifying vault."""
    m = machines
    t, v = m.t, m.v
    base = draft(t, v)
    paths = [p for p in _leaves(base) if p and p[0] != "state"]
    values = st.one_of(st.none(), st.booleans(), st.integers(-2, 10**6), st.text(max_size=12),
                       st.just([]), st.just({}), st.just(str(uuid.uuid4())))

    @settings(max_examples=60, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(paths), values)
    def check(path: tuple[Any, ...], value: Any) -> None:
        body = copy.deepcopy(base)
        body["packet_id"] = str(uuid.uuid4())
        node = body
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
        before = snapshot(v)
        try:
            v.exchange.import_packet(reseal(t, v, body))
        except PacketRejected:
            assert snapshot(v) == before
        else:
            assert v.verify().ok

    check()
