"""Issue 18: an exchange peer notices a rolled-back vault. Sam's vault is copied aside, Sam
writes a debrief and sends it to the therapist, then the copy is put back: the therapist's next
packet acknowledges a packet -- and a debrief of Sam's own -- that Sam's vault no longer has.
The import still applies (the packet is genuine) and its report says this vault is older; the
command line prints it (tests/core/exchange/test_exchange_cli.py style: a subprocess)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.conftest import cli
from tests.core.exchange.test_exchange import PASS, Machines, debrief, machines, send  # noqa: F401
from triad.messages import older_by_peer
from triad.workspace import Workspace


def test_a_packet_acknowledging_what_this_vault_no_longer_has_says_it_is_older(
        machines: Machines, tmp_path: Path) -> None:  # noqa: F811
    m = machines
    t, case = m.t, m.case
    path = tmp_path / "surrogate.triad"
    assert m.s.exchange.import_packet(send(t, m.s)).older is None
    r = t.exchange.import_packet(send(m.s, t))
    assert r.older is None  # an ordinary round: nothing to say
    m.s.close()
    aside = tmp_path / "sam-aside.triad"
    shutil.copytree(path, aside)
    m.s = Workspace.open(path, PASS)
    debrief(m.s, m.sam_sessions[0], "written after the copy")
    assert t.exchange.import_packet(send(m.s, t)).added == 1  # the therapist has it now
    m.s.close()
    shutil.rmtree(path)
    shutil.copytree(aside, path)  # Sam's vault put back from the copy
    m.s = Workspace.open(path, PASS, accept_older="testing the exchange")
    t.measures.record(case, "suds", 5, on="2026-02-10")
    packet = send(t, m.s)
    before = m.s.measures.list(case)
    r = m.s.exchange.import_packet(packet)
    assert r.older is not None and (r.older.packets, r.older.entries) == (1, 1)
    assert len(m.s.measures.list(case)) == len(before) + 1  # imported all the same
    text = older_by_peer(r.older.packets, r.older.entries)
    assert "older than the one this contact last heard from" in text and "imported" in text


def test_the_command_line_prints_the_warning(machines: Machines, tmp_path: Path) -> None:  # noqa: F811
    m = machines
    t = m.t
    path = tmp_path / "surrogate.triad"
    m.s.exchange.import_packet(send(t, m.s))
    t.exchange.import_packet(send(m.s, t))
    m.s.close()
    aside = tmp_path / "sam-aside.triad"
    shutil.copytree(path, aside)
    m.s = Workspace.open(path, PASS)
    t.exchange.import_packet(send(m.s, t))  # Sam's packet #2, lost with the rollback
    m.s.close()
    shutil.rmtree(path)
    shutil.copytree(aside, path)
    sam = Workspace.open(path, PASS, accept_older="testing the exchange")
    packet = tmp_path / "to-sam.age"
    packet.write_bytes(send(t, sam))
    sam.close()
    done = cli("packet", "import", str(path), str(packet), env={"TRIAD_PASSPHRASE": PASS})
    assert done.code == 0, done.err
    assert done.out.startswith("Imported packet")
    assert "warning: This vault is older than the one this contact last heard from" in done.err
    assert "acknowledges 1 packet this vault" in done.err
