"""Which role may author which kind of entry. Services check the acting member before they
write; importers (JSON now, packets later) check every entry against this table, so a file
cannot make a surrogate the author of a plan."""

from __future__ import annotations

from triad.roles import Role

T, S, V = Role.THERAPIST, Role.SURROGATE, Role.SUPERVISOR

KIND_ROLES: dict[str, frozenset[Role]] = {
    "case.opened": frozenset({T}),
    "case.client_updated": frozenset({T}),
    "case.team_changed": frozenset({T}),
    "case.status_changed": frozenset({T}),
    "goal.set": frozenset({T}),
    "goal.progress": frozenset({T}),
    "consent.given": frozenset({T}),
    # A client may withdraw consent in the middle of a surrogate session: the surrogate
    # records it at once, and it takes effect at once.
    "consent.revoked": frozenset({T, S}),
    "plan.revised": frozenset({T}),
    "phase.started": frozenset({T}),
    "phase.completed": frozenset({T}),
    "session.scheduled": frozenset({T}),
    "session.debriefed": frozenset({S}),
    "debrief.reviewed": frozenset({T}),
    "measure.recorded": frozenset({T}),
    "entry.amended": frozenset({T, S}),
    "audit.signoff": frozenset({V}),
    "audit.remediation": frozenset({T}),
}

CASE_KINDS = frozenset(KIND_ROLES)


def may_author(role: Role, kind: str) -> bool:
    return role in KIND_ROLES.get(kind, frozenset())
