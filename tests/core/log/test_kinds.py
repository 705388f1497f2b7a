"""Entry kinds are one vocabulary: every kind is projected by a named handler or listed as
not projected, with the reason; the stored strings never change."""

from __future__ import annotations

import re
from pathlib import Path

from triad.audit.rules import RULES
from triad.log.kinds import CASE_KINDS, KIND_ROLES, Kind, kind_of, may_author
from triad.log.projection import AMENDABLE, NOT_PROJECTED, CaseFileProjection
from triad.roles import Role

TRIAD = Path(__file__).resolve().parents[3] / "triad"


def test_every_kind_has_a_handler_or_is_listed_as_not_projected() -> None:
    handled = set(CaseFileProjection().handlers)
    assert not handled & set(NOT_PROJECTED), "a kind is both projected and listed as not"
    missing = [k.value for k in Kind if k not in handled and k not in NOT_PROJECTED]
    assert not missing, f"give these kinds a handler in CaseFileProjection, or list them in NOT_PROJECTED: {missing}"
    assert all(reason.strip() for reason in NOT_PROJECTED.values())


def test_the_stored_strings_are_those_of_every_vault_so_far() -> None:
    assert [k.value for k in Kind] == [
        "case.opened", "case.client_updated", "case.team_changed", "case.status_changed",
        "goal.set", "goal.progress", "consent.given", "consent.revoked", "plan.revised",
        "phase.started", "phase.completed", "session.scheduled", "session.debriefed",
        "debrief.reviewed", "measure.recorded", "entry.amended", "audit.signoff",
        "audit.remediation", "client.capacity_assessed", "consent.signed", "aid.added", "aid.retired",
        "session.outcome_recorded", "session.rescheduled",  # issue 16
        "entry.cosigned", "note.progress", "meeting.minutes",
        "case.disposal_authorised", "case.disposed",  # issue 17
        "request.received", "request.closed",  # issue 17
        "case.transferred", "case.custody_requested", "case.custody_countersigned",  # issue 17
        "member.added", "member.imported", "member.removed",
        "member.passphrase_changed", "member.passphrase_recovered", "case.imported",
        "contact.confirmed", "vault.audit_settings", "vault.recovery_code_replaced",
        "member.credential_recorded", "note.private", "disclosure.recorded",
        "vault.retention_settings", "vault.request_settings", "practice.records_custodian",
        "vault.older_accepted",  # issue 18
        "vault.report_language"]  # issue 19
    assert all(isinstance(k, str) and k == k.value and f"{k}" == k.value for k in Kind)


def test_case_kinds_amendable_kinds_and_roles_are_kinds() -> None:
    assert set(KIND_ROLES) == CASE_KINDS and set(Kind) >= CASE_KINDS
    assert set(AMENDABLE) <= CASE_KINDS
    assert kind_of("session.scheduled") is Kind.SESSION_SCHEDULED
    assert kind_of("session.schedule") is None  # a typo is no kind
    assert may_author(Role.THERAPIST, "session.scheduled")
    assert not may_author(Role.THERAPIST, "session.schedule")
    assert not may_author(Role.SURROGATE, Kind.PLAN_REVISED)


def test_every_kind_the_core_names_is_a_kind() -> None:
    """A kind written as a string anywhere in the core (a comparison, a table) is one of
    ``Kind``: a typo there would silently match nothing."""
    named: set[str] = set()
    pattern = re.compile(r'"((?:case|goal|consent|plan|phase|session|debrief|measure|entry|audit'
                         r'|member|contact|vault)\.[a-z_]+)"')
    for path in TRIAD.rglob("*.py"):
        named |= set(pattern.findall(path.read_text(encoding="utf-8")))
    known = {k.value for k in Kind} | {r.rule_id for r in RULES}  # audit rule ids look alike
    assert named and not sorted(named - known), sorted(named - known)
