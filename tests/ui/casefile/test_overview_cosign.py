"""Issue 16: when the practice requires co-signature, what awaits the supervisor's appears in
the case's Overview to-do ("Needs attention"), not only in the case list's next due and the
command line: each leads to its session on the Sessions tab; past its due day it warns."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.core.practice import Practice, hold_session, make_practice
from tests.ui.casefile.test_overview_tab import alert_item, alerts, press_enter_on, tabs_for

AWAITS = "The therapist's review of the debrief of 2026-02-03 awaits your co-signature (due "
LATE = "The therapist's review of the debrief of 2026-02-03 was due for your co-signature on "


def _at(p: Practice, text: str) -> None:
    moment = datetime.fromisoformat(text).astimezone()
    for ws in p.all():
        ws.clock = lambda: moment


def test_a_review_awaiting_cosignature_is_in_the_supervisors_overview(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Reproduced: the review awaiting her co-signature was only the case list's next due.
    Near misses: a review written before co-signature was required, the therapist's
    Overview, and the review once co-signed."""
    p = make_practice(tmp_path / "v.triad")
    _at(p, "2026-02-03T12:00")
    before = hold_session(p, "2026-02-02T10:00")
    p.t.sessions.review(before, "Read.")
    _at(p, "2026-02-04T12:00")
    p.v.audit.update_settings(cosign_from="2026-02-04", cosign_days=7)
    sid = hold_session(p, "2026-02-03T10:00")
    review = p.t.sessions.review(sid, "Read; talk about the pause.").entry_id
    tabs = tabs_for(qtbot, p.v, p.case)
    overview = tabs.tabs[0]
    shown = [a for a in alerts(overview) if "co-signature" in a]
    assert shown == [AWAITS + "2026-02-11). Co-sign it on the Sessions & debriefs tab with "
                              "Co-sign review…"]
    press_enter_on(qtbot, overview, alert_item(overview, AWAITS))
    sessions = tabs.currentWidget()
    assert tabs.icon_names[tabs.currentIndex()] == "sessions"
    selected = sessions.selected_session()
    assert selected is not None and selected.session_id == sid
    tabs.clear()
    mine = tabs_for(qtbot, p.t, p.case)
    assert not any("co-signature" in a for a in alerts(mine.tabs[0]))  # the supervisor's only
    mine.clear()
    _at(p, "2026-02-14T09:00")  # past its due day: it warns
    tabs = tabs_for(qtbot, p.v, p.case)
    late = alert_item(tabs.tabs[0], LATE)
    assert late.text().startswith(LATE + "2026-02-11.")
    p.v.cosign.cosign(review, "Discussed in supervision.")
    tabs.tabs[0].refresh()
    assert not any("co-signature" in a for a in alerts(tabs.tabs[0]))
    tabs.clear()
    p.close()
