"""The Records window and the Overview say why a closed case is kept longer than the practice's
figure: its client signed the German informed-consent form, which promises ten years
(issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.core.casefile.test_form_retention import german_practice
from tests.core.practice import Practice, make_practice
from ui.casefile.overview.tab import OverviewTab
from ui.records.dialog import RecordsDialog


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)


def closed(p: Practice) -> Practice:
    p.t.cases.change_status(p.case, "closing", at="2026-03-19T09:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00")
    return p


@pytest.fixture
def de(tmp_path: Path) -> Iterator[Practice]:
    p = closed(german_practice(tmp_path / "de"))
    yield p
    p.close()


def test_the_records_window_shows_the_promised_end_and_why(qtbot: QtBot, de: Practice) -> None:
    de.t.clock = lambda: at("2033-03-20")  # the practice's 7 years are over, the form's 10 not
    d = RecordsDialog(de.t)
    qtbot.addWidget(d)
    cell = d.model.index(0, 3)
    assert cell.data() == "2036-03-20 (signed form: 10 years)"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Kept until 2036-03-20: the signed form \u201c")
    assert "(German version 2) promises 10 years after the last service" in tip
    assert "would end it on 2033-03-20" in tip
    assert d.model.index(0, 4).data() == "kept"
    assert "the German forms 10" in d.settings.text()
    assert not d.dispose.isEnabled()


def test_the_overview_names_the_signed_form(qtbot: QtBot, de: Practice) -> None:
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_case(de.t, de.case)
    assert "Kept until 2036-03-20 (the signed form promises 10 years)" in tab.status.text()
    assert "(German version 2) promises 10 years" in tab.status.toolTip()


def test_an_english_signed_case_has_no_reason(qtbot: QtBot, tmp_path: Path) -> None:
    p = closed(make_practice(tmp_path / "en"))
    d = RecordsDialog(p.t)
    qtbot.addWidget(d)
    assert d.model.index(0, 3).data() == "2033-03-20"
    assert d.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) is None
    p.close()
