"""triad-cli member add / remove / list / credential."""

from __future__ import annotations

import argparse

from triad.casefile.members import Credential
from triad.cli._common import NEW_PASSPHRASE_ENV, OK, ask_secret, open_vault, print_table
from triad.roles import Role


def credentials(args: argparse.Namespace) -> tuple[Credential, ...]:
    if not (args.credential_body or args.credential_number):
        return ()
    return (Credential(args.credential_body or "", args.credential_number or "",
                       args.credential_valid_until),)


def credential_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--credential-body", required=required, help="e.g. the licensing board")
    p.add_argument("--credential-number", required=required)
    p.add_argument("--credential-valid-until", metavar="YYYY-MM-DD")


def cmd_member_credential(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        who = ws.members.find(args.name) if args.name else ws.members.get(ws.actor.member_id)
        (credential,) = credentials(args)
        ws.members.record_credential(who.member_id, credential)
        print("Credential recorded; the audit checks each session against the credentials "
              "valid on its day.")
    return OK


def cmd_member_add(args: argparse.Namespace) -> int:
    role = Role.parse(args.role)
    with open_vault(args) as ws:
        passphrase = ask_secret(NEW_PASSPHRASE_ENV, "The new member's passphrase", confirm=True)
        ws.members.add(args.name, role, passphrase, credentials(args))
        print(f"Added a {role.value}; they unlock with their own passphrase.")
    return OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        removed = ws.members.remove(args.name)
        print(f"Removed the {removed.role.value}; the vault was re-keyed and their passphrase "
              "no longer opens it. Their signed entries remain.")
    return OK


def cmd_member_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
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
        print_table(rows)
    return OK
