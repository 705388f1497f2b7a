"""Schema 4: the case list reads indexes, not the session, debrief and consent rows. Opening
a vault and listing its cases decrypts every page it touches, so the list's queries must not
scan those tables (found by the open-and-list benchmark: 20 ms for 200 cases, most of it
decrypting session, debrief and consent pages that hold nothing the list shows)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.core.practice import PASS, hold_session, make_practice
from triad.casefile import agenda
from triad.vault.database import SCHEMA_VERSION
from triad.workspace import Workspace

NEW_INDEXES = {"cases_list", "sessions_case", "debriefs_unreviewed", "consents_expiring",
               "consents_informed"}


def plans_of_the_case_list(ws: Workspace) -> list[str]:
    statements: list[str] = []
    ws.vault.db.conn.set_trace_callback(statements.append)
    try:
        lines = agenda.case_lines(ws)
    finally:
        ws.vault.db.conn.set_trace_callback(None)
    assert lines
    return [" ".join(str(r[-1]) for r in ws.vault.db.rows(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in statements]


def test_the_case_list_reads_no_session_debrief_or_consent_table(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad")
    held = hold_session(p, "2026-02-02T10:00")  # a debrief: the sessions query reads the index
    p.t.cases.open({"legal_name": "Second Client"}, opened_at="2026-01-05T09:00")  # a gap
    p.t.clock = lambda: datetime(2026, 2, 10, 9, 0).astimezone()
    p.t.sessions.review(held, "Read.")  # nothing else due on the first case: consent's item
    plans = plans_of_the_case_list(p.t)
    text = "\n".join(plans)
    for table in ("sessions", "debriefs", "consents", "cases"):
        assert f"SCAN {table} " not in f"{text} " and f"SCAN {table}\n" not in f"{text}\n", text
    sessions = next(plan for plan in plans if "sessions_case" in plan)
    assert "SEARCH s USING COVERING INDEX sessions_case" in sessions
    assert "debriefs_unreviewed" in sessions
    assert "SCAN c USING COVERING INDEX cases_list" in text
    assert "consents_expiring" in text
    # what is missing (triad.casefile.todo) needs each form's records in force: the consent
    # rows of the open cases nothing else is due on, found by case, never a scan
    assert "SEARCH consents USING INDEX consents_" in text, text
    p.close()


def test_a_schema_3_vault_gets_the_indexes_on_open(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad")
    hold_session(p, "2026-02-02T10:00")
    p.t.clock = lambda: datetime(2026, 2, 10, 9, 0).astimezone()
    before = agenda.case_lines(p.t)
    db = p.t.vault.db
    with db.transaction():  # back to schema 3 as it was
        for name in NEW_INDEXES:
            db.execute(f"DROP INDEX {name}")
        db.execute("CREATE INDEX sessions_case ON sessions (case_id, starts_at)")
        db.set_meta("schema_version", "3")
    p.close()
    ws = Workspace.open(p.path, PASS, "Dr Tess")
    assert ws.vault.db.schema_version() == SCHEMA_VERSION == 7
    names = {r[0] for r in ws.vault.db.rows("SELECT name FROM sqlite_master WHERE type='index'")}
    assert names >= NEW_INDEXES
    ws.clock = p.t.clock
    assert agenda.case_lines(ws) == before
    assert ws.verify().ok
    ws.close()



def test_without_the_indexes_the_list_is_slower_not_wrong(tmp_path: Path) -> None:
    """The queries name no index (no INDEXED BY): a missing or differently defined index
    changes the plan, never the answer, and never fails the open."""
    p = make_practice(tmp_path / "v.triad")
    hold_session(p, "2026-02-02T10:00")
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-20T10:00", 60,
                          planned_activities=("conversation",))
    p.t.cases.open({"legal_name": "Second Client"}, opened_at="2026-01-05T09:00")
    lines = {}
    for day in (3, 10, 25):
        p.t.clock = lambda d=day: datetime(2026, 2, d, 9, 0).astimezone()  # type: ignore[misc]
        lines[day] = agenda.case_lines(p.t)
    assert {line.due.code for ls in lines.values() for line in ls if line.due} >= {
        "review-debrief", "capacity-missing"}
    for name in NEW_INDEXES:
        p.t.vault.db.execute(f"DROP INDEX {name}")
    for day, expected in lines.items():
        p.t.clock = lambda d=day: datetime(2026, 2, d, 9, 0).astimezone()  # type: ignore[misc]
        assert agenda.case_lines(p.t) == expected
    p.close()
