"""The desktop app, measured from outside in subprocesses (offscreen Qt platform).

* start-up to the unlock window vs a bare PySide6 window: the wall time of a whole process that
  starts Python, builds and shows the window, lets Qt process its events once, and exits --
  both sides exit the same way (``os._exit`` after the first event round). Ours runs the app's
  own entry point, ``ui.app.start`` (what ``triad`` and ``python -m ui.app`` run before
  ``app.exec()``: window icon, settings, theme, the StartWindow); the bare side imports
  nothing else. Both run in the same environment, so both pay the same interpreter and
  site-packages start-up (the editable install's import hook included). Alternating runs,
  each side's median;
* peak memory with the demo practice open: ``tests/reliability/app_session.py`` builds the
  real window, unlocks the demo vault, selects every case and every tab, locks; its
  peak resident memory (VmHWM; a bare PySide6 window's peak shown beside it).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import Row

ROOT = Path(__file__).resolve().parents[1]
BARE = r"""
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.resize(1180, 760)
window.show()
app.processEvents()
os._exit(0)
"""
# The same window, then its peak memory (the helper's import is not part of the start-up run).
BARE_MEMORY = BARE.replace("os._exit(0)", """from tests.reliability.app_session import peak_kib
print(peak_kib(), flush=True)
os._exit(0)""")
OURS = r"""
import os, sys
from ui.app import start
app, window, ops = start(["triad", sys.argv[1]])
app.processEvents()
assert type(window.stack.currentWidget()).__name__ == "UnlockPage"
os._exit(0)
"""


def _env(tmp: Path) -> dict[str, str]:
    # Byte-code caching stays on, as in an installed app: the warm-up run writes the .pyc files.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp / "config")})
    return env


def _run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return elapsed, done.stdout


def bench_startup(tmp: Path, runs: int = 12) -> list[Row]:
    from triad.roles import Role
    from triad.workspace import Workspace

    vault = tmp / "startup.triad"
    Workspace.create(vault, name="Bench Therapist", role=Role.THERAPIST,
                     passphrase="benchmark passphrase").workspace.close()
    env = _env(tmp)
    _run(["-c", BARE], env)  # warm the file cache for both
    _run(["-c", OURS, str(vault)], env)
    ours, bare = [], []
    for _ in range(runs):
        bare.append(_run(["-c", BARE], env)[0])
        ours.append(_run(["-c", OURS, str(vault)], env)[0])
    return [Row("start-up to the unlock window (whole process, median)",
                statistics.median(ours), statistics.median(bare), "<= 1.3x")]


def bench_memory(tmp: Path) -> list[Row]:
    from triad import demo

    vault = tmp / "demo.triad"
    demo.build(vault, "demo passphrase").close()
    env = _env(tmp)
    _, out = _run(["-m", "tests.reliability.app_session", str(vault), "demo passphrase"], env)
    session = json.loads(out.strip().splitlines()[-1])
    _, bare = _run(["-c", BARE_MEMORY], env)
    return [Row(f"peak memory, demo practice open ({session['cases']} cases, "
                f"{session['tabs']} tab views)", session["peak_mib"], int(bare) / 1024,
                "< 250 MB", unit="MB")]
