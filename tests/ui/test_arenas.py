"""ui/arenas.py: at most two malloc arenas (issue 18, memory with 1,000 cases open)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _glibc() -> bool:
    import platform

    return sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not _glibc(), reason="glibc's mallopt only")
def test_the_app_limits_glibc_to_two_arenas_unless_told_otherwise() -> None:
    def limited(env: dict[str, str]) -> str:
        done = subprocess.run([sys.executable, "-c", "import ui.arenas as a; print(a.limited)"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                              check=True)
        return done.stdout.strip()

    import os

    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    assert limited(env) == "True"
    assert limited({**env, "MALLOC_ARENA_MAX": "4"}) == "False"  # the person's own choice


def test_the_limit_comes_before_any_thread_of_the_app() -> None:
    """``ui`` loads it first: the start window's thread (the warm-up) and the Ops worker come
    after."""
    text = (ROOT / "ui" / "__init__.py").read_text(encoding="utf-8")
    assert text.index("import arenas") < text.index("import refcounts")
    import ui

    assert ui.arenas.limited == _glibc()
