"""Amendments: signed entries are never edited; a correction is a new entry pointing at the
original, with who, when and why. The projection shows the corrected values; the log keeps the
original readable."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from triad import clock
from triad.casefile.cases import Change, validate_client
from triad.casefile.flags import Flag
from triad.casefile.ladder import activities, ladder_sorted
from triad.casefile.measures import check_measure
from triad.casefile.notes import clean_attendees
from triad.casefile.outcomes import OUTCOMES
from triad.casefile.validate import count, date_of_birth_problem, duration, label, suds
from triad.casefile.visibility import readable_body
from triad.errors import (
    InvalidCode,
    InvalidInput,
    NotFound,
    NotFoundCode,
    PermissionCode,
    PermissionDenied,
)
from triad.log.entries import Entry
from triad.log.kinds import Kind, kind_of
from triad.log.precedence import current_heads, fields_of, resolve, value_of
from triad.log.projection import AMENDABLE
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace


FLAG_FIELDS = frozenset({"activities_done", "held_at", "stop_signals", "pause_signals",
                         "boundaries_kept", "safer_sex_kept", "aid_ids"})


@dataclass(frozen=True)
class Amendment:
    entry_id: str
    target_id: str
    reason: str
    changes: dict[str, Any]
    by: str
    at: str
    # the amendments this one corrects (None: written before the rule, ordered by time)
    supersedes: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Version:
    """One side of a conflict: an amendment's value for the field, who wrote it, when, why."""

    entry_id: str
    value: Any
    by: str
    at: str
    reason: str


@dataclass(frozen=True)
class FieldConflict:
    """A field of ``target_id`` amended apart by two or more members, neither knowing of the
    other's amendment (triad.log.precedence). ``versions`` by entry id; the case file shows
    the last one's value until the therapist settles the field (``settle``)."""

    target_id: str
    field: str
    versions: tuple[Version, ...]


