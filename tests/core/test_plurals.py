"""Counted sentences of the core's catalogue (issue 19, review section 3): an ngettext-style
pair (``NN_(one, many)``) instead of "{packets} packet(s)", translated by number through the
catalogue's plural forms, and found as a plural message by the extraction."""

from __future__ import annotations

import sys
from pathlib import Path

from triad import i18n, messages
from triad.catalogue import Plural
from triad.catalogue.counted import COUNTED

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402  (tools/i18n.py, the extraction tool)


def german(text: str, n: int) -> str:
    return i18n.translate("messages", text, n=n, language="de")


def test_english_reads_its_own_singular_and_plural() -> None:
    assert "acknowledges 1 packet this vault" in messages.older_by_peer(1, 4)
    assert "acknowledges 3 packets this vault" in messages.older_by_peer(3, 4)
    assert "(s)" not in messages.older_by_peer(3, 4)
    assert "(s)" not in "".join(p.one + p.many for p in COUNTED.values())


def test_german_picks_the_catalogue_form_for_the_number() -> None:
    one = messages.older_by_peer(1, 4, tr_n=german)
    many = messages.older_by_peer(3, 4, tr_n=german)
    assert "bestätigt 1 Paket, dessen Versand" in one
    assert "bestätigt 3 Pakete, deren Versand" in many
    assert "Paket(e)" not in one + many and "{" not in one + many


def test_an_untranslated_pair_falls_back_to_english() -> None:
    pair = Plural("{n} thing", "{n} things")
    assert messages.plural(pair, 1, german).format(n=1) == "1 thing"
    assert messages.plural(pair, 2, german).format(n=2) == "2 things"


def test_the_extraction_finds_the_plural_message_as_numerus() -> None:
    found = tool.Reader([ROOT / "triad" / "catalogue" / "counted.py"]).read()
    for pair in COUNTED.values():
        message = found[("messages", pair.many)]
        assert message.numerus
        assert ("messages", pair.one) not in found  # English's own singular, not translated
