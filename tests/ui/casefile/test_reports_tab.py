"""The Reports tab: generate on the worker thread, preview from memory, print, save, roles, lock."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.errors import PermissionDenied, StorageFailed
from triad.reports.service import ReportService
from ui.casefile.reports.tab import DOCUMENTS, ReportsTab
from ui.messages import message_for
from ui.ops import Ops
from ui.widgets import dialogs, pdf_view


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder Python and Qt use during the test: it must stay empty."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def therapist(demo_path: Path) -> Iterator[Any]:
    ws = open_as(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def own_therapist(demo_copy: Path) -> Iterator[Any]:
    """The demo's therapist on a private copy: saving or printing records a disclosure
    (issue 17), which must not reach the demo every test shares."""
    ws = open_as(demo_copy)
    yield ws
    ws.close()


def _disclosed(ws: Any) -> list[tuple[str, str, str]]:
    return [(d.what.value, d.report, d.to.value) for d in ws.disclosures.list()]


def _tab(qtbot: QtBot, ws: Any, code: str = "C-2026-001") -> ReportsTab:
    tab = ReportsTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.show_case(ws, ws.cases.access.resolve(code))
    return tab


def _choose(qtbot: QtBot, tab: ReportsTab, doc: str) -> None:
    """Click the document's radio button on its label, as a person would."""
    radio = tab.choices[doc]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(10, radio.height() // 2))
    assert radio.isChecked()


def _keys(qtbot: QtBot, tab: ReportsTab, keys: QKeySequence | QKeySequence.StandardKey) -> None:
    """Press a shortcut while the focus is in the tab (on the page size, which ignores it)."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.page_size.setFocus()
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(tab.page_size, combo.key(), combo.keyboardModifiers())


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_progress_summary_is_previewed_from_memory(qtbot: QtBot, therapist: Any, private_tmp: Path) -> None:
    tab = _tab(qtbot, therapist)
    assert tab.header.text() == "No document generated yet."
    assert "Progress summary" in tab.empty.text() and tab.stack.currentWidget() is not tab.preview
    assert not tab.print_button.isEnabled() and tab.print_button.toolTip() == "Generate a document first."
    assert tab.choices["progress"].isChecked() and tab.whole_case.isChecked()
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    data = tab.preview.data()
    assert data.startswith(b"%PDF")
    pages = _pages(data)
    assert pages > 1
    assert tab.stack.currentWidget() is tab.preview
    assert tab.preview.page_label.text() == f"Page 1 of {pages}"
    assert "Progress summary" in tab.header.text() and "pseudonymised" in tab.header.text()
    assert not tab.preview.previous.isEnabled()
    qtbot.mouseClick(tab.preview.next, Qt.MouseButton.LeftButton)
    assert tab.preview.page_label.text() == f"Page 2 of {pages}"
    assert tab.preview.previous.isEnabled()
    assert tab.print_button.isEnabled() and tab.save_button.isEnabled()
    assert tab.preview.fit_width.isChecked()
    qtbot.mouseClick(tab.preview.zoom_in, Qt.MouseButton.LeftButton)
    assert not tab.preview.fit_width.isChecked()
    qtbot.mouseClick(tab.preview.fit_width, Qt.MouseButton.LeftButton)
    assert tab.preview.fit_width.isChecked()
    client = therapist.cases.get(tab.case_id).client.legal_name
    text = _text(data)
    assert "C-2026-001" in text and client not in text  # pseudonymised by default
    assert list(private_tmp.iterdir()) == []  # nothing went through a temp file


def test_period_names_narrative_and_page_size_reach_the_document(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    assert not tab.start.isEnabled()
    qtbot.mouseClick(tab.whole_case, Qt.MouseButton.LeftButton)
    assert tab.start.isEnabled() and tab.end.isEnabled()
    tab.start.setDate(QDate(2026, 8, 1))
    tab.end.setDate(QDate(2026, 6, 1))
    assert tab.problem.text() == "The period ends before it starts: choose a later To date."
    assert not tab.generate.isEnabled() and tab.generate.toolTip() == tab.problem.text()
    tab.end.setDate(QDate(2026, 9, 30))
    assert tab.problem.text() == "" and tab.generate.isEnabled()
    qtbot.keyClicks(tab.narrative, "Steady progress with pacing.")
    qtbot.mouseClick(tab.show_names, Qt.MouseButton.LeftButton)
    tab.page_size.setCurrentIndex(tab.page_size.findData("letter"))
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    data = tab.preview.data()
    text = _text(data)
    assert "2026-08-01 to 2026-09-30" in text
    assert "Steady progress with pacing." in text
    assert therapist.cases.get(tab.case_id).client.legal_name in text
    assert round(float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)) == 612  # US Letter
    assert "2026-08-01 to 2026-09-30" in tab.header.text() and "with the client's name" in tab.header.text()
    # The preview says when it no longer matches the options.
    assert not tab.stale.isVisible()
    tab.page_size.setCurrentIndex(tab.page_size.findData("A4"))
    assert tab.stale.isVisible()
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    assert not tab.stale.isVisible()
    assert round(float(PdfReader(io.BytesIO(tab.preview.data())).pages[0].mediabox.width)) == 595


def test_ctrl_return_generates_the_audit_report(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    _choose(qtbot, tab, "audit")
    assert not tab.show_names.isEnabled()
    assert tab.show_names.toolTip() == "The consent audit report names the case by its code only."
    _keys(qtbot, tab, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
    assert tab.preview.page_count() > 0
    assert "Consent audit report" in _text(tab.preview.data())
    assert tab.preview.page_label.text() == f"Page 1 of {_pages(tab.preview.data())}"


def test_consent_form_is_filled_for_the_chosen_form(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    _choose(qtbot, tab, "consent-form")
    assert tab.options.currentIndex() == 2
    tab.form.setCurrentIndex(tab.form.findData("triad-agreement"))
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    from triad.casefile.forms import form

    text = _text(tab.preview.data())
    assert form("triad-agreement").title in text.replace("\n", " ")
    assert "Dr Maren Holt" in text  # the case's therapist, filled in


def test_save_writes_the_file_only_where_chosen(qtbot: QtBot, own_therapist: Any, tmp_path: Path,
                                                private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = own_therapist
    tab = _tab(qtbot, therapist)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    target_dir = tmp_path / "chosen"
    target_dir.mkdir()
    asked: list[str] = []

    def cancel(parent: Any, title: str, suggested: str, pattern: str) -> str | None:
        asked.append(suggested)
        return None

    monkeypatch.setattr(dialogs, "save_file", cancel)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    today = therapist.local_now()[:10]
    assert os.path.basename(asked[0]) == f"C-2026-001-progress-{today}.pdf"
    client = therapist.cases.get(tab.case_id).client.legal_name
    assert client.split()[0] not in asked[0]
    assert list(target_dir.iterdir()) == [] and tab.status.text() == ""
    assert _disclosed(therapist) == []  # cancelled: nothing left the vault

    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(target_dir / "summary"))
    _keys(qtbot, tab, QKeySequence.StandardKey.Save)
    saved = target_dir / "summary.pdf"  # the extension is added
    assert [p.name for p in target_dir.iterdir()] == ["summary.pdf"]  # no temp file left behind
    assert saved.read_bytes() == tab.preview.data()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert tab.status.text() == f"Saved summary.pdf in {target_dir}."
    assert list(private_tmp.iterdir()) == []
    # one signed entry in the accounting of disclosures, naming no file (issue 17)
    assert _disclosed(therapist) == [("report", "progress", "file")]
    assert therapist.disclosures.list()[0].case_ids == (tab.case_id,)


def test_save_reports_a_disk_that_refuses(qtbot: QtBot, therapist: Any, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, therapist)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, message: errors.append(message))
    monkeypatch.setattr(dialogs, "save_file", lambda *a: str(tmp_path / "missing" / "x.pdf"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert errors == [message_for(StorageFailed("write"))]
    assert not (tmp_path / "missing").exists() and tab.status.text() == ""
    assert _disclosed(therapist) == []  # nothing was written, nothing is accounted for


def test_print_paints_every_page_on_the_chosen_printer(qtbot: QtBot, own_therapist: Any,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = own_therapist
    tab = _tab(qtbot, therapist)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    pages = _pages(tab.preview.data())
    out = tmp_path / "printed.pdf"
    seen: dict[str, Any] = {}

    def choose(parent: Any, printer: QPrinter, count: int) -> bool:
        seen.update(job=printer.docName(), count=count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(pdf_view, "ask_printer", lambda parent, printer, count: False)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and tab.status.text() == ""  # cancelled
    assert _disclosed(therapist) == []
    monkeypatch.setattr(pdf_view, "ask_printer", choose)
    _keys(qtbot, tab, QKeySequence.StandardKey.Print)
    assert seen == {"job": "Triad document", "count": pages}  # no case or client in the job name
    assert out.exists() and _pages(out.read_bytes()) == pages
    assert tab.status.text() == f"Sent {pages} page(s) to the printer."
    assert _disclosed(therapist) == [("report", "progress", "printer")]  # issue 17


def test_print_honours_a_page_range(qtbot: QtBot, own_therapist: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, own_therapist)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    out = tmp_path / "page2.pdf"

    def choose(parent: Any, printer: QPrinter, count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return True

    monkeypatch.setattr(pdf_view, "ask_printer", choose)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert _pages(out.read_bytes()) == 1
    assert tab.status.text() == "Sent 1 page(s) to the printer."


def test_debrief_lists_only_sessions_with_a_debrief(qtbot: QtBot, demo_copy: Path) -> None:
    ws = open_as(demo_copy)
    try:
        case_id = ws.cases.access.resolve("C-2026-001")
        ws.sessions.schedule(case_id, "therapist_session", "2026-12-01T10:00")
        sessions = ws.sessions.list(case_id)
        with_debrief = [s for s in sessions if s.debrief]
        assert len(with_debrief) < len(sessions)
        tab = _tab(qtbot, ws)
        _choose(qtbot, tab, "debrief")
        listed = [tab.session.itemData(i) for i in range(tab.session.count())]
        assert sorted(listed) == sorted(s.session_id for s in with_debrief)
        newest = with_debrief[-1]
        assert listed[0] == newest.session_id  # newest first
        assert tab.session.itemText(0).startswith(newest.starts_at[:16].replace("T", " "))
        tab.session.setCurrentIndex(1)
        chosen = with_debrief[-2]
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        text = _text(tab.preview.data())
        assert "Session debrief" in text and chosen.debrief.held_at[:16].replace("T", " ") in text
        assert "Debrief of the session of " + chosen.starts_at[:16].replace("T", " ") in tab.header.text()
        # A case without debriefs says so, and nothing can be generated.
        tab.show_case(ws, ws.cases.access.resolve("C-2026-005"))
        assert tab.preview.page_count() == 0 and tab.stack.currentWidget() is not tab.preview
        assert tab.choices["debrief"].isChecked()
        assert tab.session.count() == 0 and not tab.session.isEnabled()
        assert tab.no_debrief.text().startswith("No session of this case has a debrief yet.")
        assert not tab.generate.isEnabled()
        assert tab.generate.toolTip() == "There is no debrief to print yet."
    finally:
        ws.close()


def test_surrogate_prints_only_their_own_debriefs(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path, "Jonas Berg")
    try:
        tab = _tab(qtbot, ws)
        for doc in ("progress", "audit", "consent-form"):
            assert not tab.choices[doc].isEnabled()
            assert tab.choices[doc].toolTip() == \
                "Only the case's therapist or the case's supervisor can do this."
        assert tab.choices["debrief"].isChecked() and tab.choices["debrief"].isEnabled()
        assert not tab.show_names.isEnabled()
        assert tab.show_names.toolTip() == "The client's name is never shown to a surrogate partner."
        assert "your own sessions" in tab.empty.text()
        own = {s.session_id for s in ws.sessions.list(tab.case_id) if s.debrief}
        assert {tab.session.itemData(i) for i in range(tab.session.count())} == own
        # The box is narrow: its whole choice shows on hover and in its (wider) list.
        widest = max(tab.session.fontMetrics().horizontalAdvance(tab.session.itemText(i))
                     for i in range(tab.session.count()))
        assert tab.session.width() < widest and tab.session.view().minimumWidth() > widest
        assert tab.session.toolTip() == tab.session.currentText()
        tab.session.setCurrentIndex(1)
        assert tab.session.toolTip() == tab.session.itemText(1)
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        assert "Session debrief" in _text(tab.preview.data())
    finally:
        ws.close()


def test_supervisor_may_print_every_document(qtbot: QtBot, demo_path: Path) -> None:
    ws = open_as(demo_path, "Dr Amara Okafor")
    try:
        tab = _tab(qtbot, ws, "C-2026-002")
        assert all(r.isEnabled() and r.toolTip() == "" for r in tab.choices.values())
        # issue 13: documents show a supervisor the client code, never the name
        assert not tab.show_names.isEnabled() and "client code" in tab.show_names.toolTip()
        _choose(qtbot, tab, "audit")
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        assert "C-2026-002" in _text(tab.preview.data())
    finally:
        ws.close()


def test_generation_runs_on_the_worker_thread(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    tab.ops = Ops()
    try:
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        assert tab.busy.isVisible() and tab.busy.format() == "Generating…"
        assert tab.status.text() == "Generating the document… You can go on working meanwhile."
        assert not tab.generate.isEnabled()
        assert tab.generate.toolTip() == "A document is being generated."
        assert tab.preview.page_count() == 0
        _choose(qtbot, tab, "audit")  # the window responds
        qtbot.waitUntil(lambda: tab.preview.page_count() > 0, timeout=30000)
        assert not tab.busy.isVisible() and tab.generate.isEnabled() and tab.status.text() == ""
        assert "Progress summary" in _text(tab.preview.data())
        assert tab.stale.isVisible()  # the audit report is now chosen
    finally:
        tab.ops.shutdown()


def test_a_failure_on_the_worker_is_shown_as_a_sentence(qtbot: QtBot, therapist: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, therapist)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, message: errors.append(message))

    refusal = PermissionDenied("role", role="therapist")

    def refuse(*args: Any, **kwargs: Any) -> bytes:
        raise refusal

    monkeypatch.setattr(ReportService, "progress", refuse)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    assert errors == [message_for(refusal)] and errors[0]
    assert tab.preview.page_count() == 0 and tab.generate.isEnabled() and not tab.busy.isVisible()


def test_clear_drops_the_preview_and_its_bytes(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    qtbot.keyClicks(tab.narrative, "private words")
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    assert tab.preview.page_count() > 0
    tab.clear()
    assert tab.preview.page_count() == 0 and tab.preview.data() == b""
    assert tab.preview._buffer is None
    assert tab.preview.document.pageCount() == 0
    assert tab.stack.currentWidget() is not tab.preview
    assert tab.header.text() == "No document generated yet." and tab.status.text() == ""
    assert tab.narrative.toPlainText() == "" and tab.session.count() == 0
    assert "C-2026-001" not in tab.whole_case.text()
    assert not tab.print_button.isEnabled() and not tab.save_button.isEnabled()
    assert not tab.generate.isEnabled() and tab.generate.toolTip() == "Open a case first."
    assert tab.preview.page_label.text() == "No document"


def test_a_lock_during_generation_shows_nothing_afterwards(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    tab.ops = Ops()
    try:
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        tab.clear()
        qtbot.waitUntil(lambda: tab.ops.busy == 0, timeout=30000)
        qtbot.wait(50)
        assert tab.preview.page_count() == 0 and tab.preview.data() == b""
        assert tab.stack.currentWidget() is not tab.preview
    finally:
        tab.ops.shutdown()


def test_another_case_starts_with_an_empty_preview(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    qtbot.keyClicks(tab.narrative, "about the first client")
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    tab.refresh()  # another tab wrote something: the preview stays
    assert tab.preview.page_count() > 0
    tab.show_case(therapist, therapist.cases.access.resolve("C-2026-002"))
    assert tab.preview.page_count() == 0 and tab.narrative.toPlainText() == ""
    assert "2026-04-27" in tab.whole_case.text()
    assert tab.start.date() == QDate(2026, 4, 27)


def test_documents_are_chosen_with_their_mnemonics(qtbot: QtBot, therapist: Any) -> None:
    tab = _tab(qtbot, therapist)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    for key, doc in ((Qt.Key.Key_U, "audit"), (Qt.Key.Key_M, "consent-form"),
                     (Qt.Key.Key_D, "debrief"), (Qt.Key.Key_Y, "progress")):
        qtbot.keyClick(tab, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(tab.choices[doc].isChecked)  # a mnemonic clicks after a short animation
        assert tab.options.currentIndex() == DOCUMENTS.index(doc)
    qtbot.keyClick(tab, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.preview.page_count() > 0)
    assert "Progress summary" in tab.header.text()


def test_a_printer_that_cannot_start_is_said_and_records_nothing(
        qtbot: QtBot, own_therapist: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview says it once for every document (a report, a client's copy)."""
    from ui.widgets import dialogs

    tab = _tab(qtbot, own_therapist)
    qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _p, message: errors.append(message))
    monkeypatch.setattr(pdf_view, "ask_printer", lambda parent, printer, count: True)

    def refuse(*_a: Any, **_k: Any) -> int:
        raise OSError("the printer could not be started")

    monkeypatch.setattr(pdf_view, "print_document", refuse)
    before = _disclosed(own_therapist)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert errors == ["The printer could not be started. Check that it is connected and try "
                      "again."]
    assert _disclosed(own_therapist) == before  # nothing went out: nothing accounted for
