"""triad-cli commands for the vault itself: init, verify, backup, restore, recover,
recovery-code, quick-unlock, passwd."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from triad.cli._common import (
    NEW_PASSPHRASE_ENV,
    OK,
    PASSPHRASE_ENV,
    PROBLEM,
    RECOVERY_ENV,
    CliError,
    accept_older,
    ask_secret,
    ask_text,
    open_vault,
    output_failed,
    safe,
    save_pdf,
    writable,
)
from triad.cli.members import credentials
from triad.errors import StorageFailed
from triad.messages import CLI, Context, quick_unlock_reason
from triad.roles import Role
from triad.workspace import VaultReport, Workspace


def print_recovery(code: str, vault: str, first: str) -> None:
    """``first``, then the recovery code; when the output cannot take it, a usage error that
    says how to replace the code nobody saw."""
    try:
        print(first)
        print("\nRecovery code (shown once). Write it down and keep it locked away, apart from")
        print("this computer; it sets a new passphrase if one is forgotten:\n")
        print(f"    {code}\n")
        sys.stdout.flush()
    except OSError as exc:  # the code exists only here: say how to get a new one
        raise CliError(f"cannot write the output ({os.strerror(exc.errno or 0)}), so the new "
                       f"recovery code was not shown: run 'triad-cli recovery-code {vault}' "
                       "to replace it") from exc


def save_sheet(args: argparse.Namespace, code: str) -> None:
    """The recovery code as a printable sheet, where ``--recovery-sheet`` says."""
    if not args.recovery_sheet:
        return
    from triad.clock import local_now
    from triad.reports.service import recovery_sheet

    save_pdf(args.recovery_sheet, recovery_sheet(Path(args.vault).name, code, local_now()))


def cmd_init(args: argparse.Namespace) -> int:
    role = Role.parse(args.role)
    if args.recovery_sheet:
        writable(args.recovery_sheet, pdf=True)  # before the vault exists
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    created = Workspace.create(
        Path(args.vault), name=args.name, role=role, passphrase=passphrase,
        practice_name=args.practice or "", credentials=credentials(args),
    )
    created.workspace.close()
    print_recovery(created.recovery_code, args.vault,
                   f"Created vault {args.vault} with its first member ({role.value}).")
    save_sheet(args, created.recovery_code)
    return OK


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.change_passphrase(ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True))
        print("Passphrase changed.")
    return OK


def print_report(report: VaultReport, where: str) -> int:
    log = report.log
    print(f"vault: {where}")
    print(f"entries: {log.entries} in {log.chains} signed chain(s)")
    problems = [p for p in log.problems if p.code != "database"]
    database = [p for p in log.problems if p.code == "database"]
    print("signatures and hash chains: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for p in problems:
        where_ = (f"entry {p.entry_id}" if p.entry_id else f"member {p.author}" if p.author
                  else f"the verified checkpoint's {p.detail}")
        seq = f" (#{p.seq} of its author's chain)" if p.seq else ""
        print(f"  {p.code}: {where_}{seq}")
    print("database pages and structure: " + ("ok" if not database else "damaged"))
    for p in database:
        print(f"  {safe(p.detail)}")
    if report.weak_slots:
        print(f"warning: {report.weak_slots} key slot(s) use the insecure test KDF profile")
    if report.behind is not None:  # opened on record with --accept-older (else refused)
        print("last opened on this computer: this vault is OLDER (opened with --accept-older; "
              + "the reason is recorded); entries seen here are missing"
              + (f" (at least {report.behind.missing})" if report.behind.missing else ""))
    ok = report.ok
    print("result: " + ("OK" if ok else "PROBLEMS FOUND"))
    return OK if ok else PROBLEM


def cmd_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        return print_report(ws.verify(), args.vault)


def cmd_backup(args: argparse.Namespace) -> int:
    writable(args.file)
    with open_vault(args) as ws:
        try:
            ws.backup(Path(args.file))
        except StorageFailed as exc:  # the backup file, not the vault: an output problem
            raise output_failed(args.file, exc) from exc
        print(f"Backup written to {args.file} (encrypted; opens with a member's passphrase).")
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = ask_secret(PASSPHRASE_ENV, "Passphrase")
    ws, report = Workspace.restore(Path(args.file), Path(args.vault), passphrase, args.member)
    ws.close()
    print(f"Restored into {args.vault}.")
    return print_report(report, args.vault)


def cmd_recover(args: argparse.Namespace) -> int:
    code = ask_text(RECOVERY_ENV, "Recovery code")
    from triad.vault import recovery

    recovery.normalise(code)  # a typo is reported before anything else is asked
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, "New passphrase", confirm=True)
    ws = Workspace.recover(Path(args.vault), code, passphrase, args.member,
                           accept_older=accept_older(args))
    role = ws.actor.role.value
    ws.close()
    print(f"New passphrase set for the {role}. The recovery code still works; replace it with "
          "'triad-cli recovery-code' if it may have been seen.")
    return OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    if args.recovery_sheet:
        writable(args.recovery_sheet, pdf=True)  # before the old code stops working
    with open_vault(args) as ws:
        code = ws.new_recovery_code()
    print_recovery(code, args.vault, "The old recovery code no longer works.")
    save_sheet(args, code)
    return OK


def cmd_quick_unlock(args: argparse.Namespace) -> int:
    if args.action == "status":
        from triad.vault import quickunlock

        reason = quickunlock.status()
        print(CLI["quick-unlock-available"] if reason is None else CLI["quick-unlock-status"]
              .format(reason=quick_unlock_reason(reason, context=Context.CLI)))
        return OK
    ws = Workspace.open(Path(args.vault), ask_secret(PASSPHRASE_ENV, "Passphrase"), args.member,
                        accept_older=accept_older(args))
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
