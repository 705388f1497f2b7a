"""Issue 18, the workspace side of the app's background check (``Workspace.full_check``): it
stops by itself when the workspace begins a re-key (a member removed) or closes -- the file it
reads is about to go --, and it tells of problems as it finds them. The checkpoint itself is
tested in tests/core/log."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from triad.log.entries import VerifyCancelled
from triad.roles import Role
from triad.workspace import VaultReport, Workspace

PASS = "practice passphrase"


def held_check(ws: Workspace) -> tuple[threading.Event, threading.Event, list[object]]:
    """A full check on a thread, held at its first progress report until ``go`` is set;
    ``entered`` when it got there; the outcome (a report or an exception) lands in ``out``."""
    entered, go, out = threading.Event(), threading.Event(), []

    def progress(_done: int, _total: int) -> None:
        entered.set()
        go.wait(10)

    def run() -> None:
        try:
            out.append(ws.full_check(progress))
        except Exception as exc:
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert entered.wait(10)
    out.append(thread)
    return go, entered, out


def finish(go: threading.Event, out: list[object]) -> object:
    go.set()
    thread = out.pop()
    assert isinstance(thread, threading.Thread)
    thread.join(10)
    assert not thread.is_alive()
    return out[0]


def test_a_member_removal_stops_the_check_before_the_re_key(tmp_path: Path) -> None:
    t = Workspace.create(tmp_path / "v.triad", name="Dr Tess", role=Role.THERAPIST,
                         passphrase=PASS).workspace
    try:
        t.members.add("Sam", Role.SURROGATE, PASS)
        go, _entered, out = held_check(t)
        t.members.remove("Sam")  # re-keys: a new data file, the old one deleted
        assert isinstance(finish(go, out), VerifyCancelled)
        assert t.last_full_check() is None  # nothing recorded
        report = t.full_check()  # afterwards, on the new file: all well
        assert isinstance(report, VaultReport) and report.ok
        assert t.last_full_check() is not None
    finally:
        t.close()


def test_closing_the_workspace_stops_the_check(tmp_path: Path) -> None:
    t = Workspace.create(tmp_path / "v.triad", name="Dr Tess", role=Role.THERAPIST,
                         passphrase=PASS).workspace
    go, _entered, out = held_check(t)
    t.close()
    assert isinstance(finish(go, out), VerifyCancelled)
    with pytest.raises(VerifyCancelled):  # a check asked of a closed workspace does not start
        t.full_check()


def test_a_cancelled_check_is_no_finding_and_problems_are_told_as_found(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, "demo passphrase") as ws:
        with pytest.raises(VerifyCancelled):
            ws.full_check(cancelled=lambda: True)
        first = ws.vault.db.one("SELECT id FROM entries ORDER BY author, chain, seq LIMIT 1")
        assert first is not None
        ws.vault.db.execute("UPDATE entries SET body=json_set(body, '$.changed', 1) WHERE id=?",
                            (first[0],))
        told: list[tuple[str, int]] = []
        report = ws.full_check(lambda done, _total: told.append(("progress", done)),
                               found=lambda n: told.append(("found", n)))
        assert not report.ok
        # the problem in the first chain is told before the rest of the log is read
        assert told[0] == ("found", 1) and told[1][0] == "progress"
        assert told[-1] == ("progress", report.log.entries)
