"""The start window, driven with clicks and keys: first run, lock, unlock, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from triad.workspace import Workspace
from ui.ops import Ops
from ui.settings import Settings
from ui.start.create import strength_hint
from ui.start.window import StartWindow
from ui.widgets import dialogs


@pytest.fixture
def shown_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    codes: list[str] = []
    monkeypatch.setattr(dialogs, "show_recovery_code", lambda _parent, code, *_: codes.append(code))
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
    assert page.error.text() == ""  # the error line goes once its problem is fixed
    qtbot.keyClicks(page.confirm, "short but longer now")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "credential" in page.error.text() and not vault.exists()  # issue 15: asked at first run
    qtbot.keyClicks(page.credential_body, "State Board of Psychology")
    qtbot.keyClicks(page.credential_number, "PSY-1")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert (vault / "keyslots").exists()
    assert len(shown_codes) == 1 and len(shown_codes[0]) == 35
    assert w.stack.currentWidget() is w.main
    assert "signed in as Dr Ada Lovelace (therapist)" in w.main.status.text()
    # issue 18: the unlock verifies what is new -- nothing here: the vault's first entry was
    # signed by this process and moved the checkpoint -- and the whole record after (inline)
    assert "nothing new to verify at unlock" in w.main.status.text()
    qtbot.waitUntil(lambda: w.main.check_line.text().startswith("Whole record checked: "))
    assert "No cases yet" in w.main.cases.empty.text() and w.main.cases.empty.isVisible()
    assert settings.last_vault == str(vault)
    assert w.windowTitle() == "Triad — practice.triad"

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w.main.cases.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.workspace is None and w.stack.currentWidget() is w.unlock_page
    assert w.main.status.text() == "" and w.main.cases.model.rowCount() == 0

    unlock = w.unlock_page
    qtbot.keyClicks(unlock.passphrase, "wrong passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert unlock.error.text().startswith("Wrong passphrase")
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, "short but longer now")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None and w.stack.currentWidget() is w.main
    assert unlock.passphrase.text() == ""
    w.close()
    assert w.workspace is None


def test_existing_vault_opens_at_the_unlock_page(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings
) -> None:
    vault = tmp_path / "v.triad"
    Workspace.create(vault, name="T", role=__import__("triad.roles").roles.Role.THERAPIST,
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
    from triad.roles import Role

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
    # issue 15: zxcvbn, not length -- "password1" was "Acceptable"
    assert strength_hint("password1").startswith("Very weak. Too easy to guess.")
    assert "very common password" in strength_hint("password1")
    assert strength_hint("twelve chars") == "Good."
    assert strength_hint("four unrelated words here") == "Strong."


def test_start_window_loads_no_heavy_module() -> None:
    """The unlock window appears before ReportLab, keyring, the crypto stack or QtPdf load."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.ops import Ops\n"
        "from ui.settings import Settings\n"
        "from ui.start.window import StartWindow\n"
        "w = StartWindow(Ops(synchronous=True), Settings(), None)\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('reportlab', 'keyring', 'cryptography', 'argon2', 'sqlcipher3', 'pyrage',\n"
        "         'jsonschema', 'PySide6.QtPdf', 'PySide6.QtPrintSupport')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[3], timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def test_quick_unlock_without_a_keyring_says_why(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings, shown_codes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda _parent, message: errors.append(message))
    vault = tmp_path / "q.triad"
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    page = w.create_page
    qtbot.keyClicks(page.name, "Dr Q")
    qtbot.keyClicks(page.passphrase, "passphrase one")
    qtbot.keyClicks(page.confirm, "passphrase one")
    page.credential_later.setChecked(True)
    page.quick.setChecked(True)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert w.workspace is not None  # the vault is made; only quick unlock is missing
    assert errors and "keyring" in errors[0]
    w.lock()
    # issue 15: "Unlock with keyring" is not offered when quick unlock was never turned on
    quick = w.unlock_page.quick_button
    assert not quick.isEnabled() and "not turned on" in quick.toolTip()
    qtbot.mouseClick(quick, Qt.MouseButton.LeftButton)
    assert w.workspace is None


