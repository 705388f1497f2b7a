"""Benchmarks: one command prints the table. Each figure is timed over batches lasting a second
or more (the clock here moves in coarse steps) and, where the issue names one, compared with a
baseline measured in the same run. See docs/performance.md for what each row measures.

    .venv/bin/python -m benchmarks.run              # every row (about two minutes)
    .venv/bin/python -m benchmarks.run save list    # only rows whose key contains a word

Keys: signed, save, list, progress, audit, packets, startup, memory.
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

from triad.members import Role
from triad.workspace import Workspace

from .app import bench_memory, bench_startup
from .common import Row, interleaved, per_op, table
from .open_list import bench_open_list
from .packets import bench_packets
from .practice import PASS, build_practice
from .save import bench_debrief_save


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
    assert report.cases == 100 and not report.findings, "the benchmark practice should be compliant"
    seconds = per_op(lambda: sup.audit.run(), 2.0)
    sup.close()
    ws.close()
    return [Row("consent audit, 100 cases x 40 sessions", seconds, None, "< 0.5 s")]


def plain_reportlab(data: object) -> bytes:
    """The baseline: the same tables and SUDS chart as the progress summary, in a plain
    ReportLab document (built-in Helvetica, no page numbering, no data gathering)."""
    import io

    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    d = data  # ProgressData
    sheet = getSampleStyleSheet()
    story: list[object] = [Paragraph("Progress summary", sheet["Title"])]
    story.append(Table([["Status", "Current phase"], [d.status, d.current_phase]]))  # type: ignore[attr-defined]
    story.append(Table([["Phase", "Planned", "Held", "Status"],
                        *[list(map(str, ph)) for ph in d.phases]]))  # type: ignore[attr-defined]
    drawing = Drawing(480, 180)
    plot = LinePlot()
    plot.width, plot.height = 440, 150
    plot.data = [[(n, b or 0) for n, b, _, _ in d.suds], [(n, a or 0) for n, _, a, _ in d.suds]]  # type: ignore[attr-defined]
    drawing.add(plot)
    story.append(drawing)
    for kind, rows in d.measures.items():  # type: ignore[attr-defined]
        story.append(Paragraph(kind, sheet["Heading2"]))
        story.append(Table([["Date", "Value", "Note"], *[list(r) for r in rows]]))
    story.append(Table([["Kind", "Sessions", "Hours"],
                        *[[k, str(c), f"{h:.1f}"] for k, (c, h) in d.sessions.items()]]))  # type: ignore[attr-defined]
    story.append(Table([["Form", "Version", "From", "Until", "Status"],
                        *[list(r) for r in d.consent_records]]))  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def bench_progress(tmp: Path) -> list[Row]:
    from triad.reports import documents

    ws = build_practice(tmp / "progress.triad", 1, 300)
    case = ws.cases.list()[0].case_id
    captured: list[object] = []
    real = documents.progress_summary

    def capture(d: documents.ProgressData) -> bytes:
        captured.append(d)
        return real(d)

    documents.progress_summary = capture  # type: ignore[assignment]
    ws.reports.progress(case)
    documents.progress_summary = real  # type: ignore[assignment]
    assert len(captured[0].suds) == 300  # type: ignore[attr-defined]
    ours = per_op(lambda: ws.reports.progress(case), 3.0)
    base = per_op(lambda: plain_reportlab(captured[0]), 3.0)
    ws.close()
    return [Row("progress summary of a 300-session case (PDF)", ours, base, "<= 1.3x")]


BENCHES: dict[str, Callable[[Path], list[Row]]] = {
    "startup": bench_startup,
    "list": bench_open_list,
    "signed": bench_signed_append,
    "save": bench_debrief_save,
    "progress": bench_progress,
    "audit": bench_audit,
    "packets": bench_packets,
    "memory": bench_memory,
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
