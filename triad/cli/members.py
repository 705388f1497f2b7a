"""triad-cli member add / remove / list / credential."""

from __future__ import annotations

import argparse

from triad.casefile.members import Credential
from triad.cli._common import NEW_PASSPHRASE_ENV, OK, ask_secret, open_vault, print_table, tr_cli
from triad.i18n import T_, short_date
from triad.roles import Role

# A member's role in the list's ROLE column, and inside the confirmations' sentences.
ROLE_NAMES = {"therapist": T_("cli", "therapist"), "surrogate": T_("cli", "surrogate"),
              "supervisor": T_("cli", "supervisor")}


def role_name(role: Role) -> str:
    """"therapist" / "Therapeut:in": the role as the command line names it."""
    return tr_cli(ROLE_NAMES.get(role.value, role.value))


def credentials(args: argparse.Namespace) -> tuple[Credential, ...]:
    if not (args.credential_body or args.credential_number):
        return ()
    return (Credential(args.credential_body or "", args.credential_number or "",
                       args.credential_valid_until),)


def credential_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--credential-body", required=required,
                   help=tr_cli("e.g. the licensing board"))
    p.add_argument("--credential-number", required=required,
                   help=tr_cli("the licence or registration number"))
    p.add_argument("--credential-valid-until", metavar="YYYY-MM-DD",
                   help=tr_cli("the last day it is valid (leave out if it does not expire)"))


def cmd_member_credential(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        who = ws.members.find(args.name) if args.name else ws.members.get(ws.actor.member_id)
        (credential,) = credentials(args)
        ws.members.record_credential(who.member_id, credential)
        print(tr_cli("Credential recorded; the audit checks each session against the "
                     "credentials valid on its day."))
    return OK


def cmd_member_add(args: argparse.Namespace) -> int:
    role = Role.parse(args.role)
    with open_vault(args) as ws:
        passphrase = ask_secret(NEW_PASSPHRASE_ENV, tr_cli("The new member's passphrase"),
                                confirm=True)
        ws.members.add(args.name, role, passphrase, credentials(args))
        print(tr_cli("Added a {role}; they unlock with their own passphrase.").format(
            role=role_name(role)))
    return OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        removed = ws.members.remove(args.name)
        print(tr_cli("Removed the {role}; the vault was re-keyed and their passphrase no longer "
                     "opens it. Their signed entries remain.").format(
            role=role_name(removed.role)))
    return OK


def cmd_member_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        members = ws.members.list(include_removed=args.all)
        rows = [(tr_cli("NAME"), tr_cli("ROLE"), tr_cli("CREDENTIALS"), tr_cli("ADDED"),
                 tr_cli("STATUS"))]
        for m in members:
            creds = "; ".join(
                f"{c.body} {c.number}".strip()
                + (tr_cli(" until {day}").format(day=short_date(c.valid_until))
                   if c.valid_until else "")
                for c in m.credentials
            ) or "-"
            status = tr_cli("active") if m.active else tr_cli("removed {day}").format(
                day=short_date(m.removed_at[:10]) if m.removed_at else "")
            me = tr_cli(" (you)") if m.member_id == ws.actor.member_id else ""
            rows.append((m.name + me, role_name(m.role), creds, short_date(m.added_at[:10]), status))
        print_table(rows)
    return OK
