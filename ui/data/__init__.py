"""Files the app ships inside its package: ``icons/*.svg``, read through ``importlib.resources``."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

DATA: Traversable = files(__name__)
