"""triad-cli case status (issue 17): a therapist closes a case from the command line -- the
start of its retention period -- with the same rules as the app: the lifecycle's transitions,
and a closing three-way meeting or the reason there was none."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli
from triad.workspace import Workspace

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS}


def test_a_case_closes_from_the_command_line_and_shows_its_retention(demo_copy: Path) -> None:
    v = str(demo_copy)
    jump = cli("case", "status", v, "C-2026-002", "--to", "closed", env=ENV, now=DEMO_NOW)
    assert jump.code == 2 and "cannot go from active to closed" in jump.err
    assert "triad-cli case status VAULT CASE --to STATUS" in jump.err  # not "in the app"
    assert cli("case", "status", v, "C-2026-002", "--to", "closing", env=ENV,
               now=DEMO_NOW).code == 0
    plain = cli("case", "status", v, "C-2026-002", "--to", "closed", "--reason", "Goals met",
                env=ENV, now=DEMO_NOW)
    assert plain.code == 2 and "--no-closing-meeting" in plain.err  # surrogate sessions
    closed = cli("case", "status", v, "C-2026-002", "--to", "closed", "--reason", "Goals met",
                 "--no-closing-meeting", "Closure agreed by letter", env=ENV, now=DEMO_NOW)
    assert closed.code == 0, closed.err
    assert "C-2026-002 is closed now." in closed.out
    assert "kept until 2033-11-23" in closed.out  # seven years after the last service
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        case = ws.cases.get("C-2026-002")
        assert case.status == "closed" and case.history[-1].reason == "Goals met"


def test_only_the_cases_therapist_changes_its_status(demo_copy: Path) -> None:
    refused = cli("case", "status", str(demo_copy), "C-2026-002", "--to", "closing",
                  "--member", "Dr Amara Okafor", env=ENV, now=DEMO_NOW)
    assert refused.code != 0 and "Traceback" not in refused.err
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        assert ws.cases.get("C-2026-002").status == "active"
