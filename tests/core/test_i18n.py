"""Issue 19: the one catalogue and the core's languages (triad/i18n.py, tools/i18n.py).

The extraction test reads the code as ``tools/i18n.py extract`` does, into a copy of the
catalogue, and fails when a string in the code is missing from ``ui/data/i18n/triad_de.ts`` or
is not translated there; the rest pins the language choice, dates, numbers and sorting."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from triad import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as tool  # noqa: E402  (tools/i18n.py, the extraction tool)

PLACEHOLDERS = re.compile(r"%(?:\d+|n|s|d)|\{[a-zA-Z_][a-zA-Z0-9_]*\}|</?[a-zA-Z][^>]*>")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tool.Key, tool.Message]:
    """``tools/i18n.py extract`` run on a copy of the committed catalogue."""
    copy = tmp_path_factory.mktemp("i18n") / "triad_de.ts"
    shutil.copy(tool.TS, copy)
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "extract",
                           "--ts", str(copy)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr  # lupdate found nothing unread
    return tool.read_ts(copy)


def test_every_string_of_the_code_is_in_the_catalogue(
        extracted: dict[tool.Key, tool.Message]) -> None:
    committed = tool.read_ts(tool.TS)
    missing = [f"[{ctx}] {src!r}" for (ctx, src), m in extracted.items()
               if m.kind != "vanished" and ((ctx, src) not in committed
                                           or committed[(ctx, src)].kind == "vanished")]
    assert missing == [], "run python3 tools/i18n.py extract, then translate: " + "; ".join(
        missing[:20])


def test_every_string_of_the_code_is_translated(
        extracted: dict[tool.Key, tool.Message]) -> None:
    open_ = [f"[{m.context}] {m.source!r}" for m in extracted.values() if m.kind == "unfinished"]
    assert open_ == [], f"{len(open_)} unfinished: " + "; ".join(open_[:20])


def test_every_translation_keeps_its_placeholders_and_accelerator() -> None:
    bad = []
    for m in tool.read_ts(tool.TS).values():
        if m.kind or m.translation is None:
            continue
        forms = m.translation if isinstance(m.translation, list) else [m.translation]
        want = Counter(PLACEHOLDERS.findall(m.source.replace("%n", "")))
        for form in forms:
            if Counter(PLACEHOLDERS.findall(form.replace("%n", ""))) != want:
                bad.append(f"[{m.context}] {m.source!r} -> {form!r}")
            has = "&" in re.sub(r"&&|&\w+;", "", m.source)
            if has != ("&" in re.sub(r"&&|&\w+;", "", form)):
                bad.append(f"accelerator: [{m.context}] {m.source!r} -> {form!r}")
    assert bad == []


def test_every_context_the_ui_translates_in_is_a_literal() -> None:
    """lupdate cannot read ``translate(CTX, ...)``: a string in a variable context landed in no
    context at all (224 of them before issue 19)."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "attr", getattr(node.func, "id", None))
                if name in ("translate", "QT_TRANSLATE_NOOP") and \
                        not isinstance(node.args[0], ast.Constant) and \
                        ast.unparse(node.args[0]) != "self.CONTEXT":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_catalogue_names_the_activities_as_the_ladder_does() -> None:
    from triad.casefile.ladder import ACTIVITY_LABELS
    from triad.catalogue.words import ACTIVITIES

    assert list(ACTIVITIES) == list(ACTIVITY_LABELS.values())


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_AT.UTF-8"}, "de"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language Triad does not speak: English
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL over LANG
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "fr:de:en"}, "de"),  # LANGUAGE's first we speak
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr"}, "de"),  # none of LANGUAGE: the locale
])
def test_the_environment_chooses_as_gettext_does(environ: dict[str, str], expected: str) -> None:
    assert i18n.from_environment(environ) == expected


def test_an_explicit_choice_beats_the_practice_and_the_environment() -> None:
    german = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose(None, None, german) == "de"
    assert i18n.choose("en", None, german) == "en"
    assert i18n.choose("system", None, german) == "de"
    assert i18n.choose(None, "en", german) == "en"  # the practice's setting over LANG
    assert i18n.choose("de", "en", {}) == "de"  # --language over the practice's setting


def test_translate_gives_finished_translations_and_the_source_otherwise() -> None:
    assert i18n.translate("reports", "Progress summary", language="de") == "Verlaufsbericht"
    assert i18n.translate("reports", "Progress summary", language="en") == "Progress summary"
    assert i18n.translate("reports", "no such sentence", language="de") == "no such sentence"
    one = i18n.translate("ExchangeDialog", "%n packet(s) imported", n=1, language="de")
    many = i18n.translate("ExchangeDialog", "%n packet(s) imported", n=3, language="de")
    assert one.startswith("1 ") and many.startswith("3 ") and one[2:] != many[2:]  # Paket/Pakete


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 12, 6)
    assert i18n.long_date(day, "de") == "6. Dezember 2026"
    assert i18n.short_date(day, "de") == "06.12.2026"
    assert i18n.short_date("2026-12-06T14:30", "en") == "2026-12-06"  # as English always was
    assert i18n.day_and_time("2026-12-06T14:30", "de") == "06.12.2026 14:30"
    assert i18n.short_date("-", "de") == "-"
    assert i18n.number(2.5, 1, "de") == "2,5"
    assert i18n.number(1234.5, 1, "de") == "1.234,5"
    assert i18n.number(2.5, 1, "en") == "2.5"
    assert i18n.thousands(20_000, "de") == "20.000" and i18n.thousands(20_000, "en") == "20,000"


def test_german_sorts_umlauts_with_their_letter() -> None:
    names = ["Zander", "Ärztin", "Abel", "Öztürk", "Ohm", "Straße", "Strasser", "über"]
    assert sorted(names, key=i18n.sort_key) == [
        "Abel", "Ärztin", "Ohm", "Öztürk", "Straße", "Strasser", "über", "Zander"]
