"""The vault folder's lock (portalocker): shared while open -- any number of opens, in this
process or others -- and exclusive for re-keying, refused while anyone else has it open; an
open waits for a re-key to finish, and says ``busy`` if it does not."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from triad.errors import VaultError
from triad.vault import folder
from triad.vault.folder import VaultLock

ROOT = Path(__file__).resolve().parents[3]
HOLDER = """
import contextlib, sys, time
from pathlib import Path
from triad.vault.folder import VaultLock
lock = VaultLock(Path(sys.argv[1]))
with lock.exclusive() if sys.argv[2] == "exclusive" else contextlib.nullcontext():
    print("held", flush=True)
    time.sleep(float(sys.argv[3]))
print("done", flush=True)
sys.stdin.read()  # keep the shared lock until told to go
lock.release()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for p in started:
        p.kill()
        p.wait(10)


def _hold(started: list[subprocess.Popen[str]], where: Path, mode: str, seconds: float
          ) -> subprocess.Popen[str]:
    """Another process that opens the vault's lock and holds it ``mode`` for ``seconds``
    (then shared until killed); returns once it holds it."""
    p = subprocess.Popen([sys.executable, "-c", HOLDER, str(where), mode, str(seconds)],
                         cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    started.append(p)
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def test_two_opens_share_and_neither_may_rekey(tmp_path: Path) -> None:
    a, b = VaultLock(tmp_path), VaultLock(tmp_path)
    for lock in (a, b):
        with pytest.raises(VaultError, match="in-use"), lock.exclusive():
            pass
    b.release()
    with a.exclusive(), a.exclusive():  # nested: still one exclusive hold
        pass
    c = VaultLock(tmp_path)  # shared again after the block: another open gets in
    with pytest.raises(VaultError, match="in-use"), a.exclusive():
        pass
    a.release()
    c.release()


def test_a_refused_rekey_keeps_its_shared_hold(tmp_path: Path,
                                              holder: list[subprocess.Popen[str]]) -> None:
    a = VaultLock(tmp_path)
    other = _hold(holder, tmp_path, "shared", 0)  # another process, shared
    with pytest.raises(VaultError, match="in-use"), a.exclusive():
        pass
    other.kill()
    other.wait(10)
    b = VaultLock(tmp_path)  # a still holds it shared: b shares, b cannot re-key
    with pytest.raises(VaultError, match="in-use"), b.exclusive():
        pass
    b.release()
    with a.exclusive():
        pass
    a.release()


def test_an_open_waits_for_a_rekey_in_another_process(
        tmp_path: Path, holder: list[subprocess.Popen[str]]) -> None:
    _hold(holder, tmp_path, "exclusive", 0.5)
    start = time.monotonic()
    lock = VaultLock(tmp_path)  # waits until the other process is shared again
    assert time.monotonic() - start >= 0.2
    with pytest.raises(VaultError, match="in-use"), lock.exclusive():
        pass  # the other process still has it open (shared)
    lock.release()


def test_an_open_says_busy_when_a_rekey_does_not_end(
        tmp_path: Path, holder: list[subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _hold(holder, tmp_path, "exclusive", 60)
    clock = iter(range(0, 10**6, 2))  # each look at the clock: 2 s later (no real wait)

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return float(next(clock))

        @staticmethod
        def sleep(_seconds: float) -> None:
            pass

    monkeypatch.setattr(folder, "time", Clock)
    with pytest.raises(VaultError, match="busy"):
        VaultLock(tmp_path)
