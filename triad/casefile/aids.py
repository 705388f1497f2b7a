"""Therapeutic aids as consented items (DOMAIN "Consent as a gate"; issue 13 point 6).

A case keeps an **aid inventory**: each aid is a signed ``aid.added`` entry by the therapist --
its kind (``full-body``, ``partial``, ``customised``), a short description ("pelvic model"),
optionally its material (hygiene and allergies matter) and where it may be used
(``in_session``, ``at_home``, or both). An aid leaves the inventory with ``aid.retired`` (and a
reason); nothing is deleted, and debriefs and consents that name it stay readable.

The therapeutic-aids form says "each aid, and each way of using it, needs its own specific
consent": a therapeutic-aids consent that grants ``therapeutic_aids`` lists each aid it covers
and each use (``aids=[{"aid_id", "uses"}]``, a subset of the aid's ``where``). An aid not listed,
or a use not listed, is not consented. A consent recorded before this rule lists no aid: it
grants the activity but no particular aid (the audit calls that "aid not specified").

An aid's own grant is in force at T for a use (``aid_grants_in_force``) when a therapeutic-aids
consent lists it for that use, is valid at T, and neither the aid (``consent.revoked`` with
``aids``) nor the activity (a revocation of ``therapeutic_aids`` or of the whole record, or a
later decline) was withdrawn since the grant began -- case-wide, as the ladder's revocations
are. ``aids_in_force`` intersects that with the activity gate: for use in a surrogate session,
every required form granting ``therapeutic_aids`` for that surrogate partner
(``triad.casefile.consent.surrogate_work_in_force``); at home, the informed consent in force
and the aids consent granting the activity.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triad.casefile.cases import Change
from triad.casefile.consent import (
    AIDS_CONSENT,
    INFORMED_CONSENT,
    ConsentRecord,
    activities_in_force,
    form_in_force,
    surrogate_work_in_force,
)
from triad.casefile.ladder import Activity
from triad.casefile.validate import label
from triad.errors import InvalidCode, InvalidInput, NotFound, NotFoundCode
from triad.log.kinds import Kind
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

KINDS = ("full-body", "partial", "customised")
IN_SESSION, AT_HOME = "in_session", "at_home"
USES = (IN_SESSION, AT_HOME)
MAX_DESCRIPTION = 80
MAX_MATERIAL = 200
MAX_REASON = 2000


@dataclass(frozen=True)
class Aid:
    """One aid of a case's inventory."""

    aid_id: str
    kind: str  # one of KINDS
    description: str
    material: str
    where: tuple[str, ...]  # among USES, in that order
    added_at: str  # UTC entry time
    added_by: str
    entry_id: str
    retired_at: str | None = None  # UTC entry time of its retirement
    retired_reason: str = ""

    @property
    def retired(self) -> bool:
        return self.retired_at is not None


def uses_sorted(values: Iterable[str]) -> list[str]:
    chosen = set(values)
    return [u for u in USES if u in chosen]


def aid_grants_in_force(records: list[ConsentRecord], at: str, use: str) -> frozenset[str]:
    """The aid ids whose *own* grant is in force at ``at`` for ``use`` (the module docstring):
    the therapeutic-aids consents only, without the other forms' gate."""
    ends: list[tuple[str, str]] = []  # (time, from record): the activity withdrawn or declined
    aid_ends: list[tuple[str, str]] = []  # (time, aid id): one aid withdrawn
    for r in records:
        for rv in r.revocations:
            if Activity.AIDS in rv.ended(r.grants):
                ends.append((rv.at, ""))
            aid_ends += [(rv.at, a) for a in rv.aids]
        if Activity.AIDS in r.declines:
            ends.append((r.valid_from, r.consent_id))
    out: set[str] = set()
    for r in records:
        if r.form_id != AIDS_CONSENT or not r.aids or Activity.AIDS not in r.grants \
                or not r.valid_at(at):
            continue
        if any(r.valid_from <= t <= at and src != r.consent_id for t, src in ends):
            continue
        for g in r.aids:
            if use in g.uses and not any(a == g.aid_id and r.valid_from <= t <= at
                                         for t, a in aid_ends):
                out.add(g.aid_id)
    return frozenset(out)


