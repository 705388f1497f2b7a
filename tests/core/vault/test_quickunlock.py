"""Quick unlock through keyring: an in-memory test backend, a refused plaintext backend,
and no backend at all."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.core.conftest import THERAPIST_PASS, NewVault
from triad.errors import QuickUnlockUnavailable
from triad.vault import quickunlock
from triad.workspace import Workspace


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Named as keyrings.alt's file backend is: it must be refused."""


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_quick_unlock_round_trip(vault: NewVault, memory_keyring: MemoryKeyring) -> None:
    assert quickunlock.status() is None
    vault.ws.enable_quick_unlock()
    assert vault.ws.quick_unlock_enabled()
    (stored,) = memory_keyring.store.values()
    (account,) = [a for (_, a) in memory_keyring.store]
    assert THERAPIST_PASS not in stored and "Wiśniewska" not in account
    vault.ws.close()
    ws = Workspace.open_quick(vault.path)
    assert ws.actor.role.value == "therapist"
    ws.disable_quick_unlock()
    assert memory_keyring.store == {}
    ws.close()
    with pytest.raises(QuickUnlockUnavailable, match="not-enabled"):
        Workspace.open_quick(vault.path)
    Workspace.open(vault.path, THERAPIST_PASS).close()


def test_missing_keyring_entry_falls_back_to_passphrase(
    vault: NewVault, memory_keyring: MemoryKeyring
) -> None:
    vault.ws.enable_quick_unlock()
    vault.ws.close()
    memory_keyring.store.clear()
    with pytest.raises(QuickUnlockUnavailable) as info:
        Workspace.open_quick(vault.path)
    assert info.value.reason == "key-missing"
    Workspace.open(vault.path, THERAPIST_PASS).close()


def test_plaintext_backend_is_refused(vault: NewVault) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        assert quickunlock.status() == "plaintext-keyring"
        with pytest.raises(QuickUnlockUnavailable) as info:
            vault.ws.enable_quick_unlock()
        assert info.value.reason == "plaintext-keyring"
        assert not vault.ws.quick_unlock_enabled()
    finally:
        keyring.set_keyring(previous)


def test_no_keyring_service(vault: NewVault) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert quickunlock.status() == "no-keyring"
        with pytest.raises(QuickUnlockUnavailable, match="no-keyring"):
            vault.ws.enable_quick_unlock()
    finally:
        keyring.set_keyring(previous)
