"""Aids as consented items in the app (issue 13 point 6): the Consent tab's "Aids" group shows
the case's inventory with each aid's consent, the therapist adds and retires aids; the
give-consent dialog ticks each aid and each use; one aid can be revoked; the debrief lists the
case's aids (consented ones first) and warns before saving an aid without its own consent."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad import demo
from triad.casefile.ladder import Activity
from triad.workspace import Workspace
from ui.casefile.consent.aids import AddAidDialog, RetireAidDialog
from ui.casefile.consent.dialogs import GiveConsentDialog, RevokeDialog
from ui.casefile.consent.model import GRANT
from ui.casefile.consent.tab import ConsentTab
from ui.casefile.sessions.aids import AID_ID
from ui.casefile.sessions.debrief_form import DebriefDialog
from ui.widgets import dialogs

CASE = "C-2026-002"  # the rehabilitation case: a pelvic model and a full-body doll


def _tab(qtbot: QtBot, ws: Workspace) -> ConsentTab:
    tab = ConsentTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    tab.show_case(ws, ws.cases.access.resolve(CASE))
    return tab


def _rows(tab: ConsentTab) -> dict[str, str]:
    m = tab.aids_panel.model
    return {str(m.index(r, 0).data()): str(m.index(r, 4).data()) for r in range(m.rowCount())}


def test_the_consent_tab_shows_the_inventory_and_adds_and_retires_aids(
        qtbot: QtBot, demo_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(demo_copy)
    try:
        tab = _tab(qtbot, ws)
        assert tab.aids_panel.isVisible()
        assert _rows(tab) == {"Full-body doll with adjustable positioning": "consented: in session",
                              "Pelvic model": "consented: in session, at home"}
        # the record names each aid it grants
        tab.select_row(next(r for r in range(tab.model.rowCount())
                            if "aids" in str(tab.model.index(r, 2).data())))
        assert "Pelvic model (in session, at home)" in tab.detail.toPlainText()
        assert tab.aids_panel.add_button.isEnabled()
        assert not tab.aids_panel.retire_button.isEnabled()  # nothing selected yet

        def add(d: AddAidDialog) -> int:
            d.kind.setCurrentIndex(d.kind.findData("customised"))
            qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)  # no description yet
            assert "Describe the aid in a few words" in d.error.text()
            d.description.setText("Positioning wedge")
            d.material.setText("Foam, washable cover")
            d.where["at_home"].setChecked(True)
            qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
            return int(d.result())

        monkeypatch.setattr(AddAidDialog, "exec", add)
        qtbot.mouseClick(tab.aids_panel.add_button, Qt.MouseButton.LeftButton)
        assert _rows(tab)["Positioning wedge"] == "not consented"
        row = tab.aids_panel.model.find(lambda r: r.aid.description == "Positioning wedge")
        tab.aids_panel.table.selectRow(row)
        assert tab.aids_panel.retire_button.isEnabled()

        def retire(d: RetireAidDialog) -> int:
            d.reason.setPlainText("The client prefers cushions.")
            qtbot.mouseClick(d.retire_button, Qt.MouseButton.LeftButton)
            return int(d.result())

        monkeypatch.setattr(RetireAidDialog, "exec", retire)
        qtbot.mouseClick(tab.aids_panel.retire_button, Qt.MouseButton.LeftButton)
        assert _rows(tab)["Positioning wedge"] == "retired"
        assert not tab.aids_panel.retire_button.isEnabled()
    finally:
        ws.close()


def test_the_surrogate_reads_the_inventory_but_does_not_change_it(
        qtbot: QtBot, demo_copy: Path) -> None:
    ilse = open_as(demo_copy, demo.SURROGATES[1])
    try:
        tab = _tab(qtbot, ilse)
        assert "Pelvic model" in _rows(tab)
        assert not tab.aids_panel.add_button.isEnabled()
        assert "Only the case's therapist" in tab.aids_panel.add_button.toolTip()
    finally:
        ilse.close()


def test_the_give_consent_dialog_ticks_each_aid_and_each_use(qtbot: QtBot, demo_copy: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = open_as(demo_copy)
    try:
        case = ws.cases.access.resolve(CASE)
        wedge = ws.aids.add(case, "customised", "Positioning wedge", ("in_session", "at_home")).subject_id
        d = GiveConsentDialog(ws, case)
        qtbot.addWidget(d)
        d.show()
        d.set_form("therapeutic-aids")
        assert d.aid_grants.isVisible() and not d.terms_box.isVisible()
        doll = next(a.aid_id for a in ws.aids.list(case) if a.kind == "full-body")
        assert not d.aid_grants.boxes[(doll, "at_home")].isVisible()  # not a use the doll has
        d.choose(Activity.AIDS, GRANT)
        d.signers["client"].name.setText(demo.CLIENT_NAMES[1])
        d.text_panel.scroll_to_end()  # the client reads the whole form before signing
        qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)  # no aid ticked
        assert "names each aid it covers" in d.error.text()
        d.aid_grants.tick(wedge, "in_session")
        qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
        assert d.change is not None, d.error.text()
        record = ws.consent.get(case, d.change.subject_id)
        assert [(g.aid_id, g.uses) for g in record.aids or ()] == [(wedge, ("in_session",))]
        assert ws.aids.consent_status(case)[wedge] == ("in_session",)
        # the client withdraws the wedge alone; the rest stays in force
        monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
        r = RevokeDialog(ws, case, record, "Consent to the use of therapeutic aids")
        qtbot.addWidget(r)
        r.only_aids.setChecked(True)
        r.aids[wedge].setChecked(True)
        r.reason.setPlainText("The client does not want the wedge.")
        qtbot.mouseClick(r.revoke_button, Qt.MouseButton.LeftButton)
        assert r.change is not None, r.error.text()
        status = ws.aids.consent_status(case)
        assert status[wedge] == () and status[doll] == ("in_session",)
    finally:
        ws.close()


def test_the_debrief_picks_aids_consented_ones_first_and_warns_before_saving(
        qtbot: QtBot, demo_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    therapist = open_as(demo_copy)
    ilse = open_as(demo_copy, demo.SURROGATES[1])
    try:
        case = therapist.cases.access.resolve(CASE)
        wedge = therapist.aids.add(case, "customised", "Positioning wedge").subject_id
        yesterday = datetime.fromisoformat(therapist.local_now()) - timedelta(days=1)
        session_id = therapist.sessions.schedule(
            case, "surrogate_session", yesterday.strftime("%Y-%m-%dT10:00"), 90, None,
            ("conversation", "therapeutic_aids"), "Practice room 2").subject_id
        d = DebriefDialog(ilse, ilse.sessions.get(session_id))
        qtbot.addWidget(d)
        d.show()
        items = [d.aids.item(i) for i in range(d.aids.count())]
        assert [i.data(AID_ID) == wedge for i in items] == [False, False, True]  # consented first
        assert "not consented for use in session" in items[2].text()
        assert all("— consented for use in session" in i.text() for i in items[:2])
        for a in (Activity.CONVERSATION, Activity.AIDS):
            if not d.activities.boxes[a].isChecked():
                qtbot.mouseClick(d.activities.boxes[a], Qt.MouseButton.LeftButton)
        d.suds_before.slider.setValue(4)
        d.suds_after.slider.setValue(3)
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)  # no aid named
        assert "name each aid used" in d.error.text()
        items[2].setCheckState(Qt.CheckState.Checked)
        assert "Positioning wedge" in d.aids_warning.text()  # the warning before saving
        asked: list[str] = []
        monkeypatch.setattr(dialogs, "confirm", lambda _p, text, *_a: asked.append(text) or False)
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
        assert asked and "Positioning wedge" in asked[0]
        assert ilse.sessions.get(session_id).debrief is None  # not confirmed: nothing written
        monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
        items[0].setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
        assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
        debrief = ilse.sessions.get(session_id).debrief
        assert debrief is not None and set(debrief.aid_ids) == {wedge, items[0].data(AID_ID)}
        assert list(debrief.flags) == [f"aid-without-consent:{wedge}"]
    finally:
        ilse.close()
        therapist.close()
