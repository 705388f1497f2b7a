"""A session's hours in the Agenda read "16:00\u201316:50", with an en dash, in English and in
German (issue 19), beside the day as the language writes it in full."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.main.test_agenda import _agenda, _rows, _window
from tests.ui.main.test_german import catalogue, german  # noqa: F401 (fixtures)
from ui.ops import Ops
from ui.settings import Settings

HOURS = re.compile(r"\d\d:\d\d\u2013\d\d:\d\d")


def _hours(qtbot: QtBot, path: Path, ops: Ops, settings: Settings) -> tuple[list[str], str]:
    w = _window(qtbot, path, ops, settings)
    view = _agenda(qtbot, w)
    cells = [r[0] for r in _rows(view)]
    view.set_mode("month")  # the month grid's tooltips name the hours too
    tips = [str(view.grid.item(r, c).toolTip()) for r in range(view.grid.rowCount())
            for c in range(view.grid.columnCount()) if view.grid.item(r, c) is not None]
    w.close()
    return cells, " ".join(tips)


def test_the_agenda_writes_hours_with_an_en_dash(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                                 settings: Settings) -> None:
    cells, tips = _hours(qtbot, demo_copy, ops, settings)
    assert cells and all(HOURS.search(c) for c in cells), cells
    assert not any(re.search(r"\d\d:\d\d-\d\d:\d\d", c) for c in cells)
    assert "16:00\u201316:50" in tips and not re.search(r"\d\d:\d\d-\d\d:\d\d", tips)


@pytest.mark.usefixtures("german")
def test_the_german_agenda_writes_hours_and_days_as_germans_do(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    cells, tips = _hours(qtbot, demo_copy, ops, settings)
    assert cells[0] == "Dienstag, 24. November 2026  16:00\u201316:50", cells
    assert all(HOURS.search(c) for c in cells) and "16:00\u201316:50" in tips
    assert not re.search(r"\d\d:\d\d-\d\d:\d\d", " ".join(cells) + tips)
