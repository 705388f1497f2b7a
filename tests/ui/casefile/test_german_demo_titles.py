"""Issue 19: a consent record is called by the title of the form version it was signed on --
the German demo's clients signed the German forms, so its Consent tab lists
"Triadenvereinbarung", not the English form's title -- and a form named in a sentence is
named in the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DEMO_NOW, DEMO_PASS, DEMO_TODAY
from tests.stopped_clock import stopped_at
from tests.ui.casefile.test_consent_tab import _cell, _click_row, _tab
from triad import demo, i18n
from triad.messages import form_title
from triad.workspace import Workspace

FORM = 2  # the Consent tab's form column


@pytest.fixture(scope="module")
def german_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-de") / "demo.triad"
    demo.build(path, DEMO_PASS, today=DEMO_TODAY, language="de").close()
    return path


@pytest.fixture
def ws(german_demo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    import triad.workspace

    monkeypatch.setattr(triad.workspace, "datetime", stopped_at(DEMO_NOW))
    w = Workspace.open(german_demo, DEMO_PASS)
    yield w
    w.close()


def test_the_consent_tab_names_each_record_by_its_signed_form(qtbot: QtBot, ws: Workspace) -> None:
    """The English app on the German demo: each record under the form's English title, with
    the language of the version the client signed ("Triad agreement (German version 2)"); the
    signed text itself stays German."""
    tab = _tab(qtbot, ws, "C-2026-001")
    cells = [_cell(tab, r, FORM) for r in range(tab.model.rowCount())]
    assert {c.split(" (")[0] for c in cells} == {
        "Informed consent to surrogate partner therapy", "Release of information",
        "Triad agreement"}
    assert all("(German version " in c for c in cells), cells
    triad = next(r for r, c in enumerate(cells) if c.startswith("Triad agreement"))
    _click_row(qtbot, tab, triad)
    assert tab.detail.toPlainText().startswith("Triad agreement (German version ")


def test_a_form_in_a_sentence_is_named_in_the_language_spoken() -> None:
    assert form_title("triad-agreement") == "Triad agreement"
    with i18n.speaking("de"):
        assert form_title("triad-agreement") == "Triadenvereinbarung"
        assert form_title("no-such-form") == "no-such-form"
