"""Files shipped inside the package -- ``forms/<form_id>/v<N>.md``, ``plans/<id>.json``,
``schema/case-v1.schema.json``, ``fonts/`` (DejaVu, with its licence) -- read through
``importlib.resources`` so that they are found wherever the package is installed (a wheel carries
only what lies inside its packages).

In a frozen bundle (PyInstaller, ``packaging/triad.spec``: the .deb, the Windows installer, the
macOS app) the same files lie under ``sys._MEIPASS/<package>/data``: :func:`root` names that
folder outright, so the fonts and forms are found whichever resource reader the freezer
installed (tests/core/test_platforms.py; tests/packaging proves it in the real bundle)."""

from __future__ import annotations

import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def root(package: str = __name__) -> Traversable:
    """The data folder of ``package`` (``triad.data``, ``ui.data``): inside the bundle when
    frozen and it is there, else where importlib.resources finds the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        folder = Path(bundle, *package.split("."))
        if folder.is_dir():
            return folder
    return files(package)


DATA: Traversable = root()
