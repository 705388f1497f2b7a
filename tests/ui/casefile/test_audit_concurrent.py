"""The concurrent-therapy setting on the Audit tab's settings page (issue 16): the supervisor
sets it, the therapist reads it; the rule's findings show in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.casefile.test_audit_tab import (  # noqa: F401 (the fixture)
    SUPERVISOR,
    THERAPIST,
    case4,
    make_tab,
    open_page,
    opened,
)
from ui.casefile.audit.words import rule_words


def test_supervisor_sets_the_concurrent_therapy_days(qtbot: QtBot, demo_copy: Path, opened) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ws = opened(demo_copy, SUPERVISOR)
    case_id = case4(ws)
    tab = make_tab(qtbot, ws, case_id)
    open_page(qtbot, tab, 2)
    page = tab.settings_page
    assert page.concurrent_days.value() == 21 and not page.concurrent_days.isReadOnly()
    assert "concurrent therapy" in page.concurrent_days.toolTip()
    # C-2026-004's therapist sessions are a fortnight apart: 10 days finds the gaps between
    page.concurrent_days.setValue(10)
    assert tab.save_settings.isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.save_settings, Qt.MouseButton.LeftButton)
    assert ws.audit.settings().concurrent_days == 10
    found = [f for f in ws.audit.run(case_id).findings if f.rule_id == "therapy.not-concurrent"]
    assert found and all(f.severity == "major" for f in found)
    assert rule_words("therapy.not-concurrent") == "Surrogate session without concurrent therapy"
    mine = make_tab(qtbot, opened(demo_copy, THERAPIST), case_id)
    other = mine.settings_page
    assert other.concurrent_days.value() == 10 and other.concurrent_days.isReadOnly()
