"""Fuzzing the importers with hypothesis (derandomized: the same examples on every run).

JSON case files (``ws.interchange.import_bytes``) and identity cards (``read_card`` then
``import_card``): random bytes, random JSON, and many mutations of a real file (a value
replaced, a key deleted or added, a string or number nudged, an entry duplicated, dropped or
moved, bytes flipped, cut or spliced) -- also mutations re-signed with the authors' real keys,
which get past the signatures to the case rules and the projections. The importer may accept the result (members' names and
credentials, for one, are not signed) or refuse it -- but only with its documented errors
(InvalidInput for case files; ExchangeError or InvalidInput for cards), and a refused import
leaves the entry log and every projection table exactly as they were."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import forget_seen
from tests.core.practice import hold_session, make_practice
from tests.core.readback import read_back
from tests.reliability.helpers import projection_digest
from triad import crypto
from triad.errors import ExchangeError, InvalidInput
from triad.exchange.cards import read_card
from triad.log.entries import Entry
from triad.roles import Role
from triad.transfer.case_json import ENTRY_FIELDS
from triad.workspace import Workspace

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=500,
                suppress_health_check=list(HealthCheck))
TARGET_PASS = "target passphrase"


@dataclass
class Target:
    """The vault imports go into; put back to its pristine copy after an accepted import."""

    template: Path
    path: Path
    ws: Workspace
    accepted: int = 0
    refused: int = 0

    def reset(self) -> None:
        self.ws.close()
        shutil.rmtree(self.path)
        shutil.copytree(self.template, self.path)
        forget_seen()  # the pristine copy put back on purpose: not a rollback to refuse
        self.ws = Workspace.open(self.path, TARGET_PASS)

    def attempt(self, action: Any, allowed: tuple[type[Exception], ...]) -> None:
        before, count = projection_digest(self.ws), self.ws.log.count()
        try:
            action(self.ws)
        except allowed:
            assert self.ws.log.count() == count, "a refused import wrote entries"
            assert projection_digest(self.ws) == before, "a refused import changed state"
            self.refused += 1
            return
        self.accepted += 1
        assert self.ws.verify().ok
        read_back(self.ws)  # what was accepted, the services can read
        self.reset()


@dataclass
class Files:
    case: dict[str, Any]
    card: bytes
    root: Path
    keys: dict[str, bytes]  # the source vault's signing keys: mutations can be re-signed


@pytest.fixture(scope="module")
def files() -> Iterator[Files]:
    root = Path(tempfile.mkdtemp(prefix="triad-fuzz-"))
    p = make_practice(root / "source.triad")
    for day in (2, 9, 16):
        sid = hold_session(p, f"2026-02-{day:02d}T10:00")
        p.t.sessions.review(sid, "Read; good pacing.")
    p.t.measures.record(p.case, "suds", 6, on="2026-02-03", label="first date")
    case = p.t.interchange.export_case(p.case)
    card = p.s.exchange.my_card().to_bytes()
    keys = {r[0]: bytes(r[1]) for r in p.t.vault.db.rows(
        "SELECT member_id, signing_private FROM member_keys")}
    p.close()
    target = Workspace.create(root / "template.triad", name="Dr Target", role=Role.THERAPIST,
                              passphrase=TARGET_PASS).workspace
    target.close()
    yield Files(case, card, root, keys)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def target(files: Files) -> Iterator[Target]:
    path = files.root / "target.triad"
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(files.root / "template.triad", path)
    t = Target(files.root / "template.triad", path, Workspace.open(path, TARGET_PASS))
    yield t
    t.ws.close()
    print(f"accepted {t.accepted}, refused {t.refused}")


# -- mutations ------------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def nodes(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from nodes(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from nodes(v, (*path, i))


def at(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


@st.composite
def mutated_json(draw: st.DrawFn, base: dict[str, Any], keys: dict[str, bytes] | None = None) -> bytes:
    """``keys``: mutate only entries, then re-hash, re-chain and re-sign them with their
    authors' real keys -- so the mutation gets past the signatures to the case rules and the
    projections."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        candidates = [p for p in nodes(doc) if p and (keys is None or (
            len(p) >= 3 and p[0] == "entries" and p[2] not in ("hash", "signature", "prev")))]
        if not candidates:
            break
        path = draw(st.sampled_from(candidates))
        parent, key = at(doc, path[:-1]), path[-1]
        value = parent[key]
        op = draw(st.sampled_from(["replace", "delete", "nudge", "duplicate", "move", "add"]))
        if op == "replace":
            parent[key] = draw(JSON_VALUES)
        elif op == "delete":
            del parent[key]
        elif op == "nudge" and isinstance(value, str):
            i = draw(st.integers(0, len(value)))
            parent[key] = value[:i] + draw(st.text(min_size=0, max_size=2)) + value[i + 1:]
        elif op == "nudge" and isinstance(value, bool):
            parent[key] = not value
        elif op == "nudge" and isinstance(value, int | float):
            parent[key] = value + draw(st.sampled_from([-1, 1, 2**31, -(2**63), 0.5]))
        elif op == "duplicate" and isinstance(parent, list):
            parent.insert(draw(st.integers(0, len(parent))), copy.deepcopy(value))
        elif op == "move" and isinstance(parent, list):
            parent.insert(draw(st.integers(0, len(parent))), parent.pop(key))
        elif op == "add" and isinstance(value, dict):
            value[draw(st.text(max_size=10))] = draw(JSON_VALUES)
        else:
            parent[key] = draw(JSON_VALUES)
    if keys is not None:
        resign(doc, keys)
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode()


