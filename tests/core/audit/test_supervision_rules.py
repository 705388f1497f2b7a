"""Issue 16's alerts and co-signature, through the services on a real vault: a stalled active
case, a phase past its planned sessions, a co-signature overdue; each with a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.audit.test_audit_rules import at, findings
from tests.core.practice import Practice, hold_session, make_practice
from triad.audit.context import AuditSettings
from triad.casefile import agenda
from triad.errors import InvalidInput, NotFound, PermissionDenied
from triad.messages import sentence


def practice(tmp: Path) -> Practice:
    p = make_practice(tmp / "v")  # active since 2026-01-12, plan made from the template
    at(p, "2026-02-01T09:00")
    return p


def test_an_active_case_with_no_session_for_28_days_is_stalled(tmp_path: Path) -> None:
    p = practice(tmp_path)
    sid = hold_session(p, "2026-02-02T10:00")
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-04-01T10:00", 60,
                          planned_activities=("conversation",))  # booked: not held yet
    at(p, "2026-03-02T11:00")  # 28 days: the near miss
    assert findings(p, "case.stalled") == []
    at(p, "2026-03-03T11:00")
    (f,) = findings(p, "case.stalled")
    assert (f.severity, f.status) == ("minor", "open")
    assert f.record_id == p.t.sessions.get(sid).entry_id
    assert f.detail == {"since": "2026-02-02", "days": 29, "limit": 28}
    p.v.audit.update_settings(stalled_days=30)  # the setting moves the line
    assert findings(p, "case.stalled") == []
    p.v.audit.update_settings(stalled_days=28)
    p.t.cases.change_status(p.case, "paused", "Client travelling for a month.", "2026-03-03T12:00")
    assert findings(p, "case.stalled") == []  # paused with a reason: not stalled
    p.close()


def test_a_case_active_without_any_session_stalls_from_the_day_it_became_active(tmp_path: Path) -> None:
    p = practice(tmp_path)
    at(p, "2026-02-09T09:00")  # active since 2026-01-12: 28 days
    assert findings(p, "case.stalled") == []
    at(p, "2026-02-10T09:00")
    (f,) = findings(p, "case.stalled")
    status_entry = [e for e in p.t.log.entries("case_id=? AND kind='case.status_changed'", (p.case,))][-1]
    assert f.record_id == status_entry.id and f.detail["since"] == "2026-01-12"
    p.close()


def _phase_sessions(p: Practice, count: int, first_day: int = 2) -> list[str]:
    return [p.t.sessions.schedule(p.case, "surrogate_session", f"2026-02-{first_day + i:02d}T10:00",
                                  60, "getting-to-know", ("conversation",)).subject_id or ""
            for i in range(count)]


def test_held_sessions_past_the_planned_count_by_more_than_half(tmp_path: Path) -> None:
    p = practice(tmp_path)
    p.t.plans.start_phase(p.case, "intake", "2026-01-13T10:00")
    p.t.plans.complete_phase(p.case, "intake", "2026-01-14T10:00")
    p.t.plans.start_phase(p.case, "getting-to-know", "2026-02-01T09:00")  # planned: 2
    _phase_sessions(p, 3)
    at(p, "2026-02-10T09:00")
    assert findings(p, "plan.phase-overrun") == []  # 3 of 2: exactly 50 % over, the near miss
    fourth = _phase_sessions(p, 1, first_day=9)[0]
    p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-20T10:00", 60, "getting-to-know",
                          ("conversation",))  # not held yet: does not count
    (f,) = findings(p, "plan.phase-overrun")
    assert (f.severity, f.record_id) == ("minor", p.t.sessions.get(fourth).entry_id)
    assert f.detail == {"phase_id": "getting-to-know", "held": 4, "planned": 2}
    p.v.audit.update_settings(overrun_percent=100)
    assert findings(p, "plan.phase-overrun") == []
    p.v.audit.update_settings(overrun_percent=50)
    plan = p.t.plans.current(p.case)
    assert plan is not None
    p.t.plans.revise(p.case, [{"phase_id": x.phase_id, "title": x.title,
                               "activities": [a.value for a in x.activities],
                               "planned_sessions": 4 if x.phase_id == "getting-to-know"
                               else x.planned_sessions} for x in plan.phases])
    assert findings(p, "plan.phase-overrun") == []  # the plan revised with the client
    p.close()


def test_new_settings_are_validated_and_old_ones_read_the_defaults(tmp_path: Path) -> None:
    p = practice(tmp_path)
    assert p.v.audit.settings() == AuditSettings()
    assert (AuditSettings().stalled_days, AuditSettings().overrun_percent) == (28, 50)
    for bad in ({"stalled_days": 3}, {"overrun_percent": -1}, {"cosign_days": 0},
                {"cosign_from": "yesterday"}, {"stalled_days": "many"}):
        with pytest.raises(InvalidInput):
            p.v.audit.update_settings(**bad)
    assert p.v.audit.settings() == AuditSettings()
    p.close()


# -- co-signature --------------------------------------------------------------------------
def _reviewed(p: Practice, when: str, review_at: str) -> tuple[str, str]:
    """A held, debriefed surrogate session reviewed at ``review_at``: (session id, review entry id)."""
    sid = hold_session(p, when)
    at(p, review_at)
    p.t.sessions.review(sid, "Read; agree with the proposal.")
    review = p.t.log.entries("case_id=? AND kind='debrief.reviewed'", (p.case,))[-1]
    return sid, review.id


def test_cosignature_is_the_supervisors_to_do_and_a_finding_when_overdue(tmp_path: Path) -> None:
    p = practice(tmp_path)
    _, before = _reviewed(p, "2026-02-02T10:00", "2026-02-03T09:00")
    at(p, "2026-02-04T09:00")
    assert p.v.cosign.awaiting() == []  # not required: nothing awaits, and none is given
    with pytest.raises(InvalidInput) as refused:
        p.v.cosign.cosign(before)
    assert "does not require co-signature" in sentence(refused.value)
    p.v.audit.update_settings(cosign_from="2026-02-04", cosign_days=7)
    sid, review = _reviewed(p, "2026-02-05T10:00", "2026-02-06T09:00")
    (waiting,) = p.v.cosign.awaiting()
    assert (waiting.entry_id, waiting.session_id, waiting.overdue) == (review, sid, False)
    assert before not in {a.entry_id for a in p.v.cosign.awaiting()}  # reviewed before the rule
    due = agenda.next_due(p.v, p.case)
    assert due is not None and (due.code, due.subject_id) == ("cosign-review", review)
    assert (agenda.next_due(p.t, p.case) or agenda.DueItem("", "")).code != "cosign-review"
    at(p, "2026-02-13T08:00")  # within 7 days of the review (UTC): the near miss
    assert findings(p, "supervision.cosign-overdue") == []
    at(p, "2026-02-14T09:00")
    (f,) = findings(p, "supervision.cosign-overdue")
    assert (f.severity, f.status, f.record_id) == ("major", "open", review)
    assert p.v.cosign.awaiting()[0].overdue
    # only the case's supervisor co-signs, once, and only a kind that is co-signed
    with pytest.raises(PermissionDenied) as info:
        p.t.cosign.cosign(review)
    assert "supervisor" in sentence(info.value)
    assert p.t.cosign.why_not_cosign(review) is not None
    debrief = p.t.log.entries("case_id=? AND kind='session.debriefed'", (p.case,))[-1]
    with pytest.raises(InvalidInput):
        p.v.cosign.cosign(debrief.id)
    with pytest.raises(NotFound):
        p.v.cosign.cosign("00000000-0000-0000-0000-000000000000")
    assert p.v.cosign.why_not_cosign(review) is None
    p.v.cosign.cosign(review, "Discussed in supervision.")
    with pytest.raises(InvalidInput):
        p.v.cosign.cosign(review)
    assert p.v.cosign.awaiting() == []
    (late,) = findings(p, "supervision.cosign-overdue")
    assert late.status == "resolved" and late.resolved_at is not None
    signed = p.t.cosign.cosignatures(p.case)[review]
    assert (signed.by, signed.comment) == (p.ids["Vera"], "Discussed in supervision.")
    p.close()


def test_a_cosignature_in_time_leaves_no_finding(tmp_path: Path) -> None:
    p = practice(tmp_path)
    p.v.audit.update_settings(cosign_from="2026-02-01")
    _, review = _reviewed(p, "2026-02-02T10:00", "2026-02-03T09:00")
    at(p, "2026-02-10T09:00")
    p.v.cosign.cosign(review)
    at(p, "2026-03-10T09:00")
    assert findings(p, "supervision.cosign-overdue") == []
    p.close()
