"""Versioned form texts (``triad/data/forms/<form_id>/v<N>.md``) and phase-plan templates
(``triad/data/plans/<template_id>.json``), shipped inside the package.

A form's identity is its content: a signature binds to ``content_hash`` (SHA-256 of the file's
bytes), so a signed paper copy can be matched to the exact text that was signed.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any

from triad import crypto
from triad.casefile.ladder import Activity, activities
from triad.data import DATA
from triad.errors import NotFound, NotFoundCode

_VERSION_FILE = re.compile(r"^v(\d+)\.md$")


@dataclass(frozen=True)
class Form:
    form_id: str
    version: int
    title: str
    parties: tuple[str, ...]
    scope: tuple[Activity, ...]
    text: str
    content_hash: str


def _parse_form(data: bytes) -> Form:
    text = data.decode("utf-8")
    _, head, body = text.split("---\n", 2)
    meta: dict[str, str] = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()

    def items(key: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in meta.get(key, "").split(",") if v.strip())

    return Form(
        form_id=meta["form_id"],
        version=int(meta["version"]),
        title=meta["title"],
        parties=items("parties"),
        scope=activities(items("scope")),
        text=body.strip(),
        content_hash=crypto.sha256_hex(data),
    )


@functools.cache
def _all_forms(root: Traversable = DATA) -> tuple[Form, ...]:
    forms = []
    for folder in sorted((root / "forms").iterdir(), key=lambda f: f.name):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir(), key=lambda f: f.name):
            if _VERSION_FILE.match(path.name):
                forms.append(_parse_form(path.read_bytes()))
    return tuple(forms)


def shipped() -> tuple[Form, ...]:
    """Every version of every form this program ships."""
    return _all_forms()


def forms() -> list[Form]:
    """The current version of every form, by form id."""
    latest: dict[str, Form] = {}
    for f in _all_forms():
        if f.form_id not in latest or f.version > latest[f.form_id].version:
            latest[f.form_id] = f
    return [latest[k] for k in sorted(latest)]


def form(form_id: str, version: int | None = None) -> Form:
    """A form by id (the current version unless ``version`` is given)."""
    matching = [f for f in _all_forms() if f.form_id == form_id]
    if version is not None:
        matching = [f for f in matching if f.version == version]
    if not matching:
        raise NotFound(NotFoundCode.FORM, form_id=form_id)
    return max(matching, key=lambda f: f.version)


def form_by_hash(content_hash: str) -> Form | None:
    return next((f for f in _all_forms() if f.content_hash == content_hash), None)


@functools.cache
def plan_templates() -> dict[str, dict[str, Any]]:
    """Every template by id, as parsed JSON (validated when a plan is made from it)."""
    result = {}
    for path in sorted((DATA / "plans").iterdir(), key=lambda f: f.name):
        if not path.name.endswith(".json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        result[data["template_id"]] = data
    return result
