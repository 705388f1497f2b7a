"""Issue 16's remaining alerts, through the services on a real vault: surrogate sessions held
without concurrent therapy (``therapy.not-concurrent``) and a case closed without a closing
three-way meeting or the reason there was none (``case.closed-without-closing-meeting``).
Each with a near miss."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.core.audit.test_audit_rules import at, findings
from tests.core.practice import Practice, hold_session, make_practice
from triad.audit.context import AuditSettings
from triad.casefile.notes import MinutesForm, ProgressNoteForm
from triad.clock import utc_stamp
from triad.errors import InvalidInput
from triad.log.entries import CaseId
from triad.log.kinds import Kind

CONCURRENT = "therapy.not-concurrent"
CLOSED = "case.closed-without-closing-meeting"
NOTE = ProgressNoteForm(focus="Anticipatory anxiety", plan="Rehearse the pause signal")


@pytest.fixture
def p(tmp_path: Path) -> Practice:
    practice = make_practice(tmp_path / "v")  # active since 2026-01-12
    at(practice, "2026-01-12T09:00")
    yield practice  # type: ignore[misc]
    practice.close()


def therapy(p: Practice, when: str, outcome: str = "note") -> str:
    """A therapist session at ``when``: with its progress note ("note"), recorded as
    ``outcome``, or left without one ("")."""
    sid = p.t.sessions.schedule(p.case, "therapist_session", when, 50).subject_id or ""
    if outcome:
        at(p, when[:10] + "T23:00")
        if outcome == "note":
            p.t.notes.write_progress(sid, NOTE)
        else:
            p.t.outcomes.record(sid, outcome, notice_hours=0 if "cancel" in outcome else None)
    return sid


def test_the_setting_defaults_to_21_days_and_is_validated(p: Practice) -> None:
    assert AuditSettings().concurrent_days == 21
    for bad in (0, 6, 91, "often"):
        with pytest.raises(InvalidInput):
            p.v.audit.update_settings(concurrent_days=bad)
    assert p.v.audit.update_settings(concurrent_days=28).concurrent_days == 28


def test_a_surrogate_session_without_a_therapist_session_in_21_days(p: Practice) -> None:
    therapy(p, "2026-01-20T15:00")
    covered = hold_session(p, "2026-02-10T10:00")  # 21 days after: the near miss
    at(p, "2026-02-20T09:00")
    assert findings(p, CONCURRENT) == []
    late = hold_session(p, "2026-02-11T10:00")  # 22 days after
    at(p, "2026-02-20T09:00")
    (f,) = findings(p, CONCURRENT)
    assert (f.severity, f.status) == ("major", "open")
    assert f.record_id == p.t.sessions.get(late).entry_id and f.at == "2026-02-11T10:00"
    assert f.detail == {"last_therapist_session": "2026-01-20", "days": 21}
    assert covered != late
    p.v.audit.update_settings(concurrent_days=22)  # the setting moves the line
    assert findings(p, CONCURRENT) == []


def test_only_a_therapist_session_that_took_place_counts(p: Practice) -> None:
    therapy(p, "2026-01-20T15:00")
    therapy(p, "2026-02-05T15:00", "cancelled-by-client")  # cancelled: no therapy that week
    sid = hold_session(p, "2026-02-12T10:00")
    at(p, "2026-02-20T09:00")
    (f,) = findings(p, CONCURRENT)
    assert f.record_id == p.t.sessions.get(sid).entry_id
    assert f.detail["last_therapist_session"] == "2026-01-20"
    # near miss: a therapist session held the week before covers it
    therapy(p, "2026-02-09T15:00")
    at(p, "2026-02-20T09:00")
    assert findings(p, CONCURRENT) == []


def test_no_therapist_session_ever_and_cancelled_surrogate_sessions(p: Practice) -> None:
    sid = hold_session(p, "2026-02-02T10:00")
    cancelled = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-09T10:00", 60,
                                      planned_activities=("conversation",)).subject_id or ""
    p.t.outcomes.record(cancelled, "cancelled-by-client", notice_hours=48)
    future = p.t.sessions.schedule(p.case, "surrogate_session", "2026-03-09T10:00", 60,
                                   planned_activities=("conversation",)).subject_id
    at(p, "2026-02-20T09:00")
    (f,) = findings(p, CONCURRENT)  # not the cancelled one, nor the one to come
    assert f.record_id == p.t.sessions.get(sid).entry_id
    assert f.detail == {"last_therapist_session": None, "days": 21}
    assert future
    # a therapist session after the surrogate session does not cover it (near miss)
    therapy(p, "2026-02-02T15:00")
    at(p, "2026-02-20T09:00")
    assert [x.record_id for x in findings(p, CONCURRENT)] == [p.t.sessions.get(sid).entry_id]


def _close_raw(p: Practice, body: dict[str, object]) -> str:
    """A closure as an older copy or an imported case can hold it (the service refuses a
    closure without closing minutes or a reason): straight to the log."""
    key = bytes(p.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.t.actor.member_id,))[0])
    case = p.t.cases.get(p.case)
    entry = p.t.log.append(p.t.actor.member_id, key, Kind.CASE_STATUS_CHANGED, {
        "from": case.status, "to": "closed", "reason": "Goals met", "at": p.t.local_now(),
        **body}, CaseId(p.case), utc_stamp(p.t.clock()))
    return entry.id


def test_a_case_closed_without_a_closing_meeting_or_reason(p: Practice) -> None:
    hold_session(p, "2026-02-02T10:00")
    therapy(p, "2026-01-30T15:00")
    at(p, "2026-03-01T09:00")
    p.t.cases.change_status(p.case, "closing", at="2026-03-01T09:00")
    assert findings(p, CLOSED) == []  # closing, not closed yet
    mid = p.t.sessions.schedule(p.case, "three_way_meeting", "2026-03-05T16:00", 60).subject_id
    at(p, "2026-03-06T09:00")
    p.t.notes.write_minutes(mid or "", MinutesForm(agreements="One more session"))  # not closing
    entry = _close_raw(p, {})
    (f,) = findings(p, CLOSED)
    assert (f.severity, f.status, f.record_id) == ("minor", "open", entry)
    assert f.at == "2026-03-06T09:00"


def test_closed_with_a_reason_or_closing_minutes_is_no_finding(p: Practice, tmp_path: Path) -> None:
    hold_session(p, "2026-02-02T10:00")
    at(p, "2026-03-06T09:00")
    p.t.cases.change_status(p.case, "closing")
    _close_raw(p, {"no_closing_meeting": "Client moved abroad; closure by letter"})
    assert findings(p, CLOSED) == []
    # closing minutes amended to say so afterwards also answer it
    q = make_practice(tmp_path / "w")
    try:
        hold_session(q, "2026-02-02T10:00")
        at(q, "2026-03-06T09:00")
        q.t.cases.change_status(q.case, "closing")
        mid = q.t.sessions.schedule(q.case, "three_way_meeting", "2026-03-05T16:00", 60).subject_id
        change = q.t.notes.write_minutes(mid or "", MinutesForm(agreements="Closure agreed"))
        entry = _close_raw(q, {})
        (f,) = findings(q, CLOSED)
        assert f.record_id == entry
        q.t.amendments.amend(change.entry_id, "It was the closing meeting", {"closing": True})
        assert findings(q, CLOSED) == []
    finally:
        q.close()


def test_a_case_without_surrogate_work_closes_without_a_meeting(tmp_path: Path) -> None:
    q = make_practice(tmp_path / "v")
    try:
        sid = q.t.sessions.schedule(q.case, "surrogate_session", "2026-02-02T10:00", 60,
                                    planned_activities=("conversation",)).subject_id or ""
        at(q, "2026-01-20T09:00")
        q.t.outcomes.record(sid, "cancelled-by-client", notice_hours=200)  # never held
        at(q, "2026-03-06T09:00")
        q.t.cases.change_status(q.case, "closing")
        _close_raw(q, {})
        assert findings(q, CLOSED) == []
        assert uuid.UUID(sid)
    finally:
        q.close()


def test_the_concurrent_therapy_setting_on_the_command_line(p: Practice) -> None:
    from tests.core.conftest import cli
    from tests.core.practice import PASS

    path = str(p.path)
    p.close()
    env = {"TRIAD_PASSPHRASE": PASS}
    shown = cli("audit-settings", path, env=env)
    assert "concurrent therapy: a therapist session within 21 days" in shown.out
    assert cli("audit-settings", path, "--concurrent-days", "28", env=env).code == 2  # therapist
    changed = cli("audit-settings", path, "--member", "Vera", "--concurrent-days", "28", env=env)
    assert changed.code == 0 and "within 28 days" in changed.out
    bad = cli("audit-settings", path, "--member", "Vera", "--concurrent-days", "3", env=env)
    assert bad.code == 2
