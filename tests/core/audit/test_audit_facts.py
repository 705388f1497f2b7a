"""The audit's per-case consent look-up (cached per stretch of time) answers exactly as
activities_in_force does, at every boundary and between them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import DEMO_PASS
from triad.audit.context import AuditSettings, CaseFacts
from triad.casefile.consent import activities_in_force
from triad.workspace import Workspace


def _around(moment: str) -> list[str]:
    t = datetime.strptime(moment[:16], "%Y-%m-%dT%H:%M")
    return [(t + timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M") for k in (-1, 0, 1)]


def test_in_force_matches_the_rule_at_every_boundary(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, DEMO_PASS)
    checked = 0
    for case in ws.cases.list():
        records = ws.consent.records(case.case_id)
        moments = {m for r in records for m in (r.valid_from, r.ends, *(rv.at for rv in r.revocations))
                   if m}
        moments |= {s.starts_at for s in ws.sessions.list(case.case_id)}
        ats = sorted({a for m in moments for a in _around(m)} | {"2000-01-01T00:00", "2999-01-01T00:00"})
        # in both orders, so that a wrong cache key would show whichever way it is filled
        for order in (ats, list(reversed(ats))):
            fresh = CaseFacts(case.case_id, case.code, case.therapist_id, "", "", AuditSettings(),
                              records, [], [], {})
            for at in order:
                assert fresh.in_force(at) == activities_in_force(records, at), (case.code, at)
                checked += 1
    # the demo has revocations and several records per case: the check covered real boundaries
    assert checked > 200
    assert any(r.revocations for c in ws.cases.list() for r in ws.consent.records(c.case_id))
    ws.close()
