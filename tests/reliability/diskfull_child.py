"""Run inside a private mount namespace on a 2 MB tmpfs (see test_diskfull.py):
``python -m tests.reliability.diskfull_child MOUNTPOINT``. Prints one JSON object."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from triad.casefile.sessions import DebriefForm
from triad.errors import StorageFailed, TriadError, WrongPassphrase
from triad.roles import Role
from triad.workspace import Workspace

T_PASS, S_PASS = "therapist passphrase", "surrogate passphrase"


def fill(mount: Path, leave: int) -> Path:
    """Fill the file system, then give back ``leave`` bytes."""
    filler = mount / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 512)
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)
    return filler


def main() -> None:
    mount = Path(sys.argv[1])
    path = mount / "v.triad"
    out: dict[str, Any] = {"errors": []}
    t = Workspace.create(path, name="Dr Full", role=Role.THERAPIST, passphrase=T_PASS).workspace
    t.members.add("Sam Full", Role.SURROGATE, S_PASS)
    s = Workspace.open(path, S_PASS, "Sam Full")
    case = t.cases.open({"legal_name": "Full Disk Client"}, (s.actor.member_id,),
                        opened_at="2026-01-05T09:00").case_id or ""
    t.capacity.record(case, "2026-01-09", "has-capacity", "")
    # the client types their own name; the therapist's is her member name (issue 13)
    signed = [{"party": "client", "name": "Full Disk Client", "signed_on": "2026-01-10"},
              {"party": "therapist", "signed_on": "2026-01-10"}]
    t.consent.give(case, "informed-consent", signed, grants=("conversation",))
    # a surrogate session needs the triad agreement (countersigned by the surrogate partner
    # in her own session) and a release as well (issue 13)
    triad = t.consent.give(case, "triad-agreement", signed, grants=("conversation",))
    s.signatures.countersign(case, triad.subject_id or "", signed_on="2026-01-10")
    t.consent.give(case, "release-of-information", signed)
    start = datetime(2026, 2, 1, 9, 0)
    with t.vault.db.transaction():
        sessions = [t.sessions.schedule(case, "surrogate_session",
                                        (start + timedelta(hours=k)).strftime("%Y-%m-%dT%H:%M"),
                                        60, planned_activities=("conversation",)).subject_id
                    for k in range(150)]
    filler = fill(mount, leave=400 * 1024)
    saved, failed = [], 0
    for sid in sessions:
        try:
            saved.append(s.sessions.submit_debrief(sid, DebriefForm(
                activities_done=("conversation",), suds_before=5, suds_after=3,
                process_recording="What happened, in the surrogate's words. " * 30)).entry_id)
        except StorageFailed:
            failed += 1
            if failed == 5:  # it keeps failing cleanly, and the next save is refused too
                break
        except TriadError as exc:
            out["errors"].append(f"debrief: {type(exc).__name__} {exc.detail}")
            break
    out["saved"], out["failed"] = len(saved), failed
    for what, action in (("passwd", lambda: t.change_passphrase("a brand new passphrase")),
                         ("backup", lambda: t.backup(mount / "v.backup")),
                         ("member", lambda: t.members.add("New Member", Role.SUPERVISOR,
                                                          "supervisor passphrase"))):
        try:
            action()
            out[what] = "succeeded"
        except StorageFailed:
            out[what] = "StorageFailed"
        except TriadError as exc:
            out[what] = f"{type(exc).__name__} {exc.detail}"
    out["stray_files"] = sorted(p.name for p in path.iterdir()
                                if p.name.startswith(".") or p.name.endswith(".tmp"))
    out["backup_exists"] = (mount / "v.backup").exists()
    s.close()
    t.close()
    out["sizes_full"] = {p.name: p.stat().st_size for p in path.iterdir()}
    filler.unlink()
    ws = Workspace.open(path, T_PASS)
    present = {r[0] for r in ws.vault.db.rows("SELECT id FROM entries")}
    out["missing"] = sum(1 for i in saved if i not in present)
    out["verify_ok"] = ws.verify().ok
    out["members"] = sorted(m.name for m in ws.members.list())
    ws.close()
    try:
        Workspace.open(path, "a brand new passphrase").close()
        out["new_passphrase_opens"] = True
    except WrongPassphrase:
        out["new_passphrase_opens"] = False
    out["sizes"] = {p.name: p.stat().st_size for p in path.iterdir()}
    s = Workspace.open(path, S_PASS, "Sam Full")
    try:
        s.sessions.submit_debrief(sessions[len(saved) + 1],
                                  DebriefForm(activities_done=("conversation",)))
        out["saves_again"] = True
    except TriadError as exc:
        out["saves_again"] = f"{type(exc).__name__} {exc.detail}"
    s.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
