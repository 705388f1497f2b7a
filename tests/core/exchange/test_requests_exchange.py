"""The client's requests over the exchange (issue 17): a request and its closing reach the
supervisor and project the same there (she audits that they are answered in time); the
surrogate partner's packet carries them as headers only -- the packets are searched
decrypted."""

from __future__ import annotations

import json

from tests.core.exchange.test_exchange import Machines, machines, payload, send

__all__ = ["machines"]  # the fixture, shared with the exchange tests

ASKED = "Remove the word reluctant from my intake rq7Kp2wz"
STATEMENT = "I was nervous, not reluctant st4Jm8vx"


def test_requests_travel_to_the_supervisor_and_only_as_headers_to_the_surrogate(
        machines: Machines) -> None:
    m = machines
    t, s, v = m.t, m.s, m.v
    asked = t.requests.record(m.case, "amendment", "2026-02-01", ASKED).subject_id or ""
    t.requests.close(asked, "refused", "2026-02-03", reason="The intake is accurate",
                     statement=STATEMENT)
    to_sam, to_vera = send(t, s), send(t, v)
    sam_sees = json.dumps(payload(to_sam, s), ensure_ascii=False)
    vera_sees = json.dumps(payload(to_vera, v), ensure_ascii=False)
    assert "rq7Kp2wz" in vera_sees and "st4Jm8vx" in vera_sees
    assert "rq7Kp2wz" not in sam_sees and "st4Jm8vx" not in sam_sees
    assert s.exchange.import_packet(to_sam).added and v.exchange.import_packet(to_vera).added
    assert v.requests.list(m.case) == t.requests.list(m.case)  # the same on her side
    assert [f.rule_id for f in v.audit.run(m.case).findings
            if f.rule_id == "request.overdue"] == []  # answered in two days
    assert s.verify().ok and v.verify().ok
