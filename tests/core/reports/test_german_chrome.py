"""Issue 19, the German clinical reviewer's notes on the printed documents (revB 1-7, 11-12,
14-16, 18-19): no raw code or English word in a German document's own words, the forms named in
the document's language, whole sentences instead of glued pieces, and the layout faults seen in
the renders. Each test reads the rendered PDF's text (pypdf) of the demo practice, printed in
German while the program speaks English."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_PASS as PASS
from tests.conftest import copy_demo
from triad import i18n
from triad.casefile.disclosures import To, What
from triad.log.projection import AMENDABLE
from triad.reports.service import recovery_sheet
from triad.vault import recovery
from triad.workspace import Workspace


@pytest.fixture(scope="module")
def ws(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    w = Workspace.open(copy_demo(demo_path, tmp_path_factory.mktemp("chrome")), PASS)
    w.report_language.set("de")  # the practice prints in German
    with i18n.speaking("en"):  # ... while the program speaks English
        yield w
    w.close()


def pages(data: bytes, first: int = 0, last: int | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages[first:last]]


def words(data: bytes, last: int | None = None) -> str:
    return " ".join(pages(data, 0, last))


def case(ws: Workspace, code: str) -> str:
    return next(c.case_id for c in ws.cases.list() if c.code == code)


# -- 1. raw codes and English in German documents ------------------------------------------

def test_a_record_awaiting_a_signature_is_named_in_german(ws: Workspace) -> None:
    c5 = case(ws, "C-2026-005")  # the demo's triad agreement waits for the surrogate partner
    waiting = next(r for r in ws.consent.records(c5) if r.form_id == "triad-agreement")
    progress = words(ws.reports.progress(c5))
    copy = words(ws.reports.consent_copy(c5, waiting.consent_id), 2)
    for text in (progress, copy):
        assert "Unterschriften ausstehend" in text
        assert "awaiting" not in text and "signatur es" not in text


def test_the_audit_report_heads_each_finding_with_the_rule_s_title(ws: Workspace) -> None:
    text = words(ws.reports.audit(None))
    assert "Schweigepflichtentbindung vor der ersten Sitzung" in text  # the app's title
    assert "consent.release-before-first-session" not in text and "case.stalled" not in text
    english = words(ws.reports.audit(None, language="en"))
    assert "Release of information before the first session" in english


def test_the_client_copy_names_a_corrected_request_and_its_fields(ws: Workspace) -> None:
    text = words(ws.reports.client_copy(case(ws, "C-2026-002")))
    corrections = text[text.index("Berichtigungen"):]
    assert "Die Antwort auf einen Antrag, den Sie gestellt haben, geschrieben am" in corrections
    assert "Ihre Gegendarstellung" in corrections
    assert "Erwiderung der Praxis auf Ihre Gegendarstellung" in corrections
    # (the demo's reason, record text, says "statement" in English: it stays as written)
    for code in ("An entry", "an entry", "rebuttal -", "statement -"):
        assert code not in corrections, code


def test_every_kind_and_field_a_correction_can_show_has_words() -> None:
    from triad.reports.correction_words import ENTRY_WORDS, FIELD_WORDS

    kinds = {k.value for k in AMENDABLE}
    assert kinds - ENTRY_WORDS.keys() == set()
    from triad.casefile.cases import Client

    fields = set().union(*AMENDABLE.values()) - {"client"} | set(Client.__dataclass_fields__)
    assert fields - {"amended"} - FIELD_WORDS.keys() == set()


def test_measures_are_named_as_their_instruments_spell_them(ws: Workspace) -> None:
    c1 = case(ws, "C-2026-001")
    copy = words(ws.reports.client_copy(c1))
    measures = copy[copy.index("Messungen"):copy.index("Berichtigungen")]
    assert "IIEF-5" in measures and "IIEF5" not in measures
    progress = words(ws.reports.progress(c1))
    assert "IIEF-5-Gesamtwert (5\u201325)" in progress and "(5-25)" not in progress
    fsfi = words(ws.reports.progress(case(ws, "C-2026-002")))
    assert "FSFI-Gesamtwert (2\u201336; Grenzwert 26,55)" in fsfi


def test_copies_name_the_form_by_its_title_not_its_id(ws: Workspace) -> None:
    c2 = case(ws, "C-2026-002")
    aids = next(r for r in ws.consent.records(c2) if r.form_id == "therapeutic-aids")
    copy = words(ws.reports.consent_copy(c2, aids.consent_id))
    assert "Formular therapeutic-aids" not in copy
    assert ("Einwilligung in die Verwendung therapeutischer Hilfsmittel (englische Fassung 1); "
            "SHA-256 des Textes") in copy
    form = words(ws.reports.consent_form(c2, "informed-consent", language="de"), 1)
    assert "Formular informed-consent" not in form and "Fassung 2" in form


# -- 2. forms signed in English, named in a German document --------------------------------

def test_a_form_signed_in_english_is_named_in_german_with_its_language(ws: Workspace) -> None:
    c1 = case(ws, "C-2026-001")
    progress = words(ws.reports.progress(c1))
    table = progress[progress.index("Gültig ab"):]
    assert "Triadenvereinbarung (englische Fassung 1)" in table
    assert "Triad agreement" not in table and "Informed consent to" not in table
    record = next(r for r in ws.consent.records(c1) if r.form_id == "triad-agreement")
    copy = words(ws.reports.consent_copy(c1, record.consent_id), 1)
    assert copy.startswith("Ihre Kopie: Triadenvereinbarung (englische Fassung 1)")
    assert "# Triad agreement" not in copy  # the signed text itself stays as signed ...
    whole = words(ws.reports.consent_copy(c1, record.consent_id))
    assert "Triad agreement" in whole  # ... in English
    english = words(ws.reports.progress(c1, language="en"))
    assert "Triad agreement, version 1" in english


def test_an_english_form_has_an_english_page_frame_in_a_german_program(ws: Workspace) -> None:
    c2 = case(ws, "C-2026-002")
    with i18n.speaking("de"):
        text = words(ws.reports.consent_form(c2, "informed-consent", language="en"))
    assert "CONFIDENTIAL" in text and "page 1 of" in text
    assert "VERTRAULICH" not in text and "Seite 1 von" not in text


# -- 4. whole sentences ------------------------------------------------------------------------

def test_the_disclosures_list_says_what_left_in_one_phrase(ws: Workspace) -> None:
    ws.disclosures.record(What.REPORT, [case(ws, "C-2026-001")], To.PRINTER, report="progress")
    text = words(ws.reports.disclosures(None))
    assert "Verlaufsbericht (gedruckter Bericht)" in text
    assert "Bericht: Verlaufsbericht" not in text and "Dokument: Verlaufsbericht" not in text


def test_the_audit_report_s_settings_read_as_phrases(ws: Workspace) -> None:
    text = words(ws.reports.audit(None), 1)
    assert ("Einstellungen: Durchsicht von Nachbesprechungen innerhalb von 7 Tagen; erneute "
            "Einwilligung bei jedem Phasenwechsel erforderlich; Hinweis auf ablaufende "
            "Qualifikationsnachweise 60 Tage vorher.") in text, text[:900]
    assert ": ein" not in text and ": aus" not in text


def test_the_client_s_withdrawal_is_a_sentence_about_the_client(ws: Workspace) -> None:
    c3 = case(ws, "C-2026-003")  # the client withdrew part of the triad agreement
    record = next(r for r in ws.consent.records(c3) if r.revocations)
    text = words(ws.reports.consent_copy(c3, record.consent_id))
    assert "Sie haben die Einwilligung in Nicht-sexuelle Berührung in Kleidung" in text
    assert " widerrufen. " in text
    assert "widerrufen durch" not in text
    english = words(ws.reports.consent_copy(c3, record.consent_id, language="en"))
    assert ": you withdrew consent to Clothed non-sexual touch" in english


# -- 5. layout -------------------------------------------------------------------------------

def test_table_headers_are_not_broken_inside_a_word(ws: Workspace) -> None:
    c1 = case(ws, "C-2026-001")
    progress = words(ws.reports.progress(c1))
    assert "Ausgangswert" in progress and "Ausgangs wert" not in progress
    assert "Fassun g" not in progress



def test_a_narrow_column_gets_the_room_of_its_header_s_longest_word() -> None:
    """The disposal register's columns (15 mm for "Einträge" broke it as "Einträ|ge"): the
    room comes from the wide last column."""
    from reportlab.lib.units import mm

    from triad.reports.common import Document, header_room, render, table

    headers = ["Fall", "Eröffnet", "Abgeschlossen", "Aufbewahrung endete", "Vernichtet",
               "Einträge", "Durch wen und warum"]
    widths = [24 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 15 * mm, 45 * mm]
    roomy = header_room(headers, widths, 8.5)
    assert roomy[5] > widths[5] and sum(roomy) == pytest.approx(sum(widths))
    assert all(r >= w for r, w in zip(roomy[:6], widths[:6], strict=True))
    pdf = render(Document("t", "p", "c"), [table([headers, ["C-1", "-", "-", "-", "-", "12",
                                                            "x"]], widths)])
    text = words(pdf)
    assert "Einträge" in text and "Abgeschlossen" in text


def test_the_recovery_sheet_has_a_footer_of_its_own() -> None:
    code = recovery.new_code()
    with i18n.speaking("de"):
        text = words(recovery_sheet("praxis.triad", code, "2026-11-23T10:00"))
    assert "GEHEIM: Dieser Code öffnet den Tresor" in text
    assert "Gesundheitsdaten" not in text and "Schweigepflichtentbindung" not in text
    english = words(recovery_sheet("practice.triad", code, "2026-11-23T10:00"))
    assert "SECRET: this code opens the vault" in english and "health" not in english


def test_a_client_copy_heading_never_ends_a_page(ws: Workspace) -> None:
    data = ws.reports.client_copy(case(ws, "C-2026-001"))
    heading = "Nach jeder Sitzung mit Ihrer Surrogatpartner:in"
    page = next(p for p in pages(data) if heading in p)
    below = page[page.index(heading):]
    assert "Ihre Surrogatpartner:in schreibt nach jeder Sitzung" in below
    assert "Sitzung am " in below  # and the first debrief with them


@pytest.mark.parametrize(("language", "parts", "agree"), [
    ("de", ("Teil 1: Aufzeichnung von Sitzungen",
            "Teil 2: Weitergabe anonymisierter Ergebnisdaten"), "Ich stimme zu"),
    ("en", ("Part 1: recording sessions", "Part 2: sharing de-identified outcome data"),
     "I agree"),
])
def test_the_outcome_data_form_has_a_box_for_each_part(
        ws: Workspace, language: str, parts: tuple[str, str], agree: str) -> None:
    text = words(ws.reports.consent_form(case(ws, "C-2026-002"), "outcome-data",
                                         language=language))
    for part in parts:
        assert text.count(part) == 2, part  # the form's heading, and its line to tick
    assert agree in text and text.count("☐") >= 4


# -- 3. dates built in code --------------------------------------------------------------------

def test_the_older_vault_sentences_write_the_day_as_the_language_does() -> None:
    """revB 8: "(Stand vom 2026-12-07; …)" in a German sentence."""
    from triad import messages
    from triad.errors import VaultOlder

    def german(text: str) -> str:
        return i18n.translate("messages", text)

    with i18n.speaking("de"):
        accepted = messages.older_vault(3, "2026-12-07", german)
        refused = messages.older_sentence(VaultOlder(3, "2026-12-07"), german)
    for text in (accepted, refused):
        assert "07.12.2026" in text and "2026-12-07" not in text
    assert "2026-12-07" in messages.older_vault(3, "2026-12-07")  # English as always
