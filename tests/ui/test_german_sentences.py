"""German sentences the code builds (issue 19, the reviewer's notes): no English phrase, raw
code or lower-cased noun inside a German sentence, each read off the widget with the German
translators installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from tests.ui.main.test_german import catalogue, german  # noqa: F401 (fixtures)
from triad import i18n
from triad.casefile.drafts import DraftKind
from triad.roles import Role
from ui.widgets import drafts


def test_every_phrase_of_the_draft_offer_is_in_the_catalogue(qapp: QApplication) -> None:
    """The phrases were translated through an alias lupdate cannot read: none reached the
    catalogue, and German showed „Sie haben an unfinished debrief …“."""
    english = {drafts.draft_words(kind) for kind in DraftKind} | {drafts.draft_words(None)}
    assert len(english) == len(DraftKind) + 1
    missing = [w for w in english if i18n.translate("DraftDialog", w, language="de") == w]
    assert missing == []


@pytest.mark.usefixtures("german")
def test_the_draft_offer_names_every_kind_of_form_in_german() -> None:
    words = {kind: drafts.draft_words(kind) for kind in DraftKind}
    english = [w for w in words.values() if "unfinished" in w]
    assert english == []
    assert words[DraftKind.DEBRIEF] == "eine unfertige Nachbesprechung"  # accusative, article
    sentence = drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", "2026-11-23T13:05:00Z",
                                     "2026-11-23")
    assert sentence.startswith("Sie haben eine unfertige Nachbesprechung für C-2026-001")


@pytest.mark.usefixtures("german")
def test_the_first_run_offers_the_roles_in_german(qtbot: QtBot) -> None:
    from ui.start.create import CreatePage

    page = CreatePage()
    qtbot.addWidget(page)
    shown = {page.role.itemData(i): page.role.itemText(i) for i in range(page.role.count())}
    assert shown == {Role.THERAPIST.value: "Therapeut:in",
                     Role.SURROGATE.value: "Surrogatpartner:in",
                     Role.SUPERVISOR.value: "Supervisor:in"}


@pytest.mark.usefixtures("german")
def test_the_plan_tab_names_the_case_status_in_german(qtbot: QtBot, demo_copy: Path) -> None:
    from tests.ui.casefile.test_plan_tab import make_tab, new_case

    ws = open_as(demo_copy)
    try:
        case_id = new_case(ws)  # a referral
        ws.plans.from_template(case_id, "default-spt")
        tab = make_tab(qtbot, ws, case_id)
        word = QCoreApplication.translate("Overview", "Referral")
        assert word != "Referral" and f"„{word}“" in tab.note.text()
        assert "referral" not in tab.note.text()
    finally:
        ws.close()


