"""Plaintext canary scan: names, passphrases and record text never reach a file the vault
writes, a backup, or stderr."""

from __future__ import annotations

from pathlib import Path

from tests.core.conftest import cli
from triad.roles import Role
from triad.workspace import Workspace

CANARY_NAME = "Zbigniew Canarysson"
CANARY_PASS = "canary-passphrase-4711"
CANARY_TEXT = "canary-record-text-0815"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.lower().encode()]


def scan(folder: Path, secrets: list[str]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {s}" for s in secrets for enc in encodings(s) if enc in data]
    return hits


def test_no_plaintext_in_any_file(tmp_path: Path) -> None:
    path = tmp_path / "practice.triad"
    ws = Workspace.create(path, name=CANARY_NAME, role=Role.THERAPIST,
                          passphrase=CANARY_PASS, practice_name="Canary Practice").workspace
    ws.members.add(CANARY_NAME + " Junior", Role.SURROGATE, CANARY_PASS + "-2")
    for i in range(50):
        ws.append("note.test", {"text": f"{CANARY_TEXT} {i}"})
    ws.backup(tmp_path / "practice.backup")
    ws.members.remove(CANARY_NAME + " Junior")
    # While open, the WAL is on disk too: scan it before closing.
    assert scan(tmp_path, [CANARY_NAME, CANARY_PASS, CANARY_TEXT, "Canary Practice"]) == []
    ws.close()
    assert scan(tmp_path, [CANARY_NAME, CANARY_PASS, CANARY_TEXT, "Canary Practice"]) == []


def test_no_names_or_passphrases_on_stderr(tmp_path: Path) -> None:
    vault = str(tmp_path / "v.triad")
    env = {"TRIAD_NEW_PASSPHRASE": CANARY_PASS, "TRIAD_PASSPHRASE": CANARY_PASS}
    outputs = [cli("init", vault, "--name", CANARY_NAME, "--role", "therapist", env=env)]
    outputs.append(cli("member", "add", vault, "--name", CANARY_NAME, "--role", "surrogate", env=env))
    outputs.append(cli("member", "list", vault, "--member", CANARY_NAME + "x", env=env))
    outputs.append(cli("verify", vault, env={"TRIAD_PASSPHRASE": CANARY_PASS + "wrong"}))
    outputs.append(cli("member", "remove", vault, "--name", CANARY_NAME + " Other", env=env))
    assert [o.code for o in outputs] == [0, 2, 3, 3, 3]
    for o in outputs:
        for secret in (CANARY_NAME, CANARY_PASS, "Canarysson"):
            assert secret not in o.err
