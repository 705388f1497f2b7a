"""triad-cli case transfer / custody / countersign-custody / custody-requests, and
practice custodian (issue 17: hand-over and the records custodian)."""

from __future__ import annotations

import argparse

from triad.cli._common import OK, open_vault, print_table, safe, tr_cli
from triad.errors import UnknownMember
from triad.i18n import T_, short_date
from triad.workspace import Workspace

GROUND_WORDS = {"departed": T_("cli", "departed"), "incapacitated": T_("cli", "incapacitated")}


def _name(ws: Workspace, member_id: str) -> str:
    try:
        return ws.members.get(member_id).name
    except UnknownMember:
        return tr_cli("an unknown member")


def cmd_case_transfer(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        to = ws.members.find(args.to)
        case = ws.cases.get(args.case)
        ws.handover.transfer(case.case_id, to.member_id, args.reason or "")
        print(tr_cli("Handed {code} over to {name}: they hold the case now (export, sharing, "
                     "reports), and it has left your case list. Packets now go to them.").format(
            code=case.code, name=safe(to.name)))
    return OK


def cmd_case_custody(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        change = ws.custody.request(args.case, args.reason)
        code = ws.vault.db.one("SELECT code FROM cases WHERE case_id=?", (change.case_id,))
        print(tr_cli("Asked for custody of {code}; it moves to you when the case's supervisor "
                     "countersigns ('triad-cli case countersign-custody').").format(
            code=code[0] if code else args.case))
    return OK


def cmd_case_countersign(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        request = next((r for r in ws.custody.pending(args.case)), None)
        ws.custody.countersign(args.case, args.comment or "")
        who = _name(ws, request.custodian_id) if request else tr_cli("the records custodian")
        print(tr_cli("Countersigned: {name} holds the case now.").format(name=safe(who)))
    return OK


def cmd_custody_requests(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        pending = ws.custody.pending()
        if not pending:
            print(tr_cli("No take-over awaits a countersignature."))
            return OK
        rows = [(tr_cli("CASE"), tr_cli("CUSTODIAN"), tr_cli("FROM"), tr_cli("GROUND"),
                 tr_cli("ASKED"), tr_cli("REASON"))]
        for r in pending:
            rows.append((r.code, safe(_name(ws, r.custodian_id)), safe(_name(ws, r.from_id)),
                         tr_cli(GROUND_WORDS[r.ground]) if r.ground in GROUND_WORDS else r.ground,
                         short_date(r.on), safe(r.reason)))
        print_table(rows)
    return OK


def cmd_practice_custodian(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.none:
            ws.custody.name_custodian(None)
            print(tr_cli("The practice has no records custodian now."))
            return OK
        if args.name:
            member = ws.members.find(args.name)
            ws.custody.name_custodian(member.member_id)
        current = ws.custody.records_custodian()
        if current is None:
            print(tr_cli("The practice has no records custodian. Name one with "
                         "'triad-cli practice custodian VAULT --name NAME'."))
        else:
            print(tr_cli("Records custodian: {name}. They may take custody of a departed or "
                         "incapacitated therapist's cases, with the supervisor's "
                         "countersignature.").format(name=safe(current.name)))
    return OK


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    # the ``case`` group is the exchange module's (``case share``): these join it
    csub = next(a for a in sub.choices["case"]._actions
                if isinstance(a, argparse._SubParsersAction))
    p = csub.add_parser("transfer", parents=[opener],
                        help=tr_cli("hand a case you hold over to another therapist of the practice"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--to", required=True, metavar="NAME", help=tr_cli("the therapist taking it"))
    p.add_argument("--reason", metavar="TEXT", help=tr_cli("why (kept with the record)"))
    p.set_defaults(func=cmd_case_transfer)
    p = csub.add_parser("custody", parents=[opener],
                        help=tr_cli("as the records custodian, ask for custody of a departed or "
                                    "incapacitated therapist's case"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help=tr_cli("why (kept with the record)"))
    p.set_defaults(func=cmd_case_custody)
    p = csub.add_parser("countersign-custody", parents=[opener],
                        help=tr_cli("as the case's supervisor, countersign a custody take-over"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--comment", metavar="TEXT", help=tr_cli("a comment kept with it"))
    p.set_defaults(func=cmd_case_countersign)
    p = csub.add_parser("custody-requests", parents=[opener],
                        help=tr_cli("take-overs awaiting a supervisor's countersignature"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.set_defaults(func=cmd_custody_requests)

    practice = sub.add_parser("practice", help=tr_cli("practice settings"))
    psub = practice.add_subparsers(dest="practice_command", required=True, metavar="SETTING")
    p = psub.add_parser("custodian", parents=[opener],
                        help=tr_cli("show or name the records custodian (a therapist member)"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    who = p.add_mutually_exclusive_group()
    who.add_argument("--name", metavar="NAME", help=tr_cli("the therapist to name"))
    who.add_argument("--none", action="store_true", help=tr_cli("name no one"))
    p.set_defaults(func=cmd_practice_custodian)
