"""The data file's page format (storage.CipherProfile), recorded in the key slot file.

New vaults are written with HMAC-SHA256 over 4 KiB pages; vaults written before the profile
was recorded (slot file format 1) use SQLCipher 4's defaults, HMAC-SHA512 over 4 KiB pages,
and must keep opening, verifying, backing up and restoring. A re-key (member removal) moves a
vault to the current profile."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite

from tests.core.conftest import (
    SURROGATE,
    SURROGATE_PASS,
    THERAPIST,
    THERAPIST_PASS,
    NewVault,
    flip_byte,
)
from triad.errors import VaultDamaged, VaultTooNew
from triad.roles import Role
from triad.vault.database import CURRENT_CIPHER, LEGACY_CIPHER, CipherProfile, Database
from triad.vault.keyslots import SlotFile
from triad.workspace import Workspace


def reads_with(db_file: Path, key: bytes, pragmas: list[str]) -> bool:
    """Whether plain sqlcipher3 reads the file with only these settings after the key."""
    conn = sqlite.connect(str(db_file))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in pragmas:
            conn.execute(pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite.DatabaseError:
        return False
    finally:
        conn.close()


def make_legacy(vault: NewVault) -> bytes:
    """Turn the open test vault into one as written before profiles were recorded: the data
    file in SQLCipher's default format, the slot file in format 1. Returns the data key."""
    ws = vault.ws
    key = ws.vault._data_key
    db_file = vault.path / ws.vault.slots.db_file
    converted = vault.path / "converted.tmp"
    ws.vault.db.export_to(converted, key, LEGACY_CIPHER)
    slots = dataclasses.replace(ws.vault.slots, cipher=LEGACY_CIPHER)
    ws.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    converted.replace(db_file)
    slots.write(vault.path / "keyslots")
    assert (vault.path / "keyslots").read_bytes().startswith(b"triad-keyslots 1 ")
    assert b'"cipher"' not in (vault.path / "keyslots").read_bytes()
    assert reads_with(db_file, key, [])  # SQLCipher's defaults, nothing else
    return key


def test_new_vault_uses_the_current_profile(vault: NewVault) -> None:
    db = vault.ws.vault.db
    assert vault.ws.vault.slots.cipher == CURRENT_CIPHER == CipherProfile("HMAC_SHA256", 4096)
    assert db.one("PRAGMA cipher_hmac_algorithm") == ("HMAC_SHA256",)
    assert db.one("PRAGMA cipher_page_size") == ("4096",)
    assert db.one("PRAGMA cipher_use_hmac") == ("1",)
    assert db.one("PRAGMA cipher") == ("AES-256-CBC",)
    assert db.one("PRAGMA cipher_memory_security") == ("0",)
    key, db_file = vault.ws.vault._data_key, db.path
    vault.ws.close()
    assert (vault.path / "keyslots").read_bytes().startswith(b"triad-keyslots 2 ")
    assert not reads_with(db_file, key, [])  # the defaults do not open it: the profile matters
    assert reads_with(db_file, key, CURRENT_CIPHER.pragmas())
    assert Workspace.open(vault.path, THERAPIST_PASS).verify().ok


def test_a_vault_in_the_old_format_opens_verifies_and_writes(vault: NewVault) -> None:
    vault.ws.append("note.test", {"text": "written before the conversion"})
    make_legacy(vault)
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    assert ws.vault.slots.cipher == LEGACY_CIPHER
    assert ws.vault.db.one("PRAGMA cipher_hmac_algorithm") == ("HMAC_SHA512",)
    assert ws.verify().ok
    ws.append("note.test", {"text": "written in the old format"})
    ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS)  # a slot file write keeps format 1
    ws.close()
    assert (vault.path / "keyslots").read_bytes().startswith(b"triad-keyslots 1 ")
    ws = Workspace.open(vault.path, SURROGATE_PASS, SURROGATE)
    assert [e.body["text"] for e in ws.log.entries("kind='note.test'")] == [
        "written before the conversion", "written in the old format"]
    assert ws.verify().ok
    ws.close()


def test_backup_of_an_old_format_vault_restores(vault: NewVault, tmp_path: Path) -> None:
    make_legacy(vault)
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    ws.backup(tmp_path / "old.backup")
    ws.close()
    restored, report = Workspace.restore(tmp_path / "old.backup", tmp_path / "restored.triad",
                                         THERAPIST_PASS)
    assert report.ok and restored.vault.slots.cipher == LEGACY_CIPHER
    restored.close()


def test_a_rekey_moves_an_old_vault_to_the_current_profile(vault: NewVault) -> None:
    vault.ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS)
    make_legacy(vault)
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    ws.members.add("Temporary Member", Role.SURROGATE, "temporary passphrase")
    ws.members.remove("Temporary Member")
    assert ws.vault.slots.cipher == CURRENT_CIPHER and ws.vault.slots.generation == 2
    assert ws.vault.db.one("PRAGMA cipher_hmac_algorithm") == ("HMAC_SHA256",)
    ws.append("note.test", {"text": "after the re-key"})
    ws.close()
    assert not (vault.path / "data-1.db").exists()
    assert (vault.path / "keyslots").read_bytes().startswith(b"triad-keyslots 2 ")
    for name, passphrase in ((THERAPIST, THERAPIST_PASS), (SURROGATE, SURROGATE_PASS)):
        ws = Workspace.open(vault.path, passphrase, name)
        assert ws.verify().ok
        ws.close()


def test_every_page_of_an_old_format_vault_is_still_checked(vault: NewVault) -> None:
    vault.ws.append("note.test", {"text": "x" * 9000})  # spills onto overflow pages
    make_legacy(vault)
    db_file = vault.path / "data-1.db"
    original = db_file.read_bytes()
    flips = 0
    for offset in range(100, len(original), LEGACY_CIPHER.page_size):  # a byte in every page
        flip_byte(db_file, offset, 0x10)
        try:
            ws = Workspace.open(vault.path, THERAPIST_PASS)
        except VaultDamaged:
            pass
        else:
            with contextlib.suppress(VaultDamaged):  # verify may meet the page as an error
                assert not ws.verify().ok, f"flip at {offset} went unnoticed"
            ws.close()
        db_file.write_bytes(original)
        flips += 1
    assert flips >= 10


def test_a_slot_file_naming_the_wrong_profile_reads_as_damage(vault: NewVault) -> None:
    """The profile is covered by the slot file's checksum; a consistent but wrong one (a
    hand-edited file) still cannot open the data file as anything but damage."""
    slots = vault.ws.vault.slots
    vault.ws.close()
    dataclasses.replace(slots, cipher=CipherProfile("HMAC_SHA512", 8192)).write(
        vault.path / "keyslots")
    with pytest.raises(VaultDamaged):
        Workspace.open(vault.path, THERAPIST_PASS)
    assert SlotFile.read(vault.path / "keyslots").cipher.hmac == "HMAC_SHA512"


def test_database_refuses_an_unknown_profile(tmp_path: Path) -> None:
    with pytest.raises(VaultTooNew):
        Database(tmp_path / "x.db", b"\x00" * 32, CipherProfile("HMAC_SHA1; DROP", 4096))
