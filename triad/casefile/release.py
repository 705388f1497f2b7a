"""The release of information of a case, as the exchange reads it: in force, or why not and
which entry ended it.

The release form says the release "ends when therapy with the surrogate closes, unless you
withdraw it earlier". So a release is in force at T when a release record is in force at T
(``consent.release_in_force``) *and* the case is not closed at T. Closing the case (a
``case.status_changed`` to ``closed``) ends it at that moment. A case re-opened after closing
needs a new release: only a release that begins at or after the re-opening counts.

The entry that ended a release -- the whole revocation of the release, or the closing of the
case -- is what the exchange lets through last (``triad.exchange.outgoing.release_gate``): the
surrogate partner's and the supervisor's copies learn from it that the release ended, and
nothing written after it goes. An expiry needs no entry (every copy holds the valid-until
day), so a release that expired, or never began, lets nothing new go.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad.casefile.consent import RELEASE, ConsentRecord, release_lapse

if TYPE_CHECKING:
    from triad.workspace import Workspace

CLOSED = "closed"


@dataclass(frozen=True)
class ReleaseState:
    """``state``: in-force, revoked, expired, pending, none (never recorded), closed (the case
    was closed) or reopened (re-opened, and no release begun since); ``since`` the day or
    time it lapsed; ``ended_by`` the entry id of the revocation or the closing that ended it
    (None for an expiry, a release not yet begun or none at all)."""

    state: str
    since: str | None = None
    ended_by: str | None = None

    @property
    def in_force(self) -> bool:
        return self.state == "in-force"


def _from_records(records: list[ConsentRecord], at: str) -> ReleaseState:
    state, when = release_lapse(records, at)
    ended_by = None
    if state == "revoked":
        ended_by = next((rv.entry_id for r in records if r.form_id == RELEASE
                         for rv in r.revocations if not rv.activities and rv.at == when), None)
    return ReleaseState(state, when, ended_by)


def release_state(records: list[ConsentRecord], history: list[dict[str, Any]],
                  at: str) -> ReleaseState:
    """The case's release at ``at`` from its consent records and its status history (the
    ``cases.status_history`` rows: ``to``, ``at``, ``entry_id``, in log order)."""
    events = [h for h in history if str(h.get("at", "")) <= at]
    closes = [i for i, h in enumerate(events) if h.get("to") == CLOSED]
    if not closes:
        return _from_records(records, at)
    close = events[closes[-1]]
    after = events[closes[-1] + 1:]
    if after:  # re-opened: only a release begun since counts
        reopened = str(after[0]["at"])
        fresh = [r for r in records if r.form_id != RELEASE or r.valid_from >= reopened]
        now = _from_records(fresh, at)
        return ReleaseState("reopened", reopened) if now.state == "none" else now
    if not _from_records(records, str(close["at"])).in_force:
        now = _from_records(records, at)  # it had lapsed before the closing
        if not now.in_force:
            return now
    return ReleaseState(CLOSED, str(close["at"]), str(close.get("entry_id") or "") or None)


def history(ws: Workspace, case_id: str) -> list[dict[str, Any]]:
    """The case's status history as stored (with the entry id of each change)."""
    row = ws.vault.db.one("SELECT status_history FROM cases WHERE case_id=?", (case_id,))
    return list(json.loads(row[0])) if row and row[0] else []


def case_release(ws: Workspace, case_key: str, at: str | None = None) -> ReleaseState:
    """The release of ``case_key`` at ``at`` (default: now) as the acting member's copy knows
    it (``release_state``)."""
    case_id = ws.cases.access.require(case_key)
    return release_state(ws.consent.records(case_id), history(ws, case_id),
                         at or ws.local_now())
