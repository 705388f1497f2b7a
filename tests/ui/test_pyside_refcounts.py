"""PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` at every ``Signal.emit`` made
from Python, and one to ``None`` at every ``processEvents``: the app's worker emits once per
job (ui/ops.py), so after a few thousand jobs the process aborted ("bool_dealloc: deallocating
True or False", reproduced with 1,000 emits in a bare script; 6.11.3 does not). ``ui`` now
keeps those constants alive (ui/refcounts.py). Found by the background check's engineer
(issue 18)."""

from __future__ import annotations

import subprocess
import sys

from tests.core.conftest import ROOT

SCRIPT = """
import sys
import ui  # keeps the constants alive
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Relay(QObject):
    finished = Signal(object, object)
relay = Relay()
got = []
relay.finished.connect(lambda a, b: got.append(a))
for n in range(20000):
    relay.finished.emit(n, None)
    app.processEvents()
assert len(got) == 20000
print("alive", sys.getrefcount(True) > 20000, sys.getrefcount(None) > 20000)
"""


def test_twenty_thousand_emits_and_event_rounds_leave_the_app_alive() -> None:
    """In a process of its own: without the fix the interpreter aborts (the test would take
    its worker down with it)."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                        "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == "alive True True"
