"""Leak scan: one scripted session through the command line, the core and the app window, with
canary names, passphrase and record text, in a private HOME, TMPDIR and XDG_CONFIG_HOME and
with a keyring backend that records what it is given.

The canaries must appear in no file under the vault folders, the temp folder, the settings
folder (all of HOME), the keyring's records or any stderr -- only in the files the user saved
(reports, the JSON export, the recovery sheet), which are checked to be the only places. Every
file's raw bytes are scanned, -wal and -shm included, also while the vault is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.reliability import canary
from tests.reliability.helpers import ROOT


def test_canaries_reach_only_the_files_the_user_saved(tmp_path: Path) -> None:
    home, tmp, config = tmp_path / "home", tmp_path / "tmp", tmp_path / "home" / ".config"
    vaults, saved, keyring_file = tmp_path / "vaults", tmp_path / "saved", tmp_path / "keyring.json"
    for folder in (home, tmp, config, vaults, saved):
        folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIAD_", "XDG_"))}
    env.update({
        "HOME": str(home), "TMPDIR": str(tmp), "XDG_CONFIG_HOME": str(config),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "PYTHON_KEYRING_BACKEND": "tests.reliability.recording_keyring.RecordingKeyring",
        "TRIAD_TEST_KEYRING_FILE": str(keyring_file), "TRIAD_INSECURE_TEST_KDF": "1",
        "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
    })
    (tmp / "runtime").mkdir(mode=0o700)
    stderr: list[str] = []

    def run(*args: str, secret: dict[str, str] | None = None) -> str:
        done = subprocess.run([sys.executable, *args], cwd=ROOT, env={**env, **(secret or {})},
                              capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
        stderr.append(done.stderr)
        assert done.returncode == 0, (args, done.stderr[-2000:])
        return done.stdout

    vault, other = vaults / "practice.triad", vaults / "colleague.triad"
    pw = {"TRIAD_NEW_PASSPHRASE": canary.PASSPHRASE, "TRIAD_PASSPHRASE": canary.PASSPHRASE}
    cli = ("-m", "triad")
    run(*cli, "init", str(vault), "--name", canary.THERAPIST, "--role", "therapist",
        "--practice", canary.PRACTICE, "--recovery-sheet", str(saved / "recovery.pdf"), secret=pw)
    run(*cli, "member", "add", str(vault), "--name", canary.SURROGATE, "--role", "surrogate",
        secret=pw)
    run(*cli, "demo", str(vaults / "demo.triad"), secret=pw)
    session = json.loads(run("-m", "tests.reliability.leak_session", str(vault), str(saved)))
    assert session["open_hits"] == [], session["open_hits"]
    assert session["quick_unlock"] == "enabled"
    code = session["code"]
    shown = run(*cli, "show", str(vault), code, "--show-names", secret=pw)
    assert canary.CLIENT in shown  # asked for on the terminal: standard output, not a file
    run(*cli, "cases", str(vault), secret=pw)
    run(*cli, "verify", str(vault), secret=pw)
    run(*cli, "report", "progress", str(vault), code, "--show-names", "-o",
        str(saved / "cli-progress.pdf"), secret=pw)
    run(*cli, "export-json", str(vault), code, "-o", str(saved / "case.json"), secret=pw)
    run(*cli, "backup", str(vault), str(saved / "practice.backup"), secret=pw)
    run(*cli, "init", str(other), "--name", "Dr Colleague", "--role", "therapist", secret=pw)
    run(*cli, "import-json", str(other), str(saved / "case.json"), secret=pw)
    run(*cli, "passwd", str(vault), secret={**pw, "TRIAD_NEW_PASSPHRASE": canary.PASSPHRASE + "-2"})
    app = json.loads(run("-m", "tests.reliability.app_session", str(vault),
                         canary.PASSPHRASE + "-2", canary.THERAPIST).splitlines()[-1])
    assert app["cases"] == 1 and app["tabs"] >= 1
    run(*cli, "quick-unlock", str(vault), "off", secret={"TRIAD_PASSPHRASE": canary.PASSPHRASE + "-2"})

    hits = canary.scan(vaults) + canary.scan(tmp) + canary.scan(home)
    hits += canary.scan_bytes(keyring_file.read_bytes(), "keyring records")
    for i, text in enumerate(stderr):
        hits += canary.scan_bytes(text.encode(), f"stderr of step {i}")
    assert hits == [], hits
    print("scanned:", sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()))
    # the scan is not blind: the files the user saved do carry what they were asked to carry
    assert canary.scan_bytes((saved / "case.json").read_bytes(), "export")
    assert canary.scan_bytes((saved / "practice.backup").read_bytes(), "backup") == []
    settings = list(config.rglob("*.conf")) + list(config.rglob("*.ini"))
    assert settings, "the app wrote its settings somewhere else than XDG_CONFIG_HOME"
    keyring_log = json.loads(keyring_file.read_text())["log"]
    assert [entry[0] for entry in keyring_log] == ["set", "delete"]