def aids_in_force(records: list[ConsentRecord], at: str, use: str = IN_SESSION,
                  surrogate_id: str | None = "", surrogate_name: str = "") -> frozenset[str]:
    """The aid ids that may be used at ``at`` for ``use``: their own grant in force
    (``aid_grants_in_force``) and the activity gate open. In a surrogate session with
    ``surrogate_id`` the gate is every required form at once (``surrogate_work_in_force``);
    ``surrogate_id=None`` is a session without a surrogate partner (what the case's records
    grant); at home, the informed consent in force and the activity granted."""
    own = aid_grants_in_force(records, at, use)
    if not own:
        return own
    if use == IN_SESSION and surrogate_id is not None:
        gate = Activity.AIDS in surrogate_work_in_force(records, at, surrogate_id, surrogate_name)
    else:
        informed = [r for r in records if r.form_id == INFORMED_CONSENT]
        gate = (use == IN_SESSION or form_in_force(informed, at)) \
            and Activity.AIDS in activities_in_force(records, at)
    return own if gate else frozenset()


def names_no_aid(records: list[ConsentRecord], at: str) -> bool:
    """Whether a therapeutic-aids consent in force at ``at`` grants the activity but names no
    particular aid (recorded before aids were consented one by one)."""
    return any(r.form_id == AIDS_CONSENT and r.aids is None and Activity.AIDS in r.grants
               and r.status(at) in ("in-force", "partly-revoked") for r in records)


def _aid_from(data: str, entry_id: str, recorded_at: str, recorded_by: str) -> Aid:
    d = json.loads(data)
    retired = d.get("retired") if isinstance(d.get("retired"), dict) else None
    return Aid(d["aid_id"], d["kind"], d["description"], d.get("material", ""),
               tuple(uses_sorted(d.get("where", []))), recorded_at, recorded_by, entry_id,
               retired["at"] if retired else None, retired.get("reason", "") if retired else "")


def _words(value: str, field: str, limit: int, required: bool) -> str:
    text = " ".join(label(str(value or ""), field).split())
    if required and not text:
        raise InvalidInput(InvalidCode.AID_DESCRIPTION, field=field)
    if len(text) > limit:
        raise InvalidInput(InvalidCode.AID_DESCRIPTION if field == "description"
                           else InvalidCode.TOO_LONG, field=field)
    return text


