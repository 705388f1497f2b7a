"""The schedule dialog shows the signals gate (tests/core/casefile/test_signals_gate.py): with no
stop and pause signals agreed in the triad agreement in force, a surrogate session with touch
is named as refused before the click, and refused with the core's sentence on it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.casefile.ladder import Activity
from ui.casefile.sessions.debrief_form import ScheduleDialog


def test_the_dialog_names_the_missing_signals(qtbot: QtBot, demo_copy: Path) -> None:
    t = open_as(demo_copy)
    try:
        case_id = next(c.case_id for c in t.cases.list() if c.code.endswith("-001"))
        now = t.local_now()
        later = (datetime.fromisoformat(now) + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M")
        triads = [r for r in t.consent.records(case_id) if r.form_id == "triad-agreement"]
        for r in triads:  # replaced by an agreement that records no signals
            t.consent.revoke(case_id, r.consent_id, "Replaced.", at=now)
        last = triads[-1]
        cid = t.consent.give(case_id, "triad-agreement",
                             [{"party": s.party, "name": s.name, "signed_on": now[:10]}
                              for s in last.signatures if s.party != "surrogate"],
                             grants=tuple(a.value for a in last.grants), valid_from=later,
                             surrogate_id=last.surrogate_id).subject_id or ""
        surrogate = next(s.name for s in last.signatures if s.party == "surrogate")
        sam = open_as(demo_copy, surrogate)  # she countersigns in her own session (issue 13)
        try:
            sam.signatures.countersign(case_id, cid, signed_on=now[:10])
        finally:
            sam.close()
        before = len(t.sessions.list(case_id))
        d = ScheduleDialog(t, case_id)
        qtbot.addWidget(d)
        d.kind.setCurrentIndex(d.kind.findData("surrogate_session"))
        for activity, box in d.activities.boxes.items():
            box.setChecked(activity in (Activity.CONVERSATION, Activity.CLOTHED_TOUCH))
        assert "No stop and pause signals are agreed" in d.outside.text()
        d.submit_button.click()
        assert "record the signals, in words, in the triad agreement" in d.error.text()
        assert len(t.sessions.list(case_id)) == before
        d.activities.boxes[Activity.CLOTHED_TOUCH].setChecked(False)  # conversation alone: fine
        assert "signals" not in d.outside.text()
    finally:
        t.close()
