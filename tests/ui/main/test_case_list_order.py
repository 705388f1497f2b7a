"""The case list sorts its words in dictionary order (issue 19: "sorting follows the locale"):
German phase titles with umlauts sit beside their base letter (DIN 5007-1, ``triad.i18n
.sort_key``), not after "Z" as code points have them; the Findings column sorts by number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.main.test_german import catalogue, german  # noqa: F401 (fixtures)
from ui.cases.model import CaseRow
from ui.cases.panel import CaseListPanel

PHASES = ("Übungen zur Nähe", "Zärtlichkeit", "Atmung", "Körperbild", "Kommunikation", "Ölbild")


def _panel(qtbot: QtBot) -> CaseListPanel:
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    panel.show_findings(True)
    rows = [CaseRow(case_id=f"id{i}", code=f"C-2026-{i:03d}", status="active", phase=phase,
                    due="", findings=(2, 10, 0, 1, 3, 0)[i])
            for i, phase in enumerate(PHASES)]
    panel.set_rows(rows, can_open=True)
    return panel


def _column(panel: CaseListPanel, n: int) -> list[str]:
    return [str(panel.proxy.index(r, n).data(Qt.ItemDataRole.DisplayRole) or "")
            for r in range(panel.proxy.rowCount())]


def test_phase_titles_sort_in_dictionary_order(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert _column(panel, 2) == ["Atmung", "Kommunikation", "Körperbild", "Ölbild",
                                 "Übungen zur Nähe", "Zärtlichkeit"]
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _column(panel, 2)[0] == "Zärtlichkeit"


def test_findings_sort_by_their_number(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    counts = [panel.model.rows[panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()].findings
              for r in range(panel.proxy.rowCount())]
    assert counts == [10, 3, 2, 1, 0, 0]


def test_the_shortcuts_list_sorts_in_dictionary_order(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QWidget

    from ui.main.help import shortcut_rows

    window = QWidget()
    qtbot.addWidget(window)
    for n, text in enumerate(("Zurück", "Übersicht", "Agenda", "Öffnen…")):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
    assert [what for _keys, what in shortcut_rows(window)] == [
        "Agenda", "Öffnen", "Übersicht", "Zurück"]


@pytest.mark.usefixtures("german")
def test_the_findings_column_has_a_short_header_in_german(qtbot: QtBot) -> None:
    """„Feststellungen“ made the column twice as wide as „2 · erheblich“ and the Next due
    column wrapped onto six lines at 1366x768; „Prüfung“ (the Audit tab's name) is short, and
    the header's tip says what the column counts."""
    panel = _panel(qtbot)
    header = panel.model.headerData(4, Qt.Orientation.Horizontal)
    tip = panel.model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Prüfung" and tip.startswith("Offene Feststellungen")
