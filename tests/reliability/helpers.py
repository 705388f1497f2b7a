"""Shared pieces of the reliability tests: the zygote client, vault fingerprints, byte flips."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from triad.workspace import PROJECTIONS, Workspace

ROOT = Path(__file__).resolve().parents[2]


class Zygote:
    """Client of ``tests/reliability/zygote.py``: start a task in a forked child, kill it,
    collect what it reported. One child at a time."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.zygote"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=dict(os.environ),
        )
        self._buffer = b""
        self.events: list[dict[str, Any]] = []
        self.pid = 0

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the zygote or its child said nothing")
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("the zygote ended")
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        event: dict[str, Any] = json.loads(line)
        self.events.append(event)
        return event

    def start(self, task: str, **args: Any) -> int:
        """Fork a child running ``task``; returns its pid."""
        assert self.proc.stdin is not None
        self.events = []
        self.proc.stdin.write((json.dumps({"task": task, "args": args}) + "\n").encode())
        self.proc.stdin.flush()
        while not any("pid" in e for e in self.events):
            self._read(30)
        self.pid = next(e["pid"] for e in self.events if "pid" in e)
        return self.pid

    def wait_for(self, key: str, timeout: float = 30) -> dict[str, Any] | None:
        """The first event with ``key``, or None if the child ended without one."""
        while True:
            for e in self.events:
                if key in e:
                    return e
                if "exit" in e:
                    return None
            self._read(timeout)

    def kill(self) -> None:
        if not any("exit" in e for e in self.events):
            with contextlib.suppress(ProcessLookupError):  # it had just ended on its own
                os.kill(self.pid, signal.SIGKILL)

    def finish(self, timeout: float = 60) -> list[dict[str, Any]]:
        """Wait for the child to end (by itself or killed); every event it reported."""
        while not any("exit" in e for e in self.events):
            self._read(timeout)
        return self.events

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def projection_digest(ws: Workspace) -> str:
    """A hash of the entry log and every projection table, in a stable order."""
    h = hashlib.sha256()
    tables = ["entries", *(t for p in PROJECTIONS for t in p.tables)]
    for table in tables:
        h.update(table.encode())
        for row in ws.vault.db.rows(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(repr(row).encode())
    return h.hexdigest()


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ mask]))
