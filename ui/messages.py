"""The one place that turns core errors into sentences for a person (translatable)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from triad.errors import (
    InvalidInput,
    InvalidRecoveryCode,
    PermissionDenied,
    QuickUnlockUnavailable,
    StorageFailed,
    TriadError,
    UnknownMember,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


_INVALID = {
    "name-taken": "A member with that name already exists in this vault.",
    "passphrase-too-short": "The passphrase must have at least 8 characters.",
    "name": "Please enter a name.",
    "role": "Please choose a role.",
    "path": "That is not a usable place for a vault.",
}
_QUICK = {
    "no-keyring": "No keyring service runs on this computer, so quick unlock is off. "
    "Your passphrase always works.",
    "plaintext-keyring": "The keyring here stores secrets in plain text, so Triad will not use it.",
    "keyring-error": "The keyring refused the request.",
    "not-enabled": "Quick unlock is not enabled for this member.",
    "key-missing": "The keyring no longer holds this vault's key. Unlock with your passphrase.",
}


def message_for(exc: BaseException) -> str:
    """A clear sentence and, where there is one, the next step."""
    if isinstance(exc, WrongPassphrase):
        return tr("Wrong passphrase. Check Caps Lock and try again.")
    if isinstance(exc, UnknownMember):
        return tr("No current member of this vault has that name.")
    if isinstance(exc, InvalidRecoveryCode):
        return tr("The recovery code has a typo. Check each group of five.")
    if isinstance(exc, VaultExists):
        return tr("Something already exists there. Choose a new folder name.")
    if isinstance(exc, InvalidInput):
        return tr(_INVALID.get(exc.detail, "Please check the highlighted field."))
    if isinstance(exc, PermissionDenied):
        return tr("Your role does not allow this.")
    if isinstance(exc, VaultMissing):
        return tr("There is no vault at that place. Choose another, or create a new one.")
    if isinstance(exc, VaultDamaged):
        return tr("The vault is damaged and was not changed. Restore it from a backup.")
    if isinstance(exc, VaultTooNew):
        return tr("This vault was written by a newer Triad. Update Triad to open it.")
    if isinstance(exc, StorageFailed):
        return tr("The disk refused to save (full or read-only?). Nothing was changed.")
    if isinstance(exc, VaultError):
        return tr("The vault is open in another Triad window or command. Close it and try again.")
    if isinstance(exc, QuickUnlockUnavailable):
        return tr(_QUICK.get(exc.reason, "Quick unlock is unavailable."))
    if isinstance(exc, TriadError):
        return tr("Triad could not do that.")
    # Unknown: log the type only -- a message could carry record text.
    log.error("unexpected error: %s", type(exc).__name__)
    return tr("Something unexpected went wrong. Nothing further was changed.")