def resign(doc: dict[str, Any], keys: dict[str, bytes]) -> None:
    chains: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    entries = doc.get("entries") if isinstance(doc, dict) else None
    for e in entries if isinstance(entries, list) else []:
        if isinstance(e, dict) and isinstance(e.get("author"), str) and e["author"] in keys:
            chains.setdefault((e["author"], repr(e.get("case_id"))), []).append(e)
    for (author, _), chain in chains.items():
        chain.sort(key=lambda e: e["seq"] if type(e.get("seq")) is int else 0)
        prev = ""
        for e in chain:
            e["prev"] = prev
            try:
                draft = Entry(**{f: e[f] for f in ENTRY_FIELDS})
                e["hash"] = draft.computed_hash()
                e["signature"] = crypto.b64e(crypto.sign(keys[author], bytes.fromhex(e["hash"])))
            except (KeyError, TypeError, ValueError):
                continue
            prev = e["hash"]


@st.composite
def mutated_bytes(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "splice", "truncate"]))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 64))]
        elif op == "splice":
            data[i:i] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[i:]
        if not data:
            break
    return bytes(data)


# -- JSON case files -------------------------------------------------------------------
def import_case(raw: bytes) -> Any:
    return lambda ws: ws.interchange.import_bytes(raw)


def test_case_file_structural_mutations(files: Files, target: Target) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target.attempt(import_case(data.draw(mutated_json(files.case))), (InvalidInput,))

    run()
    assert target.refused > 400


def test_case_file_resigned_mutations(files: Files, target: Target) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target.attempt(import_case(data.draw(mutated_json(files.case, files.keys))), (InvalidInput,))

    run()


def test_case_file_byte_mutations(files: Files, target: Target) -> None:
    base = json.dumps(files.case, indent=1).encode()

    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target.attempt(import_case(data.draw(mutated_bytes(base))), (InvalidInput,))

    run()


def test_case_file_random_input(target: Target) -> None:
    @settings(FUZZ, max_examples=300)
    @given(st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode())
           | st.fixed_dictionaries({"format": st.just("triad-case"), "version": st.just(1)},
                                   optional={"case_id": JSON_VALUES, "code": JSON_VALUES,
                                             "members": JSON_VALUES, "entries": JSON_VALUES}
                                   ).map(lambda v: json.dumps(v).encode()))
    def run(raw: bytes) -> None:
        target.attempt(import_case(raw), (InvalidInput,))

    run()
    assert target.accepted == 0


# -- identity cards -------------------------------------------------------------------
def import_card(raw: bytes) -> Any:
    def action(ws: Workspace) -> None:
        card = read_card(raw)
        ws.exchange.import_card(card, card.fingerprint)  # as if the fingerprint was read out

    return action


def test_identity_card_mutations(files: Files, target: Target) -> None:
    base = json.loads(files.card)

    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        raw = (data.draw(mutated_json(base)) if data.draw(st.booleans())
               else data.draw(mutated_bytes(files.card)))
        target.attempt(import_card(raw), (ExchangeError, InvalidInput))

    run()
    target.attempt(import_card(files.card), (ExchangeError, InvalidInput))
    assert target.accepted >= 1  # the real card itself is accepted


def test_identity_card_random_input(target: Target) -> None:
    @settings(FUZZ, max_examples=300)
    @given(st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
    def run(raw: bytes) -> None:
        target.attempt(import_card(raw), (ExchangeError, InvalidInput))

    run()
    assert target.accepted == 0


# -- what the fuzzer found (fixed): a re-signed file whose body carries a list, an object or a
# 65-bit integer where an id belongs crashed the importer (TypeError, AttributeError,
# OverflowError) or was reported as a damaged vault (sqlite InterfaceError). The schema now
# types every body field, so these stop at the schema step, the field named.
@pytest.mark.parametrize(("kind", "field", "value"), [
    ("debrief.reviewed", ("session_id",), ["conversation"]),
    ("case.opened", ("surrogate_ids", 0), {}),
    ("case.opened", ("surrogate_ids", 0), 10**20),
    ("case.opened", ("client",), True),
    ("session.scheduled", ("session_id",), 10**20),
])
def test_signed_but_ill_typed_bodies_are_refused_cleanly(
    files: Files, target: Target, kind: str, field: tuple[Any, ...], value: Any
) -> None:
    doc = copy.deepcopy(files.case)
    i, entry = next((i, e) for i, e in enumerate(doc["entries"]) if e["kind"] == kind)
    parent = at(entry["body"], field[:-1])
    parent[field[-1]] = value
    resign(doc, files.keys)
    before = projection_digest(target.ws)
    with pytest.raises(InvalidInput) as refused:
        target.ws.interchange.import_bytes(json.dumps(doc).encode())
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in field)
    assert refused.value.detail == "case-file" and refused.value.data == {
        "path": f"$.entries[{i}].body{where}", "reason": "type"}
    assert projection_digest(target.ws) == before


def test_a_nul_in_a_member_name_is_named_by_the_schema(files: Files, target: Target) -> None:
    """A member's name with U+0000 (members are not signed). Before issue 14 only the storage
    layer refused it ("malformed" at the member); a name now admits no control character, and
    the schema's label pattern names the field."""
    doc = copy.deepcopy(files.case)
    doc["members"][1]["name"] = "Sam\x00"
    before = projection_digest(target.ws)
    with pytest.raises(InvalidInput) as refused:
        target.ws.interchange.import_bytes(json.dumps(doc).encode())
    assert refused.value.data == {"path": "$.members[1].name", "reason": "pattern"}
    assert projection_digest(target.ws) == before
