"""Identity cards: a member's name, role, credentials and public keys, signed with their own
signing key, with a fingerprint two people can read aloud to each other.

    {"format": "triad-identity", "version": 1,
     "card": {"member_id", "name", "role", "credentials", "signing_public", "age_public",
              "created_at"},
     "fingerprint": "7KQ2-MXD0-PAH9-R4TW-Z3NE",
     "signature": "<Ed25519 over the canonical JSON of card, base64>"}

The fingerprint is the first 100 bits of SHA-256 over the member id and both public keys, in
Crockford base32, five groups of four. Confirming it out of band (in person, by phone) is what
makes a card trustworthy: the self-signature only shows the card was not altered since its
owner signed it, not who its owner is.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from triad import crypto
from triad.casefile.members import Credential, Member, check_name
from triad.casefile.validate import label
from triad.errors import ExchangeCode, ExchangeError, InvalidInput
from triad.log.entries import MemberId
from triad.roles import Role
from triad.vault.recovery import ALPHABET

CARD_FORMAT, CARD_VERSION = "triad-identity", 1
FINGERPRINT_GROUPS, FINGERPRINT_GROUP = 5, 4
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SIGNING = re.compile(r"^[A-Za-z0-9+/]{43}=$")
_AGE = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_ALIASES = {"O": "0", "I": "1", "L": "1"}
MAX_CARD_BYTES = 64 * 1024


def fingerprint(member_id: str, signing_public: str, age_public: str) -> str:
    """``XXXX-XXXX-XXXX-XXXX-XXXX``: 100 bits of SHA-256 over the id and both keys."""
    digest = hashlib.sha256(crypto.canonical_json(
        {"v": 1, "member_id": member_id, "signing_public": signing_public,
         "age_public": age_public})).digest()
    bits = int.from_bytes(digest, "big") >> (256 - 5 * FINGERPRINT_GROUPS * FINGERPRINT_GROUP)
    chars = "".join(ALPHABET[(bits >> (5 * i)) & 31]
                    for i in reversed(range(FINGERPRINT_GROUPS * FINGERPRINT_GROUP)))
    return "-".join(chars[i:i + FINGERPRINT_GROUP] for i in range(0, len(chars), FINGERPRINT_GROUP))


def normalise_fingerprint(text: str) -> str:
    """A typed fingerprint in canonical form: case, spaces and hyphens ignored; O, I and L read
    as 0, 1 and 1 (Crockford). May be any length; compare the result with a card's."""
    compact = "".join(_ALIASES.get(c, c) for c in text.upper() if c not in " -\t\n")
    return "-".join(compact[i:i + FINGERPRINT_GROUP] for i in range(0, len(compact), FINGERPRINT_GROUP))


@dataclass(frozen=True)
class IdentityCard:
    """A member's public identity, as exchanged between machines."""

    member_id: MemberId
    name: str
    role: Role
    credentials: tuple[Credential, ...]
    signing_public: str
    age_public: str
    created_at: str
    signature: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.member_id, self.signing_public, self.age_public)

    def content(self) -> dict[str, Any]:
        return {
            "member_id": self.member_id, "name": self.name, "role": self.role.value,
            "credentials": [c.__dict__ for c in self.credentials],
            "signing_public": self.signing_public, "age_public": self.age_public,
            "created_at": self.created_at,
        }

    def to_bytes(self) -> bytes:
        data = {"format": CARD_FORMAT, "version": CARD_VERSION, "card": self.content(),
                "fingerprint": self.fingerprint, "signature": self.signature}
        return (json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode()

    def signature_valid(self) -> bool:
        try:
            return crypto.signature_valid(crypto.b64d(self.signing_public),
                                          crypto.b64d(self.signature),
                                          crypto.canonical_json(self.content()))
        except ValueError:
            return False


def make_card(member: Member, signing_key: bytes, created_at: str) -> IdentityCard:
    draft = IdentityCard(member.member_id, member.name, member.role, member.credentials,
                         member.signing_public, member.age_public, created_at, "")
    signature = crypto.b64e(crypto.sign(signing_key, crypto.canonical_json(draft.content())))
    return IdentityCard(**{**draft.__dict__, "signature": signature})


def _field(card: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = card.get(key)
    if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field=key)
    return value


def read_card(raw: bytes) -> IdentityCard:
    """Parse and check a card file: its format, fields, self-signature and fingerprint.
    ExchangeError ``not-a-card``, ``card-version`` or ``card-altered``; changes nothing."""
    if len(raw) > MAX_CARD_BYTES:
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field="size")
    try:
        data = crypto.strict_json(raw)
    except ValueError as exc:
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field="json") from exc
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field="format")
    if data.get("version") != CARD_VERSION:
        raise ExchangeError(ExchangeCode.CARD_VERSION)
    card = data.get("card")
    if not isinstance(card, dict) or set(card) != {
            "member_id", "name", "role", "credentials", "signing_public", "age_public",
            "created_at"}:
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field="card")
    try:
        role = Role(_field(card, "role"))
        name = check_name(_field(card, "name"))
        credentials = tuple(
            Credential(label(c["body"], "credential.body"), label(c["number"], "credential.number"),
                       None if c.get("valid_until") is None else str(c["valid_until"]))
            for c in card["credentials"])
    except (ValueError, TypeError, KeyError, InvalidInput) as exc:
        raise ExchangeError(ExchangeCode.NOT_A_CARD, field="card") from exc
    parsed = IdentityCard(
        MemberId(_field(card, "member_id", _UUID)), name, role, credentials,
        _field(card, "signing_public", _SIGNING), _field(card, "age_public", _AGE),
        _field(card, "created_at"), _field(data, "signature"))
    if parsed.name != card["name"] or not parsed.signature_valid():
        raise ExchangeError(ExchangeCode.CARD_ALTERED)
    if data.get("fingerprint") != parsed.fingerprint:
        raise ExchangeError(ExchangeCode.CARD_ALTERED)
    return parsed
