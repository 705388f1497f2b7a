"""SQLite errors are classified by their result code (``sqlite_errorcode``, which sqlcipher3
sets like sqlite3 does), not by the words of the message; the words only for an error that
carries no code."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite

from triad.errors import Conflict, StorageFailed, TriadError, VaultDamaged, VaultError
from triad.vault.database import _classify


def _error(message: str, code: int | None = None, name: str | None = None,
           cls: type[Exception] = sqlite.OperationalError) -> Exception:
    exc = cls(message)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    if name is not None:
        exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


def _as(exc: Exception) -> tuple[type[TriadError], str]:
    out = _classify(exc)
    return type(out), out.detail


@pytest.mark.parametrize(("exc", "expected"), [
    (_error("database or disk is full", 13, "SQLITE_FULL"), (StorageFailed, "sqlite")),
    (_error("disk I/O error", 778, "SQLITE_IOERR_WRITE"), (StorageFailed, "sqlite")),
    (_error("attempt to write a readonly database", 8), (StorageFailed, "sqlite")),
    (_error("database is locked", 5, "SQLITE_BUSY"), (VaultError, "busy")),
    (_error("database table is locked", 262, "SQLITE_LOCKED_SHAREDCACHE"), (VaultError, "busy")),
    (_error("file is not a database", 26, "SQLITE_NOTADB", sqlite.DatabaseError),
     (VaultDamaged, "database")),
    (_error("database disk image is malformed", 11), (VaultDamaged, "database")),
    # the code decides, whatever the message says
    (_error("no such table: full_locked_io", 1, "SQLITE_ERROR"), (VaultDamaged, "database")),
    (_error("something odd", 13), (StorageFailed, "sqlite")),
    # no code: the name, else the words
    (_error("something odd", None, "SQLITE_IOERR_FSYNC"), (StorageFailed, "sqlite")),
    (_error("database is busy", None, None, sqlite.ProgrammingError), (VaultError, "busy")),
    (_error("cannot operate", None, None, sqlite.ProgrammingError), (VaultDamaged, "database")),
    (_error("x", 19, "SQLITE_CONSTRAINT", sqlite.IntegrityError), (Conflict, "conflict")),
])
def test_classified_by_code(exc: Exception, expected: tuple[type[TriadError], str]) -> None:
    assert _as(exc) == expected


def test_sqlcipher3_errors_carry_their_code(tmp_path: Path) -> None:
    """What the classification relies on, checked against the installed sqlcipher3."""
    conn = sqlite.connect(str(tmp_path / "x.db"))
    conn.execute("CREATE TABLE t (a)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite.DatabaseError) as full:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert full.value.sqlite_errorcode & 0xFF == sqlite.SQLITE_FULL  # type: ignore[attr-defined]
    assert full.value.sqlite_errorname.startswith("SQLITE_FULL")  # type: ignore[attr-defined]
    assert _as(full.value) == (StorageFailed, "sqlite")
    conn.close()
