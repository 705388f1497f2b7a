"""A disposal travels (issue 17; triad.casefile.disposal): once a therapist has disposed of a
case, the next packet to each contact who was in its triad carries the ``case.disposed`` entry
(and the supervisor's authorisation it names), whole, with the signed headers of the entries
of those chains the contact has not acknowledged -- so the contact's chain is unbroken up to
the disposal and their vault applies it at once, disposing the same way. Nothing of the
release gate applies: the disposal carries no client text, and the contact must learn of it
whatever became of the release or the case's status. A contact's vault takes these headers
whatever its role (``incoming``: headers go to a supervisor only with a disposal)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from triad.casefile.members import Member
from triad.exchange.scope import Scope
from triad.log.entries import CaseId, Entry, EntryId, MemberId
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

Tracked = dict[tuple[str, str], tuple[int, int, int, set[int]]]


def disposed_with(ws: Workspace, peer: Member, case_key: str | None = None
                  ) -> list[tuple[CaseId, dict[str, Any]]]:
    """The disposed cases whose triad had ``peer`` (and the acting therapist), with their
    disposal's facts."""
    if ws.actor.role is not Role.THERAPIST:
        return []
    out = []
    for case_id, data in ws.vault.db.rows("SELECT case_id, data FROM disposed_cases"):
        d = json.loads(data)
        team = {d.get("therapist_id"), d.get("supervisor_id"), *d.get("surrogate_ids", [])}
        if peer.member_id in team and (case_key is None or case_key == case_id):
            out.append((CaseId(case_id), d))
    return out


def _header(row: tuple[Any, ...]) -> Entry:
    return Entry(EntryId(row[0]), CaseId(row[1]), MemberId(row[2]), int(row[3]), "", {}, "",
                 str(row[4]), str(row[5]), str(row[6]))


def plan_disposal(ws: Workspace, case_id: CaseId, tracked: Tracked, resend: bool
                  ) -> tuple[list[tuple[Scope, Entry]], dict[tuple[str, str], int]]:
    """What a packet carries of a disposed case: (items, marks). Empty once the contact
    acknowledged (or was sent, unless ``resend``) every kept entry."""
    kept = ws.log.entries("case_id=?", (case_id,))
    items: list[tuple[Scope, Entry]] = []
    marks: dict[tuple[str, str], int] = {}
    for author in sorted({e.author for e in kept}):
        mine = [e for e in kept if e.author == author]
        top = mine[-1].seq
        sent, _, acked, _held = tracked.get((author, case_id), (0, 0, 0, set()))
        start = acked if resend else max(sent, acked)
        if start >= top:
            continue
        headers = ws.vault.db.rows(
            "SELECT id, case_id, author, seq, prev, hash, signature FROM withheld_entries"
            " WHERE author=? AND chain=? AND seq>? AND seq<? ORDER BY seq",
            (author, case_id, start, top))
        items += [(Scope.HEADER, _header(r)) for r in headers]
        items += [(Scope.FULL, e) for e in mine if e.seq > start]
        marks[(author, case_id)] = top
    return items, marks
