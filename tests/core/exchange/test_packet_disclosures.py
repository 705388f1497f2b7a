"""Each packet written for a contact is one disclosure (issue 17): by ``write_packet`` and by a
sync pass over the exchange folders; none when a pass writes no packet, and none for a packet
that carries acknowledgements only (no part of the record). The surrogate partner's packets
to the therapist are her disclosures, in her own vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.exchange.test_exchange import Machines, debrief, machines  # noqa: F401
from triad.casefile.disclosures import To, What
from triad.errors import StorageCode, StorageFailed
from triad.workspace import Workspace


def accounting(ws: Workspace) -> list[tuple[What, To, str, tuple[str, ...]]]:
    return [(d.what, d.to, d.member_id, d.case_ids) for d in ws.disclosures.list()]


def test_write_packet_and_a_sync_pass_record_one_disclosure_per_packet(
        machines: Machines, tmp_path: Path) -> None:  # noqa: F811
    m = machines
    t, s, case = m.t, m.s, m.case
    sam = s.actor.member_id
    t.exchange.write_packet(sam, tmp_path / "p1")
    assert accounting(t) == [(What.PACKET, To.CONTACT, sam, (case,))]
    assert t.disclosures.list()[0].member_name == "Sam"
    s.exchange.import_packet((tmp_path / "p1").read_bytes())
    # Sam's answer carries acknowledgements only: no part of the record, not a disclosure
    s.exchange.write_packet(t.actor.member_id, tmp_path / "ack")
    assert accounting(s) == []
    t.exchange.import_packet((tmp_path / "ack").read_bytes())
    # the folders: a pass that writes a packet records it; a quiet pass records nothing
    out, inbox = tmp_path / "to-sam", tmp_path / "to-tess"
    out.mkdir()
    inbox.mkdir()
    t.exchange.set_folders(sam, outbox=out, inbox=inbox)
    t.measures.record(case, "suds", 6, on="2026-02-08")
    report = t.exchange.sync()
    assert len(report.written) == 1
    assert len(accounting(t)) == 2
    assert not t.exchange.sync().written
    assert len(accounting(t)) == 2
    # Sam's debrief travels to the therapist: her own vault accounts for it
    debrief(s, m.sam_sessions[0])
    s.exchange.write_packet(t.actor.member_id, tmp_path / "p2")
    assert accounting(s) == [(What.PACKET, To.CONTACT, t.actor.member_id, (case,))]
    # never a path or a file name
    for ws in (t, s):
        for e in ws.log.entries("kind=?", ("disclosure.recorded",)):
            assert str(tmp_path) not in str(e.body) and "p2" not in str(e.body)


def test_a_packet_whose_disclosure_cannot_be_recorded_is_taken_back_and_not_marked_sent(
        machines: Machines, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    m = machines
    t, s = m.t, m.s
    sam = s.actor.member_id

    def refuse(*_a: object, **_k: object) -> None:
        raise StorageFailed(StorageCode.SQLITE)  # the vault's disk is full

    monkeypatch.setattr(t.disclosures, "record", refuse)
    with pytest.raises(StorageFailed):
        t.exchange.write_packet(sam, tmp_path / "p1")
    assert not (tmp_path / "p1").exists()
    assert t.exchange.pending(sam)  # nothing was marked sent: the next packet carries it all
    monkeypatch.undo()
    t.exchange.write_packet(sam, tmp_path / "p1")
    assert len(accounting(t)) == 1
