"""Files the app ships inside its package: ``icons/*.svg`` and, once built, the compiled
translations -- read through ``importlib.resources``, or from the frozen bundle
(``triad.data.root``)."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from triad.data import root

DATA: Traversable = root(__name__)
