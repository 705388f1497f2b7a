"""Dates in the German app (issue 19): every table, label and date input of every tab writes
dates as Germans do ("23.11.2026", "23.11.2026 14:30"), never ISO; the English app keeps the
ISO form it always showed; and the case list sorted by Next due sorts by the date, not by the
German words ("09.12.2026" after "23.11.2026")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QTableView, QTabWidget, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.main.test_german import _laptop, catalogue, german  # noqa: F401 (fixtures)
from tests.ui.main.test_walkthrough import _pick
from triad import demo
from ui.cases.model import CaseRow
from ui.cases.panel import CaseListPanel
from ui.ops import Ops
from ui.settings import Settings
from ui.widgets import form

ISO = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.mark.usefixtures("german")
def test_a_clinical_time_follows_the_language() -> None:
    assert form.clinical_minutes("2026-11-23T14:30") == "23.11.2026 14:30"
    assert form.clinical_minutes("2026-11-23") == "23.11.2026"
    assert form.clinical_day("2026-12-09T10:00") == "09.12.2026"
    assert form.clinical_minutes(None) == form.clinical_day("") == ""
    assert form.day_format() == "dd.MM.yyyy" and form.minutes_format() == "dd.MM.yyyy HH:mm"


def test_the_english_app_keeps_the_iso_form() -> None:
    assert form.clinical_minutes("2026-11-23T14:30:00") == "2026-11-23 14:30"
    assert form.clinical_day("2026-12-09T10:00") == "2026-12-09"
    assert form.day_format() == "yyyy-MM-dd"


def iso_dates(root: QWidget) -> list[str]:
    """The ISO dates a person sees in ``root``: labels, text views, tables' cells and headers'
    neighbours, and date inputs not showing the German form."""
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and ISO.search(label.text()):
            found.append(f"label {label.text()!r}")
    for view in root.findChildren(QTextBrowser):
        if view.isVisibleTo(root) and ISO.search(view.toPlainText()):
            found.append(f"text {ISO.findall(view.toPlainText())[:3]}")
    for table in root.findChildren(QTableView):
        model = table.model()
        if not table.isVisibleTo(root) or model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
                if ISO.search(text):
                    found.append(f"table {table.accessibleName()}: {text!r}")
    for edit in root.findChildren(QDateEdit):
        if edit.isVisibleTo(root) and not edit.displayFormat().startswith("dd.MM.yyyy"):
            found.append(f"date input {edit.accessibleName()} ({edit.displayFormat()})")
    return found


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("who", [demo.THERAPIST, demo.SUPERVISOR])
def test_no_tab_shows_an_iso_date_in_german(
        qtbot: QtBot, demo_path: Path, ops: Ops, settings: Settings, who: str) -> None:
    w = _laptop(qtbot, demo_path, ops, settings, who)
    qtbot.waitUntil(lambda: not w.main.cases.model.pending, timeout=5000)
    found: dict[str, list[str]] = {}
    if cut := iso_dates(w.main.cases):
        found["case list"] = cut
    _pick(w, "C-2026-001")
    seen = []
    for i in range(w.main.tabs.count()):
        w.main.tabs.setCurrentIndex(i)
        tab = w.main.tabs.widget(i)
        inner = tab.findChild(QTabWidget)
        for j in range(inner.count() if inner is not None else 1):
            if inner is not None:
                inner.setCurrentIndex(j)
            qtbot.wait(20)
            where = w.main.tabs.tabText(i).replace("&", "")
            if inner is not None:
                where += " / " + inner.tabText(j).replace("&", "")
            seen.append(where)
            if cut := iso_dates(tab):
                found[where] = cut
    assert len(seen) >= 6
    assert found == {}, "\n".join(f"{k}: {sorted(set(v))[:6]}" for k, v in found.items())
    w.close()


@pytest.mark.usefixtures("german")
def test_next_due_sorts_by_the_date_in_german(qtbot: QtBot) -> None:
    panel = CaseListPanel()
    qtbot.addWidget(panel)
    rows = [CaseRow("a", "C-1", "active", "—", "Sitzung 09.12.2026 10:00", due_at="2026-12-09T10:00"),
            CaseRow("b", "C-2", "active", "—", "Nachbesprechung vom 23.11.2026 durchsehen",
                    due_at="2026-11-23"),
            CaseRow("c", "C-3", "active", "—", "Sitzung 23.11.2026 16:00", due_at="2026-11-23T16:00"),
            CaseRow("d", "C-4", "active", "—", "")]
    panel.model.set_rows(rows)
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert shown == ["C-2", "C-3", "C-1", "C-4"]  # by the day, nothing due last
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the other columns by their text
    assert [panel.proxy.index(r, 0).data() for r in range(4)] == ["C-1", "C-2", "C-3", "C-4"]
