"""Quick unlock through the operating system's keyring (optional, per member).

The keyring holds a random 256-bit wrapping key -- never the passphrase. The member's slot keeps
its private key wrapped under that key as well as under the passphrase. Backends that keep
secrets in plain text (keyrings.alt's PlaintextKeyring and its kin) are refused, and so is a
machine with no keyring service: quick unlock is then unavailable, with a reason code, and
the passphrase always works. ``keyring`` is imported lazily: it is slow to import.
"""

from __future__ import annotations

from typing import Any

from triad import crypto
from triad.errors import QuickUnlockReason, QuickUnlockUnavailable

SERVICE = "triad-quick-unlock"
_PLAINTEXT_HINTS = ("plaintext", "uncrypted", "null")


def _backend() -> Any:
    """The usable keyring backend, or QuickUnlockUnavailable with the reason. Loading a
    backend can fail in any way (keyrings.alt's EncryptedKeyring without pycryptodome raises
    RuntimeError; a broken keyringrc names a missing module): ``keyring-error``, never a crash,
    so that the passphrase always works."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        raise QuickUnlockUnavailable(QuickUnlockReason.NO_KEYRING) from exc
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        raise QuickUnlockUnavailable(QuickUnlockReason.KEYRING_ERROR) from exc
    candidates = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    if not candidates or all(isinstance(b, fail.Keyring) for b in candidates):
        raise QuickUnlockUnavailable(QuickUnlockReason.NO_KEYRING)
    for b in candidates:
        name = f"{type(b).__module__}.{type(b).__name__}".lower()
        if name.startswith("keyrings.alt") or any(h in name for h in _PLAINTEXT_HINTS):
            raise QuickUnlockUnavailable(QuickUnlockReason.PLAINTEXT_KEYRING)
    return backend


def status() -> str | None:
    """None when quick unlock can be used here, otherwise the reason code."""
    try:
        _backend()
    except QuickUnlockUnavailable as exc:
        return exc.reason
    return None


def _account(vault_id: str, slot_id: str) -> str:
    # Ids only: no member name, no path.
    return f"{vault_id}:{slot_id}"


def store_new_key(vault_id: str, slot_id: str) -> bytes:
    key = crypto.random_key()
    backend = _backend()
    try:
        backend.set_password(SERVICE, _account(vault_id, slot_id), crypto.b64e(key))
    except Exception as exc:  # any backend failure means "not available", never a crash
        raise QuickUnlockUnavailable(QuickUnlockReason.KEYRING_ERROR) from exc
    return key


def load_key(vault_id: str, slot_id: str) -> bytes:
    backend = _backend()
    try:
        text = backend.get_password(SERVICE, _account(vault_id, slot_id))
    except Exception as exc:
        raise QuickUnlockUnavailable(QuickUnlockReason.KEYRING_ERROR) from exc
    if not text:
        raise QuickUnlockUnavailable(QuickUnlockReason.KEY_MISSING)
    try:
        return crypto.b64d(text)
    except ValueError as exc:
        raise QuickUnlockUnavailable(QuickUnlockReason.KEY_MISSING) from exc


def forget_key(vault_id: str, slot_id: str) -> None:
    try:
        backend = _backend()
        backend.delete_password(SERVICE, _account(vault_id, slot_id))
    except Exception:  # nothing stored, or no keyring: nothing to forget
        return
