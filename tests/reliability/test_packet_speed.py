"""The two shortcuts that bring a 10,000-entry packet's import from ~7.4 s to ~2 s
(benchmarks/packets.py) must not change what is accepted:

* the packet schema, checked with jsonschema-rs (``packets._validator``), may say "valid" only
  when jsonschema would (hypothesis: mutations of a real packet document, compared with the
  whole schema), and does say it for real packets, without the jsonschema package;
* ``incoming._all_signed`` verifies many signatures in threads with the same answers, in the
  same order, as one by one."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.transfer.test_schema_check import _floats_in, _trailing_newline
from tests.reliability.packet_world import PASS, World, build_world
from tests.reliability.test_fuzz import FUZZ, mutated_json
from triad import crypto
from triad.exchange import incoming, packets
from triad.workspace import Workspace


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[World, dict[str, Any]]]:
    root = Path(tempfile.mkdtemp(prefix="triad-packet-speed-",
                                 dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    w = build_world(root)
    sam = Workspace.open(w.surrogate, PASS)
    row = sam.vault.db.one("SELECT age_identity FROM member_keys WHERE member_id=?",
                           (sam.actor.member_id,))
    assert row is not None
    doc = json.loads(packets.decrypt(w.packet, str(row[0])))
    sam.close()
    yield w, doc
    shutil.rmtree(root, ignore_errors=True)


def test_real_packets_take_the_fast_path(world: tuple[World, dict[str, Any]],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _, doc = world
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # importing it would fail
    assert packets.parse(crypto.canonical_json(doc)) == doc


def test_fast_valid_never_accepts_what_the_schema_refuses(
        world: tuple[World, dict[str, Any]]) -> None:
    _, doc = world
    validator = jsonschema.Draft202012Validator(
        packets.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    seen = {"both valid": 0, "both invalid": 0, "only jsonschema valid": 0}

    @settings(FUZZ, max_examples=400)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        mutated = json.loads(data.draw(mutated_json(doc)))
        fast, full = packets._validator().is_valid(mutated), validator.is_valid(mutated)
        assert full or not fast, "the fast check accepted what the schema refuses"
        if not fast and not full and not _floats_in(mutated) and not _trailing_newline(mutated):
            # the same first error as jsonschema, in the parser's order (by path)
            ours = sorted(packets._validator().problems(mutated), key=lambda p: list(map(str, p.path)))
            theirs = sorted(validator.iter_errors(mutated), key=lambda e: list(map(str, e.absolute_path)))
            assert (ours[0].path, ours[0].keyword) == (tuple(theirs[0].absolute_path),
                                                      theirs[0].validator)
        seen["both valid" if fast else "only jsonschema valid" if full else "both invalid"] += 1

    run()
    assert packets._validator().is_valid(doc) and seen["both invalid"] > 100
    print(seen)


def test_signatures_in_threads_give_the_same_answers(world: tuple[World, dict[str, Any]]) -> None:
    w, doc = world
    payload = doc["payload"]
    key = next(m["signing_public"] for m in payload["members"] if m["member_id"] == w.sender_id)
    entries = [incoming._entry(e) for e in payload["entries"] if e["author"] == w.sender_id]
    pairs = [(key, entries[n % len(entries)]) for n in range(2500)]
    bad = {7, 1000, 1999, 2499}
    for n in bad:  # another entry's signature
        e = pairs[n][1]
        pairs[n] = (key, e.__class__(**{**e.__dict__, "signature": entries[(n + 1) % len(entries)].signature}))
    threaded = incoming._all_signed(pairs)
    assert threaded == [incoming._signed(k, e) for k, e in pairs]
    assert [n for n, ok in enumerate(threaded) if not ok] == sorted(bad)
