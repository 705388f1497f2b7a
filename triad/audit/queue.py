"""The supervisor's findings queue and what the case list shows of the audit (issue 16).

``FindingsQueue`` (``ws.findings``): every open finding across the cases the acting member
audits (a supervisor: the cases they supervise; a therapist: their own), filterable by
severity, case and rule; per case the number of open findings with the highest severity (the
case list's column); and a supervisor's own next-due item on each case they supervise -- an
entry awaiting their co-signature, else the most severe open finding to sign off -- never the
therapist's task.

One audit serves them all: ``AuditService.run`` keeps it per case, in the vault, until what a
case's findings stand on changes (``triad.audit.kept``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad.audit.engine import Finding
from triad.audit.rules import RULES, SEVERITIES
from triad.casefile.agenda import DueItem
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

COSIGN_DUE = "cosign-review"  # an entry awaiting the supervisor's co-signature
FINDING_DUE = "finding"  # an open finding awaiting the supervisor's sign-off


@dataclass(frozen=True)
class CaseFindings:
    """The open findings of one case: how many, and the highest severity among them."""

    open: int
    highest: str


class FindingsQueue:
    """Open findings across cases, for supervisors (their queue) and therapists (their column)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def open(self, severity: str | None = None, case: str | None = None,
             rule: str | None = None) -> list[Finding]:
        """Open findings, most severe first (then case code, time). ``severity``: this
        severity or worse; ``case``: a case code or id; ``rule``: a rule id."""
        if severity is not None and severity not in SEVERITIES:
            raise InvalidInput(InvalidCode.SEVERITY, field="severity")
        if rule is not None and rule not in {r.rule_id for r in RULES}:
            raise NotFound(NotFoundCode.RULE)
        report = self._ws.audit.run(case)
        limit = SEVERITIES.index(severity) if severity else len(SEVERITIES)
        return [f for f in report.findings if f.status == "open"
                and SEVERITIES.index(f.severity) <= limit and (rule is None or f.rule_id == rule)]

    def counts(self) -> dict[str, CaseFindings]:
        """Per case with open findings: their number and highest severity. Empty for a
        surrogate partner (she does not audit)."""
        if self._ws.actor.role is Role.SURROGATE:
            return {}
        out: dict[str, CaseFindings] = {}
        for f in self._ws.audit.run().findings:  # most severe first
            if f.status != "open":
                continue
            seen = out.get(f.case_id)
            out[f.case_id] = CaseFindings((seen.open if seen else 0) + 1,
                                          seen.highest if seen else f.severity)
        return out

    def dues(self, case_ids: list[str], one_case: bool = False) -> dict[str, DueItem]:
        """The supervisor's own next-due item on each of these cases (they supervise them):
        the oldest entry awaiting their co-signature, else the most severe, oldest open finding."""
        if not case_ids or self._ws.actor.role is not Role.SUPERVISOR:
            return {}
        settings = self._ws.audit.settings()
        out: dict[str, DueItem] = {}
        for a in self._ws.cosign.awaiting_in(case_ids, settings):
            out.setdefault(a.case_id, DueItem(COSIGN_DUE, a.at, a.entry_id))
        wanted = set(case_ids) - set(out)
        if not wanted:
            return out
        report = self._ws.audit.run(case_ids[0] if one_case else None)
        firsts: dict[str, Finding] = {}
        for f in report.findings:
            if f.status == "open" and f.case_id in wanted:
                best = firsts.get(f.case_id)
                if best is None or (SEVERITIES.index(f.severity), f.at) < (
                        SEVERITIES.index(best.severity), best.at):
                    firsts[f.case_id] = f
        out.update({c: DueItem(FINDING_DUE, f.at, f.finding_id) for c, f in firsts.items()})
        return out
