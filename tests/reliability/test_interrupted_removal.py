"""Issue 14, minor 4: a removal cut short by a kill right after the ``member.removed`` commit.

The therapist's process is killed (a real SIGKILL) between committing ``member.removed`` and
re-keying; the removed member's key slot is still in the slot file. Her next open must be refused
with a sentence that says she was removed, and nothing may be re-keyed in her process (it would
hold the new data key); the next open by a member who stays finishes the re-key, after which her
old passphrase reads nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.conftest import cli
from triad.errors import RemovedMember, UnknownMember, VaultDamaged
from triad.messages import sentence
from triad.roles import Role
from triad.vault.database import Database
from triad.vault.folder import Vault
from triad.vault.keyslots import SlotFile
from triad.workspace import Workspace

THERAPIST, THERAPIST_PASS = "Dr Mira Holt", "therapist passphrase"
SURROGATE, SURROGATE_PASS = "Ana Sørensen", "surrogate passphrase"
SUPERVISOR, SUPERVISOR_PASS = "Sam Supervisor", "supervisor passphrase"

# The therapist removes Ana; the process dies (SIGKILL, no clean-up) the moment the removal
# entry is committed, before the re-key begins.
KILLED_REMOVAL = r"""
import os, signal, sys
from pathlib import Path
from triad.workspace import Workspace

def killed(self):
    os.kill(os.getpid(), signal.SIGKILL)

ws = Workspace.open(Path(sys.argv[1]), sys.argv[2])
Workspace.complete_removals = killed
ws.members.remove(sys.argv[3])
"""


@pytest.fixture
def interrupted(scratch: Path) -> Path:
    path = scratch / "practice.triad"
    created = Workspace.create(path, name=THERAPIST, role=Role.THERAPIST,
                               passphrase=THERAPIST_PASS, practice_name="Test")
    ws = created.workspace
    ws.members.add(SURROGATE, Role.SURROGATE, SURROGATE_PASS)
    ws.members.add(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASS)
    ws.close()
    child = subprocess.run([sys.executable, "-c", KILLED_REMOVAL, str(path), THERAPIST_PASS,
                            SURROGATE], env=dict(os.environ), timeout=120)
    assert child.returncode == -9  # killed, as a power cut or a task manager would
    slots = SlotFile.read(path / "keyslots")
    assert slots.generation == 1 and slots.find_member(SURROGATE) is not None  # not re-keyed
    (scratch / "recovery-code").write_text(created.recovery_code)
    return path


def test_the_removed_member_is_refused_and_nothing_is_rekeyed_in_her_process(
        interrupted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rekeys: list[object] = []
    real = Vault.rekey
    monkeypatch.setattr(Vault, "rekey", lambda self, ids: rekeys.append(ids) or real(self, ids))
    before = (interrupted / "keyslots").read_bytes()
    with pytest.raises(RemovedMember) as refused:
        Workspace.open(interrupted, SURROGATE_PASS, member=SURROGATE)
    assert rekeys == []  # her process never made (or saw) a new data key
    assert (interrupted / "keyslots").read_bytes() == before
    assert "removed" in sentence(refused.value)
    # The same from the command line: exit 3, one line that says why and what to do.
    done = cli("cases", str(interrupted), "--member", SURROGATE,
               env={"TRIAD_PASSPHRASE": SURROGATE_PASS})
    assert done.code == 3, done.err
    assert "removed" in done.err and len(done.err.strip().splitlines()) == 1, done.err
    assert (interrupted / "keyslots").read_bytes() == before
    # A member who stays finishes the re-key on her next open (the supervisor here).
    ws = Workspace.open(interrupted, SUPERVISOR_PASS, member=SUPERVISOR)
    assert rekeys and ws.vault.slots.generation == 2
    assert ws.vault.slots.find_member(SURROGATE) is None
    assert ws.verify().ok
    ws.close()


def test_after_the_finishing_rekey_her_old_passphrase_reads_nothing(
        interrupted: Path, tmp_path: Path) -> None:
    kept = tmp_path / "keyslots-she-kept"
    shutil.copy(interrupted / "keyslots", kept)  # she could copy the slot file beforehand
    with pytest.raises(RemovedMember):
        Workspace.open(interrupted, SURROGATE_PASS, member=SURROGATE)
    Workspace.open(interrupted, THERAPIST_PASS).close()  # finishes the re-key
    with pytest.raises(UnknownMember):
        Workspace.open(interrupted, SURROGATE_PASS, member=SURROGATE)
    # Her old slot, from the copy she kept, still yields the old data key: it opens nothing now.
    old = SlotFile.read(kept)
    slot = old.find_member(SURROGATE)
    assert slot is not None
    old_key = old.data_key(slot, old.unlock(slot, SURROGATE_PASS.encode()))
    current = SlotFile.read(interrupted / "keyslots")
    assert current.db_file != old.db_file and not (interrupted / old.db_file).exists()
    with pytest.raises(VaultDamaged):
        Database(interrupted / current.db_file, old_key, current.cipher)


def test_the_recovery_code_gives_no_new_passphrase_to_her_slot(interrupted: Path) -> None:
    code = (interrupted.parent / "recovery-code").read_text()
    before = (interrupted / "keyslots").read_bytes()
    with pytest.raises(RemovedMember):
        Workspace.recover(interrupted, code, "a brand new passphrase", member=SURROGATE)
    assert (interrupted / "keyslots").read_bytes() == before
