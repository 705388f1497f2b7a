"""triad-cli commands for offline exchange: identity cards, sharing a case, case packets.

    triad-cli identity export VAULT -o CARD_FILE      # prints the fingerprint as its last line
    triad-cli identity import VAULT CARD_FILE [--confirm-fingerprint FP]
    triad-cli case share VAULT CASE --with NAME        # adds the contact to the case (therapist only)
    triad-cli packet export VAULT [--case CASE] --to NAME -o PACKET_FILE
    triad-cli packet import VAULT PACKET_FILE

A rejected card or packet exits 1 with the reason; nothing was changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triad.cli import cases, client_copies
from triad.cli._common import (
    confirm,
    open_vault,
    read_input,
    safe,
    tr_cli,
    tr_messages,
    writable,
    write_output,
)
from triad.cli.words import counted
from triad.exchange import PacketImport, read_card
from triad.exchange.cards import MAX_CARD_BYTES
from triad.exchange.held import HELD_DAYS
from triad.exchange.packets import MAX_PACKET_BYTES
from triad.i18n import T_, short_date
from triad.messages import older_by_peer, release_lapse
from triad.roles import Role
from triad.workspace import Workspace

ROLE_WORDS = {Role.THERAPIST: T_("cli", "therapist"), Role.SURROGATE: T_("cli", "surrogate partner"),
              Role.SUPERVISOR: T_("cli", "supervisor")}


def _role(role: Role) -> str:
    return tr_cli(ROLE_WORDS[role])


def _read(path: str, limit: int, what: str) -> bytes:
    return read_input(path, limit, what)


def cmd_identity_export(args: argparse.Namespace) -> int:
    writable(args.output)
    with open_vault(args) as ws:
        card = ws.exchange.my_card()
    write_output(args.output, card.to_bytes())
    print(tr_cli("Wrote your identity card to {file}: your name, role, credentials and public "
                 "keys (nothing secret).").format(file=args.output))
    print(tr_cli("Give it to the people you exchange case packets with; when they import it, "
                 "read them this fingerprint:"))
    print(card.fingerprint)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    card = read_card(_read(args.card, MAX_CARD_BYTES, tr_cli("identity card")))
    print(tr_cli("Identity card of {name} ({role}).").format(name=safe(card.name),
                                                            role=_role(card.role)))
    print(tr_cli("Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
    confirmed = args.confirm_fingerprint
    if confirmed is None:
        if not confirm(tr_cli("Ask them to read their fingerprint to you (in person or by "
                              "phone). Does it match? [y/N] "),
                       tr_cli("no terminal to confirm the fingerprint: check it with the card's "
                              "owner, then pass --confirm-fingerprint FP (nothing was "
                              "imported)")):
            print(tr_cli("Not confirmed; nothing was imported."))
            return 1
        confirmed = card.fingerprint
    with open_vault(args) as ws:
        added = ws.exchange.import_card(card, confirmed)
    print(tr_cli("{name} is now a contact ({role}).").format(name=safe(added.name),
                                                             role=_role(added.role)))
    return 0


def cmd_case_share(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        contact = ws.exchange.find_contact(args.with_)
        change = ws.exchange.share(args.case, contact.member_id)
        code = ws.cases.get(args.case).code
    role = _role(contact.role)
    if change is None:
        print(tr_cli("{name} is already the {role} of case {code}; nothing changed.").format(
            name=safe(contact.name), role=role, code=code))
    else:
        print(tr_cli("Added {name} to the triad of case {code} as its {role}. Your next packet "
                     "to them onboards them.").format(name=safe(contact.name), code=code,
                                                      role=role))
    return 0


def cmd_packet_export(args: argparse.Namespace) -> int:
    writable(args.output)
    with open_vault(args) as ws:
        contact = ws.exchange.find_contact(args.to)
        packet = ws.exchange.write_packet(contact.member_id, Path(args.output), args.case)
        codes = ", ".join(ws.cases.get(c).code for c in packet.case_ids)
        left_out = ", ".join(ws.cases.get(c).code for c in packet.withheld)
        why = "; ".join(f"{ws.cases.get(c).code}: {_lapse(ws, c)}" for c in packet.withheld)
    parts = [counted(packet.entries, "{n} entry", "{n} entries")]
    if packet.views:
        parts.append(tr_cli("{n} redacted for their role").format(n=packet.views))
    if packet.headers:
        parts.append(tr_cli("{n} withheld from their role (signed header only)").format(
            n=packet.headers))
    if not (packet.entries or packet.views or packet.headers):
        parts = [tr_cli("acknowledgements only")]
    print(tr_cli("Wrote packet #{number} to {file} for case(s) {codes}: {parts}; encrypted to "
                 "{name}'s key.").format(number=packet.number, file=args.output, codes=codes,
                                         parts=", ".join(parts), name=safe(contact.name)))
    if left_out:
        print(tr_cli("Left out: case(s) {codes}: no release of information is in force ({why}), "
                     "so nothing written since it ended was sent. Record the client's new "
                     "release in the Triad app, on the Consent tab, before they can be sent "
                     "again.").format(codes=left_out, why=why))
    return 0


def _lapse(ws: Workspace, case_id: str) -> str:
    """Why no release is in force for the case, in words (naming the release)."""
    state = ws.exchange.release(case_id)
    return release_lapse(state.state, short_date((state.since or "")[:10]), tr_messages)


def _summary(r: PacketImport, who: str, codes: str) -> str:
    if r.duplicate:
        return tr_cli("This packet was imported before; nothing changed.")
    parts = [counted(r.added, "{n} new entry", "{n} new entries")]
    if r.headers:
        parts.append(tr_cli("{n} withheld from your role").format(n=r.headers))
    if r.held:
        parts.append(tr_cli("{n} held until earlier entries arrive").format(n=r.held))
    if r.released:
        parts.append(tr_cli("{n} released from earlier packets").format(n=r.released))
    if r.present:
        parts.append(tr_cli("{n} already here").format(n=r.present))
    if r.expired:
        parts.append(tr_cli("{n} that waited over {days} days for earlier packets dropped "
                            "(their senders' next packets carry them again)").format(
            n=r.expired, days=HELD_DAYS))
    if not (r.added or r.headers or r.held or r.released or r.present):
        return tr_cli("Imported packet #{number} from {who}: acknowledgements only.").format(
            number=r.number, who=who)
    if codes:
        return tr_cli("Imported packet #{number} from {who}: {parts} in case(s) {codes}.").format(
            number=r.number, who=who, parts=", ".join(parts), codes=codes)
    return tr_cli("Imported packet #{number} from {who}: {parts}.").format(
        number=r.number, who=who, parts=", ".join(parts))


def cmd_packet_import(args: argparse.Namespace) -> int:
    raw = _read(args.file, MAX_PACKET_BYTES, tr_cli("packet"))
    with open_vault(args) as ws:
        r = ws.exchange.import_packet(raw)
        sender = ws.members.get(r.sender)
        codes = ", ".join(ws.cases.get(c).code for c in r.case_ids)
    print(_summary(r, f"{safe(sender.name)} ({_role(sender.role)})", codes))
    if r.older is not None:  # the contact saw a newer state of this vault (issue 18)
        print("triad-cli: " + tr_cli("warning: {text}").format(
            text=older_by_peer(r.older.packets, r.older.entries, tr_messages)), file=sys.stderr)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    identity = sub.add_parser("identity", help=tr_cli("identity cards: export yours, import a contact's"))
    isub = identity.add_subparsers(dest="identity_command", required=True, metavar="ACTION")
    p = isub.add_parser("export", help=tr_cli("write your identity card; prints its fingerprint"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("-o", "--output", required=True, metavar="CARD_FILE",
                   help=tr_cli("where to write the card"))
    p.set_defaults(func=cmd_identity_export)
    p = isub.add_parser("import", help=tr_cli("add a contact from their card, once its fingerprint "
                                               "is confirmed"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("card", metavar="CARD_FILE", help=tr_cli("the identity card file (.triadcard)"))
    p.add_argument("--confirm-fingerprint", metavar="FP",
                   help=tr_cli("the fingerprint its owner read to you (else you are asked)"))
    p.set_defaults(func=cmd_identity_import)

    case = sub.add_parser("case", help=tr_cli("share a case with a contact, hand it over, custody"))
    csub = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    p = csub.add_parser("share", help=tr_cli("add a contact to the case's triad (therapist only)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--with", dest="with_", required=True, metavar="NAME",
                   help=tr_cli("the contact, as their card names them"))
    p.set_defaults(func=cmd_case_share)
    client_copies.add_case_commands(csub, opener)  # case open, case legal-basis (issue 17)
    cases.add_case_status(csub, opener)  # case status: close a case (issue 17)

    packet = sub.add_parser("packet", help=tr_cli("encrypted case packets for contacts"))
    psub = packet.add_subparsers(dest="packet_command", required=True, metavar="ACTION")
    p = psub.add_parser("export", help=tr_cli("write a packet with what a contact lacks"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--case", metavar="CASE", help=tr_cli("only this case (default: every shared case)"))
    p.add_argument("--to", required=True, metavar="NAME", help=tr_cli("the contact it is for"))
    p.add_argument("-o", "--output", required=True, metavar="PACKET_FILE",
                   help=tr_cli("where to write the packet"))
    p.set_defaults(func=cmd_packet_export)
    p = psub.add_parser("import", help=tr_cli("import a packet (all or nothing)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("file", metavar="PACKET_FILE", help=tr_cli("the packet file (.triadpacket)"))
    p.set_defaults(func=cmd_packet_import)
