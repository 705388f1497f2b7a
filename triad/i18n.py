"""The core's languages: which one to speak, the translated word, dates, numbers and sorting.

    from triad import i18n
    i18n.choose("de")                      # explicit > the environment (LANGUAGE, LC_ALL, ...)
    i18n.translate("cli", "Goals")         # "Ziele" when German is chosen
    i18n.translate("cli", "%n session(s)", n=3)
    i18n.long_date(date(2026, 12, 6))      # "6. Dezember 2026"
    i18n.short_date(date(2026, 12, 6))     # "06.12.2026"
    i18n.number(2.5, 1)                    # "2,5"
    sorted(names, key=i18n.sort_key)       # "Ärztin" beside "Arzt", not after "Zahn"

There is ONE catalogue, the desktop app's Qt Linguist file ``ui/data/i18n/triad_de.ts``. The
core reads that XML with the standard library (``xml.etree``) at first use, about 50 ms for
the ~2,700 strings, instead of keeping a gettext ``.mo`` beside it: a second compiled file
would be one more build step and one more thing to go stale, while the ``.ts`` is already in
the checkout and the wheel. Only finished translations count; an unfinished or missing one
gives the English source, so a half-translated catalogue never shows an empty line.

Dates and numbers come from Babel (pure Python, the CLDR data that Qt's own locale uses too),
imported lazily. Sorting uses a key of its own rather than PyICU (a large compiled library):
German dictionary order (DIN 5007-1) treats ä as a, ö as o, ü as u and ß as ss, which is what
case folding and dropping the combining marks give; that is enough for the names and codes
the lists sort.

The core never imports Qt (import-linter); the app installs Qt's translator from the same
file compiled to ``.qm`` (``tools/i18n.py build``).
"""

from __future__ import annotations

import contextlib
import os
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path

__all__ = ["ENGLISH", "GERMAN", "LANGUAGES", "T_", "catalogue_path", "choose", "chosen",
           "from_environment", "hours", "long_date", "number", "short_date", "sort_key",
           "speaking", "thousands", "translate", "use"]

ENGLISH, GERMAN = "en", "de"
LANGUAGES = (ENGLISH, GERMAN)  # the app's Preferences and --language offer these

_current: str | None = None
# A document printed in another language than the program speaks (the practice's setting,
# ``--language``): set for one thread while it is built, so the app's own window, on the main
# thread, keeps its words while a worker renders a German report.
_local = threading.local()


