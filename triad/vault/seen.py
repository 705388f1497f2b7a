"""What this computer last saw of each vault: refuses a vault folder put back from an older copy.

A vault folder copied aside (``cp -a``) and put back later is genuine throughout -- every
signature and chain in it checks -- only newer entries are missing (a removal, a consent
withdrawal) and a removed member's old slot is back. Nothing inside the folder can tell. So
each computer keeps, outside the vault, one small file per vault (issue 14, major 3; issue 18,
step 14; docs/reliability.md "Rollback")::

    <user state folder>/triad/seen/<vault id>    {"format": 2, "order": 1234,
                                                   "last": "<entry id>", "day": "2026-11-23",
                                                   "mac": "<HMAC-SHA256, hex>"}

``order`` is the log's highest local position (``entries.local_order``, which only grows) and
``last`` the id of the entry there. An open finds the vault *behind* when its position is lower,
or when that entry is not in its log (a copy put back and then written to); the workspace then
refuses it (``VaultOlder``) unless the member accepts the older state on record. The file holds
no name, path or record text; it is written at an open, a lock or a re-key that finds the log
grown, and lowered only by a restore from a backup file or an accepted older vault.

The MAC (HMAC-SHA256 over the vault id, order, last entry and day) is keyed by
``derive_key(db, PURPOSE)`` (triad/log/checkpoint.py; the workspace derives it and hands it
here, as the vault layer sits below the log): from the vault's random MAC secret, kept
inside the encrypted database, so only someone who can open the vault can write a file that
passes, and it still passes after a re-key. A file whose MAC fails (edited, forged, copied from
another vault's name) is **ignored and replaced** by the position of the vault being opened:
never a refusal. Deleting the file defeats the check just as well, so a stricter rule would
protect nothing -- but it would let anyone who can write to the state folder lock a member out
of her own record. A file of format 1 (before step 14, no MAC) is what this computer wrote
itself: trusted once, then rewritten with a MAC.

What it cannot see: a first open on another computer or OS account (nothing was seen there), a
state folder deleted (or edited) along with the rollback, and someone who can open the vault
(its MAC secret) and write to this account's state folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from triad.errors import StorageFailed
from triad.vault.database import Database
from triad.vault.files import atomic_write

STATE_ENV = "TRIAD_STATE_DIR"
PURPOSE = b"triad seen v1"  # derive_key's purpose: the MAC key of this computer's file
FORMAT = 2
_VAULT_ID = re.compile(r"^[0-9a-f]{16,64}$")


@dataclass(frozen=True)
class Position:
    """How far a vault's log reaches: its highest local position and the entry there."""

    order: int
    last: str
    day: str = ""


@dataclass(frozen=True)
class Behind:
    """The vault opened is older than the one last opened on this computer (or not a
    continuation of it). ``missing``: how many entries seen here it lacks, at least (0 when it
    has gone on from an older state instead); ``day``: when this computer last saw it (UTC)."""

    seen: Position
    now: Position

    @property
    def missing(self) -> int:
        return max(0, self.seen.order - self.now.order)

    @property
    def day(self) -> str:
        return self.seen.day


def state_folder() -> Path:
    """The user's state folder for Triad (``TRIAD_STATE_DIR`` overrides it; tests set it):
    platformdirs' user state folder (``~/.local/state/triad`` on Linux, ``%LOCALAPPDATA%``
    on Windows, ``~/Library/Application Support`` on macOS)."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_state_path

    return user_state_path("triad", appauthor=False)


def _file(vault_id: str) -> Path | None:
    return state_folder() / "seen" / vault_id if _VAULT_ID.match(vault_id) else None


def position(db: Database) -> Position:
    row = db.one("SELECT local_order, id FROM entries ORDER BY local_order DESC LIMIT 1")
    return Position(int(row[0]), str(row[1])) if row else Position(0, "")


def mac_message(vault_id: str, order: int, last: str, day: str) -> bytes:
    """What the file's MAC covers: the vault id (the file's name, so a file cannot stand in
    for another vault's), the position and the day."""
    return "\x1f".join(("triad-seen", vault_id, str(order), last, day)).encode()


def _mac(key: bytes, vault_id: str, order: int, last: str, day: str) -> str:
    return hmac.new(key, mac_message(vault_id, order, last, day), hashlib.sha256).hexdigest()


def load(vault_id: str, key: bytes) -> Position | None:
    """What this computer last saw of the vault, or None: never opened here, unreadable, or
    not to be trusted (its MAC fails) -- the check is a help, never a reason a file alone could
    keep a member out. A format-1 file (no MAC, written here before step 14) is trusted."""
    data = _read(vault_id)
    if data is None:
        return None
    try:
        seen = Position(int(data["order"]), str(data["last"]), str(data.get("day", "")))
        if int(data.get("format", 1)) == 1:
            return seen
        expected = _mac(key, vault_id, seen.order, seen.last, seen.day)
        if not key or not hmac.compare_digest(str(data["mac"]), expected):
            return None  # forged or edited: ignored, and replaced at the next record
        return seen
    except (ValueError, KeyError, TypeError):
        return None


def _read(vault_id: str) -> dict[str, Any] | None:
    path = _file(vault_id)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes()[:4096])
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check(vault_id: str, db: Database, key: bytes) -> Behind | None:
    """Behind if the vault's log is behind what this computer last saw of it."""
    seen = load(vault_id, key)
    if seen is None or not seen.last:
        return None
    now = position(db)
    if now.order < seen.order or db.one("SELECT 1 FROM entries WHERE id=?", (seen.last,)) is None:
        return Behind(seen, now)
    return None


def record(vault_id: str, db: Database, key: bytes, force: bool = False) -> None:
    """Remember how far the vault reaches, unless this computer has seen it further (another
    process of this computer may have written meanwhile); ``force`` (a restore, an accepted
    older vault) lowers it. A file that fails its MAC is replaced; one of format 1 is rewritten
    with a MAC. A folder that cannot be written is skipped: it only weakens the check."""
    path = _file(vault_id)
    if path is None or not key:
        return
    now = position(db)
    seen = load(vault_id, key)
    data = _read(vault_id)
    current = data is not None and data.get("format") == FORMAT
    target = Position(now.order, now.last, datetime.now(UTC).date().isoformat())
    if not force and seen is not None and (
            seen.order > now.order or (seen.order, seen.last) == (now.order, now.last)):
        if current:
            return  # seen further (another process), or nothing new: nothing to write
        target = seen  # a format-1 file: what it says, now with a MAC
    body = json.dumps({"format": FORMAT, "order": target.order, "last": target.last,
                       "day": target.day,
                       "mac": _mac(key, vault_id, target.order, target.last, target.day)})
    with contextlib.suppress(OSError, StorageFailed):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(path, body.encode())


def forget(vault_id: str) -> None:
    """This computer forgets what it saw of the vault (the next open records it afresh): for
    tools that put a pristine copy of a vault in place on purpose, again and again (the
    benchmarks), never for the app or the command line."""
    path = _file(vault_id)
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()
