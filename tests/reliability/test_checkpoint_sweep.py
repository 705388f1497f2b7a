"""Issue 18: the verified checkpoint under a sweep. On the demo practice (every entry at or
below the checkpoint after a first unlock), each of a fixed sample of entries is altered in
place, one at a time, as a tool holding the data key could: the unlock's check stays quiet
(it reads only what is new, by design) and the full check -- the app's background check and
``triad-cli verify`` -- names exactly that entry. Then entries are added after the checkpoint
with one flipped signature bit each: every one is caught at unlock. Figures in
docs/reliability.md ("Checkpoint")."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import replace
from pathlib import Path

from tests.conftest import DEMO_PASS
from triad import crypto
from triad.clock import utc_stamp
from triad.demo import THERAPIST
from triad.log.entries import Entry, EntryId
from triad.workspace import Workspace

SAMPLE = 25


def test_altered_entries_below_the_checkpoint(demo_copy: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS, THERAPIST)
    try:
        assert ws.verify().ok  # the checkpoint at every head
        rows = ws.vault.db.rows("SELECT id, body FROM entries WHERE kind != 'member.added'"
                                " ORDER BY local_order")
        caught = 0
        for entry_id, body in random.Random(18).sample(rows, SAMPLE):
            altered = json.dumps({**json.loads(body), "altered": True})
            ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", (altered, entry_id))
            assert ws.verify_recent().ok
            found = [(p.code, p.entry_id) for p in ws.full_check().log.problems]
            assert found == [("hash-mismatch", entry_id)], found
            caught += 1
            ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", (body, entry_id))
        assert ws.full_check().ok
        print(f"\n[checkpoint] {caught} of {SAMPLE} altered entries found by the full check")
    finally:
        ws.close()


def test_bad_signatures_after_the_checkpoint_are_caught_at_unlock(demo_copy: Path) -> None:
    ws = Workspace.open(demo_copy, DEMO_PASS, THERAPIST)
    try:
        assert ws.verify().ok
        me = ws.actor.member_id
        for bit in range(12):
            last = ws.log.entries("author=? AND chain='vault'", (me,), "seq DESC")[0]
            draft = Entry(EntryId(str(uuid.uuid4())), None, me, last.seq + 1, "note.test",
                          {"n": bit}, utc_stamp(ws.clock()), last.hash, "", "")
            digest = draft.computed_hash()
            raw = bytearray(crypto.sign(ws._signing_key, bytes.fromhex(digest)))
            raw[bit * 5 % len(raw)] ^= 1 << (bit % 8)
            entry = replace(draft, hash=digest, signature=crypto.b64e(bytes(raw)))
            ws.vault.db.execute(
                "INSERT INTO entries (id, case_id, author, seq, kind, body, created_at, prev,"
                " hash, signature, chain) VALUES (?,?,?,?,?,?,?,?,?,?,'vault')",
                (entry.id, None, me, entry.seq, entry.kind, json.dumps(entry.body),
                 entry.created_at, entry.prev, entry.hash, entry.signature))
            found = [(p.code, p.entry_id) for p in ws.verify_recent().log.problems]
            assert found == [("bad-signature", entry.id)], found
            ws.vault.db.execute("DELETE FROM entries WHERE id=?", (entry.id,))
        print("\n[checkpoint] 12 of 12 bad signatures after the checkpoint caught at unlock")
    finally:
        ws.close()
