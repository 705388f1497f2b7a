"""The Consent tab: records and what is in force, giving consent (with a drawn signature),
revoking part or all of a record, printing a blank form, and what each role may do."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.casefile.consent import activities_in_force
from triad.casefile.ladder import Activity
from triad.casefile.signatures import PNG_MAGIC
from triad.demo import CLIENT_NAMES, SUPERVISOR, SURROGATES
from triad.errors import InvalidInput
from triad.workspace import Workspace
from ui.casefile.consent import tab as consent
from ui.casefile.consent.tab import ConsentTab, GiveConsentDialog, PrintFormDialog, RevokeDialog
from ui.messages import message_for
from ui.widgets import dialogs
from ui.widgets.signature_pad import SignaturePad

STATUS, GRANTS = 3, 4  # table columns


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def _tab(qtbot: QtBot, ws: Workspace, code: str) -> ConsentTab:
    tab = ConsentTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(ws, ws.cases.access.resolve(code))
    return tab


def _click_row(qtbot: QtBot, tab: ConsentTab, row: int) -> None:
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.table.currentIndex().row() == row


def _draw(qtbot: QtBot, pad: SignaturePad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(12, 40))
    for x in range(20, 180, 8):
        qtbot.mouseMove(pad, QPoint(x, 20 + (x % 24)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(190, 30))


def _seen(tab: ConsentTab) -> str:
    """The "In force now" line as a person reads it."""
    return re.sub(r"<[^>]+>", "", tab.in_force.text())


def _cell(tab: ConsentTab, row: int, col: int) -> str:
    return str(tab.model.index(row, col).data())


def test_records_in_time_order_with_case_wide_status(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                     demo_path: Path) -> None:
    ws = open_as(demo_path)
    try:
        tab = _tab(qtbot, ws, "C-2026-003")
        qtmodeltester.check(tab.model)
        # three forms, and the informed consent re-confirmed at four phase changes (issue 13)
        assert tab.model.rowCount() == 7
        froms = [_cell(tab, r, 0) for r in range(7)]
        assert froms == sorted(froms) and all(len(f) == 16 and f[10] == " " for f in froms)
        # records that take effect at the same time may come in either order: find them by form
        # (the latest of each)
        rows = {_cell(tab, r, 2).split(" (")[0]: r for r in range(7)}
        status = {form: _cell(tab, r, STATUS) for form, r in rows.items()}
        assert status == {"Informed consent to surrogate partner therapy": "partly revoked",
                          "Release of information": "in force", "Triad agreement": "partly revoked"}
        # the demo signs the newest release text (version 2, since the release ends at closing)
        assert _cell(tab, rows["Release of information"], 2) == "Release of information (version 2)"
        assert _cell(tab, rows["Triad agreement"], GRANTS).startswith("Conversation, Relaxation and breathing")
        assert "In force now: Conversation, Relaxation and breathing (" in _seen(tab)
        _click_row(qtbot, tab, rows["Triad agreement"])  # the surrogate recorded the revocation
        text = tab.detail.toPlainText()
        assert "the client revoked Clothed non-sexual touch, Nudity / body-image work, Non-genital touch" in text
        assert "Client said he wants to stop all touch for now." in text and "recorded by Jonas Berg" in text
        assert CLIENT_NAMES[2] in text  # the therapist sees who signed
        informed = rows["Informed consent to surrogate partner therapy"]
        _click_row(qtbot, tab, informed)  # ended through the triad agreement's revocation
        assert "Ended by another record" in tab.detail.toPlainText()
        assert "Signed by: client, therapist" in str(
            tab.model.index(informed, 1).data(Qt.ItemDataRole.ToolTipRole))
        tab.clear()  # on lock nothing of the case stays on screen
        assert tab.model.rowCount() == 0 and not tab.detail.toPlainText() and not tab.in_force.text()
        assert not tab.revoke_button.isEnabled() and not tab.give_button.isEnabled()
        qtmodeltester.check(tab.model)
    finally:
        ws.close()


def _new_case(ws: Workspace) -> str:
    """A case with no consent yet (the demo's C-2026-005 has its triad agreement awaiting
    Jonas's countersignature, issue 13): Rhys Morgan, with Jonas, capacity assessed."""
    jonas = ws.members.find(SURROGATES[0]).member_id
    ws.cases.open({"code": "C-2026-978", "legal_name": "Rhys Morgan", "date_of_birth": "1998-11-02",
                   "presenting_concerns": ["anxiety"]}, (jonas,))
    ws.capacity.record("C-2026-978", ws.local_now()[:10], "has-capacity", "")
    return "C-2026-978"


def test_give_consent_with_a_drawn_signature(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, therapist, _new_case(therapist))
    case_id = tab.case_id
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text().startswith("No consent recorded yet. Give consent from a form with Give consent…")
    assert "In force now: no activity yet (as of " in _seen(tab)
    assert "No surrogate session can be scheduled until consent covers" in _seen(tab)
    seen: dict[str, object] = {}

    def fill(dialog: GiveConsentDialog) -> int:
        dialog.show()
        dialog.set_form("informed-consent")
        assert dialog.signers["client"].box.isVisible() and dialog.therapist_box.isVisible()
        assert not dialog.surrogate_box.isVisible()  # only a triad agreement names one
        assert not dialog.rows[Activity.AIDS][0].isVisible()  # outside the form's scope
        for a in (Activity.CONVERSATION, Activity.RELAXATION, Activity.CLOTHED_TOUCH):
            qtbot.mouseClick(dialog.choices[a].button(consent.GRANT), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.choices[Activity.INTERCOURSE].button(consent.DECLINE), Qt.MouseButton.LeftButton)
        client = dialog.signers["client"]
        qtbot.keyClicks(client.name, "Rhys Morgan")
        _draw(qtbot, client.pad)
        assert client.clear.isEnabled() and not client.pad.is_empty()
        qtbot.keyClicks(dialog.note, "Stop word 'red'.")
        dialog.text_panel.scroll_to_end()  # the whole form was shown (issue 13)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error.text()
        return int(dialog.result())

    monkeypatch.setattr(GiveConsentDialog, "exec", fill)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.give_button, Qt.MouseButton.LeftButton)
    assert seen["error"] == ""
    assert tab.stack.currentIndex() == 1 and tab.model.rowCount() == 1
    assert _cell(tab, 0, STATUS) == "in force"
    assert _cell(tab, 0, GRANTS) == "Conversation, Relaxation and breathing, Clothed non-sexual touch"
    assert _cell(tab, 0, 5) == "Sexual intercourse"
    # a surrogate session needs every required form at once (issue 13): nothing is in force yet
    assert "In force now: no activity yet (" in _seen(tab)
    assert "Not in force yet: “Triad agreement”, “Release of information”." in _seen(tab)
    assert "Stop word 'red'." in tab.detail.toPlainText()
    records = therapist.consent.records(case_id)  # what the core now holds
    assert len(records) == 1
    r = records[0]
    assert (r.form_id, r.form_version) == ("informed-consent", 1)
    assert r.grants == (Activity.CONVERSATION, Activity.RELAXATION, Activity.CLOTHED_TOUCH)
    assert r.declines == (Activity.INTERCOURSE,)
    client = next(s for s in r.signatures if s.party == "client")
    assert client.name == "Rhys Morgan" and client.drawing
    assert base64.b64decode(client.drawing).startswith(PNG_MAGIC)
    assert next(s for s in r.signatures if s.party == "therapist").drawing is None
    assert activities_in_force(records, therapist.local_now()) == r.grants  # what it grants
    assert therapist.consent.in_force(case_id) == ()  # no triad agreement, no release yet


