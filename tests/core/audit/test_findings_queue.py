"""The supervisor's findings queue, the case list's findings column and the supervisor's own
next-due item (issue 16), on the demo practice: the services and triad-cli."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from tests.core.conftest import cli
from triad import demo
from triad.audit.queue import COSIGN_DUE, FINDING_DUE, CaseFindings
from triad.casefile import agenda
from triad.errors import InvalidInput, NotFound, PermissionDenied
from triad.workspace import Workspace


@pytest.fixture
def practice(demo_copy: Path) -> Path:
    return demo_copy


def test_the_queue_holds_every_open_finding_across_the_supervisors_cases(practice: Path) -> None:
    ws = Workspace.open(practice, PASS, demo.SUPERVISOR)
    everything = ws.findings.open()
    assert [(f.rule_id, f.case_code) for f in everything] == [
        ("consent.release-before-first-session", "C-2026-004"), ("case.stalled", "C-2026-004")]
    assert [f.rule_id for f in ws.findings.open("major")] == ["consent.release-before-first-session"]
    assert ws.findings.open("critical") == []
    assert [f.rule_id for f in ws.findings.open(rule="case.stalled")] == ["case.stalled"]
    assert ws.findings.open(case="C-2026-001") == []
    assert len(ws.findings.open(case="C-2026-004")) == 2
    with pytest.raises(InvalidInput):
        ws.findings.open("grave")
    with pytest.raises(NotFound):
        ws.findings.open(rule="no.such-rule")
    case4 = next(c.case_id for c in ws.cases.list() if c.code == "C-2026-004")
    assert ws.findings.counts() == {case4: CaseFindings(2, "major")}
    ws.audit.sign_off(everything[0].finding_id, "Seen; ROI is now checked at intake.")
    assert ws.findings.counts() == {case4: CaseFindings(1, "minor")}  # the cache saw the entry
    ws.close()
    t = Workspace.open(practice, PASS)  # the therapist sees the column for her own cases
    assert t.findings.counts() == {case4: CaseFindings(1, "minor")}
    t.close()
    s = Workspace.open(practice, PASS, demo.SURROGATES[0])
    assert s.findings.counts() == {}
    with pytest.raises(PermissionDenied):
        s.findings.open()
    s.close()


def test_the_supervisors_next_due_item_is_their_own_work(practice: Path) -> None:
    """On today's demo the supervisor's case list showed the therapist's tasks ('review the
    debrief of ...', the next session): now only a finding to sign off or a co-signature."""
    ws = Workspace.open(practice, PASS, demo.SUPERVISOR)
    lines = {line.code: line.due for line in agenda.case_lines(ws)}
    therapist = Workspace.open(practice, PASS)
    theirs = {line.code: line.due for line in agenda.case_lines(therapist)}
    assert theirs["C-2026-001"] is not None and theirs["C-2026-001"].code == "review-debrief"
    assert lines["C-2026-001"] is None and lines["C-2026-002"] is None
    due = lines["C-2026-004"]
    assert due is not None and due.code == FINDING_DUE
    first = ws.findings.open()[0]
    assert (due.subject_id, due.when) == (first.finding_id, first.at)  # the most severe first
    assert {d.code for d in lines.values() if d} <= {FINDING_DUE, COSIGN_DUE}
    for line in agenda.case_lines(ws):
        assert agenda.next_due(ws, line.case_id) == line.due
    # a co-signature comes before a finding
    ws.audit.update_settings(cosign_from=DEMO_NOW.date().isoformat())
    review = therapist.sessions.review(
        next(s.session_id for s in therapist.sessions.list(next(
            c.case_id for c in therapist.cases.list() if c.code == "C-2026-001"))
             if s.debrief is not None and not s.debrief.reviewed), "Read; agree.")
    entry = therapist.log.entries("kind='debrief.reviewed'")[-1]
    assert entry.case_id == review.case_id
    due = agenda.next_due(ws, review.case_id or "")
    assert due is not None and (due.code, due.subject_id) == (COSIGN_DUE, entry.id)
    ws.cosign.cosign(entry.id, "Agree.")
    assert agenda.next_due(ws, review.case_id or "") is None
    therapist.close()
    ws.close()


def test_findings_and_cosign_on_the_command_line(practice: Path) -> None:
    env = {"TRIAD_PASSPHRASE": PASS}
    v, sup = str(practice), ("--member", demo.SUPERVISOR)
    text = cli("findings", v, *sup, env=env, now=DEMO_NOW)
    assert text.code == 0 and "case.stalled" in text.out and "C-2026-004" in text.out
    assert "Open findings (2)" in text.out
    data = json.loads(cli("findings", v, *sup, "--severity", "major", "--format", "json",
                          env=env, now=DEMO_NOW).out)
    assert data["format"] == "triad-findings" and data["version"] == 1
    assert [f["rule_id"] for f in data["findings"]] == ["consent.release-before-first-session"]
    assert data["findings"][0]["case"]["code"] == "C-2026-004"
    bad = cli("findings", v, *sup, "--rule", "no.such-rule", env=env, now=DEMO_NOW)
    assert bad.code == 2 and "no such rule" in bad.err
    assert cli("findings", v, "--member", demo.SURROGATES[0], env=env, now=DEMO_NOW).code == 2
    listed = cli("cases", v, *sup, env=env, now=DEMO_NOW)  # the supervisor's own next due
    assert listed.code == 0, listed.err
    assert "sign off finding F-" in listed.out and "review the debrief" not in listed.out
    none = cli("cosign", v, *sup, env=env, now=DEMO_NOW)
    assert none.code == 0 and "does not require co-signature" in none.out
    assert cli("audit-settings", v, *sup, "--cosign-from", "2026-11-01", "--cosign-days", "7",
               env=env, now=DEMO_NOW).out.count("from 2026-11-01, within 7 days") == 1
    waiting = json.loads(cli("cosign", v, *sup, "--format", "json", env=env, now=DEMO_NOW).out)
    assert waiting["required"] is True and waiting["awaiting"]  # reviews since 2026-11-01
    first = waiting["awaiting"][0]
    assert first["kind"] == "debrief.reviewed" and first["session_id"]
    denied = cli("cosign", v, first["entry_id"], env=env, now=DEMO_NOW)  # the therapist
    assert denied.code == 2 and "supervisor" in denied.err
    ok = cli("cosign", v, first["entry_id"], "--comment", "Agree.", *sup, env=env, now=DEMO_NOW)
    assert ok.code == 0
    again = json.loads(cli("cosign", v, *sup, "--format", "json", env=env, now=DEMO_NOW).out)
    assert first["entry_id"] not in {a["entry_id"] for a in again["awaiting"]}
