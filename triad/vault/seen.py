"""What this computer last saw of each vault: notices a vault folder put back from an older copy.

A vault folder copied aside (``cp -a``) and put back later opens as before: every signature and
chain in it is genuine, only newer entries are missing -- a removal, a consent withdrawal -- and
a removed member's old slot is back. Nothing inside the folder can tell. So each computer keeps,
outside the vault, one small file per vault (issue 14, major 3; docs/reliability.md "Rollback")::

    <user state folder>/triad/seen/<vault id>    {"format": 1, "order": 1234,
                                                   "last": "<entry id>", "day": "2026-11-23"}

``order`` is the log's highest local position (``entries.local_order``, which only grows) and
``last`` the id of the entry there. An open finds the vault *behind* when its position is lower,
or when that entry is not in its log (a copy put back and then written to). The file holds no
name, path or record text; it is written at an open, a lock or a re-key that finds the log grown,
and never lowered except by a restore from a backup file, a deliberate return to an older state.

What it cannot see: a first open on another computer or OS account (nothing was seen there), and
a state folder deleted or edited along with the rollback (the file carries no MAC yet: step 14,
issue 18, adds one, refuses a vault that is behind and lets a therapist accept it on record).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from triad.errors import StorageFailed
from triad.vault.database import Database
from triad.vault.files import atomic_write

STATE_ENV = "TRIAD_STATE_DIR"
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


def load(vault_id: str) -> Position | None:
    """What this computer last saw of the vault, or None (never opened here, or unreadable:
    the notice is a help, never a reason not to open)."""
    path = _file(vault_id)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes()[:4096])
        return Position(int(data["order"]), str(data["last"]), str(data.get("day", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check(vault_id: str, db: Database) -> Behind | None:
    """Behind if the vault's log is behind what this computer last saw of it."""
    seen = load(vault_id)
    if seen is None or not seen.last:
        return None
    now = position(db)
    if now.order < seen.order or db.one("SELECT 1 FROM entries WHERE id=?", (seen.last,)) is None:
        return Behind(seen, now)
    return None


def record(vault_id: str, db: Database, force: bool = False) -> None:
    """Remember how far the vault reaches, unless this computer has seen it further (another
    process of this computer may have written meanwhile); ``force`` (a restore) lowers it. A
    folder that cannot be written is skipped: it only weakens the notice."""
    path = _file(vault_id)
    if path is None:
        return
    now = position(db)
    seen = load(vault_id)
    if not force and seen is not None and (
            seen.order > now.order or (seen.order, seen.last) == (now.order, now.last)):
        return  # seen further (another process), or nothing new: a read-only open writes nothing
    day = datetime.now(UTC).date().isoformat()
    body = json.dumps({"format": 1, "order": now.order, "last": now.last, "day": day})
    with contextlib.suppress(OSError, StorageFailed):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(path, body.encode())
