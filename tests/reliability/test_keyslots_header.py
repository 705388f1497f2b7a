"""The key slot file's header line is outside its checksum. Found by the tamper sweep: flipping
the version digit '1' to '0' opened the vault as if nothing had happened, and '1' to '3', '5'
or '9' said "written by a newer Triad" instead of "damaged". The body carries its own copy of
the format, which must now agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reliability.helpers import flip
from triad import crypto
from triad.errors import VaultDamaged, VaultTooNew
from triad.vault.keyslots import HEADER, SlotFile
from triad.workspace import Workspace


def test_every_bit_of_the_header_line_is_covered(vault_path: Path) -> None:
    slots = vault_path / "keyslots"
    original = slots.read_bytes()
    header_length = original.index(b"\n") + 1
    for offset in range(header_length):
        for bit in range(8):
            flip(slots, offset, 1 << bit)
            with pytest.raises(VaultDamaged):
                Workspace.open(vault_path, "header passphrase")
            slots.write_bytes(original)
    Workspace.open(vault_path, "header passphrase").close()


def test_every_bit_of_the_body_is_covered(vault_path: Path) -> None:
    original = (vault_path / "keyslots").read_bytes()
    for offset in range(len(original)):
        for bit in range(8):
            data = bytearray(original)
            data[offset] ^= 1 << bit
            with pytest.raises(VaultDamaged):
                SlotFile.from_bytes(bytes(data))


def test_an_intact_file_from_a_newer_version_is_too_new() -> None:
    for body in (crypto.canonical_json({"format": 3, "slots": "a future layout"}), b"\x00binary"):
        data = HEADER + f"3 sha256={crypto.sha256_hex(body)}\n".encode() + body
        with pytest.raises(VaultTooNew):
            SlotFile.from_bytes(data)
    body = json.dumps({"format": 1}).encode()
    with pytest.raises(VaultDamaged):  # header says 2, body says 1: a flipped digit
        SlotFile.from_bytes(HEADER + f"2 sha256={crypto.sha256_hex(body)}\n".encode() + body)


def test_a_page_format_this_program_lacks_is_too_new(vault_path: Path) -> None:
    """Format 2 records the data file's cipher profile; an intact file naming an unknown one
    was written by a newer program (not damage); a missing or malformed one is damage."""
    doc = json.loads((vault_path / "keyslots").read_bytes().partition(b"\n")[2])
    assert doc["format"] == 2 and doc["cipher"] == {"hmac": "HMAC_SHA256", "page_size": 4096}

    def with_cipher(cipher: object) -> bytes:
        body = crypto.canonical_json({**doc, "cipher": cipher})
        return HEADER + f"2 sha256={crypto.sha256_hex(body)}\n".encode() + body

    for unknown in ({"hmac": "HMAC_SHA3", "page_size": 4096},
                    {"hmac": "HMAC_SHA256", "page_size": 1024}):
        with pytest.raises(VaultTooNew):
            SlotFile.from_bytes(with_cipher(unknown))
    for malformed in (None, "HMAC_SHA256", {"hmac": "HMAC_SHA256"},
                      {"hmac": "HMAC_SHA256", "page_size": 4096, "use_hmac": False}):
        with pytest.raises(VaultDamaged):
            SlotFile.from_bytes(with_cipher(malformed))
    body = crypto.canonical_json({k: v for k, v in doc.items() if k != "cipher"})
    with pytest.raises(VaultDamaged):  # format 2 without its profile
        SlotFile.from_bytes(HEADER + f"2 sha256={crypto.sha256_hex(body)}\n".encode() + body)


@pytest.fixture
def vault_path(scratch: Path) -> Path:
    from triad.roles import Role

    path = scratch / "v.triad"
    ws = Workspace.create(path, name="Dr Header", role=Role.THERAPIST,
                          passphrase="header passphrase").workspace
    ws.members.add("Sam Header", Role.SURROGATE, "surrogate passphrase")
    ws.close()
    return path
