"""The core must import, and work, without Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import triad


def test_core_modules_import_without_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(triad.__path__, "triad.") if m.name != "triad.__main__"]
    assert "triad.cli" in names and "triad.workspace" in names
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
