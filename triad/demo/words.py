"""The demo practice's words, one table per language: ``triad/data/demo/<language>.json``.

Each table holds the members' display names (``members``) and every sentence the demo writes
into its records (``texts``: notes, debriefs, consent notes, signals, places...), under the
same keys in every language; the builder (:mod:`triad.demo`) holds the structure, the dates
and the rules, and looks its words up here. A German clinician's record is written in German
from the start, not translated on the way out: what a German demo writes is what its entries
keep. ``tests/core/demo/test_demo_texts.py`` holds every table to the English one's keys and
placeholders.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass

from triad.data import DATA

ENGLISH, GERMAN = "en", "de"
LANGUAGES = (ENGLISH, GERMAN)


@dataclass(frozen=True)
class DemoTexts:
    """One language's demo: its members' names and its sentences by key."""

    language: str
    therapist: str
    surrogates: tuple[str, str]
    supervisor: str
    texts: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def members(self) -> tuple[str, ...]:
        """Every member, the therapist first (the demo's default member)."""
        return (self.therapist, *self.surrogates, self.supervisor)


def table(language: str) -> dict[str, dict[str, str]]:
    """The raw table of ``language`` (``members`` and ``texts``), as the JSON file holds it."""
    if language not in LANGUAGES:
        raise ValueError(f"no demo practice in language {language!r}")
    data: dict[str, dict[str, str]] = json.loads(
        (DATA / "demo" / f"{language}.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def texts(language: str = ENGLISH) -> DemoTexts:
    """The demo's words in ``language`` ("en" or "de")."""
    data = table(language)
    people = data["members"]
    return DemoTexts(language=language, therapist=people["therapist"],
                     surrogates=(people["surrogate_1"], people["surrogate_2"]),
                     supervisor=people["supervisor"], texts=dict(data["texts"]))
