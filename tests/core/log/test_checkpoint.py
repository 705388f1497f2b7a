"""The verified checkpoint (issue 18): the unlock verifies only what is new since it, the full
verification everything; both catch what the issue names."""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import replace

import pytest

from tests.core.conftest import SURROGATE, SURROGATE_PASS, THERAPIST_PASS, NewVault, cli
from triad import crypto
from triad.clock import utc_stamp
from triad.log.checkpoint import MARK_META, Checkpoint
from triad.log.entries import Entry, EntryId, VerifyCancelled
from triad.roles import Role
from triad.workspace import Workspace

T = {"TRIAD_PASSPHRASE": THERAPIST_PASS}


def fill(v: NewVault, n: int = 6) -> None:
    v.ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS)
    for i in range(n):
        v.ws.append("note.test", {"n": i, "text": "Zażółć gęślą jaźń"})


def reopen(v: NewVault) -> Workspace:
    v.ws.close()
    v.ws = Workspace.open(v.path, THERAPIST_PASS)
    return v.ws


def raw_append(ws: Workspace, body: dict[str, object], signer: bytes | None = None) -> Entry:
    """An entry at the end of the therapist's vault chain written straight into the table,
    as a tool with the key could (it bypasses the log, so the checkpoint is not moved)."""
    last = ws.log.entries("author=? AND chain='vault'", (ws.actor.member_id,), "seq DESC")[0]
    draft = Entry(EntryId(str(uuid.uuid4())), None, ws.actor.member_id, last.seq + 1, "note.test",
                  body, utc_stamp(ws.clock()), last.hash, "", "")
    digest = draft.computed_hash()
    key = signer if signer is not None else ws._signing_key
    entry = replace(draft, hash=digest,
                    signature=crypto.b64e(crypto.sign(key, bytes.fromhex(digest))))
    ws.vault.db.execute(
        "INSERT INTO entries (id, case_id, author, seq, kind, body, created_at, prev, hash,"
        " signature, chain) VALUES (?,?,?,?,?,?,?,?,?,?,'vault')",
        (entry.id, None, entry.author, entry.seq, entry.kind, json.dumps(body), entry.created_at,
         entry.prev, entry.hash, entry.signature))
    return entry


def test_entries_written_here_move_the_checkpoint_at_once(vault: NewVault) -> None:
    fill(vault)
    assert vault.ws.verify_recent().log.entries == 0  # all signed here: nothing left to check
    ws = reopen(vault)
    ws.append("note.test", {"n": 99})
    recent = ws.verify_recent()
    assert recent.ok and recent.log.recent and recent.log.entries == 0
    full = ws.verify()
    assert full.ok and not full.log.recent and full.log.entries == ws.log.count()


def test_a_body_changed_before_the_checkpoint_is_caught_by_the_full_check_only(
        vault: NewVault) -> None:
    """Unlock pays for what is new; an old entry altered in place is the background
    check's and ``triad-cli verify``'s to find (SQLCipher's page HMAC catches it when the
    change is made without the key)."""
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[2]
    body = dict(victim.body, text="edited after signing")
    vault.ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", (json.dumps(body), victim.id))
    ws = reopen(vault)
    assert ws.verify_recent().ok
    background = ws.full_check()
    assert [(p.code, p.entry_id) for p in background.log.problems] == [("hash-mismatch", victim.id)]
    assert ws.last_full_check() is None  # a check that found damage is not recorded as done
    ws.close()
    done = cli("verify", str(vault.path), env=T)
    assert done.code == 1, done.out
    assert f"hash-mismatch: entry {victim.id}" in done.out and "PROBLEMS FOUND" in done.out


def test_an_entry_after_the_checkpoint_with_a_bad_signature_is_caught_at_unlock(
        vault: NewVault) -> None:
    fill(vault)
    other, _ = crypto.ed25519_generate()
    forged = raw_append(vault.ws, {"n": 7}, signer=other)
    ws = reopen(vault)
    report = ws.verify_recent()
    assert report.log.recent and report.log.entries == 1
    assert [(p.code, p.entry_id) for p in report.log.problems] == [("bad-signature", forged.id)]
    # and it stays caught: a failed check does not move the checkpoint over it
    assert [p.code for p in ws.verify_recent().log.problems] == ["bad-signature"]


def test_a_genuine_entry_stored_around_the_log_is_verified_once_then_covered(
        vault: NewVault) -> None:
    fill(vault)
    raw_append(vault.ws, {"n": 8})
    ws = reopen(vault)
    first = ws.verify_recent()
    assert first.ok and first.log.entries == 1
    assert ws.verify_recent().log.entries == 0


