"""Every option and positional of every ``triad-cli`` command says what it is for, in English
and in German (issue 19): ``report ... -o/--output`` and ``--page-size`` had no help at all.
The parser (``triad.cli.build_parser``, argparse's words through ``triad.cli.parser``) is
walked whole, sub-commands of sub-commands included."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.conftest import cli
from triad import i18n
from triad.cli import build_parser

Where = tuple[str, ...]


def _walk(parser: argparse.ArgumentParser, path: Where = ()) -> Iterator[tuple[Where, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


def _helps(language: str) -> dict[tuple[Where, str], str]:
    i18n.use(language)
    try:
        return {(path, "/".join(a.option_strings) or a.dest): str(a.help or "")
                for path, a in _walk(build_parser())}
    finally:
        i18n.use(None)


def test_every_option_and_argument_has_help() -> None:
    helps = _helps(i18n.ENGLISH)
    assert len(helps) > 300
    assert [f"{' '.join(path)} {name}" for (path, name), text in helps.items()
            if not text.strip()] == []


def test_every_help_reads_in_german() -> None:
    english, german = _helps(i18n.ENGLISH), _helps(i18n.GERMAN)
    assert english.keys() == german.keys()
    same = [f"{' '.join(path)} {name}: {text!r}" for (path, name), text in english.items()
            if german[(path, name)] == text]
    assert same == []


def test_the_report_options_help_in_german(tmp_path: Path) -> None:
    done = cli("report", "progress", "--help", env={"LANG": "de_DE.UTF-8"})
    assert done.code == 0, done.err
    text = " ".join(done.out.split())
    assert "die zu schreibende PDF-Datei" in text
    assert "A4 (Standard) oder letter (US-Letter)" in text
    english = " ".join(cli("report", "progress", "--help", env={"LANG": "C.UTF-8"}).out.split())
    assert "the PDF file to write" in english and "A4 (the default) or letter" in english


@pytest.fixture(autouse=True)
def _speak_again() -> Iterator[None]:
    yield
    i18n.use(None)