def clean_changes(kind: str, target: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` to an entry of ``kind`` (body ``target``) cleaned as the services store
    them; InvalidInput for a field that may not be amended or a value that is not valid."""
    known = kind_of(kind)
    if known is None or known not in AMENDABLE:
        raise InvalidInput(InvalidCode.NOT_AMENDABLE, field="kind", kind=kind)
    allowed = AMENDABLE[known]
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in allowed:
            raise InvalidInput(InvalidCode.NOT_AMENDABLE, field=key)
        if key == "client":
            out[key] = validate_client(dict(value))
        elif key in ("suds_before", "suds_after"):
            out[key] = suds(value, key)
        elif key in ("starts_at", "held_at"):
            out[key] = clock.when(value, key)
        elif key in ("on", "received_on"):
            out[key] = clock.day(value, key)
        elif key == "duration_min":
            out[key] = duration(value)
        elif key == "activities_done":
            out[key] = ladder_sorted(activities(value, key))
        elif key == "value":
            out[key] = check_measure(target["kind"], value)
        elif key == "attendees":
            out[key] = clean_attendees(value)
        elif key == "closing" or key in ("boundaries_kept",):
            out[key] = bool(value)
        elif key == "safer_sex_kept":
            out[key] = None if value is None else bool(value)
        elif key in ("stop_signals", "pause_signals"):
            out[key] = max(0, int(value))
        elif key == "aids_used":
            out[key] = [str(a).strip() for a in value if str(a).strip()]
        elif key == "aid_ids":
            out[key] = list(dict.fromkeys(str(a).strip() for a in value if str(a).strip()))
        elif key == "outcome":
            if value not in OUTCOMES:
                raise InvalidInput(InvalidCode.OUTCOME, field=key)
            out[key] = str(value)
        elif key == "notice_hours":
            out[key] = None if value is None else count(value, key)
        elif key in ("label", "description") and value is not None:
            out[key] = label(str(value).strip(), key)
        else:
            out[key] = str(value).strip() if value is not None else None
    if not out:
        raise InvalidInput(InvalidCode.NO_CHANGES, field="changes")
    return out


def causal_order(amendments: list[Amendment]) -> list[Amendment]:
    """Amendments with each one after those it supersedes; otherwise by (time, entry id). A
    clock running ahead or behind cannot put a correction before what it corrected."""
    remaining = sorted(amendments, key=lambda a: (a.at, a.entry_id))
    ids = {a.entry_id for a in remaining}
    out: list[Amendment] = []
    done: set[str] = set()
    while remaining:
        ready = next((a for a in remaining
                      if all(s in done or s not in ids for s in a.supersedes or ())), None)
        if ready is None:  # only a forged cycle: the rest in time order
            return out + remaining
        out.append(ready)
        done.add(ready.entry_id)
        remaining.remove(ready)
    return out


class AmendmentService:
    """The original's author, or the case's therapist, may amend an entry."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def amend(self, entry_id: str, reason: str, changes: dict[str, Any]) -> Change:
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound(NotFoundCode.ENTRY)
        role = self._ws.cases.access.role(target.case_id)
        if role is None:
            raise PermissionDenied(PermissionCode.NOT_ON_CASE)
        if target.author != self._ws.actor.member_id and role is not Role.THERAPIST:
            raise PermissionDenied(PermissionCode.NOT_AUTHOR)
        if role is Role.SUPERVISOR:
            raise PermissionDenied(PermissionCode.ROLE, role=role.value)
        if target.kind not in AMENDABLE:
            raise InvalidInput(InvalidCode.NOT_AMENDABLE, field="kind", kind=target.kind)
        if not reason.strip():
            raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
        clean = clean_changes(target.kind, target.body, changes)
        problem = self.why_not(target, clean)
        if problem is not None:
            raise problem
        # The versions this amendment corrects: the current heads of each field it changes
        # in this vault (triad.log.precedence), so it wins over them whatever the clocks say.
        supersedes = current_heads(self._records(entry_id), fields_of(clean))
        body: dict[str, Any] = {"target_id": entry_id, "target_kind": target.kind,
                                "reason": reason.strip(), "changes": clean,
                                "supersedes": supersedes}
        if target.kind == "session.scheduled" and "starts_at" in clean:
            # Moving a session moves it to a time whose consent must cover what is planned.
            session = self._ws.sessions.get(target.body["session_id"])
            self._ws.sessions.require_consent(target.case_id, session.kind, session.planned_activities,
                                              clean["starts_at"], session.surrogate_id)
            self._ws.scheduling.require_free(
                target.case_id, session.kind, session.surrogate_id, clean["starts_at"],
                int(clean.get("duration_min", session.duration_min)),
                frozenset({session.session_id}))
        if target.kind == "session.debriefed" and FLAG_FIELDS & clean.keys():
            body["flags"] = [str(f) for f in self._reflag(target.body["session_id"], clean)]
        entry = self._ws.append(Kind.ENTRY_AMENDED, body, target.case_id)
        return Change(entry.id, target.case_id, entry.kind, entry_id)

    def why_not(self, target: Entry, clean: dict[str, Any]) -> InvalidInput | None:
        """Why the cleaned ``clean`` changes cannot amend ``target``, or None: the corrected
        record must keep the rules its service keeps (a goal's values within its scale, a
        date of birth not in the future)."""
        if target.kind == Kind.GOAL_SET and {"baseline", "target", "unit"} & clean.keys():
            row = self._ws.vault.db.one("SELECT data FROM goals WHERE goal_id=? AND case_id=?",
                                        (target.body.get("goal_id"), target.case_id))
            goal = {**(json.loads(row[0]) if row else target.body), **clean}
            return self._ws.cases.why_not_goal(str(goal.get("baseline", "")),
                                               str(goal.get("target", "")), str(goal.get("unit", "")))
        if target.kind == Kind.SESSION_DEBRIEFED and {"aid_ids", "activities_done"} & clean.keys():
            d = self._ws.sessions.get(target.body["session_id"]).debrief
            if d is not None:
                try:
                    self._ws.sessions.check_aids(
                        target.case_id or "", activities(clean.get("activities_done", d.activities_done)),
                        clean.get("aid_ids", d.aid_ids))
                except InvalidInput as exc:
                    # an older debrief that named its aids in free text keeps them so
                    legacy = exc.detail == InvalidCode.AID_USED_REQUIRED and bool(d.aids_used) \
                        and "aid_ids" not in clean
                    if not legacy:
                        return exc
        if target.kind == Kind.SESSION_OUTCOME_RECORDED:
            # the corrected outcome keeps the outcome's rules (triad.casefile.outcomes)
            session = self._ws.sessions.get(str(target.body.get("session_id")))
            record = session.outcome_record
            outcome = str(clean.get("outcome", record.outcome if record else ""))
            notice = clean.get("notice_hours", record.notice_hours if record else None)
            return self._ws.outcomes.why_not_value(session, outcome, notice,
                                                   self._ws.local_now())
        if target.kind == Kind.REQUEST_RECEIVED:  # the request's rules (casefile.requests)
            if "text" in clean and not clean["text"]:
                return InvalidInput(InvalidCode.REQUEST_EMPTY, field="text")
            if "received_on" in clean:
                return self._ws.requests.why_not_received_on(target.case_id or "",
                                                             clean["received_on"])
        if target.kind == Kind.REQUEST_CLOSED and "reason" in clean and not clean["reason"] \
                and target.body.get("outcome") == "refused":
            return InvalidInput(InvalidCode.REQUEST_REFUSAL_REASON, field="reason")
        if target.kind == Kind.CASE_OPENED:
            client = clean.get("client", {})
            return date_of_birth_problem(str(client.get("date_of_birth", "")), self._ws.local_now())
        return None

    def _reflag(self, session_id: str, changes: dict[str, Any]) -> list[Flag]:
        session = self._ws.sessions.get(session_id)
        d = session.debrief
        assert d is not None
        merged = {"activities_done": [a.value for a in d.activities_done], "held_at": d.held_at,
                  "stop_signals": d.stop_signals, "pause_signals": d.pause_signals,
                  "boundaries_kept": d.boundaries_kept, "safer_sex_kept": d.safer_sex_kept,
                  "aid_ids": list(d.aid_ids), **changes}
        return self._ws.sessions.flags_for(
            session, activities(merged["activities_done"]), merged["held_at"],
            int(merged["stop_signals"]), int(merged["pause_signals"]), bool(merged["boundaries_kept"]),
            None if merged["safer_sex_kept"] is None else bool(merged["safer_sex_kept"]),
            [str(a) for a in merged["aid_ids"]])

    def history(self, entry_id: str) -> tuple[Entry, list[Amendment]]:
        """The original entry, untouched except for what the acting member's role may not
        read (triad.casefile.visibility), and its amendments in causal order (``causal_order``),
        so each one's "before" is the version its author corrected."""
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound(NotFoundCode.ENTRY)
        self._ws.cases.access.require(target.case_id)
        body = readable_body(self._ws, target)
        if body is None:
            raise PermissionDenied(PermissionCode.NOT_YOUR_SESSION)
        target = replace(target, body=body)
        rows = self._ws.vault.db.rows(
            "SELECT data, entry_id FROM amendments WHERE target_id=?", (entry_id,))
        amendments = []
        for data, amendment_id in rows:
            d = json.loads(data)
            entry = self._ws.log.get(amendment_id)
            shown = None if entry is None else readable_body(self._ws, entry)
            if shown is None:
                continue
            amendments.append(Amendment(
                d["entry_id"], d["target_id"], d["reason"], shown["changes"], d["by"], d["at"],
                None if "supersedes" not in d else tuple(d["supersedes"])))
        return target, causal_order(amendments)

    def _records(self, entry_id: str) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self._ws.vault.db.rows(
            "SELECT data FROM amendments WHERE target_id=?", (entry_id,))]

    def conflicts(self, entry_id: str) -> list[FieldConflict]:
        """The fields of entry ``entry_id`` in conflict, each with its versions as the acting
        member may read them (a value they may not read shows as None)."""
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound(NotFoundCode.ENTRY)
        self._ws.cases.access.require(target.case_id)
        if readable_body(self._ws, target) is None:
            raise PermissionDenied(PermissionCode.NOT_YOUR_SESSION)
        records = self._records(entry_id)
        by_id = {str(r["entry_id"]): r for r in records}
        fields = sorted({f for r in records for f in fields_of(r.get("changes", {}))})
        out = []
        for f in fields:
            resolution = resolve(records, f)
            if resolution is None or not resolution.conflict:
                continue
            versions = []
            for head in resolution.heads:
                entry = self._ws.log.get(head)
                shown = None if entry is None else readable_body(self._ws, entry)
                changes = {} if shown is None else shown.get("changes", {})
                try:
                    value = value_of(changes, f)
                except KeyError:
                    value = None
                d = by_id[head]
                versions.append(Version(head, value, d["by"], d["at"], d["reason"]))
            out.append(FieldConflict(entry_id, f, tuple(versions)))
        return out

    def settle(self, entry_id: str, field: str, value: Any, reason: str) -> Change:
        """The therapist settles a field in conflict: an amendment giving ``field`` ``value``
        (one of the versions, or another) that supersedes every version in conflict."""
        target = self._ws.log.get(entry_id)
        if target is None or target.case_id is None:
            raise NotFound(NotFoundCode.ENTRY)
        role = self._ws.cases.access.role(target.case_id)
        if role is None:
            raise PermissionDenied(PermissionCode.NOT_ON_CASE)
        if role is not Role.THERAPIST:
            raise PermissionDenied(PermissionCode.ROLE, role=role.value)
        if field not in {c.field for c in self.conflicts(entry_id)}:
            raise InvalidInput(InvalidCode.NOT_IN_CONFLICT, field=field)
        if field.startswith("client."):
            return self.amend(entry_id, reason, {"client": {field.split(".", 1)[1]: value}})
        return self.amend(entry_id, reason, {field: value})
