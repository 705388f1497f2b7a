"""Issue 19: ``triad-cli report-language VAULT [--set LANG]`` and the language a report is
printed in: ``--language`` > the practice's setting > the command line's language."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH = ENV | {"LANG": "C.UTF-8"}
GERMAN = ENV | {"LANG": "de_DE.UTF-8"}


def first_page(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_practice_setting_decides_and_language_overrides_it(demo_copy: Path,
                                                                tmp_path: Path) -> None:
    v = str(demo_copy)
    shown = cli("report-language", v, env=ENGLISH, now=DEMO_NOW)
    assert shown.code == 0, shown.err
    assert "the language of the program using it" in shown.out  # an old vault: no setting
    made = cli("report-language", v, "--set", "de", env=ENGLISH, now=DEMO_NOW)
    assert made.code == 0 and "now in German" in made.out, made.err
    assert "Deutsch" in cli("report-language", v, env=GERMAN, now=DEMO_NOW).out

    # no --language: the practice's German, though the command line speaks English
    audit = tmp_path / "audit.pdf"
    done = cli("report", "audit", v, "-o", str(audit), env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0 and "Wrote" in done.err, done.err  # its own line stays English
    text = first_page(audit)
    assert "Bericht der Einwilligungsprüfung" in text and "Consent audit report" not in text
    # --language en overrides the practice's setting, for every document
    done = cli("report", "audit", v, "-o", str(audit), "--language", "en", env=GERMAN,
               now=DEMO_NOW)
    assert done.code == 0, done.err
    text = first_page(audit)
    assert "Consent audit report" in text and "Bericht der Einwilligungsprüfung" not in text
    card = tmp_path / "card.pdf"
    done = cli("report", "client-card", v, "C-2026-001", "-o", str(card), "--language", "en",
               env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0 and "Your card" in first_page(card), done.err
    done = cli("report", "client-card", v, "C-2026-001", "-o", str(card), env=ENGLISH,
               now=DEMO_NOW)
    assert done.code == 0 and "Ihre Karte" in first_page(card), done.err
    form = tmp_path / "form.pdf"  # a form to sign: its text in the practice's language
    done = cli("report", "consent-form", v, "C-2026-001", "--form", "triad-agreement", "-o",
               str(form), env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0 and "Triadenvereinbarung" in first_page(form), done.err
    done = cli("report", "consent-form", v, "C-2026-001", "--form", "triad-agreement", "-o",
               str(form), "--form-language", "en", env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0 and "Triad agreement" in first_page(form), done.err
    register = tmp_path / "register.pdf"
    done = cli("report", "disposals", v, "-o", str(register), env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0 and "Vernichtungsverzeichnis" in first_page(register), done.err
    done = cli("report", "disposals", v, "-o", str(register), "--language", "en", env=ENGLISH,
               now=DEMO_NOW)
    assert done.code == 0 and "Disposal register" in first_page(register), done.err


def test_only_a_therapist_sets_it(demo_copy: Path) -> None:
    v = str(demo_copy)
    refused = cli("report-language", v, "--set", "de", "--member", "Jonas Berg", env=ENGLISH,
                  now=DEMO_NOW)
    assert refused.code == 2
    assert "Only a therapist sets the practice's language for printed documents" in refused.err
    assert "Ask a therapist" in refused.err
    german = cli("report-language", v, "--set", "de", "--member", "Dr Amara Okafor",
                 env=GERMAN, now=DEMO_NOW)
    assert german.code == 2 and "Nur eine Therapeut:in" in german.err
    bad = cli("report-language", v, "--set", "fr", env=ENGLISH, now=DEMO_NOW)
    assert bad.code == 2
    unchanged = cli("report-language", v, env=ENGLISH, now=DEMO_NOW)
    assert "the language of the program using it" in unchanged.out
