"""Each party signs for themselves, in the app (issue 13, point 5): the client reads the whole
form before Sign enables; the therapist's signature is hers; a triad agreement awaits the
surrogate partner, who countersigns from her own session; a scan of the signed paper form can
be attached and viewed (in memory)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.casefile import forms
from triad.casefile.ladder import Activity
from triad.workspace import Workspace
from ui.casefile.consent import tab as consent
from ui.casefile.consent.signing import CountersignDialog, ScanDialog
from ui.casefile.consent.tab import ConsentTab, GiveConsentDialog
from ui.widgets import dialogs

CLIENT = "Noor Haddad"


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Workspace]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def _fresh_case(ws: Workspace) -> str:
    """A new case with Jonas, its client's date of birth and capacity on record."""
    jonas = ws.members.find("Jonas Berg").member_id
    case = ws.cases.open({"code": "C-2026-977", "legal_name": CLIENT, "date_of_birth": "1990-05-06",
                          "presenting_concerns": ["anxiety"]}, (jonas,)).case_id or ""
    ws.capacity.record(case, ws.local_now()[:10], "has-capacity", "")
    return case


def _dialog(qtbot: QtBot, ws: Workspace, case: str, form_id: str) -> GiveConsentDialog:
    d = GiveConsentDialog(ws, case)
    qtbot.addWidget(d)
    d.show()
    d.set_form(form_id)
    return d


def test_the_client_reads_the_whole_form_before_sign_enables(qtbot: QtBot,
                                                             therapist: Workspace) -> None:
    case = _fresh_case(therapist)
    d = _dialog(qtbot, therapist, case, "informed-consent")
    form = forms.form("informed-consent")
    panel = d.text_panel
    # the whole form, rendered (no Markdown asterisks), its placeholders filled, its version
    # and content hash visible
    shown = panel.text.toPlainText()
    assert "Informed consent" in panel.heading.text() and f"version {form.version}" in panel.heading.text()
    assert form.content_hash in panel.hash.text()
    assert "**" not in shown and "{client_code}" not in shown and "{practice_name}" not in shown
    assert CLIENT not in shown  # the client code stands in the text, as on the printed form
    assert shown.strip().endswith(form.text.strip().splitlines()[-1].replace("*", "").strip()[-20:])
    # the therapist's signature is hers: shown, not typed
    assert "Dr Maren Holt (you)" in "".join(w.text() for w in d.therapist_box.findChildren(
        type(d.form_info)))
    qtbot.mouseClick(d.choices[Activity.CONVERSATION].button(consent.GRANT), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.signers["client"].name, CLIENT)
    assert not panel.read and not d.record_button.isEnabled()  # not read to the end yet
    assert "scroll to its end" in d.record_button.toolTip()
    panel.scroll_to_end()
    assert panel.read and d.record_button.isEnabled()
    d.signers["client"].name.clear()  # the client's own name is needed too
    assert not d.record_button.isEnabled()
    qtbot.keyClicks(d.signers["client"].name, CLIENT)
    d.set_form("triad-agreement")  # another form: read from the start again
    assert not panel.read and not d.record_button.isEnabled()
    d.set_form("informed-consent")
    qtbot.mouseClick(d.choices[Activity.CONVERSATION].button(consent.GRANT), Qt.MouseButton.LeftButton)
    panel.scroll_to_end()
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    assert d.error.text() == "" and d.change is not None
    (record,) = therapist.consent.records(case)
    assert {s.party: s.name for s in record.signatures} == {"client": CLIENT,
                                                            "therapist": "Dr Maren Holt"}


