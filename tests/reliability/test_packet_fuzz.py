"""Fuzzing the packet importer (``ws.exchange.import_packet``) with hypothesis, derandomized.

The recipient is a surrogate partner's vault (Sam, on her own machine) that knows the
therapist as a confirmed contact and has never imported anything from her. Four kinds of input:

* random bytes, bare or behind a real age header line;
* random JSON (and half-right packet objects) properly age-encrypted to Sam: past decryption,
  into the strict parser and the schema;
* the therapist's real onboarding packet with its *payload* mutated (a value replaced, a key
  deleted or added, a string or number nudged, a list item duplicated or moved; 1-3 at once),
  then signed again with the therapist's real key and encrypted to Sam -- so the mutation gets
  past the packet signature to the member, chain, role and case rules;
* the same with only entries and views mutated, then re-hashed, re-chained and re-signed by
  their authors' real keys (views: their view signature too) -- past the entries' signatures.

The importer may accept the result (much of the payload is the sender's to choose) or refuse it,
but only with PacketRejected, and a refused import leaves the entry log, every projection and
the exchange tables exactly as they were; an accepted one must verify."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import forget_seen
from tests.core.readback import read_back
from tests.reliability.packet_world import PASS, World, build_world
from tests.reliability.test_fuzz import JSON_VALUES, mutated_json
from tests.reliability.test_packet_tamper import state
from triad import crypto
from triad.errors import PacketRejected
from triad.exchange import packets
from triad.log.entries import Entry, view_content
from triad.transfer.case_json import ENTRY_FIELDS
from triad.workspace import Workspace

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=100,
                suppress_health_check=list(HealthCheck))


@dataclass
class Target:
    """Sam's vault; put back to its pristine copy after an accepted import."""

    template: Path
    path: Path
    ws: Workspace
    reasons: dict[str, int] = field(default_factory=dict)
    accepted: int = 0

    @property
    def refused(self) -> int:
        return sum(self.reasons.values())

    def reset(self) -> None:
        self.ws.close()
        shutil.rmtree(self.path)
        shutil.copytree(self.template, self.path)
        forget_seen()  # the pristine copy put back on purpose: not a rollback to refuse
        self.ws = Workspace.open(self.path, PASS)

    def attempt(self, raw: bytes) -> None:
        before = state(self.ws)
        try:
            self.ws.exchange.import_packet(raw)
        except PacketRejected as exc:
            assert state(self.ws) == before, f"a refused packet ({exc.detail}) changed the vault"
            self.reasons[exc.detail] = self.reasons.get(exc.detail, 0) + 1
            return
        self.accepted += 1
        assert self.ws.verify().ok
        read_back(self.ws)  # what was accepted, the services can read
        self.reset()


@dataclass
class Source:
    world: World
    payload: dict[str, Any]


@pytest.fixture(scope="module")
def source() -> Iterator[Source]:
    root = Path(tempfile.mkdtemp(prefix="triad-packet-fuzz-",
                                 dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    world = build_world(root)
    sam = Workspace.open(world.surrogate, PASS)
    row = sam.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                           (sam.actor.member_id,))
    assert row is not None
    payload = packets.parse(packets.decrypt(world.packet, str(row[0])))["payload"]
    sam.close()
    yield Source(world, payload)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def target(source: Source, tmp_path: Path) -> Iterator[Target]:
    path = tmp_path / "sam.triad"
    shutil.copytree(source.world.surrogate, path)
    t = Target(source.world.surrogate, path, Workspace.open(path, PASS))
    yield t
    t.ws.close()
    print(f"accepted {t.accepted}, refused {t.refused}: {dict(sorted(t.reasons.items()))}")


def encrypt(plain: bytes, world: World) -> bytes:
    import pyrage

    return bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(world.sam_age_public)]))


def seal(payload: Any, world: World) -> bytes:
    """Sign ``payload`` with the therapist's real key, encrypt it to Sam."""
    signature = crypto.b64e(crypto.sign(world.sender_key, crypto.canonical_json(payload)))
    return encrypt(crypto.canonical_json({"format": "triad-packet", "version": 1,
                                          "payload": payload, "signature": signature}), world)


def resign_items(payload: dict[str, Any], keys: dict[str, bytes]) -> None:
    """Re-link and re-sign what a mutation changed, as its author could: per (author, case)
    chain in seq order, an item whose content or ``prev`` no longer matches gets a new hash
    (entries: of their content; views and headers, whose hash is of a body not in the packet:
    any new one), a new signature and, for views, a new view signature. Untouched items keep
    theirs, so the chain links through the signed headers as before."""
    chains: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for key in ("entries", "views", "headers"):
        items = payload.get(key)
        for e in items if isinstance(items, list) else []:
            if isinstance(e, dict) and isinstance(e.get("author"), str) and e["author"] in keys:
                chains.setdefault((e["author"], repr(e.get("case_id"))), []).append((key, e))
    for (author, _), chain in chains.items():
        chain.sort(key=lambda ke: ke[1]["seq"] if type(ke[1].get("seq")) is int else 0)
        prev = ""
        for key, e in chain:
            try:
                if key == "headers":
                    if e["prev"] != prev:
                        e["prev"] = prev
                        e["hash"] = crypto.sha256_hex(f"{prev}{e['id']}".encode())
                        e["signature"] = crypto.b64e(crypto.sign(keys[author], bytes.fromhex(e["hash"])))
                    prev = e["hash"]
                    continue
                draft = Entry(**{f: e[f] for f in ENTRY_FIELDS})
                if key == "entries":
                    changed = draft.computed_hash() != e["hash"]
                else:
                    public = crypto.signer(keys[author]).public_key().public_bytes_raw()
                    # a mutated view signature that is no string is re-signed like any change
                    changed = not isinstance(e["view_signature"], str) or not crypto.signature_valid(
                        public, crypto.b64d(e["view_signature"]), view_content(draft, list(e["redacted"])))
                if changed or e["prev"] != prev:
                    e["prev"] = prev
                    draft = Entry(**{f: e[f] for f in ENTRY_FIELDS})
                    e["hash"] = draft.computed_hash()
                    draft = Entry(**{**draft.__dict__, "hash": e["hash"]})
                    e["signature"] = crypto.b64e(crypto.sign(keys[author], bytes.fromhex(e["hash"])))
                    if key == "views":
                        e["view_signature"] = crypto.b64e(crypto.sign(
                            keys[author], view_content(draft, list(e["redacted"]))))
            except (AttributeError, KeyError, TypeError, ValueError):
                continue  # e.g. a view signature mutated to null: left as it is, refused
            prev = e["hash"]


