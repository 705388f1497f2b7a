"""Disk full: a save that hits ENOSPC fails with StorageFailed and loses nothing already saved;
the vault still opens and verifies, and saves again once there is room.

Three ways to run out of space: a real 8 MB tmpfs in a private mount namespace (``unshare -rm``,
no root needed where user namespaces are allowed; skipped elsewhere), SQLite's own limit
(``PRAGMA max_page_count``, which fails exactly like a full disk: SQLITE_FULL), and a shim that
makes os.write raise ENOSPC for the files the core writes itself (key slots, backups)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.helpers import ROOT, projection_digest
from triad.casefile.sessions import DebriefForm
from triad.errors import StorageFailed, WrongPassphrase
from triad.roles import Role
from triad.vault import files
from triad.workspace import Workspace

T_PASS, S_PASS = "therapist passphrase", "surrogate passphrase"


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_disk_full_on_a_small_tmpfs(tmp_path: Path) -> None:
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = 'mount -t tmpfs -o size=8m tmpfs "$0" || exit 77; exec "$1" -m tests.reliability.diskfull_child "$0"'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, str(mount), sys.executable],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    if done.returncode == 77 or "Operation not permitted" in done.stderr:
        pytest.skip("no private mount namespace here")
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    print(out)
    assert out["errors"] == []
    assert out["saved"] >= 3 and out["failed"] == 5  # some fitted, then every save failed cleanly
    assert out["missing"] == 0 and out["verify_ok"]
    assert out["passwd"] == out["backup"] == out["member"] == "StorageFailed"
    assert out["new_passphrase_opens"] is False  # the failed passwd changed nothing
    assert out["members"] == ["Dr Full", "Sam Full"]
    assert out["stray_files"] == [] and out["backup_exists"] is False
    assert out["saves_again"] is True


def practice(path: Path) -> tuple[Workspace, Workspace, list[str]]:
    t = Workspace.create(path, name="Dr Full", role=Role.THERAPIST, passphrase=T_PASS).workspace
    t.members.add("Sam Full", Role.SURROGATE, S_PASS)
    s = Workspace.open(path, S_PASS, "Sam Full")
    case = t.cases.open({"legal_name": "Client"}, (s.actor.member_id,)).case_id or ""
    sessions = [t.sessions.schedule(case, "surrogate_session", f"2026-02-{d:02d}T10:00", 60).subject_id
                for d in range(1, 29)]
    return t, s, sessions


def test_sqlite_full_fails_the_save_and_keeps_the_rest(scratch: Path) -> None:
    path = scratch / "v.triad"
    t, s, sessions = practice(path)
    saved: list[str] = []
    pages = s.vault.db.one("PRAGMA page_count")
    assert pages is not None
    s.vault.db.one(f"PRAGMA max_page_count = {pages[0] + 6}")
    failures = 0
    for sid in sessions:
        try:
            saved.append(s.sessions.submit_debrief(sid, DebriefForm(
                activities_done=("conversation",), process_recording="x" * 900)).entry_id)
        except StorageFailed:
            failures += 1
    assert saved and failures >= 5
    s.close()
    t.close()
    ws = Workspace.open(path, T_PASS)
    present = {r[0] for r in ws.vault.db.rows("SELECT id FROM entries")}
    assert all(i in present for i in saved)
    debriefed = ws.vault.db.one("SELECT count(*) FROM debriefs")
    assert debriefed == (len(saved),)  # a failed save left no half (entry without projection)
    assert ws.verify().ok
    ws.close()


def test_enospc_on_the_files_the_core_writes(scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = scratch / "v.triad"
    t, s, _ = practice(path)
    s.close()
    before = projection_digest(t)
    slots_before = (path / "keyslots").read_bytes()
    real_write = os.write

    def full(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(StorageFailed):
        t.change_passphrase("a brand new passphrase")
    with pytest.raises(StorageFailed):
        t.members.add("Vera Full", Role.SUPERVISOR, "supervisor passphrase")
    with pytest.raises(StorageFailed):
        t.backup(scratch / "v.backup")
    monkeypatch.setattr(files.os, "write", real_write)
    assert not (scratch / "v.backup").exists()
    assert not [p for p in path.iterdir() if p.name.endswith(".tmp")]
    assert (path / "keyslots").read_bytes() == slots_before
    assert projection_digest(t) == before  # the member's entry was rolled back with the slot
    t.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(path, "a brand new passphrase")
    ws = Workspace.open(path, T_PASS)
    assert ws.verify().ok and [m.name for m in ws.members.list()] == ["Dr Full", "Sam Full"]
    ws.close()