def T_(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` (tools/i18n.py); returns it unchanged, to be
    translated with :func:`translate` where it is shown."""
    return text


def normalise(value: str | None) -> str | None:
    """``de_DE.UTF-8``, ``de-AT``, ``Deutsch`` -> "de"; ``C``, ``POSIX``, ``en_GB`` -> "en";
    a language Triad does not speak -> None."""
    if not value:
        return None
    head = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if head in ("c", "posix", "en", "english"):
        return ENGLISH
    if head in ("de", "deutsch", "german"):
        return GERMAN
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: ``LANGUAGE`` (a list such
    as ``de:en``, its first language Triad speaks), then the first of ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG`` that is set. English when none is, or it names another language."""
    env = os.environ if environ is None else environ
    for part in (env.get("LANGUAGE") or "").split(":"):
        found = normalise(part)
        if found:
            return found
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return normalise(env[name]) or ENGLISH
    return ENGLISH


def choose(explicit: str | None = None, practice: str | None = None,
           environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: an explicit choice (``--language``, the app's Preferences) over
    the practice's setting over the environment. ``"system"`` or None defers to the next."""
    for wish in (explicit, practice):
        if wish and wish != "system":
            found = normalise(wish)
            if found:
                return found
    return from_environment(environ)


def use(language: str | None) -> str:
    """Speak ``language`` from now on in this process (None: the environment's)."""
    global _current
    _current = choose(language)
    return _current


def chosen() -> str:
    speaking_now: str | None = getattr(_local, "language", None)
    if speaking_now is not None:
        return speaking_now
    return _current if _current is not None else use(None)


@contextlib.contextmanager
def speaking(language: str) -> Iterator[str]:
    """Speak ``language`` ("en" or "de") in this thread inside the ``with`` block (a report
    in the practice's language): ``translate``, the dates and numbers follow it."""
    before = getattr(_local, "language", None)
    _local.language = normalise(language) or chosen()
    try:
        yield _local.language
    finally:
        _local.language = before


def catalogue_path(language: str = GERMAN) -> Path:
    """The app's Qt Linguist file, beside this package (``ui/data/i18n``), read as a file:
    the core does not import the UI."""
    return Path(__file__).resolve().parent.parent / "ui" / "data" / "i18n" / f"triad_{language}.ts"


@cache
def _table(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    import xml.etree.ElementTree as ET  # at first use only: the CLI's start stays light

    path = catalogue_path(language)
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    if not path.exists():
        return table
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source = msg.findtext("source") or ""
            if msg.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
                if all(forms):
                    table[(name, source)] = forms
            elif tr.text:
                table[(name, source)] = tr.text
    return table


def translate(context: str, text: str, n: int | None = None, language: str | None = None) -> str:
    """``text`` in the chosen language (English: unchanged). With ``n``, the plural form for
    ``n`` (English and German: one for 1, the other for every other number) and ``%n``
    replaced by it."""
    lang = language or chosen()
    found = _table(lang).get((context, text)) if lang != ENGLISH else None
    if isinstance(found, tuple):
        found = found[0] if n == 1 or len(found) == 1 else found[1]
    out = found or text
    return out.replace("%n", str(n)) if n is not None else out


def _locale(language: str | None) -> str:
    return "de_DE" if (language or chosen()) == GERMAN else "en_GB"


def long_date(day: date | datetime | str, language: str | None = None) -> str:
    """"6. Dezember 2026" / "6 December 2026"."""
    if isinstance(day, str) and not _is_date(day):
        return day
    from babel.dates import format_date

    return format_date(_as_date(day), format="long", locale=_locale(language))


def short_date(day: date | datetime | str, language: str | None = None) -> str:
    """"06.12.2026" in German; the ISO date (as Triad has always printed) in English. Text
    that is not a date ("", "-") comes back as it is."""
    if isinstance(day, str) and not _is_date(day):
        return day
    if (language or chosen()) != GERMAN:
        return _as_date(day).isoformat()
    from babel.dates import format_date

    return format_date(_as_date(day), format="dd.MM.yyyy", locale="de_DE")


def day_and_time(stamp: str, language: str | None = None) -> str:
    """A local "2026-12-06T14:30" as "06.12.2026 14:30" (German) or "2026-12-06 14:30"."""
    if (language or chosen()) != GERMAN or not _is_date(stamp):
        return stamp.replace("T", " ")  # as Triad has always printed it
    text = stamp.replace("T", " ")[:16]
    return f"{short_date(text[:10], GERMAN)}{text[10:]}"


def hours(starts_at: str, ends_at: str) -> str:
    """A session's time of day, "14:00\u201315:00", from two local "YYYY-MM-DDTHH:MM" stamps: an
    en dash between the times, as both English and German typesetting write a range."""
    return f"{starts_at[11:16]}\u2013{ends_at[11:16]}"


def number(value: float, digits: int = 0, language: str | None = None) -> str:
    """``2.5`` -> "2,5" in German (decimal comma, a dot between thousands), "2.5" in English
    (as Triad has always printed it)."""
    if (language or chosen()) != GERMAN:
        return f"{value:.{digits}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_locale(language))


def thousands(n: int, language: str | None = None) -> str:
    """A count with its thousands marked: "100,000" in English (as Triad has always printed
    it), "100.000" in German."""
    return f"{n:,}" if (language or chosen()) == ENGLISH else number(n, language=language)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _as_date(day: date | datetime | str) -> date:
    if isinstance(day, datetime):
        return day.date()
    if isinstance(day, date):
        return day
    return date.fromisoformat(day[:10])


def sort_key(text: str) -> tuple[str, str]:
    """German dictionary order (DIN 5007-1): umlauts with their base letter, ß as ss, case
    ignored; ties broken by the text itself so the order is total."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    base = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return base, text
