"""Fields a vault derives itself, never taking them from a packet or an import.

A debrief's ``flags`` are the author's computation (``flags_under``: ``flags.debrief_flags``
over the debrief's own fields and the consent in force at ``held_at``); a signed entry is only the author's
word, so a receiving vault computes them again, by the same rule, from the debrief's own
fields, the session it reports on and the consent records *this* vault holds when it applies
the debrief (``derive_flags``, called by ``triad.log.projection.CaseFileProjection``). The
signed entry stays as signed in the log; the projection's ``flags`` are the receiver's. For an
honest debrief they are the same list (the author's service applied the same rule to the same
records); a debrief that says ``intercourse`` outside consent with ``flags: []`` is flagged
here all the same.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from triad.casefile.aids import IN_SESSION, aids_in_force
from triad.casefile.consent import (
    ConsentRecord,
    activities_in_force,
    record_from_row,
    surrogate_work_gaps,
)
from triad.casefile.flags import Flag, debrief_flags
from triad.casefile.ladder import LADDER, Activity
from triad.vault.database import Database

_CODES = {a.value for a in LADDER}


def _ladder(values: object) -> list[str]:
    """Known activity codes of ``values``, once each, in ladder order (an unknown code -- a
    newer Triad's -- is left out: no rule here could judge it)."""
    chosen = {str(v) for v in values} if isinstance(values, list | tuple) else set()
    return [a.value for a in LADDER if a.value in chosen & _CODES]


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def flags_under(records: list[ConsentRecord], held_at: str, surrogate: tuple[str, str] | None,
                done: Sequence[str], planned: Sequence[str], stop: int, pause: int,
                boundaries_kept: bool, safer_sex_kept: bool | None,
                aid_ids: Sequence[str] = (), minor: bool = False) -> list[Flag]:
    """The one rule for a debrief's flags, over the case's consent ``records``: the author's
    service (``SessionService.flags_for``) and every receiving vault (``derive_flags``) call
    it, so both compute the same list from the same records. Pure: no database, no clock.

    ``surrogate`` is the (member id, name) of a surrogate session's surrogate partner (every
    required form at once, her own triad agreement), None for a session without one (what
    the case's records grant). ``done`` and ``planned`` are activity codes (unknown ones are
    left out, the rest taken in ladder order); an aid in ``aid_ids`` is flagged unless its
    own consent is in force for use in session at ``held_at`` (never for a ``minor``)."""
    chosen = _ladder(list(done))
    if surrogate is not None:
        gaps = surrogate_work_gaps(records, held_at, *surrogate)
        missing = [a for a in chosen if gaps[Activity(a)]]
    else:
        covered = {a.value for a in activities_in_force(records, held_at)}
        missing = [a for a in chosen if a not in covered]
    used = [a for a in aid_ids if isinstance(a, str)]
    consented = frozenset() if minor or not used else aids_in_force(
        records, held_at, IN_SESSION, *(surrogate if surrogate is not None else (None, "")))
    return debrief_flags(chosen, _ladder(list(planned)), missing, stop, pause, boundaries_kept,
                         safer_sex_kept, [a for a in used if a not in consented])


def derive_flags(db: Database, case_id: str | None, body: dict[str, Any]) -> list[str]:
    """The debrief's flags as this vault computes them (module docstring). ``body`` is the
    debrief's body, or its projection row after amendments."""
    held_at = str(body.get("held_at", ""))
    done = _ladder(body.get("activities_done", []))
    row = db.one("SELECT kind, surrogate_id, data FROM sessions WHERE session_id=? AND case_id=?",
                 (body.get("session_id"), case_id))
    planned = _ladder(json.loads(row[2]).get("planned_activities", []) if row
                      else body.get("activities_planned", []))
    records = [record_from_row(r) for r in db.rows(
        "SELECT data, revocations, entry_id, recorded_at, recorded_by, case_id FROM consents"
        " WHERE case_id=? ORDER BY json_extract(data, '$.valid_from'), recorded_at, entry_id",
        (case_id,))]
    surrogate: tuple[str, str] | None = None
    if row is not None and row[0] == "surrogate_session":
        sid = str(row[1] or "")
        name_row = db.one("SELECT name FROM members WHERE member_id=?", (sid,))
        surrogate = (sid, str(name_row[0]) if name_row else "")
    kept = body.get("safer_sex_kept")
    return [str(f) for f in flags_under(
        records, held_at, surrogate, done, planned, _count(body.get("stop_signals")),
        _count(body.get("pause_signals")), body.get("boundaries_kept") is not False,
        kept if isinstance(kept, bool) else None,
        [str(a) for a in body.get("aid_ids") or [] if isinstance(a, str)])]
