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
    tr_cli,
    tr_messages,
    writable,
)
from triad.cli.members import credentials, role_name
from triad.errors import StorageFailed
from triad.i18n import translate
from triad.messages import CLI, Context, quick_unlock_reason
from triad.roles import Role
from triad.workspace import VaultReport, Workspace


def print_recovery(code: str, vault: str, first: str) -> None:
    """``first``, then the recovery code; when the output cannot take it, a usage error that
    says how to replace the code nobody saw."""
    try:
        print(first)
        print("\n" + tr_cli("Recovery code (shown once). Write it down and keep it locked away, "
                            "apart from\nthis computer; it sets a new passphrase if one is "
                            "forgotten:") + "\n")
        print(f"    {code}\n")
        sys.stdout.flush()
    except OSError as exc:  # the code exists only here: say how to get a new one
        raise CliError(tr_cli("cannot write the output ({reason}), so the new recovery code was "
                              "not shown: run 'triad-cli recovery-code {vault}' to replace "
                              "it").format(reason=os.strerror(exc.errno or 0),
                                           vault=vault)) from exc


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
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, tr_cli("New passphrase"), confirm=True)
    created = Workspace.create(
        Path(args.vault), name=args.name, role=role, passphrase=passphrase,
        practice_name=args.practice or "", credentials=credentials(args),
    )
    created.workspace.close()
    print_recovery(created.recovery_code, args.vault,
                   tr_cli("Created vault {vault} with its first member ({role}).").format(
                       vault=args.vault, role=role_name(role)))
    save_sheet(args, created.recovery_code)
    return OK


def cmd_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.change_passphrase(ask_secret(NEW_PASSPHRASE_ENV, tr_cli("New passphrase"),
                                        confirm=True))
        print(tr_cli("Passphrase changed."))
    return OK


def print_report(report: VaultReport, where: str) -> int:
    log = report.log
    print(tr_cli("vault: {where}").format(where=where))
    print(translate("cli", "entries: {entries} in %n signed chain(s)", n=log.chains).format(
        entries=log.entries))
    problems = [p for p in log.problems if p.code != "database"]
    database = [p for p in log.problems if p.code == "database"]
    print(tr_cli("signatures and hash chains: ") + (
        tr_cli("ok") if not problems else translate("cli", "%n problem(s)", n=len(problems))))
    for p in problems:
        where_ = (tr_cli("entry {id}").format(id=p.entry_id) if p.entry_id
                  else tr_cli("member {id}").format(id=p.author) if p.author
                  else tr_cli("the verified checkpoint's {detail}").format(detail=p.detail))
        seq = tr_cli(" (#{seq} of its author's chain)").format(seq=p.seq) if p.seq else ""
        print(f"  {p.code}: {where_}{seq}")
    print(tr_cli("database pages and structure: ") + (tr_cli("ok") if not database
                                                        else tr_cli("damaged")))
    for p in database:
        print(f"  {safe(p.detail)}")
    if report.weak_slots:
        print(translate("cli", "warning: %n key slot(s) use the insecure test KDF profile",
                        n=report.weak_slots))
    if report.behind is not None:  # opened on record with --accept-older (else refused)
        print(tr_cli("last opened on this computer: this vault is OLDER (opened with "
                     "--accept-older; the reason is recorded); entries seen here are missing")
              + (tr_cli(" (at least {count})").format(count=report.behind.missing)
                 if report.behind.missing else ""))
    ok = report.ok
    print(tr_cli("result: ") + (tr_cli("OK") if ok else tr_cli("PROBLEMS FOUND")))
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
        print(tr_cli("Backup written to {file} (encrypted; opens with a member's "
                     "passphrase).").format(file=args.file))
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = ask_secret(PASSPHRASE_ENV, tr_cli("Passphrase"))
    ws, report = Workspace.restore(Path(args.file), Path(args.vault), passphrase, args.member)
    ws.close()
    print(tr_cli("Restored into {vault}.").format(vault=args.vault))
    return print_report(report, args.vault)


def cmd_recover(args: argparse.Namespace) -> int:
    code = ask_text(RECOVERY_ENV, tr_cli("Recovery code"))
    from triad.vault import recovery

    recovery.normalise(code)  # a typo is reported before anything else is asked
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, tr_cli("New passphrase"), confirm=True)
    ws = Workspace.recover(Path(args.vault), code, passphrase, args.member,
                           accept_older=accept_older(args))
    role = role_name(ws.actor.role)
    ws.close()
    print(tr_cli("New passphrase set for the {role}. The recovery code still works; replace it "
                 "with 'triad-cli recovery-code' if it may have been seen.").format(role=role))
    return OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    if args.recovery_sheet:
        writable(args.recovery_sheet, pdf=True)  # before the old code stops working
    with open_vault(args) as ws:
        code = ws.new_recovery_code()
    print_recovery(code, args.vault, tr_cli("The old recovery code no longer works."))
    save_sheet(args, code)
    return OK


def cmd_quick_unlock(args: argparse.Namespace) -> int:
    if args.action == "status":
        from triad.vault import quickunlock

        reason = quickunlock.status()
        print(tr_messages(CLI["quick-unlock-available"]) if reason is None
              else tr_messages(CLI["quick-unlock-status"]).format(
                  reason=quick_unlock_reason(reason, tr_messages, context=Context.CLI)))
        return OK
    ws = Workspace.open(Path(args.vault), ask_secret(PASSPHRASE_ENV, tr_cli("Passphrase")),
                        args.member,
                        accept_older=accept_older(args))
    try:
        if args.action == "on":
            ws.enable_quick_unlock()
            print(tr_cli("Quick unlock enabled: the OS keyring now holds a key for this vault."))
        else:
            ws.disable_quick_unlock()
            print(tr_cli("Quick unlock disabled."))
    finally:
        ws.close()
    return OK
