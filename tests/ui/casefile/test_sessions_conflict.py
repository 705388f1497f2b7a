"""A debrief field amended apart (issue 14, Major 2): the Sessions tab shows both versions side by
side with who wrote each, and the therapist settles the conflict with Settle conflict…"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_sessions_tab import (
    JONAS,
    _case,
    _cell,
    _click,
    _drive,
    _select,
    _tab,
    _type,
    opened,  # noqa: F401  (fixture)
)
from triad.log.kinds import Kind
from triad.workspace import Workspace
from ui.casefile.sessions.settle import SettleDialog

JONAS_WORDS = "Talked about the pace; breathing helped"
TESS_WORDS = "Talked; the client asked to slow down"


def test_a_conflict_shows_both_versions_and_the_therapist_settles_it(
        qtbot: QtBot, opened: Callable[..., Workspace],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    jonas, therapist = opened(JONAS), opened(None)
    case_id = _case(therapist)
    session = jonas.sessions.list(case_id)[-1]
    assert session.debrief is not None
    entry = session.debrief.entry_id
    jonas.amendments.amend(entry, "my wording", {"went_well": JONAS_WORDS})
    # The therapist's amendment as written on a machine that had not yet received Jonas's
    # (it supersedes nothing): the two were made apart.
    therapist.append(Kind.ENTRY_AMENDED, {
        "target_id": entry, "target_kind": "session.debriefed", "reason": "from the phone call",
        "changes": {"went_well": TESS_WORDS}, "supersedes": []}, case_id)

    tab = _tab(qtbot, therapist, case_id)
    row = _select(qtbot, tab, session.session_id)
    assert _cell(tab, row, 6).startswith("⚠ Conflict to settle")  # seen in the list too
    text = tab.detail.toPlainText()
    assert "Conflict: amended apart by two members" in text
    assert JONAS_WORDS in text and TESS_WORDS in text
    assert JONAS in text  # who wrote each version
    assert tab.settle_button.isEnabled()
    if os.environ.get("TRIAD_SCREENSHOTS"):
        tab.resize(1100, 900)
        tab.detail.find("Settle conflict")  # scrolled to the conflict
        bar = tab.detail.verticalScrollBar()
        bar.setValue(bar.value() + 160)
        tab.grab().save(os.path.join(os.environ["TRIAD_SCREENSHOTS"], "conflict.png"))

    def fill(d: SettleDialog) -> None:
        seen["fields"] = [d.field.itemText(i) for i in range(d.field.count())]
        choices = {b.text(): b for b in d.versions_box.findChildren(QRadioButton)
                   if b.isVisible()}
        seen["choices"] = sorted(choices)
        if os.environ.get("TRIAD_SCREENSHOTS"):
            d.grab().save(os.path.join(os.environ["TRIAD_SCREENSHOTS"], "settle.png"))
        _click(qtbot, d.submit_button)  # no reason yet: refused, nothing written
        seen["no reason"] = d.error.text()
        next(b for t, b in choices.items() if t.startswith(JONAS_WORDS)).setChecked(True)
        _type(qtbot, d.reason, "Agreed with Jonas after supervision.")
        _click(qtbot, d.submit_button)

    seen: dict[str, Any] = _drive(monkeypatch, SettleDialog, fill)
    _click(qtbot, tab.settle_button)

    assert seen["fields"] == ["What went well"]
    assert any(c.startswith(JONAS_WORDS) and JONAS in c for c in seen["choices"])
    assert any(c.startswith(TESS_WORDS) for c in seen["choices"])
    assert seen["no reason"] == "Give the reason for the amendment."
    debrief = therapist.sessions.get(session.session_id).debrief
    assert debrief is not None and debrief.went_well == JONAS_WORDS
    assert therapist.amendments.conflicts(entry) == []
    text = tab.detail.toPlainText()
    assert "Conflict" not in text and "Agreed with Jonas after supervision." in text
    assert "Conflict" not in _cell(tab, tab.model.row_of(session.session_id), 6)
    assert not tab.settle_button.isEnabled()


def test_a_measure_amended_apart_is_marked_and_settled(
        qtbot: QtBot, opened: Callable[..., Workspace],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    therapist = opened(None)
    case_id = _case(therapist)
    measure = therapist.measures.list(case_id)[-1]
    therapist.amendments.amend(measure.entry_id, "misread the sheet", {"value": 18})
    therapist.append(Kind.ENTRY_AMENDED, {  # as written on another machine, apart
        "target_id": measure.entry_id, "target_kind": "measure.recorded",
        "reason": "from the paper form", "changes": {"value": 20}, "supersedes": []}, case_id)
    tab = _tab(qtbot, therapist, case_id)
    row = tab.measures_model.find(lambda m: m.entry_id == measure.entry_id)
    value = tab.measures_model.index(row, 2)
    assert str(value.data()).startswith("⚠ ")
    tip = str(value.data(Qt.ItemDataRole.ToolTipRole))
    assert "Conflict: amended apart" in tip and "18" in tip and "20" in tip
    assert not tab.settle_button.isEnabled()  # nothing selected
    tab.measures_table.selectRow(row)
    assert tab.settle_button.isEnabled()

    def fill(d: SettleDialog) -> None:
        assert d.field.itemText(0) == "Value" and not d.other.isVisible()  # chosen, not typed
        next(b for b in d.versions_box.findChildren(QRadioButton) if b.text().startswith("18"))\
            .setChecked(True)
        _type(qtbot, d.reason, "The sheet says 18.")
        _click(qtbot, d.submit_button)

    _drive(monkeypatch, SettleDialog, fill)
    _click(qtbot, tab.settle_button)
    assert [m.value for m in therapist.measures.list(case_id)
            if m.entry_id == measure.entry_id] == [18]
    row = tab.measures_model.find(lambda m: m.entry_id == measure.entry_id)
    assert not str(tab.measures_model.index(row, 2).data()).startswith("⚠")


def test_only_the_therapist_settles(qtbot: QtBot, opened: Callable[..., Workspace]) -> None:  # noqa: F811
    jonas = opened(JONAS)
    case_id = _case(jonas)
    session = jonas.sessions.list(case_id)[-1]
    tab = _tab(qtbot, jonas, case_id)
    _select(qtbot, tab, session.session_id)
    assert not tab.settle_button.isEnabled()
