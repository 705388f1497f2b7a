"""The Overview's "Needs attention" lists what is missing on the case from the moment it opens
(issue 13, point 8), most blocking first, each leading to where it is fixed; a supervisor's
sign-off acknowledges the audit finding but never hides the gap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.core.practice import make_practice, record_session, sigs, triad_agreement
from tests.ui.casefile.test_overview_tab import (
    alert_item,
    alerts,
    make_tab,
    press_enter_on,
    tabs_for,
)

TRIAD_GAP = ("No “Triad agreement” with Sam is in force: no surrogate session with them can be "
             "scheduled. Record it with the client and Sam on the Consent tab with Give consent…")
FINDING = "The triad agreement was not signed by client, therapist and surrogate before the first"


def _at(text: str):  # type: ignore[no-untyped-def]
    return lambda: datetime.fromisoformat(text).astimezone()


def test_a_signed_off_finding_leaves_the_missing_triad_agreement_listed(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Reproduced: after the supervisor signed off "triad agreement missing", the item vanished
    from the therapist's Overview although nothing was signed."""
    p = make_practice(tmp_path / "v.triad", consent=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation",), valid_from="2026-01-10")
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
    for ws in (p.t, p.s, p.v):
        ws.clock = _at("2026-02-01T09:00")
    record_session(p, "2026-01-20T10:00")  # held elsewhere without the triad agreement
    finding = next(f for f in p.v.audit.run(p.case).findings
                   if f.rule_id == "consent.triad-agreement-before-first-session")
    tab = make_tab(qtbot, p.t, p.case)
    assert any(FINDING in a for a in alerts(tab))
    assert TRIAD_GAP in alerts(tab)
    p.v.audit.sign_off(finding.finding_id, "Discussed with the therapist.")
    tab.refresh()
    assert not any(FINDING in a for a in alerts(tab))
    assert TRIAD_GAP in alerts(tab)  # nothing was signed: still to do
    triad_agreement(p, "2026-01-31",
                     grants=("conversation",))
    tab.refresh()
    assert not any("Triad agreement" in a for a in alerts(tab))
    tab.clear()
    p.close()


def test_every_gap_at_once_in_order_each_leading_where_it_is_fixed(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Reproduced: after the informed consent nothing said the release and the triad agreement
    were still missing."""
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    p.t.clock = _at("2026-01-11T09:00")
    fresh = p.t.cases.open({"legal_name": "New Client"}, (p.ids["Sam"],),
                           opened_at="2026-01-05T09:00").case_id or ""
    tab = make_tab(qtbot, p.t, fresh)
    shown = alerts(tab)
    starts = ["No capacity assessment is on record", "The client's date of birth is missing",
              "The client has not signed “Informed consent", "The client has not signed “Release of",
              "No “Triad agreement” with Sam"]
    assert [next(i for i, a in enumerate(shown) if a.startswith(s)) for s in starts] == sorted(
        next(i for i, a in enumerate(shown) if a.startswith(s)) for s in starts)
    tab.clear()
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=("conversation",), valid_from="2026-01-10")
    tabs = tabs_for(qtbot, p.t, p.case)
    overview, consent = tabs.tabs[0], tabs.tabs[1]
    shown = alerts(overview)
    assert "Nothing needs attention." not in shown
    release = alert_item(overview, "The client has not signed “Release of information”")
    assert shown.index(release.text()) < shown.index(TRIAD_GAP)
    press_enter_on(qtbot, overview, alert_item(overview, "No “Triad agreement” with Sam"))
    assert tabs.currentWidget() is consent and tabs.focusWidget() is consent.give_button
    tabs.clear()
    p.close()


def test_capacity_and_date_of_birth_lead_to_their_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad", consent=False, plan=False)
    fresh = p.t.cases.open({"legal_name": "New Client"}, opened_at="2026-01-05T09:00").case_id or ""
    tab = make_tab(qtbot, p.t, fresh)
    press_enter_on(qtbot, tab, alert_item(tab, "No capacity assessment is on record"))
    assert tab.focusWidget() is tab.record_capacity
    press_enter_on(qtbot, tab, alert_item(tab, "The client's date of birth is missing"))
    assert tab.focusWidget() is tab.edit_client
    tab.clear()
    p.close()


def test_every_gap_has_words_and_a_place_in_the_case_list() -> None:
    from triad.casefile import todo
    from ui.cases.model import DUE, DUE_RECORD, DUE_TAB, SUPERVISOR_DUE

    for code in todo.CODES:
        assert code in DUE and code in SUPERVISOR_DUE and code in DUE_TAB and code in DUE_RECORD