def _answer(monkeypatch: pytest.MonkeyPatch, button_text: str, said: list[str]) -> None:
    """Message boxes answer themselves: the text is kept, the button named is clicked."""
    from PySide6.QtWidgets import QMessageBox

    def answer(box: QMessageBox) -> int:
        said.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        for button in box.buttons():
            if button_text in button.text().replace("&", ""):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_recovery_code_sets_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings, shown_codes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15: a typo keeps every field and names its group; a weak passphrase is refused
    with zxcvbn's feedback; success says the passphrase was changed and offers a new code."""
    from ui.start import recover

    vault = tmp_path / "r.triad"
    created = Workspace.create(vault, name="Dr R", role=__import__("triad.roles").roles.Role.THERAPIST,
                               passphrase="a forgotten passphrase")
    code = created.recovery_code
    created.workspace.close()
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    groups = code.split("-")
    typo = "-".join([*groups[:3], ("0" if groups[3][0] != "0" else "1") + groups[3][1:], *groups[4:]])

    def fill(dialog: recover.RecoverDialog) -> int:
        dialog.code.setText(typo.lower())
        dialog.new.setText("a new passphrase")
        dialog.confirm.setText("a new passphrase")
        dialog.ok.click()
        assert not dialog.result() and "group 4" in dialog.error.text()
        assert (dialog.code.text(), dialog.new.text(), dialog.confirm.text()) == (
            typo.lower(), "a new passphrase", "a new passphrase")  # nothing typed is lost
        dialog.code.setText(code.replace("-", " ").lower())
        assert dialog.error.text() == ""  # the error goes once the code is right
        dialog.new.setText("password1")
        dialog.confirm.setText("password1")
        dialog.ok.click()
        assert not dialog.result() and "too easy to guess" in dialog.error.text()
        assert "very common password" in dialog.error.text()
        dialog.new.setText("a new passphrase")
        dialog.confirm.setText("a different one")
        dialog.ok.click()
        assert "differ" in dialog.error.text() and not dialog.result()
        dialog.confirm.setText("a new passphrase")
        dialog.ok.click()
        return int(dialog.result())

    said: list[str] = []
    _answer(monkeypatch, "Replace recovery code", said)
    monkeypatch.setattr(recover.RecoverDialog, "exec", fill)
    qtbot.mouseClick(w.unlock_page.recover_button, Qt.MouseButton.LeftButton)
    assert w.workspace is not None and w.workspace.actor.name == "Dr R"
    assert said and said[0].startswith("Passphrase changed|Your passphrase was changed, Dr R")
    assert len(shown_codes) == 1 and shown_codes[0] != code  # replaced, shown once
    w.close()
    Workspace.open(vault, "a new passphrase").close()
    from triad.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Workspace.recover(vault, code, "another new passphrase")  # the seen code is void


def test_keyring_button_offered_only_with_quick_unlock_on(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings
) -> None:
    import json

    from triad.roles import Role

    vault = tmp_path / "k.triad"
    Workspace.create(vault, name="T", role=Role.THERAPIST, passphrase="passphrase one").workspace.close()
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    assert not w.unlock_page.quick_button.isEnabled()
    head, _, body = (vault / "keyslots").read_bytes().partition(b"\n")
    doc = json.loads(body)
    doc["slots"][0]["quick"] = {"nonce": "x"}  # what a member with quick unlock on has
    (vault / "keyslots").write_bytes(head + b"\n" + json.dumps(doc).encode())
    w.unlock_page.update_quick(str(vault))
    assert w.unlock_page.quick_button.isEnabled()


