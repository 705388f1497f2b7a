"""What is missing on a case, from the rules, from the moment it opens (issue 13, point 8).

Every gap the consent gate would refuse a step for, in the order that unblocks the next step
first: the capacity assessment and the date of birth (both needed before the informed consent
beyond conversation), the informed consent, the release of information, the triad agreement
with each of the case's surrogate partners (and, once one is in force, the stop and pause
signals it must record before any session with touch), and the therapeutic-aids consent when a phase of
the plan not yet completed plans aids. A form is missing while none of its records is in force
now (``triad.casefile.consent.form_in_force``; a triad agreement counts only for the surrogate
partner who signed it). Only the gate's records count: an audit sign-off acknowledges a
finding, it never closes a gap (the item stays until a record fixes it).

The gaps are the therapist's to do (they record the forms with the client); a closed case has
none. :func:`case_gaps` is the rule; :func:`gaps` reads one case through the services, and
``triad.casefile.agenda`` reads the whole case list in a few queries and applies the same rule.
Codes, not sentences: UIs word them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from triad.casefile import forms as form_texts
from triad.casefile.consent import (
    AIDS_CONSENT,
    INFORMED_CONSENT,
    RELEASE,
    TRIAD_AGREEMENT,
    ConsentRecord,
    agreed_terms,
    form_in_force,
    signed_by_surrogate,
)
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

CAPACITY = "capacity-missing"
DATE_OF_BIRTH = "date-of-birth-missing"
SIGN_CONSENT = "sign-consent"  # the informed consent (the code the case list always used)
SIGN_RELEASE = "sign-release"
SIGN_TRIAD = "sign-triad-agreement"  # subject: the surrogate partner's member id
SIGN_AIDS = "sign-aids-consent"
# a triad agreement in force with the surrogate partner (subject) records no stop and pause signals
AGREE_SIGNALS = "agree-signals"
CODES = (CAPACITY, DATE_OF_BIRTH, SIGN_CONSENT, SIGN_RELEASE, SIGN_TRIAD, AGREE_SIGNALS, SIGN_AIDS)
FORM_OF = {SIGN_CONSENT: INFORMED_CONSENT, SIGN_RELEASE: RELEASE, SIGN_TRIAD: TRIAD_AGREEMENT,
           SIGN_AIDS: AIDS_CONSENT}


@dataclass(frozen=True)
class Gap:
    """One missing item: its code and what it is about (a form id; for a triad agreement the
    surrogate partner's member id; for the date of birth and capacity, empty)."""

    code: str
    subject_id: str = ""


def aid_activities() -> frozenset[str]:
    """The activities only the therapeutic-aids consent can grant (its form's scope, less the
    ladder the informed consent covers)."""
    aids = set(form_texts.form(AIDS_CONSENT).scope)
    return frozenset(a.value for a in aids - set(form_texts.form(INFORMED_CONSENT).scope))


def case_gaps(*, status: str, has_date_of_birth: bool, has_capacity: bool,
              records: list[ConsentRecord], surrogates: Iterable[tuple[str, str]],
              plans_aids: bool, at: str) -> list[Gap]:
    """The rule: what is missing on a case at ``at`` (module docstring), most blocking first.
    ``surrogates``: (member id, name) of the case's surrogate partners, in case order."""
    if status == "closed":
        return []
    out: list[Gap] = []
    if not has_capacity:
        out.append(Gap(CAPACITY))
    if not has_date_of_birth:
        out.append(Gap(DATE_OF_BIRTH))
    by_form: dict[str, list[ConsentRecord]] = {}
    for r in records:
        by_form.setdefault(r.form_id, []).append(r)
    if not form_in_force(by_form.get(INFORMED_CONSENT, []), at):
        out.append(Gap(SIGN_CONSENT, INFORMED_CONSENT))
    if not form_in_force(by_form.get(RELEASE, []), at):
        out.append(Gap(SIGN_RELEASE, RELEASE))
    for member_id, name in surrogates:
        theirs = [r for r in by_form.get(TRIAD_AGREEMENT, [])
                  if signed_by_surrogate(r, member_id, name)]
        if not form_in_force(theirs, at):
            out.append(Gap(SIGN_TRIAD, member_id))
        elif agreed_terms(theirs, at, member_id, name).signals is None:
            out.append(Gap(AGREE_SIGNALS, member_id))
    if plans_aids and not form_in_force(by_form.get(AIDS_CONSENT, []), at):
        out.append(Gap(SIGN_AIDS, AIDS_CONSENT))
    return out


def gaps(ws: Workspace, case_key: str, at: str | None = None) -> list[Gap]:
    """What is missing on one case now (or at ``at``), read through the services; empty for
    anyone but the case's therapist (PermissionDenied if the member is not on the case)."""
    case_id = ws.cases.access.require(case_key)
    if ws.cases.access.role(case_id) is not Role.THERAPIST:
        return []
    case = ws.cases.get(case_id)
    when = at or ws.local_now()
    plan = ws.plans.current(case_id)
    aids = aid_activities()
    plans_aids = plan is not None and any(
        p.status != "completed" and any(a.value in aids for a in p.activities) for p in plan.phases)
    return case_gaps(
        status=case.status, has_date_of_birth=bool(case.client.date_of_birth),
        has_capacity=bool(ws.capacity.assessments(case_id)),
        records=ws.consent.records(case_id),
        surrogates=[(s, ws.consent.surrogate_name(s)) for s in case.surrogate_ids],
        plans_aids=plans_aids, at=when)
