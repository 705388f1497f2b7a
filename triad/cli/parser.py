"""argparse's own words ("usage:", "options:", "error: ... invalid choice ...") in the language
the command line speaks, through the one catalogue (context ``argparse``).

argparse builds those words with gettext: it calls ``_()`` and ``ngettext()`` -- names it
imported from :mod:`gettext` into its own module -- at about thirty places spread over
``ArgumentParser``, ``HelpFormatter`` and ``ArgumentError``. gettext would look for a compiled
``.mo`` file, which Triad deliberately does not keep (triad/i18n.py). Subclassing every method
that calls ``_()`` would mean copying stdlib code that changes between Python versions; the
``_`` and ``ngettext`` names are argparse's one seam for translation. So :class:`Parser` (the
class of every parser and sub-parser of ``triad-cli``) puts our catalogue behind those two
names while it is built, parses, formats its help or reports an error, and puts gettext back
afterwards: nothing outside argparse, and nothing after the parse, sees the change. English
is gettext's own text, byte for byte.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from triad import i18n
from triad.i18n import T_

__all__ = ["ARGPARSE_WORDS", "Parser", "speaking"]

# What argparse says to a person (Python 3.11's argparse.py); the messages only a programmer
# meets (a parser built wrongly) stay as gettext gives them.
ARGPARSE_WORDS = (
    T_("argparse", "usage: "),
    T_("argparse", "positional arguments"),
    T_("argparse", "options"),
    T_("argparse", "show this help message and exit"),
    T_("argparse", "%(prog)s: error: %(message)s\n"),
    T_("argparse", "argument %(argument_name)s: %(message)s"),
    T_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    T_("argparse", "the following arguments are required: %s"),
    T_("argparse", "one of the arguments %s is required"),
    T_("argparse", "not allowed with argument %s"),
    T_("argparse", "unrecognized arguments: %s"),
    T_("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    T_("argparse", "expected one argument"),
    T_("argparse", "expected at most one argument"),
    T_("argparse", "expected at least one argument"),
    T_("argparse", "expected %s argument"),
    T_("argparse", "expected %s arguments"),
    T_("argparse", "invalid %(type)s value: %(value)r"),
    T_("argparse", "ignored explicit argument %r"),
    T_("argparse", "unexpected option string: %s"),
    T_("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    T_("argparse", "can't open '%(filename)s': %(error)s"),
)
# The Python type argparse names in "invalid %(type)s value" (its ``__name__``), in words.
TYPE_WORDS = {"int": T_("argparse", "whole number")}


class _TypedTemplate(str):
    """A translated "invalid %(type)s value" whose ``%`` names the type in words ("ganze
    Zahl", not "int"): argparse fills the template in itself, after ``_()`` returned it."""

    def __mod__(self, values: Any) -> str:
        if isinstance(values, dict) and values.get("type") in TYPE_WORDS:
            values = {**values, "type": i18n.translate("argparse", TYPE_WORDS[values["type"]])}
        return str.__mod__(self, values)


def _words(original: Callable[[str], str]) -> Callable[[str], str]:
    def gettext(text: str) -> str:
        if i18n.chosen() == i18n.ENGLISH:
            return original(text)
        found = i18n.translate("argparse", text)
        return _TypedTemplate(found) if "%(type)s" in text else found
    return gettext


def _plural(original: Callable[[str, str, int], str]) -> Callable[[str, str, int], str]:
    def ngettext(one: str, many: str, n: int) -> str:
        if i18n.chosen() == i18n.ENGLISH:
            return original(one, many, n)
        return i18n.translate("argparse", one if n == 1 else many)
    return ngettext


@contextlib.contextmanager
def speaking() -> Iterator[None]:
    """argparse speaks the chosen language (:func:`triad.i18n.chosen`) inside the block."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if getattr(before[0], "__name__", "") == "gettext" and before[0].__module__ == __name__:
        yield  # already speaking (a nested call)
        return
    argparse._ = _words(before[0])  # type: ignore[attr-defined]
    argparse.ngettext = _plural(before[1])  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose own words are translated (see the module docstring). Its
    sub-parsers are of this class too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with speaking():  # "positional arguments", "options", the -h help
            super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None
                         ) -> tuple[argparse.Namespace, list[str]]:
        with speaking():
            return super().parse_known_args(args, namespace)

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        with speaking():  # "unrecognized arguments"
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with speaking():
            return super().format_usage()

    def format_help(self) -> str:
        with speaking():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with speaking():
            super().error(message)
