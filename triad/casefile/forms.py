"""Versioned form texts (``triad/data/forms/<form_id>/v<N>.md``) and phase-plan templates
(``triad/data/plans/<template_id>.json``), shipped inside the package.

A form's identity is its content: a signature binds to ``content_hash`` (SHA-256 of the file's
bytes), so a signed paper copy can be matched to the exact text that was signed.

Each version file is in one language (``language:`` in its header; a file without one is
English, as every file before issue 19 was). A translation is a version of its own: the next
number of the form, its own text and hash, with ``translation_of:`` naming the version it
renders (``informed-consent/v2.md`` is the German text of ``v1.md``). So ``(form_id,
version)`` and the hash still name exactly one text, and an old vault's records resolve as
before. "The current version" is per language: the newest version in that language
(:func:`latest`); a signature on it is current whatever other languages ship.
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

ENGLISH = "en"
# The languages forms are written in, with their names in their own language (for a picker).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}


@dataclass(frozen=True)
class Form:
    form_id: str
    version: int
    title: str
    parties: tuple[str, ...]
    scope: tuple[Activity, ...]
    text: str
    content_hash: str
    language: str = ENGLISH
    translation_of: int | None = None  # the version this one renders in ``language``


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
        language=meta.get("language") or ENGLISH,
        translation_of=int(meta["translation_of"]) if meta.get("translation_of") else None,
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


def forms(language: str = ENGLISH) -> list[Form]:
    """The current version of every form in ``language``, by form id (a form not yet written
    in that language is left out)."""
    newest: dict[str, Form] = {}
    for f in _all_forms():
        if f.language != language:
            continue
        if f.form_id not in newest or f.version > newest[f.form_id].version:
            newest[f.form_id] = f
    return [newest[k] for k in sorted(newest)]


def languages() -> tuple[str, ...]:
    """The languages every form is shipped in (English first), for a language choice."""
    ids = {f.form_id for f in _all_forms()}
    complete = [lang for lang in LANGUAGES
                if {f.form_id for f in _all_forms() if f.language == lang} == ids]
    return tuple(complete)


def latest(form_id: str, language: str = ENGLISH) -> Form:
    """The current version of a form in ``language``."""
    matching = [f for f in _all_forms() if f.form_id == form_id and f.language == language]
    if not matching:
        raise NotFound(NotFoundCode.FORM, form_id=form_id)
    return max(matching, key=lambda f: f.version)


def form(form_id: str, version: int | None = None, language: str = ENGLISH) -> Form:
    """A form by id: exactly ``version`` when given (whatever its language: a version number
    names one text), else the current version in ``language``."""
    if version is None:
        return latest(form_id, language)
    found = next((f for f in _all_forms() if f.form_id == form_id and f.version == version), None)
    if found is None:
        raise NotFound(NotFoundCode.FORM, form_id=form_id)
    return found


def current_for(signed: Form) -> Form:
    """The current version of the form ``signed`` is a version of, in its language: what a
    signature on ``signed`` should be re-given on when a newer text ships."""
    return latest(signed.form_id, signed.language)


def title_of(form_id: str, language: str = ENGLISH) -> str:
    """What to call a form in ``language``: its current version's title there, else the English
    one's (a form not yet written in it); the id for a form this program does not ship (a code,
    not record text)."""
    for wanted in dict.fromkeys((language, ENGLISH)):
        try:
            return latest(form_id, wanted).title
        except NotFound:
            continue
    return form_id


def form_by_hash(content_hash: str) -> Form | None:
    return next((f for f in _all_forms() if f.content_hash == content_hash), None)


@functools.cache
def plan_templates(language: str = "en") -> dict[str, dict[str, Any]]:
    """Every template by id, as parsed JSON (validated when a plan is made from it), in
    ``language`` where the package ships it (``plans/<language>/<template_id>.json``: the same
    id, phase ids, activities and planned sessions, its words written in that language; a
    test holds them to the English), in English otherwise. A plan keeps the words it was made
    with: only a new plan reads the template again."""
    result = {}
    for path in sorted((DATA / "plans").iterdir(), key=lambda f: f.name):
        if not path.name.endswith(".json"):
            continue
        own = DATA / "plans" / language / path.name
        chosen = own if language != "en" and own.is_file() else path
        data = json.loads(chosen.read_text(encoding="utf-8"))
        result[data["template_id"]] = data
    return result