def test_a_forged_checkpoint_row_is_damage(vault: NewVault) -> None:
    """A row whose MAC fails: the full check finds it on any chain; the unlock on a chain it
    relies on (one with entries after the row)."""
    fill(vault)
    me = vault.ws.actor.member_id
    vault.ws.vault.db.execute("UPDATE checkpoints SET seq=seq-1 WHERE author=?", (me,))
    ws = reopen(vault)
    assert ws.verify_recent().ok  # the unlock does not read rows of chains with nothing new
    assert ("checkpoint", "row") in {(p.code, p.detail) for p in ws.full_check().log.problems}
    raw_append(ws, {"n": 9})  # now the unlock starts from that row
    problems = reopen(vault).verify_recent().log.problems
    assert ("checkpoint", "row") in {(p.code, p.detail) for p in problems}


def test_a_forged_mark_is_damage(vault: NewVault) -> None:
    fill(vault)
    entries, headers, mac = vault.ws.vault.db.get_meta(MARK_META).split(":")
    vault.ws.vault.db.set_meta(MARK_META, f"{int(entries) + 50}:{headers}:{mac}")
    problems = reopen(vault).verify_recent().log.problems
    assert ("checkpoint", "mark") in {(p.code, p.detail) for p in problems}


def test_a_chain_cut_short_below_its_checkpoint_is_caught(vault: NewVault) -> None:
    """Its last entry deleted: no gap is left for the chain walk to see, but the chain no
    longer holds the entry its row names -- the full check says so, and the unlock does once
    the chain is written to again."""
    fill(vault)
    head = vault.ws.log.entries("author=?", (vault.ws.actor.member_id,), "seq DESC")[0]
    vault.ws.vault.db.execute("DELETE FROM entries WHERE id=?", (head.id,))
    ws = reopen(vault)
    full = {(p.code, p.detail) for p in ws.full_check().log.problems}
    assert ("chain-broken", "checkpoint") in full
    ws.append("note.test", {"n": 10})  # takes the deleted entry's place in the chain
    problems = reopen(vault).verify_recent().log.problems
    assert ("chain-broken", "checkpoint") in {(p.code, p.detail) for p in problems}
    assert not reopen(vault).verify().ok


def test_a_vault_without_a_checkpoint_is_verified_whole_at_its_first_unlock(
        vault: NewVault) -> None:
    fill(vault)
    vault.ws.vault.db.execute("DELETE FROM checkpoints")
    vault.ws.vault.db.execute("DELETE FROM meta WHERE key=?", (MARK_META,))
    ws = reopen(vault)
    first = ws.verify_recent()
    assert first.ok and first.log.entries == ws.log.count()
    assert ws.verify_recent().log.entries == 0


def test_the_checkpoint_survives_a_re_key(vault: NewVault) -> None:
    fill(vault)
    vault.ws.members.remove(SURROGATE)  # re-keys the whole vault into a new data file
    ws = reopen(vault)
    report = ws.verify_recent()
    assert report.ok and report.log.entries == 0


def test_the_full_check_reports_progress_and_can_be_cancelled(vault: NewVault) -> None:
    fill(vault, 40)
    seen: list[tuple[int, int]] = []
    report = vault.ws.full_check(lambda done, total: seen.append((done, total)))
    assert report.ok and vault.ws.last_full_check() is not None
    assert seen and seen[-1][0] == seen[-1][1] == vault.ws.log.count()
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(VerifyCancelled):
        vault.ws.full_check(cancelled=lambda: True)


def test_the_full_check_reads_its_own_snapshot_while_the_vault_is_written(
        vault: NewVault) -> None:
    fill(vault, 200)
    results = []
    worker = threading.Thread(target=lambda: results.append(vault.ws.full_check()))
    worker.start()
    for i in range(30):
        vault.ws.append("note.test", {"n": 1000 + i})
    worker.join(60)
    assert results and results[0].ok
    assert vault.ws.verify_recent().log.entries == 0 and vault.ws.verify().ok


def test_a_new_checkpoint_row_is_only_written_under_the_vaults_key(vault: NewVault) -> None:
    """The MAC key comes from the vault's secret: a row computed with any other key fails."""
    fill(vault)
    cp = Checkpoint(vault.ws.vault.db)
    head = vault.ws.log.entries("author=?", (vault.ws.actor.member_id,), "seq DESC")[0]
    good = cp.row_mac(head.author, head.chain, head.seq, head.hash)
    vault.ws.vault.db.set_meta("mac_secret", "00" * 32)
    assert Checkpoint(vault.ws.vault.db).row_mac(head.author, head.chain, head.seq, head.hash) != good


# -- found by the outside attack on this change (each failed on the code before) --

