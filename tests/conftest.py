"""Suite-wide set-up: no screen, a cheap KDF, and no real keyring -- before anything loads.

Also the one demo practice every test shares. It is built for a fixed day, ``DEMO_TODAY``, and
any test that uses it sees the workspace clock stopped at ``DEMO_NOW`` on that day, so the
suite gives the same answers on any day the machine's clock shows (``faketime`` checks it).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.stopped_clock import stopped_at

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRIAD_INSECURE_TEST_KDF"] = "1"
# Subprocesses (triad-cli) must never reach a real keyring on a developer's machine.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
for var in ("TRIAD_PASSPHRASE", "TRIAD_NEW_PASSPHRASE", "TRIAD_RECOVERY_CODE"):
    os.environ.pop(var, None)
# What a computer last saw of each vault (triad/vault/seen.py) never goes to the developer's
# own state folder; each test gets a fresh one (``own_state_folder``), as a new computer would.
os.environ["TRIAD_STATE_DIR"] = tempfile.mkdtemp(prefix="triad-test-state-")
atexit.register(shutil.rmtree, os.environ["TRIAD_STATE_DIR"], True)


def forget_seen() -> None:
    """This computer forgets what it saw of every vault (triad/vault/seen.py), as a new
    computer would. For a test that puts a vault back to a pristine copy on purpose between
    trials -- a deliberate rollback, which issue 18 refuses at open otherwise."""
    shutil.rmtree(Path(os.environ["TRIAD_STATE_DIR"]) / "seen", ignore_errors=True)

DEMO_PASS = "demo passphrase"
DEMO_TODAY = date(2026, 11, 23)
"""The day the demo practice ends; its history starts 240 days before."""
DEMO_NOW = datetime(2026, 11, 23, 12, 0).astimezone()
"""What the clock reads in a test that uses the demo: midday of ``DEMO_TODAY``, after the demo's
last entry (so nothing in it lies in the future)."""


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo practice, built once for the session; tests that change it use ``demo_copy``
    (or ``copy_demo`` in a wider-scoped fixture)."""
    from triad import demo

    path = tmp_path_factory.mktemp("demo") / "demo.triad"
    demo.build(path, DEMO_PASS, today=DEMO_TODAY).close()
    return path


@pytest.fixture
def demo_copy(demo_path: Path, tmp_path: Path) -> Path:
    """A private copy of the demo practice for one test."""
    return copy_demo(demo_path, tmp_path)


def copy_demo(demo_path: Path, folder: Path) -> Path:
    """A copy of the demo vault inside ``folder``."""
    target = folder / "demo.triad"
    shutil.copytree(demo_path, target)
    return target


@pytest.fixture(scope="module", autouse=True)
def module_state_folder() -> Iterator[Path]:
    """A private state folder per test module, for its module-scoped fixtures (autouse: set
    before them): copies of the shared demo opened by two modules on one worker must not look
    like a rollback of each other, which issue 18 refuses at open. Each test then gets its own
    (``own_state_folder``)."""
    folder = Path(tempfile.mkdtemp(prefix="triad-test-state-"))
    patch = pytest.MonkeyPatch()
    patch.setenv("TRIAD_STATE_DIR", str(folder))
    try:
        yield folder
    finally:
        patch.undo()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def own_state_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private state folder per test: copies of one vault (the shared demo) in different
    tests must not look like rollbacks of each other."""
    folder = Path(tempfile.mkdtemp(prefix="triad-test-state-"))
    monkeypatch.setenv("TRIAD_STATE_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def demo_day(request: pytest.FixtureRequest) -> Iterator[None]:
    """Stop the workspace clock at ``DEMO_NOW`` in every test that uses the demo practice."""
    if "demo_path" not in request.fixturenames:
        yield
        return
    import triad.workspace

    patch = pytest.MonkeyPatch()
    patch.setattr(triad.workspace, "datetime", stopped_at(DEMO_NOW))
    try:
        yield
    finally:
        patch.undo()
