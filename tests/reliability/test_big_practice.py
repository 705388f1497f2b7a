"""What the window reads at unlock and when a case opens costs what is shown, not the size of
the practice (issue 18, found by the unlock benchmark at 1,000 cases x 40 sessions,
``benchmarks/unlock.py``): no statement on the way scans a table that grows with every case,
and the case list asks a fixed number of questions however many cases there are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO_PASS as PASS
from tests.conftest import copy_demo
from triad.casefile import agenda
from triad.exchange.contacts import contacts
from triad.workspace import Workspace

# Tables that hold a row per session, debrief or entry: a scan of one grows with the practice.
GROWING = ("entries", "debriefs", "sessions", "session_outcomes", "session_notes")


def statements(ws: Workspace, fn: object) -> list[str]:
    seen: list[str] = []
    ws.vault.db.conn.set_trace_callback(seen.append)
    try:
        assert callable(fn)
        fn()
    finally:
        ws.vault.db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def scans(ws: Workspace, sql: list[str]) -> list[str]:
    """The statements whose query plan scans a growing table (a full pass over it)."""
    found = []
    for s in sql:
        plan = ws.vault.db.conn.execute("EXPLAIN QUERY PLAN " + s).fetchall()
        details = [str(row[-1]) for row in plan]
        if any(d.startswith("SCAN ") and d.split()[1] in GROWING for d in details):
            found.append(f"{s[:90]} -- {details}")
    return found


@pytest.fixture
def therapist(demo_path: Path, tmp_path: Path) -> Workspace:
    ws = Workspace.open(copy_demo(demo_path, tmp_path), PASS, None)
    yield ws  # type: ignore[misc]
    ws.close()


def test_opening_a_case_reads_its_own_sessions_and_debriefs(therapist: Workspace) -> None:
    # debriefs has no index on case_id: the Sessions tab and the Overview's alerts read every
    # debrief of the practice for each case opened (0.24 s at 1,000 cases x 40)
    case = therapist.cases.list()[0].case_id
    assert scans(therapist, statements(therapist, lambda: therapist.sessions.list(case))) == []


def test_the_unlock_check_reads_what_is_new_not_the_log(therapist: Workspace) -> None:
    # SELECT DISTINCT author, chain ... WHERE local_order > mark walked the whole
    # (author, chain, seq) index: 0.13 s of the unlock at 1,000 cases
    assert therapist.verify_recent().ok
    assert scans(therapist, statements(therapist, therapist.verify_recent)) == []


def test_the_exchange_folders_read_vault_level_entries(therapist: Workspace) -> None:
    # the window starts its exchange-folder watcher at unlock: it scanned every entry for
    # contact.confirmed (0.17 s at 400 cases)
    assert scans(therapist, statements(therapist, lambda: contacts(therapist))) == []


def test_the_case_list_asks_the_same_questions_at_any_size(demo_path: Path, tmp_path: Path) -> None:
    # cases.list read each case's surrogate partners with a query of its own
    ws = Workspace.open(copy_demo(demo_path, tmp_path), PASS, None)
    try:
        before = len(statements(ws, ws.cases.list))
        quick = len(statements(ws, lambda: agenda.case_summaries(ws)))
        template = ws.cases.list()[0]
        for n in range(6):
            ws.cases.open({"code": f"C-2026-9{n:02d}", "legal_name": f"Extra {n}",
                           "date_of_birth": "1990-01-02"}, template.surrogate_ids,
                          template.supervisor_id)
        assert len(statements(ws, ws.cases.list)) == before
        assert len(statements(ws, lambda: agenda.case_summaries(ws))) == quick
        lines = {line.case_id: line for line in agenda.case_lines(ws)}
        for line in agenda.case_summaries(ws):  # the same rows, without the due items
            full = lines[line.case_id]
            assert (line.code, line.status, line.plan, line.phase, line.due) == (
                full.code, full.status, full.plan, full.phase, None)
    finally:
        ws.close()


@pytest.mark.parametrize("who", [None, "surrogate", "supervisor"])
def test_the_quick_list_searches_what_the_case_list_shows(
        demo_path: Path, tmp_path: Path, who: str | None) -> None:
    # cases.list parsed every client record (0.2 s at 1,000 cases) for the names and concerns
    from triad import demo

    name = {None: None, "surrogate": demo.SURROGATES[0], "supervisor": demo.SUPERVISOR}[who]
    ws = Workspace.open(copy_demo(demo_path, tmp_path), PASS, name)
    try:
        expected = {c.case_id: (c.client.legal_name or "", tuple(c.client.presenting_concerns))
                    for c in ws.cases.list()}
        assert ws.cases.search_terms() == expected
        if who is not None:  # code only: no legal name to search or show
            assert all(n == "" for n, _ in expected.values())
    finally:
        ws.close()
