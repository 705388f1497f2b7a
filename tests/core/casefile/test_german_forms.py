"""Issue 19: the five forms as German form versions -- their own text and hash, chosen by
language, signed and printed in German, while every English text keeps its bytes so that an old
vault's signatures still resolve and verify."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from tests.core.conftest import cli
from tests.core.practice import SCOPE, make_practice, sigs
from triad.casefile import form_words, forms
from triad.casefile.ladder import LADDER
from triad.workspace import Workspace

FORM_IDS = ("informed-consent", "outcome-data", "release-of-information", "therapeutic-aids",
            "triad-agreement")
# The English texts as shipped before issue 19: an old vault's records name these hashes.
ENGLISH = {
    ("informed-consent", 1): "1bd5700f22bd2aad1558c220ba5f321717c6fa622e3260a7b24a1e60c23e0973",
    ("outcome-data", 1): "f0b208467eb65709d584a2ba1671ecd73c8c235f94bbf2ea90bf90e830207655",
    ("release-of-information", 1): "d8a926885050632e3b604396a48236963cc3bfdaf536dada37ab9538130e3738",
    ("release-of-information", 2): "5fdecd4bc4e5d00e3f6905a6cd55f41abdc0f7682e160b2c76897e3593a11e3e",
    ("therapeutic-aids", 1): "65a0e6b218aa02c183bbd51d20883c7e86af6be7527fb265732904e02faa2b32",
    ("triad-agreement", 1): "5d4d88be0518113c086876d1de50781f7b9f8843f17379533bdfe4259e10269e",
}
UMLAUTS = re.compile(r"[äöüÄÖÜß]")


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def pdf_text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_each_german_form_loads_with_its_own_hash_and_the_english_placeholders(form_id: str) -> None:
    de = forms.latest(form_id, "de")
    assert de.language == "de" and de.translation_of is not None
    en = forms.form(form_id, de.translation_of)
    assert en.language == "en" and en is forms.latest(form_id)  # it renders the current English
    assert de.version > en.version and de.content_hash != en.content_hash
    assert forms.form_by_hash(de.content_hash) is de and forms.form(form_id, de.version) is de
    assert placeholders(de.text) == placeholders(en.text)
    assert (de.parties, de.scope) == (en.parties, en.scope)
    assert de.title != en.title and UMLAUTS.search(de.text)
    # formal "Sie" and the glossary's inclusive forms, never the English words
    words = re.sub(r"\{\w+\}", "", de.text)
    assert "Sie" in words and "Therapeut:in" in words
    assert not re.search(r"\b(therapist|surrogate|client|consent)\b", words, re.I)


def test_the_english_texts_keep_their_bytes_and_stay_the_current_english_versions() -> None:
    for (form_id, version), digest in ENGLISH.items():
        form = forms.form(form_id, version)
        assert (form.content_hash, form.language) == (digest, "en")
        assert forms.form_by_hash(digest) is form
    assert [(f.form_id, f.version) for f in forms.forms()] == [
        ("informed-consent", 1), ("outcome-data", 1), ("release-of-information", 2),
        ("therapeutic-aids", 1), ("triad-agreement", 1)]
    assert [f.form_id for f in forms.forms("de")] == list(FORM_IDS)
    assert all(f.language == "de" for f in forms.forms("de"))
    assert forms.languages() == ("en", "de")
    assert forms.form("informed-consent").language == "en"  # no language: English, as before


def test_every_activity_has_a_german_label() -> None:
    labels = [form_words.activity_label(a, "de") for a in LADDER]
    assert len(set(labels)) == len(LADDER) and "Berührung im Genitalbereich" in labels
    assert form_words.activity_label(LADDER[0], "fr") == "Conversation"  # no words: English


def test_the_printed_words_fit_their_lines() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from triad.reports.common import FONT, register_fonts

    register_fonts()
    for language, words in form_words.WORDS.items():
        assert stringWidth(words.confidential, FONT, 7.5) <= A4[0] - 36 * mm, language


def test_signing_a_german_version_records_its_hash_and_neither_language_outdates_the_other(
        tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")  # English informed consent, release and triad agreement
    de = forms.latest("informed-consent", "de")
    change = p.t.consent.give(p.case, "informed-consent", sigs("2026-01-20", "client", "therapist"),
                              grants=SCOPE, language="de")
    record = p.t.consent.get(p.case, change.subject_id or "")
    assert (record.form_version, record.form_hash) == (de.version, de.content_hash)
    assert {s.form_hash for s in record.signatures} == {de.content_hash}
    assert record.status(p.t.local_now()) == "in-force"
    # the same record by version number
    again = p.t.consent.give(p.case, "release-of-information", sigs("2026-01-20", "client", "therapist"),
                             form_version=forms.latest("release-of-information", "de").version)
    assert p.t.consent.get(p.case, again.subject_id or "").form_hash == \
        forms.latest("release-of-information", "de").content_hash
    audit = p.v.audit.run(p.case).findings
    assert not [f for f in audit if f.rule_id in ("consent.signature-not-current-version",
                                                  "consent.signature-unknown-form-text")]
    assert p.t.log.verify().ok
    # what the parties read before signing: the German text, filled
    text = p.t.signatures.form_text(p.case, "informed-consent", de.version)
    assert p.t.cases.get(p.case).code in text and "{" not in text and "Einwilligung" in text
    p.close()


def test_an_old_vaults_english_signatures_still_resolve_and_verify(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, PASS)
    try:
        records = [r for c in ws.cases.list() for r in ws.consent.records(c.case_id)]
        assert records
        for r in records:
            form = forms.form_by_hash(r.form_hash)
            assert form is not None and form.language == "en"
            assert (form.form_id, form.version) == (r.form_id, r.form_version)
            assert ENGLISH[(r.form_id, r.form_version)] == r.form_hash
    finally:
        ws.close()


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_the_printed_german_form_is_german_throughout(demo_path: Path, form_id: str) -> None:
    ws = Workspace.open(demo_path, PASS)
    try:
        case = ws.cases.list()[0]
        form = forms.latest(form_id, "de")
        text = pdf_text(ws.reports.consent_form(case.case_id, form_id, language="de"))
    finally:
        ws.close()
    assert form.title in text and UMLAUTS.search(text)
    assert f"{form_id} v{form.version} · sha256 {form.content_hash[:16]}" in text
    assert "Unterschriften" in text and "Seite 1 von" in text and "Signature" not in text
    assert "{" not in text and "**" not in text
    for activity in form.scope:  # the activity list in German
        assert form_words.activity_label(activity, "de") in text
    if form.scope:
        assert "Ich willige nicht ein" in text and "Activity" not in text
    assert "Therapeut:in: " in text and "VERTRAULICH" in text


def test_the_cli_records_and_prints_the_german_form(demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    ws = Workspace.open(demo_copy, PASS)
    case = ws.cases.list()[0]
    code, client = case.code, case.client.legal_name
    ws.close()
    done = cli("report", "consent-form", str(demo_copy), code, "--form", "triad-agreement",
               "--form-language", "de", "-o", str(out), env={"TRIAD_PASSPHRASE": PASS}, now=DEMO_NOW)
    assert done.code == 0, done.err
    text = pdf_text(out.read_bytes())
    assert "Triadenvereinbarung" in text and "Geschlechtsverkehr" in text
    done = cli("report", "consent-form", str(demo_copy), code, "--form", "triad-agreement",
               "--form-language", "fr", "-o", str(out), env={"TRIAD_PASSPHRASE": PASS}, now=DEMO_NOW)
    assert done.code == 2 and "--form-language" in done.err
    done = cli("consent", "give", str(demo_copy), code, "outcome-data", "--client-name", client,
               "--form-language", "de", env={"TRIAD_PASSPHRASE": PASS}, now=DEMO_NOW)
    german = forms.latest("outcome-data", "de")
    assert done.code == 0 and f"outcome-data v{german.version}" in done.out, done.err
    ws = Workspace.open(demo_copy, PASS)
    try:
        (record,) = [r for r in ws.consent.records(code) if r.form_id == "outcome-data"
                     and r.form_version == german.version]
        assert record.form_hash == german.content_hash
    finally:
        ws.close()


def test_a_form_is_offered_in_the_language_triad_speaks(demo_copy: Path, tmp_path: Path) -> None:
    """The merge of issue 19's parts: without --form-language the CLI takes the language it
    speaks (LANG, --language); the app's dialogs start in the app's language."""
    ws = Workspace.open(demo_copy, PASS)
    code = ws.cases.list()[0].code
    ws.close()
    out = tmp_path / "form.pdf"
    german = {"TRIAD_PASSPHRASE": PASS, "LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "",
              "LC_MESSAGES": ""}
    done = cli("report", "consent-form", str(demo_copy), code, "--form", "triad-agreement",
               "-o", str(out), env=german, now=DEMO_NOW)
    assert done.code == 0, done.err
    assert "Triadenvereinbarung" in pdf_text(out.read_bytes())
    done = cli("report", "consent-form", str(demo_copy), code, "--form", "triad-agreement",
               "--language", "en", "-o", str(out), env=german, now=DEMO_NOW)
    assert done.code == 0, done.err
    assert "Triadenvereinbarung" not in pdf_text(out.read_bytes())
