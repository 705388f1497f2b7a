"""Second read of the exchange: a surrogate partner's packet to the supervisor. Only
therapists relay, and the supervisor's vault refuses views and headers from anyone else, so a
surrogate's packet may carry only what the supervisor reads whole, chains unbroken; her debrief
with its process recording reaches the supervisor through the therapist, as a view she signed
and the therapist checked against the whole entry."""

from __future__ import annotations

from tests.core.exchange.test_exchange import (  # the three machines of the exchange tests
    Machines,
    debrief,
    introduce,
    machines,  # noqa: F401  (fixture)
    payload,
    send,
)

NOTES = "Sam's detailed notes, for the therapist only"


def test_a_surrogates_packet_to_the_supervisor_is_accepted_and_carries_no_recording(
        machines: Machines) -> None:  # noqa: F811
    m = machines
    t, s, v, case = m.t, m.s, m.v, m.case
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    introduce(s, v)
    introduce(v, s)
    triad = next(c for c in s.consent.records(case) if c.form_id == "triad-agreement")
    s.consent.revoke(case, triad.consent_id, "client asked to pause", party="client",
                     activities_=("clothed_touch",), at="2026-02-01T09:00")
    debrief(s, m.sam_sessions[0], NOTES)
    raw = send(s, v)
    assert NOTES not in str(payload(raw, v))
    r = v.exchange.import_packet(raw)  # was refused whole: not-senders-own
    assert r.added == 1  # the revocation; the debrief waits for the therapist's relay
    assert v.exchange.import_packet(send(s, v)).added == 0
    t.exchange.import_packet(send(s, t))
    assert v.exchange.import_packet(send(t, v)).added == 1  # the debrief, as Sam's view
    seen = v.sessions.get(m.sam_sessions[0]).debrief
    assert seen is not None and seen.process_recording == "" and seen.withheld
    bodies = " ".join(row[0] for row in v.vault.db.rows("SELECT body FROM entries"))
    assert NOTES not in bodies
    assert v.verify().ok


def test_without_the_authors_view_a_recording_never_goes_to_the_supervisor(
        machines: Machines) -> None:  # noqa: F811
    """The therapist holds Sam's debrief whole but no view Sam signed for relaying (her program
    sent none): the debrief is not sent to the supervisor -- never whole -- and follows once
    Sam's view arrives."""
    m = machines
    t, s, v = m.t, m.s, m.v
    s.exchange.import_packet(send(t, s))
    v.exchange.import_packet(send(t, v))
    debrief(s, m.sam_sessions[0], NOTES)
    t.exchange.import_packet(send(s, t))
    t.vault.db.execute("DELETE FROM exchange_relay_views")
    raw = send(t, v)
    assert NOTES not in str(payload(raw, v))
    v.exchange.import_packet(raw)
    bodies = " ".join(row[0] for row in v.vault.db.rows("SELECT body FROM entries"))
    assert NOTES not in bodies and v.verify().ok
    assert v.sessions.get(m.sam_sessions[0]).debrief is None  # waits for the view
    t.exchange.import_packet(send(s, t, resend=True))  # Sam's program sends her view again
    assert t.vault.db.one("SELECT count(*) FROM exchange_relay_views")[0] > 0  # type: ignore[index]
    t.exchange.import_packet(send(v, t))  # Vera's acknowledgements: the debrief is missing
    v.exchange.import_packet(send(t, v))
    seen = v.sessions.get(m.sam_sessions[0]).debrief
    assert seen is not None and seen.process_recording == "" and seen.withheld
    bodies = " ".join(row[0] for row in v.vault.db.rows("SELECT body FROM entries"))
    assert NOTES not in bodies and v.verify().ok
