"""Issue 19: the demo practice's words live in one table per language (triad/data/demo/), read
by the builder; every language's table has exactly the English table's keys and placeholders,
and the German one is German throughout."""

from __future__ import annotations

import string

import pytest

from triad import demo
from triad.data import DATA
from triad.demo import words as demo_texts


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", [lang for lang in demo.LANGUAGES if lang != "en"])
def test_every_table_has_the_english_keys_and_placeholders(language: str) -> None:
    english, other = demo_texts.table("en"), demo_texts.table(language)
    assert other.keys() == english.keys() == {"members", "texts"}
    assert other["members"].keys() == english["members"].keys()
    assert other["texts"].keys() == english["texts"].keys()
    for key, text in english["texts"].items():
        assert placeholders(other["texts"][key]) == placeholders(text), key
        assert other["texts"][key].strip(), key


def test_the_german_table_is_german() -> None:
    english, german = demo.texts("en"), demo.texts("de")
    same = [k for k, v in english.texts.items() if german[k] == v]
    assert same == []  # nothing left in English (a place name or credential body included)
    # member names as Germans write them; clients' invented names stay as they are
    assert (german.therapist, german.supervisor) == ("Dr. Maren Holt", "Dr. Amara Okafor")
    assert german.surrogates == english.surrogates
    assert german.members()[0] == german.therapist
    # German quotation marks, never English ones, around a quoted word
    assert all("'" not in v and '"' not in v for v in german.texts.values())


def test_the_tables_are_package_data() -> None:
    """Read through importlib.resources (triad.data): the wheel and the PyInstaller bundle
    carry triad/data/**, so the demo runs from either."""
    for language in demo.LANGUAGES:
        assert (DATA / "demo" / f"{language}.json").is_file()


def test_no_demo_in_an_unknown_language() -> None:
    with pytest.raises(ValueError):
        demo.texts("fr")
