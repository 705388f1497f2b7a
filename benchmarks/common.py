"""Timing helpers shared by the benchmarks. The clock here advances in steps of several
milliseconds: every figure is a batch lasting a second or more, divided by its count."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class Row:
    """One line of the table: seconds per operation, and the same-run baseline if any."""

    what: str
    ours: float
    baseline: float | None
    goal: str
    unit: str = "ms"  # "ms" (per operation) or "MB" (ours and baseline in mebibytes)

    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None


def per_op(fn: Callable[[], object], min_seconds: float = 1.5, min_calls: int = 20) -> float:
    """Seconds per call, timed over a batch lasting at least ``min_seconds``."""
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds and n >= min_calls:
            return elapsed / n


def interleaved(a: Callable[[], object], b: Callable[[], object], rounds: int = 3,
                min_seconds: float = 0.6) -> tuple[float, float]:
    """Time ``a`` and ``b`` in alternating batches (so that a noisy neighbour on a shared
    machine hits both alike); the best batch of each."""
    best_a = best_b = float("inf")
    for _ in range(rounds):
        best_a = min(best_a, per_op(a, min_seconds))
        best_b = min(best_b, per_op(b, min_seconds))
    return best_a, best_b


def statements(ws: Workspace, fn: Callable[[], object]) -> list[str]:
    """The SQL statements ``fn`` runs on ``ws``'s connection, in order (a trace callback)."""
    seen: list[str] = []
    ws.vault.db.conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        ws.vault.db.conn.set_trace_callback(None)
    return seen


def plain_copy(ws: Workspace, path: Path) -> sqlite3.Connection:
    """A plaintext copy of ``ws``'s database (``sqlcipher_export``) opened with Python's
    sqlite3: the baseline's database. The caller closes it and deletes ``path``."""
    ws.vault.db.execute(f"ATTACH DATABASE '{path}' AS plain KEY ''")
    ws.vault.db.execute("SELECT sqlcipher_export('plain')")
    ws.vault.db.execute("DETACH DATABASE plain")
    return sqlite3.connect(path, isolation_level=None)


def replayer(conn: sqlite3.Connection, replay: list[str]) -> Callable[[], None]:
    """The baseline: every statement ours ran, in the same order, fetching every row."""
    def baseline() -> None:
        for sql in replay:
            conn.execute(sql).fetchall()
    return baseline


def best_of(fn: Callable[[], object], n: int) -> float:
    """The quickest of ``n`` calls, for calls of a second or more."""
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def table(rows: list[Row]) -> str:
    out = [f"| {'what':<58} | {'ours':>10} | {'baseline':>10} | {'ratio':>6} | {'goal':<9} |",
           f"|{'-' * 60}|{'-' * 12}|{'-' * 12}|{'-' * 8}|{'-' * 11}|"]
    for r in rows:
        scale, unit = (1000.0, " ms") if r.unit == "ms" else (1.0, " MB")
        ours = f"{r.ours * scale:.2f}{unit}"
        base = f"{r.baseline * scale:.2f}{unit}" if r.baseline else "-"
        ratio = f"{r.ratio():.2f}x" if r.ratio() else "-"
        out.append(f"| {r.what:<58} | {ours:>10} | {base:>10} | {ratio:>6} | {r.goal:<9} |")
    return "\n".join(out)
