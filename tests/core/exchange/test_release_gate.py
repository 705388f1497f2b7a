"""Issue 13, point 2: the client's release of information gates disclosure. On the demo
practice, C-2026-002's release is revoked, then a client note and a goal are added: nothing of
them may go to the case's surrogate partner or supervisor while no release is in force, and
the export says so, naming the release -- through the services, the outbox folder sync and
``triad-cli packet export``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli
from tests.core.exchange.test_exchange import introduce, new_machine, payload, send
from triad.casefile.consent import release_in_force
from triad.errors import ExchangeCode, ExchangeError
from triad.messages import Context, sentence
from triad.roles import Role
from triad.workspace import Workspace

CASE = "C-2026-002"
NOTE = "Client note written after the release was withdrawn"
GOAL = "Goal set after the release was withdrawn"


@dataclass
class Demo:
    path: Path
    t: Workspace  # the demo therapist
    s: Workspace  # a surrogate partner on her own machine, shared into C-2026-002
    v: Workspace  # a supervisor on hers, made the case's supervisor

    def close(self) -> None:
        for ws in (self.s, self.v, self.t):
            ws.close()


@pytest.fixture
def demo(demo_copy: Path, tmp_path: Path) -> Iterator[Demo]:
    t = Workspace.open(demo_copy, DEMO_PASS)
    s = new_machine(tmp_path / "sam.triad", "Sam Rivera", Role.SURROGATE)
    v = new_machine(tmp_path / "vera.triad", "Vera Lind", Role.SUPERVISOR)
    for other in (s, v):
        introduce(other, t)
        introduce(t, other)
        t.exchange.share(CASE, other.actor.member_id)
    d = Demo(demo_copy, t, s, v)
    for other in (s, v):  # the release is in force: the case goes to both
        other.exchange.import_packet(send(t, other, CASE))
    assert [c.code for c in s.cases.list()] == [CASE]
    yield d
    d.close()


def _release(ws: Workspace) -> str:
    return next(r.consent_id for r in ws.consent.records(CASE)
                if r.form_id == "release-of-information")


def _revoke_and_write(d: Demo) -> None:
    t = d.t
    t.consent.revoke(CASE, _release(t), "The client withdrew the release by phone.")
    # the revocation itself still goes: their copies learn the release ended
    # (test_release_end.py); nothing written after it does
    for other in (d.s, d.v):
        other.exchange.import_packet(send(t, other))
    t.cases.update_client(CASE, concerns_note=NOTE)
    t.cases.add_goal(CASE, GOAL, "2", "6", "SUDS")


def test_release_in_force_follows_the_records(demo: Demo) -> None:
    records = demo.t.consent.records(CASE)
    now = demo.t.local_now()
    assert release_in_force(records, now)
    assert not release_in_force([r for r in records if r.form_id != "release-of-information"],
                                now)
    demo.t.consent.revoke(CASE, _release(demo.t), "Withdrawn.")
    assert not release_in_force(demo.t.consent.records(CASE), demo.t.local_now())


@pytest.mark.parametrize("who", ["s", "v"])
def test_nothing_new_goes_while_the_release_is_revoked(demo: Demo, who: str) -> None:
    other: Workspace = getattr(demo, who)
    _revoke_and_write(demo)
    for case_key in (CASE, None):  # the case alone, or every shared case
        with pytest.raises(ExchangeError) as caught:
            demo.t.exchange.build_packet(other.actor.member_id, case_key)
        exc = caught.value
        assert exc.detail == ExchangeCode.NO_RELEASE and exc.data["case"] == CASE
        assert exc.data["release"] == "revoked" and exc.data["since"] == DEMO_NOW.date().isoformat()
        words = sentence(exc)
        assert CASE in words and "release of information" in words and "revoked it on" in words
        assert "Consent tab" in words
        assert "in the Triad app" in sentence(exc, context=Context.CLI)
    assert not demo.t.exchange.pending(other.actor.member_id)
    assert NOTE not in other.cases.get(CASE).client.concerns_note


def test_what_waited_goes_once_a_new_release_is_in_force(demo: Demo) -> None:
    from tests.core.practice import sigs

    _revoke_and_write(demo)
    later = DEMO_NOW + timedelta(hours=2)  # the client signs a new release later that day
    demo.t.clock = lambda: later
    day = demo.t.local_now()[:10]
    client = demo.t.cases.get(CASE).client.legal_name  # typed by the client (issue 13)
    demo.t.consent.give(CASE, "release-of-information",
                        sigs(day, "client", "therapist", client=client),
                        valid_from=demo.t.local_now())
    demo.s.exchange.import_packet(send(demo.t, demo.s, CASE))
    assert demo.s.cases.get(CASE).client.concerns_note == NOTE
    assert GOAL in [g.description for g in demo.s.cases.goals(CASE)]


def test_entries_already_sent_stay_sent(demo: Demo) -> None:
    before = {g.description for g in demo.s.cases.goals(CASE)}
    _revoke_and_write(demo)
    assert {g.description for g in demo.s.cases.goals(CASE)} == before  # nothing taken back
    assert demo.s.cases.get(CASE).code == CASE


def test_the_folder_sync_skips_the_case_with_a_note(demo: Demo, tmp_path: Path) -> None:
    out, inbox = tmp_path / "out", tmp_path / "in"
    out.mkdir()
    inbox.mkdir()
    demo.t.exchange.set_folders(demo.s.actor.member_id, out, inbox)
    _revoke_and_write(demo)
    report = demo.t.exchange.sync()
    assert not report.written and not list(out.iterdir())
    assert [(p, demo.t.cases.get(c).code) for p, c in report.withheld] == \
        [(demo.s.actor.member_id, CASE)]


def test_a_packet_with_other_cases_leaves_the_case_out(demo: Demo) -> None:
    other_case = next(c.code for c in demo.t.cases.list() if c.code != CASE)
    demo.t.exchange.share(other_case, demo.s.actor.member_id)
    _revoke_and_write(demo)
    packet = demo.t.exchange.build_packet(demo.s.actor.member_id)
    assert [demo.t.cases.get(c).code for c in packet.withheld] == [CASE]
    assert [demo.t.cases.get(c).code for c in packet.case_ids] == [other_case]
    body = payload(packet.data, demo.s)
    assert body["cases"] == list(packet.case_ids)
    assert all(e["case_id"] != demo.t.cases.get(CASE).case_id
               for key in ("entries", "views", "headers") for e in body[key])


def test_packet_export_refuses_in_words(demo: Demo, tmp_path: Path) -> None:
    _revoke_and_write(demo)
    demo.t.close()
    out = tmp_path / "packet.age"
    done = cli("packet", "export", str(demo.path), "--case", CASE, "--to", "Sam Rivera",
               "-o", str(out), env={"TRIAD_PASSPHRASE": DEMO_PASS}, now=DEMO_NOW)
    demo.t = Workspace.open(demo.path, DEMO_PASS)
    assert done.code == 1, done
    assert f"nothing was sent about case {CASE}" in done.err
    assert "release of information" in done.err and "revoked it on" in done.err
    assert not out.exists()




def test_packet_export_names_the_case_it_left_out(demo: Demo, tmp_path: Path) -> None:
    other_case = next(c.code for c in demo.t.cases.list() if c.code != CASE)
    demo.t.exchange.share(other_case, demo.s.actor.member_id)
    _revoke_and_write(demo)
    demo.t.close()
    out = tmp_path / "packet.age"
    done = cli("packet", "export", str(demo.path), "--to", "Sam Rivera", "-o", str(out),
               env={"TRIAD_PASSPHRASE": DEMO_PASS}, now=DEMO_NOW)
    demo.t = Workspace.open(demo.path, DEMO_PASS)
    assert done.code == 0, done.err
    assert f"for case(s) {other_case}:" in done.out
    assert f"Left out: case(s) {CASE}: no release of information is in force" in done.out
    assert f"({CASE}: the client revoked it on {DEMO_NOW.date().isoformat()})" in done.out
    assert out.exists()