def _header_row(ws: Workspace, entry_id: str, chain: str, seq: int, prev: str, like: Entry) -> None:
    ws.vault.db.execute(
        "INSERT INTO withheld_entries (id, case_id, chain, author, seq, prev, hash, signature)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (entry_id, None, chain, like.author, seq, prev, like.hash, like.signature))


def test_a_header_sharing_an_altered_entrys_id_does_not_hide_it(vault: NewVault) -> None:
    """A header row named like an entry made that entry checked as a header (its body never
    hashed): only rows of withheld_entries are headers now, and a hash or id twice is named."""
    fill(vault)
    notes = vault.ws.log.entries("kind='note.test'")
    victim, genuine = notes[2], notes[0]
    body = dict(victim.body, text="edited after signing")
    vault.ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", (json.dumps(body), victim.id))
    _header_row(vault.ws, victim.id, "no-such-case", 1, "", genuine)
    found = {(p.code, p.entry_id) for p in reopen(vault).full_check().log.problems}
    assert ("hash-mismatch", victim.id) in found and ("duplicate", victim.id) in found


def test_a_header_copying_an_older_entry_is_named(vault: NewVault) -> None:
    fill(vault)
    me = vault.ws.actor.member_id
    notes = vault.ws.log.entries("kind='note.test'")
    head = vault.ws.log.entries("author=? AND chain='vault'", (me,), "seq DESC")[0]
    _header_row(vault.ws, str(uuid.uuid4()), "vault", head.seq + 1, head.hash, notes[0])
    ws = reopen(vault)
    assert ("duplicate", None) not in {(p.code, p.entry_id) for p in ws.verify().log.problems}
    assert "duplicate" in {p.code for p in ws.verify().log.problems}


def test_an_entry_stored_since_but_below_the_checkpoint_is_caught_at_unlock(
        vault: NewVault) -> None:
    """Deleted and stored again (a new position above the mark) with another body and no
    valid signature: below its chain's row, so the walk from the row never reached it."""
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[1]
    vault.ws.vault.db.execute("DELETE FROM entries WHERE id=?", (victim.id,))
    vault.ws.vault.db.execute(
        "INSERT INTO entries (id, case_id, author, seq, kind, body, created_at, prev, hash,"
        " signature, chain) VALUES (?,?,?,?,?,?,?,?,?,?,'vault')",
        (victim.id, None, victim.author, victim.seq, victim.kind, json.dumps({"n": 666}),
         victim.created_at, victim.prev, victim.hash, crypto.b64e(bytes(64))))
    problems = reopen(vault).verify_recent().log.problems
    assert ("chain-broken", victim.id) in {(p.code, p.entry_id) for p in problems}


def test_a_swapped_member_key_does_not_pass_the_unlock(vault: NewVault) -> None:
    """The unlock checks new entries against the key the author published in her
    ``member.added`` entry, not the members table (which a tool could change with them)."""
    fill(vault)
    other, public = crypto.ed25519_generate()
    me = vault.ws.actor.member_id
    vault.ws.vault.db.execute("UPDATE members SET signing_public=? WHERE member_id=?",
                              (crypto.b64e(public), me))
    forged = raw_append(vault.ws, {"n": 5}, signer=other)
    codes = {(p.code, p.entry_id or p.author) for p in reopen(vault).verify_recent().log.problems}
    assert ("bad-signature", forged.id) in codes and ("key-mismatch", me) in codes


@pytest.mark.parametrize("damage", [
    ("UPDATE checkpoints SET seq='seven'", "row"),
    ("UPDATE checkpoints SET seq=x'00ff'", "row"),
    ("UPDATE checkpoints SET seq=99999999999999999999", "row"),
    ("UPDATE meta SET value='1000000000000000000000000000000:0:00' WHERE key='checkpoint_mark'",
     "mark"),
    ("UPDATE meta SET value='not hex' WHERE key='mac_secret'", "secret"),
    ("DELETE FROM meta WHERE key='mac_secret'", "secret"),
])
def test_a_malformed_checkpoint_is_reported_never_raised(vault: NewVault,
                                                        damage: tuple[str, str]) -> None:
    fill(vault)
    vault.ws.append("note.test", {"n": 1})
    vault.ws.vault.db.execute(damage[0])
    ws = reopen(vault)
    ws.append("note.test", {"n": 2})  # a write still works
    raw_append(ws, {"n": 3})  # something new for the unlock to start from a row
    recent = {(p.code, p.detail) for p in ws.verify_recent().log.problems}
    full = {(p.code, p.detail) for p in ws.verify().log.problems}
    assert ("checkpoint", damage[1]) in recent | full
    assert not ws.verify().ok  # damage stays reported: never repaired in passing


def test_a_redacted_view_with_unreadable_fields_is_a_bad_signature(vault: NewVault) -> None:
    fill(vault)
    victim = vault.ws.log.entries("kind='note.test'")[0]
    vault.ws.vault.db.execute("INSERT INTO redacted_entries (entry_id, fields, signature)"
                              " VALUES (?, 'not json', 'AAAA')", (victim.id,))
    assert ("bad-signature", victim.id) in {
        (p.code, p.entry_id) for p in reopen(vault).verify().log.problems}
