"""A disposal travels (issue 17): the therapist disposes of a closed case on her machine; the
next packet to the surrogate partner's and the supervisor's machines carries the signed
disposal with the headers their chains lack -- after the release ended with the closing -- and
each vault disposes the same way: the case gone, ``verify`` OK, no byte of it in the file."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from tests.core.exchange.test_exchange import LEGAL_NAME, Machines, debrief, machines, payload, send
from tests.core.exchange.test_release_end import _close
from tests.core.vaultpages import plaintext_of
from triad import crypto
from triad.casefile.disclosures import To, What
from triad.errors import NotFound, PacketRejected
from triad.exchange import packets
from triad.log.entries import Entry
from triad.transfer.case_json import ENTRY_FIELDS

__all__ = ["machines"]  # the fixture

SAM_SAYS = "Sam noticed the client relax once the music started"


def _later(m: Machines, day: str) -> None:
    moment = datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)
    for ws in (m.t, m.s, m.v):
        ws.clock = lambda: moment


def _disposed_on_the_therapists_machine(m: Machines) -> bytes:
    for other in (m.s, m.v):
        other.exchange.import_packet(send(m.t, other))
    debrief(m.s, m.sam_sessions[0], SAM_SAYS)
    m.t.exchange.import_packet(send(m.s, m.t))
    m.v.exchange.import_packet(send(m.t, m.v))
    _close(m.t, m.case)
    m.t.cases.update_client(m.case, concerns_note="Written after the closing")  # never sent
    m.sky.close()  # the therapist's vault alone: its next generation is written at once
    ends = m.t.retention.of(m.t.cases.get(m.case))
    assert ends is not None
    _later(m, ends.ends_on)
    m.t.disposal.dispose(m.case, "Retention period ended")
    return send(m.t, m.s)


def test_the_disposal_reaches_the_surrogates_and_supervisors_vaults(machines: Machines) -> None:
    m = machines
    code = m.t.cases.get(m.case).code
    to_sam = _disposed_on_the_therapists_machine(m)
    sam_before = plaintext_of(m.s)
    m.s.vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SAM_SAYS.encode() in plaintext_of(m.s) or SAM_SAYS.encode() in sam_before
    p = payload(to_sam, m.s)
    assert [e["kind"] for e in p["entries"]] == ["case.disposed"]
    assert p["headers"]  # what Sam's copy lacks of the therapist's chain
    result = m.s.exchange.import_packet(to_sam)
    assert result.added == 1
    result = m.v.exchange.import_packet(send(m.t, m.v))
    assert result.added == 1
    for ws in (m.s, m.v):
        with pytest.raises(NotFound):
            ws.cases.get(m.case)
        assert ws.cases.list() == []
        assert ws.verify().ok, ws.verify().log.problems
        assert [d.code for d in ws.disposal.register()] == [code]
        text = plaintext_of(ws)
        for gone in (SAM_SAYS.encode(), code.encode() + b'", "legal_name', LEGAL_NAME.encode()):
            assert gone not in text
    assert m.t.verify().ok
    # nothing more to send of it: the next packets carry no entries of the disposed case
    for other in (m.s, m.v):
        assert not m.t.exchange.pending(other.actor.member_id)


def test_the_disposal_in_a_packet_holds_the_packet_schema(machines: Machines) -> None:
    m = machines
    raw = _disposed_on_the_therapists_machine(m)
    row = m.s.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                           (m.s.actor.member_id,))
    assert row is not None
    doc = packets.parse(packets.decrypt(raw, row[0]))
    validator = jsonschema.Draft202012Validator(packets.schema())
    assert not list(validator.iter_errors(doc))
    # a mistyped field, signed by its author, is refused by the parser with the field named
    bad = copy.deepcopy(doc)
    e = bad["payload"]["entries"][0]
    e["body"]["entry_count"] = "12"
    key = bytes(m.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (m.t.actor.member_id,))[0])
    e["hash"] = Entry(**{f: e[f] for f in ENTRY_FIELDS}).computed_hash()
    e["signature"] = crypto.b64e(crypto.sign(key, bytes.fromhex(e["hash"])))
    with pytest.raises(PacketRejected) as refused:
        packets.parse(crypto.canonical_json(bad))
    assert refused.value.data == {"item": "entries[0].body.entry_count", "rule": "type"}


def test_a_packet_written_before_the_disposal_reached_its_author_is_taken(
        machines: Machines) -> None:
    """Sam wrote a debrief of the case before the disposal reached him: the therapist's vault
    takes the rest of his packet and drops what it carries of the disposed case."""
    m = machines
    for other in (m.s, m.v):
        other.exchange.import_packet(send(m.t, other))
    _close(m.t, m.case)
    debrief(m.s, m.sam_sessions[0], SAM_SAYS)
    late = send(m.s, m.t)  # written before he knew
    m.sky.close()
    ends = m.t.retention.of(m.t.cases.get(m.case))
    assert ends is not None
    _later(m, ends.ends_on)
    m.t.disposal.dispose(m.case, "Retention period ended")
    result = m.t.exchange.import_packet(late)
    assert result.added == 0
    assert m.t.verify().ok
    assert SAM_SAYS.encode() not in plaintext_of(m.t)


def test_the_disposal_is_written_as_a_packet_file_and_accounted_for(
        machines: Machines, tmp_path: Path) -> None:
    """Found by an outside attack: the packet file carrying a disposal was removed again,
    because its disclosure named a case the vault no longer knew ("no such case"); every
    packet to that contact failed from then on and her copy was never disposed. The
    disposed case's accounting stays readable to its therapist."""
    m = machines
    _disposed_on_the_therapists_machine(m)  # built and sent to Sam; Vera's is written below
    out = tmp_path / "to-vera.triadpacket"
    m.t.exchange.write_packet(m.v.actor.member_id, out)
    assert m.v.exchange.import_packet(out.read_bytes()).added == 1
    with pytest.raises(NotFound):
        m.v.cases.get(m.case)
    last = m.t.disclosures.list(m.case)[-1]
    assert (last.what, last.to, last.member_id) == (What.PACKET, To.CONTACT, m.v.actor.member_id)
    assert last.case_ids == (m.case,)
