"""The client's access and amendment requests (issue 17, ``triad.casefile.requests``), through
the services on a real vault, on a stopped clock: recorded with the day received, due after
the practice's setting, on the to-do list and the case list, closed once with its outcome,
overdue as an audit finding. Each rule with a near miss."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.practice import Practice, make_practice
from triad.casefile import agenda, todo
from triad.casefile.disclosures import To, What
from triad.casefile.requests import DEFAULT_DUE_DAYS, due_on
from triad.errors import InvalidCode, InvalidInput, NotFound, PermissionDenied
from triad.exchange.scope import Scope, scope_case


def _at(text: str) -> Callable[[], datetime]:
    moment = datetime.fromisoformat(text).astimezone()
    return lambda: moment


@pytest.fixture
def p(tmp_path: Path) -> Iterator[Practice]:
    practice = make_practice(tmp_path / "v.triad")
    for ws in practice.all():
        ws.clock = _at("2026-03-02T09:00")
    yield practice
    practice.close()


def refused(p: Practice) -> str:
    return p.t.requests.record(p.case, "amendment", "2026-02-20",
                               "Remove 'reluctant' from the intake note").subject_id or ""


def test_a_request_is_recorded_with_the_day_received_and_due_thirty_days_later(
        p: Practice) -> None:
    change = p.t.requests.record(p.case, "access", "2026-02-27", "A copy of my whole record")
    entry = p.t.log.get(change.entry_id)
    assert entry is not None and entry.kind == "request.received"
    r = p.t.requests.get(change.subject_id or "")
    assert (r.type, r.received_on, r.due_days, r.due_on, r.open) == (
        "access", "2026-02-27", DEFAULT_DUE_DAYS, "2026-03-29", True)
    assert due_on("2026-02-27", 30) == "2026-03-29"
    assert p.v.requests.list(p.case) == [r]  # the supervisor audits them
    # near misses: the surrogate partner and a therapist not on the case read none
    with pytest.raises(PermissionDenied):
        p.s.requests.list(p.case)
    with pytest.raises(PermissionDenied):
        p.t2.requests.list(p.case)
    with pytest.raises(PermissionDenied):  # the supervisor reads, never records
        p.v.requests.record(p.case, "access", "2026-02-27", "A copy")
    assert p.t.log.verify().ok


@pytest.mark.parametrize(("kind", "day", "text", "code"), [
    ("access", "2026-03-03", "A copy", InvalidCode.REQUEST_RECEIVED_FUTURE),  # tomorrow
    ("access", "2026-01-04", "A copy", InvalidCode.REQUEST_RECEIVED_BEFORE_CASE),  # opened 01-05
    ("access", "2026-03-02", "  ", InvalidCode.REQUEST_EMPTY),
    ("erasure", "2026-03-02", "Erase it", InvalidCode.REQUEST_TYPE),
])
def test_a_request_keeps_its_rules(p: Practice, kind: str, day: str, text: str,
                                   code: InvalidCode) -> None:
    with pytest.raises(InvalidInput) as exc:
        p.t.requests.record(p.case, kind, day, text)
    assert exc.value.detail == code
    # the near miss: today and the day the case opened are fine
    p.t.requests.record(p.case, "access", "2026-03-02", "A copy")
    p.t.requests.record(p.case, "access", "2026-01-05", "A copy")


def test_an_amendment_request_names_an_entry_of_the_case_or_none(p: Practice) -> None:
    intake = p.t.log.entries("case_id=? AND kind='case.opened'", (p.case,))[0].id
    r = p.t.requests.record(p.case, "amendment", "2026-03-01", "My pronouns are wrong",
                            about_entry=intake, about_field="pronouns").subject_id or ""
    got = p.t.requests.get(r)
    assert (got.about_entry, got.about_field) == (intake, "pronouns")
    with pytest.raises(InvalidInput) as exc:
        p.t.requests.record(p.case, "amendment", "2026-03-01", "x", about_entry="nope")
    assert exc.value.detail == InvalidCode.REQUEST_ABOUT


def test_the_due_day_is_on_the_to_do_list_and_the_case_list(p: Practice) -> None:
    assert todo.request_gaps(p.t, p.case) == []
    first = p.t.requests.record(p.case, "access", "2026-02-25", "A copy").subject_id or ""
    later = p.t.requests.record(p.case, "amendment", "2026-02-20", "Correct the date").subject_id
    # the amendment request arrived first: due first (2026-03-22, then 2026-03-27)
    assert todo.request_gaps(p.t, p.case) == [todo.Gap(todo.REQUEST_DUE, later or ""),
                                              todo.Gap(todo.REQUEST_DUE, first)]
    assert [r.due_on for r in p.t.requests.open(p.case)] == ["2026-03-22", "2026-03-27"]
    assert todo.request_gaps(p.s, p.case) == [] and todo.request_gaps(p.v, p.case) == []
    # not due within a week: after what blocks the work (a debrief to review), before the
    # next session and the three-way meeting to plan
    assert agenda.next_due(p.t, p.case) == agenda.DueItem(todo.REQUEST_DUE, "2026-03-22",
                                                          later or "")
    sid = p.t.sessions.schedule(p.case, "surrogate_session", "2026-02-26T10:00", 60,
                                planned_activities=("conversation",)).subject_id or ""
    due = agenda.next_due(p.t, p.case)
    assert due is not None and (due.code, due.subject_id) == ("debrief-missing", sid)
    # due within a week: first on the case list
    p.t.clock = _at("2026-03-16T09:00")
    assert agenda.next_due(p.t, p.case) == agenda.DueItem(todo.REQUEST_DUE, "2026-03-22",
                                                          later or "")
    line = next(c for c in agenda.case_lines(p.t) if c.case_id == p.case)
    assert line.due == agenda.DueItem(todo.REQUEST_DUE, "2026-03-22", later or "")
    # a closed case keeps the request on the list
    p.t.cases.change_status(p.case, "closing", at="2026-03-16")
    assert agenda.next_due(p.t, p.case) == agenda.DueItem(todo.REQUEST_DUE, "2026-03-22",
                                                          later or "")


def test_a_setting_changes_the_due_day_of_requests_recorded_after_it(p: Practice) -> None:
    before = p.t.requests.record(p.case, "access", "2026-03-01", "A copy").subject_id or ""
    assert p.t.requests.set_due_days(14) == 14 and p.t2.requests.due_days() == 14
    after = p.t.requests.record(p.case, "access", "2026-03-01", "A copy").subject_id or ""
    assert p.t.requests.get(before).due_on == "2026-03-31"  # its deadline was already running
    assert p.t.requests.get(after).due_on == "2026-03-15"
    for bad in (0, 91, "30"):
        with pytest.raises(InvalidInput):
            p.t.requests.set_due_days(bad)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        p.v.requests.set_due_days(20)
    p.t.log.rebuild()
    assert p.t.requests.due_days() == 14


def test_an_access_request_is_fulfilled_with_a_copy_given_to_the_client(p: Practice) -> None:
    r = p.t.requests.record(p.case, "access", "2026-02-27", "A copy of my consents").subject_id
    assert r is not None
    report = p.t.disclosures.record(What.REPORT, [p.case], report="progress")
    with pytest.raises(InvalidInput) as exc:  # a progress report is no copy for the client
        p.t.requests.close(r, "fulfilled", "2026-03-01", disclosure_id=report.disclosure_id)
    assert exc.value.detail == InvalidCode.REQUEST_COPY
    copy = p.t.disclosures.record(What.CONSENT_COPY, [p.case], To.CLIENT)
    assert [d.disclosure_id for d in p.t.requests.copies(p.case)] == [copy.disclosure_id]
    with pytest.raises(InvalidInput) as exc:  # an amendment request's outcome
        p.t.requests.close(r, "amended", "2026-03-01")
    assert exc.value.detail == InvalidCode.REQUEST_OUTCOME
    with pytest.raises(InvalidInput) as exc:
        p.t.requests.close(r, "fulfilled", "2026-02-26", disclosure_id=copy.disclosure_id)
    assert exc.value.detail == InvalidCode.REQUEST_CLOSED_ON  # before it was received
    p.t.requests.close(r, "fulfilled", "2026-03-01", disclosure_id=copy.disclosure_id)
    got = p.t.requests.get(r)
    assert got.closing is not None and (got.closing.outcome, got.closing.copy,
                                        got.closing.disclosure_id) == (
        "fulfilled", "consent-copy", copy.disclosure_id)
    with pytest.raises(InvalidInput) as exc:  # closing twice
        p.t.requests.close(r, "refused", "2026-03-02", reason="changed my mind")
    assert exc.value.detail == InvalidCode.REQUEST_ALREADY_CLOSED
    assert todo.request_gaps(p.t, p.case) == []


def test_a_copy_in_another_form_needs_a_note(p: Practice) -> None:
    r = p.t.requests.record(p.case, "access", "2026-02-27", "To see my record").subject_id or ""
    with pytest.raises(InvalidInput):
        p.t.requests.close(r, "fulfilled", "2026-03-01", other_form=True)
    p.t.requests.close(r, "fulfilled", "2026-03-01", other_form=True,
                       note="Read through the record together in session")
    closing = p.t.requests.get(r).closing
    assert closing is not None and closing.copy == "other-form"


def test_an_amendment_request_is_closed_with_the_amendment_made(p: Practice) -> None:
    r = refused(p)
    with pytest.raises(InvalidInput) as exc:
        p.t.requests.close(r, "amended", "2026-03-01", amendment_id="nope")
    assert exc.value.detail == InvalidCode.REQUEST_AMENDMENT
    intake = p.t.log.entries("case_id=? AND kind='case.opened'", (p.case,))[0].id
    made = p.t.amendments.amend(intake, "The client's request", {"client": {"pronouns": "they"}})
    p.t.requests.close(r, "amended", "2026-03-01", amendment_id=made.entry_id)
    closing = p.t.requests.get(r).closing
    assert closing is not None and closing.amendment_id == made.entry_id


def test_a_refusal_keeps_its_reason_and_the_clients_statement_of_disagreement(
        p: Practice) -> None:
    r = refused(p)
    with pytest.raises(InvalidInput) as exc:
        p.t.requests.close(r, "refused", "2026-03-01", reason=" ")
    assert exc.value.detail == InvalidCode.REQUEST_REFUSAL_REASON
    closed = p.t.requests.close(r, "refused", "2026-03-01",
                                reason="The note is accurate and complete")
    # the client's statement arrives later: an amendment of the closing keeps it with the record
    p.t.amendments.amend(closed.entry_id, "Statement received", {
        "statement": "I was not reluctant; I was nervous.", "rebuttal": "Noted as nervous."})
    closing = p.t.requests.get(r).closing
    assert closing is not None and closing.statement == "I was not reluctant; I was nervous."
    assert closing.rebuttal == "Noted as nervous." and closing.amended
    with pytest.raises(InvalidInput):  # the outcome stands; only its words are amended
        p.t.amendments.amend(closed.entry_id, "x", {"outcome": "amended"})
    with pytest.raises(InvalidInput):
        p.t.amendments.amend(closed.entry_id, "x", {"reason": ""})
    p.t.log.rebuild()
    assert p.t.requests.get(r).closing == closing


def test_an_open_request_past_its_due_day_is_a_major_finding(p: Practice) -> None:
    r = p.t.requests.record(p.case, "access", "2026-01-20", "A copy").subject_id or ""
    assert p.t.requests.get(r).due_on == "2026-02-19"

    def overdue() -> list[tuple[str, str]]:
        return [(f.severity, f.status) for f in p.v.audit.run(p.case).findings
                if f.rule_id == "request.overdue"]

    p.v.clock = _at("2026-02-19T20:00")  # the near miss: the due day itself
    assert overdue() == []
    p.v.clock = _at("2026-02-20T08:00")
    assert overdue() == [("major", "open")]
    p.t.clock = _at("2026-02-21T08:00")
    p.t.requests.close(r, "fulfilled", "2026-02-21", other_form=True, note="Copy handed over")
    assert overdue() == [("major", "resolved")]  # late all the same


def test_a_packet_carries_requests_to_the_supervisor_not_the_surrogate(p: Practice) -> None:
    r = refused(p)
    p.t.requests.close(r, "refused", "2026-03-01", reason="Accurate")
    entries = p.t.log.entries("case_id=?", (p.case,))
    ids = [e.id for e in entries if e.kind.startswith("request.")]
    to_supervisor = scope_case(entries, p.ids["Vera"], p.v.actor.role)
    to_surrogate = scope_case(entries, p.ids["Sam"], p.s.actor.role)
    assert [to_supervisor[i] for i in ids] == [Scope.FULL, Scope.FULL]
    assert [to_surrogate[i] for i in ids] == [Scope.HEADER, Scope.HEADER]


def test_an_unknown_request_is_not_found(p: Practice) -> None:
    with pytest.raises(NotFound):
        p.t.requests.get("nope")
    with pytest.raises(NotFound):
        p.t.requests.find(p.case, "")
