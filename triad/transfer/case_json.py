"""The JSON interchange format for one whole case (``docs/case-format.md``, schema in
``triad/data/schema/case-v1.schema.json``).

Export writes every entry of the case with its author's signature, and the members who wrote
or are named in it (name, role, credentials, public keys). Import checks everything first --
schema, hashes, signatures, whole chains, that each author's role may write each kind -- then
adds the whole case in one transaction, or nothing. Importing the same file twice changes
nothing the second time. The importing therapist takes custody of the case in this vault.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from triad import clock, crypto
from triad.casefile.handover import team_ids
from triad.casefile.validate import (
    date_of_birth_problem,
    goal_value_problem,
    majority_setting,
    minor_on,
    touch_activities,
)
from triad.data import DATA
from triad.errors import CaseFileReason, Conflict, InvalidCode, InvalidInput, TriadError, Unstorable
from triad.log.entries import GENESIS, CaseId, Entry
from triad.log.kinds import Kind, may_author
from triad.roles import Role
from triad.transfer.ordering import causal_order
from triad.transfer.schema import Problem, Schema

if TYPE_CHECKING:
    from triad.workspace import Workspace

FORMAT, VERSION = "triad-case", 1
MAX_CASE_FILE_BYTES = 256 * 1024 * 1024
"""The largest case file read (as large as the largest packet; a 10,000-entry case is ~20 MB)."""
SCHEMA_PATH = DATA / "schema" / "case-v1.schema.json"
ENTRY_FIELDS = ("id", "case_id", "author", "seq", "kind", "body", "created_at", "prev", "hash",
                "signature")
STAMP_TOLERANCE = timedelta(days=1)
"""How far ahead of the receiving workspace's clock (UTC) an entry may be stamped: clocks drift
and time zones get set wrong by hours; an entry further ahead is refused (``stamped-ahead``)."""


def stamped_at(created_at: str) -> datetime:
    """An entry's ``created_at`` as an aware UTC moment (ValueError when it is not a stamp)."""
    moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("created_at without a time zone")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class ImportResult:
    case_id: CaseId
    code: str
    added: int
    already_present: int
    members_added: int


