"""``triad-cli``: the command line. Core only -- it never imports Qt.

Exit codes: 0 ok; 1 verification found a problem; 2 bad usage or invalid input;
3 wrong passphrase or unknown member; 4 vault missing, damaged or unreadable.
Errors are one line on stderr, never a traceback, never a name or passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from triad import __version__
from triad.casefile.members import Credential
from triad.errors import (
    AccessDenied,
    ConsentViolation,
    ExchangeError,
    InvalidInput,
    InvalidRecoveryCode,
    NotFound,
    PermissionDenied,
    QuickUnlockUnavailable,
    StorageFailed,
    TriadError,
    UnknownMember,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from triad.roles import Role
from triad.workspace import VaultReport, Workspace

OK, PROBLEM, USAGE, AUTH, VAULT = 0, 1, 2, 3, 4
PASSPHRASE_ENV = "TRIAD_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TRIAD_NEW_PASSPHRASE"
RECOVERY_ENV = "TRIAD_RECOVERY_CODE"


class CliError(Exception):
    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


# -- messages: the one place that turns core errors into sentences for the command line --
_INVALID = {
    "name-taken": "a member with that name already exists in this vault",
    "passphrase-too-short": "the passphrase must have at least 8 characters",
    "role": "the role must be therapist, surrogate or supervisor",
    "name": "the name must not be empty (at most 200 characters)",
    "cannot-remove-self": "you cannot remove yourself; ask another therapist",
    "last-therapist": "the last therapist cannot be removed: add another therapist first",
    "date": "dates are written YYYY-MM-DD",
    "path": "that is not a usable vault path",
}
_QUICK = {
    "no-keyring": "no keyring service is running on this computer",
    "plaintext-keyring": "the keyring here stores secrets in plain text, which Triad refuses",
    "keyring-error": "the keyring refused the request",
    "not-enabled": "quick unlock is not enabled for this member",
    "key-missing": "the keyring no longer holds this vault's key; unlock with the passphrase",
}
_VAULT = {
    "busy": "the vault is busy in another Triad window or command; try again in a moment",
    "in-use": "the vault is open in another Triad window or command; close it and try again",
    "no-recovery-slot": "this vault has no recovery code; a therapist can create one",
}


def describe(exc: TriadError) -> tuple[str, int]:
    """A one-line message and exit code for a core error."""
    if isinstance(exc, InvalidRecoveryCode):
        if exc.detail == "checksum":
            return "the recovery code has a typo (its check characters do not match)", USAGE
        return "a recovery code has 30 letters and digits in six groups of five", USAGE
    if isinstance(exc, VaultExists):
        return f"{exc.detail} already exists; choose a new path (nothing was changed)", USAGE
    if isinstance(exc, InvalidInput) and exc.detail == "case-file":
        return f"invalid case file at {exc.data.get('path')}: {exc.data.get('reason')} " \
               "(nothing was imported)", USAGE
    if isinstance(exc, InvalidInput):
        where = f" ({exc.data['field']})" if exc.data.get("field") else ""
        return _INVALID.get(exc.detail, f"invalid input: {exc.detail}{where}"), USAGE
    if isinstance(exc, PermissionDenied):
        if exc.detail == "role":
            return f"your role ({exc.data.get('role')}) may not do this", USAGE
        if exc.detail == "not-on-case":
            return "you are not a member of that case's triad", USAGE
        return f"permission denied ({exc.detail})", USAGE
    if isinstance(exc, WrongPassphrase):
        return "wrong passphrase", AUTH
    if isinstance(exc, UnknownMember):
        return "unknown member: no current member of this vault has that name", AUTH
    if isinstance(exc, AccessDenied):
        return "access denied", AUTH
    if isinstance(exc, ConsentViolation):
        return (f"consent in force at {exc.at.replace('T', ' ')} does not cover: "
                f"{', '.join(exc.missing)}"), USAGE
    if isinstance(exc, NotFound):
        return f"no such {exc.detail} (or you are not on that case)", USAGE
    if isinstance(exc, VaultMissing):
        return f"no vault at {exc.detail}: check the path, or create one with 'triad-cli init'", VAULT
    if isinstance(exc, VaultDamaged):
        return (
            f"the vault is damaged ({exc.detail}): nothing was changed; restore it from a backup",
            VAULT,
        )
    if isinstance(exc, VaultTooNew):
        return "this vault was written by a newer version of Triad; update Triad to open it", VAULT
    if isinstance(exc, StorageFailed):
        return "could not write to the disk (full or read-only?); nothing was changed", VAULT
    if isinstance(exc, VaultError):
        return _VAULT.get(exc.detail, f"the vault cannot be used ({exc.detail})"), VAULT
    if isinstance(exc, QuickUnlockUnavailable):
        return f"quick unlock is unavailable: {_QUICK.get(exc.reason, exc.reason)}", USAGE
    if isinstance(exc, ExchangeError):
        from triad.cli.exchange import describe_exchange

        return describe_exchange(exc)
    return f"error ({exc.code})", VAULT


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


def _print_recovery(code: str) -> None:
    print("\nRecovery code (shown once). Write it down and keep it locked away, apart from")
    print("this computer; it sets a new passphrase if one is forgotten:\n")
    print(f"    {code}\n")


# -- commands --
def cmd_init(args: argparse.Namespace) -> int:
    role = Role.parse(args.role)
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    created = Workspace.create(
        Path(args.vault), name=args.name, role=role, passphrase=passphrase,
        practice_name=args.practice or "",
    )
    created.workspace.close()
    print(f"Created vault {args.vault} with its first member ({role.value}).")
    _print_recovery(created.recovery_code)
    _save_sheet(args, created.recovery_code)
    return OK


def _save_sheet(args: argparse.Namespace, code: str) -> None:
    if not args.recovery_sheet:
        return
    from triad.cli.reports import save_pdf
    from triad.clock import local_now
    from triad.reports.service import recovery_sheet

    save_pdf(args.recovery_sheet, recovery_sheet(Path(args.vault).name, code, local_now()))


def _credentials(args: argparse.Namespace) -> tuple[Credential, ...]:
    if not (args.credential_body or args.credential_number):
        return ()
    return (Credential(args.credential_body or "", args.credential_number or "",
                       args.credential_valid_until),)


def cmd_member_add(args: argparse.Namespace) -> int:
    role = Role.parse(args.role)
    ws = open_vault(args)
    try:
        passphrase = ask_secret(NEW_PASSPHRASE_ENV, "The new member's passphrase", confirm=True)
        ws.members.add(args.name, role, passphrase, _credentials(args))
        print(f"Added a {role.value}; they unlock with their own passphrase.")
    finally:
        ws.close()
    return OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        removed = ws.members.remove(args.name)
        print(f"Removed the {removed.role.value}; the vault was re-keyed and their passphrase "
              "no longer opens it. Their signed entries remain.")
    finally:
        ws.close()
    return OK


def cmd_member_list(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        members = ws.members.list(include_removed=args.all)
        rows = [("NAME", "ROLE", "CREDENTIALS", "ADDED", "STATUS")]
        for m in members:
            creds = "; ".join(
                f"{c.body} {c.number}".strip() + (f" until {c.valid_until}" if c.valid_until else "")
                for c in m.credentials
            ) or "-"
            status = "active" if m.active else f"removed {m.removed_at[:10] if m.removed_at else ''}"
            me = " (you)" if m.member_id == ws.actor.member_id else ""
            rows.append((m.name + me, m.role.value, creds, m.added_at[:10], status))
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    finally:
        ws.close()
    return OK


def cmd_passwd(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        ws.change_passphrase(ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True))
        print("Passphrase changed.")
    finally:
        ws.close()
    return OK


def print_report(report: VaultReport, where: str) -> int:
    log = report.log
    print(f"vault: {where}")
    print(f"entries: {log.entries} in {log.chains} signed chain(s)")
    problems = [p for p in log.problems if p.code != "database"]
    database = [p for p in log.problems if p.code == "database"]
    print("signatures and hash chains: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for p in problems:
        where_ = f"entry {p.entry_id}" if p.entry_id else f"member {p.author}"
        seq = f" (#{p.seq} of its author's chain)" if p.seq else ""
        print(f"  {p.code}: {where_}{seq}")
    print("database pages and structure: " + ("ok" if not database else "damaged"))
    for p in database:
        print(f"  {p.detail}")
    if report.weak_slots:
        print(f"warning: {report.weak_slots} key slot(s) use the insecure test KDF profile")
    print("result: " + ("OK" if report.ok else "PROBLEMS FOUND"))
    return OK if report.ok else PROBLEM


def cmd_verify(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        return print_report(ws.verify(), args.vault)
    finally:
        ws.close()


def cmd_backup(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        ws.backup(Path(args.file))
        print(f"Backup written to {args.file} (encrypted; opens with a member's passphrase).")
    finally:
        ws.close()
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = ask_secret(PASSPHRASE_ENV, "Passphrase")
    ws, report = Workspace.restore(Path(args.file), Path(args.vault), passphrase, args.member)
    ws.close()
    print(f"Restored into {args.vault}.")
    return print_report(report, args.vault)


def cmd_recover(args: argparse.Namespace) -> int:
    code = os.environ.get(RECOVERY_ENV)
    if code is None:
        if not interactive():
            raise CliError(f"no terminal to ask for the recovery code: set {RECOVERY_ENV}")
        code = input("Recovery code: ")
    from triad.vault import recovery

    recovery.normalise(code)  # a typo is reported before anything else is asked
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    ws = Workspace.recover(Path(args.vault), code, passphrase, args.member)
    role = ws.actor.role.value
    ws.close()
    print(f"New passphrase set for the {role}. The recovery code still works; replace it with "
          "'triad-cli recovery-code' if it may have been seen.")
    return OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    ws = open_vault(args)
    try:
        code = ws.new_recovery_code()
    finally:
        ws.close()
    print("The old recovery code no longer works.")
    _print_recovery(code)
    _save_sheet(args, code)
    return OK


def cmd_quick_unlock(args: argparse.Namespace) -> int:
    if args.action == "status":
        from triad.vault import quickunlock

        reason = quickunlock.status()
        print("available" if reason is None else f"unavailable: {_QUICK.get(reason, reason)}")
        return OK
    ws = Workspace.open(Path(args.vault), ask_secret(PASSPHRASE_ENV, "Passphrase"), args.member)
    try:
        if args.action == "on":
            ws.enable_quick_unlock()
            print("Quick unlock enabled: the OS keyring now holds a key for this vault.")
        else:
            ws.disable_quick_unlock()
            print("Quick unlock disabled.")
    finally:
        ws.close()
    return OK


# -- parser --
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triad-cli", description="Triad: encrypted case files for surrogate partner therapy."
    )
    parser.add_argument("--version", action="version", version=f"triad-cli {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    opener = argparse.ArgumentParser(add_help=False)
    opener.add_argument("--member", metavar="NAME", help="act as this member (default: the first)")

    def command(name: str, fn: Callable[[argparse.Namespace], int], help_: str,
                parent: argparse._SubParsersAction[argparse.ArgumentParser] = sub,
                opens: bool = True) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_, parents=[opener] if opens else [])
        p.set_defaults(func=fn)
        return p

    p = command("init", cmd_init, "create a vault and its first member", opens=False)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help="therapist, surrogate or supervisor")
    p.add_argument("--practice", help="the practice's name (shown on printouts)")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help="also save the recovery code as a printable sheet here")

    member = sub.add_parser("member", help="add, remove or list members")
    msub = member.add_subparsers(dest="member_command", required=True, metavar="ACTION")
    p = command("add", cmd_member_add, "add a member (therapists only)", msub)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True)
    p.add_argument("--credential-body", help="e.g. the licensing board")
    p.add_argument("--credential-number")
    p.add_argument("--credential-valid-until", metavar="YYYY-MM-DD")
    p = command("remove", cmd_member_remove, "remove a member and re-key the vault", msub)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--name", required=True)
    p = command("list", cmd_member_list, "list the members", msub)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--all", action="store_true", help="include removed members")

    for name, fn, help_ in (
        ("passwd", cmd_passwd, "change your passphrase"),
        ("verify", cmd_verify, "check every signature, hash chain and database page"),
    ):
        command(name, fn, help_).add_argument("vault", metavar="VAULT")
    p = command("recovery-code", cmd_recovery_code, "replace the recovery code (therapists only)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help="also save the new code as a printable sheet here")
    p = command("backup", cmd_backup, "write an encrypted backup file")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE")
    p = command("restore", cmd_restore, "restore a backup into a new vault and verify it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("vault", metavar="VAULT")
    p = command("recover", cmd_recover, "set a new passphrase with the recovery code")
    p.add_argument("vault", metavar="VAULT")
    p = command("quick-unlock", cmd_quick_unlock, "use the OS keyring to unlock without a passphrase")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("action", choices=["on", "off", "status"])
    from triad.cli import audit, cases, exchange, reports

    cases.add_commands(sub, opener)
    audit.add_commands(sub, opener)
    reports.add_commands(sub, opener)
    exchange.add_commands(sub, opener)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
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
    except KeyboardInterrupt:
        print("triad-cli: interrupted; nothing further was changed", file=sys.stderr)
        return USAGE
    except Exception as exc:  # a bug: say so without leaking content
        print(f"triad-cli: unexpected internal error ({type(exc).__name__})", file=sys.stderr)
        return VAULT


if __name__ == "__main__":
    sys.exit(main())
