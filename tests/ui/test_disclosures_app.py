"""The accounting of disclosures in the app (issue 17): each way a case leaves the vault from
the app -- a report saved or printed, a blank consent form saved, a scan saved, the Agenda's
calendar file, a case file exported, a backup -- adds exactly one signed
``disclosure.recorded`` entry, naming no file; the Audit tab's trail shows them, and the
Reports tab prints the accounting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_audit_tab import cells, make_tab, open_page
from tests.ui.conftest import open_as
from tests.ui.practice.test_practice import _click, _dialog
from triad.casefile.disclosures import To, What
from triad.cli import main
from triad.workspace import Workspace
from ui.casefile.consent.signing import ScanDialog
from ui.casefile.consent.tab import ConsentTab
from ui.casefile.reports.tab import ReportsTab
from ui.widgets import dialogs

SUPERVISOR = "Dr Amara Okafor"
DEMO_PASS = "demo passphrase"


@pytest.fixture
def ws(demo_copy: Path) -> Iterator[Workspace]:
    w = open_as(demo_copy)
    yield w
    w.close()


def disclosed(ws: Workspace) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(d.what.value, d.report, d.to.value, d.case_codes) for d in ws.disclosures.list()]


def no_path_in_any_entry(ws: Workspace, folder: Path) -> None:
    for e in ws.log.entries("kind=?", ("disclosure.recorded",)):
        assert str(folder) not in str(e.body) and ".pdf" not in str(e.body)


def test_consent_tab_blank_form_and_scan_each_count_once(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the client signs a release on paper; its scan is kept in the vault
    scan_file = tmp_path / "signed-paper.pdf"
    scan_file.write_bytes(b"%PDF-1.4\n% the signed paper form, scanned\n%%EOF\n")
    monkeypatch.setenv("TRIAD_PASSPHRASE", DEMO_PASS)
    assert main(["consent", "give", str(demo_copy), "C-2026-005", "release-of-information",
                 "--scan", str(scan_file)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    ws = open_as(demo_copy)
    try:
        case = ws.cases.access.resolve("C-2026-001")
        tab = ConsentTab()
        qtbot.addWidget(tab)
        tab.show_case(ws, case)
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out / "form"))
        tab._save_pdf(ws.reports.consent_form(case, "informed-consent"), "x.pdf")
        assert (out / "form.pdf").exists()
        assert disclosed(ws) == [("report", "consent-form", "file", ("C-2026-001",))]
        c5 = ws.cases.access.resolve("C-2026-005")
        record = ws.consent.records(c5)[-1]
        scan = ws.signatures.scan(c5, record.consent_id)
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out / "scan.pdf"))
        dialog = ScanDialog(scan, "scan.pdf", None, ws, c5)
        qtbot.addWidget(dialog)
        dialog._save()
        assert (out / "scan.pdf").read_bytes() == scan.data
        assert disclosed(ws)[-1] == ("attachment", "", "file", ("C-2026-005",))
        assert len(disclosed(ws)) == 2
        no_path_in_any_entry(ws, tmp_path)
    finally:
        ws.close()


def test_practice_dialog_export_and_backup_each_count_once(
        qtbot: QtBot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = _dialog(qtbot, ws)
    code = d.case_choice.currentText().split(" ")[0]
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / f"{code}.json"))
    _click(qtbot, d.export_button)
    assert (tmp_path / f"{code}.json").exists()
    assert disclosed(ws) == [("case-export", "", "file", (code,))]
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "practice.backup"))
    _click(qtbot, d.backup_button)
    assert (tmp_path / "practice.backup").exists()
    last = ws.disclosures.list()[-1]
    assert (last.what, last.to) == (What.BACKUP, To.FILE)
    assert len(last.case_ids) == len(ws.cases.list()) and len(disclosed(ws)) == 2
    no_path_in_any_entry(ws, tmp_path)


def test_the_accounting_in_the_reports_tab_and_the_audit_trail(
        qtbot: QtBot, qtmodeltester: Any, demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ws = open_as(demo_copy)
    try:
        ws.disclosures.save(tmp_path / "e.json", b"{}", What.CASE_EXPORT, ["C-2026-004"])
    finally:
        ws.close()
    sup = open_as(demo_copy, SUPERVISOR)
    try:
        case = sup.cases.access.resolve("C-2026-004")
        tab = ReportsTab()
        qtbot.addWidget(tab)
        tab.resize(1000, 700)
        tab.show()
        tab.show_case(sup, case)
        radio = tab.choices["disclosures"]
        assert radio.isEnabled()
        radio.setChecked(True)
        assert not tab.show_names.isEnabled()  # codes only
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.preview.page_count() > 0)
        assert "Accounting of disclosures" in tab.header.text()
        import io

        from pypdf import PdfReader

        text = PdfReader(io.BytesIO(tab.preview.data())).pages[0].extract_text()
        assert "Case C-2026-004" in text and "Case file exported" in text
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "acc.pdf"))
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert (tmp_path / "acc.pdf").exists()
        assert disclosed(sup)[-1] == ("report", "disclosures", "file", ("C-2026-004",))
        # the case's audit trail shows both disclosures, with the case and in words
        audit = make_tab(qtbot, sup, case)
        open_page(qtbot, audit, 1)
        qtmodeltester.check(audit.trail_model)
        rows = [cells(audit.trail_model, r) for r in range(audit.trail_model.rowCount())]
        shown = [r for r in rows if r[3] == "Disclosed: left the vault"]
        assert len(shown) == 2
        row = rows.index(shown[0])
        rect = audit.trail.visualRect(audit.trail_model.index(row, 3))
        qtbot.mouseClick(audit.trail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        record = audit.trail_record.toPlainText()
        assert "Case file exported" in record and "C-2026-004" in record
        assert "Dr Maren Holt" in record and "e.json" not in record
    finally:
        sup.close()


def test_the_agendas_calendar_file_counts_once_for_the_cases_in_it(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from tests.ui.main.test_agenda import _agenda, _window
    from ui.ops import Ops
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "week"))
    w = _window(qtbot, demo_copy, Ops(synchronous=True), settings)
    view = _agenda(qtbot, w)
    with qtbot.waitSignal(view.saved):
        view.export_button.click()
    assert view.span is not None
    codes = sorted({s.case_code for s in view.span.sessions})
    w.close()
    ws = open_as(demo_copy)
    try:
        assert [(d.what, d.report, d.to) for d in ws.disclosures.list()] == [
            (What.AGENDA, "ics", To.FILE)]
        assert sorted(ws.disclosures.list()[0].case_codes) == codes and codes
    finally:
        ws.close()


def test_a_packet_written_from_the_exchange_dialog_counts_once(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.core.exchange.test_exchange import introduce
    from triad.roles import Role
    from ui.exchange.dialog import ExchangeDialog
    from ui.ops import Ops

    therapist = open_as(demo_copy)
    sam = Workspace.create(tmp_path / "sam.triad", name="Sam Rivera", role=Role.SURROGATE,
                           passphrase="sam passphrase").workspace
    try:
        introduce(sam, therapist)
        case = therapist.cases.list()[0]
        contact = therapist.exchange.contacts()[0].member_id
        therapist.exchange.share(case.case_id, contact)
        dialog = ExchangeDialog(therapist, Ops(synchronous=True), case.case_id)
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(tmp_path / "packet-1.age"))
        monkeypatch.setattr(dialogs, "error", lambda _p, m: pytest.fail(m))
        dialog.write.click()
        assert "Packet 1 written" in dialog.outcome.text()
        [d] = therapist.disclosures.list()
        assert (d.what, d.to, d.member_name, d.case_codes) == (
            What.PACKET, To.CONTACT, "Sam Rivera", (case.code,))
        no_path_in_any_entry(therapist, tmp_path)
    finally:
        therapist.close()
        sam.close()


def test_a_save_whose_disclosure_cannot_be_recorded_is_taken_back_with_a_sentence(
        qtbot: QtBot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from triad.errors import StorageCode, StorageFailed
    from ui.messages import message_for
    from ui.widgets import disclose

    def refuse(*_a: object, **_k: object) -> None:
        raise StorageFailed(StorageCode.SQLITE)

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, m: errors.append(m))
    monkeypatch.setattr(ws.disclosures, "record", refuse)
    tab = ReportsTab()
    qtbot.addWidget(tab)
    out = tmp_path / "out"
    out.mkdir()
    assert not disclose.save(tab, ws, out / "x.pdf", b"%PDF-", What.REPORT, ["C-2026-001"],
                             "progress")
    [error] = errors
    assert error.startswith("The file was removed again: its disclosure could not be recorded.")
    assert error.endswith(message_for(StorageFailed(StorageCode.SQLITE)))
    assert list(out.iterdir()) == []