class AidService:
    """A case's aid inventory (the therapist adds and retires aids; everyone on the case reads
    it), and which aids consent covers."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def add(self, case_key: str, kind: str, description: str,
            where: Iterable[str] = (IN_SESSION,), material: str = "") -> Change:
        """Add an aid to the case's inventory; it needs its own consent before it is used."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        if kind not in KINDS:
            raise InvalidInput(InvalidCode.AID_KIND, field="kind", value=str(kind))
        places = [str(w) for w in where]
        if not places or any(w not in USES for w in places):
            raise InvalidInput(InvalidCode.AID_WHERE, field="where")
        aid_id = str(uuid.uuid4())
        body: dict[str, Any] = {
            "aid_id": aid_id, "kind": kind,
            "description": _words(description, "description", MAX_DESCRIPTION, True),
            "where": uses_sorted(places)}
        text = _words(material, "material", MAX_MATERIAL, False)
        if text:
            body["material"] = text
        entry = self._ws.append(Kind.AID_ADDED, body, case_id)
        return Change(entry.id, case_id, entry.kind, aid_id)

    def retire(self, case_key: str, aid_id: str, reason: str) -> Change:
        """Take an aid out of the inventory (nothing is deleted): no new consent can name it."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        aid = self.get(case_id, aid_id)
        if aid.retired:
            raise InvalidInput(InvalidCode.AID_RETIRED, field="aid_id")
        text = reason.strip()
        if not text:
            raise InvalidInput(InvalidCode.REASON_REQUIRED, field="reason")
        if len(text) > MAX_REASON:
            raise InvalidInput(InvalidCode.TOO_LONG, field="reason")
        entry = self._ws.append(Kind.AID_RETIRED, {"aid_id": aid.aid_id, "reason": text}, case_id)
        return Change(entry.id, case_id, entry.kind, aid.aid_id)

    def list(self, case_key: str, include_retired: bool = True) -> list[Aid]:
        """The case's aids in the order they were added (retired ones too, marked, unless
        ``include_retired`` is False)."""
        case_id = self._ws.cases.access.require(case_key)
        aids = [_aid_from(*row) for row in self._ws.vault.db.rows(
            "SELECT data, entry_id, recorded_at, recorded_by FROM aids WHERE case_id=?"
            " ORDER BY recorded_at, json_extract(data, '$.description'), entry_id", (case_id,))]
        return [a for a in aids if include_retired or not a.retired]

    def get(self, case_key: str, aid_id: str) -> Aid:
        """One aid of the case; the first 8 characters of its id will do (the command line
        shows those); NotFound when none, or more than one, matches."""
        found = [a for a in self.list(case_key) if a.aid_id == aid_id
                 or (len(aid_id) >= 8 and a.aid_id.startswith(aid_id))]
        if len(found) != 1:
            raise NotFound(NotFoundCode.AID)
        return found[0]

    def descriptions(self, case_key: str) -> dict[str, str]:
        """aid id -> its description (retired aids too): for debriefs and reports."""
        return {a.aid_id: a.description for a in self.list(case_key)}

    def clean_grants(self, case_key: str, form_id: str, granted: tuple[Activity, ...],
                     aids: builtins.list[dict[str, Any]] | None) -> dict[str, Any]:
        """The body field a consent records for ``aids`` ({} when it lists none): only the
        therapeutic-aids form lists aids; granting ``therapeutic_aids`` needs at least one, each
        in the inventory and not retired, each with a non-empty subset of the aid's uses."""
        given: builtins.list[dict[str, Any]] = [*(aids or [])]
        if form_id != AIDS_CONSENT:
            if given:
                raise InvalidInput(InvalidCode.AIDS_FORM, field="aids")
            return {}
        if Activity.AIDS not in granted:
            if given:
                raise InvalidInput(InvalidCode.AIDS_ACTIVITY, field="aids")
            return {}
        if not given:
            raise InvalidInput(InvalidCode.AIDS_REQUIRED, field="aids")
        inventory = {a.aid_id: a for a in self.list(case_key)}
        out: dict[str, builtins.list[str]] = {}
        for g in given:
            aid = inventory.get(str(g.get("aid_id", "")))
            if aid is None:
                raise InvalidInput(InvalidCode.AID_UNKNOWN, field="aids.aid_id")
            if aid.retired:
                raise InvalidInput(InvalidCode.AID_RETIRED, field="aids.aid_id")
            uses = [str(u) for u in g.get("uses") or []]
            if not uses or any(u not in aid.where for u in uses):
                raise InvalidInput(InvalidCode.AID_USES, field="aids.uses")
            out[aid.aid_id] = uses_sorted([*out.get(aid.aid_id, []), *uses])
        return {"aids": [{"aid_id": k, "uses": v} for k, v in out.items()]}

    def clean_used(self, case_key: str, aid_ids: Iterable[str]) -> builtins.list[str]:
        """The aids a debrief names as used, checked against the inventory (retired ones
        too: a session may be debriefed after its aid was retired), once each."""
        known = {a.aid_id for a in self.list(case_key)}
        out: builtins.list[str] = []
        for a in aid_ids:
            if a not in known:
                raise InvalidInput(InvalidCode.AID_UNKNOWN, field="aid_ids")
            if a not in out:
                out.append(a)
        return out

    def in_force(self, case_key: str, at: str, use: str = IN_SESSION,
                 surrogate_id: str | None = "") -> frozenset[str]:
        """The case's aids that may be used at ``at`` for ``use`` (``aids_in_force``), for a
        session with ``surrogate_id`` ("" : any surrogate partner of the case; None: a session
        without one); none for a minor."""
        case_id = self._ws.cases.access.require(case_key)
        if self._ws.capacity.minor_at(case_id, at):
            return frozenset()
        records = self._ws.consent.records(case_id)
        if surrogate_id is None or use != IN_SESSION:
            return aids_in_force(records, at, use, None if use == IN_SESSION else "")
        ids = [surrogate_id] if surrogate_id else list(self._ws.cases.get(case_id).surrogate_ids)
        out: set[str] = set()
        for sid in ids:
            out |= aids_in_force(records, at, use, sid, self._ws.consent.surrogate_name(sid))
        return frozenset(out)

    def consent_status(self, case_key: str, at: str | None = None) -> dict[str, tuple[str, ...]]:
        """aid id -> the uses (``USES`` order) consent covers for it at ``at`` (default now);
        an empty tuple: not consented."""
        case_id = self._ws.cases.access.require(case_key)
        when = at or self._ws.local_now()
        by_use = {u: self.in_force(case_id, when, u) for u in USES}
        return {a.aid_id: tuple(u for u in USES if a.aid_id in by_use[u])
                for a in self.list(case_id)}
