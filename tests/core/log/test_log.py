"""The signed entry log: chains, signatures, tamper detection, projection replay."""

from __future__ import annotations

import itertools
import json

from tests.core.conftest import SURROGATE, SURROGATE_PASS, NewVault
from triad import crypto
from triad.roles import Role


def fill(v: NewVault) -> None:
    v.ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS)
    for i in range(5):
        v.ws.append("note.test", {"n": i, "text": "Zażółć gęślą jaźń"})


def test_chain_links_and_sequence(vault: NewVault) -> None:
    fill(vault)
    chain = vault.ws.log.entries("author=?", (vault.ws.actor.member_id,), order="seq")
    assert [e.seq for e in chain] == list(range(1, 8))
    assert chain[0].prev == ""
    for earlier, later in itertools.pairwise(chain):
        assert later.prev == earlier.hash
    assert all(e.computed_hash() == e.hash for e in chain)
    report = vault.ws.verify()
    assert report.ok and report.log.entries == 7 and report.log.chains == 1


def test_edited_body_is_named_by_verify(vault: NewVault) -> None:
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[2]
    body = dict(victim.body, text="edited after signing")
    vault.ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", (json.dumps(body), victim.id))
    problems = vault.ws.verify().log.problems
    assert [(p.code, p.entry_id) for p in problems] == [("hash-mismatch", victim.id)]


def test_rehashed_edit_still_fails_the_signature(vault: NewVault) -> None:
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[1]
    forged = victim.__class__(**{**victim.__dict__, "body": {"n": 99}})
    vault.ws.vault.db.execute(
        "UPDATE entries SET body=?, hash=? WHERE id=?",
        (json.dumps(forged.body), forged.computed_hash(), victim.id),
    )
    codes = {(p.code, p.entry_id) for p in vault.ws.verify().log.problems}
    # its own signature fails, and the next entry's prev no longer matches
    assert ("bad-signature", victim.id) in codes
    nxt = vault.ws.log.entries("author=? AND seq=?", (victim.author, victim.seq + 1))[0]
    assert ("chain-broken", nxt.id) in codes


def test_deleted_entry_breaks_the_chain(vault: NewVault) -> None:
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[0]
    vault.ws.vault.db.execute("DELETE FROM entries WHERE id=?", (victim.id,))
    codes = {p.code for p in vault.ws.verify().log.problems}
    assert {"seq-gap", "chain-broken"} <= codes


def test_entry_signed_by_another_key_is_caught(vault: NewVault) -> None:
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[3]
    other_private, _ = crypto.ed25519_generate()
    sig = crypto.b64e(crypto.sign(other_private, bytes.fromhex(victim.hash)))
    vault.ws.vault.db.execute("UPDATE entries SET signature=? WHERE id=?", (sig, victim.id))
    assert [(p.code, p.entry_id) for p in vault.ws.verify().log.problems] == [
        ("bad-signature", victim.id)
    ]


def test_swapped_public_key_in_projection_is_caught(vault: NewVault) -> None:
    fill(vault)
    _, public = crypto.ed25519_generate()
    vault.ws.vault.db.execute(
        "UPDATE members SET signing_public=? WHERE member_id=?",
        (crypto.b64e(public), vault.ws.actor.member_id),
    )
    assert [p.code for p in vault.ws.verify().log.problems] == ["key-mismatch"]


def test_projection_rebuilds_from_the_log(vault: NewVault) -> None:
    fill(vault)
    vault.ws.members.remove(SURROGATE)
    before = vault.ws.vault.db.rows("SELECT * FROM members ORDER BY member_id")
    vault.ws.vault.db.execute("DELETE FROM members")
    vault.ws.log.rebuild()
    assert vault.ws.vault.db.rows("SELECT * FROM members ORDER BY member_id") == before


def test_a_failed_transaction_leaves_no_entry(vault: NewVault) -> None:
    count = vault.ws.log.count()
    try:
        with vault.ws.vault.db.transaction():
            vault.ws.append("note.test", {"n": 1})
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert vault.ws.log.count() == count
    vault.ws.append("note.test", {"n": 2})
    assert vault.ws.verify().ok
