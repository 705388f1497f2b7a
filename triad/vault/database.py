"""The encrypted database: a SQLCipher 4 file opened with a raw 256-bit key.

Opening costs no KDF (the key slots did that). The page format is a :class:`CipherProfile`,
recorded with each data-file generation in the key slot file: AES-256-CBC always, with
HMAC-SHA256 for files written since slot-file format 2, SQLCipher 4's default HMAC-SHA512
before that; 4 KiB pages. Pragmas: WAL, synchronous=FULL,
temp_store=MEMORY, foreign keys on, SQLCipher's own logging off. The schema is versioned in the
``meta`` table (``sqlcipher_export`` does not carry ``user_version``) and migrated forward in
one transaction. Every sqlcipher3 exception is converted here; none leaves this module's
callers' reach unconverted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlcipher3 import dbapi2 as sqlite

from triad.errors import (
    Conflict,
    DamagedCode,
    InvalidCode,
    StorageCode,
    StorageFailed,
    TooNewCode,
    TriadError,
    Unstorable,
    VaultCode,
    VaultDamaged,
    VaultError,
    VaultTooNew,
)
from triad.vault.migrations import MIGRATIONS

SQLCIPHER_MAJOR = "4."
T = TypeVar("T")


@dataclass(frozen=True)
class CipherProfile:
    """How SQLCipher encrypts and authenticates each page of one data file. The cipher is
    always AES-256-CBC with a random IV per page write; the HMAC (over the page, its IV and
    its number) is never off. Only these two settings vary, and a file opens only with the
    settings it was written with -- hence they are recorded in the key slot file."""

    hmac: str  # "HMAC_SHA256" or "HMAC_SHA512"
    page_size: int

    HMACS = ("HMAC_SHA256", "HMAC_SHA512")
    PAGE_SIZES = (4096, 8192, 16384)

    def known(self) -> bool:
        return self.hmac in self.HMACS and self.page_size in self.PAGE_SIZES

    def pragmas(self, schema: str = "") -> list[str]:
        """The statements that select this profile, right after ``PRAGMA key`` (or after
        ATTACH ... KEY for an attached ``schema``), before the first page is read."""
        if not self.known():  # only known values ever reach SQL
            raise VaultTooNew(TooNewCode.CIPHER)
        prefix = f"{schema}." if schema else ""
        return [f"PRAGMA {prefix}cipher_hmac_algorithm = {self.hmac}",
                f"PRAGMA {prefix}cipher_page_size = {self.page_size}"]

    def to_json(self) -> dict[str, object]:
        return {"hmac": self.hmac, "page_size": self.page_size}

    @property
    def reserve(self) -> int:
        """Bytes at the end of each page: the 16-byte IV and the HMAC."""
        return 16 + (32 if self.hmac == "HMAC_SHA256" else 64)


# SQLCipher 4's defaults: every vault written before the profile was recorded.
LEGACY_CIPHER = CipherProfile("HMAC_SHA512", 4096)
# New vaults and every re-key. Measured (docs/performance.md): SHA-256 runs on the CPU's SHA
# extensions where present and is several times cheaper per byte than SHA-512 (decrypting a
# cold page: the same 19 list queries 1.77x -> 1.52x of plain SQLite). 8 KiB pages read a
# little faster still but make every commit write and authenticate more bytes (a debrief save
# +0.05 ms), so pages stay at 4 KiB. Still a full-length HMAC over every page.
CURRENT_CIPHER = CipherProfile("HMAC_SHA256", 4096)

SCHEMA_VERSION = len(MIGRATIONS)


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite does (its -wal/-shm copy the mode)."""
    import os

    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        raise StorageFailed(StorageCode.CREATE, errno=exc.errno) from exc


