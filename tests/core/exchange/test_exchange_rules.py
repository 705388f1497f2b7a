"""A packet must keep the rules the services keep: a goal off its scale is refused whole."""

from __future__ import annotations

from tests.core.exchange.test_exchange import Machines, machines, send
from tests.core.exchange.test_exchange_rejects import onboarded, rejected
from triad.log.entries import CaseId
from triad.log.kinds import Kind

__all__ = ["machines", "onboarded"]  # the fixtures, re-used


def test_a_packet_with_a_goal_off_its_scale_is_refused(onboarded: Machines) -> None:
    m = onboarded
    m.t.cases.add_goal(m.case, "Erectile function", "9", "21", "IIEF-5")
    m.v.exchange.import_packet(send(m.t, m.v))
    assert [g.target for g in m.v.cases.goals(m.case)] == ["21"]
    # signed by the therapist, but the service would have refused it
    m.t.append(Kind.GOAL_SET, {"goal_id": "3c0e5b0a-0000-4000-8000-000000000002",
                               "description": "Erectile function", "baseline": "9",
                               "target": "99", "unit": "IIEF-5"}, CaseId(m.case))
    exc = rejected(m.v, send(m.t, m.v))
    assert exc.detail == "goal-scale" and str(exc.data["item"]).endswith(".body.target")
    assert [g.target for g in m.v.cases.goals(m.case)] == ["21"]
