"""Cryptographic building blocks: Argon2id key derivation, AES-256-GCM wrapping,
X25519 sealing of the data key, Ed25519 signatures, canonical JSON.

Nothing here touches files or the database. Failures of an AEAD tag raise
:class:`cryptography.exceptions.InvalidTag`; callers decide what that means
(a wrong passphrase when the slot file's checksum was fine).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

#: Setting this variable makes new key slots use a deliberately weak KDF so that test suites
#: and benchmarks run fast. It is written into the slot, so ``verify`` can report it.
TEST_KDF_ENV = "TRIAD_INSECURE_TEST_KDF"
KEY_BYTES = 32


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical_json(value: Any) -> bytes:
    """The one byte encoding used for hashing and signing: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def strict_json(raw: bytes) -> Any:
    """Parse untrusted JSON strictly: UTF-8, no duplicate keys, no NaN or Infinity, bounded
    nesting. Any failure is a ValueError, so importers refuse it instead of crashing."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate key")
        return dict(pairs)

    def no_constants(name: str) -> Any:
        raise ValueError(name)  # NaN, Infinity: not JSON

    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                          parse_constant=no_constants)
    except (UnicodeDecodeError, RecursionError) as exc:
        raise ValueError(type(exc).__name__) from exc


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored beside every slot they protect."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: str  # base64
    profile: str = "calibrated"  # or "test"

    def derive(self, secret: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            b64d(self.salt),
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        return cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            salt=str(data["salt"]),
            profile=str(data.get("profile", "calibrated")),
        )


_calibrated: tuple[int, int, int] | None = None


def test_kdf_requested() -> bool:
    return os.environ.get(TEST_KDF_ENV, "") not in ("", "0")


def new_kdf_params(target_seconds: float = 0.6) -> KdfParams:
    """Fresh salt and parameters: calibrated on this machine to about ``target_seconds``
    (64 MiB, 2 lanes, as many passes as fit), or the cheap test profile when requested."""
    salt = b64e(secrets.token_bytes(16))
    if test_kdf_requested():
        return KdfParams(1, 8, 1, salt, "test")
    global _calibrated
    if _calibrated is None:
        memory, lanes = 64 * 1024, 2
        start = time.perf_counter()
        rounds = 0
        # Time at least ~0.25 s of work: the clock here moves in coarse steps.
        while time.perf_counter() - start < 0.25 or rounds < 2:
            hash_secret_raw(b"calibrate", b"0" * 16, 1, memory, lanes, 32, Type.ID)
            rounds += 1
        per_pass = max((time.perf_counter() - start) / rounds, 1e-3)
        _calibrated = (max(2, min(12, round(target_seconds / per_pass))), memory, lanes)
    t, m, p = _calibrated
    return KdfParams(t, m, p, salt)


def lookup_kdf(salt: bytes) -> KdfParams:
    """A cheaper Argon2id for turning a member's name into a slot lookup tag: enough to slow a
    dictionary of names, cheap enough to pay on every unlock."""
    if test_kdf_requested():
        return KdfParams(1, 8, 1, b64e(salt), "test")
    return KdfParams(2, 16 * 1024, 1, b64e(salt))


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": b64e(nonce), "ct": b64e(AESGCM(key).encrypt(nonce, plaintext, aad))}


def aead_decrypt(key: bytes, box: dict[str, str], aad: bytes) -> bytes:
    """Raises ``cryptography.exceptions.InvalidTag`` on a wrong key or altered box."""
    return AESGCM(key).decrypt(b64d(box["nonce"]), b64d(box["ct"]), aad)


def x25519_generate() -> tuple[bytes, bytes]:
    """A new X25519 key pair as (private, public) raw bytes."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), private.public_key().public_bytes_raw()


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _hkdf(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=info).derive(shared)


def seal(public: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    """Encrypt ``secret`` to an X25519 public key (ephemeral-static ECDH, HKDF, AES-GCM).
    This lets a member who holds the data key re-key the vault for the others without
    knowing their passphrases."""
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    key = _hkdf(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), epk + public + aad)
    return {"epk": b64e(epk), **aead_encrypt(key, secret, aad)}


def unseal(private: bytes, box: dict[str, str], aad: bytes) -> bytes:
    me = X25519PrivateKey.from_private_bytes(private)
    epk = b64d(box["epk"])
    public = me.public_key().public_bytes_raw()
    key = _hkdf(me.exchange(X25519PublicKey.from_public_bytes(epk)), epk + public + aad)
    return aead_decrypt(key, box, aad)


def ed25519_generate() -> tuple[bytes, bytes]:
    private = Ed25519PrivateKey.generate()
    return _raw_private(private), private.public_key().public_bytes_raw()


SigningKey = bytes | Ed25519PrivateKey


def signer(private: bytes) -> Ed25519PrivateKey:
    """The key object for repeated signing: loading it costs as much as a signature."""
    return Ed25519PrivateKey.from_private_bytes(private)


def sign(private: SigningKey, message: bytes) -> bytes:
    key = private if isinstance(private, Ed25519PrivateKey) else signer(private)
    return key.sign(message)


def signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
