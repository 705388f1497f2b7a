"""Benchmarks: each prints a row of figures as ratios against a baseline measured in the same
run (the clock here moves in coarse steps, so each side runs for a second or more).

    .venv/bin/python -m benchmarks.run
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TRIAD_INSECURE_TEST_KDF", "1")

from triad.members import Role
from triad.workspace import Workspace


def per_op(fn: Callable[[], None], min_seconds: float = 1.5) -> float:
    """Seconds per call, timed over a batch lasting at least ``min_seconds``."""
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds and n >= 20:
            return elapsed / n


def bench_signed_append(tmp: Path) -> tuple[str, float, float]:
    """A signed, chained entry committed with fsync vs a plain SQLite insert with fsync."""
    plain = sqlite3.connect(tmp / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=FULL")
    plain.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    body = "x" * 600  # about the size of a debrief's JSON

    def baseline() -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute("INSERT INTO t (body) VALUES (?)", (body,))
        plain.execute("COMMIT")

    ws = Workspace.create(tmp / "v.triad", name="Bench", role=Role.THERAPIST,
                          passphrase="benchmark passphrase").workspace

    def ours() -> None:
        ws.append("bench.entry", {"text": body})

    result = ("save a signed entry (sign, chain, commit+fsync)", per_op(ours), per_op(baseline))
    ws.close()
    plain.close()
    return result


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as d:
        rows.append(bench_signed_append(Path(d)))
    print(f"| {'what':<50} | {'ours (ms)':>10} | {'baseline (ms)':>13} | {'ratio':>6} |")
    print(f"|{'-' * 52}|{'-' * 12}|{'-' * 15}|{'-' * 8}|")
    for what, ours, base in rows:
        print(f"| {what:<50} | {ours * 1000:>10.2f} | {base * 1000:>13.2f} | {ours / base:>5.2f}x |")


if __name__ == "__main__":
    main()
