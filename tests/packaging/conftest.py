"""The tests marked ``packaging`` build (or reuse) the .deb and run it on a clean root: minutes,
so not in the default run -- ``python3 dev.py package --check`` (or ``pytest -m packaging
tests/packaging``) runs them. The rest of tests/packaging (the files the package is made of)
runs with the suite."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "packaging" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="builds the .deb: python3 dev.py package --check")
    for item in items:
        if item.get_closest_marker("packaging"):
            item.add_marker(skip)
