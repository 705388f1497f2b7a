"""A real SIGKILL during re-keying: every remaining member must still unlock."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from triad.roles import Role
from triad.workspace import Workspace

CHILD = r"""
import sys
from pathlib import Path
from triad.roles import Role
from triad.workspace import Workspace
path = Path(sys.argv[1])
i = 0
while True:
    ws = Workspace.open(path, "therapist passphrase")
    ws.members.add(f"Temp {i}", Role.SURROGATE, "temporary passphrase")
    print("added", flush=True)
    ws.members.remove(f"Temp {i}")
    ws.close()
    i += 1
"""


def test_sigkill_during_member_remove(tmp_path: Path) -> None:
    path = tmp_path / "v.triad"
    ws = Workspace.create(path, name="T", role=Role.THERAPIST,
                          passphrase="therapist passphrase").workspace
    ws.members.add("Stays", Role.SUPERVISOR, "supervisor passphrase")
    ws.close()
    rng = random.Random(4711)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()  # it is inside the add/remove loop now
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for passphrase, member in (("therapist passphrase", None),
                                   ("supervisor passphrase", "Stays")):
            ws = Workspace.open(path, passphrase, member)
            assert ws.verify().ok
            ws.close()
    ws = Workspace.open(path, "therapist passphrase")
    # opening completed every interrupted removal: only active members keep slots
    assert len(ws.vault.slots.member_slots()) == len(ws.members.list())
    ws.close()
