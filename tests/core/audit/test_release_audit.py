"""Issue 13, point 2: a surrogate session held while no release of information was in force is
an audit finding (``consent.session-without-release``)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO_PASS
from tests.core.practice import sigs
from triad import demo
from triad.workspace import Workspace

CASE = "C-2026-002"
RULE = "consent.session-without-release"


def test_sessions_held_after_the_release_was_revoked_are_findings(demo_copy: Path) -> None:
    t = Workspace.open(demo_copy, DEMO_PASS)
    held = [s for s in t.sessions.list(CASE) if s.kind == "surrogate_session" and s.debrief]
    assert len(held) >= 4
    revoked_at = held[-3].starts_at  # the last three sessions come after the revocation
    release = next(r.consent_id for r in t.consent.records(CASE)
                   if r.form_id == "release-of-information")
    t.consent.revoke(CASE, release, "Withdrawn by the client in a talk-therapy session.",
                     at=revoked_at.replace("T", " ")[:16])
    # a new release, signed before the last session, covers it again
    t.consent.give(CASE, "release-of-information", sigs(
        held[-1].starts_at[:10], "client", "therapist",
        client=t.cases.get(CASE).client.legal_name),  # typed by the client (issue 13)
                   valid_from=held[-1].starts_at[:10] + "T00:00")
    t.close()
    sup = Workspace.open(demo_copy, DEMO_PASS, demo.SUPERVISOR)
    found = [f for f in sup.audit.run().findings if f.rule_id == RULE]
    sup.close()
    assert [f.case_code for f in found] == [CASE, CASE]
    assert {f.severity for f in found} == {"major"}
    assert [f.detail["release"] for f in found] == ["revoked", "revoked"]
    assert all(f.detail["since"] == revoked_at.replace(" ", "T")[:16] for f in found)
