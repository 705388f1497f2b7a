"""Fields a vault derives itself, never taking them from a packet or an import.

A debrief's ``flags`` are the author's computation (``flags.debrief_flags`` over the debrief's
own fields and the consent in force at ``held_at``); a signed entry is only the author's
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
from typing import Any

from triad.casefile.aids import IN_SESSION, aids_in_force
from triad.casefile.consent import activities_in_force, record_from_row, surrogate_work_gaps
from triad.casefile.flags import debrief_flags
from triad.casefile.ladder import LADDER
from triad.vault.database import Database

_CODES = {a.value for a in LADDER}


def _ladder(values: object) -> list[str]:
    """Known activity codes of ``values``, once each, in ladder order (an unknown code -- a
    newer Triad's -- is left out: no rule here could judge it)."""
    chosen = {str(v) for v in values} if isinstance(values, list | tuple) else set()
    return [a.value for a in LADDER if a.value in chosen & _CODES]


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


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
    sid: str | None = None
    name = ""
    if row is not None and row[0] == "surrogate_session":
        sid = str(row[1] or "")
        name_row = db.one("SELECT name FROM members WHERE member_id=?", (sid,))
        name = str(name_row[0]) if name_row else ""
        gaps = surrogate_work_gaps(records, held_at, sid, name)
        missing = [a for a in done if gaps[next(x for x in LADDER if x.value == a)]]
    else:
        covered = {a.value for a in activities_in_force(records, held_at)}
        missing = [a for a in done if a not in covered]
    used = [str(a) for a in body.get("aid_ids") or [] if isinstance(a, str)]
    consented = aids_in_force(records, held_at, IN_SESSION, sid, name) if used else frozenset()
    kept = body.get("safer_sex_kept")
    return [str(f) for f in debrief_flags(
        done, planned, missing, _count(body.get("stop_signals")), _count(body.get("pause_signals")),
        body.get("boundaries_kept") is not False, kept if isinstance(kept, bool) else None,
        [a for a in used if a not in consented])]
