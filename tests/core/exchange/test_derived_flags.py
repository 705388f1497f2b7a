"""Issue 14, minor 13: a debrief's flags are the receiver's computation. A surrogate partner can
sign a debrief listing ``intercourse`` with ``flags: []``; the receiving vault keeps the signed
entry as signed, but its projection flags what it computes from the debrief's own fields."""

from __future__ import annotations

from typing import Any

from tests.core.exchange.test_exchange import Machines, machines, send
from triad.log.kinds import Kind

__all__ = ["machines"]  # the fixture


def _forged(m: Machines, **fields: Any) -> dict[str, Any]:
    """A debrief body the service would never write, signed by Sam all the same."""
    return {"session_id": m.sam_sessions[0], "held_at": "2026-02-02T10:00", "duration_min": 60,
            "location": "", "phase_id": None, "activities_planned": ["conversation"],
            "activities_done": ["conversation"], "suds_before": 6, "suds_after": 4,
            "boundaries_kept": True, "stop_signals": 0, "pause_signals": 0, "aids_used": [],
            "went_well": "", "was_hard": "", "arousal_anxiety": "", "boundaries_note": "",
            "safer_sex": "", "reactions": "", "questions": "", "proposal": "",
            "process_recording": "", "flags": [], **fields}


def test_a_signed_debrief_with_empty_flags_is_flagged_by_the_receiver(machines: Machines) -> None:
    m = machines
    m.s.exchange.import_packet(send(m.t, m.s))
    body = _forged(m, activities_done=["conversation", "intercourse"], stop_signals=2,
                   boundaries_kept=False, safer_sex_kept=False)
    entry = m.s.append(Kind.SESSION_DEBRIEFED, body, m.t.cases.get(m.case).case_id)
    m.t.exchange.import_packet(send(m.s, m.t))
    debrief = m.t.sessions.get(m.sam_sessions[0]).debrief
    assert debrief is not None
    assert list(debrief.flags) == ["activity-not-consented:intercourse", "stop-signal-used",
                                   "boundary-not-kept", "safer-sex-not-kept"]
    assert m.t.log.get(entry.id).body["flags"] == []  # the signed entry stays as signed
    # the therapist's review queue and the audit see the receiver's flags
    assert any(f.rule_id == "consent.activity-not-covered" for f in m.t.audit.run(m.case).findings)
    # ... and so does a rebuild of the projection from the log
    m.t.log.rebuild()
    assert list(m.t.sessions.get(m.sam_sessions[0]).debrief.flags) == list(debrief.flags)  # type: ignore[union-attr]


def test_an_honest_debrief_keeps_the_same_flags(machines: Machines) -> None:
    m = machines
    m.s.exchange.import_packet(send(m.t, m.s))
    from tests.core.exchange.test_exchange import debrief

    debrief(m.s, m.sam_sessions[0], "notes", stop_signals=1)
    signed = m.s.log.entries("kind=?", ("session.debriefed",))[-1].body["flags"]
    m.t.exchange.import_packet(send(m.s, m.t))
    assert list(m.t.sessions.get(m.sam_sessions[0]).debrief.flags) == signed  # type: ignore[union-attr]
    assert list(m.s.sessions.get(m.sam_sessions[0]).debrief.flags) == signed  # type: ignore[union-attr]