def _path(parts: Iterable[Any]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


_AID_FIELD = {"consent.given": "aids", "consent.revoked": "aids", "session.debriefed": "aid_ids",
              "entry.amended": "changes.aid_ids"}


def _aid_refs(e: Entry) -> list[str]:
    """The aid ids a consent, a revocation or a debrief names (in body order)."""
    b = e.body
    if e.kind == "consent.given":
        return [str(g.get("aid_id")) for g in b.get("aids") or [] if isinstance(g, dict)]
    if e.kind == "entry.amended":
        changes = b.get("changes")
        return [str(a) for a in changes.get("aid_ids") or []] if isinstance(changes, dict) else []
    if e.kind in _AID_FIELD:
        return [str(a) for a in b.get(_AID_FIELD[e.kind]) or []]
    return []


def _bad(path: str, reason: str) -> InvalidInput:
    return InvalidInput(InvalidCode.CASE_FILE, path=path, reason=reason)


@cache
def schema() -> dict[str, Any]:
    """The case file's JSON Schema (``triad/data/schema/case-v1.schema.json``)."""
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Schema:
    """The case file's schema, compiled (jsonschema-rs; see ``triad.transfer.schema``)."""
    return Schema(schema())


class InterchangeService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- export --
    def export_case(self, case_key: str) -> dict[str, Any]:
        """The whole case as a JSON-ready dict (the case's therapist). A case file carries every
        entry whole and signed, process recordings included, so it cannot be scoped to a
        supervisor (who does not read them, ``triad.casefile.visibility``) without breaking signatures:
        supervisors print the audit report instead."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST)
        case = self._ws.cases.get(case_id)
        entries = causal_order(self._ws.log.entries("case_id=?", (case_id,)))
        member_ids = {e.author for e in entries} | {case.therapist_id, *case.surrogate_ids}
        if case.supervisor_id:
            member_ids.add(case.supervisor_id)
        for e in entries:  # everyone ever on the team (a hand-over's therapists too)
            member_ids |= team_ids(e)
        members = sorted(
            (m for m in self._ws.members.list(include_removed=True, include_external=True)
             if m.member_id in member_ids),
            key=lambda m: m.member_id,
        )
        return {
            "format": FORMAT,
            "version": VERSION,
            "case_id": case_id,
            "code": case.code,
            "members": [
                {"member_id": m.member_id, "name": m.name, "role": m.role.value,
                 "credentials": [c.__dict__ for c in m.credentials],
                 "signing_public": m.signing_public, "age_public": m.age_public}
                for m in members
            ],
            "entries": [{f: getattr(e, f) for f in ENTRY_FIELDS} for e in entries],
        }

    @staticmethod
    def dumps(data: dict[str, Any]) -> bytes:
        return (json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode()

    # -- import --
    def import_bytes(self, raw: bytes) -> ImportResult:
        try:
            data = crypto.strict_json(raw)
        except ValueError as exc:
            raise _bad("$", CaseFileReason.NOT_JSON) from exc
        return self.import_case(data)

    def import_case(self, data: Any) -> ImportResult:
        """Validate ``data`` completely, then add the case in one transaction (or nothing)."""
        self._ws.require(Role.THERAPIST)
        self._validate_schema(data)
        members = {m["member_id"]: m for m in data["members"]}
        entries = [self._entry(i, e, data["case_id"], members) for i, e in enumerate(data["entries"])]
        self._check_chains(entries, data)
        index: dict[str, int] = {e.id: i for i, e in enumerate(entries)}
        try:
            self.check_case_rules(causal_order(entries), data, members, index)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # a body the schema lets through but that does not hang together (a list where
            # an id belongs, a client that is not an object)
            raise _bad("$.entries", CaseFileReason.MALFORMED) from exc
        except Unstorable as exc:  # a value SQLite cannot bind, text with U+0000
            raise _bad("$.entries", CaseFileReason.MALFORMED) from exc
        db = self._ws.vault.db
        added = present = members_added = 0
        if db.one("SELECT 1 FROM disposed_cases WHERE case_id=? OR code=?",
                  (data["case_id"], data["code"])):
            raise _bad("$.case_id", CaseFileReason.DISPOSED)  # an older copy does not revive it
        code_row = db.one("SELECT case_id FROM cases WHERE code=?", (data["code"],))
        if code_row and code_row[0] != data["case_id"]:
            raise _bad("$.code", CaseFileReason.CODE_TAKEN)
        with db.transaction():
            for member_id, m in sorted(members.items()):
                row = db.one("SELECT signing_public FROM members WHERE member_id=?", (member_id,))
                if row is None:
                    try:
                        self._ws.append(Kind.MEMBER_IMPORTED, {
                            "member_id": member_id, "name": m["name"], "role": m["role"],
                            "credentials": m["credentials"], "signing_public": m["signing_public"],
                            "age_public": m["age_public"]})
                    except Unstorable as exc:
                        raise _bad(f"$.members[{data['members'].index(m)}]", CaseFileReason.MALFORMED) from exc
                    members_added += 1
                elif row[0] != m["signing_public"]:
                    raise _bad(f"$.members[{data['members'].index(m)}]", CaseFileReason.KEY_CONFLICT)
            for e in causal_order(entries):
                existing = db.one("SELECT hash FROM entries WHERE id=?", (e.id,))
                if existing is not None:
                    if existing[0] != e.hash:
                        raise _bad(f"$.entries[{index[e.id]}]", CaseFileReason.CONFLICTS_WITH_VAULT)
                    present += 1
                    continue
                clash = db.one("SELECT id FROM entries WHERE author=? AND chain=? AND seq=?",
                               (e.author, e.chain, e.seq))
                if clash is not None:
                    raise _bad(f"$.entries[{index[e.id]}]", CaseFileReason.CONFLICTS_WITH_VAULT)
                try:
                    self._ws.log.insert_signed(e)
                except Unstorable as exc:
                    raise _bad(f"$.entries[{index[e.id]}].body", CaseFileReason.MALFORMED) from exc
                except Conflict as exc:
                    raise _bad(f"$.entries[{index[e.id]}]", CaseFileReason.CONFLICTS_WITH_VAULT) from exc
                except TriadError:
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise _bad(f"$.entries[{index[e.id]}].body", CaseFileReason.MALFORMED) from exc
                added += 1
            if added and not db.one("SELECT 1 FROM custodians WHERE case_id=? AND member_id=?",
                                    (data["case_id"], self._ws.actor.member_id)):
                self._ws.append(Kind.CASE_IMPORTED, {
                    "case_id": data["case_id"], "code": data["code"], "entries": added})
        return ImportResult(CaseId(data["case_id"]), data["code"], added, present, members_added)

    @staticmethod
    def _validate_schema(data: Any) -> None:
        validator = _validator()
        if validator.is_valid(data):
            return

        def order(p: Problem) -> tuple[int, list[tuple[int, int, str]]]:
            path = [(0, s, "") if isinstance(s, int) else (1, 0, str(s)) for s in p.path]
            return (-len(path), path)  # the deepest error first, then the earliest entry

        problems = sorted(validator.problems(data), key=order)
        if problems:
            raise _bad(_path(problems[0].path), problems[0].keyword)

    def _entry(self, i: int, raw: dict[str, Any], case_id: str, members: dict[str, Any]) -> Entry:
        where = f"$.entries[{i}]"
        if raw["case_id"] != case_id:
            raise _bad(f"{where}.case_id", CaseFileReason.OTHER_CASE)
        author = members.get(raw["author"])
        if author is None:
            raise _bad(f"{where}.author", CaseFileReason.UNKNOWN_AUTHOR)
        known = self._ws.vault.db.one("SELECT role FROM members WHERE member_id=?", (raw["author"],))
        if known is not None and known[0] != author["role"]:
            # The file's member list is not signed: for members this vault knows, its word wins.
            raise _bad(f"$.members[{list(members).index(raw['author'])}].role", CaseFileReason.ROLE_CONFLICT)
        if not may_author(Role(author["role"]), raw["kind"]):
            raise _bad(f"{where}.kind", CaseFileReason.ROLE_MAY_NOT_WRITE)
        entry = Entry(**{f: raw[f] for f in ENTRY_FIELDS})
        if entry.computed_hash() != entry.hash:
            raise _bad(f"{where}.hash", CaseFileReason.HASH_MISMATCH)
        if not crypto.signature_valid(crypto.b64d(author["signing_public"]),
                                      crypto.b64d(entry.signature), bytes.fromhex(entry.hash)):
            raise _bad(f"{where}.signature", CaseFileReason.BAD_SIGNATURE)
        return entry

    def check_case_rules(self, ordered: list[Entry], data: dict[str, Any],
                         members: dict[str, Any], index: dict[str, int]) -> None:
        """What signatures cannot show: the file's entries must hang together as one case,
        and touch nothing of other cases in this vault. Also used for exchange packets
        (``data`` needs ``case_id`` and ``code``; ``members`` maps author ids to ``role``)."""
        from triad.casefile.amendments import clean_changes
        from triad.log.projection import AMENDABLE

        db = self._ws.vault.db
        case_id = data["case_id"]
        row = db.one("SELECT therapist_id FROM cases WHERE case_id=?", (case_id,))
        therapist = row[0] if row else None
        in_case: dict[str, Entry] = {e.id: e for e in self._ws.log.entries("case_id=?", (case_id,))}
        present = set(in_case)
        ids: dict[str, set[str]] = {"session": set(), "debriefed": set(), "consent": set(),
                                    "goal": set(), "aid": set(), "request": set()}
        for table, key, kind in (("sessions", "session_id", "session"), ("consents", "consent_id", "consent"),
                                 ("goals", "goal_id", "goal"), ("debriefs", "session_id", "debriefed"),
                                 ("aids", "aid_id", "aid"), ("requests", "request_id", "request")):
            ids[kind] = {r[0] for r in db.rows(f"SELECT {key} FROM {table} WHERE case_id=?", (case_id,))}

        def taken_elsewhere(table: str, key: str, value: str) -> bool:
            return db.one(f"SELECT 1 FROM {table} WHERE {key}=? AND case_id<>?", (value, case_id)) is not None

        latest = self._ws.clock().astimezone(UTC) + STAMP_TOLERANCE
        for e in ordered:
            where = f"$.entries[{index[e.id]}]"
            if e.id in in_case:
                continue
            if stamped_at(e.created_at) > latest:
                # A clock running ahead must not get in: refused, never taken as "later".
                raise _bad(f"{where}.created_at", CaseFileReason.STAMPED_AHEAD)
            b = e.body
            if e.kind == "case.opened":
                if therapist is not None:
                    raise _bad(where, CaseFileReason.SECOND_CASE_OPENED)
                if e.author != b["therapist_id"]:
                    raise _bad(f"{where}.author", CaseFileReason.NOT_THE_CASE_THERAPIST)
                if b["client"].get("code") != data["code"]:
                    raise _bad(f"{where}.body.client.code", CaseFileReason.CODE_MISMATCH)
                therapist = b["therapist_id"]
            elif therapist is None:
                raise _bad(where, CaseFileReason.BEFORE_CASE_OPENED)
            new_ids = {"session.scheduled": ("sessions", "session_id", "session"),
                       "consent.given": ("consents", "consent_id", "consent"),
                       "client.capacity_assessed": ("capacity_assessments", "assessment_id", ""),
                       "goal.set": ("goals", "goal_id", "goal"),
                       "measure.recorded": ("measures", "measure_id", ""),
                       "aid.added": ("aids", "aid_id", "aid"),
                       "request.received": ("requests", "request_id", "request")}
            refs = {"session.debriefed": "session", "debrief.reviewed": "debriefed",
                    "session.outcome_recorded": "session", "session.rescheduled": "session",
                    "consent.revoked": "consent", "goal.progress": "goal", "aid.retired": "aid",
                    "request.closed": "request"}
            if e.kind in new_ids:
                table, key, kind = new_ids[e.kind]
                if taken_elsewhere(table, key, b[key]) or (kind and b[key] in ids[kind] and e.kind != "goal.set"):
                    raise _bad(f"{where}.body.{key}", CaseFileReason.ID_TAKEN)
                if kind:
                    ids[kind].add(b[key])
            for n, aid in enumerate(_aid_refs(e)):  # aids named must be this case's
                if aid not in ids["aid"]:
                    path = f"{where}.body.{_AID_FIELD[e.kind]}[{n}]" + (
                        ".aid_id" if e.kind == "consent.given" else "")
                    raise _bad(path, CaseFileReason.UNKNOWN_REFERENCE)
            if e.kind in refs:
                key = {"goal": "goal_id", "consent": "consent_id", "aid": "aid_id",
                       "request": "request_id"}.get(
                    refs[e.kind], "session_id")
                if b[key] not in ids[refs[e.kind]]:
                    raise _bad(f"{where}.body.{key}", CaseFileReason.UNKNOWN_REFERENCE)
                if e.kind == "session.debriefed":
                    if b[key] in ids["debriefed"]:
                        raise _bad(f"{where}.body.{key}", CaseFileReason.ALREADY_DEBRIEFED)
                    ids["debriefed"].add(b[key])
            if e.kind == "entry.cosigned":  # a co-signature names an entry of this case it co-signs
                from triad.log.kinds import COSIGNED

                target = in_case.get(b["target_id"])
                if target is None or target.kind not in COSIGNED or b["target_kind"] != target.kind:
                    raise _bad(f"{where}.body.target_id", CaseFileReason.UNKNOWN_REFERENCE)
            if e.kind == "entry.amended":
                target = in_case.get(b["target_id"])
                if target is None or target.kind not in AMENDABLE:
                    raise _bad(f"{where}.body.target_id", CaseFileReason.UNKNOWN_REFERENCE)
                if b["target_kind"] != target.kind:  # the schema typed changes by this kind
                    raise _bad(f"{where}.body.target_kind", CaseFileReason.NOT_AMENDABLE)
                author_role = members[e.author]["role"]
                if target.author != e.author and author_role != Role.THERAPIST.value:
                    raise _bad(f"{where}.author", CaseFileReason.NOT_THE_AUTHOR)
                try:
                    clean = clean_changes(target.kind, target.body, b["changes"])
                except InvalidInput as exc:
                    raise _bad(f"{where}.body.changes", CaseFileReason.NOT_AMENDABLE) from exc
                if clean != b["changes"]:
                    raise _bad(f"{where}.body.changes", CaseFileReason.NOT_AMENDABLE)
            in_case[e.id] = e
        self._check_clinical_rules(ordered, case_id, index, present, in_case)

    def _check_clinical_rules(self, ordered: list[Entry], case_id: str, index: dict[str, int],
                              present: set[str], in_case: dict[str, Entry]) -> None:
        """The rules the services keep, for entries written elsewhere (``present``: already in
        this vault, not checked again): a goal's baseline, target and progress within its
        scale (``triad.casefile.validate``); a client's date of birth not after today by this
        workspace's clock; no consent granting a touch or aid activity to a client under this
        practice's age of majority on the consent's ``valid_from`` (by the date of birth the
        case holds once these entries are in)."""
        today = self._ws.local_now()
        goals: dict[str, dict[str, Any]] = {r[0]: json.loads(r[1]) for r in self._ws.vault.db.rows(
            "SELECT goal_id, data FROM goals WHERE case_id=?", (case_id,))}

        def check_goal(where: str, goal: dict[str, Any], fields: tuple[str, ...]) -> None:
            for name in fields:
                if goal_value_problem(str(goal.get("unit", "")), goal.get(name, ""), name):
                    raise _bad(f"{where}.{name}", CaseFileReason.GOAL_SCALE)

        def check_born(where: str, client: Any) -> None:
            if not isinstance(client, dict) or not client.get("date_of_birth"):
                return
            try:
                born = clock.day(str(client["date_of_birth"]))
            except InvalidInput:
                return  # the schema's business, not this rule's
            if date_of_birth_problem(born, today):
                raise _bad(f"{where}.date_of_birth", CaseFileReason.DATE_OF_BIRTH_FUTURE)

        for e in ordered:
            if e.id in present:
                continue
            where, b = f"$.entries[{index[e.id]}].body", e.body
            if e.kind == Kind.GOAL_SET:
                goals[str(b["goal_id"])] = dict(b)
                check_goal(where, b, ("baseline", "target"))
            elif e.kind == Kind.GOAL_PROGRESS:
                check_goal(where, {"unit": goals.get(str(b["goal_id"]), {}).get("unit", ""),
                                   "value": b["value"]}, ("value",))
            elif e.kind == Kind.CASE_OPENED:
                check_born(f"{where}.client", b["client"])
            elif e.kind == Kind.CASE_CLIENT_UPDATED:
                check_born(f"{where}.changes", b["changes"])
            elif e.kind == Kind.ENTRY_AMENDED and b["target_kind"] == Kind.CASE_OPENED:
                check_born(f"{where}.changes.client", b["changes"].get("client"))
            elif e.kind == Kind.ENTRY_AMENDED and b["target_kind"] == Kind.GOAL_SET:
                target = in_case[b["target_id"]]
                goal_id = str(target.body["goal_id"])
                goals[goal_id] = {**goals.get(goal_id, target.body), **b["changes"]}
                changed = tuple(f for f in ("baseline", "target") if {f, "unit"} & b["changes"].keys())
                check_goal(f"{where}.changes", goals[goal_id], changed)
        self._check_minor_consents(ordered, case_id, index, present)

    def _check_minor_consents(self, ordered: list[Entry], case_id: str, index: dict[str, int],
                              present: set[str]) -> None:
        db = self._ws.vault.db
        row = db.one("SELECT json_extract(client, '$.date_of_birth') FROM cases WHERE case_id=?",
                     (case_id,))
        born, changed = str(row[0] or "") if row else "", False
        for e in ordered:
            b = e.body
            client: Any = None
            if e.kind == Kind.CASE_OPENED:
                client = b.get("client")
            elif e.kind == Kind.CASE_CLIENT_UPDATED:
                client = b.get("changes")
            elif e.kind == Kind.ENTRY_AMENDED and b.get("target_kind") == Kind.CASE_OPENED:
                client = b.get("changes", {}).get("client")
            if isinstance(client, dict) and "date_of_birth" in client:
                born, changed = str(client["date_of_birth"] or ""), changed or e.id not in present
        try:
            born = clock.day(born) if born else ""
        except InvalidInput:
            return  # the schema's business, not this rule's
        if not born:
            return
        majority = majority_setting(db.get_meta("audit_settings"))
        consents = [(f"$.entries[{index[e.id]}].body.grants", e.body) for e in ordered
                    if e.kind == Kind.CONSENT_GIVEN and e.id not in present]
        if changed:  # a new date of birth: the consents on record must fit it too
            consents += [("$.entries", json.loads(d)) for (d,) in db.rows(
                "SELECT data FROM consents WHERE case_id=?", (case_id,))]
        for where, body in consents:
            grants = tuple(str(g) for g in body.get("grants", []))
            if touch_activities(grants) and minor_on(born, str(body["valid_from"]), majority):
                raise _bad(where, CaseFileReason.MINOR)

    @staticmethod
    def _check_chains(entries: list[Entry], data: dict[str, Any]) -> None:
        ids: set[str] = set()
        chains: dict[str, list[tuple[int, Entry]]] = {}
        for i, e in enumerate(entries):
            if e.id in ids:
                raise _bad(f"$.entries[{i}].id", CaseFileReason.DUPLICATE)
            ids.add(e.id)
            chains.setdefault(e.author, []).append((i, e))
        for chain in chains.values():
            prev = GENESIS
            for expected, (i, e) in enumerate(sorted(chain, key=lambda x: x[1].seq), start=1):
                if e.seq != expected:
                    raise _bad(f"$.entries[{i}].seq", CaseFileReason.CHAIN_GAP)
                if e.prev != prev:
                    raise _bad(f"$.entries[{i}].prev", CaseFileReason.CHAIN_BROKEN)
                prev = e.hash
        if not any(e.kind == "case.opened" for e in entries):
            raise _bad("$.entries", CaseFileReason.NO_CASE_OPENED)


