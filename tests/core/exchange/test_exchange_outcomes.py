"""Outcomes and moves travel (issue 16): a session's outcome and its reschedule reach the
session's surrogate partner and the supervisor and read the same there; the surrogate
partner's own outcome reaches the therapist; another surrogate's session stays a header."""

from __future__ import annotations

from tests.core.exchange.test_exchange import Machines, machines, send

__all__ = ["machines"]  # the fixture, shared


def test_outcomes_and_moves_read_the_same_on_every_machine(machines: Machines) -> None:
    m = machines
    t, s, v, case = m.t, m.s, m.v, m.case
    first, second = m.sam_sessions
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    for ws in (t, s, v, m.sky):
        ws.clock = t.clock
    t.scheduling.reschedule(second, "2026-02-10T10:00", "the client asked")
    t.outcomes.record(m.sky_session, "held")  # Sky's session: a header to Sam
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    theirs = s.sessions.get(second)
    assert (theirs.starts_at, theirs.moved_from) == ("2026-02-10T10:00", "2026-02-09T10:00")
    assert m.sky_session not in [x.session_id for x in s.sessions.list(case)]
    # Sam records her own session as a no-show on her machine; it reaches the therapist
    s.outcomes.record(first, "no-show", note="No answer at the door.")
    assert t.exchange.import_packet(send(s, t)).added == 1
    v.exchange.import_packet(send(t, v))
    for ws in (t, s, v):
        mine = ws.sessions.get(first)
        assert mine.status == "no-show" and mine.outcome_record is not None
        assert mine.outcome_record.note == "No answer at the door."
        assert ws.sessions.get(second).moved_from == "2026-02-09T10:00"
    assert [x.status for x in v.sessions.list(case)] == [x.status for x in t.sessions.list(case)]
    assert s.verify().ok and v.verify().ok and t.verify().ok
