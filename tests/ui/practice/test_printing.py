"""Issue 19: the Practice dialog's "Printed documents" page sets the practice's language for
printed documents (``vault.report_language``); the Reports tab's documents follow it."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad import i18n
from triad.log.kinds import Kind
from triad.workspace import Workspace
from ui.ops import Ops
from ui.practice.dialog import PracticeDialog

THERAPIST, SURROGATE, SUPERVISOR = "Dr Maren Holt", "Jonas Berg", "Dr Amara Okafor"


@pytest.fixture
def opened(demo_copy: Path) -> Iterator[Callable[[str], Workspace]]:
    spaces: list[Workspace] = []

    def open_(who: str) -> Workspace:
        spaces.append(open_as(demo_copy, who))
        return spaces[-1]

    yield open_
    for ws in spaces:
        ws.close()


def _page(qtbot: QtBot, ws: Workspace) -> PracticeDialog:
    d = PracticeDialog(ws, Ops(synchronous=True), str(ws.vault.folder))
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.printing)
    return d


def _pick(qtbot: QtBot, d: PracticeDialog, value: str) -> None:
    """Choose from the list with the keyboard, as a person would, then "Use this language"."""
    box = d.printing.language
    box.setFocus()
    before = len(d.ws.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'"))
    target = box.findData(value)
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)
    # nothing is recorded while moving through the list
    assert len(d.ws.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'")) == before
    assert d.printing.apply.isEnabled()
    qtbot.mouseClick(d.printing.apply, Qt.MouseButton.LeftButton)
    assert not d.printing.apply.isEnabled()  # the setting is what the list shows


def test_a_therapist_sets_german_and_the_reports_follow(qtbot: QtBot,
                                                        opened: Callable[[str], Workspace]) -> None:
    ws = opened(THERAPIST)
    d = _page(qtbot, ws)
    box = d.printing.language
    assert box.isEnabled() and box.currentData() == "system"  # the demo has no setting
    assert [box.itemText(i) for i in range(box.count())][1:] == ["English", "Deutsch"]
    assert not d.printing.why_not.isVisible() and not d.printing.apply.isEnabled()
    _pick(qtbot, d, "de")
    assert ws.report_language.setting() == "de"
    assert "Deutsch" in d.notice.text()
    entries = ws.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'")
    assert [e.body for e in entries] == [{"language": "de"}]
    with i18n.speaking("en"):  # the app speaks English; the practice prints in German
        pdf = ws.reports.progress(ws.cases.list()[0].case_id)
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Verlaufsbericht" in first and "Progress summary" not in first
    _pick(qtbot, d, "system")
    assert ws.report_language.setting() == "system"
    d.close()
    again = _page(qtbot, ws)  # shown as recorded when the dialog opens again
    assert again.printing.language.currentData() == "system"


@pytest.mark.parametrize("who", [SURROGATE, SUPERVISOR])
def test_others_see_it_and_are_told_who_sets_it(qtbot: QtBot,
                                                opened: Callable[[str], Workspace],
                                                who: str) -> None:
    therapist = opened(THERAPIST)
    therapist.report_language.set("de")
    ws = opened(who)
    d = _page(qtbot, ws)
    box = d.printing.language
    assert box.currentData() == "de" and not box.isEnabled() and not d.printing.apply.isEnabled()
    assert "Only a therapist" in box.toolTip() and "Ask a therapist" in box.toolTip()
    assert d.printing.why_not.isVisible() and d.printing.why_not.text() == box.toolTip()


def test_forms_to_sign_are_offered_first_in_the_practice_s_language(
        opened: Callable[[str], Workspace]) -> None:
    from ui.casefile.consent.printing import default_form_language

    ws = opened(THERAPIST)
    with i18n.speaking("en"):
        assert default_form_language(ws) == "en"  # no setting: the app's language
        ws.report_language.set("de")
        assert default_form_language(ws) == "de"
        assert default_form_language() == "en"  # without the vault: the app's


def test_the_reports_tab_prints_in_the_practice_s_language(
        qtbot: QtBot, opened: Callable[[str], Workspace]) -> None:
    """The app speaks English; the practice prints in German: the Reports tab's progress
    summary and audit report come out German (the tab's own words stay English)."""
    from tests.ui.casefile.test_reports_tab import _choose, _text
    from tests.ui.casefile.test_reports_tab import _tab as reports_tab

    ws = opened(THERAPIST)
    ws.report_language.set("de")
    with i18n.speaking("en"):
        tab = reports_tab(qtbot, ws)
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        text = _text(tab.preview.data())
        assert "Verlaufsbericht" in text and "Progress summary" not in text
        _choose(qtbot, tab, "audit")
        qtbot.mouseClick(tab.generate, Qt.MouseButton.LeftButton)
        text = _text(tab.preview.data())
        assert "Bericht der Einwilligungsprüfung" in text and "Consent audit report" not in text
        assert tab.generate.text() == "&Generate"
