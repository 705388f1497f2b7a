"""A hand-over travels by packet (issue 17): the surrogate partner's vault, on her own machine,
then shows the new therapist as the case's, packets go to and come from the new therapist,
and the old one is out of the exchange for that case. A custody take-over countersigned in the
supervisor's own vault travels back the same way."""

from __future__ import annotations

import pytest

from tests.core.exchange.test_exchange import (  # noqa: F401 (the fixture)
    CRED,
    PASS,
    Machines,
    debrief,
    introduce,
    machines,
    send,
)
from triad.errors import ExchangeError
from triad.roles import Role
from triad.workspace import Workspace


def _nova(m: Machines) -> Workspace:
    """A second therapist of the practice, in the therapist's vault."""
    m.t.members.add("Dr Nova", Role.THERAPIST, PASS, CRED)
    return Workspace.open(m.t.vault.folder, PASS, "Dr Nova")


def test_a_hand_over_reaches_the_surrogates_vault(machines: Machines) -> None:  # noqa: F811
    m = machines
    t, s, case = m.t, m.s, m.case
    s.exchange.import_packet(send(t, s))
    nova = _nova(m)
    try:
        t.handover.transfer(case, nova.actor.member_id, "Dr Tess retires.")
        # the old therapist has nothing to send of it any more
        with pytest.raises(ExchangeError):
            t.exchange.build_packet(s.actor.member_id)
        # the new one sends (Sam confirmed her identity card first, as with any contact);
        # Sam's copy agrees on who holds the case
        introduce(nova, s)
        got = s.exchange.import_packet(send(nova, s))
        assert got.added >= 1
        assert s.cases.get(case).therapist_id == nova.actor.member_id
        assert s.members.get(nova.actor.member_id).name == "Dr Nova"
        # Sam's next debrief goes to the new therapist, and is taken in there
        debrief(s, m.sam_sessions[0], "After the hand-over.")
        back = nova.exchange.import_packet(send(s, nova))
        assert back.added == 1
        # and nothing of the case goes to the old therapist
        with pytest.raises(ExchangeError):
            s.exchange.build_packet(t.actor.member_id)
        assert s.verify().ok and nova.verify().ok
    finally:
        nova.close()


def test_the_supervisor_countersigns_a_take_over_in_her_own_vault(
        machines: Machines) -> None:  # noqa: F811
    m = machines
    t, v, case = m.t, m.v, m.case
    assert t.cases.get(case).supervisor_id == v.actor.member_id
    nova = _nova(m)
    try:
        t.custody.name_custodian(nova.actor.member_id)
        nova.custody.request(case, "Dr Tess is in hospital.")
        # the request reaches the supervisor with the case (from the holder's vault: the
        # same vault the custodian used)
        v.exchange.import_packet(send(t, v))
        (asked,) = v.custody.awaiting_me()
        assert asked.custodian_id == nova.actor.member_id
        v.custody.countersign(case, "Agreed.")
        assert v.cases.get(case).therapist_id == nova.actor.member_id  # her copy moved
        # the countersignature goes to the case's new holder (whose card she confirms), into
        # the practice's vault
        introduce(nova, v)
        assert nova.exchange.import_packet(send(v, nova)).added == 1
        assert nova.cases.get(case).therapist_id == nova.actor.member_id  # and the practice's
        assert t.cases.list() == [] and [c.case_id for c in nova.cases.list()] == [case]
        assert t.verify().ok and v.verify().ok
    finally:
        nova.close()