def test_missing_signature_is_refused_in_the_dialog(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, therapist, _new_case(therapist))
    seen: dict[str, object] = {}

    def fill(dialog: GiveConsentDialog) -> int:
        dialog.show()
        dialog.set_form("triad-agreement")
        qtbot.mouseClick(dialog.choices[Activity.CONVERSATION].button(consent.GRANT), Qt.MouseButton.LeftButton)
        assert dialog.surrogate_box.isVisible()  # she countersigns herself (issue 13)
        dialog.text_panel.scroll_to_end()
        dialog.signers["client"].name.clear()  # the client has not signed
        seen["unsigned"] = dialog.record_button.isEnabled()
        _draw(qtbot, dialog.signers["client"].pad)  # a drawing without a typed name
        seen["drawn"] = dialog.record_button.isEnabled()
        qtbot.keyClicks(dialog.signers["client"].name, "Anybody At All")  # not the client
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        seen["wrong"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.signers["client"].name
        seen["visible"] = dialog.isVisible()
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(GiveConsentDialog, "exec", fill)
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(tab.give_button, Qt.MouseButton.LeftButton)
    assert seen["unsigned"] is False and seen["drawn"] is False  # the typed name is needed
    # The core's refusal, in the app's words (ui/messages.py)
    assert seen["wrong"] == message_for(InvalidInput("client-name-mismatch",
                                                     field="signatures.client.name"))
    assert seen["focus"] is True
    assert seen["visible"] is True  # the dialog stayed open for a correction
    assert therapist.consent.records(tab.case_id) == []
    assert tab.stack.currentWidget() is tab.empty


def test_revoke_part_then_the_whole_record(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, therapist, "C-2026-001")
    assert "Genital touch" in _seen(tab)
    last = tab.model.rowCount() - 1
    _click_row(qtbot, tab, last)  # the re-consent that grants genital touch
    assert tab.revoke_button.isEnabled()
    questions: list[str] = []
    answers = iter([False, True])

    def confirm(parent: object, question: str, action: str) -> bool:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    seen: dict[str, object] = {}

    def part(dialog: RevokeDialog) -> int:
        dialog.show()
        # Click the indicator: a radio button in a wide layout only reacts on its label.
        qtbot.mouseClick(dialog.some, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.some.height() // 2))
        assert dialog.activities[Activity.GENITAL_TOUCH].isEnabled()
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
        seen["none chosen"] = dialog.error.text()
        box = dialog.activities[Activity.GENITAL_TOUCH]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
        seen["no reason"] = dialog.error.text()
        assert questions == []  # nothing asked, nothing written
        qtbot.keyClicks(dialog.reason, "Client wants to slow down.")
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)  # declined
        assert len(therapist.consent.get(tab.case_id, record_id).revocations) == 0
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)  # confirmed
        return int(dialog.result())

    record_id = tab.selected_record().consent_id  # type: ignore[union-attr]
    monkeypatch.setattr(RevokeDialog, "exec", part)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    assert seen["none chosen"] == "Choose at least one activity, or revoke the whole record."
    assert seen["no reason"] == message_for(InvalidInput("reason-required"))
    assert "Revoke Genital touch of “Triad agreement” now, on behalf of the client?" in questions[0]
    assert len(questions) == 2
    assert _cell(tab, last, STATUS) == "partly revoked"
    assert "Genital touch" not in _seen(tab)
    assert "the client revoked Genital touch. Reason: “Client wants to slow down.”" in tab.detail.toPlainText()
    record = therapist.consent.get(tab.case_id, record_id)
    rv = record.revocations[0]
    assert (rv.activities, rv.party, rv.reason) == ((Activity.GENITAL_TOUCH,), "client", "Client wants to slow down.")
    assert Activity.GENITAL_TOUCH not in therapist.consent.in_force(tab.case_id)

    def whole(dialog: RevokeDialog) -> int:
        dialog.show()
        assert Activity.GENITAL_TOUCH not in dialog.activities  # already revoked
        assert dialog.whole.isChecked()
        dialog.party.setCurrentIndex(dialog.party.findData("therapist"))
        qtbot.keyClicks(dialog.reason, "Triad agreement to be renegotiated.")
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    monkeypatch.setattr(RevokeDialog, "exec", whole)
    qtbot.mouseClick(tab.revoke_button, Qt.MouseButton.LeftButton)
    assert _cell(tab, last, STATUS) == "revoked"
    assert not tab.revoke_button.isEnabled()
    assert tab.revoke_button.toolTip() == "This record is already revoked."
    assert therapist.consent.get(tab.case_id, record_id).wholly_revoked_at(therapist.local_now())


