"""Hand-over and the records custodian from the command line, on the demo practice (issue 17):
`member remove` is refused while the therapist holds cases, listing them; `case transfer` hands
each over; then the removal goes through; the custodian's take-over needs the supervisor."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO_NOW
from tests.core.conftest import cli
from triad import demo

ENV = {"TRIAD_NEW_PASSPHRASE": "demo passphrase", "TRIAD_PASSPHRASE": "demo passphrase"}


def _run(*args: str) -> str:
    done = cli(*args, env=ENV, now=DEMO_NOW)
    assert done.code == 0, done.err
    return done.out


def _codes(v: str, member: str) -> list[str]:
    out = _run("cases", v, "--member", member)
    return [] if out.startswith("No cases") else [
        line.split()[0] for line in out.strip().splitlines()[1:]]


def test_a_therapist_holding_cases_is_not_removed_until_they_are_handed_over(
        demo_copy: Path) -> None:
    v = str(demo_copy)
    codes = _codes(v, demo.THERAPIST)
    assert len(codes) == 5
    _run("member", "add", v, "--name", "Dr New", "--role", "therapist")
    # the outside finding: removing her orphaned every case. Now refused, naming them.
    refused = cli("member", "remove", v, "--name", demo.THERAPIST, "--member", "Dr New",
                  env=ENV, now=DEMO_NOW)
    assert refused.code == 2, refused.out
    assert all(code in refused.err for code in codes)
    assert "triad-cli case transfer" in refused.err and demo.THERAPIST not in refused.err
    assert _codes(v, "Dr New") == []
    # she hands each case over
    for code in codes:
        out = _run("case", "transfer", v, code, "--to", "Dr New", "--reason", "Retiring")
        assert f"Handed {code} over to Dr New" in out
    assert _codes(v, demo.THERAPIST) == []
    assert _codes(v, "Dr New") == codes
    # the new therapist does what a case's therapist does: export
    assert '"case_id"' in _run("export-json", v, codes[0], "--member", "Dr New")
    # and now the removal goes through
    assert "Removed the therapist" in _run("member", "remove", v, "--name", demo.THERAPIST,
                                            "--member", "Dr New")
    assert _codes(v, "Dr New") == codes
    assert "OK" in _run("verify", v, "--member", "Dr New").upper()


def test_the_custodian_takes_custody_only_with_the_supervisor(demo_copy: Path) -> None:
    v = str(demo_copy)
    code = _codes(v, demo.THERAPIST)[0]
    _run("member", "add", v, "--name", "Dr Keeper", "--role", "therapist")
    assert "no records custodian" in _run("practice", "custodian", v)
    assert "Records custodian: Dr Keeper" in _run("practice", "custodian", v, "--name",
                                                   "Dr Keeper")
    # only the custodian asks
    not_her = cli("case", "custody", v, code, "--reason", "ill", env=ENV, now=DEMO_NOW)
    assert not_her.code != 0 and "records custodian" in not_her.err
    asked = _run("case", "custody", v, code, "--member", "Dr Keeper", "--reason",
                 "Dr Holt is in hospital and cannot practise.")
    assert "countersign" in asked
    assert _codes(v, "Dr Keeper") == []  # nothing moves on the request alone
    listed = _run("case", "custody-requests", v, "--member", demo.SUPERVISOR)
    assert code in listed and "incapacitated" in listed and "Dr Keeper" in listed
    # a therapist cannot countersign; the case's supervisor does
    wrong = cli("case", "countersign-custody", v, code, "--member", "Dr Keeper", env=ENV,
                now=DEMO_NOW)
    assert wrong.code != 0
    assert "Dr Keeper holds the case" in _run("case", "countersign-custody", v, code,
                                              "--member", demo.SUPERVISOR, "--comment", "Agreed")
    assert _codes(v, "Dr Keeper") == [code]
    assert code not in _codes(v, demo.THERAPIST)
    assert "No take-over" in _run("case", "custody-requests", v, "--member", demo.SUPERVISOR)
