"""The benchmark practice (benchmarks/practice.py) is written through the real services: since
issue 16 refuses a surrogate partner's overlapping sessions across cases, each case has its own
weekly hour and a surrogate partner takes at most ``SLOTS`` cases (it failed with a schedule
conflict on its second case before)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.practice import SLOTS, build_practice, surrogate_name


def test_the_benchmark_practice_builds_without_a_schedule_conflict(tmp_path: Path) -> None:
    ws = build_practice(tmp_path / "bench.triad", 3, 2)
    try:
        starts = [s.starts_at for c in ws.cases.list() for s in ws.sessions.list(c.case_id)]
        assert len(starts) == 6 and len({s[11:] for s in starts}) == 3  # an hour per case
    finally:
        ws.close()
    assert surrogate_name(SLOTS - 1) == "Bench Surrogate"
    assert surrogate_name(SLOTS) == "Bench Surrogate 2"
