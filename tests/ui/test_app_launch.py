"""How the app starts from a desktop (issue 19): ``triad FILE.triadpacket`` or ``FILE.triadcard``
(a double-click in the file manager, the desktop entry's ``Exec=triad %f``) opens the unlock
window and, once unlocked, the Exchange dialog with that file -- after the usual confirmation
(a packet: asked; a card: the fingerprint comparison); ``--version`` and the hidden
``--self-test`` (the packaged app's proof on a clean root, tests/packaging) exit at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_as
from triad.roles import Role
from triad.workspace import Workspace
from ui.exchange.dialog import CardDialog, ExchangeDialog
from ui.ops import Ops
from ui.settings import Settings
from ui.start.window import StartWindow
from ui.widgets import dialogs

ROOT = Path(__file__).resolve().parents[2]
SAM_PASS = "sam rivera passphrase"


def _app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ui.app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=30)


def test_version_and_self_test_exit_at_once(tmp_path: Path) -> None:
    done = _app(tmp_path, "--version")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "triad 0.1.0"
    done = _app(tmp_path, "--self-test")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["page"] == "CreatePage" and report["platform"] == "offscreen"
    assert report["failed"] == [] and report["frozen"] is False
    assert set(report["qt"]) == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport",
                                 "QtPdf", "QtPdfWidgets"}
    assert report["icon"] and report["fonts"] == 4


@pytest.fixture
def sam_and_packet(demo_copy: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Sam's own vault, the therapist's card and a packet the therapist wrote him (a shared
    case), as files named the way the exchange names them."""
    therapist = open_as(demo_copy)
    sam = Workspace.create(tmp_path / "sam.triad", name="Sam Rivera", role=Role.SURROGATE,
                           passphrase=SAM_PASS).workspace
    try:
        card = tmp_path / "maren.triadcard"
        card.write_bytes(therapist.exchange.my_card().to_bytes())
        sam_card = sam.exchange.my_card()
        contact = therapist.exchange.import_card(sam_card, sam_card.fingerprint)
        therapist.exchange.share(therapist.cases.list()[0].case_id, contact.member_id)
        packet = tmp_path / "to-sam-1.triadpacket"
        therapist.exchange.write_packet(contact.member_id, packet)
    finally:
        therapist.close()
        sam.close()
    return tmp_path / "sam.triad", card, packet


@pytest.fixture
def sam_knows_maren(sam_and_packet: tuple[Path, Path, Path]) -> tuple[Path, Path, Path]:
    """... and Sam has added the therapist's card (a packet's sender must be a contact)."""
    vault, card, packet = sam_and_packet
    with Workspace.open(vault, SAM_PASS) as sam:
        read = sam.exchange.read_card(card.read_bytes())
        sam.exchange.import_card(read, read.fingerprint)
    return vault, card, packet


def _launch(qtbot: QtBot, settings: Settings, vault: Path, file: Path,
            monkeypatch: pytest.MonkeyPatch) -> tuple[StartWindow, list[ExchangeDialog]]:
    """``triad FILE`` with ``vault`` the last one used; then the passphrase typed."""
    from ui.app import start

    shown: list[ExchangeDialog] = []

    def show(dialog: ExchangeDialog) -> int:  # not modal here: the test goes on
        shown.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(ExchangeDialog, "exec", show)
    settings.last_vault = str(vault)
    _app, window, _ops = start(["triad", str(file)], settings=settings,
                                ops=Ops(synchronous=True))
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.unlock_page
    assert file.name in window.unlock_page.where.text()  # says what comes after the unlock
    assert not shown  # nothing before the unlock
    window.unlock_page.passphrase.setText(SAM_PASS)
    window.unlock_page.unlock_button.click()
    return window, shown


