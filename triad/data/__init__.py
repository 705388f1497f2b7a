"""Files shipped inside the package -- ``forms/<form_id>/v<N>.md``, ``plans/<id>.json``,
``schema/case-v1.schema.json``, ``fonts/`` (DejaVu, with its licence) -- read through
``importlib.resources`` so that they are found wherever the package is installed (a wheel carries
only what lies inside its packages)."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

DATA: Traversable = files(__name__)
