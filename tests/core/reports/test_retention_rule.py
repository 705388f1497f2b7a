"""One sentence for the practice's retention rule (issue 19): ``triad-cli retention`` and the
disposal register print the same words, from one function that takes the language
explicitly, in English and in German."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli
from tests.core.reports.test_reports import pdf_text
from triad import i18n
from triad.casefile.retention import RetentionSettings
from triad.reports.register import disposal_register
from triad.reports.retention_rule import settings_words
from triad.workspace import Workspace

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS}


def test_the_rule_speaks_the_language_it_is_given() -> None:
    defaults = RetentionSettings(7, 3, "", False)
    english = settings_words(defaults, 18, language=i18n.ENGLISH)
    german = settings_words(defaults, 18, language=i18n.GERMAN)
    assert english.startswith("Closed cases are kept 7 years after the last service")
    assert "program's defaults" in english
    assert german.startswith("Abgeschlossene Fälle werden 7 Jahre nach Abschluss der Behandlung")
    assert "Standardwerte des Programms" in german and "APA" in german
    one = settings_words(RetentionSettings(1, 1, "BGB § 630f", True), 18, language=i18n.GERMAN)
    assert "1 Jahr nach" in one and one.endswith("Rechtsordnung: BGB § 630f")
    with i18n.speaking(i18n.GERMAN):  # the report's language, when none is given
        assert settings_words(defaults, 18) == german


def test_the_command_line_and_the_register_print_the_same_sentence(demo_copy: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        rule, majority = ws.retention.settings(), ws.retention.age_of_majority()
        pdfs = {lang: " ".join(pdf_text(disposal_register(ws, language=lang)).split())
                for lang in i18n.LANGUAGES}
    finally:
        ws.close()
    for lang, env in ((i18n.ENGLISH, {"LANG": "C.UTF-8"}), (i18n.GERMAN, {"LANG": "de_DE.UTF-8"})):
        sentence = settings_words(rule, majority, language=lang)
        shown = cli("retention", str(demo_copy), env=ENV | env, now=DEMO_NOW)
        assert shown.code == 0, shown.err
        assert sentence in shown.out.splitlines()
        assert sentence in pdfs[lang]