def test_a_double_clicked_packet_is_imported_after_unlock_and_confirmation(
    qtbot: QtBot, settings: Settings, sam_knows_maren: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _card, packet = sam_knows_maren
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm",
                        lambda _p, question, action: asked.append(f"{question}|{action}") or True)
    start_window, shown = _launch(qtbot, settings, vault, packet, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown) and bool(shown[0].outcome.text()))
    assert "Packet imported" in shown[0].outcome.text(), shown[0].outcome.text()
    assert len(asked) == 1 and packet.name in asked[0] and asked[0].endswith("|Import packet")
    assert start_window.workspace is not None
    assert len(start_window.workspace.cases.list()) == 1  # the shared case arrived
    shown[0].close()
    start_window.close()


def test_a_declined_packet_imports_nothing(
    qtbot: QtBot, settings: Settings, sam_knows_maren: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _card, packet = sam_knows_maren
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    start_window, shown = _launch(qtbot, settings, vault, packet, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(50)
    assert "Nothing was imported" in shown[0].outcome.text()
    assert start_window.workspace is not None and start_window.workspace.cases.list() == []
    shown[0].close()
    start_window.close()


def test_a_double_clicked_card_asks_for_the_fingerprint_first(
    qtbot: QtBot, settings: Settings, sam_and_packet: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, card, _packet = sam_and_packet
    fingerprints: list[str] = []

    def exec_(dialog: CardDialog) -> int:
        assert not dialog.add.isEnabled()  # the usual confirmation: not before it matches
        fingerprints.append(dialog.fingerprint.text())
        dialog.matches.setChecked(True)
        return 1

    monkeypatch.setattr(CardDialog, "exec", exec_)
    start_window, shown = _launch(qtbot, settings, vault, card, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown) and "is now a contact" in shown[0].outcome.text())
    assert len(fingerprints) == 1
    ws = start_window.workspace
    assert ws is not None and [c.name for c in ws.exchange.contacts()] == ["Dr Maren Holt"]
    shown[0].close()
    start_window.close()


def test_a_vault_folder_argument_still_opens_that_vault(
    qtbot: QtBot, settings: Settings, demo_copy: Path,
) -> None:
    from ui.app import start

    _a, window, _o = start(["triad", str(demo_copy)], settings=settings, ops=Ops(synchronous=True))
    qtbot.addWidget(window)
    assert window.vault_path == str(demo_copy)
    assert window.unlock_page.where.text() == f"Unlock the vault in {demo_copy}"
    window.close()


def test_file_dialogs_start_at_home_without_a_documents_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """platformdirs names Documents on every system (XDG, ~/Documents, the Windows known
    folder); a profile without one (a fresh account, a server) starts at home, never in the
    program's own folder (/opt/triad in the package)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "Documents"))
    assert dialogs.documents_dir() == str(tmp_path)
    assert dialogs._start("triad-packet.triadpacket") == str(tmp_path / "triad-packet.triadpacket")


def test_on_macos_a_file_open_event_does_what_the_argument_does(
    qtbot: QtBot, settings: Settings, sam_and_packet: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Launch Services sends a double-clicked file as a FileOpen event (to a running app
    too): waiting for the unlock, or straight to the Exchange dialog once a vault is open."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QFileOpenEvent

    from ui.app import start
    from ui.exchange.open_with import FileOpenFilter
    from ui.main.view import MainView

    vault, card, packet = sam_and_packet
    opened: list[str] = []
    monkeypatch.setattr(MainView, "open_exchange", lambda _self, path="": opened.append(path))
    settings.last_vault = str(vault)
    _app, window, _ops = start(["triad"], settings=settings, ops=Ops(synchronous=True))
    qtbot.addWidget(window)
    opener = FileOpenFilter(window)
    assert not opener.eventFilter(QObject(), QFileOpenEvent(str(vault / "keyslots")))
    assert opener.eventFilter(QObject(), QFileOpenEvent(str(card)))
    assert card.name in window.unlock_page.where.text() and not opened
    window.unlock_page.passphrase.setText(SAM_PASS)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: opened == [str(card)])
    assert opener.eventFilter(QObject(), QFileOpenEvent(str(packet)))  # the app already open
    assert opened == [str(card), str(packet)]
    window.close()
