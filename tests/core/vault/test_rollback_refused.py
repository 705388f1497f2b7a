"""Issue 18, step 14: a vault folder put back from an older copy is REFUSED at open on a computer
that saw it further (triad/vault/seen.py), unless the member opening it accepts the older state
on record (a signed ``vault.older_accepted`` entry). Services on a real vault; the command line
and the reliability run are in tests/reliability/test_rollback.py.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
from pathlib import Path

import pytest

from tests.core.conftest import THERAPIST, THERAPIST_PASS, NewVault
from tests.core.vault.test_quickunlock import MemoryKeyring, memory_keyring  # noqa: F401
from triad.errors import InvalidInput, VaultOlder
from triad.log.kinds import Kind
from triad.roles import Role
from triad.vault import seen
from triad.workspace import Workspace

NEW_PASS = "a brand new passphrase 42"
REASON = "restored from the Tuesday copy"


def put_back(aside: Path, folder: Path) -> None:
    shutil.rmtree(folder)
    shutil.copytree(aside, folder)


def rolled_back(vault: NewVault, tmp_path: Path) -> Path:
    """The vault copied aside, a member added (seen here), the copy put back."""
    vault.ws.close()
    aside = tmp_path / "aside.triad"
    shutil.copytree(vault.path, aside)
    with Workspace.open(vault.path, THERAPIST_PASS) as ws:
        ws.members.add("Ana Example", Role.SURROGATE, "surrogate passphrase 42")
    put_back(aside, vault.path)
    return vault.path


def seen_file(own_state_folder: Path) -> Path:
    (path,) = (own_state_folder / "seen").iterdir()
    return path


def accepted_entries(ws: Workspace) -> list[dict[str, object]]:
    return [json.loads(r[0]) for r in ws.vault.db.rows(
        "SELECT body FROM entries WHERE kind=? ORDER BY local_order", (Kind.VAULT_OLDER_ACCEPTED,))]


def test_a_folder_put_back_from_a_copy_is_refused_at_open(vault: NewVault, tmp_path: Path,
                                                          own_state_folder: Path) -> None:
    path = rolled_back(vault, tmp_path)
    before = seen_file(own_state_folder).read_bytes()
    with pytest.raises(VaultOlder) as refused:
        Workspace.open(path, THERAPIST_PASS)
    exc = refused.value
    assert exc.missing >= 1 and len(exc.day) == 10  # the entries it lacks, the day seen here
    assert THERAPIST not in str(exc.data) and str(path) not in str(exc.data)
    assert seen_file(own_state_folder).read_bytes() == before  # the refusal writes nothing
    with pytest.raises(VaultOlder):  # and stays refused
        Workspace.open(path, THERAPIST_PASS)


def test_accepting_the_older_vault_opens_it_records_why_and_the_next_open_is_not_refused(
        vault: NewVault, tmp_path: Path) -> None:
    path = rolled_back(vault, tmp_path)
    with Workspace.open(path, THERAPIST_PASS, accept_older=REASON) as ws:
        assert ws.behind is not None and ws.behind.missing >= 1
        (body,) = accepted_entries(ws)
        assert body["reason"] == REASON and int(str(body["missing"])) >= 1
        assert int(str(body["seen_order"])) > int(str(body["order"]))
        assert len(str(body["seen_day"])) == 10
        assert ws.verify().ok
    with Workspace.open(path, THERAPIST_PASS) as ws:  # this computer now expects this state
        assert ws.behind is None and len(accepted_entries(ws)) == 1


def test_accepting_needs_a_reason(vault: NewVault, tmp_path: Path) -> None:
    path = rolled_back(vault, tmp_path)
    with pytest.raises(InvalidInput):
        Workspace.open(path, THERAPIST_PASS, accept_older="   ")
    with pytest.raises(VaultOlder):
        Workspace.open(path, THERAPIST_PASS)


def test_accept_older_on_a_vault_that_is_not_older_records_nothing(vault: NewVault) -> None:
    vault.ws.close()
    with Workspace.open(vault.path, THERAPIST_PASS, accept_older=REASON) as ws:
        assert ws.behind is None and accepted_entries(ws) == []


def test_a_copy_put_back_and_written_to_since_is_refused_too(
        vault: NewVault, tmp_path: Path, own_state_folder: Path) -> None:
    path = rolled_back(vault, tmp_path)
    # Written to past the position seen here (by another computer, say): the entry this
    # computer saw last is still missing.
    data = json.loads(seen_file(own_state_folder).read_text())
    with Workspace.open(path, THERAPIST_PASS, accept_older=REASON) as ws:
        for i in range(3):
            ws.members.add(f"Member {i}", Role.SUPERVISOR, "supervisor passphrase 42")
    put_seen = seen_file(own_state_folder)
    put_seen.write_text(json.dumps(data))  # what this computer had seen before (a format-2 file)
    with pytest.raises(VaultOlder) as refused:
        Workspace.open(path, THERAPIST_PASS)
    assert refused.value.missing == 0  # not shorter: gone on from an older state


def test_quick_unlock_is_refused_too(vault: NewVault, tmp_path: Path,
                                     memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    vault.ws.enable_quick_unlock()
    path = rolled_back(vault, tmp_path)
    with pytest.raises(VaultOlder):
        Workspace.open_quick(path)
    with Workspace.open_quick(path, accept_older=REASON) as ws:
        assert len(accepted_entries(ws)) == 1


def test_recovery_is_refused_before_it_changes_anything(vault: NewVault, tmp_path: Path) -> None:
    path = rolled_back(vault, tmp_path)
    slots_before = (path / "keyslots").read_bytes()
    with pytest.raises(VaultOlder):
        Workspace.recover(path, vault.recovery_code, NEW_PASS)
    assert (path / "keyslots").read_bytes() == slots_before  # no new passphrase set
    Workspace.open(path, THERAPIST_PASS, accept_older=REASON).close()  # the old one still works
    with Workspace.recover(path, vault.recovery_code, NEW_PASS) as ws:
        assert len(accepted_entries(ws)) == 1


def test_recovery_can_accept_the_older_vault(vault: NewVault, tmp_path: Path) -> None:
    path = rolled_back(vault, tmp_path)
    with Workspace.recover(path, vault.recovery_code, NEW_PASS, accept_older=REASON) as ws:
        (body,) = accepted_entries(ws)
        assert body["reason"] == REASON
    Workspace.open(path, NEW_PASS).close()


def test_a_restore_from_a_backup_file_is_not_refused(vault: NewVault, tmp_path: Path) -> None:
    backup = tmp_path / "before.triadbak"
    vault.ws.backup(backup)
    vault.ws.members.add("Ana Example", Role.SURROGATE, "surrogate passphrase 42")
    vault.ws.close()
    restored = tmp_path / "restored.triad"
    ws, report = Workspace.restore(backup, restored, THERAPIST_PASS)
    with ws:
        assert report.ok and ws.behind is None
    Workspace.open(restored, THERAPIST_PASS).close()  # the restored position is what is expected


# -- the file this computer keeps --
def test_the_file_carries_a_mac_and_no_name_or_path(vault: NewVault,
                                                    own_state_folder: Path) -> None:
    vault.ws.close()
    path = seen_file(own_state_folder)
    data = json.loads(path.read_text())
    assert data["format"] == 2 and set(data) == {"format", "order", "last", "day", "mac"}
    assert len(data["mac"]) == 64
    for word in (THERAPIST, str(vault.path), vault.path.name, "Test"):
        assert word not in path.read_text() + path.name


def test_a_forged_file_is_ignored_and_replaced_never_locking_anyone_out(
        vault: NewVault, own_state_folder: Path) -> None:
    vault.ws.close()
    path = seen_file(own_state_folder)
    data = json.loads(path.read_text())
    # A position far ahead, without the key: were it trusted, every open would be refused.
    data.update(order=data["order"] + 1000, last="0" * 64)
    path.write_text(json.dumps(data))
    with Workspace.open(vault.path, THERAPIST_PASS) as ws:
        assert ws.behind is None
    fresh = json.loads(path.read_text())
    assert fresh["order"] < data["order"] and fresh["last"] != data["last"]  # replaced
    Workspace.open(vault.path, THERAPIST_PASS).close()


def test_a_file_mac_d_for_another_vault_is_not_trusted(vault: NewVault, tmp_path: Path,
                                                       own_state_folder: Path) -> None:
    """The MAC binds the vault id too: a genuine file renamed to another vault's id fails."""
    vault.ws.close()
    other = Workspace.create(tmp_path / "other.triad", name="Dr Other", role=Role.THERAPIST,
                             passphrase=THERAPIST_PASS).workspace
    other_id = other.vault.slots.vault_id
    other.close()
    mine = next(p for p in (own_state_folder / "seen").iterdir() if p.name != other_id)
    data = json.loads(mine.read_text())
    data["order"] += 1000
    (own_state_folder / "seen" / other_id).write_text(json.dumps(data))
    Workspace.open(tmp_path / "other.triad", THERAPIST_PASS).close()


