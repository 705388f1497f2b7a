"""The client's own copies in the app (issue 17): the Consent tab's and the Reports tab's
buttons, the preview, and one disclosure per save or print; the legal basis on New case and
the Overview."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.errors import StorageCode, StorageFailed
from ui.casefile.consent.tab import ConsentTab
from ui.casefile.reports import client_copy
from ui.casefile.reports.client_copy import CLIENT_CARD, CLIENT_COPY, ClientCopyDialog
from ui.casefile.reports.tab import ReportsTab
from ui.widgets import dialogs


@pytest.fixture
def therapist(demo_copy: Path) -> Iterator[Any]:
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _count(ws: Any, case_id: str) -> list[str]:
    return [d.what.value for d in ws.disclosures.list(case_id)]


def test_consent_tab_offers_the_clients_copy_of_the_selected_record(
        qtbot: QtBot, therapist: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ConsentTab()
    qtbot.addWidget(tab)
    case_id = therapist.cases.access.resolve("C-2026-003")
    tab.show_case(therapist, case_id)
    tab.show()
    tab.table.selectRow(0)
    assert tab.copy_button.isEnabled()
    shown: list[ClientCopyDialog] = []
    monkeypatch.setattr(ClientCopyDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    record = tab.selected_record()
    assert record is not None and dialog.consent_id == record.consent_id
    assert dialog.preview.page_count() >= 1  # previewed at once
    assert "Your copy:" in _text(dialog.preview.data())
    assert _count(therapist, case_id).count("consent-copy") == 0  # a preview is no disclosure


def test_saving_the_client_copy_records_one_disclosure(
        qtbot: QtBot, therapist: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = therapist.cases.access.resolve("C-2026-003")
    dialog = ClientCopyDialog(therapist, case_id, CLIENT_COPY)
    qtbot.addWidget(dialog)
    recording = next(s.debrief.process_recording for s in therapist.sessions.list(case_id)
                     if s.debrief and s.debrief.process_recording)
    assert recording[:30] not in _text(dialog.preview.data())
    dialog.recordings.setChecked(True)
    assert dialog.preview.page_count() == 0 and not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    assert recording[:30] in _text(dialog.preview.data())
    before = _count(therapist, case_id)
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "copy"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.pdf").read_bytes() == dialog.preview.data()
    assert _count(therapist, case_id)[len(before):] == ["client-copy"]
    assert "recorded as given to the client" in dialog.status.text()
    monkeypatch.setattr(dialog.preview, "print_", lambda parent=None: 3)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert _count(therapist, case_id)[len(before):] == ["client-copy", "client-copy"]


def test_a_save_whose_disclosure_fails_is_removed(
        qtbot: QtBot, therapist: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = therapist.cases.access.resolve("C-2026-001")
    dialog = ClientCopyDialog(therapist, case_id, CLIENT_CARD)
    qtbot.addWidget(dialog)
    dialog.contact.setText("Practice phone 030 1234 5678")
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    assert "Practice phone 030 1234 5678" in _text(dialog.preview.data())

    def fail(*_a: object, **_k: object) -> None:
        raise StorageFailed(StorageCode.FSYNC)

    monkeypatch.setattr(therapist.disclosures, "record", fail)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, message: errors.append(message))
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "card.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "card.pdf").exists()
    assert errors and "removed again" in errors[0]


def test_reports_tab_buttons_are_the_therapists(qtbot: QtBot, demo_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(client_copy.ClientCopyDialog, "exec",
                        lambda self: opened.append(self.document) or 0)
    for who, enabled in ((None, True), ("Dr Amara Okafor", False), ("Jonas Berg", False)):
        ws = open_as(demo_path, who)
        try:
            tab = ReportsTab()
            qtbot.addWidget(tab)
            tab.show_case(ws, ws.cases.list()[0].case_id)
            assert tab.client_copy.isEnabled() is enabled
            assert tab.client_card.isEnabled() is enabled
            if enabled:
                qtbot.mouseClick(tab.client_card, Qt.MouseButton.LeftButton)
                assert opened == ["client-card"]
        finally:
            ws.close()


def test_new_case_and_overview_show_the_legal_basis(qtbot: QtBot, therapist: Any) -> None:
    from ui.cases.new_case import NewCaseDialog

    dialog = NewCaseDialog(therapist)
    qtbot.addWidget(dialog)
    assert dialog.client_form.legal_basis.currentData() == "explicit-consent"
    dialog.client_form.legal_basis.setCurrentIndex(
        dialog.client_form.legal_basis.findData("health-care"))
    dialog.client_form.jurisdiction.setEditText("Germany (GDPR)")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.change is not None
    case = therapist.cases.get(str(dialog.change.case_id))
    assert (case.client.legal_basis, case.client.jurisdiction) == ("health-care",
                                                                   "Germany (GDPR)")
    from ui.casefile.overview.tab import OverviewTab

    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_case(therapist, case.case_id)
    assert tab.fields["legal_basis"].text() == "Health care, GDPR Art. 9(2)(h)"
    assert tab.fields["jurisdiction"].text() == "Germany (GDPR)"


def test_editing_an_older_case_changes_no_legal_basis(qtbot: QtBot) -> None:
    """A case opened before issue 17 reads "not recorded": the client form shows that and
    offers no change unless the therapist picks a basis."""
    from triad.casefile.cases import Client
    from ui.casefile.overview.dialogs import ClientForm

    form = ClientForm()
    qtbot.addWidget(form)
    old = Client(code="C-2025-001")
    form.load(old)
    assert form.legal_basis.currentText() == "Not recorded"
    assert form.changes(old) == {}
    form.legal_basis.setCurrentIndex(form.legal_basis.findData("health-care"))
    form.jurisdiction.setEditText("United Kingdom (UK GDPR)")
    assert form.changes(old) == {"legal_basis": "health-care",
                                 "jurisdiction": "United Kingdom (UK GDPR)"}