@st.composite
def mutated_payload(draw: st.DrawFn, source: Source, items_only: bool) -> bytes:
    if not items_only:
        doc = json.loads(draw(mutated_json(source.payload)))
        return seal(doc, source.world)
    # entries and views in one list, so mutations may also move or duplicate across them;
    # mutate inside items only (keys={} -- re-signed below, views included)
    wrapper = {"entries": source.payload["entries"] + source.payload["views"]}
    items = json.loads(draw(mutated_json(wrapper, {})))["entries"]
    payload = copy.deepcopy(source.payload)
    # split back: a view is an item with a view signature
    payload["entries"] = [i for i in items if not (isinstance(i, dict) and "view_signature" in i)]
    payload["views"] = [i for i in items if isinstance(i, dict) and "view_signature" in i]
    resign_items(payload, source.world.keys)
    return seal(payload, source.world)


AGE_LINE = b"age-encryption.org/v1\n"


def test_random_bytes(target: Target) -> None:
    @FUZZ
    @given(st.binary(max_size=400) | st.binary(max_size=400).map(lambda b: AGE_LINE + b)
           | st.binary(max_size=200).map(lambda b: AGE_LINE + b"-> X25519 " + b))
    def run(raw: bytes) -> None:
        target.attempt(raw)

    run()
    assert target.accepted == 0


def test_random_json_encrypted_to_the_recipient(source: Source, target: Target) -> None:
    half_right = st.fixed_dictionaries(
        {"format": st.just("triad-packet"), "version": st.just(1)},
        optional={"payload": JSON_VALUES, "signature": JSON_VALUES})

    @FUZZ
    @given(st.binary(max_size=200) | JSON_VALUES.map(lambda v: json.dumps(v).encode())
           | half_right.map(lambda v: json.dumps(v).encode()))
    def run(plain: bytes) -> None:
        target.attempt(encrypt(plain, source.world))

    run()
    assert target.accepted == 0


def test_payload_mutations_signed_by_the_sender(source: Source, target: Target) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target.attempt(data.draw(mutated_payload(source, items_only=False)))

    run()
    target.attempt(seal(source.payload, source.world))  # unmutated, re-signed: accepted
    assert target.accepted >= 1 and target.refused > 50


def test_item_mutations_resigned_by_their_authors(source: Source, target: Target) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target.attempt(data.draw(mutated_payload(source, items_only=True)))

    run()
    # the re-signing is real: a measure's value changed and re-signed by its author imports
    payload = copy.deepcopy(source.payload)
    measure = next(e for e in payload["entries"] if e["kind"] == "measure.recorded")
    measure["body"]["value"] += 1
    resign_items(payload, source.world.keys)
    accepted = target.accepted
    target.attempt(seal(payload, source.world))
    assert target.accepted == accepted + 1


# -- what the fuzzer found (fixed): a value the storage layer refuses -- one SQLite cannot bind
# (a list, an object, a 65-bit integer where a plan's phase id belongs), text with U+0000 --
# in an entry signed by its author, or in a member card vouched for by the therapist, escaped
# the packet importer as InvalidInput("unsupported-value" / "nul-character") instead of
# PacketRejected("malformed"). The transaction was rolled back; the error was the wrong one.
@pytest.mark.parametrize(("where", "value"), [
    ("phase_id", ["x"]), ("phase_id", {}), ("phase_id", 10**20), ("phase_id", "a\x00b"),
    ("member_name", "Sky\x00"),
])
def test_unstorable_values_are_refused_as_malformed(
    source: Source, target: Target, where: str, value: Any
) -> None:
    payload = copy.deepcopy(source.payload)
    if where == "phase_id":
        plan = next(e for e in payload["entries"] if e["kind"] == "plan.revised")
        plan["body"]["phases"][0]["phase_id"] = value
        resign_items(payload, source.world.keys)
    else:
        vouched = next(m for m in payload["members"] if m["name"] == "Sky")  # new to Sam
        vouched["name"] = value
    before = state(target.ws)
    with pytest.raises(PacketRejected) as refused:
        target.ws.exchange.import_packet(seal(payload, source.world))
    assert refused.value.detail == "malformed", refused.value.data
    assert state(target.ws) == before
