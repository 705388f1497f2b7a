"""The exchange round trip from the command line: identity export/import with fingerprint
confirmation, case share, packet export/import, and the exit codes."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from tests.core.conftest import cli
from tests.core.exchange.test_exchange import PASS, debrief, new_machine
from tests.core.practice import SCOPE, legacy_triad, sigs
from triad.cli import main
from triad.roles import Role
from triad.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def vaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("TRIAD_PASSPHRASE", PASS)
    paths = {k: tmp_path / f"{k}.triad" for k in ("t", "s", "v")}
    t = new_machine(paths["t"], "Dr Tess", Role.THERAPIST)
    case = t.cases.open({"legal_name": "Client Person", "date_of_birth": "1990-01-02",
                         "presenting_concerns": ["anxiety"]}, opened_at="2026-01-05")
    t.capacity.record(case.case_id or "", "2026-01-08", "has-capacity", "")
    t.consent.give(case.case_id or "", "informed-consent",
                   sigs("2026-01-10", "client", "therapist"), grants=SCOPE,
                   valid_from="2026-01-10")
    # Issue 13: packets to a surrogate partner or supervisor need a release in force.
    # a surrogate session needs the triad agreement and a release in force too (issue 13)
    # Sam joins on his own machine: his agreement in the pre-issue-13 shape (the packet
    # round trip of a countersignature: tests/core/exchange/test_countersign_exchange.py)
    legacy_triad(t, case.case_id or "", "2026-01-10", "Sam", grants=list(SCOPE))
    t.consent.give(case.case_id or "", "release-of-information",
                   sigs("2026-01-10", "client", "therapist"), valid_from="2026-01-10")
    code = t.cases.get(case.case_id or "").code
    t.close()
    new_machine(paths["s"], "Sam", Role.SURROGATE).close()
    new_machine(paths["v"], "Vera", Role.SUPERVISOR).close()
    return {**{k: str(p) for k, p in paths.items()}, "case": code, "dir": str(tmp_path)}


def cards(capsys: pytest.CaptureFixture[str], v: dict[str, str]) -> dict[str, str]:
    """Export every card; returns the fingerprints (each the last line printed)."""
    fps = {}
    for k in ("t", "s", "v"):
        code, out, _ = run(capsys, "identity", "export", v[k], "-o", f"{v['dir']}/{k}.card")
        assert code == 0
        fps[k] = out.strip().splitlines()[-1]
    return fps


def test_round_trip(capsys: pytest.CaptureFixture[str], vaults: dict[str, str]) -> None:
    v, d = vaults, vaults["dir"]
    fps = cards(capsys, v)
    assert all(len(fp) == 24 and fp.count("-") == 4 for fp in fps.values())
    # without a confirmation and without a terminal to ask: refused, nothing imported
    code, out, err = run(capsys, "identity", "import", v["t"], f"{d}/s.card")
    assert code == 2 and "--confirm-fingerprint" in err and "Sam" not in err
    assert fps["s"] in out
    code, _, err = run(capsys, "identity", "import", v["t"], f"{d}/s.card",
                       "--confirm-fingerprint", fps["t"])
    assert code == 1 and "does not match" in err
    ws = Workspace.open(Path(v["t"]), PASS)
    assert ws.exchange.contacts() == []
    ws.close()
    typed = fps["s"].lower().replace("-", " ")  # read aloud, typed loosely
    for who, card, fp in (("t", "s", typed), ("s", "t", fps["t"]), ("t", "v", fps["v"]),
                          ("v", "t", fps["t"])):
        code, out, err = run(capsys, "identity", "import", v[who], f"{d}/{card}.card",
                             "--confirm-fingerprint", fp)
        assert code == 0, err
        assert "is now a contact" in out
    code, out, _ = run(capsys, "case", "share", v["t"], v["case"], "--with", "Sam")
    assert code == 0 and "Added Sam" in out
    # a packet for one case to a contact not yet in its triad: the command that adds them
    code, _, err = run(capsys, "packet", "export", v["t"], "--case", v["case"], "--to", "Vera",
                       "-o", f"{d}/p0")
    assert code == 2 and "'triad-cli case share VAULT CASE --with NAME'" in err
    assert not Path(f"{d}/p0").exists()
    assert run(capsys, "case", "share", v["t"], v["case"], "--with", "Vera")[0] == 0
    code, out, _ = run(capsys, "case", "share", v["t"], v["case"], "--with", "sam")
    assert code == 0 and "already" in out
    code, _, err = run(capsys, "case", "share", v["t"], v["case"], "--with", "Nobody")
    assert code == 2 and "no contact" in err
    # therapist -> surrogate: onboarding
    code, out, err = run(capsys, "packet", "export", v["t"], "--to", "Sam", "-o", f"{d}/p1")
    assert code == 0 and "packet #1" in out and v["case"] in out, err
    code, out, err = run(capsys, "packet", "import", v["s"], f"{d}/p1")
    assert code == 0 and "Imported packet #1 from Dr Tess (therapist)" in out, err
    code, out, _ = run(capsys, "packet", "import", v["s"], f"{d}/p1")
    assert code == 0 and "imported before; nothing changed" in out
    code, _, err = run(capsys, "packet", "import", v["v"], f"{d}/p1")
    assert code == 1 and "packet rejected: it is not encrypted to your key" in err
    # surrogate -> therapist: a debrief
    t = Workspace.open(Path(v["t"]), PASS)
    sid = t.sessions.schedule(v["case"], "surrogate_session", "2026-02-02T10:00", 60,
                              planned_activities=("conversation",)).subject_id or ""
    t.close()
    assert run(capsys, "packet", "export", v["t"], "--to", "Sam", "-o", f"{d}/p2")[0] == 0
    assert run(capsys, "packet", "import", v["s"], f"{d}/p2")[0] == 0
    s = Workspace.open(Path(v["s"]), PASS)
    debrief(s, sid, "notes")
    s.close()
    code, out, err = run(capsys, "packet", "export", v["s"], "--to", "Dr Tess", "-o", f"{d}/p3")
    assert code == 0 and ": 1 entry;" in out, err
    damaged = bytearray(Path(f"{d}/p3").read_bytes())
    damaged[len(damaged) // 2] ^= 1
    Path(f"{d}/p3-damaged").write_bytes(bytes(damaged))
    code, _, err = run(capsys, "packet", "import", v["t"], f"{d}/p3-damaged")
    assert code == 1 and "packet rejected" in err and "nothing was changed" in err
    code, out, err = run(capsys, "packet", "import", v["t"], f"{d}/p3")
    assert code == 0 and "1 new entry" in out, err
    # therapist -> supervisor: one case
    assert run(capsys, "packet", "export", v["t"], "--case", v["case"], "--to", "Vera",
               "-o", f"{d}/p4")[0] == 0
    code, out, _ = run(capsys, "packet", "import", v["v"], f"{d}/p4")
    assert code == 0 and "Imported packet #1 from Dr Tess" in out
    vera = Workspace.open(Path(v["v"]), PASS)
    try:
        assert vera.sessions.list(v["case"])[0].debrief is not None
        assert vera.verify().ok
    finally:
        vera.close()
    # a surrogate may not share; a missing file is a usage error
    code, _, err = run(capsys, "case", "share", v["s"], v["case"], "--with", "Dr Tess")
    assert code == 2 and "may not do this" in err
    assert run(capsys, "packet", "import", v["t"], f"{d}/missing")[0] == 2


def test_interactive_confirmation(capsys: pytest.CaptureFixture[str], vaults: dict[str, str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fps = cards(capsys, vaults)
    monkeypatch.setattr("triad.cli._common.interactive", lambda: True)
    answers = iter(["n", "yes"])
    asked: list[str] = []

    def answer(prompt: str = "") -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(builtins, "input", answer)
    card = f"{vaults['dir']}/s.card"
    code, out, _ = run(capsys, "identity", "import", vaults["t"], card)
    assert code == 1 and "nothing was imported" in out and fps["s"] in out
    code, out, _ = run(capsys, "identity", "import", vaults["t"], card)
    assert code == 0 and "Sam is now a contact" in out
    assert len(asked) == 2 and "Does it match?" in asked[0]


def test_a_bad_card_and_the_real_command(vaults: dict[str, str]) -> None:
    bad = Path(vaults["dir"]) / "bad.card"
    bad.write_text('{"format": "triad-identity", "version": 1}')
    env = {"TRIAD_PASSPHRASE": PASS}
    r = cli("identity", "import", vaults["t"], str(bad), "--confirm-fingerprint", "X", env=env)
    assert r.code == 1 and "not a Triad identity card" in r.err
    r = cli("identity", "export", vaults["s"], "-o", str(Path(vaults["dir"]) / "s.card"), env=env)
    assert r.code == 0, r.err
    card = (Path(vaults["dir"]) / "s.card").read_text()
    altered = card.replace('"surrogate"', '"therapist"')
    (Path(vaults["dir"]) / "altered.card").write_text(altered)
    r = cli("identity", "import", vaults["t"], str(Path(vaults["dir"]) / "altered.card"),
            "--confirm-fingerprint", r.out.strip().splitlines()[-1], env=env)
    assert r.code == 1 and "altered after its owner signed it" in r.err
