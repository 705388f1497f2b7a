"""The vault on disk: a folder holding the key slot file and one SQLCipher database.

    practice.triad/
        keyslots            slot file (see keyslots.py); names the current database file
        data-<gen>.db       the encrypted database (+ -wal, -shm while open), in the page
                            format (storage.CipherProfile) the slot file records for it
        lock                advisory lock: shared while open, exclusive while re-keying

Re-keying (removing a member) exports the database under a new data key, in the current page
format, into ``data-<gen+1>.db``, then atomically replaces ``keyslots`` (the commit point), then
deletes the old file. A crash before the rename leaves the old generation intact; after it, the new one.
Unreferenced files from an interrupted re-key are removed on the next open.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from triad import crypto
from triad.errors import (
    DamagedCode,
    InvalidCode,
    InvalidInput,
    StorageCode,
    StorageFailed,
    UnknownMember,
    VaultCode,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
)
from triad.vault import recovery
from triad.vault.database import CURRENT_CIPHER, Database
from triad.vault.files import atomic_write, fsync_dir
from triad.vault.keyslots import Slot, SlotFile

SLOTS = "keyslots"
LOCK = "lock"
_DB_NAME = re.compile(r"^data-(\d+)\.db$")
BACKUP_MAGIC = b"TRIAD-BACKUP 1\n"

class VaultLock:
    """An advisory lock on the vault folder: shared while open, exclusive for re-keying.

    portalocker takes it (``flock`` on POSIX, ``LockFileEx`` on Windows, where ``fcntl`` is
    missing and the lock used to do nothing); it is imported here, not at start-up (~90 ms)."""

    def __init__(self, folder: Path) -> None:
        self._file: IO[bytes] | None = None
        self._depth = 0
        try:
            fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
            self._file = os.fdopen(fd, "r+b")
        except OSError as exc:
            raise VaultError(VaultCode.LOCK, errno=exc.errno) from exc
        self._take(shared=True, wait=5.0)

    def _take(self, shared: bool, wait: float) -> bool:
        """Take the lock, retrying for ``wait`` seconds: False if not got and ``wait`` is 0,
        VaultError ``busy`` if not got in ``wait`` seconds."""
        import portalocker

        if self._file is None:
            return True
        flags = portalocker.LockFlags.SHARED if shared else portalocker.LockFlags.EXCLUSIVE
        deadline = time.monotonic() + wait
        while True:
            try:
                portalocker.lock(self._file, flags | portalocker.LockFlags.NON_BLOCKING)
                return True
            except portalocker.AlreadyLocked:
                if time.monotonic() >= deadline:
                    if wait:
                        raise VaultError(VaultCode.BUSY) from None
                    return False
                time.sleep(0.05)
            except portalocker.LockException as exc:
                cause = exc.__cause__
                raise VaultError(VaultCode.LOCK, errno=getattr(cause, "errno", None)) from exc

    def _drop(self) -> None:
        import portalocker

        if self._file is not None:
            with contextlib.suppress(portalocker.LockException):
                portalocker.unlock(self._file)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Exclusive for the block, shared again after. Refuses while another process has
        the vault open."""
        if self._depth == 0:
            # Windows cannot turn a shared lock into an exclusive one in place (and flock's
            # conversion is not atomic either): let go, try, and take it shared again if not.
            self._drop()
            if not self._take(shared=False, wait=0.0):
                self._take(shared=True, wait=5.0)
                raise VaultError(VaultCode.IN_USE)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._drop()
                self._take(shared=True, wait=5.0)

    def release(self) -> None:
        if self._file is not None:
            self._drop()
            self._file.close()
            self._file = None


@dataclass(frozen=True)
class Unlocked:
    """What a successful unlock yields: the slot used and its private key."""

    slot: Slot
    private: bytes


