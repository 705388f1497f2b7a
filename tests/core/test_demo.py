"""The demo practice is realistic and internally consistent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO_PASS, copy_demo
from triad import demo
from triad.casefile.ladder import Activity
from triad.workspace import Workspace


@pytest.fixture(scope="module")
def ws(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = Workspace.open(copy_demo(demo_path, tmp_path_factory.mktemp("d")), DEMO_PASS)
    yield w
    w.close()


def test_members_and_cases(ws: Workspace) -> None:
    roles = sorted((m.role.value, m.name) for m in ws.members.list())
    assert roles == sorted([("therapist", demo.THERAPIST), ("surrogate", demo.SURROGATES[0]),
                            ("surrogate", demo.SURROGATES[1]), ("supervisor", demo.SUPERVISOR)])
    cases = ws.cases.list()
    assert [c.status for c in cases] == ["active", "active", "paused", "active", "assessment"]
    assert ws.verify().ok


def test_dates_spread_over_months(ws: Workspace) -> None:
    sessions = [s for c in ws.cases.list() for s in ws.sessions.list(c.case_id)]
    months = {s.starts_at[:7] for s in sessions}
    assert len(months) >= 7 and len(sessions) > 80
    # every surrogate session held has its debrief (issue 16: one cancelled, one a no-show)
    assert all(s.debrief for s in sessions if s.kind == "surrogate_session" and s.held)


def test_sessions_say_what_happened(ws: Workspace) -> None:
    """Issue 16: a cancelled and a no-show session, a weekly series, and no session over
    without its outcome in a well-run practice."""
    sessions = [s for c in ws.cases.list() for s in ws.sessions.list(c.case_id)]
    outcomes = [s.outcome for s in sessions]
    assert outcomes.count("cancelled-by-client") == 1 and outcomes.count("no-show") == 1
    assert "outcome-missing" not in outcomes
    series = [s for s in sessions if s.series_id]
    assert len(series) == 6 and len({s.series_id for s in series}) == 1
    assert len({s.starts_at[11:] for s in series}) == 1  # weekly, same hour


def test_rehabilitation_case_uses_aids_under_their_own_consent(ws: Workspace) -> None:
    case = ws.cases.list()[1]
    assert "disability-or-chronic-illness" in case.client.presenting_concerns
    aids = [r for r in ws.consent.records(case.case_id) if r.form_id == "therapeutic-aids"]
    assert len(aids) == 1 and aids[0].grants == (Activity.AIDS,)
    # each aid of the inventory has its own grant, for the uses the client agreed to
    inventory = {a.description: a.aid_id for a in ws.aids.list(case.case_id)}
    assert set(inventory) == {"Pelvic model", "Full-body doll with adjustable positioning"}
    assert {(g.aid_id, g.uses) for g in aids[0].aids or ()} == {
        (inventory["Pelvic model"], ("in_session", "at_home")),
        (inventory["Full-body doll with adjustable positioning"], ("in_session",))}
    used = [s for s in ws.sessions.list(case.case_id) if s.debrief and s.debrief.aid_ids]
    assert used and all(s.starts_at >= aids[0].valid_from for s in used)
    assert all(set(s.debrief.aid_ids) == set(inventory.values()) for s in used if s.debrief)
    assert all(not s.debrief.flags for s in used if s.debrief)


def test_paused_case_follows_a_revocation(ws: Workspace) -> None:
    case = ws.cases.list()[2]
    revocations = [rv for r in ws.consent.records(case.case_id) for rv in r.revocations]
    assert len(revocations) == 1 and revocations[0].party == "client"
    assert case.history[-1].to == "paused" and case.history[-1].at > revocations[0].at
    assert ws.consent.in_force(case.case_id) == (Activity.CONVERSATION, Activity.RELAXATION)
    # its last surrogate session (talk therapy goes on weekly: issue 16's demo series)
    last = [s for s in ws.sessions.list(case.case_id) if s.kind == "surrogate_session"][-1].debrief
    assert last is not None and "stop-signal-used" in last.flags and last.reviewed


def test_documentation_gap_is_seeded(ws: Workspace) -> None:
    case = ws.cases.list()[3]
    roi = next(r for r in ws.consent.records(case.case_id) if r.form_id == "release-of-information")
    # the first surrogate session (issue 16: a three-way meeting comes before it)
    first = next(s for s in ws.sessions.list(case.case_id) if s.kind == "surrogate_session")
    assert first.starts_at < roi.valid_from


def test_demo_members_open_with_the_passphrase(ws: Workspace) -> None:
    path: Path = ws.vault.folder
    for name in (*demo.SURROGATES, demo.SUPERVISOR):
        other = Workspace.open(path, "demo passphrase", name)
        assert other.cases.list()
        other.close()
