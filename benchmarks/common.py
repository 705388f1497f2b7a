"""Timing helpers shared by the benchmarks. The clock here advances in steps of several
milliseconds: every figure is a batch lasting a second or more, divided by its count."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


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
