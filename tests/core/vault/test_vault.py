"""Key slots, unlocking, re-keying, damage versus wrong passphrase, backup and restore --
all against real SQLCipher vaults on disk."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from tests.core.conftest import (
    SURROGATE,
    SURROGATE_PASS,
    THERAPIST,
    THERAPIST_PASS,
    NewVault,
    flip_byte,
)
from triad.casefile.members import Credential
from triad.errors import (
    InvalidInput,
    PermissionDenied,
    StorageFailed,
    UnknownMember,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from triad.roles import Role
from triad.vault import keyslots
from triad.vault.database import Database
from triad.vault.keyslots import SlotFile
from triad.workspace import Workspace


def add_surrogate(v: NewVault) -> None:
    v.ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS,
                     (Credential("IPSA", "S-77", "2027-06-30"),))


def test_first_member_opens_and_is_the_default(vault: NewVault) -> None:
    vault.ws.close()
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    assert ws.actor.name == THERAPIST and ws.actor.role is Role.THERAPIST
    assert ws.practice_name == "Test"
    ws.close()


def test_pragmas_are_set_for_durability(vault: NewVault) -> None:
    db = vault.ws.vault.db
    assert db.one("PRAGMA journal_mode") == ("wal",)
    assert db.one("PRAGMA synchronous") == (2,)  # FULL
    assert db.one("PRAGMA temp_store") == (2,)  # MEMORY
    assert str(db.one("PRAGMA cipher_version")[0]).startswith("4.")  # type: ignore[index]


def test_wrong_passphrase_is_not_damage(vault: NewVault) -> None:
    vault.ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault.path, "not the passphrase")
    with pytest.raises(UnknownMember):
        Workspace.open(vault.path, THERAPIST_PASS, member="Nobody Here")
    with pytest.raises(VaultMissing):
        Workspace.open(vault.path.parent / "elsewhere.triad", THERAPIST_PASS)


def test_member_lookup_ignores_case_and_spacing(vault: NewVault) -> None:
    add_surrogate(vault)
    ws = Workspace.open(vault.path, SURROGATE_PASS, member="  ana   SØRENSEN ")
    assert ws.actor.role is Role.SURROGATE
    assert ws.actor.credentials == (Credential("IPSA", "S-77", "2027-06-30"),)
    ws.close()


def test_slot_file_holds_no_names(vault: NewVault) -> None:
    add_surrogate(vault)
    raw = (vault.path / "keyslots").read_bytes()
    for name in (THERAPIST, SURROGATE, "therapist", "surrogate"):
        assert name.encode() not in raw
        assert keyslots.normalise_name(name).encode() not in raw


def test_add_member_rules(vault: NewVault) -> None:
    add_surrogate(vault)
    with pytest.raises(InvalidInput, match="name-taken"):
        vault.ws.members.add(SURROGATE.upper(), Role.SUPERVISOR, "another passphrase")
    with pytest.raises(InvalidInput, match="passphrase-too-short"):
        vault.ws.members.add("Short Pass", Role.SUPERVISOR, "short")
    with pytest.raises(InvalidInput, match="date"):
        vault.ws.members.add("Bad Date", Role.SUPERVISOR, "long enough pass",
                             (Credential("X", "1", "31/12/2027"),))
    surrogate = Workspace.open(vault.path, SURROGATE_PASS, member=SURROGATE)
    with pytest.raises(PermissionDenied):
        surrogate.members.add("Someone", Role.SURROGATE, "long enough pass")
    with pytest.raises(PermissionDenied):
        surrogate.members.remove(THERAPIST)
    surrogate.close()


def test_remove_member_rekeys_and_locks_them_out(vault: NewVault) -> None:
    add_surrogate(vault)
    old_key = vault.ws.vault._data_key
    old_db = vault.path / vault.ws.vault.slots.db_file
    old_slots = (vault.path / "keyslots").read_bytes()
    vault.ws.members.remove(SURROGATE)
    new_slots = SlotFile.read(vault.path / "keyslots")
    assert new_slots.generation == 2 and not old_db.exists()
    assert len(new_slots.member_slots()) == 1
    with pytest.raises(UnknownMember):
        Workspace.open(vault.path, SURROGATE_PASS, member=SURROGATE)
    # Even with a copy of the old slot file, the old data key opens nothing now.
    with pytest.raises(VaultDamaged):
        Database(vault.path / new_slots.db_file, old_key, new_slots.cipher)
    assert old_slots != (vault.path / "keyslots").read_bytes()
    # The remaining member opens and the log still verifies, removal included.
    vault.ws.close()
    ws = Workspace.open(vault.path, THERAPIST_PASS)
    assert ws.verify().ok
    kinds = [e.kind for e in ws.log.entries()]
    assert kinds == ["member.added", "member.added", "member.removed"]
    removed = ws.members.list(include_removed=True)[1]
    assert removed.name == SURROGATE and not removed.active
    ws.close()


def test_cannot_remove_self_or_last_therapist(vault: NewVault) -> None:
    with pytest.raises(InvalidInput, match="cannot-remove-self"):
        vault.ws.members.remove(THERAPIST)


def test_remove_refused_while_vault_open_elsewhere(vault: NewVault) -> None:
    add_surrogate(vault)
    other = Workspace.open(vault.path, SURROGATE_PASS, member=SURROGATE)
    from triad.errors import VaultError

    with pytest.raises(VaultError, match="in-use"):
        vault.ws.members.remove(SURROGATE)
    assert vault.ws.members.find(SURROGATE).active  # nothing was written
    other.close()
    vault.ws.members.remove(SURROGATE)


class Crash(BaseException):
    """Stands for the process dying: no cleanup code runs past it."""


@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_interrupted_remove_leaves_a_vault_the_others_open(
    vault: NewVault, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    add_surrogate(vault)
    vault.ws.members.add("Sam Supervisor", Role.SUPERVISOR, "supervisor passphrase")
    if point == "before-commit":
        def crash(*_: object) -> None:
            raise Crash
        monkeypatch.setattr(SlotFile, "write", crash)
    else:
        real = Database.close
        def crash_after_close(self: Database) -> None:
            real(self)
            raise Crash
        original_write = SlotFile.write
        def write_then_arm(self: SlotFile, path: Path) -> None:
            original_write(self, path)
            monkeypatch.setattr(Database, "close", crash_after_close)
        monkeypatch.setattr(SlotFile, "write", write_then_arm)
    with pytest.raises(Crash):
        vault.ws.members.remove(SURROGATE)
    monkeypatch.undo()
    vault.ws.vault._lock.release()  # the dead process's lock goes with it
    for name, passphrase in ((THERAPIST, THERAPIST_PASS), ("Sam Supervisor", "supervisor passphrase")):
        ws = Workspace.open(vault.path, passphrase, member=name)
        assert ws.verify().ok
        ws.close()
    # Opening finished the removal: the surrogate's passphrase opens nothing, and only the
    # current generation's database is left on disk.
    with pytest.raises(UnknownMember):
        Workspace.open(vault.path, SURROGATE_PASS, member=SURROGATE)
    dbs = sorted(p.name for p in vault.path.glob("data-*.db"))
    assert dbs == [SlotFile.read(vault.path / "keyslots").db_file]


def test_change_passphrase(vault: NewVault) -> None:
    vault.ws.change_passphrase("a brand new passphrase")
    vault.ws.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault.path, THERAPIST_PASS)
    Workspace.open(vault.path, "a brand new passphrase").close()


@pytest.mark.parametrize("how", ["passwd", "recover"])
def test_a_passphrase_change_cut_short_is_logged_on_the_next_unlock(
    vault: NewVault, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    kind = {"passwd": "member.passphrase_changed", "recover": "member.passphrase_recovered"}[how]
    new = "a brand new passphrase"

    def crash(self: Workspace, change: object) -> None:
        raise Crash()  # the process ends between the slot file write and the log append

    with monkeypatch.context() as m:
        m.setattr(Workspace, "_log_change", crash)
        with pytest.raises(Crash):
            if how == "passwd":
                vault.ws.change_passphrase(new)
            else:
                vault.ws.close()
                Workspace.recover(vault.path, vault.recovery_code, new)
    with contextlib.suppress(Exception):
        vault.ws.close()
    slot = SlotFile.read(vault.path / "keyslots").member_slots()[0]
    assert slot.change is not None and slot.change.kind == kind
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault.path, THERAPIST_PASS)
    for _ in range(2):  # the first unlock appends the entry, the second finds it
        ws = Workspace.open(vault.path, new)
        entries = ws.log.entries(f"kind='{kind}'")
        assert [e.body for e in entries] == [
            {"member_id": ws.actor.member_id, "change_id": slot.change.change_id}]
        assert ws.verify().ok
        ws.close()


def test_flipped_byte_in_slot_file_is_damage_not_wrong_passphrase(vault: NewVault) -> None:
    vault.ws.close()
    size = (vault.path / "keyslots").stat().st_size
    for offset in range(0, size, max(1, size // 40)):
        original = (vault.path / "keyslots").read_bytes()
        flip_byte(vault.path / "keyslots", offset)
        with pytest.raises(VaultDamaged):
            Workspace.open(vault.path, THERAPIST_PASS)
        (vault.path / "keyslots").write_bytes(original)
    Workspace.open(vault.path, THERAPIST_PASS).close()


def test_flipped_byte_in_database_is_damage(vault: NewVault) -> None:
    add_surrogate(vault)
    db_file = vault.path / vault.ws.vault.slots.db_file
    vault.ws.close()
    size = db_file.stat().st_size
    original = db_file.read_bytes()
    for offset in range(100, size, 4096):  # one byte in every page, past the salt
        flip_byte(db_file, offset, 0x10)
        try:
            ws = Workspace.open(vault.path, THERAPIST_PASS)
        except VaultDamaged:
            pass
        else:
            assert not ws.verify().ok, f"flip at {offset} went unnoticed"
            ws.close()
        db_file.write_bytes(original)


def test_schema_from_the_future_is_refused(vault: NewVault) -> None:
    vault.ws.vault.db.set_meta("schema_version", "999")
    vault.ws.close()
    with pytest.raises(VaultTooNew):
        Workspace.open(vault.path, THERAPIST_PASS)


def test_init_refuses_an_existing_vault(vault: NewVault) -> None:
    before = (vault.path / "keyslots").read_bytes()
    with pytest.raises(VaultExists):
        Workspace.create(vault.path, name="Other", role=Role.THERAPIST, passphrase="another long passphrase")
    assert (vault.path / "keyslots").read_bytes() == before


def test_backup_and_restore(vault: NewVault, tmp_path: Path) -> None:
    add_surrogate(vault)
    backup = tmp_path / "practice.backup"
    vault.ws.backup(backup)
    restored, report = Workspace.restore(backup, tmp_path / "restored.triad", SURROGATE_PASS,
                                         member=SURROGATE)
    assert report.ok and report.log.entries == 2
    assert [m.name for m in restored.members.list()] == [THERAPIST, SURROGATE]
    restored.close()
    # the restored vault is independent of the original
    Workspace.open(tmp_path / "restored.triad", THERAPIST_PASS).close()


def test_restore_refuses_damage_wrong_passphrase_and_existing_path(
    vault: NewVault, tmp_path: Path
) -> None:
    backup = tmp_path / "practice.backup"
    vault.ws.backup(backup)
    target = tmp_path / "restored.triad"
    with pytest.raises(WrongPassphrase):
        Workspace.restore(backup, target, "wrong passphrase!")
    assert not target.exists() and not list(tmp_path.glob(".restored*"))
    with pytest.raises(VaultExists):
        Workspace.restore(backup, vault.path, THERAPIST_PASS)
    size = backup.stat().st_size
    original = backup.read_bytes()
    for offset in range(0, size, max(1, size // 50)):
        flip_byte(backup, offset)
        with pytest.raises(VaultDamaged):
            Workspace.restore(backup, target, THERAPIST_PASS)
        backup.write_bytes(original)
    assert not target.exists()


def test_backup_to_an_unwritable_place_fails_cleanly(vault: NewVault, tmp_path: Path) -> None:
    with pytest.raises(StorageFailed):
        vault.ws.backup(tmp_path / "no-such-folder" / "x.backup")
    assert vault.ws.verify().ok


def test_files_are_private_to_the_owner(vault: NewVault) -> None:
    add_surrogate(vault)
    for child in vault.path.iterdir():
        assert child.stat().st_mode & 0o077 == 0, child.name


def test_close_drops_keys(vault: NewVault) -> None:
    vault.ws.close()
    assert vault.ws.vault._data_key == b"" and vault.ws.slot_private == b""
    with contextlib.suppress(Exception):
        vault.ws.close()


def test_the_next_data_file_generation_is_private_to_the_owner(vault: NewVault) -> None:
    """A re-key (a member's removal, a disposal) writes the next data file owner-only too;
    it once took the process umask (0644 on most systems: readable by every local user)."""
    import os

    add_surrogate(vault)
    old = os.umask(0o022)  # the common default, whatever the test runner set
    try:
        vault.ws.members.remove(SURROGATE)
    finally:
        os.umask(old)
    assert (vault.path / "data-2.db").exists()
    for child in vault.path.iterdir():
        assert child.stat().st_mode & 0o077 == 0, child.name
