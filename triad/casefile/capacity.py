"""Capacity and age: who may be consented to what (DOMAIN "Consent as a gate").

The therapist assesses whether the client has the capacity to consent to SPT and records it as
a signed ``client.capacity_assessed`` entry: the day, the outcome (``has-capacity``,
``lacks-capacity``, ``needs-review``) and a note. The informed consent needs an assessment with
the outcome "has capacity" as the latest one on or before its date. Assessments are never
edited: a new assessment supersedes the earlier one.

Age: any consent beyond conversation needs the client's date of birth on record, and a client
under the age of majority (the practice's audit setting ``age_of_majority``, default 18) on the
consent's date cannot be consented to any touch or aid activity; a consent already on record
grants no such activity while the client was a minor (``ConsentService.in_force``), so no
session or phase that needs one can be scheduled or started.

A surrogate partner reads the day and outcome of an assessment, not the therapist's note.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad import clock
from triad.casefile.cases import Change
from triad.casefile.validate import age_problem, majority_setting, minor_on, touch_activities
from triad.errors import InvalidCode, InvalidInput
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

OUTCOMES = ("has-capacity", "lacks-capacity", "needs-review")
INFORMED_CONSENT = "informed-consent"


@dataclass(frozen=True)
class CapacityAssessment:
    assessment_id: str
    on: str  # YYYY-MM-DD
    outcome: str  # one of OUTCOMES
    note: str  # blank for a surrogate partner
    recorded_at: str
    recorded_by: str
    entry_id: str


def informed_consent_capacity_problem(assessments: list[CapacityAssessment],
                                      day: str) -> InvalidInput | None:
    """Why an informed consent from ``day`` cannot be recorded given these assessments, or
    None: the latest assessment on or before ``day`` must find that the client has capacity."""
    before = [a for a in assessments if a.on <= day[:10]]
    latest = max(before, key=lambda a: (a.on, a.recorded_at, a.entry_id)) if before else None
    if latest is None or latest.outcome != "has-capacity":
        return InvalidInput(InvalidCode.CAPACITY_REQUIRED, field="capacity",
                            latest=latest.outcome if latest else None, on=day[:10])
    return None


class CapacityService:
    """Record and read capacity assessments; the age and capacity rules consent uses."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def record(self, case_key: str, on: str, outcome: str, note: str = "") -> Change:
        """Record the therapist's assessment of the client's capacity to consent on ``on``."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        day = clock.day(on, "on")
        if day > self._ws.local_now()[:10]:
            raise InvalidInput(InvalidCode.CAPACITY_FUTURE, field="on")
        if outcome not in OUTCOMES:
            raise InvalidInput(InvalidCode.CAPACITY_OUTCOME, field="outcome", value=str(outcome))
        text = note.strip()
        if len(text) > 20_000:
            raise InvalidInput(InvalidCode.TOO_LONG, field="note")
        assessment_id = str(uuid.uuid4())
        entry = self._ws.append(Kind.CLIENT_CAPACITY_ASSESSED, {
            "assessment_id": assessment_id, "on": day, "outcome": outcome, "note": text}, case_id)
        return Change(entry.id, case_id, entry.kind, assessment_id)

    def assessments(self, case_key: str) -> list[CapacityAssessment]:
        """The case's assessments, oldest first (by day, then when recorded)."""
        case_id = self._ws.cases.access.require(case_key)
        hide = self._ws.cases.access.role(case_id) is Role.SURROGATE
        out = []
        for data, entry_id, recorded_at, recorded_by in self._ws.vault.db.rows(
                "SELECT data, entry_id, recorded_at, recorded_by FROM capacity_assessments"
                " WHERE case_id=? ORDER BY json_extract(data, '$.on'), recorded_at, entry_id",
                (case_id,)):
            d = json.loads(data)
            out.append(CapacityAssessment(d["assessment_id"], d["on"], d["outcome"],
                                          "" if hide else d.get("note", ""), recorded_at,
                                          recorded_by, entry_id))
        return out

    def latest(self, case_key: str) -> CapacityAssessment | None:
        found = self.assessments(case_key)
        return found[-1] if found else None

    def age_of_majority(self) -> int:
        """The practice's age of majority (audit settings; 18 when not set)."""
        return majority_setting(self._ws.vault.db.get_meta("audit_settings"))

    def _date_of_birth(self, case_id: str) -> str:
        row = self._ws.vault.db.one("SELECT json_extract(client, '$.date_of_birth') FROM cases"
                                    " WHERE case_id=?", (case_id,))
        return str(row[0] or "") if row else ""

    def why_not_consent(self, case_key: str, form_id: str, grants: tuple[str, ...],
                        valid_from: str) -> InvalidInput | None:
        """Why a consent on ``form_id`` granting ``grants`` from ``valid_from`` cannot be
        recorded for this case's client, or None (the module docstring's rules)."""
        case_id = self._ws.cases.access.require(case_key)
        problem = age_problem(self._date_of_birth(case_id), grants, valid_from, self.age_of_majority())
        if problem is None and form_id == INFORMED_CONSENT:
            problem = informed_consent_capacity_problem(self.assessments(case_id), valid_from)
        return problem

    def minor_at(self, case_key: str, at: str) -> bool:
        """Whether the client's recorded date of birth shows a minor at ``at`` (False when
        none is recorded)."""
        born = self._date_of_birth(self._ws.cases.access.require(case_key))
        return minor_on(born, at, self.age_of_majority())

    def why_not_activities(self, case_key: str, wanted: tuple[str, ...], at: str) -> InvalidInput | None:
        """Why a session or phase with ``wanted`` activities cannot take place at ``at``, or
        None: no touch or aid activity while the client is a minor."""
        touch = touch_activities(wanted)
        if touch and self.minor_at(case_key, at):
            return InvalidInput(InvalidCode.MINOR, field="activities", activities=touch,
                                age_of_majority=self.age_of_majority())
        return None
