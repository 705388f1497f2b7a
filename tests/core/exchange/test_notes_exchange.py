"""Therapist notes over the exchange (issue 16): a progress note reaches the supervisor and
projects the same there, minutes reach the surrogate partner who attended, the progress note
reaches her only as a header, and a private note never leaves the therapist's vault -- the
packets are searched decrypted."""

from __future__ import annotations

import json

from tests.core.exchange.test_exchange import Machines, machines, payload, send
from triad.casefile.notes import MinutesForm, ProgressNoteForm

__all__ = ["machines"]  # the fixture, shared with the exchange tests

PROGRESS = "Focus on shame after the last date qv3Hj8wz"
PRIVATE = "My own reaction: impatience; take it to supervision pk8Rt2vx"
MINUTES = "Agreed weekly pace and the stop word mn5Lq7ys"


def test_notes_travel_by_role_and_private_notes_never(machines: Machines) -> None:
    m = machines
    t, s, v = m.t, m.s, m.v
    talk = t.sessions.schedule(m.case, "therapist_session", "2026-02-04T15:00", 50).subject_id
    meet = t.sessions.schedule(m.case, "three_way_meeting", "2026-02-01T16:00", 60,
                               surrogate_id=s.actor.member_id).subject_id
    t.notes.write_progress(talk, ProgressNoteForm(focus=PROGRESS, plan="Continue"))
    t.notes.write_minutes(meet, MinutesForm(agreements=MINUTES, closing=False))
    t.private_notes.write(talk, PRIVATE)
    to_sam, to_vera = send(t, s), send(t, v)
    sam_sees = json.dumps(payload(to_sam, s), ensure_ascii=False)
    vera_sees = json.dumps(payload(to_vera, v), ensure_ascii=False)
    assert "pk8Rt2vx" not in sam_sees and "pk8Rt2vx" not in vera_sees  # never, to anyone
    assert "note.private" not in sam_sees and "note.private" not in vera_sees
    assert "qv3Hj8wz" in vera_sees and "qv3Hj8wz" not in sam_sees  # a header at most for her
    assert "mn5Lq7ys" in sam_sees and "mn5Lq7ys" in vera_sees
    assert s.exchange.import_packet(to_sam).added and v.exchange.import_packet(to_vera).added
    assert v.notes.progress(talk) == t.notes.progress(talk)  # the same on the receiving side
    assert s.notes.minutes(meet) == t.notes.minutes(meet)
    assert s.notes.progress_notes(m.case) == []
    assert v.private_notes.export_own()["notes"] == [] and s.private_notes.mine(m.case) == []
    assert s.verify().ok and v.verify().ok
