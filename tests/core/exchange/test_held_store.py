"""Issue 14, minor 14: a confirmed contact could park signed entries for a made-up case in the
receiver's held-entries store, with no limit. Now: entries for a case the sender was never
shared are refused, what waits from one sender is bounded (count and bytes), and what waits
too long is dropped -- its sender's next packet carries it again."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.core.exchange.test_exchange import Machines, machines, send
from triad import crypto
from triad.errors import PacketReason, PacketRejected
from triad.exchange import held, packets
from triad.log.entries import CaseId, Entry, EntryId, MemberId, utc_now
from triad.messages import sentence
from triad.transfer.case_json import ENTRY_FIELDS
from triad.workspace import Workspace

__all__ = ["machines"]  # the fixture


def _key(ws: Workspace) -> bytes:
    row = ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",
                          (ws.actor.member_id,))
    assert row is not None
    return bytes(row[0])


def _chain(ws: Workspace, case_id: str, kind: str, bodies: list[dict[str, Any]],
           first_seq: int = 2) -> list[Entry]:
    """Entries signed by ``ws``'s member, linked from ``first_seq`` on (seq 1 never sent: a
    gap no packet will ever fill)."""
    out: list[Entry] = []
    prev = "0" * 64
    for n, body in enumerate(bodies):
        draft = Entry(EntryId(str(uuid.uuid4())), CaseId(case_id), MemberId(ws.actor.member_id),
                      first_seq + n, kind, body, utc_now(), prev, "", "")
        digest = draft.computed_hash()
        out.append(replace(draft, hash=digest, signature=crypto.b64e(
            crypto.sign(_key(ws), bytes.fromhex(digest)))))
        prev = digest
    return out


def _packet(sender: Workspace, to: Workspace, case_id: str, entries: list[Entry]) -> bytes:
    """A packet ``sender``'s program never writes, signed and sealed all the same."""
    payload = {
        "packet_id": str(uuid.uuid4()), "number": 99, "created_at": utc_now(),
        "from": {"member_id": sender.actor.member_id, "signing_public": sender.actor.signing_public},
        "to": {"member_id": to.actor.member_id, "age_public": to.actor.age_public},
        "cases": [case_id], "members": [],
        "entries": [{f: getattr(e, f) for f in ENTRY_FIELDS} for e in entries],
        "views": [], "headers": [], "state": {}, "seen": 0,
    }
    return packets.seal(payload, _key(sender), to.actor.age_public)


def _debriefs(n: int) -> list[dict[str, Any]]:
    return [{"session_id": str(uuid.uuid4()), "held_at": "2026-02-02T10:00", "duration_min": 60,
             "activities_done": ["conversation"], "flags": []} for _ in range(n)]


def _goals(n: int, text: str = "A goal") -> list[dict[str, Any]]:
    return [{"goal_id": str(uuid.uuid4()), "description": text, "baseline": "2", "target": "6",
             "unit": "SUDS"} for _ in range(n)]


def test_a_contact_cannot_park_entries_for_a_case_she_was_never_shared(
        machines: Machines) -> None:
    m = machines
    made_up = str(uuid.uuid4())
    raw = _packet(m.s, m.t, made_up, _chain(m.s, made_up, "session.debriefed", _debriefs(50)))
    with pytest.raises(PacketRejected) as caught:
        m.t.exchange.import_packet(raw)
    assert caught.value.detail == PacketReason.CASE_NOT_SHARED
    assert "only the case's therapist can send a case you do not hold yet" in sentence(caught.value)
    assert not m.t.exchange.held() and not m.t.exchange.held_from()


def test_what_waits_from_one_sender_is_bounded(machines: Machines,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    m = machines
    made_up = str(uuid.uuid4())  # a therapist may send a case not held yet (its opening lost)
    monkeypatch.setattr(held, "MAX_HELD_ITEMS", 10)
    entries = _chain(m.t, made_up, "goal.set", _goals(11))
    with pytest.raises(PacketRejected) as caught:
        m.s.exchange.import_packet(_packet(m.t, m.s, made_up, entries))
    assert caught.value.detail == PacketReason.HELD_LIMIT
    assert "20,000 entries or 64 MB" in sentence(caught.value)
    assert not m.s.exchange.held()  # all or nothing
    r = m.s.exchange.import_packet(_packet(m.t, m.s, made_up, entries[:10]))
    assert r.held == 10
    assert m.s.exchange.held_from()[m.t.actor.member_id].items == 10
    monkeypatch.setattr(held, "MAX_HELD_ITEMS", 20)
    monkeypatch.setattr(held, "MAX_HELD_BYTES", m.s.exchange.held_from()[
        m.t.actor.member_id].bytes + 100)  # room for no more than a small item
    with pytest.raises(PacketRejected) as caught:
        m.s.exchange.import_packet(_packet(m.t, m.s, made_up, _chain(
            m.t, made_up, "goal.set", _goals(1, "x" * 500), first_seq=30)))
    assert caught.value.detail == PacketReason.HELD_LIMIT


def test_the_limits_are_ones_a_practice_never_meets() -> None:
    # A whole practice's record (40 cases x ~300 entries, ~1.2 KB each) behind one lost packet
    assert held.MAX_HELD_ITEMS >= 40 * 300 and held.MAX_HELD_BYTES >= 40 * 300 * 1200 * 3
    assert held.HELD_DAYS >= 60


def test_what_waits_too_long_is_dropped_and_sent_again(machines: Machines) -> None:
    m = machines
    t, s, case = m.t, m.s, m.case
    s.exchange.import_packet(send(t, s))
    t.measures.record(case, "suds", 7, on="2026-02-01")
    send(t, s)  # lost on the way
    t.measures.record(case, "suds", 6, on="2026-02-08")
    assert s.exchange.import_packet(send(t, s)).held == 1
    assert s.exchange.held_from()[t.actor.member_id].items == 1
    later = datetime.now(UTC) + timedelta(days=held.HELD_DAYS + 1)
    s.clock = lambda: later
    t.measures.record(case, "suds", 5, on="2026-02-15")
    r = s.exchange.import_packet(send(t, s))
    assert r.expired == 1 and r.held == 1  # the old one dropped; the new one waits, fresh
    assert s.exchange.held_from()[t.actor.member_id].oldest == held.now_stamp(s)
    # nothing is lost: Sam's next packet reports what she holds, and the therapist sends again
    t.exchange.import_packet(send(s, t))
    s.exchange.import_packet(send(t, s))
    assert sorted(x.value for x in s.measures.list(case)) == [5, 6, 7]
    assert not s.exchange.held()
