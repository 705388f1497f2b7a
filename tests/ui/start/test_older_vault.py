"""Issue 18: at unlock, a vault older than the one last opened on this computer is refused, and
the app asks -- what happened, a required reason, *Open the older vault* or *Cancel* (the
default) -- for the passphrase, the keyring (quick unlock) and the recovery code alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.core.vault.test_quickunlock import MemoryKeyring, memory_keyring  # noqa: F401
from triad.roles import Role
from triad.workspace import Workspace
from ui.ops import Ops
from ui.settings import Settings
from ui.start import older
from ui.start.window import StartWindow
from ui.widgets import dialogs

PASS = "an old therapist passphrase"
REASON = "restored from the Tuesday copy"


def rolled_back(tmp_path: Path, quick: bool = False) -> tuple[Path, str]:
    """A vault seen here with a new member, then the copy from before put back."""
    vault = tmp_path / "practice.triad"
    created = Workspace.create(vault, name="Dr Older", role=Role.THERAPIST, passphrase=PASS)
    if quick:
        created.workspace.enable_quick_unlock()
    created.workspace.close()
    aside = tmp_path / "aside.triad"
    shutil.copytree(vault, aside)
    with Workspace.open(vault, PASS) as ws:
        ws.members.add("Ana Example", Role.SURROGATE, "surrogate passphrase 42")
    shutil.rmtree(vault)
    shutil.copytree(aside, vault)
    return vault, created.recovery_code


def answer(monkeypatch: pytest.MonkeyPatch, reason: str | None,
           seen: list[older.OlderVaultDialog]) -> None:
    """The dialog answers itself: checks what it says, then opens with ``reason`` or cancels."""

    def exec_(dialog: older.OlderVaultDialog) -> int:
        seen.append(dialog)
        assert "at least 1" in dialog.facts.text() and "last saw it on" in dialog.facts.text()
        assert dialog.cancel_button.isDefault() and not dialog.open_button.isEnabled()
        if reason is None:
            dialog.cancel_button.click()
        else:
            dialog.reason.setText(reason)
            assert dialog.open_button.isEnabled()
            dialog.open_button.click()
        return int(dialog.result())

    monkeypatch.setattr(older.OlderVaultDialog, "exec", exec_)


def logged(vault: Path, password: str = PASS) -> list[str]:
    with Workspace.open(vault, password) as ws:
        return [str(json.loads(r[0])["reason"]) for r in ws.vault.db.rows(
            "SELECT body FROM entries WHERE kind='vault.older_accepted'")]


def unlock(qtbot: QtBot, w: StartWindow) -> None:
    qtbot.keyClicks(w.unlock_page.passphrase, PASS)
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)


def test_the_unlock_asks_and_cancel_keeps_it_locked(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault, _ = rolled_back(tmp_path)
    seen: list[older.OlderVaultDialog] = []
    answer(monkeypatch, None, seen)
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    unlock(qtbot, w)
    assert len(seen) == 1 and w.workspace is None
    assert "older than the one last opened on this computer" in w.unlock_page.error.text()
    assert "Nothing was changed" in w.unlock_page.error.text()
    assert w.stack.currentWidget() is w.unlock_page
    assert logged_after_accepting_elsewhere(vault) == []


def logged_after_accepting_elsewhere(vault: Path) -> list[str]:
    """Nothing was recorded: the vault still refuses, and accepting now logs one entry only."""
    with Workspace.open(vault, PASS, accept_older="checking") as ws:
        return [str(json.loads(r[0])["reason"]) for r in ws.vault.db.rows(
            "SELECT body FROM entries WHERE kind='vault.older_accepted'")][:-1]


def test_the_unlock_asks_and_opening_records_the_reason(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    vault, _ = rolled_back(tmp_path)
    seen: list[older.OlderVaultDialog] = []
    answer(monkeypatch, REASON, seen)
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    unlock(qtbot, w)
    assert len(seen) == 1 and w.workspace is not None
    assert w.stack.currentWidget() is w.main
    assert "opened on record although older" in w.main.status.text()
    assert w.unlock_page.passphrase.text() == ""  # cleared once the window opened
    w.lock()
    assert logged(vault) == [REASON]
    unlock(qtbot, w)  # this computer now expects this state: no question
    assert len(seen) == 1 and w.workspace is not None
    w.close()


def test_quick_unlock_asks_too(qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
                               monkeypatch: pytest.MonkeyPatch,
                               memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    vault, _ = rolled_back(tmp_path, quick=True)
    seen: list[older.OlderVaultDialog] = []
    answer(monkeypatch, REASON, seen)
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    assert w.unlock_page.quick_button.isEnabled()
    qtbot.mouseClick(w.unlock_page.quick_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and w.workspace is not None
    w.close()
    assert logged(vault) == [REASON]


def test_recovery_asks_before_setting_the_new_passphrase(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.start import recover

    vault, code = rolled_back(tmp_path)
    seen: list[older.OlderVaultDialog] = []
    answer(monkeypatch, REASON, seen)
    monkeypatch.setattr(dialogs, "show_recovery_code", lambda *_: None)

    def fill(dialog: recover.RecoverDialog) -> int:
        dialog.code.setText(code)
        dialog.new.setText("a brand new passphrase 42")
        dialog.confirm.setText("a brand new passphrase 42")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(recover.RecoverDialog, "exec", fill)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    qtbot.mouseClick(w.unlock_page.recover_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and w.workspace is not None
    w.close()
    assert logged(vault, "a brand new passphrase 42") == [REASON]


def test_enter_in_the_dialog_cancels_until_a_reason_is_typed(qtbot: QtBot) -> None:
    from triad.errors import VaultOlder

    dialog = older.OlderVaultDialog(VaultOlder(0, "2026-11-20"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "gone on from an older state" in dialog.facts.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.result() and dialog.reason_given() is None
