"""The verified checkpoint: how far each chain of the log has been verified, so that an unlock
checks what is new and not the whole history (issue 18, step 14).

    checkpoints (author, chain) -> (seq, hash, mac)    one row per chain
    meta 'checkpoint_mark'       -> "<entries local_order>:<withheld rowid>:<mac>"

A row says: this chain was verified from its first entry up to ``seq``, whose hash is ``hash``.
The mark says: every entry stored at or below that local position (and every header at or
below that row id of ``withheld_entries``) was covered by a verification. Each row and the mark
carry an HMAC-SHA256 under a key derived (HKDF) from the vault's MAC secret, a random value
kept in the encrypted database (``meta 'mac_secret'``, made by migration 15): only someone who
can open the vault can write a checkpoint that passes, and a row that does not pass is damage.

Why a secret in the database and not the data key itself: the data key changes at every re-key
(a member removed), and the same secret also keys this computer's rollback file
(``triad.vault.seen``), which must still verify after a re-key done elsewhere.

Moving forward: an entry this vault stores (its own, or one a packet or case-file import has
verified before storing) moves its chain's row on when it directly extends it, and the mark
when nothing unverified lies below it (:meth:`Checkpoint.stored`). An unlock verifies the
entries above the mark and the chains they belong to from their rows on
(``EntryLog.verify_recent``); the full verification (every signature, chain and page) runs in
the background and from ``triad-cli verify``, and rewrites the checkpoint when all is well.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from triad.vault.database import Database

SECRET_META = "mac_secret"
MARK_META = "checkpoint_mark"
FULL_CHECK_META = "full_check_at"  # UTC stamp of the last full verification that found nothing
FORGED = object()  # Checkpoint.row: a row whose MAC does not hold (or that is malformed)
_BIG = 2**62  # a position or seq beyond this is malformed, never real


def derive_key(db: Database, purpose: bytes) -> bytes:
    """A 32-byte key for ``purpose`` from the vault's MAC secret; empty if the database holds
    no usable secret (migration 15 makes one; a missing or altered one is damage, which both
    verifications report)."""
    try:
        secret = bytes.fromhex(db.get_meta(SECRET_META))
    except ValueError:
        return b""
    if len(secret) < 16:
        return b""
    return HKDF(algorithm=SHA256(), length=32, salt=None, info=purpose).derive(secret)


@dataclass(frozen=True)
class Mark:
    """Every entry up to ``entries`` (local_order) and header up to ``headers`` (rowid) is
    covered by a verification."""

    entries: int = 0
    headers: int = 0


class Checkpoint:
    """The checkpoint of one open vault's log."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._key = derive_key(db, b"triad checkpoint v1")

    @property
    def usable(self) -> bool:
        """False when the vault's MAC secret is missing or altered: nothing is trusted as
        verified, nothing moves the checkpoint, and the unlock reports it."""
        return bool(self._key)

    # -- MACs --
    def _mac(self, *parts: object) -> str:
        message = "\x1f".join(str(p) for p in parts).encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def row_mac(self, author: str, chain: str, seq: int, hash_: str) -> str:
        return self._mac("row", author, chain, seq, hash_)

    def _mark_mac(self, mark: Mark) -> str:
        return self._mac("mark", mark.entries, mark.headers)

    # -- reading --
    def mark(self) -> Mark | None:
        """The mark, ``Mark()`` when there is none yet (nothing verified), None if forged."""
        if not self.usable:
            return None
        text = self.db.get_meta(MARK_META)
        if not text:
            return Mark()
        try:
            entries, headers, mac = text.split(":")
            mark = Mark(int(entries), int(headers))
        except ValueError:
            return None
        if not (0 <= mark.entries < _BIG and 0 <= mark.headers < _BIG):
            return None
        return mark if hmac.compare_digest(mac, self._mark_mac(mark)) else None

    def rows(self) -> tuple[dict[tuple[str, str], tuple[int, str]], list[tuple[str, str]]]:
        """The rows whose MAC holds, and the (author, chain) of those whose MAC does not."""
        good: dict[tuple[str, str], tuple[int, str]] = {}
        forged: list[tuple[str, str]] = []
        for author, chain, seq, hash_, mac in self.db.rows(
                "SELECT author, chain, seq, hash, mac FROM checkpoints"):
            row = self._checked(author, chain, seq, hash_, mac)
            if row is None:
                forged.append((str(author), str(chain)))
            else:
                good[(str(author), str(chain))] = row
        return good, forged

    def _checked(self, author: object, chain: object, seq: object, hash_: object,
                 mac: object) -> tuple[int, str] | None:
        """(seq, hash) when the row is well formed and its MAC holds, else None."""
        if not (self.usable and type(seq) is int and 0 < seq < _BIG and isinstance(hash_, str)
                and isinstance(mac, str) and isinstance(author, str) and isinstance(chain, str)):
            return None
        if not hmac.compare_digest(mac, self.row_mac(author, chain, seq, hash_)):
            return None
        return seq, hash_

    def row(self, author: str, chain: str) -> tuple[int, str] | object | None:
        """The chain's row (seq, hash), None if it has none, ``FORGED`` if its MAC fails."""
        found = self.db.one("SELECT seq, hash, mac FROM checkpoints WHERE author=? AND chain=?",
                            (author, chain))
        if found is None:
            return None
        checked = self._checked(author, chain, *found)
        return FORGED if checked is None else checked

    # -- writing (inside the caller's transaction) --
    def set_row(self, author: str, chain: str, seq: int, hash_: str) -> None:
        self.db.execute(
            "INSERT INTO checkpoints (author, chain, seq, hash, mac) VALUES (?,?,?,?,?)"
            " ON CONFLICT (author, chain) DO UPDATE SET seq=excluded.seq, hash=excluded.hash,"
            " mac=excluded.mac WHERE excluded.seq >= checkpoints.seq",
            (author, chain, seq, hash_, self.row_mac(author, chain, seq, hash_)))

    def set_mark(self, mark: Mark) -> None:
        self.db.set_meta(MARK_META, f"{mark.entries}:{mark.headers}:{self._mark_mac(mark)}")

    def set_heads(self, heads: Iterable[tuple[str, str, int, str]], mark: Mark) -> None:
        """After a verification that found nothing: these chain heads and this mark."""
        for author, chain, seq, hash_ in heads:
            self.set_row(author, chain, seq, hash_)
        current = self.mark() or Mark()
        self.set_mark(Mark(max(mark.entries, current.entries), max(mark.headers, current.headers)))

    def stored(self, author: str, chain: str, seq: int, prev: str, hash_: str,
               local_order: int, header: bool = False) -> None:
        """An entry verified or signed here was just stored at ``local_order`` (a header, when
        ``header``: that row id of ``withheld_entries``): move its chain's row on if it extends
        it, and the mark if nothing unverified lies below it."""
        if not self.usable:
            return
        row = self.row(author, chain)
        if row is None:
            extends = seq == 1 and prev == ""
        else:
            extends = isinstance(row, tuple) and row == (seq - 1, prev)
        if not extends:
            return
        self.set_row(author, chain, seq, hash_)
        mark = self.mark()
        if mark is not None and header and mark.headers == local_order - 1:
            self.set_mark(Mark(mark.entries, local_order))
        elif mark is not None and not header and mark.entries == local_order - 1:
            self.set_mark(Mark(local_order, mark.headers))
