"""Long words break where a German typesetter would break them (issue 19): a hyphenation
dictionary (LibreOffice's patterns through pyphen) instead of a rule of syllables, which broke
compounds at a wrong seam ("Ve-rein"); the rule stays for a language with no dictionary and
until the dictionary has loaded; the bundle carries the dictionaries."""

from __future__ import annotations

import threading
from pathlib import Path

import pyphen
import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.widgets import hyphenation
from ui.widgets.wordbreak import (
    SOFT_HYPHEN,
    WordBreakDelegate,
    breakable,
    dictionary_notice,
    seams,
    syllables,
)

ROOT = Path(__file__).resolve().parents[2]
# each word with every place a German reader accepts a break (Duden), compound seams included
GERMAN = {
    "Nachbesprechung": "Nach-be-spre-chung",
    "Nachbesprechungen": "Nach-be-spre-chun-gen",
    "Dreiergespräch": "Drei-er-ge-spräch",
    "Einwilligungsprüfung": "Ein-wil-li-gungs-prü-fung",
    "Einwilligungsfähigkeit": "Ein-wil-li-gungs-fä-hig-keit",
    "Verein": "Ver-ein",
    "Triadenvereinbarung": "Tri-a-den-ver-ein-ba-rung",
    "Surrogatsitzung": "Sur-ro-gat-sit-zung",
    "Schweigepflichtentbindung": "Schwei-ge-pflicht-ent-bin-dung",
    "Fallakte": "Fall-ak-te",
    "Übergabe": "Über-ga-be",
    "Formularfassung": "For-mu-lar-fas-sung",
    "Bearbeitungsfrist": "Be-ar-bei-tungs-frist",
    "Qualifikationsnachweis": "Qua-li-fi-ka-ti-ons-nach-weis",
    "Aktenverwahrerin": "Ak-ten-ver-wah-re-rin",
}


def _allowed(spelt: str) -> set[int]:
    return {sum(len(p) for p in spelt.split("-")[:i]) for i in range(1, spelt.count("-") + 1)}


def test_german_compounds_break_only_at_their_seams() -> None:
    for word, spelt in GERMAN.items():
        found = seams(word, "de")
        assert found and set(found) <= _allowed(spelt), (word, found, spelt)
    # the seams a reader needs most are there: between the parts of the compound
    assert {4, 6} <= set(seams("Nachbesprechung", "de"))  # Nach-be-
    assert 6 in seams("Dreiergespräch", "de")  # Dreier-gespräch
    assert 13 in seams("Einwilligungsprüfung", "de")  # Einwilligungs-prüfung
    assert seams("Verein", "de") == [3]  # never "Ve-rein", as the rule had it
    assert syllables("Verein") == [2]


def test_english_has_its_dictionary_and_other_languages_the_rule() -> None:
    assert seams("assessment", "en") == [2, 6]
    assert seams("Verein", "fr") == syllables("Verein")  # no dictionary: the rule
    assert hyphenation.positions("Verein", "fr") is None


def test_the_dictionaries_ship_with_pyphen_and_in_the_bundle() -> None:
    assert {"de_DE", "en_GB"} <= set(pyphen.LANGUAGES)
    spec = (ROOT / "packaging" / "triad.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("pyphen"' in spec and "hyph_de_*.dic" in spec
    assert '"pyphen"' in (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")


def test_the_delegate_breaks_by_the_rule_until_the_dictionary_arrives(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    delegate = WordBreakDelegate(table)
    gate = threading.Event()
    real_load = hyphenation._load

    def slow(language: str) -> None:
        gate.wait(10)
        real_load(language)

    monkeypatch.setattr(hyphenation, "_loaded", {})
    monkeypatch.setattr(hyphenation, "_loading", {})
    monkeypatch.setattr(hyphenation, "_load", slow)
    monkeypatch.setattr("triad.i18n.chosen", lambda: "de")
    assert delegate._seams("Verein") == [2]  # the rule, while German loads
    delegate._kept[("Verein", 10)] = "Ve\u00adrein"
    with qtbot.waitSignal(dictionary_notice().arrived, timeout=10000):
        gate.set()
    assert delegate._kept == {}  # laid out again
    assert delegate._seams("Verein") == [3]


def test_breakable_takes_the_dictionary_s_seams(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    metrics = table.fontMetrics()
    room = metrics.horizontalAdvance("Einwilligungs")
    broken = breakable("Einwilligungsprüfung", room, metrics, lambda w: seams(w, "de"))
    assert broken.split(SOFT_HYPHEN) == ["Ein", "wil", "li", "gungs", "prü", "fung"]
