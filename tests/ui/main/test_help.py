"""Ctrl+Q quits; the Help menu: About, Keyboard shortcuts (built from the window's actions),
Where your data lives (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.main.test_find_client import _window
from ui.ops import Ops
from ui.settings import Settings


def test_ctrl_q_closes_the_window_and_locks(qtbot: QtBot, demo_copy: Path, ops: Ops,
                                             settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    qtbot.keyClick(w.main.cases.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible())
    assert w.workspace is None  # closing locked the vault


def test_the_shortcuts_dialog_lists_the_keys_the_window_has(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    assert w.main.help_menu.actions()[:3] == [w.main.about_action, w.main.shortcuts_action,
                                              w.main.data_action]
    dialog = w.main.shortcuts_dialog()
    qtbot.addWidget(dialog)
    keys = dialog.keys()  # type: ignore[attr-defined]
    for expected in ("Ctrl+F", "Ctrl+E", "Ctrl+N", "Ctrl+L", "Ctrl+Q", "F1"):
        assert expected in keys, keys
    rows = dict(zip(keys, (dialog.table.item(r, 1).text()  # type: ignore[attr-defined]
                           for r in range(len(keys))), strict=True))
    assert rows["Ctrl+F"] == "Find a client" and rows["Ctrl+L"] == "Lock the vault"
    w.close()


def test_where_your_data_lives_names_three_paths_and_no_name(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, tmp_path: Path) -> None:
    from triad.vault.seen import state_folder

    w = _window(qtbot, demo_copy, ops, settings)
    dialog = w.main.data_dialog()
    qtbot.addWidget(dialog)
    texts = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(demo_copy) in texts and str(state_folder()) in texts
    assert str(tmp_path / "settings.ini") in texts
    assert w.workspace is not None and w.workspace.actor.name not in texts


def test_about_says_the_version() -> None:
    from triad import __version__
    from ui.main.help import about_text

    assert __version__ in about_text()
