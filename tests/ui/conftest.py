from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.ops import Ops
from ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ops() -> Ops:
    return Ops(synchronous=True)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo practice, built once; tests that change it use ``demo_copy``."""
    from triad import demo

    path = tmp_path_factory.mktemp("demo") / "demo.triad"
    demo.build(path, DEMO_PASS).close()
    return path


@pytest.fixture
def demo_copy(demo_path: Path, tmp_path: Path) -> Path:
    """A private copy of the demo practice for one test."""
    import shutil

    target = tmp_path / "demo.triad"
    shutil.copytree(demo_path, target)
    return target


DEMO_PASS = "demo passphrase"


def open_as(path: Path, who: str | None = None):  # type: ignore[no-untyped-def]
    """The demo vault opened as ``who`` (a demo member's name; default the therapist)."""
    from triad.workspace import Workspace

    return Workspace.open(path, DEMO_PASS, who)
