"""triad-cli(1), written from the command line's own parser (``triad.cli.build_parser``) so the
man page never drifts from ``triad-cli --help``: every command and sub-command with its usage,
its help and its options, then the environment, the exit codes and the files.

    .venv/bin/python packaging/manpage.py > triad-cli.1 && man -l triad-cli.1

Run by packaging/build.py (gzipped into /usr/share/man/man1 of the .deb); checked with
``man --warnings -l`` by tests/packaging/test_files.py."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ENVIRONMENT = (
    ("TRIAD_PASSPHRASE", "your passphrase, instead of being asked for it (without echo)"),
    ("TRIAD_NEW_PASSPHRASE", "a new passphrase: for init, member add, passwd, recover and demo"),
    ("TRIAD_RECOVERY_CODE", "the recovery code, for recover"),
    ("TRIAD_INSECURE_TEST_KDF", "1 makes new key slots use a deliberately cheap key derivation: "
                                "for tests only, never for real data (verify warns about such slots)"),
)
EXIT = (
    ("0", "done"),
    ("1", "verification found a problem, or a card or packet was refused"),
    ("2", "bad usage or invalid input; an input file that cannot be read; an output that cannot "
          "be written"),
    ("3", "wrong passphrase or unknown member"),
    ("4", "the vault is missing, damaged or unreadable, or its disk refused to save; or it is "
          "older than the one last opened on this computer (refused unless --accept-older REASON)"),
)


def esc(text: str) -> str:
    """Text for roff: backslashes and hyphens escaped, no line starting with a control
    character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line for line in text.splitlines())


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser, str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*path, name), sub, helps.get(name, "")
                yield from _commands(sub, (*path, name))


def _has_sub(parser: argparse.ArgumentParser) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)


def _options(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings:
            metavar = "" if action.nargs == 0 else " " + (
                action.metavar if isinstance(action.metavar, str) else action.dest.upper())
            names = ", ".join(f"{o}{metavar}" for o in action.option_strings)
        else:
            names = action.metavar if isinstance(action.metavar, str) else action.dest
        help_ = (action.help or "").replace("%(default)s", str(action.default))
        if action.choices and not isinstance(action, argparse._SubParsersAction):
            help_ = (help_ + " " if help_ else "") + "(" + ", ".join(map(str, action.choices)) + ")"
        yield names, help_


def render(version: str, day: date) -> str:
    from triad.cli import build_parser

    os.environ["COLUMNS"] = "80"  # argparse wraps the usage lines to fit a man page
    parser = build_parser()
    out = [f'.TH TRIAD\\-CLI 1 "{day.isoformat()}" "triad {esc(version)}" "Triad"',
           ".SH NAME", "triad\\-cli \\- encrypted case files for surrogate partner therapy, "
           "on the command line",
           ".SH SYNOPSIS", ".B triad\\-cli", ".RB [ \\-\\-version ]",
           ".I COMMAND", ".RI [ OPTIONS ]",
           ".SH DESCRIPTION",
           esc("The command line of Triad, an offline, encrypted app for coordinating surrogate "
               "partner therapy cases: the therapist plans phases and records consent, the "
               "surrogate partner logs a debrief after every session, the supervisor audits the "
               "consent documentation. A vault is a folder holding key slots and one SQLCipher "
               "database; every change is a signed entry. The desktop app is triad."),
           ".PP", esc("Options given after any command that opens a vault: --member NAME acts as "
                      "that member (default: the vault's first); --accept-older REASON opens a "
                      "vault older than the one last opened on this computer and records why."),
           ".PP", esc("Errors are one line on standard error and never contain a name or a "
                      "passphrase; text from the record is printed with control characters "
                      "shown as escapes."),
           ".SH COMMANDS"]
    for path, sub, help_ in _commands(parser):
        if _has_sub(sub) and not any(o for o, _ in _options(sub) if o.startswith("-")
                                     and o not in ("--member NAME", "--accept-older REASON")):
            out += [f".SS {esc(' '.join(path))}", esc(help_ or "")]
            continue
        usage = textwrap.dedent(sub.format_usage().removeprefix("usage: ")).strip()
        out += [f".SS {esc(' '.join(path))}", esc(help_ or "") if help_ else "", ".PP",
                ".nf", esc(usage), ".fi"]
        for names, text in _options(sub):
            if names in ("--member NAME", "--accept-older REASON"):
                continue
            out += [".TP", f".B {esc(names)}", esc(text) if text else ""]
    out += [".SH ENVIRONMENT"]
    for name, text in ENVIRONMENT:
        out += [".TP", f".B {esc(name)}", esc(text)]
    out += [".SH EXIT STATUS"]
    for code, text in EXIT:
        out += [".TP", f".B {code}", esc(text)]
    out += [".SH FILES", ".TP", ".I /opt/triad/", esc("the installed program: Python, Qt, "
            "SQLCipher and ReportLab inside one folder (nothing else on the system is used)"),
            ".TP", ".I /opt/triad/BUILD", esc("the version and the day this package was built"),
            ".SH EXAMPLES", ".nf",
            esc("export TRIAD_NEW_PASSPHRASE='demo passphrase' TRIAD_PASSPHRASE='demo passphrase'"),
            esc("triad-cli demo demo.triad"), esc("triad-cli cases demo.triad"),
            esc("triad-cli report progress demo.triad C-2026-001 -o progress.pdf"),
            ".fi", ".SH SEE ALSO", ".BR triad (1)"]
    return "\n".join(line for line in out if line != "") + "\n"


if __name__ == "__main__":
    from triad import __version__

    sys.stdout.write(render(__version__, date.today()))
