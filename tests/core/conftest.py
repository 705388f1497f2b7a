from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.stopped_clock import CLI_AT
from triad.roles import Role
from triad.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

THERAPIST = "Dr Łucja Wiśniewska"
THERAPIST_PASS = "therapist passphrase"
SURROGATE = "Ana Sørensen"
SURROGATE_PASS = "surrogate passphrase"


@dataclass
class NewVault:
    path: Path
    ws: Workspace
    recovery_code: str


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[NewVault]:
    """A fresh real vault with one therapist, opened as that therapist."""
    path = tmp_path / "practice.triad"
    created = Workspace.create(
        path, name=THERAPIST, role=Role.THERAPIST, passphrase=THERAPIST_PASS, practice_name="Test"
    )
    nv = NewVault(path, created.workspace, created.recovery_code)
    yield nv
    with contextlib.suppress(Exception):
        nv.ws.close()


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
        now: datetime | None = None) -> CliResult:
    """Run triad-cli in a subprocess, exactly as a user would (with its clock stopped at ``now``
    when given: the demo practice's tests pass ``DEMO_NOW``)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    command = [sys.executable, "-m", "triad", *args]
    if now is not None:
        full_env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), full_env.get("PYTHONPATH"))))
        command = [sys.executable, "-c", CLI_AT, now.isoformat(), *args]
    done = subprocess.run(
        command, capture_output=True, text=True, env=full_env,
        cwd=cwd, stdin=subprocess.DEVNULL, timeout=120,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)
