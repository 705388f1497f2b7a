"""Start-up stays light: after the app's entry point (``ui.app.start``, what ``triad`` runs before
the event loop) has built and shown the StartWindow (first-run page, and unlock page for an
existing vault), none of the heavy modules has been imported -- ReportLab, keyring (~1.2 s and
~0.8 s to import here), pypdf, the crypto stack -- nor what the start-up benchmark's budget
(<= 1.3x a bare PySide6 window, ``benchmarks/app.py``) leaves out until first use: the case
views, the message boxes, the error sentences, the worker's thread pool, QtSvg, and PySide6's
``Qt`` namespace and ``QEvent`` (their enums cost ~14 ms and ~2 ms to build). Checked in a fresh
interpreter, as the app starts. Each deferred piece is used once a vault is open (Ctrl+L, the
idle lock, the worker): tests/ui/test_start.py and test_main_window.py drive those."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT
from triad.roles import Role
from triad.workspace import Workspace

SCRIPT = r"""
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["triad"])
bare = QMainWindow()  # what a bare window loads of the Qt namespace, for comparison
bare.show()
app.processEvents()
lazy = {name: name not in vars(QtCore) for name in ("Qt", "QEvent")}
bare.close()
from ui.app import start
app, window, ops = start(["triad", *sys.argv[1:]])
app.processEvents()
page = type(window.stack.currentWidget()).__name__
names = [name for name, was_lazy in lazy.items() if was_lazy and name in vars(QtCore)]
print(json.dumps({"page": page, "modules": sorted(sys.modules), "qt_names": names,
                  "lazy": lazy}))
"""
HEAVY = ("reportlab", "keyring", "pypdf", "cryptography", "argon2", "sqlcipher3", "pyrage",
         "jsonschema", "jsonschema_rs", "portalocker", "PySide6.QtPdf", "PySide6.QtPrintSupport")
DEFERRED = ("concurrent.futures", "PySide6.QtSvg", "triad.workspace", "ui.main.view",
            "ui.casefile", "ui.cases", "ui.widgets.dialogs", "ui.messages", "ui.start.recover",
            "ui.main.preferences", "ui.practice.dialog", "ui.exchange.dialog")


def _start(tmp_path: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),  # fresh QSettings
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    out: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _loaded(modules: object, prefixes: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.mark.parametrize("existing", [False, True])
def test_start_window_imports_no_heavy_or_deferred_module(tmp_path: Path, existing: bool) -> None:
    args: list[str] = []
    if existing:
        vault = tmp_path / "v.triad"
        Workspace.create(vault, name="Dr Start", role=Role.THERAPIST,
                         passphrase="start passphrase").workspace.close()
        args = [str(vault)]
    out = _start(tmp_path, *args)
    assert out["page"] == ("UnlockPage" if existing else "CreatePage")
    assert _loaded(out["modules"], HEAVY) == []
    assert _loaded(out["modules"], DEFERRED) == []
    assert out["qt_names"] == []


def test_the_check_sees_a_deferred_module_loaded(tmp_path: Path) -> None:
    """The check above can fail: the same script, with ``ui.messages`` and the Qt namespace
    imported before start-up, reports both."""
    script = SCRIPT.replace("from ui.app import start",
                            "import ui.messages\nfrom PySide6.QtCore import Qt\n"
                            "from ui.app import start")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60,
                          env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
                               "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert _loaded(out["modules"], DEFERRED) == ["ui.messages"]
    if out["lazy"]["Qt"]:  # PySide6 builds the namespace on first use (6.12 does)
        assert "Qt" in out["qt_names"]
