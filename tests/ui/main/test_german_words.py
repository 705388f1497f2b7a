"""The German app's tables never cut a word short (issue 19): a word wider than its wrapping
column in the case list at 1366x768 ("Nachbesprechung", "Dreiergespräch") is broken with a
hyphen where it must be, never shown as "Nachbes…"."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.main.test_german import _laptop, catalogue, german  # noqa: F401 (fixtures)
from tests.ui.main.test_laptop_screen import settled
from triad import demo
from ui.ops import Ops
from ui.settings import Settings
from ui.widgets.wordbreak import SOFT_HYPHEN, ZERO_WIDTH_SPACE, breakable, syllables


def words_cut(table: QTableView) -> list[str]:
    """The words of ``table``'s wrapping (stretching) columns that Qt would elide: a piece of a
    word that cannot be broken (between the soft hyphens its delegate gives it) wider than
    the column's room for text, with the hyphen shown where it breaks."""
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
        delegate = table.itemDelegateForIndex(model.index(0, column))
        for row in range(model.rowCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            option.rect = table.visualRect(index)
            option.widget = table
            option.font = table.font()
            option.fontMetrics = metrics
            delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
            for word in option.text.split():
                for part in word.split(ZERO_WIDTH_SPACE):
                    pieces = part.split(SOFT_HYPHEN)
                    for n, piece in enumerate(pieces):
                        shown = piece + ("-" if n < len(pieces) - 1 else "")
                        if metrics.horizontalAdvance(shown) > room:
                            cut.append(f"{word!r} ({metrics.horizontalAdvance(shown)} > {room} px)")
    return cut


def test_syllables_break_where_a_german_reader_expects() -> None:
    def parts(word: str) -> str:
        cuts = [0, *syllables(word), len(word)]
        return "-".join(word[a:b] for a, b in itertools.pairwise(cuts))

    assert [parts(w) for w in ("Nachbesprechung", "Dreiergespräch", "Unterschrift",
                               "durchsehen", "assessment", "Einwilligungsfähigkeit")] == [
        "Nach-be-spre-chung", "Dreier-ge-spräch", "Un-ter-schrift", "durch-se-hen",
        "as-sess-ment", "Ein-wil-li-gungs-fä-hig-keit"]


def test_a_word_wider_than_its_room_gets_soft_hyphens(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    metrics = table.fontMetrics()
    room = metrics.horizontalAdvance("Nachbes")
    broken = breakable("Nachbesprechung vom 04.12.2026 durchsehen", room, metrics)
    assert broken.replace(SOFT_HYPHEN, "").replace(ZERO_WIDTH_SPACE, "") == \
        "Nachbesprechung vom 04.12.2026 durchsehen"  # the text itself unchanged
    assert broken.split()[0].split(SOFT_HYPHEN) == ["Nach", "be", "spre", "chung"]
    assert broken.split()[1] == "vom"  # a short word as it is
    assert broken.split()[2] == "04.12.\u200b2026"  # a date before its year, no hyphen
    assert breakable("Sitzung", 500, metrics) == "Sitzung"  # a word that fits is never broken


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_word_of_the_german_case_list_is_cut_short(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    table = w.main.cases.table
    assert w.main.tabs.tabText(0) == "&Übersicht"  # (German, its own accelerator)
    qtbot.waitUntil(lambda: not w.main.cases.model.pending, timeout=5000)
    assert settled(qtbot, table) == []
    assert words_cut(table) == []
    # the case tabs beside the list keep the rest of the window
    assert w.main.tabs.width() >= 0.55 * w.width(), (w.main.tabs.width(), w.width())
    w.close()
