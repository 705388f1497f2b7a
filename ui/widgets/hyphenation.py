"""Where a word may be hyphenated, from a hyphenation dictionary (issue 19).

The dictionaries are LibreOffice's (Hunspell's ``hyph_*.dic`` patterns, LGPL 2+/MPL, from
TeX's), read by pyphen (LGPL 2+/GPL 2+/MPL 1.1), which ships them in its wheel. German's takes
about half a second to load, more than the unlock path can spare: :func:`ready` starts loading
a language's dictionary on a background thread and answers None until it is there (the
caller breaks by the small rule of ``ui.widgets.wordbreak.syllables`` meanwhile, and
:data:`notice` says when it arrived); :func:`dictionary` waits for it.

Two repairs on pyphen's answer, both for German: pyphen reads the German file's two levels
(compounds, then syllables: Hunspell's ``NEXTLEVEL``) as one, which leaves a letter alone at
times ("Über-g-a-be", "For-mu-la-r-fas-sung"); such a letter joins its neighbour ("Über-ga-be",
"For-mu-lar-fas-sung"). And a few words of the practice whose compound seam the patterns miss
are spelt out in :data:`SEAMS`, as TeX's ``\\hyphenation{}`` list does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

__all__ = ["SEAMS", "dictionary", "on_ready", "positions", "ready"]

# the app's language -> the dictionary pyphen ships for it
LANGUAGE_DICTIONARIES = {"de": "de_DE", "en": "en_GB"}
VOWELS = frozenset("aeiouyäöüéèáàâêô")
# words of the practice the German patterns break at a wrong seam ("Fal-lak-te",
# "Schwei-ge-pflich-tent-bin-dung"), as a German typesetter breaks them
SEAMS = {
    "fallakte": "Fall-ak-te",
    "fallakten": "Fall-ak-ten",
    "schweigepflichtentbindung": "Schwei-ge-pflicht-ent-bin-dung",
    "schweigepflichtentbindungen": "Schwei-ge-pflicht-ent-bin-dun-gen",
}

_lock = threading.Lock()
_loaded: dict[str, pyphen.Pyphen | None] = {}
_loading: dict[str, threading.Event] = {}
_listeners: list[Callable[[str], None]] = []


def on_ready(listener: Callable[[str], None]) -> None:
    """Call ``listener(language)`` (on the loading thread) when a dictionary has loaded."""
    with _lock:
        _listeners.append(listener)


def _load(language: str) -> None:
    found: pyphen.Pyphen | None = None
    try:
        import pyphen

        name = LANGUAGE_DICTIONARIES.get(language)
        if name is not None and name in pyphen.LANGUAGES:
            found = pyphen.Pyphen(lang=name, left=2, right=2)
    except (ImportError, OSError, ValueError):  # no pyphen or no dictionary: the rule
        found = None
    with _lock:
        _loaded[language] = found
        listeners = list(_listeners)
        _loading[language].set()
    for listener in listeners:
        listener(language)


def _start(language: str) -> threading.Event:
    with _lock:
        event = _loading.get(language)
        if event is None:
            event = _loading[language] = threading.Event()
            threading.Thread(target=_load, args=(language,), name=f"hyphenation-{language}",
                             daemon=True).start()
        return event


def ready(language: str) -> pyphen.Pyphen | None:
    """The dictionary of ``language`` if it has loaded; else None, its loading started."""
    with _lock:
        if language in _loaded:
            return _loaded[language]
    _start(language)
    return None


def dictionary(language: str) -> pyphen.Pyphen | None:
    """The dictionary of ``language``, loaded now if need be (None: the language has none)."""
    _start(language).wait()
    with _lock:
        return _loaded.get(language)


def positions(word: str, language: str, found: pyphen.Pyphen | None = None) -> list[int] | None:
    """Where ``word`` may be hyphenated in ``language`` (offsets, ascending), by its
    dictionary (``found``, else the one loaded now); None when the language has none."""
    spelt = SEAMS.get(word.lower()) if language == "de" else None
    if spelt is not None:
        return _cuts(spelt)
    hyph = found if found is not None else dictionary(language)
    if hyph is None:
        return None
    return _joined(word, [int(p) for p in hyph.positions(word)])


@cache
def _cuts(spelt: str) -> list[int]:
    cuts, at = [], 0
    for part in spelt.split("-")[:-1]:
        at += len(part)
        cuts.append(at)
    return cuts


def _joined(word: str, cuts: list[int]) -> list[int]:
    """``cuts`` without those that leave a consonant alone: it joins a lone neighbour
    ("g" + "a" -> "ga", "a" + "r" -> "ar"), else the part before it ("la" + "r" -> "lar")."""
    kept = sorted(c for c in set(cuts) if 0 < c < len(word))
    while True:
        bounds = [0, *kept, len(word)]
        lone = next((i for i in range(len(bounds) - 1) if bounds[i + 1] - bounds[i] == 1
                     and word[bounds[i]].lower() not in VOWELS), None)
        if lone is None:
            return kept
        a, b = bounds[lone], bounds[lone + 1]
        next_lone = lone + 2 < len(bounds) and bounds[lone + 2] - b == 1
        before_lone = lone > 0 and a - bounds[lone - 1] == 1
        kept.remove(b if next_lone or (lone == 0 and not before_lone) else a)
