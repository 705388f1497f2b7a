"""Issue 19: every printed document in German -- the audit report, the debrief, the
accounting of disclosures, the client's copies and card, the disposal register and the
recovery sheet -- chosen by the practice's setting (``vault.report_language``) while the
program itself speaks English. Record text stays as written; Triad's own words, dates and
numbers are German."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_PASS as PASS
from tests.conftest import copy_demo
from triad import i18n
from triad.reports.register import disposal_register
from triad.reports.service import recovery_sheet
from triad.vault import recovery
from triad.workspace import Workspace

GERMAN_DAY = re.compile(r"\b\d\d\.\d\d\.20\d\d\b")
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture(scope="module")
def ws(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = Workspace.open(copy_demo(demo_path, tmp_path_factory.mktemp("de")), PASS)
    w.report_language.set("de")  # the practice prints in German
    with i18n.speaking("en"):  # ... while the program speaks English
        yield w
    w.close()


def words(data: bytes, pages: int | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    chosen = reader.pages if pages is None else reader.pages[:pages]
    return " ".join(" ".join(page.extract_text() for page in chosen).split())


def german(text: str, headings: tuple[str, ...], english: tuple[str, ...]) -> None:
    for heading in (*headings, "VERTRAULICH", "Seite 1 von"):
        assert heading in text, heading
    for heading in (*english, "CONFIDENTIAL", "page 1 of", "Generated "):
        assert heading not in text, heading


def case_of(ws: Workspace, n: int = 0) -> str:
    return ws.cases.list()[n].case_id


def test_the_audit_report(ws: Workspace) -> None:
    text = words(ws.reports.audit(None))
    german(text, ("Bericht der Einwilligungsprüfung", "Prüfung des Eintragsjournals",
                  "Feststellungen", "alle Fälle, die Sie prüfen", "Erstellt am",
                  "Einstellungen: Durchsicht von Nachbesprechungen innerhalb von 7 Tagen"),
           ("Consent audit report", "Entry log verification", "Findings", "Settings:",
            "signed entries"))
    assert re.search(r"Ohne Befund: [\d.]+ signierte Einträge in \d+ Hash-Ketten", text), text[:600]
    assert GERMAN_DAY.search(text)
    # the rule's explanation too (the demo's seeded gap), and its severity group
    assert "Die Schweigepflichtentbindung war vor der ersten Surrogatsitzung nicht" in text
    assert "Erheblich" in text and "The release of information was not signed" not in text


def test_the_debrief(ws: Workspace) -> None:
    case = case_of(ws)
    session = next(s for s in ws.sessions.list(case) if s.debrief is not None)
    text = words(ws.reports.debrief(session.session_id))
    german(text, ("Nachbesprechung der Sitzung", "Geplante Aktivitäten", "Was gut lief",
                  "Grenzen eingehalten", "Durchsicht der Therapeut:in", "Eingereicht"),
           ("Session debrief", "Activities planned", "What went well", "Therapist review",
            "Submitted"))
    assert GERMAN_DAY.search(text) and not ISO_DAY.search(text)
    assert session.debrief is not None and session.debrief.went_well.split()[0] in text


def test_the_accounting_of_disclosures(ws: Workspace) -> None:
    from triad.casefile.disclosures import To, What

    ws.disclosures.record(What.REPORT, [case_of(ws)], To.PRINTER, report="progress")
    text = words(ws.reports.disclosures(None))
    german(text, ("Verzeichnis der Offenlegungen", "Wann", "An wen", "Durch wen"),
           ("Accounting of disclosures", "To whom", "By whom", "No disclosure recorded"))
    assert "Verlaufsbericht (gedruckter Bericht)" in text and "Drucker" in text
    assert GERMAN_DAY.search(text)


def test_the_client_s_copies_and_card(ws: Workspace) -> None:
    case = case_of(ws)
    record = ws.consent.records(case)[0]
    copy = words(ws.reports.consent_copy(case, record.consent_id), 2)
    german(copy, ("Ihre Kopie:", "Wozu Sie eingewilligt haben", "Unterschriften",
                  "Widerrufe (Ihre Bestätigung)", "Stand heute"),
           ("Your copy", "What you agreed to", "Signatures", "Withdrawals"))
    assert GERMAN_DAY.search(copy)
    card = words(ws.reports.client_card(case, "Praxis 030 1234 5678"))
    german(card, ("Ihre Karte", "Ihre Stopp- und Pausensignale", "So widerrufen Sie",
                  "Wen Sie anrufen können", "Praxis 030 1234 5678"),
           ("Your card", "How to withdraw", "Who to call"))
    # the consent forms' own text is what was signed: English in the demo, as written
    data = ws.reports.client_copy(case)
    whole = words(data)
    german(whole, ("Ihre Akte", "Über Sie", "Einwilligungen", "Ihr Plan", "Sitzungen",
                   "Nach jeder Sitzung mit Ihrer Surrogatpartner:in", "Berichtigungen",
                   "An wen Ihre Akte weitergegeben wurde", "Fallkennung"),
           ("About you", "Consents", "Your plan", "Corrections",
            "Who your record was given to", "Surrogate partner session", "cancelled by"))
    assert not ISO_DAY.search(words(data, 2))


def test_the_disposal_register(ws: Workspace) -> None:
    text = words(disposal_register(ws))
    german(text, ("Vernichtungsverzeichnis", "Abgeschlossene Fälle werden 7 Jahre",
                  "Sicherungen, die einen vernichteten Fall noch enthalten"),
           ("Disposal register", "Closed cases are kept", "Backups that still hold"))


def test_the_progress_summary_names_the_concerns_and_findings_in_german(ws: Workspace) -> None:
    text = words(ws.reports.progress(case_of(ws)))
    assert "Leistungsangst" in text or "Anliegen:" in text
    assert "performance anxiety" not in text and "Severity" not in text


def test_the_recovery_sheet_in_german() -> None:
    code = recovery.new_code()
    with i18n.speaking("de"):
        text = words(recovery_sheet("praxis.triad", code, "2026-11-23T10:00"))
    # its own footer, not the clinical confidentiality line (test_german_chrome.py)
    german(text.replace("GEHEIM", "VERTRAULICH"),
           ("Triad-Wiederherstellungsblatt", "Tresor: praxis.triad",
            "Code erstellt am 23.11.2026 10:00", "Was Sie mit diesem Blatt tun"),
           ("Triad recovery sheet", "What to do with this sheet"))


def test_english_stays_as_it_was(ws: Workspace) -> None:
    text = words(ws.reports.audit(None, language="en"), 1)
    assert "Consent audit report" in text and "CONFIDENTIAL" in text
    assert re.search(r"Verified: \d+ signed entries in \d+ hash chains", text)
