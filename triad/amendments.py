"""Amendments: signed entries are never edited; a correction is a new entry pointing at the
original, with who, when and why. The projection shows the corrected values; the log keeps the
original readable."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cases import Change, validate_client
from .errors import InvalidInput, NotFound, PermissionDenied
from .ladder import activities, ladder_sorted
from .log import Entry
from .members import Role
from .projection import AMENDABLE
from .sessions import _duration, _suds, check_measure

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True)
class Amendment:
    entry_id: str
    target_id: str
    reason: str
    changes: dict[str, Any]
    by: str
    at: str


def _clean(kind: str, target: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    allowed = AMENDABLE[kind]
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in allowed:
            raise InvalidInput("not-amendable", field=key)
        if key == "client":
            out[key] = validate_client(dict(value))
        elif key in ("suds_before", "suds_after"):
            out[key] = _suds(value, key)
        elif key == "duration_min":
            out[key] = _duration(value)
        elif key == "activities_done":
            out[key] = ladder_sorted(activities(value, key))
        elif key == "value":
            out[key] = check_measure(target["kind"], value)
        elif key in ("boundaries_kept",):
            out[key] = bool(value)
        elif key in ("stop_signals", "pause_signals"):
            out[key] = max(0, int(value))
        elif key == "aids_used":
            out[key] = [str(a).strip() for a in value if str(a).strip()]
        else:
            out[key] = str(value).strip() if value is not None else None
    if not out:
        raise InvalidInput("no-changes", field="changes")
    return out


class AmendmentService:
    """The original's author, or the case's therapist, may amend an entry."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def amend(self, entry_id: str, reason: str, changes: dict[str, Any]) -> Change:
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound("entry")
        role = self._ws.cases.access.role(target.case_id)
        if role is None:
            raise PermissionDenied("not-on-case")
        if target.author != self._ws.actor.member_id and role is not Role.THERAPIST:
            raise PermissionDenied("not-author")
        if role is Role.SUPERVISOR:
            raise PermissionDenied("role", role=role.value)
        if target.kind not in AMENDABLE:
            raise InvalidInput("not-amendable", field="kind", kind=target.kind)
        if not reason.strip():
            raise InvalidInput("reason-required", field="reason")
        clean = _clean(target.kind, target.body, changes)
        entry = self._ws.append("entry.amended", {
            "target_id": entry_id, "target_kind": target.kind, "reason": reason.strip(),
            "changes": clean}, target.case_id)
        return Change(entry.id, target.case_id, entry.kind, entry_id)

    def history(self, entry_id: str) -> tuple[Entry, list[Amendment]]:
        """The original entry, untouched, and its amendments in order."""
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound("entry")
        self._ws.cases.access.require(target.case_id)
        rows = self._ws.vault.db.rows(
            "SELECT data FROM amendments WHERE target_id=? ORDER BY rowid", (entry_id,))
        amendments = []
        for (data,) in rows:
            d = json.loads(data)
            amendments.append(Amendment(d["entry_id"], d["target_id"], d["reason"], d["changes"],
                                        d["by"], d["at"]))
        return target, amendments
