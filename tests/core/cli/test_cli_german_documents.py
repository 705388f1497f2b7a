"""Issue 19, the German reviewer's commands (revB 1, 7): ``triad-cli report … --language de``
prints no raw status code, and a consent form printed in English for a German practice is one
English sheet, page frame included."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli

GERMAN = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
          "LANG": "de_DE.UTF-8"}


def text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_an_english_form_prints_with_an_english_frame_from_a_german_command(
        demo_copy: Path, tmp_path: Path) -> None:
    form = tmp_path / "form.pdf"
    done = cli("report", "consent-form", str(demo_copy), "C-2026-002", "--form",
               "informed-consent", "--form-language", "en", "--language", "de", "-o", str(form),
               env=GERMAN, now=DEMO_NOW)
    assert done.code == 0, done.err
    sheet = text(form)
    assert "Informed consent to surrogate partner therapy" in sheet
    assert "page 1 of 2" in sheet and "CONFIDENTIAL" in sheet and "Client C-2026-002" in sheet
    assert "Seite" not in sheet and "VERTRAULICH" not in sheet and "Formular" not in sheet


def test_a_record_awaiting_a_signature_in_the_german_progress_summary(
        demo_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "progress.pdf"
    done = cli("report", "progress", str(demo_copy), "C-2026-005", "--language", "de", "-o",
               str(out), env=GERMAN, now=DEMO_NOW)
    assert done.code == 0, done.err
    summary = text(out)
    assert "Triadenvereinbarung (englische Fassung 1)" in summary
    assert "Unterschriften ausstehend" in summary and "awaiting" not in summary
