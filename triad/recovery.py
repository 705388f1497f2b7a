"""Recovery codes: 140 random bits in Crockford base32, read aloud in six groups of five,
the last two characters a checksum that catches a typo before any key derivation runs.

    7KQ2M-XD0PA-H9R4T-WZ3NE-B6CFV-1G8Y5
"""

from __future__ import annotations

import hashlib
import secrets

from .errors import InvalidRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 28
CHECK_CHARS = 2
GROUP = 5
# Letters people confuse when reading or typing; Crockford's decoding rules.
_ALIASES = {"O": "0", "I": "1", "L": "1"}


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(b"triad-recovery:" + data.encode()).digest()[:2], "big")
    return ALPHABET[(digest >> 11) & 31] + ALPHABET[(digest >> 6) & 31]


def new_code() -> str:
    """A fresh code, grouped for reading: ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return format_code(data + _checksum(data))


def format_code(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))


def normalise(text: str) -> str:
    """The canonical form of a typed code, or :class:`InvalidRecoveryCode` saying why.

    Spaces, hyphens and case are ignored; O, I and L are read as 0, 1 and 1."""
    compact = "".join(_ALIASES.get(c, c) for c in text.upper() if c not in " -\t\n")
    if len(compact) != DATA_CHARS + CHECK_CHARS:
        raise InvalidRecoveryCode("length", length=len(compact))
    if any(c not in ALPHABET for c in compact):
        raise InvalidRecoveryCode("character")
    data, check = compact[:DATA_CHARS], compact[DATA_CHARS:]
    if _checksum(data) != check:
        raise InvalidRecoveryCode("checksum")
    return compact
