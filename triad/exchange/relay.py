"""Relay views: what lets a therapist pass a surrogate's debrief on to the supervisor without
its process recording.

A redacted view must be signed by the entry's author, and a therapist's vault holds only its
own members' keys. So a surrogate partner signs, for each of her own entries a supervisor may
not read whole (``triad.casefile.visibility``: a debrief with a process recording, an amendment that
changes one), the supervisor's view of it, and sends it to the therapist in the packet's
``views`` next to the entry itself. The therapist's vault keeps the entry whole and stores the
view's signature here; a packet to the supervisor then carries that view, so the recording
never reaches the supervisor's machine.

The table lives with the exchange state (encrypted in the vault) and is created on first use.
"""

from __future__ import annotations

import json
from typing import Any

from triad import crypto
from triad.casefile.visibility import withhold
from triad.log.entries import Entry, view_content
from triad.roles import Role
from triad.vault.database import Database

RELAY_ROLE = Role.SUPERVISOR


def _ensure(db: Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS exchange_relay_views (entry_id TEXT NOT NULL,"
                " role TEXT NOT NULL, hash TEXT NOT NULL, fields TEXT NOT NULL,"
                " signature TEXT NOT NULL, PRIMARY KEY (entry_id, role))")


def view_of(entry: Entry, role: Role = RELAY_ROLE) -> tuple[Entry, list[str]]:
    """The entry as ``role`` reads it, and the fields withheld (empty: read whole)."""
    body, removed = withhold(entry.kind, entry.body, role)
    return Entry(**{**entry.__dict__, "body": body}), removed


def sign(entry: Entry, key: bytes, role: Role = RELAY_ROLE) -> dict[str, Any] | None:
    """A view item (as in a packet's ``views``) of the author's own ``entry`` for ``role``,
    or None when the role reads it whole."""
    shown, removed = view_of(entry, role)
    if not removed:
        return None
    signature = crypto.b64e(crypto.sign(key, view_content(shown, removed)))
    return {**{f: getattr(shown, f) for f in ("id", "case_id", "author", "seq", "kind", "body",
                                              "created_at", "prev", "hash", "signature")},
            "redacted": removed, "view_signature": signature}


def valid(entry: Entry, redacted: list[str], view: Entry, signature: str, public: str,
          role: Role = RELAY_ROLE) -> bool:
    """Whether ``view`` is exactly ``role``'s view of ``entry`` and its author signed it."""
    shown, removed = view_of(entry, role)
    if removed != list(redacted) or shown != view:
        return False
    try:
        return crypto.signature_valid(crypto.b64d(public), crypto.b64d(signature),
                                      view_content(shown, removed))
    except ValueError:
        return False


def store(db: Database, entry: Entry, redacted: list[str], signature: str,
          role: Role = RELAY_ROLE) -> None:
    _ensure(db)
    db.execute("INSERT OR IGNORE INTO exchange_relay_views (entry_id, role, hash, fields,"
               " signature) VALUES (?,?,?,?,?)",
               (entry.id, role.value, entry.hash, json.dumps(redacted), signature))


def stored(db: Database, entry: Entry, role: Role = RELAY_ROLE) -> tuple[list[str], str] | None:
    """The redacted fields and the author's view signature kept for ``entry``, if any."""
    if not db.one("SELECT 1 FROM sqlite_master WHERE name='exchange_relay_views'"):
        return None
    row = db.one("SELECT fields, signature FROM exchange_relay_views WHERE entry_id=? AND"
                 " role=? AND hash=?", (entry.id, role.value, entry.hash))
    return (list(json.loads(row[0])), str(row[1])) if row else None
