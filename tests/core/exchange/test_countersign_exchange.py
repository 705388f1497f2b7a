"""A surrogate partner on her own machine countersigns the triad agreement in her own vault;
the countersignature travels back by packet like any entry (issue 13, point 5). The scan of a
paper form never travels."""

from __future__ import annotations

import json

from tests.core.exchange.test_exchange import (  # noqa: F401 (the fixture)
    LEGAL_NAME,
    Machines,
    machines,
    payload,
    send,
    sigs,
)
from triad.casefile.ladder import Activity

PDF = b"%PDF-1.4\n% scanned paper form SCAN-MARK-93\n%%EOF\n"


def test_the_surrogate_countersigns_in_her_own_vault_and_it_travels_back(
        machines: Machines) -> None:  # noqa: F811 (the fixture, imported)
    m = machines
    t, s, case = m.t, m.s, m.case
    day = t.local_now()[:10]
    triad = t.consent.give(case, "triad-agreement", sigs(day, "client", "therapist"),
                           grants=("conversation",), surrogate_id=s.actor.member_id).subject_id or ""
    scanned = t.consent.give(case, "release-of-information",
                             [{"party": "client", "scan": PDF, "signed_on": day},
                              {"party": "therapist", "signed_on": day}]).subject_id or ""
    assert t.consent.get(case, triad).awaiting == ("surrogate",)
    to_sam = send(t, s)
    inside = json.dumps(payload(to_sam, s), ensure_ascii=False)
    assert "SCAN-MARK-93" not in inside and LEGAL_NAME not in inside
    s.exchange.import_packet(to_sam)
    # her copy: awaiting her; the release's scan neither travelled nor is named
    assert [r.consent_id for r in s.signatures.awaiting_me(case)] == [triad]
    client = next(x for x in s.consent.get(case, scanned).signatures if x.party == "client")
    assert client.scan is None
    assert s.vault.db.one("SELECT count(*) FROM attachments") == (0,)
    s.signatures.countersign(case, triad)
    back = t.exchange.import_packet(send(s, t))
    assert back.added == 1 and not back.held
    record = t.consent.get(case, triad)
    assert record.awaiting == ()
    sam = next(x for x in record.signatures if x.party == "surrogate")
    assert sam.member_id == s.actor.member_id and sam.name == s.actor.name
    assert Activity.CONVERSATION in t.consent.in_force(case, f"{day}T23:00", s.actor.member_id)
    assert t.verify().ok and s.verify().ok
