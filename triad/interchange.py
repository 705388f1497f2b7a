"""The JSON interchange format for one whole case (``docs/case-format.md``, schema in
``resources/schema/case-v1.schema.json``).

Export writes every entry of the case with its author's signature, and the members who wrote
or are named in it (name, role, credentials, public keys). Import checks everything first --
schema, hashes, signatures, whole chains, that each author's role may write each kind -- then
adds the whole case in one transaction, or nothing. Importing the same file twice changes
nothing the second time. The importing therapist takes custody of the case in this vault.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import crypto
from .errors import InvalidInput, TriadError
from .kinds import may_author
from .log import GENESIS, CaseId, Entry
from .members import Role
from .resources import RESOURCES

if TYPE_CHECKING:
    from .workspace import Workspace

FORMAT, VERSION = "triad-case", 1
SCHEMA_PATH = RESOURCES / "schema" / "case-v1.schema.json"
ENTRY_FIELDS = ("id", "case_id", "author", "seq", "kind", "body", "created_at", "prev", "hash",
                "signature")


@dataclass(frozen=True)
class ImportResult:
    case_id: CaseId
    code: str
    added: int
    already_present: int
    members_added: int


def causal_order(entries: Iterable[Entry]) -> list[Entry]:
    """Every (author, case) chain in seq order, chains merged by time: a deterministic order
    that never puts an entry before its own author's earlier ones."""
    chains: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        chains.setdefault((e.author, e.chain), []).append(e)
    for chain in chains.values():
        chain.sort(key=lambda e: e.seq)
    heap = [(c[0].created_at, c[0].id, key, 0) for key, c in chains.items()]
    heapq.heapify(heap)
    out = []
    while heap:
        _, _, key, i = heapq.heappop(heap)
        out.append(chains[key][i])
        if i + 1 < len(chains[key]):
            nxt = chains[key][i + 1]
            heapq.heappush(heap, (nxt.created_at, nxt.id, key, i + 1))
    return out


def _path(parts: Iterable[Any]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _bad(path: str, reason: str) -> InvalidInput:
    return InvalidInput("case-file", path=path, reason=reason)


class InterchangeService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    # -- export --
    def export_case(self, case_key: str) -> dict[str, Any]:
        """The whole case as a JSON-ready dict (therapist or supervisor of the case)."""
        case_id = self._ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)
        case = self._ws.cases.get(case_id)
        entries = causal_order(self._ws.log.entries("case_id=?", (case_id,)))
        member_ids = {e.author for e in entries} | {case.therapist_id, *case.surrogate_ids}
        if case.supervisor_id:
            member_ids.add(case.supervisor_id)
        for e in entries:  # everyone ever on the team, too
            if e.kind in ("case.opened", "case.team_changed"):
                member_ids |= set(e.body.get("surrogate_ids", []))
                if e.body.get("supervisor_id"):
                    member_ids.add(e.body["supervisor_id"])
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
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _bad("$", "not-json") from exc
        return self.import_case(data)

    def import_case(self, data: Any) -> ImportResult:
        """Validate ``data`` completely, then add the case in one transaction (or nothing)."""
        self._ws.require(Role.THERAPIST)
        self._validate_schema(data)
        members = {m["member_id"]: m for m in data["members"]}
        entries = [self._entry(i, e, data["case_id"], members) for i, e in enumerate(data["entries"])]
        self._check_chains(entries, data)
        index = {e.id: i for i, e in enumerate(entries)}
        db = self._ws.vault.db
        added = present = members_added = 0
        code_row = db.one("SELECT case_id FROM cases WHERE code=?", (data["code"],))
        if code_row and code_row[0] != data["case_id"]:
            raise _bad("$.code", "code-taken")
        with db.transaction():
            for member_id, m in sorted(members.items()):
                row = db.one("SELECT signing_public FROM members WHERE member_id=?", (member_id,))
                if row is None:
                    self._ws.append("member.imported", {
                        "member_id": member_id, "name": m["name"], "role": m["role"],
                        "credentials": m["credentials"], "signing_public": m["signing_public"],
                        "age_public": m["age_public"]})
                    members_added += 1
                elif row[0] != m["signing_public"]:
                    raise _bad(f"$.members[{data['members'].index(m)}]", "key-conflict")
            for e in causal_order(entries):
                existing = db.one("SELECT hash FROM entries WHERE id=?", (e.id,))
                if existing is not None:
                    if existing[0] != e.hash:
                        raise _bad(f"$.entries[{index[e.id]}]", "conflicts-with-vault")
                    present += 1
                    continue
                clash = db.one("SELECT id FROM entries WHERE author=? AND chain=? AND seq=?",
                               (e.author, e.chain, e.seq))
                if clash is not None:
                    raise _bad(f"$.entries[{index[e.id]}]", "conflicts-with-vault")
                try:
                    self._ws.log.insert_signed(e)
                except TriadError:
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise _bad(f"$.entries[{index[e.id]}].body", "malformed") from exc
                added += 1
            if added and not db.one("SELECT 1 FROM custodians WHERE case_id=? AND member_id=?",
                                    (data["case_id"], self._ws.actor.member_id)):
                self._ws.append("case.imported", {
                    "case_id": data["case_id"], "code": data["code"], "entries": added})
        return ImportResult(CaseId(data["case_id"]), data["code"], added, present, members_added)

    @staticmethod
    def _validate_schema(data: Any) -> None:
        import jsonschema

        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
        if errors:
            deepest = max(errors, key=lambda e: len(e.absolute_path))
            raise _bad(_path(deepest.absolute_path), deepest.validator if isinstance(deepest.validator, str) else "schema")

    @staticmethod
    def _entry(i: int, raw: dict[str, Any], case_id: str, members: dict[str, Any]) -> Entry:
        where = f"$.entries[{i}]"
        if raw["case_id"] != case_id:
            raise _bad(f"{where}.case_id", "other-case")
        author = members.get(raw["author"])
        if author is None:
            raise _bad(f"{where}.author", "unknown-author")
        if not may_author(Role(author["role"]), raw["kind"]):
            raise _bad(f"{where}.kind", "role-may-not-write")
        entry = Entry(**{f: raw[f] for f in ENTRY_FIELDS})
        if entry.computed_hash() != entry.hash:
            raise _bad(f"{where}.hash", "hash-mismatch")
        if not crypto.signature_valid(crypto.b64d(author["signing_public"]),
                                      crypto.b64d(entry.signature), bytes.fromhex(entry.hash)):
            raise _bad(f"{where}.signature", "bad-signature")
        return entry

    @staticmethod
    def _check_chains(entries: list[Entry], data: dict[str, Any]) -> None:
        ids: set[str] = set()
        chains: dict[str, list[tuple[int, Entry]]] = {}
        for i, e in enumerate(entries):
            if e.id in ids:
                raise _bad(f"$.entries[{i}].id", "duplicate")
            ids.add(e.id)
            chains.setdefault(e.author, []).append((i, e))
        for chain in chains.values():
            prev = GENESIS
            for expected, (i, e) in enumerate(sorted(chain, key=lambda x: x[1].seq), start=1):
                if e.seq != expected:
                    raise _bad(f"$.entries[{i}].seq", "chain-gap")
                if e.prev != prev:
                    raise _bad(f"$.entries[{i}].prev", "chain-broken")
                prev = e.hash
        if not any(e.kind == "case.opened" for e in entries):
            raise _bad("$.entries", "no-case-opened")


