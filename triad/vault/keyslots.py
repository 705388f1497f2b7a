"""Key slots: how members (and the recovery code) reach the vault's data key.

The database is encrypted with a random 256-bit data key. Each slot holds an X25519 key pair:
the public half in clear, the private half wrapped with AES-256-GCM under a key that Argon2id
derives from the member's passphrase (parameters stored in the slot). The data key is *sealed*
to every slot's public key. So:

* a wrong passphrase fails the wrap's AEAD tag -- distinct from damage, which the file's
  SHA-256 checksum catches first;
* a member who holds the data key can re-key the vault (new data key, sealed to every remaining
  slot) without knowing anyone else's passphrase;
* slots find their member by a salted Argon2id tag of the normalised name, never the name.

The slot file is one JSON document behind a header line carrying its SHA-256. It also names
the current data file and records the SQLCipher profile that file was written with: format 1
(no ``cipher`` field) means SQLCipher 4's defaults, format 2 carries ``cipher``. Replacing the
slot file is a re-key's commit point, so the data file and its profile always change together.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from triad import crypto
from triad.errors import (
    DamagedCode,
    TooNewCode,
    VaultDamaged,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from triad.vault.database import CURRENT_CIPHER, LEGACY_CIPHER, CipherProfile
from triad.vault.files import atomic_write

FORMAT = 2  # the newest this program reads and writes
HEADER = b"triad-keyslots "
Box = dict[str, str]


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


# The entry kinds a passphrase change is logged as, and their codes in the slot file (short
# codes: the slot file holds no words a leak scan looks for, "passphrase" among them).
_CHANGE_CODES = {"member.passphrase_changed": "new", "member.passphrase_recovered": "recovered"}


@dataclass(frozen=True)
class PassphraseChange:
    """Written into a slot together with its new passphrase wrap: the log entry that must
    record the change (``kind``, with ``change_id`` in its body). The slot file is written
    first and the entry appended after it; if a crash falls between the two, the member's
    next unlock finds no entry with this id and appends it (Workspace), so the log never
    lacks a change that took effect -- and never claims one that did not."""

    change_id: str
    kind: str
    # HMAC under a key derived from the data key (SlotFile.change_mac), set when the vault
    # writes the slot file. The slot file's checksum is no seal: without this, anyone who can
    # write the file could add a change and have the member's next unlock log, signed by
    # the member, a passphrase change that never happened. A change without it (a slot file
    # written before it existed) is never logged; one with a wrong mac is damage.
    mac: str = ""

    def to_json(self) -> dict[str, str]:
        d = {"id": self.change_id, "by": _CHANGE_CODES[self.kind]}
        if self.mac:
            d["mac"] = self.mac
        return d

    @classmethod
    def from_json(cls, d: Any) -> PassphraseChange:
        kinds = {code: kind for kind, code in _CHANGE_CODES.items()}
        if not isinstance(d, dict) or set(d) - {"mac"} != {"id", "by"} or d["by"] not in kinds \
                or not all(isinstance(v, str) for v in d.values()):
            raise ValueError("change")
        return cls(d["id"], kinds[d["by"]], d.get("mac", ""))

    @classmethod
    def new(cls, kind: str) -> PassphraseChange:
        return cls(secrets.token_hex(16), kind)


@dataclass(frozen=True)
class Slot:
    slot_id: str
    kind: str  # "member" or "recovery"
    kdf: crypto.KdfParams
    public: str
    wrapped_private: Box
    sealed_key: Box
    member_id: str | None = None
    lookup: str | None = None
    quick: Box | None = None
    change: PassphraseChange | None = None  # the last passphrase change (see the class)

    def to_json(self) -> dict[str, Any]:
        d = {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
            "public": self.public,
            "wrapped_private": self.wrapped_private,
            "sealed_key": self.sealed_key,
            "member_id": self.member_id,
            "lookup": self.lookup,
            "quick": self.quick,
        }
        if self.change is not None:
            d["change"] = self.change.to_json()
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Slot:
        return cls(
            slot_id=d["slot_id"],
            kind=d["kind"],
            kdf=crypto.KdfParams.from_json(d["kdf"]),
            public=d["public"],
            wrapped_private=dict(d["wrapped_private"]),
            sealed_key=dict(d["sealed_key"]),
            member_id=d.get("member_id"),
            lookup=d.get("lookup"),
            quick=dict(d["quick"]) if d.get("quick") else None,
            change=PassphraseChange.from_json(d["change"]) if "change" in d else None,
        )


@dataclass(frozen=True)
class SlotFile:
    vault_id: str
    generation: int
    db_file: str
    lookup_kdf: crypto.KdfParams
    slots: tuple[Slot, ...] = field(default_factory=tuple)
    cipher: CipherProfile = LEGACY_CIPHER  # the data file's page format (see module docstring)

    # -- aad strings bind every box to this vault, slot and key generation --
    def _private_aad(self, slot_id: str, purpose: str) -> bytes:
        return f"triad-slot|{purpose}|{self.vault_id}|{slot_id}".encode()

    def _sealed_aad(self, slot_id: str) -> bytes:
        return f"triad-data-key|{self.vault_id}|{slot_id}|{self.generation}".encode()

    def lookup_tag(self, name: str) -> str:
        return self.lookup_kdf.derive(normalise_name(name).encode()).hex()

    def member_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "member"]

    def find_member(self, name: str) -> Slot | None:
        tag = self.lookup_tag(name)
        return next((s for s in self.member_slots() if s.lookup == tag), None)

    def slot_for_member_id(self, member_id: str) -> Slot | None:
        return next((s for s in self.member_slots() if s.member_id == member_id), None)

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    # -- building slots --
    def new_slot(
        self, kind: str, secret: bytes, data_key: bytes, member_id: str | None = None,
        lookup: str | None = None, slot_id: str | None = None,
    ) -> Slot:
        slot_id = slot_id or secrets.token_hex(8)
        private, public = crypto.x25519_generate()
        kdf = crypto.new_kdf_params()
        return Slot(
            slot_id=slot_id,
            kind=kind,
            kdf=kdf,
            public=crypto.b64e(public),
            wrapped_private=crypto.aead_encrypt(
                kdf.derive(secret), private, self._private_aad(slot_id, "passphrase")
            ),
            sealed_key=crypto.seal(public, data_key, self._sealed_aad(slot_id)),
            member_id=member_id,
            lookup=lookup,
        )

    def rewrap(self, slot: Slot, private: bytes, secret: bytes,
               change: PassphraseChange | None = None) -> Slot:
        """The same key pair under a new passphrase (fresh salt, current KDF profile);
        ``change``: the log entry that is to record it."""
        kdf = crypto.new_kdf_params()
        box = crypto.aead_encrypt(
            kdf.derive(secret), private, self._private_aad(slot.slot_id, "passphrase")
        )
        return replace(slot, kdf=kdf, wrapped_private=box, change=change)

    def unlock(self, slot: Slot, secret: bytes) -> bytes:
        """The slot's private key, or WrongPassphrase."""
        try:
            return crypto.aead_decrypt(
                slot.kdf.derive(secret), slot.wrapped_private,
                self._private_aad(slot.slot_id, "passphrase"),
            )
        except InvalidTag as exc:
            raise WrongPassphrase() from exc

    def with_quick(self, slot: Slot, private: bytes, wrapping_key: bytes | None) -> Slot:
        box = None
        if wrapping_key is not None:
            box = crypto.aead_encrypt(wrapping_key, private, self._private_aad(slot.slot_id, "quick"))
        return replace(slot, quick=box)

    def unlock_quick(self, slot: Slot, wrapping_key: bytes) -> bytes:
        assert slot.quick is not None
        try:
            return crypto.aead_decrypt(wrapping_key, slot.quick, self._private_aad(slot.slot_id, "quick"))
        except InvalidTag as exc:
            raise WrongPassphrase("quick") from exc

    def data_key(self, slot: Slot, private: bytes) -> bytes:
        try:
            return crypto.unseal(private, slot.sealed_key, self._sealed_aad(slot.slot_id))
        except InvalidTag as exc:
            # The checksum was fine and the private key unwrapped: the seal was altered.
            raise VaultDamaged(DamagedCode.KEYSLOTS) from exc

    def resealed(self, data_key: bytes, generation: int, db_file: str,
                 cipher: CipherProfile = CURRENT_CIPHER) -> SlotFile:
        """A copy for a new data key (and a data file in ``cipher``'s format): every slot
        keeps its key pair and passphrase wrap (and its recorded change, under the new key)."""
        nxt = replace(self, generation=generation, db_file=db_file, cipher=cipher)
        slots = tuple(
            replace(s, sealed_key=crypto.seal(crypto.b64d(s.public), data_key, nxt._sealed_aad(s.slot_id)),
                    change=None if s.change is None or not s.change.mac else
                    replace(s.change, mac=nxt.change_mac(s.slot_id, s.change, data_key)))
            for s in self.slots
        )
        return replace(nxt, slots=slots)

    # -- the passphrase change a slot records (PassphraseChange) --
    def change_mac(self, slot_id: str, change: PassphraseChange, data_key: bytes) -> str:
        key = HKDF(algorithm=SHA256(), length=32, salt=None,
                   info=f"triad-slot-change|{self.vault_id}|{slot_id}".encode()).derive(data_key)
        message = f"{change.change_id}|{change.kind}".encode()
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def with_change_macs(self, data_key: bytes) -> SlotFile:
        """Every recorded change that has no mac yet gets one (the vault calls this as it
        writes the file; a change read from the file was checked by :meth:`checked_changes`)."""
        slots = []
        for s in self.slots:
            if s.change is not None and not s.change.mac:
                s = replace(s, change=replace(
                    s.change, mac=self.change_mac(s.slot_id, s.change, data_key)))
            slots.append(s)
        return replace(self, slots=tuple(slots))

    def checked_changes(self, data_key: bytes) -> SlotFile:
        """This slot file with only the changes the vault itself recorded: one without a mac
        (written before changes carried one) is dropped, so never logged; a wrong mac is
        VaultDamaged (the file was altered after the vault wrote it)."""
        slots = []
        for s in self.slots:
            change = s.change
            if change is not None:
                if not change.mac:
                    s = replace(s, change=None)
                elif not hmac.compare_digest(
                        change.mac, self.change_mac(s.slot_id, change, data_key)):
                    raise VaultDamaged(DamagedCode.KEYSLOTS)
            slots.append(s)
        return replace(self, slots=tuple(slots))

    def with_slot(self, slot: Slot) -> SlotFile:
        """Add ``slot``, or replace the slot with the same id, keeping the order."""
        ids = [s.slot_id for s in self.slots]
        if slot.slot_id in ids:
            slots = tuple(slot if s.slot_id == slot.slot_id else s for s in self.slots)
        else:
            slots = (*self.slots, slot)
        return replace(self, slots=slots)

    def without(self, slot_ids: set[str]) -> SlotFile:
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id not in slot_ids))

    # -- file format --
    def to_bytes(self) -> bytes:
        # A vault still on the old page format keeps format 1, which older programs read.
        version = 1 if self.cipher == LEGACY_CIPHER else FORMAT
        doc: dict[str, Any] = {
            "format": version,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "db_file": self.db_file,
            "lookup_kdf": self.lookup_kdf.to_json(),
            "slots": [s.to_json() for s in self.slots],
        }
        if version >= 2:
            doc["cipher"] = self.cipher.to_json()
        body = crypto.canonical_json(doc)
        return HEADER + f"{version} sha256={crypto.sha256_hex(body)}\n".encode() + body

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        # Opening reads the file twice (to find the slot, then again under the vault lock in
        # case a re-key finished meanwhile); the same bytes give the same immutable object.
        global _last_read
        if _last_read is not None and _last_read[0] == data:
            return _last_read[1]
        slots = cls._parse(data)
        _last_read = (data, slots)
        return slots

    @classmethod
    def _parse(cls, data: bytes) -> SlotFile:
        head, sep, body = data.partition(b"\n")
        if not sep or not head.startswith(HEADER):
            raise VaultDamaged(DamagedCode.KEYSLOTS)
        try:
            version_text, digest = head[len(HEADER) :].decode("ascii").split(" sha256=")
            version = int(version_text)
            if crypto.sha256_hex(body) != digest:
                raise VaultDamaged(DamagedCode.KEYSLOTS)
            try:
                d = json.loads(body)
            except ValueError:
                if version > FORMAT:  # intact, in a layout this program does not know
                    raise VaultTooNew(TooNewCode.KEYSLOTS, found=version) from None
                raise
            # The checksum covers the body, not the header line: a flipped version digit
            # ('1' -> '0' or '9') must read as damage, so the body's own copy has to agree.
            if not isinstance(d, dict) or d.get("format") != version:
                raise VaultDamaged(DamagedCode.KEYSLOTS)
            if version > FORMAT:
                raise VaultTooNew(TooNewCode.KEYSLOTS, found=version)
            if version < 1:
                raise VaultDamaged(DamagedCode.KEYSLOTS)
            cipher = LEGACY_CIPHER
            if version >= 2:
                c = d["cipher"]
                if not isinstance(c, dict) or set(c) != {"hmac", "page_size"}:
                    raise VaultDamaged(DamagedCode.KEYSLOTS)
                cipher = CipherProfile(str(c["hmac"]), int(c["page_size"]))
                if not cipher.known():  # intact, but a page format this program lacks
                    raise VaultTooNew(TooNewCode.CIPHER)
            return cls(
                vault_id=str(d["vault_id"]),
                generation=int(d["generation"]),
                db_file=str(d["db_file"]),
                lookup_kdf=crypto.KdfParams.from_json(d["lookup_kdf"]),
                slots=tuple(Slot.from_json(s) for s in d["slots"]),
                cipher=cipher,
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise VaultDamaged(DamagedCode.KEYSLOTS) from exc

    @classmethod
    def read(cls, path: Path) -> SlotFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultMissing("keyslots") from exc
        except OSError as exc:
            raise VaultDamaged(DamagedCode.KEYSLOTS_UNREADABLE, errno=exc.errno) from exc
        return cls.from_bytes(data)

    def write(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


_last_read: tuple[bytes, SlotFile] | None = None
