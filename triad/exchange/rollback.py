"""A packet that acknowledges more than this vault has: the vault was rolled back since (issue
18, step 14; triad/vault/seen.py notices it on this computer, this notices it from a peer).

Each packet carries ``seen`` -- the number of the sender's newest packet from this member
-- and ``state``: per shared case and author, the top of the unbroken chain the sender holds.
Two things a genuine peer can only know from a newer state of this vault:

* ``seen`` above ``packets_sent`` for that peer here: it acknowledges packets this vault has no
  record of sending;
* a chain of this member's own entries reaching further at the peer than here: entries this
  member wrote in this vault that it no longer has.

Either means this vault is older than the one the peer heard from (a folder put back from a
copy). The packet itself is genuine and is imported all the same -- refusing it would lose
the peer's news and fix nothing --, and the import report carries :class:`PeerAhead` so the
command line and the app say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from triad.vault.database import Database


@dataclass(frozen=True)
class PeerAhead:
    """``packets``: packets acknowledged that this vault has no record of sending;
    ``entries``: this member's own entries the peer holds that this vault lacks."""

    packets: int
    entries: int


def peer_ahead(db: Database, me: str, sender: str, payload: dict[str, Any]) -> PeerAhead | None:
    """What the packet acknowledges beyond this vault (read before the import writes)."""
    row = db.one("SELECT packets_sent FROM exchange_peers WHERE me=? AND peer=?", (me, sender))
    sent = int(row[0]) if row else 0
    packets = max(0, int(payload.get("seen", 0)) - sent)
    entries = 0
    for case_id, chains in dict(payload.get("state") or {}).items():
        theirs = int(dict(chains.get(me) or {}).get("top", 0)) if isinstance(chains, dict) else 0
        if theirs <= 0:
            continue
        mine = db.one("SELECT max(seq) FROM (SELECT seq FROM entries WHERE author=? AND chain=?"
                      " UNION ALL SELECT seq FROM withheld_entries WHERE author=? AND chain=?)",
                      (me, case_id, me, case_id))
        entries += max(0, theirs - int(mine[0] or 0 if mine else 0))
    return PeerAhead(packets, entries) if packets or entries else None