class Vault:
    """An open vault: the slot file, the data key (in memory only) and the database."""

    def __init__(self, folder: Path, slots: SlotFile, data_key: bytes, lock: VaultLock,
                 new: bool = False) -> None:
        self.folder = folder
        self.slots = slots
        self._data_key = data_key
        self._lock = lock
        self.epoch = 0
        """Goes up when the data file a ``reader()`` opened stops being this vault's: at the
        start of a re-key and at close (a background reader stops: Workspace.full_check)."""
        self.db = Database(folder / slots.db_file, data_key, slots.cipher)
        try:
            # An existing vault's database always holds its schema: one without is damage
            # (emptied or replaced), never a reason to write a fresh database into the file.
            if not new and self.db.schema_version() == 0:
                raise VaultDamaged(DamagedCode.DATABASE_EMPTY)
            self.db.migrate()
        except BaseException:
            self.close()
            raise

    # -- creating and opening --
    @staticmethod
    def create_files(folder: Path) -> tuple[SlotFile, bytes]:
        """A new empty vault folder with no slots yet; returns the slot file and data key."""
        check_new_path(folder)
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(StorageCode.MKDIR, errno=exc.errno) from exc
        slots = SlotFile(
            vault_id=secrets.token_hex(16),
            generation=1,
            db_file="data-1.db",
            lookup_kdf=crypto.lookup_kdf(secrets.token_bytes(16)),
            cipher=CURRENT_CIPHER,
        )
        return slots, crypto.random_key()

    @staticmethod
    def read_slots(folder: Path) -> SlotFile:
        if not (folder / SLOTS).exists():
            raise VaultMissing(str(folder))
        slots = SlotFile.read(folder / SLOTS)
        if not _DB_NAME.match(slots.db_file):
            raise VaultDamaged(DamagedCode.KEYSLOTS)
        return slots

    @classmethod
    def open_with(cls, folder: Path, slots: SlotFile, unlocked: Unlocked) -> Vault:
        data_key = slots.data_key(unlocked.slot, unlocked.private)
        database = folder / slots.db_file
        if not database.is_file():
            raise VaultDamaged(DamagedCode.DATABASE_MISSING)
        if database.stat().st_size == 0:
            raise VaultDamaged(DamagedCode.DATABASE_EMPTY)
        lock = VaultLock(folder)
        try:
            # Re-read under the lock: a re-key may have finished while we derived keys.
            fresh = cls.read_slots(folder)
            if fresh.generation != slots.generation:
                lock.release()
                slot = fresh.slot_for_member_id(unlocked.slot.member_id or "") or fresh.recovery_slot()
                if slot is None or slot.slot_id != unlocked.slot.slot_id:
                    raise UnknownMember()
                return cls.open_with(folder, fresh, Unlocked(slot, unlocked.private))
            vault = cls(folder, slots.checked_changes(data_key), data_key, lock)
        except BaseException:
            lock.release()
            raise
        vault._remove_stale_files()
        return vault

    def reader(self) -> Database:
        """A second connection to the same database, for work on another thread while this
        one stays free (the background verification, issue 18). The caller closes it; it
        reads a consistent snapshot inside a transaction (WAL) while others write."""
        return Database(self.folder / self.slots.db_file, self._data_key, self.slots.cipher)

    def close(self) -> None:
        """Close the database and forget the data key."""
        self.epoch += 1
        self.db.close()
        self._data_key = b""
        self._lock.release()

    def _remove_stale_files(self) -> None:
        for child in self.folder.iterdir():
            base = child.name.split("-wal")[0].split("-shm")[0]
            stale_db = _DB_NAME.match(base) and base != self.slots.db_file
            stale_tmp = child.name.startswith(".") and child.name.endswith(".tmp")
            if stale_db or stale_tmp:
                with contextlib.suppress(OSError):
                    child.unlink()

    # -- slots --
    def save_slots(self, slots: SlotFile) -> None:
        """Write the slot file (a recorded passphrase change gets its mac: keyslots)."""
        slots = slots.with_change_macs(self._data_key)
        slots.write(self.folder / SLOTS)
        self.slots = slots

    def new_slot(self, kind: str, secret: bytes, member_id: str | None = None,
                 lookup: str | None = None, slot_id: str | None = None) -> Slot:
        return self.slots.new_slot(kind, secret, self._data_key, member_id, lookup, slot_id)

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        """Hold the vault exclusively (no other process has it open) for the block."""
        return self._lock.exclusive()

    def replace_recovery_slot(self) -> str:
        """A new recovery code and slot; the old code stops working. Returns the code."""
        code = recovery.new_code()
        slot = self.new_slot("recovery", recovery.normalise(code).encode())
        old = self.slots.recovery_slot()
        slots = self.slots.without({old.slot_id}) if old else self.slots
        self.save_slots(slots.with_slot(slot))
        return code

    def rekey(self, drop_slot_ids: set[str]) -> None:
        """A new data key for the database and the remaining slots; ``drop_slot_ids`` lose
        access. Crash-safe: see the module docstring."""
        self.epoch += 1  # a background reader of the old file stops before it goes
        with self._lock.exclusive():
            new_key = crypto.random_key()
            generation = self.slots.generation + 1
            new_name = f"data-{generation}.db"
            target = self.folder / new_name
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            self.db.export_to(target, new_key, CURRENT_CIPHER)
            _fsync_file(target)
            slots = self.slots.without(drop_slot_ids).resealed(new_key, generation, new_name,
                                                               CURRENT_CIPHER)
            old_name = self.slots.db_file
            self.save_slots(slots)  # the commit point
            self.db.close()
            self._data_key = new_key
            self.db.open(target, new_key, CURRENT_CIPHER)
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / f"{old_name}{suffix}").unlink()
            fsync_dir(self.folder)

    # -- backup and restore --
    def backup(self, target: Path) -> None:
        """Write a self-contained encrypted backup: the slot file and a consistent copy of
        the database (still encrypted under the data key), with a SHA-256 over both."""
        snapshot = self.folder / f".backup-{secrets.token_hex(4)}.tmp"
        try:
            self.db.export_to(snapshot, self._data_key)
            db_bytes = snapshot.read_bytes()
        except OSError as exc:
            raise StorageFailed(StorageCode.BACKUP, errno=exc.errno) from exc
        finally:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{snapshot}{suffix}").unlink()
        slot_bytes = self.slots.to_bytes()
        body = (
            BACKUP_MAGIC
            + struct.pack(">Q", len(slot_bytes)) + slot_bytes
            + struct.pack(">Q", len(db_bytes)) + db_bytes
        )
        atomic_write(target, body + hashlib.sha256(body).digest())

    @staticmethod
    def unpack_backup(source: Path) -> tuple[SlotFile, bytes]:
        """Check a backup file's checksum and split it; VaultDamaged if anything is off. Only
        a regular file is read (a device such as /dev/zero would never end)."""
        if source.exists() and not source.is_file():
            raise VaultDamaged(DamagedCode.BACKUP)
        try:
            data = source.read_bytes()
        except FileNotFoundError as exc:
            raise VaultMissing(str(source)) from exc
        except OSError as exc:
            raise VaultDamaged(DamagedCode.BACKUP_UNREADABLE, errno=exc.errno) from exc
        body, digest = data[:-32], data[-32:]
        if not data.startswith(BACKUP_MAGIC) or hashlib.sha256(body).digest() != digest:
            raise VaultDamaged(DamagedCode.BACKUP)
        try:
            pos = len(BACKUP_MAGIC)
            (n,) = struct.unpack_from(">Q", body, pos)
            slot_bytes = body[pos + 8 : pos + 8 + n]
            pos += 8 + n
            (m,) = struct.unpack_from(">Q", body, pos)
            db_bytes = body[pos + 8 : pos + 8 + m]
            if pos + 8 + m != len(body):
                raise VaultDamaged(DamagedCode.BACKUP)
        except struct.error as exc:
            raise VaultDamaged(DamagedCode.BACKUP) from exc
        slots = SlotFile.from_bytes(slot_bytes)
        if not _DB_NAME.match(slots.db_file):
            raise VaultDamaged(DamagedCode.BACKUP)
        return slots, db_bytes

    @staticmethod
    def write_restored(folder: Path, slots: SlotFile, db_bytes: bytes) -> None:
        """Lay a backup's files out as a vault folder (which must not exist yet)."""
        if folder.exists():
            raise VaultExists(str(folder))
        try:
            folder.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise StorageFailed(StorageCode.MKDIR, errno=exc.errno) from exc
        atomic_write(folder / slots.db_file, db_bytes)
        slots.write(folder / SLOTS)


