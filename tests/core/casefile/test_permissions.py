"""Every cell of the permission matrix: each service operation tried by each position on a
case. Allowed cells must succeed; every other cell must raise PermissionDenied and change
nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.core.practice import Practice, hold_session, make_practice, sigs
from triad.casefile.notes import MinutesForm, ProgressNoteForm
from triad.casefile.sessions import DebriefForm
from triad.errors import PermissionDenied
from triad.workspace import Workspace

T, S, V, T2, S2 = "therapist", "surrogate", "supervisor", "other-therapist", "other-surrogate"
ALL = (T, S, V, T2, S2)
Op = Callable[[Workspace, Practice, dict[str, Any]], object]


def _triad(p: Practice) -> str:
    return next(r.consent_id for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")


# (operation name, allowed positions, operation)
MATRIX: list[tuple[str, frozenset[str], Op]] = [
    ("read case", frozenset({T, S, V}), lambda ws, p, c: ws.cases.get(p.case)),
    ("read goals", frozenset({T, S, V}), lambda ws, p, c: ws.cases.goals(p.case)),
    ("read consent records", frozenset({T, S, V}), lambda ws, p, c: ws.consent.records(p.case)),
    ("read consent scope", frozenset({T, S, V}), lambda ws, p, c: ws.consent.in_force(p.case)),
    ("read plan", frozenset({T, S, V}), lambda ws, p, c: ws.plans.current(p.case)),
    ("read sessions", frozenset({T, S, V}), lambda ws, p, c: ws.sessions.list(p.case)),
    ("read measures", frozenset({T, S, V}), lambda ws, p, c: ws.measures.list(p.case)),
    ("read amendment history", frozenset({T, S, V}),
     lambda ws, p, c: ws.amendments.history(c["measure_entry"])),
    ("open a case", frozenset({T, T2}), lambda ws, p, c: ws.cases.open({})),
    ("update client", frozenset({T}), lambda ws, p, c: ws.cases.update_client(p.case, pronouns="they")),
    ("set team", frozenset({T}),
     lambda ws, p, c: ws.cases.set_team(p.case, (p.ids["Sam"],), p.ids["Vera"])),
    ("change status", frozenset({T}), lambda ws, p, c: ws.cases.change_status(p.case, "paused")),
    ("add goal", frozenset({T}), lambda ws, p, c: ws.cases.add_goal(p.case, "g", "1", "2")),
    ("record goal progress", frozenset({T}),
     lambda ws, p, c: ws.cases.record_progress(p.case, c["goal"], "2")),
    ("give consent", frozenset({T}), lambda ws, p, c: ws.consent.give(
        p.case, "informed-consent", sigs("2026-01-20", "client", "therapist"), grants=("conversation",))),
    ("revoke consent", frozenset({T, S}), lambda ws, p, c: ws.consent.revoke(
        p.case, _triad(p), "client asked", activities_=("clothed_touch",))),
    ("plan from template", frozenset({T}),
     lambda ws, p, c: ws.plans.from_template(p.case, "social-role-model")),
    ("start phase", frozenset({T}),
     lambda ws, p, c: ws.plans.start_phase(p.case, "getting-to-know", "2026-01-20T10:00")),
    ("schedule session", frozenset({T}), lambda ws, p, c: ws.sessions.schedule(
        p.case, "surrogate_session", "2026-03-01T10:00", planned_activities=("conversation",))),
    ("submit debrief", frozenset({S}), lambda ws, p, c: ws.sessions.submit_debrief(
        c["open_session"], DebriefForm(activities_done=("conversation",)))),
    ("review debrief", frozenset({T}), lambda ws, p, c: ws.sessions.review(c["debriefed"], "ok")),
    ("record measure", frozenset({T}), lambda ws, p, c: ws.measures.record(p.case, "suds", 5)),
    ("amend a measure", frozenset({T}),
     lambda ws, p, c: ws.amendments.amend(c["measure_entry"], "typo", {"value": 6})),
    ("export case JSON", frozenset({T}), lambda ws, p, c: ws.interchange.export_case(p.case)),
    ("record capacity", frozenset({T}),
     lambda ws, p, c: ws.capacity.record(p.case, "2026-01-07", "has-capacity", "")),
    ("read capacity", frozenset({T, S, V}), lambda ws, p, c: ws.capacity.assessments(p.case)),
    ("add an aid", frozenset({T}),
     lambda ws, p, c: ws.aids.add(p.case, "partial", "Pelvic model", ("in_session",))),
    ("retire an aid", frozenset({T}),
     lambda ws, p, c: ws.aids.retire(p.case, c["aid"], "Worn out.")),
    ("read the aids", frozenset({T, S, V}), lambda ws, p, c: ws.aids.list(p.case)),
    # issue 16: the therapist for any session, the surrogate partner for her own
    ("record a session's outcome", frozenset({T, S}), lambda ws, p, c: ws.outcomes.record(
        c["second_session"] if ws is p.s else c["open_session"], "cancelled-by-client",
        notice_hours=2)),
    ("reschedule a session", frozenset({T}),
     lambda ws, p, c: ws.scheduling.reschedule(c["open_session"], "2026-02-10T10:00")),
    # issue 16: the therapist's notes; a surrogate partner reads the minutes of her meetings
    ("write a progress note", frozenset({T}), lambda ws, p, c: ws.notes.write_progress(
        c["talk"], ProgressNoteForm(focus="Shame"))),
    ("read a progress note", frozenset({T, V}), lambda ws, p, c: ws.notes.progress(c["noted"])),
    ("write minutes", frozenset({T}), lambda ws, p, c: ws.notes.write_minutes(
        c["meeting"], MinutesForm(agreements="Pace"))),
    ("read minutes", frozenset({T, S, V}), lambda ws, p, c: ws.notes.minutes(c["minuted"])),
    ("write a private note", frozenset({T}),
     lambda ws, p, c: ws.private_notes.write(c["noted"], "Mine alone")),
    # issue 17: the client's requests are the therapist's; the supervisor reads them
    ("record a client request", frozenset({T}), lambda ws, p, c: ws.requests.record(
        p.case, "access", "2026-01-20", "A copy of my record")),
    ("close a client request", frozenset({T}), lambda ws, p, c: ws.requests.close(
        c["request"], "refused", "2026-01-21", reason="Not the client's own record")),
    ("read client requests", frozenset({T, V}), lambda ws, p, c: ws.requests.list(p.case)),
]


def setup(tmp: Path) -> tuple[Practice, dict[str, Any]]:
    p = make_practice(tmp / "v")
    ctx = {
        "goal": p.t.cases.add_goal(p.case, "goal", "9", "3").subject_id,
        "debriefed": hold_session(p, "2026-02-02T10:00"),
        "open_session": hold_session(p, "2026-02-09T10:00", debrief=False),
        "second_session": hold_session(p, "2026-02-16T10:00", debrief=False),
        "measure_entry": p.t.measures.record(p.case, "suds", 7, "2026-01-06").entry_id,
        "aid": p.t.aids.add(p.case, "full-body", "Full-body doll", ("in_session",)).subject_id,
        "talk": p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T15:00").subject_id,
        "noted": p.t.sessions.schedule(p.case, "therapist_session", "2026-02-04T15:00").subject_id,
        "meeting": p.t.sessions.schedule(p.case, "three_way_meeting", "2026-01-20T15:00").subject_id,
        "minuted": p.t.sessions.schedule(p.case, "three_way_meeting", "2026-01-21T15:00").subject_id,
        "request": p.t.requests.record(p.case, "access", "2026-01-20", "A copy").subject_id,
    }
    p.t.notes.write_progress(ctx["noted"], ProgressNoteForm(focus="Anxiety"))
    p.t.notes.write_minutes(ctx["minuted"], MinutesForm(agreements="Goals"))
    return p, ctx


@pytest.mark.parametrize(("name", "allowed", "op"), MATRIX, ids=[m[0] for m in MATRIX])
def test_permission_matrix(tmp_path: Path, name: str, allowed: frozenset[str], op: Op) -> None:
    p, ctx = setup(tmp_path)
    by_position = dict(zip(ALL, (p.t, p.s, p.v, p.t2, p.s2), strict=True))
    denied = [pos for pos in ALL if pos not in allowed]
    for pos in denied:
        before = p.t.log.count()
        with pytest.raises(PermissionDenied):
            op(by_position[pos], p, ctx)
        assert p.t.log.count() == before, f"{name}: {pos} was refused but wrote an entry"
    for pos in ALL:
        if pos in allowed:
            op(by_position[pos], p, ctx)
    p.close()


def test_matrix_covers_every_case_kind() -> None:
    from triad.log.kinds import KIND_ROLES

    written = {"case.opened", "case.client_updated", "case.team_changed", "case.status_changed",
               "goal.set", "goal.progress", "consent.given", "consent.revoked", "plan.revised",
               "phase.started", "session.scheduled", "session.debriefed", "debrief.reviewed",
               "measure.recorded", "entry.amended", "phase.completed", "client.capacity_assessed",
               "aid.added", "aid.retired", "consent.signed",  # consent.signed: test_signatures.py
               "session.outcome_recorded", "session.rescheduled", "note.progress",
               "meeting.minutes", "request.received", "request.closed",
               # issue 17: who may hand over, ask for custody, countersign --
               # tests/core/casefile/test_handover.py
               "case.transferred", "case.custody_requested", "case.custody_countersigned"}
    # phase.completed shares start_phase's check; audit kinds arrive with the consent audit.
    # entry.cosigned (issue 16): only the case's supervisor, tests/core/audit/test_supervision_rules.py
    # case.disposal_authorised / case.disposed (issue 17): the case's supervisor / therapist
    # only, tests/core/casefile/test_disposal.py
    assert set(KIND_ROLES) - written == {"audit.signoff", "audit.remediation", "entry.cosigned",
                                         "case.disposal_authorised", "case.disposed"}


def test_vault_member_management_is_for_therapists(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    for ws in (p.s, p.v, p.s2):
        with pytest.raises(PermissionDenied):
            ws.members.add("New Person", ws.actor.role, "long passphrase")
        with pytest.raises(PermissionDenied):
            ws.new_recovery_code()
    p.close()
