"""Fixtures of the reliability tests."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.helpers import Zygote

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test of this folder carries the ``reliability`` marker, so that
    ``pytest -m reliability`` runs them alone and ``-m "not reliability"`` skips them."""
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    """A private folder in RAM (/dev/shm) when there is one, else ``tmp_path``. A SIGKILL loses
    nothing from the page cache, so process-crash tests need no disk -- and on a shared disk
    every fsync of theirs would cost ~1 ms of waiting for other people's writes."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="triad-reliability-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.kill()
    z.close()
