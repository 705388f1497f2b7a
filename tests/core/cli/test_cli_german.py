"""Issue 19: ``LANG=de_DE.UTF-8 triad-cli show …`` and ``report progress … --language de`` in
German, through the one catalogue (ui/data/i18n/triad_de.ts read without Qt)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
GERMAN = ENV | {"LANG": "de_DE.UTF-8"}
ENGLISH = ENV | {"LANG": "C.UTF-8"}


def test_show_and_cases_speak_german_under_a_german_locale(demo_path: Path) -> None:
    v = str(demo_path)
    cases = cli("cases", v, env=GERMAN, now=DEMO_NOW)
    assert cases.code == 0, cases.err
    head, *rows = cases.out.strip().splitlines()
    assert head.split() == ["KENNUNG", "STATUS", "PHASE", "FÄLLIG"]
    assert any("aktiv" in r for r in rows) and any("pausiert" in r for r in rows)
    shown = cli("show", v, "C-2026-001", env=GERMAN, now=DEMO_NOW)
    assert shown.code == 0, shown.err
    out = shown.out
    for heading in ("Fall C-2026-001", "Einwilligung", "Jetzt gültig:", "Ziele", "Messungen",
                    "Sitzungen:", "Als Nächstes:", "Triade: Therapeut:in", "Rechtsgrundlage"):
        assert heading in out, heading
    assert re.search(r"Eröffnet: \d\d\.\d\d\.\d{4}", out)  # 11.04.2026, not 2026-04-11
    assert re.search(r"Surrogatsitzung: \d+ \(\d+,\d h\)", out)  # a decimal comma
    for english in ("Consent", "In force now", "Next:", "Sessions:", "Opened:"):
        assert english not in out, english


def test_language_option_beats_the_locale(demo_path: Path) -> None:
    english = cli("--language", "en", "show", str(demo_path), "C-2026-001", env=GERMAN,
                  now=DEMO_NOW)
    assert english.code == 0 and "In force now:" in english.out and "Einwilligung" not in english.out
    german = cli("show", str(demo_path), "C-2026-001", "--language", "de", env=ENGLISH,
                 now=DEMO_NOW)
    assert german.code == 0 and "Jetzt gültig:" in german.out


def test_errors_and_help_speak_german(demo_path: Path) -> None:
    missing = cli("show", str(demo_path), "C-1999-999", env=GERMAN, now=DEMO_NOW)
    assert missing.code != 0
    english = cli("show", str(demo_path), "C-1999-999", env=ENGLISH, now=DEMO_NOW)
    assert missing.err != english.err and missing.err.startswith("triad-cli: ")
    helped = cli("--help", env=GERMAN)
    assert "verschlüsselte Fallakten" in helped.out


def test_the_progress_summary_in_german(demo_copy: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "verlauf.pdf"  # its disclosure is recorded: a copy of the demo
    made = cli("report", "progress", str(demo_copy), "C-2026-001", "-o", str(out),
               "--language", "de", env=ENGLISH, now=DEMO_NOW)
    assert made.code == 0, made.err
    assert "geschrieben" in made.err  # "… geschrieben (55 KiB)."
    pages = PdfReader(out).pages
    text = pages[0].extract_text() + pages[1].extract_text()
    for heading in ("Verlaufsbericht", "Phasen: geplant und durchgeführt", "Ziele",
                    "SUDS vor und nach jeder Surrogatsitzung", "Seite 1 von", "VERTRAULICH"):
        assert heading in text, heading
    assert re.search(r"\d\d\.\d\d\.\d{4} bis \d\d\.\d\d\.\d{4}", text)
    assert "Progress summary" not in text and "Phases: planned and held" not in text
