"""Issue 18: the whole-practice consent audit kept in the vault, at 1,000 cases x 40 sessions
(the cached big practice, ``bigpractice.practice_copy``; ~125,000 signed entries).

- after one changed case: the therapist records a measure on one case (a signed write, not
  timed), then the supervisor's whole-practice audit (``ws.audit.run()``) -- the kept audit
  of the other 999 cases reused, that case audited again and kept. Goal <= 0.1 s.
- from cold: a freshly opened workspace's first ``ws.audit.run()`` (what every ``triad-cli
  audit`` or ``agenda`` and the window's first read do) with every case's audit kept in the
  vault; the open itself is not timed. Goal <= 1 s.
- from scratch (information): nothing kept -- every case audited, and the results written.
"""

from __future__ import annotations

import time
from pathlib import Path

from triad.workspace import Workspace

from .bigpractice import practice_copy
from .common import Row
from .practice import PASS

SUPERVISOR = "Bench Supervisor"


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def bench_audit_kept(tmp: Path, cases: int = 1000) -> list[Row]:
    folder = practice_copy(cases, tmp)
    sup = Workspace.open(folder, PASS, SUPERVISOR)
    scratch = []
    for _ in range(2):
        sup.audit.forget(everywhere=True)
        scratch.append(_timed(sup.audit.run))
    report = sup.audit.run()
    assert report.cases == cases
    sup.close()
    cold = []
    for _ in range(3):
        fresh = Workspace.open(folder, PASS, SUPERVISOR)
        cold.append(_timed(fresh.audit.run))
        assert fresh.audit.evaluated == 0, "a fresh workspace should read the kept audit"
        fresh.close()
    t = Workspace.open(folder, PASS)
    sup = Workspace.open(folder, PASS, SUPERVISOR)
    sup.audit.run()
    ids = [c.case_id for c in t.cases.list()]
    changed, spent, n = 0, 0.0, 0
    while spent < 2.0 or n < 10:
        t.measures.record(ids[n % len(ids)], "suds", 5, "2025-03-01", f"bench {n}")
        before = sup.audit.evaluated
        spent += _timed(sup.audit.run)
        changed += sup.audit.evaluated - before
        n += 1
    assert changed == n, "only the changed case should be audited again"
    t.close()
    sup.close()
    label = f"{cases:,} cases x 40 sessions ({len(report.findings):,} findings)"
    return [Row(f"whole-practice audit after one changed case, {label}", spent / n, None, "<= 0.1 s"),
            Row("  the same from cold (fresh workspace, audit kept in the vault)", min(cold), None,
                "<= 1 s"),
            Row("  the same from scratch (nothing kept; audited and kept)", min(scratch), None, "info")]