def test_the_surrogate_countersigns_from_her_own_session(qtbot: QtBot, demo_copy: Path,
                                                         therapist: Workspace,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = _fresh_case(therapist)
    d = _dialog(qtbot, therapist, case, "triad-agreement")
    assert d.surrogate.currentText() == "Jonas Berg" and d.surrogate_box.isVisible()
    assert "Jonas Berg" in d.text_panel.text.toPlainText()  # the agreement names him
    qtbot.mouseClick(d.choices[Activity.CONVERSATION].button(consent.GRANT), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.signers["client"].name, CLIENT)
    d.text_panel.scroll_to_end()
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    assert "awaiting Jonas Berg's signature" in d.saved_note.text()
    assert d.isVisible() and d.record_button.text().replace("&", "") == "Close"
    (record,) = therapist.consent.records(case)
    assert record.awaiting == ("surrogate",)
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()

    # Jonas unlocks the same vault as himself: the Consent tab offers Sign… on that record
    jonas = open_as(demo_copy, "Jonas Berg")
    try:
        tab = ConsentTab()
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        tab.show_case(jonas, case)
        tab.select_record(record.consent_id)
        assert "awaiting your signature: Sign… above" in tab.detail.toPlainText()
        assert tab.sign_button.isVisible() and tab.sign_button.isEnabled()
        seen: dict[str, object] = {}

        def sign(dialog: CountersignDialog) -> int:
            dialog.show()
            seen["before"] = dialog.sign_button.isEnabled()
            seen["text"] = dialog.panel.text.toPlainText()
            dialog.panel.scroll_to_end()
            seen["after"] = dialog.sign_button.isEnabled()
            qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
            seen["error"] = dialog.error.text()
            return int(dialog.result())

        monkeypatch.setattr(CountersignDialog, "exec", sign)
        with qtbot.waitSignal(tab.changed):
            qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
        assert seen["before"] is False and seen["after"] is True and seen["error"] == ""
        assert "Triad agreement" in str(seen["text"])
        signed = jonas.consent.get(case, record.consent_id)
        assert signed.awaiting == ()
        sam = next(s for s in signed.signatures if s.party == "surrogate")
        assert sam.name == "Jonas Berg" and sam.member_id == jonas.actor.member_id
        assert tab.model.index(tab.model.row_of(record.consent_id), 3).data() == "in force"
        assert not tab.sign_button.isEnabled()  # signed once
        tab.clear()
    finally:
        jonas.close()


def _png(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(path), "PNG")
    return path


@pytest.mark.parametrize("kind", ["png", "pdf"])
def test_a_scan_can_be_attached_and_viewed(qtbot: QtBot, therapist: Workspace, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    case = _fresh_case(therapist)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    if kind == "png":
        scan_file = _png(chosen / "signed.png")
    else:  # a real PDF: the printed blank form, as if scanned after signing
        scan_file = chosen / "signed.pdf"
        scan_file.write_bytes(therapist.reports.consent_form(case, "release-of-information"))
    monkeypatch.setattr(dialogs, "open_file", lambda *_: str(scan_file))
    d = _dialog(qtbot, therapist, case, "release-of-information")
    qtbot.mouseClick(d.attach_button, Qt.MouseButton.LeftButton)
    assert "Attached: a " + kind.upper() in d.scan_info.text()
    d.text_panel.scroll_to_end()
    assert d.record_button.isEnabled()  # the signed paper form instead of the typed name
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    assert d.error.text() == "" and d.change is not None

    tab = ConsentTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(therapist, case)
    tab.select_record(d.change.subject_id or "")
    assert "signed on paper" in tab.detail.toPlainText()
    assert tab.scan_button.isVisible() and tab.scan_button.isEnabled()
    seen: dict[str, object] = {}

    def view(dialog: ScanDialog) -> int:
        seen["pages"] = len(dialog.pages)
        seen["size"] = dialog.pages[0].size() if dialog.pages else None
        seen["bytes"] = dialog.scan.data
        return 0

    monkeypatch.setattr(ScanDialog, "exec", view)
    qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
    assert seen["bytes"] == scan_file.read_bytes()
    assert seen["pages"] and seen["size"] is not None
    # nothing written anywhere but the vault: the chosen folder holds only the chosen file
    assert sorted(p.name for p in chosen.iterdir()) == [scan_file.name]
    tab.clear()
