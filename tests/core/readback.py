"""Read every case a workspace holds back through the services, as the app and the command
line do: an import that was accepted must leave nothing they cannot read (a body of the wrong
shape used to import and then make these raise TypeError or ValueError)."""

from __future__ import annotations

import contextlib

from triad.casefile import agenda
from triad.errors import NotFound, PermissionDenied
from triad.roles import Role
from triad.workspace import Workspace


def read_back(ws: Workspace, reports: bool = False) -> int:
    """Read everything of every case; returns the number of cases read. ``reports``: also
    build each case's progress summary (ReportLab: slow)."""
    cases = ws.cases.list()
    for c in cases:
        case = ws.cases.get(c.case_id)
        assert case.code and case.client.code == case.code
        ws.cases.goals(c.case_id)
        records = ws.consent.records(c.case_id)
        for r in records:
            ws.consent.status(r, records, case.opened_at)
        ws.consent.in_force(c.case_id, case.opened_at)
        for revision in ws.plans.revisions(c.case_id):
            ws.plans.revision(c.case_id, revision)
        ws.plans.current(c.case_id)
        for s in ws.sessions.list(c.case_id):
            ws.sessions.get(s.session_id)
        ws.measures.list(c.case_id)
        for e in ws.log.entries("case_id=?", (c.case_id,)):
            with contextlib.suppress(PermissionDenied, NotFound):  # what the role may not read
                ws.amendments.history(e.id)
        agenda.next_due(ws, c.case_id)
        if reports:
            ws.reports.progress(c.case_id)
    if cases and ws.actor.role is not Role.SURROGATE:
        ws.audit.run()
        ws.audit.trail()
    return len(cases)
