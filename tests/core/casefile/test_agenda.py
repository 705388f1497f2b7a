"""The next due item per case, as the case list shows it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import PASS, hold_session, make_practice
from triad.casefile import agenda
from triad.vault.database import SCHEMA_VERSION
from triad.workspace import Workspace


def _at(text: str):  # type: ignore[no-untyped-def]
    return lambda: datetime.fromisoformat(text).astimezone()


def test_debrief_is_due_once_the_session_is_over(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-02T10:00", 90,
                                planned_activities=("conversation",)).subject_id
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-02T11:00")
    item = agenda.next_due(p.s, p.case)
    assert item is None or item.code != "debrief-missing"  # still under way: not missing yet
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-02T11:31")
    item = agenda.next_due(p.s, p.case)
    assert item is not None and (item.code, item.subject_id) == ("debrief-missing", sid)
    p.close()


def test_only_the_therapist_is_asked_to_get_consent_signed(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    item = agenda.next_due(p.t, p.case)
    assert item is not None and item.code == "sign-consent"
    assert agenda.next_due(p.s, p.case) is None
    p.close()


def test_a_new_flag_asks_for_a_fresh_review(tmp_path: Path) -> None:
    """An amendment that raises a new flag on a reviewed debrief puts it back in the list of
    debriefs awaiting review (as Debrief.reviewed says), and a new review clears it."""
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, "2026-02-02T10:00")
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-03T09:00")
    p.t.sessions.review(sid, "Read.")
    assert agenda.next_due(p.t, p.case) is None
    debrief = p.s.sessions.get(sid).debrief
    assert debrief is not None and debrief.reviewed
    p.s.clock = _at("2026-02-03T09:30")
    p.s.amendments.amend(debrief.entry_id, "Forgot one activity.",
                         {"activities_done": ["conversation", "genital_touch"]})  # declined: a flag
    assert not (p.s.sessions.get(sid).debrief or debrief).reviewed
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == ("review-debrief", sid)
    assert [line.due for line in agenda.case_lines(p.t)] == [item]
    assert agenda.next_due(p.s, p.case) is None  # the surrogate partner does not review
    p.t.clock = _at("2026-02-03T10:00")
    p.t.sessions.review(sid, "Read again.")
    assert agenda.next_due(p.t, p.case) is None
    p.close()


def test_a_review_that_never_saw_the_new_flag_does_not_cover_it(tmp_path: Path) -> None:
    """An amendment that raises a flag, stamped before the review (the surrogate's clock
    behind) but written after it: the review never saw the flag, so the debrief awaits review
    on the case list and in Debrief.reviewed, whatever the stamps say (issue 14; before, a
    stamp earlier than the review's was taken as "reviewed")."""
    p = make_practice(tmp_path / "v")
    sid = hold_session(p, "2026-02-02T10:00")
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-03T10:00")
    p.t.sessions.review(sid, "Read.")
    debrief = p.s.sessions.get(sid).debrief
    assert debrief is not None
    p.s.clock = _at("2026-02-03T09:30")  # stamped before the review, written after it
    p.s.amendments.amend(debrief.entry_id, "Forgot one activity.",
                         {"activities_done": ["conversation", "genital_touch"]})
    again = p.t.sessions.get(sid).debrief
    assert again is not None and "activity-not-consented:genital_touch" in again.flags
    assert again.reflagged_at is not None and again.reflagged_at[0].startswith("2026-02-03T")
    item = agenda.next_due(p.t, p.case)
    assert not again.reviewed and item is not None and item.code == "review-debrief"
    p.t.log.rebuild()
    assert not (p.t.sessions.get(sid).debrief or debrief).reviewed
    assert agenda.next_due(p.t, p.case) == item
    p.close()


def test_a_moved_session_is_due_at_its_new_time(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    first = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-02T10:00", 60,
                                  planned_activities=("conversation",))
    second = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-09T10:00", 60,
                                   planned_activities=("conversation",)).subject_id
    p.t.clock = _at("2026-03-01T09:00")
    item = agenda.next_due(p.t, p.case)
    assert item is not None and (item.code, item.subject_id) == ("session", first.subject_id)
    p.t.amendments.amend(first.entry_id, "Client asked to move it.",
                         {"starts_at": "2026-03-16T10:00"})
    item = agenda.next_due(p.t, p.case)
    assert item == agenda.DueItem("session", "2026-03-09T10:00", second)
    p.close()


def test_rows_written_before_schema_5_keep_what_they_showed(tmp_path: Path) -> None:
    """A vault whose debrief rows were written by the count rule (``reviews_before_reflag``)
    opens with each debrief awaiting review or not as before; the next review of such a row
    works out when it was last flagged from the log."""
    p = make_practice(tmp_path / "v")
    read, flagged = hold_session(p, "2026-02-02T10:00"), hold_session(p, "2026-02-09T10:00")
    for ws in (p.t, p.s):
        ws.clock = _at("2026-02-10T09:00")
    for sid in (read, flagged):
        p.t.sessions.review(sid, "Read.")
    p.s.clock = _at("2026-02-10T09:30")
    entry_id = (p.s.sessions.get(flagged).debrief or pytest.fail()).entry_id
    amendment = p.s.amendments.amend(entry_id, "Forgot one activity.",
                                     {"activities_done": ["conversation", "genital_touch"]}).entry_id
    db = p.t.vault.db
    with db.transaction():  # back to the rows and index schema 4 wrote
        for sid, before in ((read, 0), (flagged, 1)):
            row = db.one("SELECT data FROM debriefs WHERE session_id=?", (sid,))
            data = {k: v for k, v in json.loads(row[0]).items()
                    if k not in ("awaiting_review", "reflagged_at")}
            if before:
                data["reviews_before_reflag"] = before
            db.execute("UPDATE debriefs SET data=? WHERE session_id=?", (json.dumps(data), sid))
        db.execute("DROP INDEX debriefs_unreviewed")
        db.execute("CREATE INDEX debriefs_unreviewed ON debriefs (session_id) WHERE reviews = '[]'"
                   " OR json_array_length(reviews) <= ifnull(json_extract(data,"
                   " '$.reviews_before_reflag'), 0)")
        db.set_meta("schema_version", "4")
    p.close()
    ws = Workspace.open(p.path, PASS, "Dr Tess")
    ws.clock = _at("2026-02-10T10:00")
    assert ws.vault.db.schema_version() == SCHEMA_VERSION
    assert (ws.sessions.get(read).debrief or pytest.fail()).reviewed
    old = ws.sessions.get(flagged).debrief
    assert old is not None and not old.reviewed and old.reflagged_at is None
    item = agenda.next_due(ws, p.case)
    assert item is not None and (item.code, item.subject_id) == ("review-debrief", flagged)
    ws.sessions.review(flagged, "Read again.")
    again = ws.sessions.get(flagged).debrief
    assert again is not None and again.reviewed
    assert again.reflagged_at is not None and again.reflagged_at[1] == amendment
    assert agenda.next_due(ws, p.case) is None
    assert ws.verify().ok
    ws.close()
