"""What every triad-cli command shares: exit codes, the one-line error for a core error
(:func:`describe`, sentences from :mod:`triad.messages`), asking for a secret, unlocking the
vault, and printing a table or a PDF.

Exit codes: 0 ok; 1 verification found a problem (or a card or packet was refused);
2 bad usage or invalid input; 3 wrong passphrase or unknown member; 4 vault missing, damaged
or unreadable, or older than the one last opened on this computer (``VaultOlder``: refused
unless the command is given ``--accept-older REASON``, which opens it and records the reason).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from triad import i18n
from triad.casefile.disclosures import To, What
from triad.errors import (
    AccessDenied,
    ConsentViolation,
    ExchangeCode,
    ExchangeError,
    InvalidInput,
    NotFound,
    PacketRejected,
    PermissionDenied,
    QuickUnlockReason,
    QuickUnlockUnavailable,
    StorageFailed,
    TriadError,
)
from triad.i18n import T_
from triad.messages import CLI, Context, older_vault, quick_unlock_reason, sentence
from triad.vault.files import atomic_write, output_target, read_limited
from triad.workspace import Workspace

__all__ = [
    "AUTH",
    "NEW_PASSPHRASE_ENV",
    "OK",
    "PASSPHRASE_ENV",
    "PROBLEM",
    "RECOVERY_ENV",
    "USAGE",
    "VAULT",
    "CliError",
    "accept_older",
    "ask_secret",
    "ask_text",
    "confirm",
    "describe",
    "exit_code",
    "interactive",
    "json_text",
    "open_vault",
    "output_failed",
    "print_table",
    "read_input",
    "read_text",
    "safe",
    "safe_lines",
    "save_disclosed",
    "save_pdf",
    "thousands",
    "tr_cli",
    "tr_messages",
    "writable",
    "write_output",
]

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


def tr_cli(text: str) -> str:
    """The command line's own words (context ``cli`` of the one catalogue), in the language
    chosen (``--language``, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG)."""
    return i18n.translate("cli", text)


def tr_messages(text: str) -> str:
    """A sentence of the core's messages catalogue, translated."""
    return i18n.translate("messages", text)


def describe(exc: TriadError) -> tuple[str, int]:
    """A one-line message (from the catalogue, in the command line's context) and exit code."""
    return sentence(exc, tr_messages, context=Context.CLI), exit_code(exc)


# -- passphrases --
def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _no_terminal(prompt: str, env: str) -> CliError:
    """No terminal to type ``prompt`` (already translated) on: say which variable to set. An
    English prompt is lower-cased inside the sentence, a German noun keeps its capital."""
    what = prompt.lower() if i18n.chosen() == i18n.ENGLISH else prompt
    return CliError(tr_cli("no terminal to ask for the {what}: set {env}").format(
        what=what, env=env))


def ask_secret(env: str, prompt: str, confirm: bool = False) -> str:
    """A secret from ``env``, else typed on the terminal (not shown); ``prompt`` is
    translated by the caller (``tr_cli("Passphrase")``)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not interactive():
        raise _no_terminal(prompt, env)
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(tr_cli("{prompt} (again): ").format(prompt=prompt)) != first:
        raise CliError(tr_cli("the two entries differ; nothing was changed"))
    return first


def ask_text(env: str, prompt: str) -> str:
    """A value from ``env``, else typed on the terminal (shown as typed)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not interactive():
        raise _no_terminal(prompt, env)
    return input(f"{prompt}: ")


YES = ("y", "yes", "j", "ja")  # "[y/N]" in English, "[j/N]" in German: either is understood


def confirm(question: str, without_terminal: str) -> bool:
    """A yes/no question on the terminal (no unless answered y, yes, j or ja); with no
    terminal to ask, CliError(``without_terminal``)."""
    if not interactive():
        raise CliError(without_terminal)
    return input(question).strip().lower() in YES


