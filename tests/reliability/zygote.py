"""A pre-warmed parent for crash tests: ``python -m tests.reliability.zygote``.

It imports the core once, then reads one JSON command per line on stdin and forks a child for
each (no import cost per child, so a test can kill a hundred children in seconds). Every line it
or a child writes on stdout is one JSON object, written with a single ``os.write`` (atomic on a
pipe), so a SIGKILL never leaves half a line:

    {"pid": N}            the zygote: a child started
    {"ready": true}       the child: set up, about to start the work
    {"saved": ID}         the child: a save *returned* (the entry is committed)
    {"done": true}        the child: the operation under test returned
    {"error": NAME}       the child: an exception (type name only) ended it
    {"exit": S, "signal": K}  the zygote: the child ended (K: the signal that killed it, or 0)

Children never read stdin, and the zygote holds no database connection when it forks.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from triad.casefile.sessions import DebriefForm
from triad.roles import Role
from triad.vault import database
from triad.vault.database import Database
from triad.workspace import Workspace

_write = os.write  # kept: arm() replaces os.write, and reporting must not count as a call


def emit(obj: dict[str, Any]) -> None:
    _write(1, (json.dumps(obj) + "\n").encode())


# -- fault injection: SIGKILL this process just before the k-th instrumented call --------
class _Counter:
    calls = 0
    kill_at = 0


def _tick() -> None:
    _Counter.calls += 1
    if _Counter.calls == _Counter.kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


class _CountingConnection:
    """Forwards to a sqlcipher3 connection; each execute() is a possible kill point."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, *args: Any) -> Any:
        _tick()
        return self._conn.execute(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


class _CountingSqlite:
    def __init__(self, real: Any) -> None:
        self._real = real

    def connect(self, *args: Any, **kwargs: Any) -> _CountingConnection:
        return _CountingConnection(self._real.connect(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def arm(kill_at: int) -> None:
    """From now on count calls to os.open/write/fsync/replace/rename/unlink/close and every SQL
    statement (BEGIN and COMMIT included) on connections opened from now on, and SIGKILL this
    process just before call number ``kill_at``."""
    _Counter.calls, _Counter.kill_at = 0, kill_at
    for name in ("open", "write", "fsync", "replace", "rename", "unlink", "close"):
        real = getattr(os, name)

        def hook(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            _tick()
            return _real(*args, **kwargs)

        setattr(os, name, hook)
    database.sqlite = _CountingSqlite(database.sqlite)  # type: ignore[assignment]


def counted() -> int:
    return _Counter.calls


def rewire(ws: Workspace) -> None:
    """Route an already open workspace's statements through the counter too."""
    db: Database = ws.vault.db
    db.conn = _CountingConnection(db.conn)  # type: ignore[assignment]


# -- tasks -----------------------------------------------------------------------------
def task_debriefs(a: dict[str, Any]) -> None:
    """Open a case, give consent, then schedule sessions and save their debriefs forever,
    reporting every entry id after the save returned."""
    path = Path(a["path"])
    t = Workspace.open(path, a["therapist_pass"], a["therapist"])
    s = Workspace.open(path, a["surrogate_pass"], a["surrogate"])
    emit({"ready": True})
    case = t.cases.open({"legal_name": "Crash Test Client", "date_of_birth": "1990-01-02"},
                        (s.actor.member_id,), opened_at="2026-01-05T09:00")
    emit({"saved": case.entry_id})
    case_id = case.case_id or ""
    t.capacity.record(case_id, "2026-01-08", "has-capacity", "")
    for form_id in ("informed-consent", "release-of-information", "triad-agreement"):
        # the client types their own name; the therapist's is her member name (issue 13)
        sigs = [{"party": "client", "name": "Crash Test Client", "signed_on": "2026-01-10"},
                {"party": "therapist", "signed_on": "2026-01-10"}]
        grants = () if form_id == "release-of-information" else ("conversation", "relaxation_breathing")
        given = t.consent.give(case_id, form_id, sigs, grants=grants)
        emit({"saved": given.entry_id})
        if form_id == "triad-agreement":  # the surrogate partner countersigns in her session
            emit({"saved": s.signatures.countersign(case_id, given.subject_id or "",
                                                    signed_on="2026-01-10").entry_id})
    # after the sessions an earlier (killed) run booked: the same surrogate partner is not
    # booked twice at one time, in any case of the vault (issue 16)
    latest = t.vault.db.one("SELECT max(starts_at) FROM sessions")
    start = datetime(2026, 2, 1, 9, 0) if latest is None or latest[0] is None \
        else datetime.fromisoformat(str(latest[0])) + timedelta(hours=1)
    n = 0
    while True:
        when = (start + timedelta(hours=n)).strftime("%Y-%m-%dT%H:%M")
        session = t.sessions.schedule(case_id, "surrogate_session", when, 60,
                                      planned_activities=("conversation",))
        emit({"saved": session.entry_id})
        debrief = s.sessions.submit_debrief(session.subject_id, DebriefForm(
            activities_done=("conversation", "relaxation_breathing"), suds_before=6,
            suds_after=4, went_well="Talked about pacing.", process_recording="Notes " * 40))
        emit({"saved": debrief.entry_id})
        n += 1


def task_passwd(a: dict[str, Any]) -> None:
    """Change a member's passphrase, optionally killed before the k-th counted call."""
    ws = Workspace.open(Path(a["path"]), a["old"], a["member"])
    emit({"ready": True})
    if a.get("kill_at"):
        arm(a["kill_at"])
        rewire(ws)
    ws.change_passphrase(a["new"])
    emit({"done": True, "calls": counted()})


def task_remove(a: dict[str, Any]) -> None:
    """Remove a member (re-keys the vault), optionally killed before the k-th counted call."""
    ws = Workspace.open(Path(a["path"]), a["therapist_pass"], a["therapist"])
    emit({"ready": True})
    if a.get("kill_at"):
        arm(a["kill_at"])
        rewire(ws)
    ws.members.remove(a["name"])
    emit({"done": True, "calls": counted()})


def task_add_remove(a: dict[str, Any]) -> None:
    """Add and remove members forever (for kills at random moments)."""
    ws = Workspace.open(Path(a["path"]), a["therapist_pass"], a["therapist"])
    emit({"ready": True})
    n = 0
    while True:
        name = f"{a['prefix']} {n}"
        ws.members.add(name, Role.SURROGATE, "temporary passphrase")
        emit({"added": name})
        ws.members.remove(name)
        emit({"removed": name})
        n += 1


def task_passwd_loop(a: dict[str, Any]) -> None:
    """Alternate a member's passphrase between two values forever, reporting each change."""
    current, other = a["old"], a["new"]
    ws = Workspace.open(Path(a["path"]), current, a["member"])
    emit({"ready": True})
    while True:
        ws.change_passphrase(other)
        emit({"changed_to": other})
        current, other = other, current


def task_crash_after_saves(a: dict[str, Any]) -> None:
    """Append ``count`` entries, then SIGKILL itself: the -wal keeps what was committed."""
    ws = Workspace.open(Path(a["path"]), a["pass"], a.get("member"))
    for i in range(a["count"]):
        emit({"saved": ws.append("note.test", {"n": i}).id})
    os.kill(os.getpid(), signal.SIGKILL)


TASKS: dict[str, Callable[[dict[str, Any]], None]] = {
    name[len("task_"):]: fn for name, fn in globals().items() if name.startswith("task_")
}


def main() -> None:
    for line in sys.stdin.buffer:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                TASKS[command["task"]](command["args"])
            except BaseException as exc:  # report the type only: no content
                emit({"error": type(exc).__name__, "code": getattr(exc, "code", "")})
                code = 1
            os._exit(code)
        emit({"pid": pid})
        _, status = os.waitpid(pid, 0)
        emit({"exit": status, "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0})


if __name__ == "__main__":
    main()
