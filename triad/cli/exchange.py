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
from triad.cli._common import confirm, open_vault, read_input, safe, writable, write_output
from triad.exchange import PacketImport, read_card
from triad.exchange.cards import MAX_CARD_BYTES
from triad.exchange.held import HELD_DAYS
from triad.exchange.packets import MAX_PACKET_BYTES
from triad.messages import older_by_peer, release_lapse
from triad.roles import Role
from triad.workspace import Workspace

ROLE_WORDS = {Role.THERAPIST: "therapist", Role.SURROGATE: "surrogate partner",
              Role.SUPERVISOR: "supervisor"}
def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _read(path: str, limit: int, what: str) -> bytes:
    return read_input(path, limit, what)


def cmd_identity_export(args: argparse.Namespace) -> int:
    writable(args.output)
    with open_vault(args) as ws:
        card = ws.exchange.my_card()
    write_output(args.output, card.to_bytes())
    print(f"Wrote your identity card to {args.output}: your name, role, credentials and public "
          "keys (nothing secret).")
    print("Give it to the people you exchange case packets with; when they import it, read "
          "them this fingerprint:")
    print(card.fingerprint)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    card = read_card(_read(args.card, MAX_CARD_BYTES, "identity card"))
    print(f"Identity card of {safe(card.name)} ({ROLE_WORDS[card.role]}).")
    print(f"Fingerprint: {card.fingerprint}")
    confirmed = args.confirm_fingerprint
    if confirmed is None:
        if not confirm("Ask them to read their fingerprint to you (in person or by phone). "
                       "Does it match? [y/N] ",
                       "no terminal to confirm the fingerprint: check it with the card's "
                       "owner, then pass --confirm-fingerprint FP (nothing was imported)"):
            print("Not confirmed; nothing was imported.")
            return 1
        confirmed = card.fingerprint
    with open_vault(args) as ws:
        added = ws.exchange.import_card(card, confirmed)
    print(f"{safe(added.name)} is now a contact ({ROLE_WORDS[added.role]}).")
    return 0


def cmd_case_share(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        contact = ws.exchange.find_contact(args.with_)
        change = ws.exchange.share(args.case, contact.member_id)
        code = ws.cases.get(args.case).code
    role = ROLE_WORDS[contact.role]
    if change is None:
        print(f"{safe(contact.name)} is already the {role} of case {code}; nothing changed.")
    else:
        print(f"Added {safe(contact.name)} to the triad of case {code} as its {role}. Your next "
              "packet to them onboards them.")
    return 0


def cmd_packet_export(args: argparse.Namespace) -> int:
    writable(args.output)
    with open_vault(args) as ws:
        contact = ws.exchange.find_contact(args.to)
        packet = ws.exchange.write_packet(contact.member_id, Path(args.output), args.case)
        codes = ", ".join(ws.cases.get(c).code for c in packet.case_ids)
        left_out = ", ".join(ws.cases.get(c).code for c in packet.withheld)
        why = "; ".join(f"{ws.cases.get(c).code}: {_lapse(ws, c)}" for c in packet.withheld)
    parts = [_n(packet.entries, "entry", "entries")]
    if packet.views:
        parts.append(f"{packet.views} redacted for their role")
    if packet.headers:
        parts.append(f"{packet.headers} withheld from their role (signed header only)")
    if not (packet.entries or packet.views or packet.headers):
        parts = ["acknowledgements only"]
    print(f"Wrote packet #{packet.number} to {args.output} for case(s) {codes}: "
          f"{', '.join(parts)}; encrypted to {safe(contact.name)}'s key.")
    if left_out:
        print(f"Left out: case(s) {left_out}: no release of information is in force ({why}), "
              "so nothing written since it ended was sent. Record the client's new release in "
              "the Triad app, on the Consent tab, before they can be sent again.")
    return 0


def _lapse(ws: Workspace, case_id: str) -> str:
    """Why no release is in force for the case, in words (naming the release)."""
    state = ws.exchange.release(case_id)
    return release_lapse(state.state, (state.since or "")[:10])


def _summary(r: PacketImport, who: str, codes: str) -> str:
    if r.duplicate:
        return "This packet was imported before; nothing changed."
    parts = [_n(r.added, "new entry", "new entries")]
    if r.headers:
        parts.append(f"{r.headers} withheld from your role")
    if r.held:
        parts.append(f"{r.held} held until earlier entries arrive")
    if r.released:
        parts.append(f"{r.released} released from earlier packets")
    if r.present:
        parts.append(f"{r.present} already here")
    if r.expired:
        parts.append(f"{r.expired} that waited over {HELD_DAYS} days for earlier packets "
                     "dropped (their senders' next packets carry them again)")
    if not (r.added or r.headers or r.held or r.released or r.present):
        return f"Imported packet #{r.number} from {who}: acknowledgements only."
    where = f" in case(s) {codes}" if codes else ""
    return f"Imported packet #{r.number} from {who}: {', '.join(parts)}{where}."


def cmd_packet_import(args: argparse.Namespace) -> int:
    raw = _read(args.file, MAX_PACKET_BYTES, "packet")
    with open_vault(args) as ws:
        r = ws.exchange.import_packet(raw)
        sender = ws.members.get(r.sender)
        codes = ", ".join(ws.cases.get(c).code for c in r.case_ids)
    print(_summary(r, f"{safe(sender.name)} ({ROLE_WORDS[sender.role]})", codes))
    if r.older is not None:  # the contact saw a newer state of this vault (issue 18)
        print(f"triad-cli: warning: {older_by_peer(r.older.packets, r.older.entries)}",
              file=sys.stderr)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    identity = sub.add_parser("identity", help="identity cards: export yours, import a contact's")
    isub = identity.add_subparsers(dest="identity_command", required=True, metavar="ACTION")
    p = isub.add_parser("export", help="write your identity card; prints its fingerprint",
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("-o", "--output", required=True, metavar="CARD_FILE")
    p.set_defaults(func=cmd_identity_export)
    p = isub.add_parser("import", help="add a contact from their card, once its fingerprint is "
                        "confirmed", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("card", metavar="CARD_FILE")
    p.add_argument("--confirm-fingerprint", metavar="FP",
                   help="the fingerprint its owner read to you (else you are asked)")
    p.set_defaults(func=cmd_identity_import)

    case = sub.add_parser("case", help="share a case with a contact, hand it over, custody")
    csub = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    p = csub.add_parser("share", help="add a contact to the case's triad (therapist only)",
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE", help="client code, e.g. C-2026-001")
    p.add_argument("--with", dest="with_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_case_share)
    client_copies.add_case_commands(csub, opener)  # case open, case legal-basis (issue 17)
    cases.add_case_status(csub, opener)  # case status: close a case (issue 17)

    packet = sub.add_parser("packet", help="encrypted case packets for contacts")
    psub = packet.add_subparsers(dest="packet_command", required=True, metavar="ACTION")
    p = psub.add_parser("export", help="write a packet with what a contact lacks",
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--case", metavar="CASE", help="only this case (default: every shared case)")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="PACKET_FILE")
    p.set_defaults(func=cmd_packet_export)
    p = psub.add_parser("import", help="import a packet (all or nothing)", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="PACKET_FILE")
    p.set_defaults(func=cmd_packet_import)
