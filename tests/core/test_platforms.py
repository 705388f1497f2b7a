"""The code paths that differ by operating system or by how Triad was installed, run here
(issue 19; what waits for a Windows or macOS machine: packaging/README.md):

- the data files (fonts, forms, schema, icons) from a checkout and from inside a frozen bundle
  (PyInstaller's ``sys._MEIPASS``), and the report fonts registered from there;
- the keyring backend each system offers (macOS Keychain, Windows Credential Locker, the Secret
  Service, KWallet) accepted for quick unlock, a plain-text one refused, none at all giving the
  app's fallback sentence;
- the vault lock through portalocker, never ``fcntl`` itself (which Windows lacks): the lock's
  behaviour -- shared while open, a re-key refused while another holds it -- is
  tests/core/vault/test_lock.py.

File dialogs' start folder (platformdirs) is tests/ui/start/test_firstrun.py and
tests/ui/test_app_launch.py."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

import triad.data
from triad.messages import quick_unlock_reason
from triad.vault import quickunlock

ROOT = Path(__file__).resolve().parents[2]


def test_data_comes_from_the_checkout_when_not_frozen() -> None:
    data = triad.data.root()
    assert Path(str(data)) == ROOT / "triad" / "data"
    assert (data / "fonts" / "DejaVuSans.ttf").is_file()
    assert (triad.data.root("ui.data") / "icons" / "triad.svg").is_file()


def test_data_comes_from_the_bundle_when_frozen(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    shutil.copytree(ROOT / "triad" / "data" / "fonts", bundle / "triad" / "data" / "fonts")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    data = triad.data.root()
    assert data == bundle / "triad" / "data"
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("BundledDejaVu", io.BytesIO((data / "fonts" / "DejaVuSans.ttf").read_bytes()))
    assert font.face.name == b"DejaVuSans"
    # a package the bundle does not hold (a freezer that kept it in its archive) falls back
    assert Path(str(triad.data.root("ui.data"))) == ROOT / "ui" / "data"


def _backend(module: str, name: str) -> KeyringBackend:
    class Platform(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    Platform.__module__, Platform.__name__ = module, name
    return Platform()


@pytest.fixture
def restore_keyring() -> object:
    previous = keyring.get_keyring()
    yield previous
    keyring.set_keyring(previous)


@pytest.mark.parametrize(("module", "name"), [
    ("keyring.backends.macOS", "Keyring"),  # the Keychain
    ("keyring.backends.Windows", "WinVaultKeyring"),  # the Credential Locker
    ("keyring.backends.SecretService", "Keyring"),  # GNOME Keyring, KeePassXC
    ("keyring.backends.kwallet", "DBusKeyring"),  # KDE
])
def test_each_systems_keyring_is_used(module: str, name: str, restore_keyring: object) -> None:
    keyring.set_keyring(_backend(module, name))
    assert quickunlock.status() is None


@pytest.mark.parametrize(("module", "name"), [
    ("keyrings.alt.Windows", "RegistryKeyring"),
    ("keyrings.alt.file", "PlaintextKeyring"),
])
def test_a_keyring_that_stores_in_clear_is_refused(module: str, name: str,
                                                   restore_keyring: object) -> None:
    keyring.set_keyring(_backend(module, name))
    assert quickunlock.status() == "plaintext-keyring"


def test_no_keyring_gives_the_apps_fallback_sentence(restore_keyring: object) -> None:
    keyring.set_keyring(fail.Keyring())  # what keyring chooses on a machine with none
    reason = quickunlock.status()
    assert reason == "no-keyring"
    assert quick_unlock_reason(reason) == ("No keyring service runs on this computer, so quick "
                                           "unlock is off. Your passphrase always works.")


def test_the_vault_lock_goes_through_portalocker() -> None:
    source = (ROOT / "triad" / "vault" / "folder.py").read_text(encoding="utf-8")
    assert "import portalocker" in source and "fcntl" not in source.replace(
        "where ``fcntl`` is", "")
