"""``triad-cli``: the command line. Core only -- it never imports Qt.

The parser and :func:`main` live here; the commands live in ``vault`` (init, verify, backup,
restore, recover, recovery-code, quick-unlock, passwd), ``members``, ``cases``, ``aids``, ``audit``,
``reports``, ``exchange``, ``agenda`` and ``custody`` (case transfer, custody take-overs, the
records custodian); what they share (exit codes, the one-line error, unlocking,
tables) in ``_common``.

Exit codes: 0 ok; 1 verification found a problem; 2 bad usage or invalid input;
3 wrong passphrase or unknown member; 4 vault missing, damaged or unreadable, or older than the
one last opened on this computer (refused unless ``--accept-older REASON``).
Errors are one line on stderr, never a traceback, never a name or passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence

from triad import __version__, i18n
from triad.cli._common import OK, USAGE, VAULT, CliError, describe, tr_cli, tr_messages
from triad.cli.members import (
    cmd_member_add,
    cmd_member_credential,
    cmd_member_list,
    cmd_member_remove,
    credential_options,
)
from triad.cli.parser import Parser
from triad.cli.vault import (
    cmd_backup,
    cmd_init,
    cmd_passwd,
    cmd_quick_unlock,
    cmd_recover,
    cmd_recovery_code,
    cmd_restore,
    cmd_verify,
)
from triad.errors import TriadError
from triad.messages import CLI


# -- parser --
def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = Parser(
        prog="triad-cli", description=tr_cli("Triad: encrypted case files for surrogate partner therapy.")
    )
    parser.add_argument("--version", action="version", version=f"triad-cli {__version__}",
                        help=tr_cli("show program's version number and exit"))
    parser.add_argument("--language", choices=["system", *i18n.LANGUAGES], metavar="LANG",
                        help=tr_cli("the language of the output: en, de or system (the default: "
                               "LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    opener = Parser(add_help=False)
    opener.add_argument("--language", choices=["system", *i18n.LANGUAGES], metavar="LANG",
                        default=argparse.SUPPRESS,
                        help=tr_cli("the language of the output and of reports: en, de or system"))
    opener.add_argument("--member", metavar="NAME",
                        help=tr_cli("act as this member (default: the first)"))
    opener.add_argument(
        "--accept-older", metavar="REASON",
        help=tr_cli("open the vault even though it is older than the one last opened on this "
                    "computer (a copy put back), and record REASON in it as a signed entry"))

    def command(name: str, fn: Callable[[argparse.Namespace], int], help_: str,
                parent: argparse._SubParsersAction[argparse.ArgumentParser] = sub,
                opens: bool = True) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[opener] if opens else [])
        p.set_defaults(func=fn)
        return p

    p = command("init", cmd_init, tr_cli("create a vault and its first member"), opens=False)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--name", required=True, help=tr_cli("your name, as the others will see it"))
    p.add_argument("--role", required=True, help=tr_cli("therapist, surrogate or supervisor"))
    p.add_argument("--practice", help=tr_cli("the practice's name (shown on printouts)"))
    p.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help=tr_cli("also save the recovery code as a printable sheet here"))
    credential_options(p)

    member = sub.add_parser("member", help=tr_cli("add, remove or list members"))
    msub = member.add_subparsers(dest="member_command", required=True, metavar="ACTION")
    p = command("add", cmd_member_add, tr_cli("add a member (therapists only)"), msub)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--name", required=True, help=tr_cli("the new member's name"))
    p.add_argument("--role", required=True, help=tr_cli("therapist, surrogate or supervisor"))
    credential_options(p)
    p = command("credential", cmd_member_credential,
                tr_cli("record a credential (a licence, a renewal) for yourself, or as a "
                       "therapist for any member"), msub)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--name", help=tr_cli("the member (default: yourself)"))
    credential_options(p, required=True)
    p = command("remove", cmd_member_remove, tr_cli("remove a member and re-key the vault"), msub)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--name", required=True, help=tr_cli("the member to remove"))
    p = command("list", cmd_member_list, tr_cli("list the members"), msub)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--all", action="store_true", help=tr_cli("include removed members"))

    for name, fn, help_ in (
        ("passwd", cmd_passwd, tr_cli("change your passphrase")),
        ("verify", cmd_verify, tr_cli("check every signature, hash chain and database page")),
    ):
        command(name, fn, help_).add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p = command("recovery-code", cmd_recovery_code,
                tr_cli("replace the recovery code (therapists only)"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help=tr_cli("also save the new code as a printable sheet here"))
    p = command("backup", cmd_backup, tr_cli("write an encrypted backup file"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("file", metavar="FILE", help=tr_cli("the backup file to write"))
    p = command("restore", cmd_restore, tr_cli("restore a backup into a new vault and verify it"))
    p.add_argument("file", metavar="FILE", help=tr_cli("the backup file to restore"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the new vault's folder (it must not exist yet)"))
    p = command("recover", cmd_recover, tr_cli("set a new passphrase with the recovery code"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p = command("quick-unlock", cmd_quick_unlock,
                tr_cli("use the OS keyring to unlock without a passphrase"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("action", choices=["on", "off", "status"],
                   help=tr_cli("on, off, or status (whether it is on for you)"))
    from triad.cli import (
        agenda,
        aids,
        audit,
        cases,
        consent,
        custody,
        exchange,
        notes,
        records,
        reports,
        requests,
        sessions,
        supervision,
    )

    cases.add_commands(sub, opener)
    consent.add_commands(sub, opener)
    aids.add_commands(sub, opener)
    sessions.add_commands(sub, opener)
    audit.add_commands(sub, opener)
    supervision.add_commands(sub, opener)
    reports.add_commands(sub, opener)
    exchange.add_commands(sub, opener)
    agenda.add_commands(sub, opener)
    notes.add_commands(sub, opener)
    records.add_commands(sub, opener)  # retention, dispose (issue 17)
    requests.add_commands(sub, opener)
    custody.add_commands(sub, opener)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from triad.cli.aids import with_default_action
    from triad.cli.notes import with_default_action as note_default

    words = list(sys.argv[1:] if argv is None else argv)
    i18n.use(_language_asked(words))  # before the parser: its help is translated too
    parser = build_parser()
    args = parser.parse_args(note_default(with_default_action(words)))
    code = _run(args)
    try:  # what an error path left in the buffer: the error was reported, the output is lost
        sys.stdout.flush()
    except (OSError, ValueError):
        _drop_output()
    return code


def _language_asked(words: list[str]) -> str | None:
    """``--language de`` or ``--language=de`` anywhere on the line (None: the environment's)."""
    for i, word in enumerate(words):
        if word == "--":
            break
        if word == "--language" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--language="):
            return word.partition("=")[2]
    return None


def _run(args: argparse.Namespace) -> int:
    """Run the command; every failure becomes one line on stderr and an exit code."""
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a full disk or /dev/full is reported here, not at exit
        return code
    except CliError as exc:
        print(f"triad-cli: {exc}", file=sys.stderr)
        return exc.code
    except TriadError as exc:
        message, code = describe(exc)
        print(f"triad-cli: {message}", file=sys.stderr)
        return code
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return OK
    except OSError as exc:  # the output could not be written (input errors are CliErrors)
        _drop_output()
        print("triad-cli: " + tr_messages(CLI["output-failed"]).format(
            reason=os.strerror(exc.errno or 0)),
              file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print(f"triad-cli: {tr_messages(CLI['interrupted'])}", file=sys.stderr)
        return USAGE
    except Exception as exc:  # a bug: say so without leaking content
        print("triad-cli: " + tr_messages(CLI["internal-error"]).format(kind=type(exc).__name__),
              file=sys.stderr)
        return VAULT


def _drop_output() -> None:
    """Forget what could not be written, so that nothing is tried again at exit (which would
    print a traceback-like warning and exit 120)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
