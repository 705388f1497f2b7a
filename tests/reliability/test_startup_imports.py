"""Start-up stays light: after the StartWindow is built and shown (first-run page, and unlock
page for an existing vault), neither ReportLab nor keyring (~1.2 s and ~0.8 s to import here)
nor pypdf has been imported. Checked in a fresh interpreter, as the app starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from triad.members import Role
from triad.workspace import Workspace

from .helpers import ROOT

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["triad"])
from ui.ops import Ops
from ui.settings import Settings
from ui.start import StartWindow
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = StartWindow(Ops(synchronous=True), settings, sys.argv[1] or None)
window.show()
app.processEvents()
page = type(window.stack.currentWidget()).__name__
print(json.dumps({"page": page, "modules": sorted(sys.modules)}))
"""
HEAVY = ("reportlab", "keyring", "pypdf")


@pytest.mark.parametrize("existing", [False, True])
def test_start_window_imports_no_heavy_module(tmp_path: Path, existing: bool) -> None:
    vault = ""
    if existing:
        vault = str(tmp_path / "v.triad")
        Workspace.create(Path(vault), name="Dr Start", role=Role.THERAPIST,
                         passphrase="start passphrase").workspace.close()
    done = subprocess.run([sys.executable, "-c", SCRIPT, vault, str(tmp_path / "s.ini")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["page"] == ("UnlockPage" if existing else "CreatePage")
    loaded = [m for m in out["modules"] if m.split(".")[0] in HEAVY]
    assert loaded == []