def test_surrogate_reads_and_may_revoke_but_not_give(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path, SURROGATES[0])
    try:
        tab = _tab(qtbot, ws, "C-2026-003")
        assert not tab.give_button.isEnabled()
        assert tab.give_button.toolTip() == "Only the case's therapist can do this."
        assert not tab.print_button.isEnabled()
        assert tab.print_button.toolTip() == "Only the case's therapist or the case's supervisor can do this."
        _click_row(qtbot, tab, 2)
        assert tab.revoke_button.isEnabled()
        text = tab.detail.toPlainText()
        assert CLIENT_NAMES[2] not in text and "(name not shown to surrogate partners)" in text
        assert tab.model.rowCount() == 7  # with the re-confirmations at phase changes
    finally:
        ws.close()
    awaiting = open_as(demo_path, SURROGATES[0])
    try:  # C-2026-005: the triad agreement awaits Jonas's own signature (issue 13)
        tab = _tab(qtbot, awaiting, "C-2026-005")
        triad = next(r for r in awaiting.consent.records(tab.case_id) if r.awaiting)
        tab.select_record(triad.consent_id)
        assert _cell(tab, tab.model.row_of(triad.consent_id), STATUS) == "awaiting signatures"
        assert tab.sign_button.isEnabled() and not tab.give_button.isEnabled()
        assert not tab.scan_button.isVisible()  # no scan, and scans are the therapist's
    finally:
        awaiting.close()


