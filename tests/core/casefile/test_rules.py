"""Rules live in the core: goal scales, a date of birth not in the future, a closed case takes no
sessions, who reads a process recording. Each service offers a "why not?" query that its own
call uses too; a refusal writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO_PASS, DEMO_TODAY
from tests.core.conftest import cli
from tests.core.practice import Practice, hold_session, make_practice
from triad.casefile.visibility import may_read_process_recording
from triad.errors import InvalidInput
from triad.log.kinds import Kind
from triad.roles import Role
from triad.transfer.case_json import InterchangeService
from triad.workspace import Workspace

NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v")
    for ws in practice.all():
        ws.clock = lambda: NOON  # "today" is 2026-03-01 for every member
    yield practice
    practice.close()


def entries(ws: Workspace) -> int:
    row = ws.vault.db.one("SELECT COUNT(*) FROM entries")
    assert row is not None
    return int(row[0])


def refused(call: Any, ws: Workspace, detail: str) -> InvalidInput:
    before = entries(ws)
    with pytest.raises(InvalidInput) as caught:
        call()
    assert caught.value.detail == detail, caught.value.detail
    assert entries(ws) == before, "a refusal wrote something"
    return caught.value


# -- goal scales --------------------------------------------------------------------------

def test_a_goal_on_a_scale_keeps_to_its_range(p: Practice) -> None:
    t = p.t
    exc = refused(lambda: t.cases.add_goal(p.case, "Erectile function", "9", "99", "IIEF-5"), t,
                  "scale-range")
    assert exc.data == {"field": "target", "scale": "IIEF-5", "minimum": 5.0, "maximum": 25.0}
    refused(lambda: t.cases.add_goal(p.case, "Distress", "lots", "3", "suds"), t, "scale-number")
    assert t.cases.why_not_goal("9", "99", " iief-5 ") is not None
    assert t.cases.why_not_goal("9", "21", "IIEF-5") is None
    assert t.cases.why_not_goal("9,5", "3", "SUDS") is None  # a decimal comma, as typed
    assert t.cases.why_not_goal("120", "75", "kg") is None  # a free unit takes any value
    goal = t.cases.add_goal(p.case, "Distress when undressing", "9", "3", "SUDS").subject_id
    exc = refused(lambda: t.cases.record_progress(p.case, goal, "11"), t, "scale-range")
    assert exc.data["field"] == "value"
    assert t.cases.why_not_progress("SUDS", "11") is not None
    t.cases.record_progress(p.case, goal, "6")
    assert t.cases.goals(p.case)[0].latest == "6"


def test_an_amended_goal_keeps_to_its_scale(p: Practice) -> None:
    t = p.t
    goal = t.cases.add_goal(p.case, "Function", "9", "21", "IIEF-5")
    refused(lambda: t.amendments.amend(goal.entry_id, "typo", {"target": "99"}), t, "scale-range")
    free = t.cases.add_goal(p.case, "Walk", "1", "3", "km")
    # a new unit holds the values already there to its scale
    refused(lambda: t.amendments.amend(free.entry_id, "scale", {"unit": "IIEF-5"}), t, "scale-range")
    t.amendments.amend(goal.entry_id, "typo", {"target": "22"})
    assert t.cases.goals(p.case)[0].target == "22"


# -- date of birth ------------------------------------------------------------------------

def test_a_date_of_birth_in_the_future_is_refused_by_the_workspace_clock(p: Practice) -> None:
    t = p.t
    refused(lambda: t.cases.open({"date_of_birth": "2026-03-02"}), t, "date-of-birth-future")
    refused(lambda: t.cases.update_client(p.case, date_of_birth="2030-01-01"), t,
            "date-of-birth-future")
    opened = t.log.entries("case_id=? AND kind=?", (p.case, "case.opened"))[0]
    refused(lambda: t.amendments.amend(opened.id, "typo", {"client": {"date_of_birth": "2026-12-24"}}),
            t, "date-of-birth-future")
    why = t.cases.why_not_client({"date_of_birth": "2026-03-02"})
    assert why is not None and why.detail == "date-of-birth-future"
    assert why.data["field"] == "client.date_of_birth"
    assert t.cases.why_not_client({"date_of_birth": "2026-03-01"}) is None  # born today
    malformed = t.cases.why_not_client({"date_of_birth": "31/12/1990"})
    assert malformed is not None and malformed.detail == "date"
    t.cases.update_client(p.case, date_of_birth="2026-03-01")


# -- closed cases and process recordings --------------------------------------------------

def test_a_closed_case_takes_no_sessions(p: Practice) -> None:
    t = p.t
    assert t.sessions.why_not_schedule(t.cases.get(p.case)) is None
    t.cases.change_status(p.case, "closing", at="2026-02-20")
    t.cases.change_status(p.case, "closed", at="2026-02-21")
    case = t.cases.get(p.case)
    why = t.sessions.why_not_schedule(case)
    assert why is not None and (why.detail, why.data["status"]) == ("case-status", "closed")
    refused(lambda: t.sessions.schedule(p.case, "therapist_session", "2026-03-05T10:00"), t,
            "case-status")


def test_who_reads_a_process_recording(p: Practice) -> None:
    sid = hold_session(p)
    sam, vera = p.ids["Sam"], p.ids["Vera"]
    assert may_read_process_recording(Role.THERAPIST, sam, p.ids["Dr Tess"])
    assert may_read_process_recording(Role.SURROGATE, sam, sam)
    assert not may_read_process_recording(Role.SURROGATE, sam, p.ids["Sky"])
    assert not may_read_process_recording(Role.SURROGATE, None, sam)
    assert not may_read_process_recording(Role.SUPERVISOR, sam, vera)
    assert not may_read_process_recording(None, sam, vera)
    # the services' answer, and what they hand out, agree
    for ws, reads in ((p.t, True), (p.s, True), (p.v, False)):
        session = ws.sessions.get(sid)
        assert ws.sessions.may_read_process_recording(session) is reads
        assert session.debrief is not None
        assert (session.debrief.process_recording == "detail") is reads


# -- the same rules for entries written elsewhere: JSON import, the CLI, exchange packets --

def forged_goal(ws: Workspace, case_id: str, target: str = "99") -> None:
    """A goal entry signed by the case's therapist that the service would refuse (as an older
    Triad, or a hand-made file, could write it)."""
    ws.append(Kind.GOAL_SET, {"goal_id": "3c0e5b0a-0000-4000-8000-000000000001",
                              "description": "Erectile function", "baseline": "9",
                              "target": target, "unit": "IIEF-5"}, ws.cases.access.require(case_id))


@pytest.fixture
def exported(demo_copy: Path) -> Iterator[dict[str, Any]]:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    case = ws.cases.list()[0]
    forged_goal(ws, case.case_id)
    yield ws.interchange.export_case(case.case_id)
    ws.close()


def test_a_case_file_with_a_goal_off_its_scale_is_refused(exported: dict[str, Any],
                                                            tmp_path: Path) -> None:
    fresh = Workspace.create(tmp_path / "fresh.triad", name="New Therapist", role=Role.THERAPIST,
                             passphrase="fresh passphrase").workspace
    try:
        exc = refused(lambda: fresh.interchange.import_case(exported), fresh, "case-file")
        assert exc.data["reason"] == "goal-scale"
        n = next(i for i, e in enumerate(exported["entries"])
                 if e["kind"] == "goal.set" and e["body"]["target"] == "99")
        assert exc.data["path"] == f"$.entries[{n}].body.target"
        assert fresh.cases.list() == []
    finally:
        fresh.close()


def test_the_cli_refuses_to_import_a_goal_off_its_scale(exported: dict[str, Any],
                                                        tmp_path: Path) -> None:
    env = {"TRIAD_NEW_PASSPHRASE": "demo passphrase", "TRIAD_PASSPHRASE": "demo passphrase"}
    path = tmp_path / "case.json"
    path.write_bytes(InterchangeService.dumps(exported))
    fresh = str(tmp_path / "fresh.triad")
    assert cli("init", fresh, "--name", "Receiver", "--role", "therapist", env=env).code == 0
    r = cli("import-json", fresh, str(path), env=env)
    assert r.code == 2 and "nothing was imported" in r.err, r.err
    assert "No cases." in cli("cases", fresh, env=env).out


def test_a_case_file_with_a_date_of_birth_in_the_future_is_refused(demo_copy: Path,
                                                                   tmp_path: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    case = ws.cases.list()[0]
    # the demo's own clock is stopped on DEMO_TODAY; the day after is the future
    later = (DEMO_TODAY + timedelta(days=1)).isoformat()
    ws.append(Kind.CASE_CLIENT_UPDATED, {"changes": {"date_of_birth": later}}, case.case_id)
    data = ws.interchange.export_case(case.case_id)
    ws.close()
    fresh = Workspace.create(tmp_path / "fresh.triad", name="New Therapist", role=Role.THERAPIST,
                             passphrase="fresh passphrase").workspace
    try:
        exc = refused(lambda: fresh.interchange.import_case(data), fresh, "case-file")
        assert exc.data["reason"] == "date-of-birth-future"
        assert str(exc.data["path"]).endswith(".body.changes.date_of_birth")
    finally:
        fresh.close()
