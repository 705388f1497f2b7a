"""What every triad-cli command shares: exit codes, the one-line error for a core error
(:func:`describe`, sentences from :mod:`triad.messages`), asking for a secret, unlocking the
vault, and printing a table or a PDF.

Exit codes: 0 ok; 1 verification found a problem (or a card or packet was refused);
2 bad usage or invalid input; 3 wrong passphrase or unknown member; 4 vault missing, damaged
or unreadable.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from triad.errors import (
    AccessDenied,
    ConsentViolation,
    ExchangeCode,
    ExchangeError,
    InvalidInput,
    NotFound,
    PacketRejected,
    PermissionDenied,
    QuickUnlockUnavailable,
    TriadError,
)
from triad.messages import Context, sentence
from triad.vault.files import atomic_write
from triad.workspace import Workspace

__all__ = ["AUTH", "NEW_PASSPHRASE_ENV", "OK", "PASSPHRASE_ENV", "PROBLEM", "RECOVERY_ENV",
           "USAGE", "VAULT", "CliError", "ask_secret", "ask_text", "confirm", "describe",
           "exit_code", "interactive", "open_vault", "print_table", "save_pdf"]

OK, PROBLEM, USAGE, AUTH, VAULT = 0, 1, 2, 3, 4
PASSPHRASE_ENV = "TRIAD_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TRIAD_NEW_PASSPHRASE"
RECOVERY_ENV = "TRIAD_RECOVERY_CODE"

# An exchange refusal exits 1 when the card or the person is not what it should be, 2 when
# the command asked for something that cannot be (usage).
EXCHANGE_EXIT: dict[str, int] = {
    ExchangeCode.FINGERPRINT_MISMATCH: PROBLEM, ExchangeCode.NOT_A_CARD: PROBLEM,
    ExchangeCode.CARD_VERSION: PROBLEM, ExchangeCode.CARD_ALTERED: PROBLEM,
    ExchangeCode.OWN_CARD: USAGE, ExchangeCode.KEY_CONFLICT: PROBLEM,
    ExchangeCode.ROLE_CONFLICT: PROBLEM, ExchangeCode.CONTACT_REMOVED: USAGE,
    ExchangeCode.NOT_A_CONTACT: USAGE, ExchangeCode.AMBIGUOUS_CONTACT: USAGE,
    ExchangeCode.THERAPIST_CONTACT: USAGE, ExchangeCode.NOT_ON_CASE: USAGE,
    ExchangeCode.NOTHING_SHARED: USAGE, ExchangeCode.NO_RELEASE: PROBLEM,
}


class CliError(Exception):
    """A usage problem the command line found itself: its message is printed as it is."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


def exit_code(exc: TriadError) -> int:
    """The exit code for a core error (see the module docstring)."""
    if isinstance(exc, PacketRejected):
        return PROBLEM
    if isinstance(exc, ExchangeError):
        return EXCHANGE_EXIT.get(exc.detail, USAGE)
    if isinstance(exc, AccessDenied):
        return AUTH
    if isinstance(exc, InvalidInput | PermissionDenied | ConsentViolation | NotFound
                  | QuickUnlockUnavailable):
        return USAGE
    return VAULT  # the vault cannot be used, or an error this program does not know


def describe(exc: TriadError) -> tuple[str, int]:
    """A one-line message (from the catalogue, in the command line's context) and exit code."""
    return sentence(exc, context=Context.CLI), exit_code(exc)


# -- passphrases --
def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not interactive():
        raise CliError(f"no terminal to ask for the {prompt.lower()}: set {env}")
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        raise CliError("the two entries differ; nothing was changed")
    return first


def ask_text(env: str, prompt: str) -> str:
    """A value from ``env``, else typed on the terminal (shown as typed)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not interactive():
        raise CliError(f"no terminal to ask for the {prompt.lower()}: set {env}")
    return input(f"{prompt}: ")


def confirm(question: str, without_terminal: str) -> bool:
    """A yes/no question on the terminal (no unless answered y or yes); with no terminal to
    ask, CliError(``without_terminal``)."""
    if not interactive():
        raise CliError(without_terminal)
    return input(question).strip().lower() in ("y", "yes")


def open_vault(args: argparse.Namespace) -> Workspace:
    """Unlock as ``--member`` (default: the first member): TRIAD_PASSPHRASE, else quick
    unlock when enabled, else a prompt."""
    path, member = Path(args.vault), args.member
    if os.environ.get(PASSPHRASE_ENV) is None:
        try:
            return Workspace.open_quick(path, member)
        except QuickUnlockUnavailable:
            pass
    return Workspace.open(path, ask_secret(PASSPHRASE_ENV, "Passphrase"), member)


# -- output --
def print_table(rows: Sequence[Sequence[str]]) -> None:
    """Rows (the first is the header) in columns two spaces apart."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())


def save_pdf(path: str, data: bytes) -> None:
    """Write a printable document atomically, only where the user said."""
    if not path.lower().endswith(".pdf"):
        raise CliError("the output file name must end in .pdf")
    atomic_write(Path(path), data)
    print(f"Wrote {path} ({len(data) // 1024 + 1} KiB).", file=sys.stderr)
