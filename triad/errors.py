"""The one exception tree of the core.

Every error the core raises derives from :class:`TriadError`. Third-party exceptions
(sqlcipher3, cryptography, argon2, keyring, OS errors) are converted at the boundary with
``raise X(...) from exc``. Exceptions carry data (ids, field names, paths the user chose),
never decrypted content, a member's name or a passphrase.

    TriadError
    ├── InvalidInput            bad arguments or values (field named)
    │   ├── InvalidRecoveryCode     the code's checksum does not match (a typo)
    │   └── VaultExists             init/restore over something that exists
    ├── AccessDenied            could not unlock
    │   ├── WrongPassphrase         the slot's AEAD tag did not verify
    │   └── UnknownMember           no key slot for that name / member removed
    ├── PermissionDenied        the acting member's role may not do this
    ├── ConsentViolation        scheduling/planning/starting what consent does not cover
    ├── NotFound                no such case / session / consent / entry
    ├── VaultError              the vault cannot be used
    │   ├── VaultMissing            no vault at that path
    │   ├── VaultDamaged            checksum, HMAC or structure check failed
    │   ├── VaultTooNew             written by a newer schema than this program knows
    │   └── StorageFailed           the disk refused a write (full, read-only); nothing changed
    ├── QuickUnlockUnavailable  no safe OS keyring, or no stored key (reason code given)
    └── ExchangeError           an identity card, contact or exchange folder problem (reason code)
        └── PacketRejected          a case packet was refused; nothing changed (reason code)
"""

from __future__ import annotations


class TriadError(Exception):
    """Base of every error the core raises. ``code`` is stable; UIs map it to words."""

    code = "error"

    def __init__(self, detail: str = "", **data: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.data = data


class InvalidInput(TriadError):
    code = "invalid-input"


class InvalidRecoveryCode(InvalidInput):
    code = "invalid-recovery-code"


class VaultExists(InvalidInput):
    code = "vault-exists"


class AccessDenied(TriadError):
    code = "access-denied"


class WrongPassphrase(AccessDenied):
    code = "wrong-passphrase"


class UnknownMember(AccessDenied):
    code = "unknown-member"


class PermissionDenied(TriadError):
    code = "permission-denied"


class ConsentViolation(TriadError):
    """``missing``: the activity codes not covered by consent in force at ``at``."""

    code = "consent-violation"

    def __init__(self, missing: list[str], at: str) -> None:
        super().__init__("not-consented", missing=missing, at=at)
        self.missing = missing
        self.at = at


class NotFound(TriadError):
    """No such case, session, consent, phase or entry (``what`` names which)."""

    code = "not-found"


class VaultError(TriadError):
    code = "vault-error"


class VaultMissing(VaultError):
    code = "vault-missing"


class VaultDamaged(VaultError):
    code = "vault-damaged"


class VaultTooNew(VaultError):
    code = "vault-too-new"


class StorageFailed(VaultError):
    code = "storage-failed"


class QuickUnlockUnavailable(TriadError):
    """``reason`` is one of: no-keyring, plaintext-keyring, keyring-error, not-enabled, key-missing."""

    code = "quick-unlock-unavailable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason, reason=reason)
        self.reason = reason


class ExchangeError(TriadError):
    """Offline exchange (``triad.exchange``): ``detail`` is a reason code, e.g.
    ``fingerprint-mismatch``, ``not-a-card``, ``own-card``, ``not-a-contact``."""

    code = "exchange"


class PacketRejected(ExchangeError):
    """A case packet was refused and nothing changed. ``detail``: the reason code (see
    docs/exchange-format.md); data may name an ``item`` (``entries[3]``) -- never content."""

    code = "packet-rejected"
