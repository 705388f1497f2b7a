"""The aid inventory travels by packet (issue 13 point 6): a surrogate partner on her own
machine receives the case's aids and each aid's consent, and her debrief naming the aids used
reaches the therapist, who sees the same flags."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from tests.conftest import DEMO_PASS
from tests.core.exchange.test_exchange import introduce, new_machine, send
from triad.casefile.sessions import DebriefForm
from triad.roles import Role
from triad.workspace import Workspace

CASE = "C-2026-002"


def test_a_surrogate_on_her_own_machine_debriefs_with_the_case_aids(
        demo_copy: Path, tmp_path: Path) -> None:
    t = Workspace.open(demo_copy, DEMO_PASS)
    s = new_machine(tmp_path / "sam.triad", "Sam Rivera", Role.SURROGATE)
    try:
        introduce(s, t)
        introduce(t, s)
        t.exchange.share(CASE, s.actor.member_id)
        sam = s.actor.member_id
        # the triad agreement with Sam: he countersigns it on his own machine (issue 13), and
        # his countersignature travels back by packet
        cid = t.consent.give(CASE, "triad-agreement", [
            {"party": "client", "name": "Elif Şahin"}, {"party": "therapist"}],
            grants=("conversation", "relaxation_breathing"), surrogate_id=sam,
            signals={"stop": "red", "pause": "amber"}).subject_id or ""
        wedge = t.aids.add(CASE, "customised", "Positioning wedge").subject_id
        s.exchange.import_packet(send(t, s, CASE))
        s.signatures.countersign(CASE, cid)
        t.exchange.import_packet(send(s, t, CASE))
        assert t.consent.get(CASE, cid).awaiting == ()
        when = (datetime.fromisoformat(t.local_now()) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
        session = t.sessions.schedule(CASE, "surrogate_session", when, 60, None,
                                      ("conversation", "therapeutic_aids"), "Room 2", sam).subject_id
        s.exchange.import_packet(send(t, s, CASE))
        inventory = {a.description: a.aid_id for a in s.aids.list(CASE)}
        assert set(inventory) == {"Pelvic model", "Full-body doll with adjustable positioning",
                                  "Positioning wedge"}
        assert s.aids.consent_status(CASE, when)[inventory["Pelvic model"]] == ("in_session", "at_home")
        s.sessions.submit_debrief(session, DebriefForm(
            activities_done=("conversation", "therapeutic_aids"), suds_before=4, suds_after=3,
            aid_ids=(inventory["Pelvic model"], wedge), held_at=when))
        t.exchange.import_packet(send(s, t, CASE))
        debrief = t.sessions.get(session).debrief
        assert debrief is not None and debrief.aid_ids == (inventory["Pelvic model"], wedge)
        assert list(debrief.flags) == [f"aid-without-consent:{wedge}"]
    finally:
        s.close()
        t.close()
