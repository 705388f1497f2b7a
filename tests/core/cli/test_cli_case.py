"""demo, cases, show, export-json, import-json from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.conftest import cli

ENV = {"TRIAD_NEW_PASSPHRASE": "demo passphrase", "TRIAD_PASSPHRASE": "demo passphrase"}


def test_demo_cases_show_export_import(tmp_path: Path) -> None:
    v = str(tmp_path / "demo.triad")
    made = cli("demo", v, env=ENV)
    assert made.code == 0, made.err
    assert "5 cases" in made.out
    cases = cli("cases", v, env=ENV)
    lines = cases.out.strip().splitlines()
    assert lines[0].split() == ["CODE", "STATUS", "PHASE", "NEXT"] and len(lines) == 6
    # C-…-005: its triad agreement awaits the surrogate partner's countersignature (issue 13)
    assert "review the debrief of" in lines[1] and "awaiting Jonas Berg's signature" in lines[5]
    paused = cli("cases", v, "--status", "paused", env=ENV)
    assert len(paused.out.strip().splitlines()) == 2
    code = lines[3].split()[0]
    shown = cli("show", v, code, env=ENV)
    assert shown.code == 0 and "paused" in shown.out and "revoked" in shown.out
    assert "Γιώργος" not in shown.out  # pseudonymised by default
    assert "Γιώργος" in cli("show", v, code, "--show-names", env=ENV).out
    surrogate_view = cli("show", v, code, "--show-names", "--member", "Jonas Berg", env=ENV)
    assert surrogate_view.code == 0 and "Γιώργος" not in surrogate_view.out
    out = tmp_path / "case.json"
    assert cli("export-json", v, code, "-o", str(out), env=ENV).code == 0
    fresh = str(tmp_path / "fresh.triad")
    assert cli("init", fresh, "--name", "Receiver", "--role", "therapist", env=ENV).code == 0
    imported = cli("import-json", fresh, str(out), env=ENV)
    assert imported.code == 0 and "Imported case" in imported.out, imported.err
    again = cli("export-json", fresh, code, env=ENV)
    assert json.loads(again.out) == json.loads(out.read_text())
    twice = cli("import-json", fresh, str(out), env=ENV)
    assert "nothing changed" in twice.out


def test_bad_case_file_and_unknown_case(tmp_path: Path) -> None:
    v = str(tmp_path / "v.triad")
    assert cli("init", v, "--name", "T", "--role", "therapist", env=ENV).code == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "triad-case", "version": 1}')
    r = cli("import-json", v, str(bad), env=ENV)
    assert r.code == 2 and "invalid case file at $" in r.err and "nothing was imported" in r.err
    missing = cli("show", v, "C-1999-001", env=ENV)
    assert missing.code == 2 and "no such case" in missing.err
    none = cli("cases", v, env=ENV)
    assert none.code == 0 and none.out.strip() == "No cases."