def open_vault(args: argparse.Namespace) -> Workspace:
    """Unlock as ``--member`` (default: the first member): TRIAD_PASSPHRASE, else quick
    unlock when enabled, else a prompt. A vault older than the one last opened on this
    computer is refused (``VaultOlder``, exit 4) unless ``--accept-older REASON`` is given."""
    ws = _unlock(Path(args.vault), args.member, accept_older(args))
    if ws.behind is not None:  # opened on record although older: said once, on stderr
        print("triad-cli: " + tr_cli("warning: {problem}").format(
            problem=older_vault(ws.behind.missing, ws.behind.day, tr_messages)), file=sys.stderr)
    return ws


def accept_older(args: argparse.Namespace) -> str | None:
    """The ``--accept-older`` reason, if the command was given one."""
    value = getattr(args, "accept_older", None)
    return None if value is None else str(value)


def _unlock(path: Path, member: str | None, older: str | None) -> Workspace:
    if os.environ.get(PASSPHRASE_ENV) is None:
        try:
            return Workspace.open_quick(path, member, accept_older=older)
        except QuickUnlockUnavailable as exc:
            if exc.reason != QuickUnlockReason.NOT_ENABLED:  # on, but failed: say why, once
                reason = quick_unlock_reason(exc.reason, tr_messages, context=Context.CLI)
                print("triad-cli: " + tr_messages(CLI["quick-unlock-fallback"]).format(
                    reason=reason), file=sys.stderr)
    return Workspace.open(path, ask_secret(PASSPHRASE_ENV, tr_cli("Passphrase")), member,
                          accept_older=older)


# -- output --
# What a terminal would act on instead of showing: C0 and C1 control characters (ESC starts an
# escape sequence, CR and BS overwrite, U+009B is an 8-bit CSI) and the bidirectional
# embeddings, overrides and isolates. The core refuses them in names and labels
# (``triad.casefile.validate.label``); free text, an old record or a bug may still hold them.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SHOWN_AS = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _shown(match: re.Match[str]) -> str:
    c = match.group()
    return _SHOWN_AS.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def safe(value: object) -> str:
    """Text from the record, made safe to print on a terminal: every control character and
    text-direction override is shown as an escape (``\\x1b``, ``\\u202e``, ``\\n``), so
    that a name cannot move the cursor, hide text or start a new line. Every command that
    prints record text prints it through this one function."""
    return _TERMINAL_UNSAFE.sub(_shown, str(value))