def test_unlock_page_lists_recent_vaults(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings
) -> None:
    from triad.roles import Role

    for name in ("a.triad", "b.triad"):
        Workspace.create(tmp_path / name, name="T", role=Role.THERAPIST,
                         passphrase="passphrase one").workspace.close()
        settings.last_vault = str(tmp_path / name)
    w = StartWindow(ops, settings, settings.last_vault)
    qtbot.addWidget(w)
    combo = w.unlock_page.recent
    assert combo.count() == 2 and combo.itemData(0) == str(tmp_path / "b.triad")
    combo.activated.emit(1)
    assert w.vault_path == str(tmp_path / "a.triad")
    assert str(tmp_path / "a.triad") in w.unlock_page.where.text()


def test_demo_practice_from_the_first_run_page(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "info", lambda _parent, message: said.append(message))
    w = StartWindow(ops, settings, None)
    qtbot.addWidget(w)
    page = w.create_page
    page.location.setText(str(tmp_path / "mine.triad"))
    from ui.start.create import DemoDialog

    def fill(dialog: DemoDialog) -> int:  # issue 15: the demo asks in its own dialog
        dialog.passphrase.setText("demo passphrase")
        dialog.confirm.setText("demo passphrase")
        dialog.ok.click()
        return int(dialog.result())

    monkeypatch.setattr(DemoDialog, "exec", fill)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert w.workspace is not None and w.vault_path == str(tmp_path / "demo-practice.triad")
    assert "Jonas Berg" in said[0]
    assert w.main.cases.proxy.rowCount() == 5
    w.close()


def test_new_vault_from_the_unlock_page(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings, shown_codes: list[str]
) -> None:
    """An existing vault opens at the unlock page; "New vault…" brings up the first-run page
    (built on demand), which makes a second vault and opens it."""
    from triad.roles import Role
    from ui.settings import default_vault_path

    first = tmp_path / "first.triad"
    Workspace.create(first, name="T", role=Role.THERAPIST,
                     passphrase="passphrase one").workspace.close()
    w = StartWindow(ops, settings, str(first))
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.unlock_page
    from PySide6.QtWidgets import QLabel

    plain = QLabel("Unlock").sizeHint().height()
    assert w.unlock_page.heading.sizeHint().height() > plain  # shown as a heading
    qtbot.mouseClick(w.unlock_page.new_button, Qt.MouseButton.LeftButton)
    page = w.create_page
    assert w.stack.currentWidget() is page and page.isVisible()
    assert page.location.text() == str(default_vault_path())
    assert page.heading.sizeHint().height() > plain
    second = tmp_path / "second.triad"
    page.location.setText(str(second))
    qtbot.keyClicks(page.name, "Dr Second")
    qtbot.keyClicks(page.passphrase, "passphrase two")
    qtbot.keyClicks(page.confirm, "passphrase two")
    page.credential_later.setChecked(True)
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert w.workspace is not None and w.vault_path == str(second)
    assert len(shown_codes) == 1 and w.stack.currentWidget() is w.main
    assert page.passphrase.text() == "" and page.confirm.text() == ""
    w.close()


def test_the_case_views_are_ready_while_the_passphrase_is_typed(
    qtbot: QtBot, tmp_path: Path, ops: Ops, settings: Settings
) -> None:
    # issue 18: the core and the case views load a moment after the unlock page shows, so
    # that the unlock costs the key derivation; the typing goes on where it was
    from triad.roles import Role

    vault = tmp_path / "v.triad"
    Workspace.create(vault, name="T", role=Role.THERAPIST, passphrase="passphrase one").workspace.close()
    w = StartWindow(ops, settings, str(vault))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.keyClicks(w.unlock_page.passphrase, "passphrase")
    assert w._main is None  # not at start-up (tests/reliability/test_startup_imports.py)
    qtbot.waitUntil(lambda: w._main is not None, timeout=5_000)
    assert w.stack.currentWidget() is w.unlock_page
    assert w.unlock_page.passphrase.hasFocus()
    qtbot.keyClicks(w.unlock_page.passphrase, " one")
    assert w.unlock_page.passphrase.text() == "passphrase one"
    qtbot.keyClick(w.unlock_page.passphrase, Qt.Key.Key_Return)
    assert w.workspace is not None and w.stack.currentWidget() is w.main
    w.lock()
