"""Issue 15, first run and recovery: the recovery code kept (Save sheet, Print, Copy; no
dismissing it unconfirmed), the passphrase meter, the therapist's credential (or a to-do),
the demo's own dialog, and restoring a backup from the app."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.start.test_start import _answer
from triad.casefile.members import Credential
from triad.roles import Role
from triad.vault import recovery
from triad.workspace import Workspace
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.widgets import dialogs
from ui.widgets.recovery_code import RecoveryCodeDialog

PASS = "a sound practice passphrase"


def test_the_recovery_code_dialog_refuses_to_close_unconfirmed(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    code = recovery.new_code()
    d = RecoveryCodeDialog(code, "riverside.triad")
    qtbot.addWidget(d)
    d.show()
    # six labels, one per group: a group never wraps across lines
    assert [g.text() for g in d.groups] == code.split("-")
    assert all(g.font().family() == dialogs.mono_font().family() for g in d.groups)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible() and "cannot be shown again" in d.note.text()
    d.close()
    assert d.isVisible()
    assert not d.continue_button.isEnabled()
    d.reject()
    assert d.isVisible()

    chosen = tmp_path / "papers"
    chosen.mkdir()
    starts: list[str] = []
    monkeypatch.setattr(dialogs, "save_file",
                        lambda _p, _t, name, _pat: starts.append(name) or str(chosen / "sheet"))
    d.save_button.click()
    sheet = chosen / "sheet.pdf"
    assert stat.S_IMODE(os.stat(sheet).st_mode) == 0o600
    assert [p.name for p in chosen.iterdir()] == ["sheet.pdf"]  # atomically: no temp file left
    text = pypdf.PdfReader(sheet).pages[0].extract_text()
    assert all(group in text for group in code.split("-"))
    assert starts == ["riverside-recovery-sheet.pdf"] and str(sheet) in d.note.text()

    assert d.print_button.text() == "&Print…"
    printed = d.document().toPlainText()
    assert all(group in printed for group in code.split("-"))
    d.copy_button.click()
    assert QGuiApplication.clipboard().text() == code

    d.confirmed.setChecked(True)
    assert d.continue_button.isEnabled()
    d.continue_button.click()
    assert not d.isVisible() and d.result() == 1


def test_file_dialogs_start_in_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(docs))
    assert dialogs.documents_dir() == str(docs)
    assert dialogs._start("sheet.pdf") == str(docs / "sheet.pdf")
    assert dialogs._start("/elsewhere/sheet.pdf") == "/elsewhere/sheet.pdf"


def _first_run(qtbot: QtBot, w: StartWindow, vault: Path, credential: bool) -> None:
    page = w.create_page
    page.location.setText(str(vault))
    qtbot.keyClicks(page.name, "Ilse Nowak")
    qtbot.keyClicks(page.passphrase, "password1")
    assert page.hint.text().startswith("Very weak. Too easy to guess.")
    qtbot.keyClicks(page.confirm, "password1")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in page.error.text() and "very common password" in page.error.text()
    assert not vault.exists()
    page.passphrase.setText(PASS)
    assert page.error.text() == ""  # fixed: the line goes at once
    page.confirm.setText(PASS)
    if credential:
        page.credential_body.setText("State Board of Psychology")
        page.credential_number.setText("PSY-20417")
        page.credential_until.setText("2031-06-30")
    else:
        page.credential_later.setChecked(True)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert w.workspace is not None


def test_first_run_saves_the_therapists_credential(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_recovery_code",
                        lambda _p, code, name="": shown.append((code, name)))
    w = StartWindow(ops, settings, None)
    qtbot.addWidget(w)
    w.show()
    _first_run(qtbot, w, tmp_path / "ilse.triad", credential=True)
    assert w.workspace is not None
    me = w.workspace.members.get(w.workspace.actor.member_id)
    assert me.credentials == (Credential("State Board of Psychology", "PSY-20417", "2031-06-30"),)
    assert shown and shown[0][1] == "ilse.triad"
    assert not w.main.credential_todo.isVisibleTo(w.main)
    w.close()


def test_skipping_the_credential_leaves_a_todo_until_recorded(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.practice.credential import CredentialDialog

    monkeypatch.setattr(dialogs, "show_recovery_code", lambda *_a: None)
    w = StartWindow(ops, settings, None)
    qtbot.addWidget(w)
    w.show()
    _first_run(qtbot, w, tmp_path / "ilse.triad", credential=False)
    todo = w.main.credential_todo
    assert todo.isVisibleTo(w.main) and "credential is not recorded" in todo.text.text()

    def fill(dialog: CredentialDialog) -> int:
        dialog.body.setText("State Board of Psychology")
        dialog.number.setText("PSY-20417")
        dialog.until.setText("30.06.2031")
        dialog._record()
        assert "YYYY-MM-DD" in dialog.error.text() and not dialog.result()
        dialog.until.setText("2031-06-30")
        dialog._record()
        return int(dialog.result())

    monkeypatch.setattr(CredentialDialog, "exec", fill)
    todo.button.click()
    assert not todo.isVisibleTo(w.main)
    assert w.workspace is not None
    assert w.workspace.members.get(w.workspace.actor.member_id).credentials[0].number == "PSY-20417"
    w.close()


def test_demo_asks_for_its_own_passphrase_and_says_what_it_builds(
        qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.start.create import DemoDialog

    monkeypatch.setattr(dialogs, "info", lambda *_a: None)
    ops = Ops(synchronous=True)
    w = StartWindow(ops, settings, None)
    qtbot.addWidget(w)
    page = w.create_page
    page.location.setText(str(tmp_path / "mine.triad"))
    labels: list[str] = []
    page.busy_label.setVisible = lambda on: labels.append(page.busy_label.text()) if on else None  # type: ignore[method-assign]

    def fill(dialog: DemoDialog) -> int:
        dialog.passphrase.setText("password1")
        dialog.confirm.setText("password1")
        dialog.ok.click()
        assert "too easy to guess" in dialog.error.text() and not dialog.result()
        dialog.passphrase.setText("demo passphrase")
        assert dialog.error.text() == ""
        dialog.confirm.setText("demo passphrase")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(DemoDialog, "exec", fill)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == ""  # no "at least 8 characters" about the fields above
    assert labels and labels[0].startswith("Building the demo practice: five made-up cases")
    assert w.workspace is not None and w.vault_path == str(tmp_path / "demo-practice.triad")
    w.close()


def test_restore_a_backup_into_a_new_folder_and_open_it(
        qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.practice.dialog import PracticeDialog
    from ui.practice.restore import RestoreDialog

    vault = tmp_path / "practice.triad"
    made = Workspace.create(vault, name="Ilse Nowak", role=Role.THERAPIST, passphrase=PASS)
    made.workspace.cases.open({"legal_name": "Client Person", "date_of_birth": "1990-01-02",
                               "presenting_concerns": ["anxiety"]}, (), None)
    backup = tmp_path / "practice.backup"
    made.workspace.backup(backup)
    made.workspace.close()
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    w.unlock_page.passphrase.setText(PASS)
    w.unlock_page.unlock_button.click()
    assert w.workspace is not None
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("x")
    target = tmp_path / "restored.triad"
    said: list[str] = []
    _answer(monkeypatch, "Open restored vault", said)

    def fill(dialog: RestoreDialog) -> int:
        assert dialog.member.text() == "Ilse Nowak"
        dialog.backup.setText(str(backup))
        dialog.folder.setText(str(occupied))
        dialog.passphrase.setText(PASS)
        dialog.restore_button.click()
        assert "not empty" in dialog.error.text()  # never over existing files
        dialog.folder.setText(str(target))
        dialog.passphrase.setText("a wrong passphrase here")
        dialog.restore_button.click()
        assert dialog.error.text() and not target.exists()
        dialog.passphrase.setText(PASS)
        dialog.restore_button.click()
        assert "Restoring practice.backup and checking" in dialog.progress_label.text()
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", fill)
    assert w.workspace is not None
    practice = PracticeDialog(w.workspace, ops, str(vault), w.main)
    practice.restored.connect(w.main.restored_vault)
    practice.restore_button.click()
    assert said and "verified" in said[0]
    assert w.vault_path == str(target) and w.workspace is not None
    assert w.workspace.vault.folder == target and len(w.workspace.cases.list()) == 1
    assert settings.last_vault == str(target)
    w.close()
    Workspace.open(vault, PASS).close()  # the original is untouched


def test_practice_dialogs_refuse_weak_passphrases_and_drop_fixed_errors(
        qtbot: QtBot, tmp_path: Path, ops: Ops) -> None:
    from ui.practice.members import AddMemberDialog

    ws = Workspace.create(tmp_path / "v", name="Ilse Nowak", role=Role.THERAPIST,
                          passphrase=PASS).workspace
    d = AddMemberDialog(ws, ops, None)
    qtbot.addWidget(d)
    d.name.setText("Sam")
    d.passphrase.setText("password1")
    d.confirm.setText("password1")
    d.ok_button.click()
    assert "too easy to guess" in d.error.text() and "very common password" in d.error.text()
    d.passphrase.setText("password12")
    assert d.error.text() == ""
    assert [m.name for m in ws.members.list()] == ["Ilse Nowak"]
    ws.close()
