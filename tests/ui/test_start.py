"""The start window, driven with clicks and keys: first run, lock, unlock, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from triad.workspace import Workspace
from ui import dialogs
from ui.ops import Ops
from ui.settings import Settings
from ui.start import StartWindow, strength_hint


@pytest.fixture
def shown_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    codes: list[str] = []
    monkeypatch.setattr(dialogs, "show_recovery_code", lambda _parent, code: codes.append(code))
    return codes


def test_first_run_creates_a_vault_then_locks_and_unlocks(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings, shown_codes: list[str]
) -> None:
    vault = tmp_path / "practice.triad"
    w = StartWindow(ops, settings, None)
    qtbot.addWidget(w)
    w.show()
    page = w.create_page
    assert w.stack.currentWidget() is page
    page.location.setText(str(vault))
    qtbot.keyClicks(page.practice, "Riverside Therapy")
    qtbot.keyClicks(page.name, "Dr Ada Lovelace")
    qtbot.keyClicks(page.passphrase, "short")
    assert "Too short" in page.hint.text()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in page.error.text() and not vault.exists()
    qtbot.keyClicks(page.passphrase, " but longer now")
    qtbot.keyClicks(page.confirm, "short but longer now")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert (vault / "keyslots").exists()
    assert len(shown_codes) == 1 and len(shown_codes[0]) == 35
    assert w.stack.currentWidget() is w.open_page
    assert "Signed in as Dr Ada Lovelace (therapist)" in w.open_page.summary.text()
    assert "all signatures and hash chains check" in w.open_page.summary.text()
    assert settings.last_vault == str(vault)
    assert w.windowTitle() == "Triad — practice.triad"

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.open_page.members, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.workspace is None and w.stack.currentWidget() is w.unlock_page
    assert w.open_page.members.rowCount() == 0 and w.open_page.summary.text() == ""

    unlock = w.unlock_page
    qtbot.keyClicks(unlock.passphrase, "wrong passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert unlock.error.text().startswith("Wrong passphrase")
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, "short but longer now")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None and w.stack.currentWidget() is w.open_page
    assert unlock.passphrase.text() == ""
    w.close()
    assert w.workspace is None


def test_existing_vault_opens_at_the_unlock_page(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings
) -> None:
    vault = tmp_path / "v.triad"
    Workspace.create(vault, name="T", role=__import__("triad.members").members.Role.THERAPIST,
                     passphrase="passphrase one").workspace.close()
    (vault / "keyslots").write_bytes(b"garbage")
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.unlock_page
    assert str(vault) in w.unlock_page.where.text()
    qtbot.keyClicks(w.unlock_page.passphrase, "passphrase one")
    qtbot.mouseClick(w.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert "damaged" in w.unlock_page.error.text()
    assert w.workspace is None


def test_unlock_runs_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, settings: Settings
) -> None:
    vault = tmp_path / "v.triad"
    from triad.members import Role

    Workspace.create(vault, name="T", role=Role.THERAPIST, passphrase="passphrase one").workspace.close()
    ops = Ops()
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    qtbot.keyClicks(w.unlock_page.passphrase, "passphrase one")
    with qtbot.waitSignal(w.unlocked, timeout=10_000):
        qtbot.mouseClick(w.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
        assert w.unlock_page.busy.isVisibleTo(w.unlock_page)
    assert not w.unlock_page.busy.isVisibleTo(w.unlock_page)
    w.close()
    ops.shutdown()


def test_strength_hint() -> None:
    assert strength_hint("") == ""
    assert strength_hint("abc").startswith("Too short")
    assert strength_hint("twelve chars") .startswith("Acceptable")
    assert strength_hint("four unrelated words here") == "Strong."
