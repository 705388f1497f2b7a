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
from datetime import datetime, timedelta
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


def build_practice(path: Path, cases: int, sessions: int) -> Workspace:
    """A vault with ``cases`` cases of ``sessions`` debriefed and reviewed surrogate sessions,
    written through the real services (one transaction per batch)."""
    from triad.members import Credential
    from triad.sessions import DebriefForm

    valid = (Credential("Board", "1", "2030-01-01"),)
    t = Workspace.create(path, name="Bench Therapist", role=Role.THERAPIST,
                         passphrase="benchmark passphrase", credentials=valid).workspace
    t.members.add("Bench Surrogate", Role.SURROGATE, "benchmark passphrase", valid)
    t.members.add("Bench Supervisor", Role.SUPERVISOR, "benchmark passphrase", valid)
    s = Workspace.open(path, "benchmark passphrase", "Bench Surrogate")
    ids = {m.name: m.member_id for m in t.members.list()}
    scope = ("conversation", "relaxation_breathing", "clothed_touch")
    for n in range(cases):
        with t.vault.db.transaction():
            case = t.cases.open({"code": f"B-{n:04d}"}, (ids["Bench Surrogate"],),
                                ids["Bench Supervisor"], opened_at="2025-01-02").case_id or ""
            for form_id, parties in (("informed-consent", ("client", "therapist")),
                                     ("release-of-information", ("client", "therapist")),
                                     ("triad-agreement", ("client", "therapist", "surrogate"))):
                t.consent.give(case, form_id, [{"party": p, "name": p, "signed_on": "2025-01-05"}
                                               for p in parties],
                               grants=scope if form_id != "release-of-information" else ())
            first = datetime(2025, 2, 1, 10, 0)
            session_ids = [
                t.sessions.schedule(case, "surrogate_session",
                                    (first + timedelta(days=k * 7 * 40 // max(sessions, 40)))
                                    .strftime("%Y-%m-%dT%H:%M"), 60,
                                    planned_activities=scope).subject_id
                for k in range(sessions)
            ]
        with s.vault.db.transaction():
            for k, sid in enumerate(session_ids):
                s.sessions.submit_debrief(sid, DebriefForm(activities_done=scope,
                                                           suds_before=8 - k * 5 // sessions,
                                                           suds_after=6 - k * 5 // sessions))
        with t.vault.db.transaction():
            for sid in session_ids:
                t.sessions.review(sid, "Read.")
    s.close()
    return t


def bench_audit(tmp: Path) -> tuple[str, float, float | None, str]:
    ws = build_practice(tmp / "audit.triad", 100, 40)
    sup = Workspace.open(ws.vault.folder, "benchmark passphrase", "Bench Supervisor")
    report = sup.audit.run()
    assert report.cases == 100 and not report.findings, "the benchmark practice should be compliant"
    seconds = per_op(lambda: sup.audit.run(), 2.0)
    sup.close()
    ws.close()
    return ("consent audit, 100 cases x 40 sessions", seconds, None, "< 0.5 s")


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


def bench_progress(tmp: Path) -> tuple[str, float, float, str]:
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
    return ("progress summary of a 300-session case (PDF)", ours, base, "<= 1.3x")


def main() -> None:
    rows: list[tuple[str, float, float | None, str]] = []
    with tempfile.TemporaryDirectory() as d:
        what, ours, base = bench_signed_append(Path(d))
        rows.append((what, ours, base, "<= 1.3x"))
        rows.append(bench_progress(Path(d)))
        rows.append(bench_audit(Path(d)))
    print(f"| {'what':<50} | {'ours (ms)':>10} | {'baseline (ms)':>13} | {'ratio':>6} | goal    |")
    print(f"|{'-' * 52}|{'-' * 12}|{'-' * 15}|{'-' * 8}|---------|")
    for what, ours, base, goal in rows:
        ratio = f"{ours / base:>5.2f}x" if base else "     -"
        base_ms = f"{base * 1000:>13.2f}" if base else f"{'-':>13}"
        print(f"| {what:<50} | {ours * 1000:>10.2f} | {base_ms} | {ratio} | {goal:<7} |")


if __name__ == "__main__":
    main()
