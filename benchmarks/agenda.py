"""The Agenda for a month over a practice of 1,000 cases x 40 sessions (issue 16, "Performance":
under 0.2 s), against the same queries on plain SQLite.

The practice: two cases of 40 debriefed and reviewed surrogate sessions written through the real
services (signed entries, projections), then their projection rows copied to 1,000 cases with
fresh ids (cases, triads, consents, capacity assessments, plans, sessions, debriefs), each
copy's sessions shifted by its number of days modulo a year -- so a month holds a few thousand
sessions of several hundred cases. Writing 120,000 signed entries through the services would
take most of an hour here and measure nothing this row is about: the agenda reads only the
projections. (The log is not copied: do not verify this vault.)

Ours: ``ws.week.between`` for that month as the therapist, as the Agenda's month grid asks for
it (the sessions, their debriefs and the consent gaps; open findings are counted in the day and
week lists, and in ``triad-cli agenda``'s text and JSON), then -- information rows -- a week and
the month with the open findings, which runs the audit of every case with a session in the span. Baseline: a plaintext copy of the same database
(``sqlcipher_export``) opened with Python's sqlite3, replaying every SQL statement ours ran, in
the same order, fetching every row: the difference is SQLCipher plus our Python."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from triad.workspace import Workspace

from .common import Row, interleaved
from .practice import build_practice

CASES, SESSIONS = 1000, 40
MONTH = ("2025-10-01", "2025-10-31")
WEEK = ("2025-10-13", "2025-10-19")

# The tables copied per case, and how a copy's columns change: ``case_id`` the new case; ids
# and entry ids get the copy's suffix; session times move by the copy's shift.
_COPIED = ("case_surrogates", "consents", "capacity_assessments", "plan_revisions",
           "phase_status", "sessions", "debriefs")
_SUFFIXED = {"consent_id", "assessment_id", "session_id", "entry_id"}


def _columns(db: Any, table: str) -> list[str]:
    return [r[1] for r in db.rows(f"PRAGMA table_info({table})")]


def _expression(table: str, column: str) -> str:
    if column == "case_id":
        return ":case"
    if column in _SUFFIXED:
        return f"{column} || :suffix"
    if column == "starts_at":
        return "strftime('%Y-%m-%dT%H:%M', starts_at, :shift)"
    if column == "data" and table == "sessions":
        return ("json_set(data, '$.session_id', session_id || :suffix, '$.starts_at',"
                " strftime('%Y-%m-%dT%H:%M', starts_at, :shift))")
    if column == "data" and table == "debriefs":
        return ("json_set(data, '$.session_id', session_id || :suffix, '$.held_at',"
                " strftime('%Y-%m-%dT%H:%M', json_extract(data, '$.held_at'), :shift))")
    return column


def grow(ws: Workspace, cases: int) -> None:
    """Copy the vault's cases' projection rows until it holds ``cases`` cases."""
    db = ws.vault.db
    templates = [r[0] for r in db.rows("SELECT case_id FROM cases ORDER BY code")]
    case_columns = _columns(db, "cases")
    selects = {t: (", ".join(_columns(db, t)),
                   ", ".join(_expression(t, c) for c in _columns(db, t))) for t in _COPIED}
    with db.transaction():
        for n in range(len(templates), cases):
            template = templates[n % len(templates)]
            new = str(uuid.uuid4())
            params = {"case": new, "template": template, "suffix": f":{n}",
                      "shift": f"+{n % 365} days", "code": f"B-{n:04d}"}
            picks = ", ".join(":case" if c == "case_id" else ":code" if c == "code" else c
                              for c in case_columns)
            db.execute(f"INSERT INTO cases ({', '.join(case_columns)}) SELECT {picks}"
                       " FROM cases WHERE case_id = :template", params)
            for table, (names, values) in selects.items():
                db.execute(f"INSERT INTO {table} ({names}) SELECT {values} FROM {table}"
                           " WHERE case_id = :template", params)


def _statements(ws: Workspace, fn: Callable[[], object]) -> list[str]:
    """The SQL statements ``fn`` runs on ``ws``'s connection, in order."""
    statements: list[str] = []
    ws.vault.db.conn.set_trace_callback(statements.append)
    try:
        fn()
    finally:
        ws.vault.db.conn.set_trace_callback(None)
    return statements


def _best_of(fn: Callable[[], object], n: int) -> float:
    """The quickest of ``n`` calls, for calls of a second or more."""
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_agenda(tmp: Path) -> list[Row]:
    path = tmp / "agenda.triad"
    build_practice(path, 2, SESSIONS).close()
    ws = Workspace.open(path, "benchmark passphrase")
    grow(ws, CASES)
    plain_path = tmp / "plain-copy.db"
    ws.vault.db.execute(f"ATTACH DATABASE '{plain_path}' AS plain KEY ''")
    ws.vault.db.execute("SELECT sqlcipher_export('plain')")
    ws.vault.db.execute("DETACH DATABASE plain")
    ws.close()
    rows = []
    w = Workspace.open(path, "benchmark passphrase")
    plain = sqlite3.connect(plain_path, isolation_level=None)
    for span, findings, goal in ((MONTH, False, "< 200 ms"), (WEEK, True, "info"),
                                 (MONTH, True, "info")):
        seen: dict[str, int] = {}

        def ours(span: tuple[str, str] = span, findings: bool = findings,
                 seen: dict[str, int] = seen) -> None:
            got = w.week.between(*span, findings=findings)
            seen["sessions"] = len(got.sessions)
            seen["cases"] = len({s.case_id for s in got.sessions})

        replay = _statements(w, ours)

        def baseline(replay: list[str] = replay) -> None:
            for sql in replay:
                plain.execute(sql).fetchall()

        if findings:  # seconds a call: the best of three, each against its baseline
            ours_s, base_s = _best_of(ours, 3), _best_of(baseline, 3)
        else:
            ours_s, base_s = interleaved(ours, baseline)
        what = (f"agenda month grid, {CASES} cases x {SESSIONS} sessions" if not findings else
                f"  {'a week' if span == WEEK else 'the month'} with open findings (audit)")
        what += f" ({seen['sessions']} sess., {seen['cases']} cases)"
        rows.append(Row(what, ours_s, base_s, goal))
    plain.close()
    w.close()
    plain_path.unlink()
    return rows

