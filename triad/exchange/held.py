"""The held-entries store: bounded, for shared cases only, and emptied of what waits too long.

An item that does not follow its chain's unbroken top (a packet lost or read out of order)
waits in ``exchange_held`` until the gap fills (``incoming.py``). A confirmed contact could
fill that store with signed entries for a made-up case that no packet will ever complete, so:

- **Only cases the sender was shared.** A packet's case that this vault does not hold, and
  that the packet does not open, may come only from a therapist (the one who opens and shares
  cases: the packet that carried the opening may have been lost). A surrogate partner or a
  supervisor sends entries only for a case this vault holds with them in its triad
  (``PacketReason.CASE_NOT_SHARED``; a known case's triad is checked by the case rules).
- **Bounded per sender**: at most ``MAX_HELD_ITEMS`` items and ``MAX_HELD_BYTES`` of them
  waiting from one sender (``PacketReason.HELD_LIMIT``: the whole packet is refused, nothing
  changes). An honest practice never comes near: a whole practice's record -- 40 active
  cases of ~300 entries each, about 12,000 entries and 15 MB -- resent behind one lost packet
  still fits.
- **Expiry**: an item that waited ``HELD_DAYS`` days is dropped (``expire``, before every
  import). Nothing is lost: the sender still holds it, and this vault no longer reports it as
  held, so the sender's next packet carries it again (docs/exchange-format.md, "Lost packets").

``summary`` gives the exchange panel what waits from each contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from triad import clock
from triad.errors import PacketReason, PacketRejected
from triad.log.entries import MemberId
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

MAX_HELD_ITEMS = 20_000
MAX_HELD_BYTES = 64 * 1024 * 1024
HELD_DAYS = 90


@dataclass(frozen=True)
class HeldFrom:
    """What waits here from one sender: how many items, their size, since when (UTC)."""

    sender: MemberId
    items: int
    bytes: int
    oldest: str


def now_stamp(ws: Workspace) -> str:
    """The time a held item is stamped with (the workspace clock, UTC)."""
    return clock.utc_stamp(ws.clock())


def expire(ws: Workspace) -> int:
    """Drop what waited longer than ``HELD_DAYS``; how many items were dropped."""
    cutoff = clock.utc_stamp(ws.clock() - timedelta(days=HELD_DAYS))
    db = ws.vault.db
    row = db.one("SELECT count(*) FROM exchange_held WHERE received_at < ?", (cutoff,))
    gone = int(row[0]) if row else 0
    if gone:
        with db.transaction():
            db.execute("DELETE FROM exchange_held WHERE received_at < ?", (cutoff,))
    return gone


def check_cases(ws: Workspace, sender_role: Role, cases: list[str]) -> None:
    """Refuse a case this vault does not hold unless a therapist sent it (module docstring;
    only a therapist writes ``case.opened``, so no one else's packet can open one)."""
    if sender_role is Role.THERAPIST:
        return
    db = ws.vault.db
    for case_id in cases:
        if db.one(
                "SELECT 1 FROM cases WHERE case_id=?", (case_id,)) is None:
            raise PacketRejected(PacketReason.CASE_NOT_SHARED)


def check_room(ws: Workspace, sender: str, released: list[tuple[str, str, int]],
               new: list[int]) -> None:
    """Refuse the packet when what would wait from ``sender`` afterwards passes a bound:
    ``released`` are (author, chain, seq) applied now, ``new`` the sizes of the items that
    start waiting."""
    if not new:
        return
    db = ws.vault.db
    gone = set(released)
    items, size = len(new), sum(new)
    for author, chain, seq, length in db.rows(
            "SELECT author, chain, seq, length(item) FROM exchange_held WHERE sender=?", (sender,)):
        if (author, chain, int(seq)) not in gone:
            items += 1
            size += int(length)
    if items > MAX_HELD_ITEMS or size > MAX_HELD_BYTES:
        raise PacketRejected(PacketReason.HELD_LIMIT)


def summary(ws: Workspace) -> dict[MemberId, HeldFrom]:
    """Per sender: what waits here for a gap to fill."""
    return {MemberId(str(s)): HeldFrom(MemberId(str(s)), int(n), int(b or 0), str(o))
            for s, n, b, o in ws.vault.db.rows(
                "SELECT sender, count(*), sum(length(item)), min(received_at) FROM exchange_held"
                " GROUP BY sender")}
