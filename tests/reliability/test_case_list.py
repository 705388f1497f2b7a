"""The case list in a handful of queries (agenda.case_lines) gives exactly what the per-case
services give. Found by the open-and-list benchmark: the window's case list ran ~18 queries per
case and parsed every session, debrief and plan (3,612 queries, 169 ms for 200 cases)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, copy_demo
from tests.conftest import DEMO_PASS as PASS
from tests.core.practice import an_aid, hold_session, make_practice, sigs
from triad import demo
from triad.audit.rules import SEVERITIES
from triad.casefile import agenda, meetings, todo
from triad.casefile.agenda import DueItem
from triad.casefile.consent import form_in_force, signed_by_surrogate
from triad.casefile.ladder import Activity
from triad.casefile.outcomes import CANCELLED
from triad.casefile.sessions import Session
from triad.roles import Role
from triad.workspace import Workspace


def reference_next_due(ws: Workspace, case_id: str) -> DueItem | None:
    """agenda.next_due as it was, on top of the per-case services."""
    now = ws.local_now()
    role = ws.cases.access.role(case_id)
    case = ws.cases.get(case_id)
    if case.status == "closed":
        return None
    if role is Role.SUPERVISOR:  # their own work only (issue 16): a co-signature, a finding
        return reference_supervisor_due(ws, case_id)
    sessions = ws.sessions.list(case_id)
    if role is Role.THERAPIST:
        waiting = [s for s in sessions if s.debrief is not None and not s.debrief.reviewed]
        if waiting:
            return DueItem("review-debrief", waiting[0].starts_at, waiting[0].session_id)

    def ended(s: Session) -> bool:
        end = datetime.fromisoformat(s.starts_at) + timedelta(minutes=s.duration_min)
        return end.strftime("%Y-%m-%dT%H:%M") <= now

    # issue 16: a session recorded as cancelled or a no-show wants no debrief; any other
    # session over with no outcome wants its outcome (the therapist's to record)
    missing = [s for s in sessions if s.kind == "surrogate_session" and s.debrief is None
               and ended(s) and s.outcome in ("held", "outcome-missing")]
    if missing:
        return DueItem("debrief-missing", missing[0].starts_at, missing[0].session_id)
    no_outcome = [s for s in sessions if s.kind != "surrogate_session"
                  and s.outcome == "outcome-missing"]
    if no_outcome and role is Role.THERAPIST:
        return DueItem("outcome-missing", no_outcome[0].starts_at, no_outcome[0].session_id)
    gap = reference_first_gap(ws, case_id) if role is Role.THERAPIST else None
    if role is Role.SURROGATE:  # a triad agreement awaiting her own signature (issue 13)
        mine = [r for r in ws.consent.records(case_id) if r.status(now) == "awaiting-signatures"
                and r.surrogate_id == ws.actor.member_id and "surrogate" in r.awaiting]
        gap = DueItem("awaiting-signature", "", ws.actor.member_id) if mine else None
    if gap is not None:
        return gap
    # issue 16: the three-way meetings the case needs (the therapist's), the start meeting
    # after the next session
    needed = todo.meeting_gaps(ws, case_id) if role is Role.THERAPIST else []
    urgent = [g for g in needed if g.code != meetings.MEETING_START]
    if urgent:
        return DueItem(urgent[0].code, "", urgent[0].subject_id)
    upcoming = [s for s in sessions if s.starts_at >= now and s.outcome not in CANCELLED]
    if upcoming:
        return DueItem("session", upcoming[0].starts_at, upcoming[0].session_id)
    if needed:
        return DueItem(needed[0].code, "", needed[0].subject_id)
    soon = (datetime.fromisoformat(now) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    records = ws.consent.records(case_id)
    for r in records:
        if r.status(now) in ("in-force", "partly-revoked") and r.ends and r.ends <= soon:
            return DueItem("consent-expires", r.valid_until or "", r.consent_id)
    return None


def reference_supervisor_due(ws: Workspace, case_id: str) -> DueItem | None:
    """The supervisor's item from the per-case services: the oldest entry awaiting their
    co-signature, else the most severe (then oldest) open finding."""
    waiting = ws.cosign.awaiting(case_id)
    if waiting:
        return DueItem("cosign-review", waiting[0].at, waiting[0].entry_id)
    found = sorted((f for f in ws.audit.run(case_id).findings if f.status == "open"),
                   key=lambda f: (SEVERITIES.index(f.severity), f.at))
    return DueItem("finding", found[0].at, found[0].finding_id) if found else None


def reference_first_gap(ws: Workspace, case_id: str) -> DueItem | None:
    """The first thing missing on an open case (triad.casefile.todo's rule), from the
    per-case services: capacity, date of birth, then each required form not in force now."""
    now = ws.local_now()
    case = ws.cases.get(case_id)
    if not ws.capacity.assessments(case_id):
        return DueItem("capacity-missing", "", "")
    if not case.client.date_of_birth:
        return DueItem("date-of-birth-missing", "", "")
    records = ws.consent.records(case_id)

    def live(form_id: str, surrogate: str | None = None) -> bool:
        of_form = [r for r in records if r.form_id == form_id and (
            surrogate is None or signed_by_surrogate(r, surrogate, ws.consent.surrogate_name(surrogate)))]
        return form_in_force(of_form, now)

    def awaited(form_id: str, surrogate: str | None = None) -> DueItem | None:
        """A record of the form signed by some parties, awaiting another (issue 13)."""
        waiting = [r for r in records if r.form_id == form_id
                   and r.status(now) == "awaiting-signatures"
                   and (surrogate is None or r.surrogate_id == surrogate)]
        if not waiting:
            return None
        party = waiting[-1].awaiting[0]
        return DueItem("awaiting-signature", "", (waiting[-1].surrogate_id or "")
                       if party == "surrogate" else party)

    for code, form_id in (("sign-consent", "informed-consent"),
                          ("sign-release", "release-of-information")):
        if not live(form_id):
            return awaited(form_id) or DueItem(code, "", form_id)
    for surrogate in case.surrogate_ids:
        if not live("triad-agreement", surrogate):
            return awaited("triad-agreement", surrogate) \
                or DueItem("sign-triad-agreement", "", surrogate)
        if ws.consent.agreed_terms(case_id, now, surrogate).signals is None:
            return DueItem("agree-signals", "", surrogate)  # before any touch (todo.py)
    plan = ws.plans.current(case_id)
    if plan is not None and any(p.status != "completed" and Activity.AIDS in p.activities
                                for p in plan.phases) and not live("therapeutic-aids"):
        return awaited("therapeutic-aids") or DueItem("sign-aids-consent", "", "therapeutic-aids")
    return None


def reference_plan(ws: Workspace, case_id: str) -> tuple[str, str]:
    plan = ws.plans.current(case_id)
    if plan is None:
        return ("none", "")
    if plan.current is not None:
        return ("active", plan.current.title)
    states = {p.status for p in plan.phases}
    if states <= {"planned"}:
        return ("not-started", "")
    return ("completed", "") if states <= {"completed"} else ("between", "")


@pytest.fixture(scope="module")
def demo_vault(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_demo(demo_path, tmp_path_factory.mktemp("caselist"))


def compare(ws: Workspace, start: datetime, days: int, step: int) -> set[tuple[str, str]]:
    """case_lines against the references at many moments; the (due, plan) kinds seen."""
    seen: set[tuple[str, str]] = set()
    for day in range(0, days, step):
        moment = start + timedelta(days=day, hours=day % 13)
        ws.clock = lambda m=moment: m  # type: ignore[misc]
        lines = agenda.case_lines(ws)
        cases = ws.cases.list()
        assert [line.case_id for line in lines] == [c.case_id for c in cases]
        for line, case in zip(lines, cases, strict=True):
            assert (line.code, line.status) == (case.code, case.status)
            assert (line.plan, line.phase) == reference_plan(ws, case.case_id)
            assert line.due == reference_next_due(ws, case.case_id)
            assert agenda.next_due(ws, case.case_id) == line.due
            seen.add((line.due.code if line.due else "-", line.plan))
    return seen


@pytest.mark.parametrize("member", [demo.THERAPIST, *demo.SURROGATES, demo.SUPERVISOR])
def test_case_lines_equal_the_per_case_services(demo_vault: Path, member: str) -> None:
    ws = Workspace.open(demo_vault, PASS, member)
    try:
        # from before the first case to well after the last
        seen = compare(ws, DEMO_NOW - timedelta(days=260), 640, 9)
        assert seen
    finally:
        ws.close()


def test_case_lines_cover_every_kind_of_line(scratch: Path) -> None:
    """Cases built to reach every due item and every plan state at some moment."""
    p = make_practice(scratch / "v.triad")  # consent given; plan made, not started
    t, s = p.t, p.s
    hold_session(p, "2026-02-02T10:00", debrief=True)  # awaiting review
    hold_session(p, "2026-02-09T10:00", debrief=False)  # debrief missing once it is over
    t.sessions.schedule(p.case, "surrogate_session", "2026-03-02T10:00", 60)
    t.plans.start_phase(p.case, "intake", at="2026-01-13T10:00")
    surrogate = p.ids["Sam"]
    fresh = t.cases.open({"legal_name": "Second Client"}, (surrogate,), opened_at="2026-01-05T09:00")
    expiring = t.cases.open({"legal_name": "Third Client"}, (surrogate,), opened_at="2026-01-05T09:00")
    third = expiring.case_id or ""
    t.cases.change_status(third, "assessment", at="2026-01-06T09:00")
    t.capacity.record(third, "2026-01-08", "has-capacity", "")
    t.consent.give(third, "informed-consent", sigs("2026-01-10", "client", "therapist",
                                                   client="Third Client"),
                   grants=("conversation",), valid_until="2026-04-30")
    t.plans.from_template(third, "default-spt")
    t.plans.start_phase(third, "intake", at="2026-01-11T10:00")
    t.plans.complete_phase(third, "intake", at="2026-01-20T10:00")
    closed = t.cases.open({"legal_name": "Fourth Client"}, opened_at="2026-01-05T09:00").case_id or ""
    t.cases.change_status(closed, "closed", at="2026-01-07T09:00")
    all_done = t.cases.open({"legal_name": "Fifth Client"}, opened_at="2026-01-05T09:00").case_id or ""
    t.cases.change_status(all_done, "assessment", at="2026-01-06T09:00")
    t.plans.revise(all_done, [{"phase_id": "only", "title": "Only phase", "planned_sessions": 0,
                               "activities": ["conversation"]}])
    t.plans.start_phase(all_done, "only", at="2026-01-07T10:00")
    t.plans.complete_phase(all_done, "only", at="2026-01-08T10:00")
    t.plans.from_template(fresh.case_id or "", "default-spt")  # made, not started
    # what is missing, one form after the other (capacity and date of birth: the fresh case)
    forms = t.cases.open({"legal_name": "Sixth Client", "date_of_birth": "1990-03-04"}, (surrogate,),
                         opened_at="2026-01-05T09:00").case_id or ""
    t.capacity.record(forms, "2026-01-06", "has-capacity", "")
    six = "Sixth Client"  # the client types their own legal name (issue 13)
    t.consent.give(forms, "informed-consent", sigs("2026-01-20", "client", "therapist", client=six),
                   grants=("conversation", "relaxation_breathing"), valid_from="2026-01-20")
    t.consent.give(forms, "release-of-information", sigs("2026-02-01", "client", "therapist",
                                                         client=six), valid_from="2026-02-01")
    t.plans.revise(forms, [{"phase_id": "aids", "title": "Aids", "planned_sessions": 0,
                            "activities": ["conversation", "therapeutic_aids"]}])
    triad = t.consent.give(forms, "triad-agreement", sigs("2026-02-10", "client", "therapist",
                                                          client=six),
                           grants=("conversation",), valid_from="2026-02-10").subject_id or ""
    s.signatures.countersign(forms, triad, signed_on="2026-02-10")  # in her session (issue 13)
    # ... agreeing no stop and pause signals at first: those are due next (until 2026-02-15)
    triad = t.consent.give(forms, "triad-agreement", sigs("2026-02-15", "client", "therapist",
                                                          client=six),
                           grants=("conversation",), valid_from="2026-02-15",
                           signals={"stop": "red", "pause": "amber"}).subject_id or ""
    s.signatures.countersign(forms, triad, signed_on="2026-02-15")
    t.consent.give(forms, "therapeutic-aids", sigs("2026-02-20", "client", "therapist", client=six),
                   grants=("therapeutic_aids",), valid_from="2026-02-20", aids=an_aid(t, forms))
    seen: set[tuple[str, str]] = set()
    for ws in (t, s, p.v, p.t2):
        seen |= compare(ws, datetime(2026, 1, 1, 9, 0).astimezone(), 160, 3)
    dues, plans = {d for d, _ in seen}, {pl for _, pl in seen}
    assert dues == {"-", "review-debrief", "debrief-missing", "session", "consent-expires", "finding",
                    "capacity-missing", "date-of-birth-missing", "sign-consent", "sign-release",
                    "sign-triad-agreement", "agree-signals", "sign-aids-consent",
                    "meeting-start"}  # issue 16: a three-way meeting before surrogate work
    assert plans == {"none", "not-started", "active", "between", "completed"}
    p.close()
