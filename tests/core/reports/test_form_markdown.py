"""The blank forms print their Markdown as typography, never as literal markers, and neither a
form text nor a value filled into it can inject Paragraph markup."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_NOW
from tests.conftest import DEMO_PASS as PASS
from tests.core.conftest import cli
from triad.casefile import forms
from triad.reports.common import FONT_ITALIC, markdown


def _text(data: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def _fonts(data: bytes) -> set[str]:
    found: set[str] = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


@pytest.mark.parametrize("form_id", [f.form_id for f in forms.forms()])
def test_blank_form_pdf_renders_the_markdown(form_id: str, demo_copy: Path, tmp_path: Path) -> None:
    """`triad-cli report consent-form` prints every form with no `*`, `**` or `_` left over, and
    the emphasised words are there, in italic or bold type."""
    out = tmp_path / f"{form_id}.pdf"
    r = cli("report", "consent-form", str(demo_copy), "C-2026-001", "--form", form_id, "-o", str(out),
            env={"TRIAD_PASSPHRASE": PASS}, now=DEMO_NOW)
    assert r.code == 0, r.err
    data = out.read_bytes()
    text = _text(data)
    assert "*" not in text and "_" not in text and "{" not in text and "#" not in text, text
    form = forms.form(form_id)
    for line in form.text.splitlines():  # every heading is printed, without its hashes
        if line.startswith("## "):
            assert line[3:] in text
    if form_id == "informed-consent":
        assert "It works as a triad of three people" in text
        assert any(FONT_ITALIC in f for f in _fonts(data)), _fonts(data)
        assert "You, the client. You set the pace." in text
    if form_id == "triad-agreement":
        assert "one that means pause" in text


def _markup(flowables: list[object]) -> list[str]:
    return [str(getattr(f, "text", "")) for f in flowables]


def test_markdown_emphasis_headings_and_lists() -> None:
    out = markdown("# Title\n\nA *soft* and **firm** _word_, a snake_case name and 2 * 3 * 4.\n\n"
                   "## Part\n\n- **One**: first\n- two\n\n1. first\n2. second\n", {}, skip_title="Title")
    assert _markup(out)[0] == ("A <i>soft</i> and <b>firm</b> <i>word</i>, a snake_case name and "
                               "2 * 3 * 4.")
    assert _markup(out)[1] == "Part"
    kinds = [type(f).__name__ for f in out]
    assert kinds == ["Paragraph", "Paragraph", "ListFlowable", "ListFlowable"]


def test_neither_the_text_nor_a_value_injects_markup() -> None:
    values = {"practice_name": "*Star* <b>Clinic</b> & Co", "client_code": "C_1_"}
    out = markdown("At {practice_name} for {client_code}: <font size=40>big</font> &amp; "
                   "**{practice_name}**", values)
    (para,) = _markup(out)
    assert para == ("At *Star* &lt;b&gt;Clinic&lt;/b&gt; &amp; Co for C_1_: "
                    "&lt;font size=40&gt;big&lt;/font&gt; &amp;amp; "
                    "<b>*Star* &lt;b&gt;Clinic&lt;/b&gt; &amp; Co</b>")
