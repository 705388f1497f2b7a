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
