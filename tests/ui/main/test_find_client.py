"""Finding a client (issue 15): a therapist searches by legal name, code and presenting
concern; a surrogate partner and a supervisor never by legal name (they do not read it);
Ctrl+F focuses the search; a "Show names" toggle, off by default, remembered as a boolean."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.main.test_main_window import _unlock
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow


def _window(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, who: str = "") -> StartWindow:
    w = StartWindow(ops, settings, str(demo_copy))
    qtbot.addWidget(w)
    w.show()
    _unlock(qtbot, w, who)
    return w


def _shown(w: StartWindow) -> list[str]:
    p = w.main.cases.proxy
    return [str(p.index(r, 0).data()) for r in range(p.rowCount())]


def test_a_therapist_finds_a_client_by_legal_name_and_concern(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    panel = w.main.cases
    qtbot.keyClicks(panel.search, "elif")  # case-insensitive, part of the name
    assert len(_shown(w)) == 1
    panel.search.setText("Şahin")
    assert len(_shown(w)) == 1
    panel.search.setText("Jordan")  # nobody of that name in the demo
    assert _shown(w) == []
    code = w.workspace.cases.list()[0]
    concern = code.client.presenting_concerns[0]
    from ui.casefile.overview.dialogs import concern_words

    panel.search.setText(concern_words(concern)[:8])
    assert code.code in [s.split(" ")[0] for s in _shown(w)]
    w.close()


def test_a_surrogate_does_not_find_a_client_by_legal_name(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    from triad.roles import Role

    w = _window(qtbot, demo_copy, ops, settings)
    members = w.workspace.members.list()
    surrogate = next(m.name for m in members if m.role is Role.SURROGATE)
    supervisor = next(m.name for m in members if m.role is Role.SUPERVISOR)
    for who in (surrogate, supervisor):
        w.lock()
        _unlock(qtbot, w, who)
        panel = w.main.cases
        assert _shown(w)  # on cases
        panel.search.setText("Elif")
        assert _shown(w) == [], who
        assert not panel.show_names.isVisible()  # no names to show
    w.close()


def test_ctrl_f_focuses_the_search(qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.main.cases.table.setFocus()
    qtbot.keyClick(w.main.cases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.main.cases.search.hasFocus())
    w.close()


def test_show_names_is_off_by_default_and_remembered_as_a_boolean(
        qtbot: QtBot, demo_copy: Path, ops: Ops, settings: Settings, tmp_path: Path) -> None:
    w = _window(qtbot, demo_copy, ops, settings)
    panel = w.main.cases
    assert not panel.show_names.isChecked()
    assert not any("Elif" in s for s in _shown(w))
    panel.show_names.setChecked(True)
    assert any("Elif Şahin" in s for s in _shown(w))
    assert settings.show_names is True
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "Elif" not in stored and "Sahin" not in stored and "show_names=true" in stored
    w.close()
    again = _window(qtbot, demo_copy, ops, settings)
    assert again.main.cases.show_names.isChecked()
    again.close()