def _classify(exc: Exception) -> TriadError:
    if isinstance(exc, sqlite.IntegrityError):
        # Only a record that clashes with one already stored (an import) gets here.
        return Conflict()
    if isinstance(exc, sqlite.InterfaceError | OverflowError):
        # A value SQLite cannot bind (a list, an integer beyond 64 bits): bad input, which
        # only an imported record can carry -- not damage.
        return Unstorable(InvalidCode.UNSUPPORTED_VALUE)
    kind = _kind(exc)
    if kind == "storage":
        return StorageFailed(StorageCode.SQLITE)
    if kind == "busy":
        return VaultError(VaultCode.BUSY)
    return VaultDamaged(DamagedCode.DATABASE)


# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code carries its
# primary one in the low byte (SQLITE_IOERR_WRITE = 778 -> 10).
_KINDS = {13: "storage", 8: "storage", 10: "storage",  # SQLITE_FULL, _READONLY, _IOERR
          5: "busy", 6: "busy"}  # SQLITE_BUSY, SQLITE_LOCKED
_NAMES = {"SQLITE_FULL": "storage", "SQLITE_READONLY": "storage", "SQLITE_IOERR": "storage",
          "SQLITE_BUSY": "busy", "SQLITE_LOCKED": "busy"}


def _kind(exc: Exception) -> str:
    """``storage`` (disk full, read-only, I/O error), ``busy`` or ``other`` (damage), by the
    error's SQLite code (sqlcipher3, like sqlite3, sets ``sqlite_errorcode`` and
    ``sqlite_errorname``); by the words of the message only for an error that has neither
    (one the module raises itself, not SQLite)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _KINDS.get(code & 0xFF, "other")
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str) and name.startswith("SQLITE_"):
        return next((k for prefix, k in _NAMES.items()
                     if name == prefix or name.startswith(prefix + "_")), "other")
    text = str(exc).lower()
    if "full" in text or "readonly" in text or "read-only" in text or "i/o" in text:
        return "storage"
    if "locked" in text or "busy" in text:
        return "busy"
    return "other"


def check_row(row: tuple[Any, ...]) -> None:
    for value in row:
        if type(value) is str and "\x00" in value:
            raise VaultDamaged(DamagedCode.DATABASE, reason="unreadable-page")


@contextlib.contextmanager
def converted() -> Iterator[None]:
    """Turn any sqlcipher3 error inside the block into the core's exceptions."""
    try:
        yield
    except (sqlite.Error, OverflowError) as exc:
        raise _classify(exc) from exc


