"""Long words in a wrapping column broken, never cut short (issue 19).

A wrapping column wraps between words; a single word wider than the column (German's
"Nachbesprechung" in the case list's narrow Next due column at 1366x768) is elided by Qt
("Nachbes…") however tall the row grows. ``WordBreakDelegate`` gives such a word soft hyphens
(U+00AD) where it may be hyphenated before it is laid out, so Qt breaks it where it must and
shows a hyphen there ("Nachbe-" / "sprechung"), as a typesetter would rather than hiding the
rest. Only words wider than the cell get them (a word that fits is never broken); the model's
text is untouched (search, tooltips, copies).

Where a word may break comes from the language's hyphenation dictionary
(``ui.widgets.hyphenation``: LibreOffice's patterns through pyphen), which knows a compound's
seams ("Ver-ein", not "Ve-rein"). It loads in the background (German's takes about half a
second, which the unlock path cannot spare); until it is there, and for a language with no
dictionary, a small rule of syllables stands in (``syllables``), and the columns are laid out
again when it arrives.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from triad import i18n
from ui.widgets import hyphenation

__all__ = ["SOFT_HYPHEN", "ZERO_WIDTH_SPACE", "WordBreakDelegate", "breakable", "dictionary_notice", "seams",
           "syllables"]

SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"
_WORD = re.compile(r"\S+")
EDGE = 2  # letters kept together at a word's start and end ("Na-chbe…" is never made)


def breakable(text: str, room: int, metrics: QFontMetrics,
              cuts: Callable[[str], list[int]] | None = None) -> str:
    """``text`` with places to break inside each word wider than ``room`` px, other words as
    they are. A word of letters: soft hyphens where ``cuts`` (default ``syllables``) allows
    hyphenating it, and
    between any two letters of a syllable itself wider than ``room``. A word with digits (a
    date, an entry's id): breaks without a hyphen (a hyphen inside an id would misread) after
    each hyphen and a date's last dot ("23.11." / "2026"), anywhere in a part still too wide."""
    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) <= 2 * EDGE or metrics.horizontalAdvance(word) <= room:
            return word
        coded = any(ch.isdigit() for ch in word)
        mark = ZERO_WIDTH_SPACE if coded else SOFT_HYPHEN
        found = [0, *(_code_breaks(word) if coded else (cuts or syllables)(word)), len(word)]
        parts = []
        for a, b in itertools.pairwise(found):
            piece = word[a:b]
            if metrics.horizontalAdvance(piece + "-") > room:  # no part fits: anywhere
                piece = "".join((mark if _anywhere(piece, i, coded) else "") + ch
                                for i, ch in enumerate(piece))
            parts.append(piece)
        return mark.join(parts)
    return _WORD.sub(soften, text)


def _code_breaks(word: str) -> list[int]:
    """Where a word with digits may break: after each hyphen or slash, after a date's or a
    time's last dot or colon."""
    return [i for i in range(1, len(word)) if word[i].isalnum() and (
        word[i - 1] in "-/" or (word[i - 1] in ".:" and word[i - 1] not in word[i:]))]


def _anywhere(piece: str, i: int, coded: bool) -> bool:
    """Whether a part too wide for any of its breaks may break before ``piece[i]``: between
    two letters ``EDGE`` from either end, or between any two characters of a code."""
    if coded:
        return i > 0
    return EDGE <= i <= len(piece) - EDGE and piece[i - 1].isalpha() and piece[i].isalpha()


VOWELS = frozenset("aeiouyäöüéèáàâêô")
# a syllable's first consonants kept together ("be-spre-chung", "Un-ter-schrift")
ONSETS = ("schr", "spr", "str", "sch", "ch", "ph", "th", "qu", "pr", "br", "tr", "dr", "kr",
          "gr", "fr", "pl", "bl", "kl", "gl", "fl", "sp", "st")


def syllables(word: str) -> list[int]:
    """Where ``word``'s syllables start, by a rule that suits German and English well enough
    for breaking a line ("Nach-be-spre-chung", "Dreier-ge-spräch", "as-sess-ment"): a
    consonant before a vowel starts a syllable, with the consonants of its onset before it;
    every part keeps a vowel and ``EDGE`` letters. Not a dictionary: a compound's seam is
    sometimes missed ("ve-rein" for "ver-ein"), never a syllable cut mid-letter."""
    w = word.lower()
    found: list[int] = []
    for i in range(EDGE, len(w) - 1):
        if not w[i].isalpha() or w[i] in VOWELS or w[i + 1] not in VOWELS:
            continue
        begin = i
        for onset in ONSETS:
            k = len(onset) - 1
            if i - k >= 1 and w[i - k:i + 1] == onset:
                begin = i - k
                break
        if begin < EDGE or len(w) - begin < EDGE or not w[begin - 1].isalpha() \
                or w[begin - 1:begin + 1] == "ck" or not VOWELS.intersection(w[:begin]):
            continue
        if not found or found[-1] != begin:
            found.append(begin)
    return found


def seams(word: str, language: str | None = None) -> list[int]:
    """Where ``word`` may be hyphenated in ``language`` (default: the one the app speaks): by
    its dictionary (loaded now if need be), else by ``syllables``."""
    found = hyphenation.positions(word, language or i18n.chosen())
    return syllables(word) if found is None else found


class _Notice(QObject):
    """Says on the main thread that a dictionary has loaded (it loads on another)."""

    arrived = Signal(str)


_notice: _Notice | None = None


def dictionary_notice() -> _Notice:
    """The one notice, on the main thread, that a hyphenation dictionary has loaded."""
    global _notice
    if _notice is None:  # made on the main thread, by the first delegate
        notice = _notice = _Notice()
        hyphenation.on_ready(notice.arrived.emit)
    return _notice


class WordBreakDelegate(QStyledItemDelegate):
    """The item delegate of a wrapping column: as Qt's, with ``breakable`` text, hyphenated
    by the language's dictionary once it has loaded (laid out again then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept: dict[tuple[str, int], str] = {}  # (text, room) -> its breakable text
        dictionary_notice().arrived.connect(self._dictionary_arrived)

    def _seams(self, word: str) -> list[int]:
        language = i18n.chosen()
        found = hyphenation.ready(language)  # None meanwhile: the rule stands in
        cuts = hyphenation.positions(word, language, found) if found is not None else None
        return syllables(word) if cuts is None else cuts

    def _dictionary_arrived(self, _language: str) -> None:
        self._kept.clear()
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            view.viewport().update()

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        frame = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) \
            if style is not None else 2
        room = option.rect.width() - 2 * (frame + 1)
        if room <= 0:
            return
        key = (text, room)
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) > 4096:  # a long table's texts at a few widths: bounded
                self._kept.clear()
            found = self._kept[key] = breakable(text, room, option.fontMetrics, self._seams)
        option.text = found
