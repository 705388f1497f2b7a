"""README's exit codes hold for every triad-cli command with a broken output (standard output
on /dev/full) and with a broken input (a missing file, a folder, /dev/zero, bad UTF-8, no
terminal for a passphrase): 2 and one line on stderr for output and input problems, never
"unexpected internal error", never a traceback (issue 14, Minor 10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, DEMO_PASS, copy_demo
from tests.core.conftest import ROOT, cli
from tests.stopped_clock import CLI_AT

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "TRIAD_NEW_PASSPHRASE": DEMO_PASS,
       "TRIAD_TEST_KEYRING_FILE": "", "PYTHONPATH": str(ROOT)}
CASE = "C-2026-001"
SUPERVISOR = "Dr Amara Okafor"
FULL = "cannot write the output (No space left on device); check the disk or where the output goes"

# (name, arguments; {V} the vault, {T} a scratch folder, {F} an open finding, {B} a backup)
COMMANDS: list[tuple[str, tuple[str, ...]]] = [
    ("init", ("init", "{T}/new.triad", "--name", "Dr New", "--role", "therapist")),
    ("demo", ("demo", "{T}/demo2.triad")),
    ("member add", ("member", "add", "{V}", "--name", "Kim Park", "--role", "surrogate")),
    ("member remove", ("member", "remove", "{V}", "--name", "Ilse Nowak")),
    ("member list", ("member", "list", "{V}")),
    ("passwd", ("passwd", "{V}")),
    ("verify", ("verify", "{V}")),
    ("recovery-code", ("recovery-code", "{V}")),
    ("backup", ("backup", "{V}", "{T}/b.triadbak")),
    ("restore", ("restore", "{B}", "{T}/restored.triad")),
    ("quick-unlock status", ("quick-unlock", "{V}", "status")),
    ("cases", ("cases", "{V}")),
    ("show", ("show", "{V}", CASE)),
    ("export-json", ("export-json", "{V}", CASE)),
    ("import-json", ("import-json", "{V}", "{T}/case.json")),
    ("audit", ("audit", "{V}")),
    ("audit json", ("audit", "{V}", "--format", "json")),
    ("audit-trail", ("audit-trail", "{V}")),
    ("signoff", ("signoff", "{V}", "{F}", "--comment", "Seen.", "--member", SUPERVISOR)),
    ("remediate", ("remediate", "{V}", "{F}", "--note", "Done.")),
    ("audit-settings", ("audit-settings", "{V}")),
    ("identity export", ("identity", "export", "{V}", "-o", "{T}/me.card")),
]
# Commands that print on standard error only: a broken standard output does not concern them.
STDERR_ONLY = {"report progress": ("report", "progress", "{V}", CASE, "-o", "{T}/p.pdf")}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, demo_path: Path) -> dict[str, str]:
    """The demo practice's backup, one open finding and one case file, made once."""
    folder = tmp_path_factory.mktemp("world")
    # a private copy: a backup and an export are recorded as disclosures (issue 17)
    vault = copy_demo(demo_path, folder)
    assert cli("backup", str(vault), str(folder / "demo.triadbak"), env=ENV,
               now=DEMO_NOW).code == 0
    audit = json.loads(cli("audit", str(vault), "--format", "json", env=ENV,
                           now=DEMO_NOW).out)
    exported = cli("export-json", str(vault), CASE, env=ENV, now=DEMO_NOW).out
    (folder / "case.json").write_text(exported, encoding="utf-8")
    return {"B": str(folder / "demo.triadbak"), "case": str(folder / "case.json"),
            "F": next(f["finding_id"] for f in audit["findings"] if f["status"] == "open")}


def filled(args: tuple[str, ...], vault: Path, tmp: Path, world: dict[str, str]) -> list[str]:
    return [a.format(V=vault, T=tmp, F=world["F"], B=world["B"]) for a in args]


def run_to_full(argv: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w") as full:
        return subprocess.run([sys.executable, "-c", CLI_AT, DEMO_NOW.isoformat(), *argv],
                              stdout=full, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              text=True, cwd=ROOT, env={**os.environ, **ENV}, timeout=300)


@pytest.mark.parametrize(("name", "args"), COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_with_a_broken_output_exits_2_in_one_line(
        name: str, args: tuple[str, ...], demo_copy: Path, tmp_path: Path,
        world: dict[str, str]) -> None:
    if name == "import-json":
        (tmp_path / "case.json").write_text(Path(world["case"]).read_text(encoding="utf-8"))
        demo_copy = tmp_path / "other.triad"
        assert cli("init", str(demo_copy), "--name", "Dr Other", "--role", "therapist",
                   env=ENV).code == 0
    done = run_to_full(filled(args, demo_copy, tmp_path, world), tmp_path)
    assert done.returncode == 2, (name, done.stderr)
    last = done.stderr.strip().splitlines()[-1]
    if name in ("init", "recovery-code"):  # the new code was lost: say how to replace it
        assert "recovery code was not shown: run 'triad-cli recovery-code" in last, last
    else:
        assert last == f"triad-cli: {FULL}", (name, done.stderr)
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr


def test_a_command_that_prints_on_stderr_only_ignores_a_broken_output(
        demo_copy: Path, tmp_path: Path, world: dict[str, str]) -> None:
    for args in STDERR_ONLY.values():
        done = run_to_full(filled(args, demo_copy, tmp_path, world), tmp_path)
        assert done.returncode == 0, done.stderr


BROKEN_INPUTS = {
    "missing": "{T}/missing",
    "a folder": "{T}",
    "/dev/zero": "/dev/zero",
}


@pytest.mark.parametrize("command", [("import-json", "{V}", "{IN}"),
                                     ("packet", "import", "{V}", "{IN}"),
                                     ("identity", "import", "{V}", "{IN}",
                                      "--confirm-fingerprint", "AAAA"),
                                     ("report", "progress", "{V}", CASE, "-o", "{T}/p.pdf",
                                      "--narrative-file", "{IN}")],
                         ids=["import-json", "packet import", "identity import", "narrative"])
def test_every_command_that_reads_a_file_refuses_a_broken_input_with_2(
        command: tuple[str, ...], demo_path: Path, tmp_path: Path) -> None:
    for what, path in BROKEN_INPUTS.items():
        argv = [a.replace("{IN}", path).format(V=demo_path, T=tmp_path) for a in command]
        done = cli(*argv, env=ENV, now=DEMO_NOW)
        lines = done.err.strip().splitlines()
        assert done.code == 2 and len(lines) == 1, (what, done.err)
        assert "internal error" not in done.err, what
    assert not (tmp_path / "p.pdf").exists()


def test_no_terminal_for_a_passphrase_is_a_usage_error(demo_path: Path) -> None:
    done = cli("cases", str(demo_path), now=DEMO_NOW)  # no TRIAD_PASSPHRASE, stdin not a tty
    assert done.code == 2 and "set TRIAD_PASSPHRASE" in done.err
    assert len(done.err.strip().splitlines()) == 1


def test_a_device_given_as_a_backup_is_refused_not_read(tmp_path: Path) -> None:
    done = cli("restore", "/dev/zero", str(tmp_path / "r.triad"), env=ENV)
    assert done.code == 4 and "not a Triad backup" in done.err
    assert not (tmp_path / "r.triad").exists()