class Database:
    """One connection to the encrypted database, used from one thread at a time."""

    def __init__(self, path: Path, key: bytes, cipher: CipherProfile = CURRENT_CIPHER) -> None:
        self.open(path, key, cipher)

    def open(self, path: Path, key: bytes, cipher: CipherProfile = CURRENT_CIPHER) -> None:
        """(Re)connect this object to ``path`` with ``key``; used after a re-key so that
        everything holding this Database keeps working."""
        self.path = path
        self.cipher = cipher
        _create_private(path)
        with converted():
            self.conn = sqlite.connect(str(path), isolation_level=None, check_same_thread=False)
            try:
                self._configure(key)
            except BaseException:
                self.conn.close()
                raise

    def _configure(self, key: bytes) -> None:
        c = self.conn
        c.execute("PRAGMA cipher_log_level = NONE")
        c.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in self.cipher.pragmas():
            c.execute(pragma)
        version = c.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith(SQLCIPHER_MAJOR):
            raise VaultError(VaultCode.SQLCIPHER_VERSION, found=str(version))
        # First real read: a wrong key or a damaged first page fails here.
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA foreign_keys = ON")
        c.execute("PRAGMA busy_timeout = 5000")

    def close(self) -> None:
        with contextlib.suppress(sqlite.Error):
            self.conn.close()

    # -- queries --
    # SQLCipher reports a page whose HMAC fails by raising an error -- except an *overflow*
    # page (the tail of a row longer than ~4 KB): that one reads back as zero bytes, with no
    # error. No text the core stores contains U+0000 (JSON escapes it; execute() refuses it),
    # so a NUL in text that comes back means a damaged page: VaultDamaged, never garbage.
    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite.Cursor:
        values = params.values() if isinstance(params, dict) else params
        if any(type(v) is str and "\x00" in v for v in values):
            raise Unstorable(InvalidCode.NUL_CHARACTER)
        with converted():
            return self.conn.execute(sql, params)

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        try:
            rows: list[tuple[Any, ...]] = self.conn.execute(sql, params).fetchall()
        except (sqlite.Error, OverflowError) as exc:
            raise _classify(exc) from exc
        for row in rows:  # check_row, inlined: this loop runs for every row the core reads
            for value in row:
                if type(value) is str and "\x00" in value:
                    raise VaultDamaged(DamagedCode.DATABASE, reason="unreadable-page")
        return rows

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> tuple[Any, ...] | None:
        with converted():
            row = self.conn.execute(sql, params).fetchone()
        if row is None:
            return None
        check_row(row)
        return tuple(row)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; rolled back on any exception."""
        with converted():
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            with converted():
                self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite.Error):
                self.conn.execute("ROLLBACK")
            raise

    def in_transaction(self, fn: Callable[[], T]) -> T:
        with self.transaction():
            return fn()

    # -- schema --
    def schema_version(self) -> int:
        if not self.one("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"):
            return 0
        row = self.one("SELECT value FROM meta WHERE key='schema_version'")
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise VaultTooNew(TooNewCode.SCHEMA, found=current, known=SCHEMA_VERSION)
        if current == SCHEMA_VERSION:
            return
        with self.transaction():
            for script in MIGRATIONS[current:]:
                for statement in script.split(";"):
                    if statement.strip():
                        self.execute(statement)
            self.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.one("SELECT value FROM meta WHERE key=?", (key,))
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def export_to(self, target: Path, key: bytes, cipher: CipherProfile | None = None) -> None:
        """Copy the whole database into a new file encrypted with ``key`` (sqlcipher_export)
        in the ``cipher`` profile (default: this file's own). Used for re-keying (into the
        current profile) and for backups (same profile); the target must not exist.

        The target is written with no journal and no syncs: sqlcipher_export copies each table
        in its own transaction, and with the defaults (rollback journal, synchronous=FULL) that
        cost ~5 fsyncs per table -- 140 for this schema, 0.4-0.6 s on a busy disk. Nothing
        refers to the target until the caller has fsynced it (re-key) or read it back into an
        atomically written file (backup); a crash half-way leaves a stale file that the next
        open deletes."""
        _create_private(target)  # owner-only, as every data file (an empty file is a new database)
        with converted():
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute(f"ATTACH DATABASE ? AS target KEY \"x'{key.hex()}'\"", (str(target),))
            try:
                # An attached file takes SQLCipher's defaults, not the main file's settings.
                for pragma in (cipher or self.cipher).pragmas("target"):
                    self.conn.execute(pragma)
                self.conn.execute("PRAGMA target.journal_mode = OFF")
                self.conn.execute("PRAGMA target.synchronous = OFF")
                self.conn.execute("SELECT sqlcipher_export('target')")
            finally:
                self.conn.execute("DETACH DATABASE target")

    def integrity_problems(self, file_pages: bool = True) -> list[str]:
        """Pages whose HMAC fails and structural problems; empty when all is well. Without
        ``file_pages`` only ``integrity_check``: it reads every page in use through SQLite
        (so each page's HMAC is checked as it is decrypted, the write-ahead log included,
        in one consistent view), but not free pages, and names no page number."""
        problems: list[str] = []
        with converted():
            if file_pages:
                for (line,) in self.conn.execute("PRAGMA cipher_integrity_check").fetchall():
                    problems.append(f"cipher: {line}")
            for (line,) in self.conn.execute("PRAGMA integrity_check").fetchall():
                if line != "ok":
                    problems.append(f"structure: {line}")
        return problems
