"""The Overview tab shows the client's capacity to consent and lets the therapist record an
assessment (issue 13, point 4); the surrogate partner and supervisor read it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_PASS
from tests.ui.casefile.test_overview_tab import case_no, click, fake_exec, make_tab
from tests.ui.conftest import open_as
from triad import demo
from triad.workspace import Workspace
from ui.casefile.overview import capacity as oc


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def test_the_demo_client_panel_shows_the_latest_assessment(qtbot: QtBot, therapist: Workspace) -> None:
    tab = make_tab(qtbot, therapist, case_no(therapist, 4))
    assert tab.fields["capacity"].text().startswith("has capacity to consent (assessed 2026-")
    assert tab.fields["date_of_birth"].text() == "recorded (hidden)"  # no longer "not recorded"
    fresh = therapist.cases.open({"presenting_concerns": ["anxiety"]}).case_id or ""
    tab.show_case(therapist, fresh)  # a new referral: not assessed yet
    assert tab.fields["capacity"].text().startswith("not assessed: record it before the informed")
    assert tab.fields["date_of_birth"].text() == "not recorded"
    assert tab.record_capacity.isEnabled()


def test_record_capacity_writes_a_signed_assessment(qtbot: QtBot, therapist: Workspace,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = therapist.cases.open({"presenting_concerns": ["anxiety"]}).case_id or ""
    tab = make_tab(qtbot, therapist, case_id)

    def fill(d: oc.CapacityDialog, seen: dict[str, Any]) -> None:
        seen["outcomes"] = [d.outcome.itemText(i) for i in range(d.outcome.count())]
        seen["latest_day"] = d.on.maximumDate()
        d.outcome.setCurrentIndex(d.outcome.findData("needs-review"))
        qtbot.keyClicks(d.note, "Recheck after the medication change.")
        click(qtbot, d.record_button)

    seen = fake_exec(monkeypatch, oc.CapacityDialog, fill)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.record_capacity)
    assert seen["outcomes"] == ["has capacity to consent", "lacks capacity to consent", "needs review"]
    assert seen["latest_day"] == QDate.fromString(therapist.local_now()[:10], "yyyy-MM-dd")
    latest = therapist.capacity.latest(case_id)
    assert latest is not None and latest.outcome == "needs-review"
    assert latest.note == "Recheck after the medication change."
    assert tab.fields["capacity"].text().startswith("needs review (assessed ")
    assert "Recheck after the medication change." in tab.fields["capacity"].text()


@pytest.mark.parametrize("who", [demo.SURROGATES[0], demo.SUPERVISOR])
def test_others_read_it_and_cannot_record(qtbot: QtBot, demo_path: Path, who: str) -> None:
    ws = Workspace.open(demo_path, DEMO_PASS, who)
    try:
        tab = make_tab(qtbot, ws, case_no(ws, 1))
        assert not tab.record_capacity.isEnabled()
        text = tab.fields["capacity"].text()
        assert text.startswith("has capacity to consent (assessed 2026-")
        assert ("SPT" in text) is (who == demo.SUPERVISOR)  # the note is not the surrogate's
    finally:
        ws.close()


def test_the_consent_dialog_says_what_to_record_first(qtbot: QtBot, therapist: Workspace,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """No date of birth, then no capacity assessment: the dialog shows the core's refusal with
    the next step, and nothing is written."""

    from triad.casefile.ladder import Activity
    from ui.casefile.consent import tab as consent
    from ui.casefile.consent.tab import ConsentTab, GiveConsentDialog

    case_id = therapist.cases.open({"code": "C-2026-960", "presenting_concerns": ["anxiety"]}).case_id or ""
    tab = ConsentTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(therapist, case_id)
    errors: list[str] = []

    def fill(dialog: GiveConsentDialog) -> int:
        dialog.show()
        dialog.set_form("informed-consent")
        for a in (Activity.CONVERSATION, Activity.CLOTHED_TOUCH):
            qtbot.mouseClick(dialog.choices[a].button(consent.GRANT), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.signers["client"].name, "A Client")
        dialog.text_panel.scroll_to_end()  # the whole form was shown (issue 13)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        therapist.cases.update_client(case_id, date_of_birth="1990-01-02")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        return int(dialog.result())

    monkeypatch.setattr(GiveConsentDialog, "exec", fill)
    qtbot.mouseClick(tab.give_button, Qt.MouseButton.LeftButton)
    assert errors[0].startswith("A consent beyond conversation needs the client's date of birth. "
                                "Record it on the Overview tab")
    assert errors[1].startswith("Informed consent needs a capacity assessment finding that the "
                                "client has capacity")
    assert "Record capacity…" in errors[1]
    assert therapist.consent.records(case_id) == []


def test_the_age_of_majority_is_set_on_the_audit_settings_page(qtbot: QtBot, demo_copy: Path) -> None:
    from tests.ui.casefile.test_audit_tab import case4, open_page
    from tests.ui.casefile.test_audit_tab import make_tab as audit_tab

    ws = open_as(demo_copy, "Dr Amara Okafor")  # the audit settings are the supervisor's
    try:
        tab = audit_tab(qtbot, ws, case4(ws))
        open_page(qtbot, tab, 2)
        age = tab.settings_page.age_of_majority
        assert age.value() == 18 and (age.minimum(), age.maximum()) == (16, 21)
        assert not tab.save_settings.isEnabled()
        age.setValue(21)
        assert tab.save_settings.isEnabled()
        with qtbot.waitSignal(tab.changed):
            qtbot.mouseClick(tab.save_settings, Qt.MouseButton.LeftButton)
        assert ws.audit.settings().age_of_majority == 21
        assert not tab.save_settings.isEnabled()  # what is shown is what is saved
        # another setting saved keeps the age
        tab.warning_days.setValue(30)
        with qtbot.waitSignal(tab.changed):
            qtbot.mouseClick(tab.save_settings, Qt.MouseButton.LeftButton)
        assert ws.audit.settings().age_of_majority == 21
    finally:
        ws.close()

