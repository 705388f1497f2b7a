"""Re-keying and backups copy the database with sqlcipher_export. With SQLite's defaults for the
attached target (rollback journal, synchronous=FULL) that cost ~140 fsyncs for this schema
(0.4-0.6 s on a busy disk); the target is now written unsynced and fsynced once by the caller."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT
from triad.roles import Role
from triad.workspace import Workspace

SCRIPT = r"""
import sys
from pathlib import Path
from triad import crypto
from triad.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]), "export passphrase")
print("EXPORT-START", flush=True)
ws.vault.db.export_to(Path(sys.argv[2]), crypto.random_key())
print("EXPORT-END", flush=True)
ws.close()
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to count fsyncs")
def test_export_to_syncs_at_most_twice(tmp_path: Path) -> None:
    path = tmp_path / "v.triad"
    ws = Workspace.create(path, name="Dr Export", role=Role.THERAPIST,
                          passphrase="export passphrase").workspace
    for i in range(50):
        ws.append("note.test", {"n": i, "text": "x" * 400})
    ws.close()
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=fsync,fdatasync,write", "-e", "signal=none",
         sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "copy.db")],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    trace = done.stderr
    between = trace[trace.index("EXPORT-START"):trace.index("EXPORT-END")]
    syncs = [line for line in between.splitlines() if "fsync(" in line or "fdatasync(" in line]
    # one for the checkpoint of the source WAL at most; none per copied table
    assert len(syncs) <= 2, len(syncs)
    # and the copy is a complete, intact database under the new key
    assert (tmp_path / "copy.db").stat().st_size > 50 * 400
