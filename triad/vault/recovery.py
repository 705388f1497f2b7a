"""Recovery codes: 140 random bits in Crockford base32, read aloud in six groups of five,
the last two characters a checksum that catches a typo before any key derivation runs.

    7KQ2M-XD0PA-H9R4T-WZ3NE-B6CFV-1G8Y5
"""

from __future__ import annotations

import secrets

from triad.errors import InvalidRecoveryCode, RecoveryCodeProblem

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 28
CHECK_CHARS = 2
GROUP = 5
# Letters people confuse when reading or typing; Crockford's decoding rules.
_ALIASES = {"O": "0", "I": "1", "L": "1"}


# Two Reed-Solomon check symbols over GF(32) (x^5 + x^2 + 1). The code has length 30 <= 31
# and minimum distance 3, so *every* error touching one or two characters -- a mistyped
# character, two swapped neighbours -- is caught, not merely most of them.
_EXP = [0] * 62
_LOG = [0] * 32
_x = 1
for _i in range(31):
    _EXP[_i] = _EXP[_i + 31] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 32:
        _x ^= 0b100101


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


# g(x) = (x + a)(x + a^2) = x^2 + (a + a^2) x + a^3
_GEN = (1, _EXP[1] ^ _EXP[2], _EXP[3])


def _remainder(symbols: list[int]) -> list[int]:
    work = symbols[:]
    for i in range(len(work) - 2):
        coef = work[i]
        if coef:
            for j in (1, 2):
                work[i + j] ^= _mul(_GEN[j], coef)
    return work[-2:]


def _checksum(data: str) -> str:
    rem = _remainder([ALPHABET.index(c) for c in data] + [0, 0])
    return "".join(ALPHABET[v] for v in rem)


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
        short = _odd_group(text)
        if short is not None:
            raise InvalidRecoveryCode(RecoveryCodeProblem.GROUP, group=short)
        raise InvalidRecoveryCode(RecoveryCodeProblem.LENGTH, length=len(compact))
    if any(c not in ALPHABET for c in compact):
        raise InvalidRecoveryCode(RecoveryCodeProblem.CHARACTER)
    data, check = compact[:DATA_CHARS], compact[DATA_CHARS:]
    if _checksum(data) != check:
        groups = typo_groups(compact)
        if groups:
            raise InvalidRecoveryCode(RecoveryCodeProblem.GROUP, group=groups[0],
                                      groups=groups)
        raise InvalidRecoveryCode(RecoveryCodeProblem.CHECKSUM)
    return compact


def _odd_group(text: str) -> int | None:
    """Typed as six groups of which exactly one is not five long: that group (1..6)."""
    groups = [g for g in text.replace("-", " ").split() if g]
    if len(groups) != DATA_CHARS // GROUP + 1:
        return None
    odd = [i for i, g in enumerate(groups) if len(g) != GROUP]
    return odd[0] + 1 if len(odd) == 1 else None


def _valid(compact: str) -> bool:
    return _checksum(compact[:DATA_CHARS]) == compact[DATA_CHARS:]


def typo_groups(compact: str) -> list[int]:
    """The groups (1..6) that most likely hold the typo in a 30-character code whose check
    fails, the likeliest first: the one wrong character that the two check symbols locate (a
    Reed-Solomon syndrome: every single wrong character is located exactly), then the groups
    of any two swapped neighbours whose swap makes the code valid. Empty when neither
    explains it."""
    groups: list[int] = []
    symbols = [ALPHABET.index(c) for c in compact]
    n = len(symbols)
    s1 = s2 = 0
    for k, v in enumerate(symbols):  # r(x) = sum v_k x^(n-1-k), evaluated at a and a^2
        if v:
            d = n - 1 - k
            s1 ^= _EXP[(_LOG[v] + d) % 31]
            s2 ^= _EXP[(_LOG[v] + 2 * d) % 31]
    if s1 and s2:
        degree = (_LOG[s2] - _LOG[s1]) % 31  # one error e at degree d: s2 / s1 = a^d
        if degree < n:
            groups.append((n - 1 - degree) // GROUP + 1)
    for i in range(n - 1):
        swapped = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2:]
        if swapped != compact and _valid(swapped):
            groups.extend(g for g in (i // GROUP + 1, (i + 1) // GROUP + 1) if g not in groups)
    return groups