def test_an_absent_file_is_written_at_open(vault: NewVault, own_state_folder: Path) -> None:
    vault.ws.close()
    shutil.rmtree(own_state_folder / "seen")
    Workspace.open(vault.path, THERAPIST_PASS).close()
    assert json.loads(seen_file(own_state_folder).read_text())["format"] == 2


def test_a_format_1_file_is_trusted_once_and_rewritten_with_a_mac(
        vault: NewVault, tmp_path: Path, own_state_folder: Path) -> None:
    """What this computer wrote before step 14 still notices a rollback, once; then MAC'd."""
    path = rolled_back(vault, tmp_path)
    file = seen_file(own_state_folder)
    data = json.loads(file.read_text())
    old = {"format": 1, "order": data["order"], "last": data["last"], "day": data["day"]}
    file.write_text(json.dumps(old))
    with pytest.raises(VaultOlder):
        Workspace.open(path, THERAPIST_PASS)
    with Workspace.open(path, THERAPIST_PASS, accept_older=REASON):
        pass
    assert json.loads(file.read_text())["format"] == 2


def test_a_format_1_file_of_a_vault_that_is_not_behind_is_rewritten_with_a_mac(
        vault: NewVault, own_state_folder: Path) -> None:
    vault.ws.close()
    file = seen_file(own_state_folder)
    data = json.loads(file.read_text())
    file.write_text(json.dumps({k: data[k] for k in ("order", "last", "day")} | {"format": 1}))
    Workspace.open(vault.path, THERAPIST_PASS).close()
    assert json.loads(file.read_text())["format"] == 2


def test_the_mac_is_keyed_from_the_vaults_secret_not_the_data_key(
        vault: NewVault, own_state_folder: Path) -> None:
    """Stable across a re-key (a member removed): the file still verifies afterwards."""
    from triad.log.checkpoint import derive_key

    ws = vault.ws
    ws.members.add("Ana Example", Role.SURROGATE, "surrogate passphrase 42")
    key = derive_key(ws.vault.db, seen.PURPOSE)
    ws.members.remove("Ana Example")  # the re-key
    assert derive_key(ws.vault.db, seen.PURPOSE) == key
    ws.close()
    data = json.loads(seen_file(own_state_folder).read_text())
    message = seen.mac_message(ws.vault.slots.vault_id, data["order"], data["last"], data["day"])
    assert hmac.compare_digest(data["mac"], hmac.new(key, message, hashlib.sha256).hexdigest())
    Workspace.open(vault.path, THERAPIST_PASS).close()