def safe_lines(lines: Sequence[str]) -> str:
    """Lines built from the record, joined: each through :func:`safe` (a line may start with
    blank lines of its own, kept), so that record text inside a line cannot break it."""
    out = []
    for line in lines:
        body = line.lstrip("\n")
        out.append("\n" * (len(line) - len(body)) + safe(body))
    return "\n".join(out)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(data: Any) -> str:
    """``data`` as indented JSON whose text is terminal-safe: ``json`` already escapes C0
    controls; C1 controls and text-direction overrides are escaped too (``\\u202e``), which
    any JSON reader turns back into the same characters."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_table(rows: Sequence[Sequence[str]]) -> None:
    """Rows (the first is the header) in columns two spaces apart, every cell through
    :func:`safe`."""
    rows = [[safe(cell) for cell in r] for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())


# -- files the user names --
def writable(path: str, pdf: bool = False) -> None:
    """Check an output file before anything is created or changed: a ``.pdf`` name when
    ``pdf``; an existing folder that can be written; not a folder, device node or FIFO
    (InvalidInput ``output-path``, exit 2). A symbolic link is written through."""
    if pdf and not path.lower().endswith(".pdf"):
        raise CliError(tr_cli("the output file name must end in .pdf; nothing was written"))
    output_target(Path(path))


def read_input(path: str, limit: int, what: str, too_large: str = "") -> bytes:
    """The bytes of an input file (``-``: standard input), at most ``limit`` of them: a
    regular file's size is checked before it is read, a device or FIFO is read only up to
    the limit. A usage error (exit 2) when it cannot be read or is larger (``too_large``, if
    given, is then the message)."""
    try:
        if path == "-":
            data: bytes | None = sys.stdin.buffer.read(limit + 1)
            data = None if len(data or b"") > limit else data
        else:
            data = read_limited(Path(path), limit)
    except OSError as exc:
        raise CliError(tr_cli("cannot read {path} ({reason}); nothing was changed").format(
            path=path, reason=os.strerror(exc.errno or 0))) from exc
    if data is None:
        if too_large:
            raise CliError(too_large)
        raise CliError(tr_cli("{path} is larger than {size}, more than any {what}; nothing was "
                              "changed").format(path=path, size=_size_words(limit),
                                                what=tr_cli(what)))
    return data


def read_text(path: str, limit_chars: int, what: str) -> str:
    """A UTF-8 text file of at most ``limit_chars`` characters (usage errors, exit 2)."""
    too_long = tr_cli("the {what} is too long: at most {limit} characters. Shorten it and try "
                      "again").format(what=tr_cli(what), limit=thousands(limit_chars))
    raw = read_input(path, 4 * limit_chars, what, too_large=too_long)  # UTF-8: <= 4 bytes each
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(tr_cli("{path} is not UTF-8 text (byte {byte}); save it as UTF-8 and try "
                              "again").format(path=path, byte=exc.start + 1)) from exc
    if len(text) > limit_chars:
        raise CliError(tr_cli("{problem} (it has {count})").format(
            problem=too_long, count=thousands(len(text))))
    return text


thousands = i18n.thousands  # "100,000" in English, "100.000" in German


# What the commands read (``read_input``'s and ``read_text``'s ``what``), marked for the
# catalogue: the sentences above name it in the language chosen.
INPUT_WORDS = (T_("cli", "note"), T_("cli", "narrative"), T_("cli", "case file"),
               T_("cli", "scan"), T_("cli", "identity card"), T_("cli", "packet"))


def _size_words(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"


def write_output(path: str, data: bytes) -> None:
    """Write a file the user named, atomically (through a symlink to its target). A disk
    that refuses it is an output problem, exit 2 like a broken standard output: the vault
    was not touched (exit 4 stays "the vault cannot be used")."""
    try:
        atomic_write(Path(path), data)
    except StorageFailed as exc:
        raise output_failed(path, exc) from exc


def output_failed(path: str, exc: StorageFailed) -> CliError:
    """The usage error for an output file the disk refused (see :func:`write_output`)."""
    number = exc.data.get("errno")
    reason = os.strerror(number) if isinstance(number, int) else tr_cli("the disk refused it")
    return CliError(tr_cli("cannot write {path} ({reason}); nothing was written").format(
        path=path, reason=reason))


def save_disclosed(ws: Workspace, path: str, data: bytes, what: What, case_ids: Sequence[str],
                   report: str = "", to: To = To.FILE) -> None:
    """Write a file of case content the user named, atomically, and record it in the
    accounting of disclosures (``ws.disclosures.written``: to ``to``, never the path). The one
    way a command writes case content: exported case files, reports, the client's copies, the
    Agenda, private notes. If the disclosure cannot be recorded the file is removed and the
    error reported."""
    ws.disclosures.check(what, case_ids)  # refused before anything is written
    write_output(path, data)
    try:
        ws.disclosures.written(Path(path), what, case_ids, to, report=report)
    except BaseException:
        print(tr_cli("Removed {file}: its disclosure could not be recorded.").format(
            file=safe(path)), file=sys.stderr)
        raise


def save_pdf(path: str, data: bytes) -> None:
    """Write a printable document atomically, only where the user said."""
    writable(path, pdf=True)
    write_output(path, data)
    print(tr_cli("Wrote {file} ({size} KiB).").format(file=path, size=len(data) // 1024 + 1),
          file=sys.stderr)