def test_supervisor_reads_only(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path, SUPERVISOR)
    try:
        tab = _tab(qtbot, ws, "C-2026-001")
        assert tab.model.rowCount() == 9  # with the re-confirmations at phase changes
        _click_row(qtbot, tab, 8)
        assert not tab.revoke_button.isEnabled()
        assert tab.revoke_button.toolTip() == ("Only the case's therapist or the case's surrogate partner "
                                               "can do this.")
        assert not tab.give_button.isEnabled()
        assert tab.print_button.isEnabled()  # the supervisor may print a blank form
        # issue 13: the release says the supervisor "sees your client code rather than your name"
        assert CLIENT_NAMES[0] not in tab.detail.toPlainText()
        assert "C-2026-001" in tab.detail.toPlainText()
    finally:
        ws.close()


def test_print_a_blank_form_writes_only_the_chosen_file(qtbot: QtBot, therapist: Workspace, tmp_path: Path,
                                                        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, therapist, "C-2026-001")
    out = tmp_path / "forms"
    out.mkdir()
    asked: dict[str, str] = {}

    def choose(dialog: PrintFormDialog) -> int:
        dialog.form.setCurrentIndex(next(i for i, f in enumerate(dialog.forms) if f.form_id == "triad-agreement"))
        dialog.page.setCurrentIndex(dialog.page.findData("letter"))
        return int(QDialog.DialogCode.Accepted)

    def save_file(parent: object, title: str, suggested: str, pattern: str) -> str:
        asked["suggested"] = suggested
        return str(out / "blank triad agreement")  # no suffix: .pdf is added

    busy_seen: list[bool] = []
    real_consent_form = type(therapist.reports).consent_form

    def consent_form(self, case_key, form_id, show_names=False, page_size="A4", **form):  # type: ignore[no-untyped-def]
        busy_seen.append(tab.busy.isVisible())
        asked["page"], asked["names"] = page_size, str(show_names)
        return real_consent_form(self, case_key, form_id, show_names, page_size, **form)

    monkeypatch.setattr(PrintFormDialog, "exec", choose)
    monkeypatch.setattr(dialogs, "save_file", save_file)
    monkeypatch.setattr(type(therapist.reports), "consent_form", consent_form)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert asked["suggested"] == "C-2026-001-triad-agreement-v1.pdf"
    assert CLIENT_NAMES[0] not in asked["suggested"]
    assert (asked["page"], asked["names"]) == ("letter", "False")
    assert busy_seen == [True] and not tab.busy.isVisible()
    assert [p.name for p in out.iterdir()] == ["blank triad agreement.pdf"]  # no temp file left
    assert (out / "blank triad agreement.pdf").read_bytes().startswith(b"%PDF")
    assert tab.note.text() == "Saved blank triad agreement.pdf"
    # Cancelling the save dialog writes nothing.
    monkeypatch.setattr(dialogs, "save_file", lambda *a: None)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in out.iterdir()] == ["blank triad agreement.pdf"]
    # A place the disk refuses: a sentence, and nothing written.
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(out / "missing" / "form.pdf"))
    monkeypatch.setattr(dialogs, "error", lambda parent, message: errors.append(message))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "Nothing was changed" in errors[0]  # the app's StorageFailed sentence
    assert [p.name for p in out.iterdir()] == ["blank triad agreement.pdf"]
    assert tab.print_button.isEnabled() and tab.busy.isHidden()


def test_signature_pad_png_fits_the_core_limit(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(300, 72)
    pad.show()
    assert pad.is_empty() and pad.png() is None and pad.drawing() is None
    with qtbot.waitSignal(pad.drawn):
        _draw(qtbot, pad)
    data = pad.png()
    assert data is not None and data.startswith(PNG_MAGIC) and len(data) < 256 * 1024
    with qtbot.waitSignal(pad.cleared):
        pad.clear()
    assert pad.is_empty()


def test_keyboard_mnemonics_open_the_actions(qtbot: QtBot, therapist: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, therapist, "C-2026-001")
    opened: list[str] = []
    monkeypatch.setattr(GiveConsentDialog, "exec", lambda d: opened.append("give") or 0)
    monkeypatch.setattr(RevokeDialog, "exec", lambda d: opened.append("revoke") or 0)
    monkeypatch.setattr(PrintFormDialog, "exec", lambda d: opened.append("print") or 0)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    for key, name in ((Qt.Key.Key_G, "give"), (Qt.Key.Key_V, "revoke"), (Qt.Key.Key_B, "print")):
        qtbot.keyClick(tab.table, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda name=name: name in opened)  # type: ignore[misc]
    assert opened == ["give", "revoke", "print"]
    assert "Alt+V" in tab.revoke_button.toolTip() and "Alt+B" in tab.print_button.toolTip()
