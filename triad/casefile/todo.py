"""What is missing on a case, from the rules, from the moment it opens (issue 13, point 8).

Every gap the consent gate would refuse a step for, in the order that unblocks the next step
first: the capacity assessment and the date of birth (both needed before the informed consent
beyond conversation), the informed consent, the release of information, the triad agreement
with each of the case's surrogate partners (and, once one is in force, the stop and pause
signals it must record before any session with touch), and the therapeutic-aids consent when a phase of
the plan not yet completed plans aids. A form is missing while none of its records is in force
now (``triad.casefile.consent.form_in_force``; a triad agreement counts only for the surrogate
partner who signed it); when a record of it awaits a party's signature, that signature is the
item (``AWAITING``). Apart from these, :func:`meeting_gaps`: the three-way meetings the case
needs (``triad.casefile.meetings``: at the start, when work stalls, before closing, and
minutes to write). Only the gate's records count: an audit sign-off acknowledges a
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
from triad.casefile import meetings
from triad.casefile.consent import (
    AIDS_CONSENT,
    INFORMED_CONSENT,
    RELEASE,
    TRIAD_AGREEMENT,
    ConsentRecord,
    agreed_terms,
    form_in_force,
    made_with,
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
# A record signed by some parties awaits another's signature (triad.casefile.signatures):
# subject the record's consent id; ``party`` the one awaited, ``member_id`` who (a surrogate
# partner), when known. For the surrogate partner in her own session: a record awaiting hers.
AWAITING = "awaiting-signature"
# a triad agreement in force with the surrogate partner (subject) records no stop and pause signals
AGREE_SIGNALS = "agree-signals"
CODES = (CAPACITY, DATE_OF_BIRTH, SIGN_CONSENT, SIGN_RELEASE, SIGN_TRIAD, AGREE_SIGNALS, SIGN_AIDS,
         AWAITING)
FORM_OF = {SIGN_CONSENT: INFORMED_CONSENT, SIGN_RELEASE: RELEASE, SIGN_TRIAD: TRIAD_AGREEMENT,
           SIGN_AIDS: AIDS_CONSENT}


@dataclass(frozen=True)
class Gap:
    """One missing item: its code and what it is about (a form id; for a triad agreement the
    surrogate partner's member id; for the date of birth and capacity, empty)."""

    code: str
    subject_id: str = ""
    party: str = ""  # AWAITING: the party whose signature is awaited
    member_id: str = ""  # ... and who, when a member (the surrogate partner)


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

    def missing(code: str, form_id: str, theirs: list[ConsentRecord], member_id: str = "",
                ) -> None:
        if form_in_force(theirs, at):
            return
        waiting = [r for r in theirs if r.status(at) == "awaiting-signatures"]
        if waiting:  # signed by some, awaiting another: that signature is what is missing
            r = waiting[-1]
            out.append(Gap(AWAITING, r.consent_id, r.awaiting[0],
                           (r.surrogate_id or "") if r.awaiting[0] == "surrogate" else ""))
        else:
            out.append(Gap(code, member_id or form_id))

    missing(SIGN_CONSENT, INFORMED_CONSENT, by_form.get(INFORMED_CONSENT, []))
    missing(SIGN_RELEASE, RELEASE, by_form.get(RELEASE, []))
    for member_id, name in surrogates:
        theirs = [r for r in by_form.get(TRIAD_AGREEMENT, []) if made_with(r, member_id, name)]
        missing(SIGN_TRIAD, TRIAD_AGREEMENT, theirs, member_id)
        if form_in_force(theirs, at) and agreed_terms(theirs, at, member_id, name).signals is None:
            out.append(Gap(AGREE_SIGNALS, member_id))
    if plans_aids:
        missing(SIGN_AIDS, AIDS_CONSENT, by_form.get(AIDS_CONSENT, []))
    return out


def awaiting_member(records: list[ConsentRecord], member_id: str, at: str) -> list[Gap]:
    """The records awaiting this surrogate partner's own signature (her to-do list)."""
    return [Gap(AWAITING, r.consent_id, "surrogate", member_id) for r in records
            if r.status(at) == "awaiting-signatures" and "surrogate" in r.awaiting
            and r.surrogate_id == member_id]


def gaps(ws: Workspace, case_key: str, at: str | None = None) -> list[Gap]:
    """What is missing on one case now (or at ``at``), read through the services: the
    therapist's gaps; for a surrogate partner, the records awaiting her own signature; empty
    for a supervisor (PermissionDenied if the member is not on the case)."""
    case_id = ws.cases.access.require(case_key)
    role = ws.cases.access.role(case_id)
    when = at or ws.local_now()
    if role is Role.SURROGATE:
        return awaiting_member(ws.consent.records(case_id), ws.actor.member_id, when)
    if role is not Role.THERAPIST:
        return []
    case = ws.cases.get(case_id)
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


# A session over with no outcome recorded (issue 16): subject the session id. Apart from the
# consent gaps above: it is about one session, not the case's forms.
OUTCOME_MISSING = "outcome-missing"


def outcomes_missing(ws: Workspace, case_key: str) -> list[Gap]:
    """The sessions over whose outcome the acting member is to record
    (``triad.casefile.outcomes``): the case's therapist any of them, a surrogate partner her
    own; in time order. A supervisor records none."""
    case_id = ws.cases.access.require(case_key)
    sessions = ws.sessions.list(case_id)
    return [Gap(OUTCOME_MISSING, s.session_id) for s in sessions
            if s.outcome == OUTCOME_MISSING and ws.outcomes.why_not_role(s) is None]



def meeting_gaps(ws: Workspace, case_key: str, at: str | None = None) -> list[Gap]:
    """The three-way meetings the case needs now (or at ``at``), read through the services:
    the therapist's to-do (``triad.casefile.meetings``); empty for the other roles."""
    case_id = ws.cases.access.require(case_key)
    if ws.cases.access.role(case_id) is not Role.THERAPIST:
        return []
    case = ws.cases.get(case_id)
    return [Gap(code, subject) for code, subject in meetings.meeting_gaps(
        status=case.status, has_surrogate=bool(case.surrogate_ids),
        sessions=meetings.session_facts(ws, case_id), now=at or ws.local_now())]


# An open request of the client (issue 17, ``triad.casefile.requests``): subject the request
# id. The therapist's to do until it is closed -- on a closed case too: a client may ask for
# their record years after treatment ended.
REQUEST_DUE = "request-due"


def request_gaps(ws: Workspace, case_key: str) -> list[Gap]:
    """The case's open requests, the first due first: the therapist's to-do (the Overview
    shows each with its due day); empty for the other roles."""
    case_id = ws.cases.access.require(case_key)
    if ws.cases.access.role(case_id) is not Role.THERAPIST:
        return []
    return [Gap(REQUEST_DUE, r.request_id) for r in ws.requests.open(case_id)]
