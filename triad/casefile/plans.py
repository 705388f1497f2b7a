"""Phase plans: made from a template, every edit a new revision; phases start only when the
consent their activities need is in force."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad import clock, i18n
from triad.casefile import forms
from triad.casefile.cases import Change
from triad.casefile.ladder import Activity, activities, ladder_sorted
from triad.casefile.validate import label
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

PHASE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Phase:
    phase_id: str
    title: str
    objectives: tuple[str, ...]
    activities: tuple[Activity, ...]
    planned_sessions: int
    entry_criteria: tuple[str, ...]
    status: str = "planned"  # planned, active, completed
    started_at: str | None = None
    completed_at: str | None = None


@dataclass(frozen=True)
class Plan:
    revision: int
    template_id: str
    phases: tuple[Phase, ...]
    revised_at: str
    revised_by: str

    def phase(self, phase_id: str) -> Phase:
        for p in self.phases:
            if p.phase_id == phase_id:
                return p
        raise NotFound(NotFoundCode.PHASE)

    @property
    def current(self) -> Phase | None:
        return next((p for p in self.phases if p.status == "active"), None)


def validate_phases(phases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean phase dicts (the template/revision shape); InvalidInput names the field."""
    if not phases:
        raise InvalidInput(InvalidCode.NO_PHASES, field="phases")
    seen: set[str] = set()
    out = []
    for i, p in enumerate(phases):
        where = f"phases[{i}]"
        phase_id = str(p.get("phase_id", ""))
        if not PHASE_ID.match(phase_id) or phase_id in seen:
            raise InvalidInput(InvalidCode.PHASE_ID, field=f"{where}.phase_id")
        seen.add(phase_id)
        title = str(p.get("title", "")).strip()
        if not title:
            raise InvalidInput(InvalidCode.EMPTY, field=f"{where}.title")
        label(title, f"{where}.title")
        try:
            planned = int(p.get("planned_sessions", 0))
        except (TypeError, ValueError) as exc:
            raise InvalidInput(InvalidCode.NUMBER, field=f"{where}.planned_sessions") from exc
        if not 0 <= planned <= 200:
            raise InvalidInput(InvalidCode.RANGE, field=f"{where}.planned_sessions")
        out.append({
            "phase_id": phase_id, "title": title,
            "objectives": [str(o).strip() for o in p.get("objectives", []) if str(o).strip()],
            "activities": ladder_sorted(activities(p.get("activities", []), f"{where}.activities")),
            "planned_sessions": planned,
            "entry_criteria": [str(c).strip() for c in p.get("entry_criteria", []) if str(c).strip()],
        })
    return out


