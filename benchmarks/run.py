"""Benchmarks: one command prints the table. Each figure is timed over batches lasting a second
or more (the clock here moves in coarse steps) and, where the issue names one, compared with a
baseline measured in the same run. See docs/performance.md for what each row measures.

    .venv/bin/python -m benchmarks.run              # every row (about two minutes)
    .venv/bin/python -m benchmarks.run save list    # only rows whose key contains a word

Keys: signed, save, list, progress, narrative, audit, packets, agenda, startup, memory, unlock,
sessions, bigmemory, bgcheck (the last four over the cached big practices: benchmarks/bigpractice.py).
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TRIAD_INSECURE_TEST_KDF", "1")  # the KDF is not what is measured
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from triad.roles import Role
from triad.workspace import Workspace

from .agenda import bench_agenda
from .app import bench_memory, bench_startup
from .audit import bench_audit_kept
from .common import Row, best_of, interleaved, per_op, plain_copy, replayer, statements, table
from .narrative import bench_narrative
from .open_list import bench_open_list
from .packets import bench_packets
from .practice import PASS, build_practice
from .progress import bench_progress
from .save import bench_debrief_save
from .unlock import bench_unlock
from .window import bench_background_check, bench_memory_big, bench_sessions_tab


def bench_signed_append(tmp: Path) -> list[Row]:
    """A small signed, chained entry committed with fsync vs a plain SQLite insert with fsync."""
    plain = sqlite3.connect(tmp / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute("PRAGMA synchronous=FULL")
    plain.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    body = "x" * 600

    def baseline() -> None:
        plain.execute("BEGIN IMMEDIATE")
        plain.execute("INSERT INTO t (body) VALUES (?)", (body,))
        plain.execute("COMMIT")

    ws = Workspace.create(tmp / "v.triad", name="Bench", role=Role.THERAPIST, passphrase=PASS).workspace

    def ours() -> None:
        ws.append("bench.entry", {"text": body})

    ours_s, base_s = interleaved(ours, baseline)
    ws.close()
    plain.close()
    return [Row("save a small signed entry (no projection)", ours_s, base_s, "info")]


def bench_audit(tmp: Path) -> list[Row]:
    ws = build_practice(tmp / "audit.triad", 100, 40)
    sup = Workspace.open(ws.vault.folder, PASS, "Bench Supervisor")
    report = sup.audit.run()
    # Since issue 16 the practice is not compliant: it has no therapist sessions, so every
    # surrogate session is a ``therapy.not-concurrent`` finding (4,000 here); the row times the
    # audit with them. Nothing else may be found.
    assert report.cases == 100, report.cases
    assert {f.rule_id for f in report.findings} <= {"therapy.not-concurrent"}
    seconds = per_op(lambda: sup.audit.run(cached=False), 2.0)
    sup.close()
    ws.close()
    return [Row("consent audit, 100 cases x 40 sessions", seconds, None, "< 0.5 s"),
            *bench_audit_kept(tmp)]  # issue 18: kept in the vault, 1,000 cases


def bench_findings(tmp: Path) -> list[Row]:
    """Issue 16: the supervisor's findings queue and case list over 1,000 cases (the audit
    run afresh; kept per case; after one case changed: one signed write and that case's audit).
    The queue's rows against the same statements replayed on a plaintext copy."""
    from triad.casefile import agenda

    ws = build_practice(tmp / "findings.triad", 1000, 10)
    sup = Workspace.open(ws.vault.folder, PASS, "Bench Supervisor")
    plain = plain_copy(sup, tmp / "plain-copy.db")
    # baseline: every statement ours ran, replayed on a plaintext copy (Python's sqlite3)
    def afresh() -> None:  # the queue as a freshly opened workspace reads it
        sup.audit.forget(everywhere=True)  # nothing kept, in this workspace or the vault
        sup.findings.open()

    cold_sql = replayer(plain, statements(sup, afresh))
    cold = best_of(afresh, 3)
    cold_base = best_of(cold_sql, 3)
    sup.findings.open()
    kept, kept_base = interleaved(lambda: sup.findings.open(),
                                  replayer(plain, statements(sup, lambda: sup.findings.open())))
    plain.close()
    (tmp / "plain-copy.db").unlink()
    lines = per_op(lambda: agenda.case_lines(sup), 3.0, 3)
    case = ws.cases.list()[0].case_id
    day = iter(range(100_000))

    def change_and_list() -> None:
        ws.measures.record(case, "suds", 5, "2025-03-01", f"bench {next(day)}")
        agenda.case_lines(sup)

    changed = per_op(change_and_list, 2.0, 5)
    sup.close()
    ws.close()
    return [Row("findings queue, 1,000 cases x 10 sessions, audit afresh", cold, cold_base, "info"),
            Row("findings queue, the same, audit kept", kept, kept_base, "< 0.05 s"),
            Row("supervisor's case list, 1,000 cases (findings, next due)", lines, None, "< 0.2 s"),
            Row("the same after one case changed (+ one signed write)", changed, None, "< 0.2 s")]


BENCHES: dict[str, Callable[[Path], list[Row]]] = {
    "startup": bench_startup,
    "list": bench_open_list,
    "signed": bench_signed_append,
    "save": bench_debrief_save,
    "progress": bench_progress,
    "narrative": bench_narrative,
    "audit": bench_audit,
    "findings": bench_findings,
    "packets": bench_packets,
    "agenda": bench_agenda,
    "memory": bench_memory,
    "unlock": bench_unlock,  # issue 18: 100, 400 and 1,000 cases x 40, standard KDF
    "sessions": bench_sessions_tab,
    "bigmemory": bench_memory_big,
    "bgcheck": bench_background_check,
}


def machine() -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    conn = sqlcipher.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs ({cpu}), "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, SQLCipher {cipher}")


def main(argv: list[str] | None = None) -> None:
    words = sys.argv[1:] if argv is None else argv
    chosen = [k for k in BENCHES if not words or any(w in k for w in words)]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="triad-bench-") as d:
        for key in chosen:
            folder = Path(d) / key
            folder.mkdir()
            print(f"[bench] {key}", file=sys.stderr, flush=True)
            rows += BENCHES[key](folder)
    print(f"machine: {machine()}")
    print(table(rows))


if __name__ == "__main__":
    main()
