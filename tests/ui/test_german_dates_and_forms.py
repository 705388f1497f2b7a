"""Issue 19, the German clinical reviewer's notes on the app (revB 6, 8, 10): dates written as
the language writes them inside whole sentences (the draft offer and the note on a form filled
in from a draft), a form signed in English named in German with its language, and a count of
activities in force that reads for one as for many."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_consent_tab import _cell, _tab
from tests.ui.conftest import open_as
from tests.ui.main.test_german import catalogue, german  # noqa: F401 (fixtures)
from triad.casefile.drafts import DraftKind
from triad.clock import utc_to_local_minutes
from ui.casefile.overview.dialogs import GoalDialog
from ui.widgets import drafts

SAVED = "2026-11-23T13:05:00Z"
TIME = utc_to_local_minutes(SAVED)[11:16]  # the machine's time zone decides the hour
DAY = utc_to_local_minutes(SAVED)[:10]
LATER = "2026-11-26"


@pytest.mark.usefixtures("german")
def test_the_draft_offer_says_today_or_the_german_date() -> None:
    today = drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", SAVED, DAY)
    assert today == (f"Sie haben eine unfertige Nachbesprechung für C-2026-001 von heute, "
                     f"{TIME} Uhr.")
    earlier = drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", SAVED, LATER)
    german_day = ".".join(reversed(DAY.split("-")))
    assert earlier == (f"Sie haben eine unfertige Nachbesprechung für C-2026-001 vom "
                       f"{german_day}, {TIME} Uhr.")
    assert DAY not in earlier and "vom " + TIME not in today
    alone = drafts.offer_sentence(DraftKind.GOAL, "", SAVED, LATER)
    assert alone.startswith("Sie haben ") and alone.endswith(f"vom {german_day}, {TIME} Uhr.")


def test_the_draft_offer_in_english() -> None:
    assert drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", SAVED, DAY).endswith(
        f"for C-2026-001 from today, {TIME}.")
    assert drafts.offer_sentence(DraftKind.DEBRIEF, "C-2026-001", SAVED, LATER).endswith(
        f"for C-2026-001 from {DAY}, {TIME}.")


@pytest.mark.usefixtures("german")
def test_a_form_filled_in_from_a_draft_says_when_in_german(
        qtbot: QtBot, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "ask_unsaved", lambda _parent: drafts.Unsaved.KEEP_DRAFT)
    with open_as(demo_copy) as ws:
        case_id = str(ws.cases.list()[0].case_id)
        dialog = GoalDialog(ws, case_id)
        qtbot.addWidget(dialog)
        dialog.description.setText("Ruhig beim Ausziehen")
        dialog.reject()  # kept as a draft, saved now: today, on the demo's clock
        again = GoalDialog(ws, case_id)
        qtbot.addWidget(again)
        note = again.findChild(QLabel, "draft-restored")
        assert note is not None
        assert note.text().startswith("Aus Ihrem ungespeicherten Entwurf von heute, ")
        assert " Uhr, ausgefüllt." in note.text() and "T" not in note.text()[:60]


@pytest.mark.usefixtures("german")
def test_a_form_signed_in_english_is_named_in_german_on_the_consent_tab(
        qtbot: QtBot, demo_path: Path) -> None:
    with open_as(demo_path) as ws:
        tab = _tab(qtbot, ws, "C-2026-003")
        forms = {_cell(tab, r, 2) for r in range(tab.model.rowCount())}
        assert "Triadenvereinbarung (englische Fassung 1)" in forms
        assert "Schweigepflichtentbindung (englische Fassung 2)" in forms
        assert not any(f.startswith(("Triad agreement", "Release of")) for f in forms)
        row = next(r for r in range(tab.model.rowCount())
                   if _cell(tab, r, 2).startswith("Triadenvereinbarung"))
        tab.table.selectRow(row)
        assert tab.detail.toPlainText().startswith("Triadenvereinbarung (englische Fassung 1)")


def test_the_consent_tab_keeps_its_english_words(qtbot: QtBot, demo_path: Path) -> None:
    with open_as(demo_path) as ws:
        tab = _tab(qtbot, ws, "C-2026-003")
        forms = {_cell(tab, r, 2) for r in range(tab.model.rowCount())}
        assert "Triad agreement (version 1)" in forms


@pytest.mark.usefixtures("german")
def test_the_plan_tab_counts_the_activities_in_force_in_german(
        qtbot: QtBot, demo_path: Path) -> None:
    from tests.ui.casefile.test_plan_tab import make_tab

    with open_as(demo_path) as ws:
        tab = make_tab(qtbot, ws, ws.cases.access.resolve("C-2026-001"))
        cells = [str(tab.model.index(r, 3).data(Qt.ItemDataRole.DisplayRole))
                 for r in range(tab.model.rowCount())]
        assert any(c.endswith(" gültig") and " von " in c for c in cells), cells
        assert not any(c.startswith("Alle ") for c in cells)


@pytest.mark.usefixtures("german")
def test_the_overview_names_an_awaited_form_in_german(qtbot: QtBot, demo_path: Path) -> None:
    """C-2026-005's triad agreement (signed on the English text) awaits Jonas's signature:
    the alert's sentence is German, so is the form's name in it."""
    from tests.ui.casefile.test_overview_tab import alerts, case_no, make_tab

    with open_as(demo_path) as ws:
        tab = make_tab(qtbot, ws, case_no(ws, 5))
        said = " ".join(alerts(tab))
        assert "Triadenvereinbarung" in said and "Triad agreement" not in said