def _fsync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StorageFailed(StorageCode.FSYNC, errno=exc.errno) from exc


def remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def staging_for(folder: Path, purpose: str) -> Path:
    """The hidden sibling folder a new vault is built in (``.NAME.creating``), emptied."""
    staging = folder.with_name(f".{folder.name}.{purpose}")
    remove_tree(staging)
    return staging


def move_into_place(staging: Path, folder: Path) -> None:
    """Rename a vault built in ``staging`` to ``folder`` (missing, empty, or the remains of an
    init that stopped early): a vault folder appears whole or not at all, so a full disk or a
    crash while building never leaves a half-built vault that blocks the next attempt."""
    check_new_path(folder)
    try:
        if folder.exists():
            folder.rmdir()
        staging.rename(folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        raise StorageFailed(StorageCode.CREATE, errno=exc.errno) from exc


def check_new_path(folder: Path) -> None:
    """Refuse anything but a missing or empty folder, or the remains of an ``init`` that
    stopped before writing its slot file (only a lock and database files, no ``keyslots``)."""
    if not folder.name:
        raise InvalidInput(InvalidCode.PATH)
    if not folder.exists():
        return
    if not folder.is_dir():
        raise VaultExists(str(folder))
    for child in folder.iterdir():
        base = child.name.split("-wal")[0].split("-shm")[0]
        if child.name != LOCK and not _DB_NAME.match(base):
            raise VaultExists(str(folder))
    for child in folder.iterdir():
        child.unlink()
