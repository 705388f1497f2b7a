"""The German app's tables keep their words whole (issue 19): a wrapping column of the case
list at 1366x768 is never narrower than its longest word, so "Nachbesprechung" and
"Dreiergespräch" wrap between words and are never shown as "Nachbes…"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.main.test_german import _laptop, catalogue, german  # noqa: F401 (fixtures)
from tests.ui.main.test_laptop_screen import settled
from triad import demo
from ui.ops import Ops
from ui.settings import Settings


def words_cut(table: QTableView) -> list[str]:
    """The words of ``table``'s wrapping (stretching) columns wider than their column's room
    for text: Qt elides such a word ("Nachbes…") however tall the row grows."""
    header, model = table.horizontalHeader(), table.model()
    metrics = table.fontMetrics()
    frame = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    margin = 2 * (frame + 1)  # the item delegate's text margins, each side
    cut = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column) or \
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            continue
        room = header.sectionSize(column) - margin
        for row in range(model.rowCount()):
            for word in str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "").split():
                if metrics.horizontalAdvance(word) > room:
                    cut.append(f"{word!r} ({metrics.horizontalAdvance(word)} > {room} px)")
    return cut


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_word_of_the_german_case_list_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    table = w.main.cases.table
    assert w.main.tabs.tabText(0) == "Ü&bersicht"
    qtbot.waitUntil(lambda: not w.main.cases.model.pending, timeout=5000)
    assert settled(qtbot, table) == []
    assert words_cut(table) == []
    # the case tabs beside the list keep the rest of the window
    assert w.main.tabs.width() >= 0.55 * w.width(), (w.main.tabs.width(), w.width())
    w.close()
