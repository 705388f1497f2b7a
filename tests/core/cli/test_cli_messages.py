"""The command line's own sentences (``CLI`` in triad/messages.py) name only commands and
options that triad-cli has, so that a user can run what an error message tells them to."""

from __future__ import annotations

import argparse
import re

from triad.cli import build_parser
from triad.messages import CLI

QUOTED = re.compile(r"'triad-cli ([^']+)'")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _subcommand(parser: argparse.ArgumentParser, word: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser | None = action.choices.get(word)
            return found
    return None


def _options(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of ``parser`` and of the commands below it."""
    out = {o for a in parser._actions for o in a.option_strings}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                out |= _options(sub)
    return out


def test_every_command_a_sentence_names_exists() -> None:
    named = 0
    for key, text in CLI.items():
        for quoted in QUOTED.findall(text):
            parser, words = build_parser(), quoted.split()
            used = 0
            while used < len(words) and (sub := _subcommand(parser, words[used])) is not None:
                parser, used = sub, used + 1
            assert used, f"CLI[{key!r}] names a command triad-cli does not have: {quoted}"
            own = {o for a in parser._actions for o in a.option_strings}
            for word in words[used:]:
                assert word in own if word.startswith("--") else word.isupper(), (key, quoted)
            named += 1
    assert named >= 4


def test_every_option_a_sentence_names_exists() -> None:
    options = _options(build_parser())
    for key, text in CLI.items():
        for option in OPTION.findall(text):
            assert option in options, f"CLI[{key!r}] names an option triad-cli lacks: {option}"
