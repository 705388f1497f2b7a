"""Who holds a case: the projection of hand-overs and custody take-overs (issue 17).

A case is held by the therapist who opened it until a ``case.transferred`` entry hands it to
another therapist, or the practice's records custodian takes custody: a
``case.custody_requested`` entry (the custodian's, with the reason) *and* a
``case.custody_countersigned`` entry naming that request (a supervisor's: the case's own, or
any supervisor of the practice when the case has none). Custody moves only once both are in
the log, whichever arrived first.

The holder is worked out again from the log each time one of these entries is applied:
each move names whom it moves the case from, and the chain of moves is followed from the
therapist who opened it (``holder_events``). So two vaults that learnt of the same entries in
another order end with the same holder. Only entries already in this vault's log at that point
(``local_order``) count, so a rebuild replays exactly what happened live.

Whoever held the case before keeps nothing of it: ``cases.therapist_id`` names the new holder,
and the ``custodians`` rows (a therapist who imported the case file holds it there) are
dropped. The old therapist's signed entries stay in the log under her name.
"""

from __future__ import annotations

import json
from typing import Any

from triad.log.entries import Entry
from triad.vault.database import Database

TRANSFERRED = "case.transferred"
REQUESTED = "case.custody_requested"
COUNTERSIGNED = "case.custody_countersigned"
HOLDER_KINDS = (TRANSFERRED, REQUESTED, COUNTERSIGNED)


def _role(db: Database, member_id: str) -> str | None:
    row = db.one("SELECT role FROM members WHERE member_id=?", (member_id,))
    return str(row[0]) if row else None


def holder_events(db: Database, case_id: str, opener: str, upto: int | None = None
                  ) -> list[tuple[str, str]]:
    """(new holder, the entry that moved it) for each move of the case, in order, starting
    from ``opener`` (the therapist who opened it); ``upto``: only entries up to that
    ``local_order``.

    Each move names the therapist it moves the case *from* (``from``): the chain of moves is
    followed from the opener, and at each step the first move (by time, author, chain
    position) from the current holder is taken -- a causal order, whatever order the entries
    arrived in and whatever the clocks said. A move from someone who did not hold the case
    then is never taken."""
    bound = " AND local_order<=?" if upto is not None else ""
    params: tuple[Any, ...] = (case_id, *HOLDER_KINDS, *((upto,) if upto is not None else ()))
    rows = db.rows("SELECT id, author, seq, kind, body, created_at FROM entries WHERE case_id=?"
                   " AND kind IN (?,?,?)" + bound + " ORDER BY local_order", params)
    # (key, from, to, the entry that completes the move)
    moves: list[tuple[tuple[str, str, int], str, str, str]] = []
    requests: dict[str, tuple[tuple[str, str, int], str, str, str]] = {}
    countersigns: list[tuple[tuple[str, str, int], str, str, str]] = []  # key, request, id, by
    for entry_id, author, seq, kind, body_text, at in rows:
        body = json.loads(body_text)
        key = (str(at), str(author), int(seq))
        if kind == TRANSFERRED:  # the service and importers check the new holder's role
            moves.append((key, str(body.get("from")), str(body.get("to")), entry_id))
        elif kind == REQUESTED:
            requests.setdefault(str(body.get("request_id")),
                                (key, str(body.get("from")), str(author), entry_id))
        elif kind == COUNTERSIGNED:
            countersigns.append((key, str(body.get("request_id")), entry_id, str(author)))
    done: set[str] = set()
    for key, request_id, entry_id, author in sorted(countersigns):
        asked = requests.get(request_id)
        # one countersignature completes a request; a supervisor's, never the requester's own
        if asked is None or request_id in done or author == asked[2] \
                or _role(db, author) != "supervisor":
            continue
        done.add(request_id)
        completes = entry_id if key > asked[0] else asked[3]
        moves.append((asked[0], asked[1], asked[2], completes))
    moves.sort()
    holder, used = opener, set()
    out: list[tuple[str, str]] = []
    while True:
        step = next((m for m in moves if m[1] == holder and m[3] not in used), None)
        if step is None:
            return out
        used.add(step[3])
        holder = step[2]
        out.append((holder, step[3]))


def apply_custody(db: Database, e: Entry, _body: dict[str, Any]) -> None:
    """Move the case to the holder the log names once ``e`` is in it (see the module)."""
    if e.case_id is None:
        return
    opened = db.one("SELECT body FROM entries WHERE case_id=? AND kind='case.opened'",
                    (e.case_id,))
    row = db.one("SELECT local_order FROM entries WHERE id=?", (e.id,))
    if opened is None or row is None or db.one(
            "SELECT 1 FROM cases WHERE case_id=?", (e.case_id,)) is None:
        return
    opener = str(json.loads(opened[0])["therapist_id"])
    events = holder_events(db, e.case_id, opener, int(row[0]))
    holder = events[-1][0] if events else opener
    db.execute("UPDATE cases SET therapist_id=? WHERE case_id=?", (holder, e.case_id))
    if any(moved_by == e.id for _, moved_by in events):
        # this entry moved the case: whoever held it by importing its file holds it no more
        db.execute("DELETE FROM custodians WHERE case_id=?", (e.case_id,))


def apply_records_custodian(db: Database, e: Entry, b: dict[str, Any]) -> None:
    """The practice's records custodian (a vault-level setting): the latest entry stands."""
    if e.case_id is None:
        db.set_meta("records_custodian", str(b.get("member_id") or ""))
