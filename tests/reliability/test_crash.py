"""Crash: a child saving sessions and debriefs is SIGKILLed at random moments, 120 times, in
one vault. After every kill the vault opens, every save the child reported as returned is
there (entry and projection), and ``verify`` passes."""

from __future__ import annotations

import random
import time
from pathlib import Path

from tests.reliability.helpers import Zygote, projection_digest
from triad.roles import Role
from triad.workspace import Workspace

THERAPIST, T_PASS = "Dr Crash", "therapist passphrase"
SURROGATE, S_PASS = "Sam Crash", "surrogate passphrase"
KILLS = 120


def test_sigkill_while_saving_debriefs_loses_nothing_reported(scratch: Path, zygote: Zygote) -> None:
    path = scratch / "crash.triad"
    ws = Workspace.create(path, name=THERAPIST, role=Role.THERAPIST, passphrase=T_PASS).workspace
    ws.members.add(SURROGATE, Role.SURROGATE, S_PASS)
    ws.close()
    rng = random.Random(20260508)
    reported: list[str] = []
    delays: list[float] = []
    started = time.monotonic()
    for _ in range(KILLS):
        zygote.start("debriefs", path=str(path), therapist=THERAPIST, therapist_pass=T_PASS,
                     surrogate=SURROGATE, surrogate_pass=S_PASS)
        if rng.random() < 0.1:
            delay = rng.uniform(0.0, 0.03)  # sometimes while it is still unlocking
        else:
            assert zygote.wait_for("ready") is not None, zygote.events
            delay = rng.uniform(0.0, 0.03)
        time.sleep(delay)
        zygote.kill()
        events = zygote.finish()
        assert not [e for e in events if "error" in e], events
        assert events[-1]["signal"] == 9, events  # it was killed, it did not stop by itself
        saved = [e["saved"] for e in events if "saved" in e]
        reported += saved
        delays.append(delay)

        ws = Workspace.open(path, T_PASS, THERAPIST)
        try:
            present = {r[0] for r in ws.vault.db.rows("SELECT id FROM entries")}
            missing = [i for i in reported if i not in present]
            assert not missing, f"{len(missing)} reported saves lost"
            debriefs = ws.vault.db.one("SELECT count(*) FROM debriefs")
            debrief_entries = ws.vault.db.one(
                "SELECT count(*) FROM entries WHERE kind='session.debriefed'")
            assert debriefs == debrief_entries  # the projection moved with the log
            report = ws.verify()
            assert report.ok, report.log.problems
        finally:
            ws.close()
    # The kills landed all over the child's work: before, between and during saves.
    per_child = len(reported) / KILLS
    print(f"{KILLS} kills, {len(reported)} saves reported, all present; "
          f"{time.monotonic() - started:.1f} s")
    assert len(reported) > KILLS and per_child > 3, per_child
    ws = Workspace.open(path, T_PASS, THERAPIST)
    before = projection_digest(ws)
    ws.log.rebuild()  # the projections equal a replay of the log that survived
    assert projection_digest(ws) == before
    ws.close()
    assert time.monotonic() - started < 60