class PlanService:
    """Therapists write plans; everyone on the case reads them."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def templates(self, language: str | None = None) -> dict[str, dict[str, Any]]:
        """The plan templates in ``language`` (None: the language spoken, ``triad.i18n``),
        English where no translation ships."""
        return forms.plan_templates(language or i18n.chosen())

    def from_template(self, case_key: str, template_id: str,
                      language: str | None = None) -> Change:
        """A first plan (or a new revision) from a template, its words in ``language`` (None:
        the language spoken)."""
        template = self.templates(language).get(template_id)
        if template is None:
            raise NotFound(NotFoundCode.TEMPLATE)
        return self._revise(case_key, template["phases"], template_id)

    def revise(self, case_key: str, phases: list[dict[str, Any]]) -> Change:
        """A new revision with these phases (statuses of kept phase ids carry over)."""
        current = self.current(case_key)
        return self._revise(case_key, phases, current.template_id if current else "custom")

    def _revise(self, case_key: str, phases: list[dict[str, Any]], template_id: str) -> Change:
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        clean = validate_phases(phases)
        active = self._statuses(case_id)
        for phase_id, (status, _, _) in active.items():
            if status == "active" and phase_id not in {p["phase_id"] for p in clean}:
                raise InvalidInput(InvalidCode.ACTIVE_PHASE_REMOVED, field="phases")
        row = self._ws.vault.db.one(
            "SELECT max(revision) FROM plan_revisions WHERE case_id=?", (case_id,))
        revision = int(row[0] or 0) + 1 if row else 1
        entry = self._ws.append(Kind.PLAN_REVISED, {
            "revision": revision, "template_id": template_id, "phases": clean}, case_id)
        return Change(entry.id, case_id, entry.kind, str(revision))

    def _statuses(self, case_id: str) -> dict[str, tuple[str, str | None, str | None]]:
        return {
            r[0]: (r[1], r[2], r[3]) for r in self._ws.vault.db.rows(
                "SELECT phase_id, status, started_at, completed_at FROM phase_status"
                " WHERE case_id=?", (case_id,))
        }

    def current(self, case_key: str) -> Plan | None:
        return self.revision(case_key, None)

    def revision(self, case_key: str, revision: int | None) -> Plan | None:
        case_id = self._ws.cases.access.require(case_key)
        sql = ("SELECT data, revised_at, revised_by FROM plan_revisions WHERE case_id=?"
               + (" AND revision=?" if revision else " ORDER BY revision DESC LIMIT 1"))
        row = self._ws.vault.db.one(sql, (case_id, revision) if revision else (case_id,))
        if row is None:
            return None
        data = json.loads(row[0])
        statuses = self._statuses(case_id)
        phases = tuple(
            Phase(p["phase_id"], p["title"], tuple(p["objectives"]), activities(p["activities"]),
                  p["planned_sessions"], tuple(p["entry_criteria"]),
                  *statuses.get(p["phase_id"], ("planned", None, None)))
            for p in data["phases"]
        )
        return Plan(data["revision"], data["template_id"], phases, row[1], row[2])

    def revisions(self, case_key: str) -> list[int]:
        case_id = self._ws.cases.access.require(case_key)
        return [r[0] for r in self._ws.vault.db.rows(
            "SELECT revision FROM plan_revisions WHERE case_id=? ORDER BY revision", (case_id,))]

    def start_phase(self, case_key: str, phase_id: str, at: str | None = None) -> Change:
        """Start a phase. Refused (ConsentViolation, naming the activities) unless consent
        covers every activity the phase needs at ``at``; refused while another phase is
        active or the case is not in assessment or active."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        plan = self.current(case_id)
        if plan is None:
            raise NotFound(NotFoundCode.PLAN)
        phase = plan.phase(phase_id)
        status = self._ws.cases.get(case_id).status
        if status not in ("assessment", "active"):
            raise InvalidInput(InvalidCode.CASE_STATUS, field="status", status=status)
        if plan.current is not None:
            raise InvalidInput(InvalidCode.PHASE_ACTIVE, field="phase_id", active=plan.current.phase_id)
        if phase.status == "completed":
            raise InvalidInput(InvalidCode.PHASE_COMPLETED, field="phase_id")
        when = clock.when(at, "at") if at else self._ws.local_now()
        if phase.planned_sessions > 0:
            # A therapist-only phase (intake: no surrogate sessions) needs no activity consent.
            # Every required form at once (the release aside: see ConsentService.gaps), and
            # none once the client revoked the whole informed consent.
            wanted = tuple(a.value for a in phase.activities)
            stop = self._ws.consent.why_no_surrogate_work(case_id, when)
            if stop is not None:
                raise stop
            self._ws.consent.require_covered(case_id, wanted, when, need_release=False)
        entry = self._ws.append(Kind.PHASE_STARTED, {"phase_id": phase_id, "at": when}, case_id)
        return Change(entry.id, case_id, entry.kind, phase_id)

    def complete_phase(self, case_key: str, phase_id: str, at: str | None = None) -> Change:
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        plan = self.current(case_id)
        if plan is None:
            raise NotFound(NotFoundCode.PLAN)
        if plan.phase(phase_id).status != "active":
            raise InvalidInput(InvalidCode.PHASE_NOT_ACTIVE, field="phase_id")
        when = clock.when(at, "at") if at else self._ws.local_now()
        entry = self._ws.append(Kind.PHASE_COMPLETED, {"phase_id": phase_id, "at": when}, case_id)
        return Change(entry.id, case_id, entry.kind, phase_id)
