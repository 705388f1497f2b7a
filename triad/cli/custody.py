"""triad-cli case transfer / custody / countersign-custody / custody-requests, and
practice custodian (issue 17: hand-over and the records custodian)."""

from __future__ import annotations

import argparse

from triad.cli._common import OK, open_vault, print_table, safe
from triad.errors import UnknownMember
from triad.workspace import Workspace


def _name(ws: Workspace, member_id: str) -> str:
    try:
        return ws.members.get(member_id).name
    except UnknownMember:
        return "an unknown member"


def cmd_case_transfer(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        to = ws.members.find(args.to)
        case = ws.cases.get(args.case)
        ws.handover.transfer(case.case_id, to.member_id, args.reason or "")
        print(f"Handed {case.code} over to {safe(to.name)}: they hold the case now (export, "
              "sharing, reports), and it has left your case list. Packets now go to them.")
    return OK


def cmd_case_custody(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        change = ws.custody.request(args.case, args.reason)
        code = ws.vault.db.one("SELECT code FROM cases WHERE case_id=?", (change.case_id,))
        print(f"Asked for custody of {code[0] if code else args.case}; it moves to you when the "
              "case's supervisor countersigns ('triad-cli case countersign-custody').")
    return OK


def cmd_case_countersign(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        request = next((r for r in ws.custody.pending(args.case)), None)
        ws.custody.countersign(args.case, args.comment or "")
        who = _name(ws, request.custodian_id) if request else "the records custodian"
        print(f"Countersigned: {safe(who)} holds the case now.")
    return OK


def cmd_custody_requests(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        pending = ws.custody.pending()
        if not pending:
            print("No take-over awaits a countersignature.")
            return OK
        rows = [("CASE", "CUSTODIAN", "FROM", "GROUND", "ASKED", "REASON")]
        for r in pending:
            rows.append((r.code, safe(_name(ws, r.custodian_id)), safe(_name(ws, r.from_id)),
                         r.ground, r.on, safe(r.reason)))
        print_table(rows)
    return OK


def cmd_practice_custodian(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.none:
            ws.custody.name_custodian(None)
            print("The practice has no records custodian now.")
            return OK
        if args.name:
            member = ws.members.find(args.name)
            ws.custody.name_custodian(member.member_id)
        current = ws.custody.records_custodian()
        if current is None:
            print("The practice has no records custodian. Name one with "
                  "'triad-cli practice custodian VAULT --name NAME'.")
        else:
            print(f"Records custodian: {safe(current.name)}. They may take custody of a "
                  "departed or incapacitated therapist's cases, with the supervisor's "
                  "countersignature.")
    return OK


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    # the ``case`` group is the exchange module's (``case share``): these join it
    csub = next(a for a in sub.choices["case"]._actions
                if isinstance(a, argparse._SubParsersAction))
    p = csub.add_parser("transfer", parents=[opener],
                        help="hand a case you hold over to another therapist of the practice")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE", help="client code, e.g. C-2026-001")
    p.add_argument("--to", required=True, metavar="NAME", help="the therapist taking it")
    p.add_argument("--reason", metavar="TEXT", help="why (kept with the record)")
    p.set_defaults(func=cmd_case_transfer)
    p = csub.add_parser("custody", parents=[opener],
                        help="as the records custodian, ask for custody of a departed or "
                             "incapacitated therapist's case")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=cmd_case_custody)
    p = csub.add_parser("countersign-custody", parents=[opener],
                        help="as the case's supervisor, countersign a custody take-over")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--comment", metavar="TEXT")
    p.set_defaults(func=cmd_case_countersign)
    p = csub.add_parser("custody-requests", parents=[opener],
                        help="take-overs awaiting a supervisor's countersignature")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_custody_requests)

    practice = sub.add_parser("practice", help="practice settings")
    psub = practice.add_subparsers(dest="practice_command", required=True, metavar="SETTING")
    p = psub.add_parser("custodian", parents=[opener],
                        help="show or name the records custodian (a therapist member)")
    p.add_argument("vault", metavar="VAULT")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--name", metavar="NAME", help="the therapist to name")
    who.add_argument("--none", action="store_true", help="name no one")
    p.set_defaults(func=cmd_practice_custodian)
