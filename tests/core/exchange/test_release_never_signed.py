"""The forms: "Notes are shared between your therapist and surrogate only if you sign a
separate release of information" / "Without your written permission they may not share notes."
A case whose client never signed a release sends nothing to the surrogate partner or the
supervisor (issue 13, point 2); once the client signs one, the case goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.exchange.test_exchange import LEGAL_NAME, introduce, new_machine, send
from tests.core.practice import SCOPE, sigs
from triad.errors import ExchangeCode, ExchangeError
from triad.roles import Role


def test_nothing_goes_before_the_client_signs_a_release(tmp_path: Path) -> None:
    t = new_machine(tmp_path / "t.triad", "Dr Tess", Role.THERAPIST)
    s = new_machine(tmp_path / "s.triad", "Sam", Role.SURROGATE)
    v = new_machine(tmp_path / "v.triad", "Vera", Role.SUPERVISOR)
    try:
        for a, b in ((t, s), (s, t), (t, v), (v, t)):
            introduce(a, b)
        case = t.cases.open({"legal_name": LEGAL_NAME, "date_of_birth": "1988-03-14",
                             "presenting_concerns": ["anxiety"]}, (), opened_at="2026-01-05").case_id
        assert case
        t.cases.change_status(case, "assessment", at="2026-01-06")
        t.capacity.record(case, "2026-01-08", "has-capacity", "")
        t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist", client=LEGAL_NAME),
                       grants=SCOPE, valid_from="2026-01-10")
        for other in (s, v):
            t.exchange.share(case, other.actor.member_id)
        for other in (s, v):
            with pytest.raises(ExchangeError) as caught:
                t.exchange.build_packet(other.actor.member_id, case)
            assert caught.value.detail == ExchangeCode.NO_RELEASE
            assert caught.value.data["release"] == "none"
            assert not t.exchange.pending(other.actor.member_id)
        t.consent.give(case, "release-of-information", sigs("2026-01-10", "client", "therapist", client=LEGAL_NAME),
                       valid_from="2026-01-10")
        for other in (s, v):
            other.exchange.import_packet(send(t, other, case))
            assert [c.case_id for c in other.cases.list()] == [case]
    finally:
        for ws in (t, s, v):
            ws.close()
