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
import os
from pathlib import Path

from triad.errors import ExchangeError, PacketRejected
from triad.exchange import PacketImport, read_card
from triad.roles import Role
from triad.vault.files import atomic_write

ROLE_WORDS = {Role.THERAPIST: "therapist", Role.SURROGATE: "surrogate partner",
              Role.SUPERVISOR: "supervisor"}
PACKET_REASONS = {
    "too-large": "the file is too large to be a case packet",
    "not-for-you": "it is not encrypted to your key (meant for someone else, or damaged)",
    "not-decryptable": "it does not decrypt (damaged or truncated)",
    "not-a-packet": "it is not a Triad case packet",
    "packet-version": "it was written by a newer version of Triad",
    "malformed": "its content does not follow the packet format",
    "unknown-sender": "its sender is not one of your contacts; import their identity card first",
    "sender-removed": "its sender was removed from your contacts",
    "bad-signature": "a signature does not verify (altered, or not made by its sender)",
    "wrong-recipient": "it is addressed to someone else",
    "key-conflict": "a member in it has other keys than the same member here",
    "role-conflict": "a member's role in it differs from their role here",
    "member-not-vouched": "it introduces members, which only a therapist's packet may do",
    "duplicate": "an entry appears twice in it",
    "other-case": "an entry belongs to a case the packet does not name",
    "unknown-author": "an entry's author is not known here",
    "not-senders-own": "it carries entries its sender did not write (only therapists relay)",
    "incomplete-for-role": "it leaves out content your role receives whole",
    "role-may-not-write": "an entry was written by a role that may not write it",
    "hash-mismatch": "an entry was altered after it was signed",
    "conflicts-with-vault": "an entry conflicts with the record already in this vault",
    "chain-broken": "an author's chain of entries is broken",
    "author-not-on-case": "an entry's author is not in the case's triad",
    "sender-not-on-case": "its sender is not in the triad of a case it carries",
    "recipient-not-on-case": "you are not in the triad of a case it carries",
    "not-your-session": "a debrief was not written by the session's surrogate partner",
    "second-case-opened": "it opens a case a second time",
    "not-the-case-therapist": "a case was not opened by its therapist",
    "code-mismatch": "a client code inside does not match",
    "before-case-opened": "an entry comes before its case was opened",
    "id-taken": "a record id in it is already used by another case here",
    "unknown-reference": "an entry refers to a record that is not in the case",
    "already-debriefed": "a session is debriefed twice",
    "not-the-author": "an amendment was not made by the entry's author or the therapist",
    "not-amendable": "an amendment changes what may not be changed",
}
EXCHANGE_REASONS: dict[str, tuple[str, int]] = {
    "fingerprint-mismatch": ("the fingerprint does not match this card: do not import it; "
                             "ask its owner for their card again", 1),
    "not-a-card": ("that file is not a Triad identity card", 1),
    "card-version": ("that identity card was written by a newer version of Triad", 1),
    "card-altered": ("that identity card was altered after its owner signed it", 1),
    "own-card": ("that is the card of a member of this vault, not of a contact", 2),
    "key-conflict": ("a contact with that id already has other keys here", 1),
    "role-conflict": ("a contact with that id already has another role here", 1),
    "contact-removed": ("that contact was removed; their packets are refused until you import "
                        "their identity card again", 2),
    "not-a-contact": ("no contact of yours has that name (import their identity card first)", 2),
    "ambiguous-contact": ("more than one contact has that name", 2),
    "therapist-contact": ("a case has one therapist: share it with a surrogate partner or a "
                          "supervisor", 2),
    "not-on-case": ("that contact is not in the case's triad: share the case with them first", 2),
    "nothing-shared": ("you share no case with that contact: a therapist shares a case first", 2),
}


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe_exchange(exc: ExchangeError) -> tuple[str, int]:
    """A one-line message and exit code for an exchange error (no names, no content)."""
    if isinstance(exc, PacketRejected):
        reason = PACKET_REASONS.get(exc.detail, exc.detail)
        where = f" (at {exc.data['item']})" if exc.data.get("item") else ""
        return f"packet rejected: {reason}{where}; nothing was changed", 1
    text, code = EXCHANGE_REASONS.get(exc.detail, (f"exchange refused ({exc.detail})", 2))
    return f"{text}; nothing was changed", code


def _read(path: str) -> bytes:
    from triad.cli import CliError

    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path} ({os.strerror(exc.errno or 0)})") from exc


def cmd_identity_export(args: argparse.Namespace) -> int:
    from triad.cli import open_vault

    ws = open_vault(args)
    try:
        card = ws.exchange.my_card()
    finally:
        ws.close()
    atomic_write(Path(args.output), card.to_bytes())
    print(f"Wrote your identity card to {args.output}: your name, role, credentials and public "
          "keys (nothing secret).")
    print("Give it to the people you exchange case packets with; when they import it, read "
          "them this fingerprint:")
    print(card.fingerprint)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from triad.cli import CliError, interactive, open_vault

    card = read_card(_read(args.card))
    print(f"Identity card of {card.name} ({ROLE_WORDS[card.role]}).")
    print(f"Fingerprint: {card.fingerprint}")
    confirmed = args.confirm_fingerprint
    if confirmed is None:
        if not interactive():
            raise CliError("no terminal to confirm the fingerprint: check it with the card's "
                           "owner, then pass --confirm-fingerprint FP (nothing was imported)")
        answer = input("Ask them to read their fingerprint to you (in person or by phone). "
                       "Does it match? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Not confirmed; nothing was imported.")
            return 1
        confirmed = card.fingerprint
    ws = open_vault(args)
    try:
        added = ws.exchange.import_card(card, confirmed)
    finally:
        ws.close()
    print(f"{added.name} is now a contact ({ROLE_WORDS[added.role]}).")
    return 0


def cmd_case_share(args: argparse.Namespace) -> int:
    from triad.cli import open_vault

    ws = open_vault(args)
    try:
        contact = ws.exchange.find_contact(args.with_)
        change = ws.exchange.share(args.case, contact.member_id)
        code = ws.cases.get(args.case).code
    finally:
        ws.close()
    role = ROLE_WORDS[contact.role]
    if change is None:
        print(f"{contact.name} is already the {role} of case {code}; nothing changed.")
    else:
        print(f"Added {contact.name} to the triad of case {code} as its {role}. Your next "
              "packet to them onboards them.")
    return 0


def cmd_packet_export(args: argparse.Namespace) -> int:
    from triad.cli import open_vault

    ws = open_vault(args)
    try:
        contact = ws.exchange.find_contact(args.to)
        packet = ws.exchange.write_packet(contact.member_id, Path(args.output), args.case)
        codes = ", ".join(ws.cases.get(c).code for c in packet.case_ids)
    finally:
        ws.close()
    parts = [_n(packet.entries, "entry", "entries")]
    if packet.views:
        parts.append(f"{packet.views} redacted for their role")
    if packet.headers:
        parts.append(f"{packet.headers} withheld from their role (signed header only)")
    if not (packet.entries or packet.views or packet.headers):
        parts = ["acknowledgements only"]
    print(f"Wrote packet #{packet.number} to {args.output} for case(s) {codes}: "
          f"{', '.join(parts)}; encrypted to {contact.name}'s key.")
    return 0


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
    if not (r.added or r.headers or r.held or r.released or r.present):
        return f"Imported packet #{r.number} from {who}: acknowledgements only."
    where = f" in case(s) {codes}" if codes else ""
    return f"Imported packet #{r.number} from {who}: {', '.join(parts)}{where}."


def cmd_packet_import(args: argparse.Namespace) -> int:
    from triad.cli import open_vault

    raw = _read(args.file)
    ws = open_vault(args)
    try:
        r = ws.exchange.import_packet(raw)
        sender = ws.members.get(r.sender)
        codes = ", ".join(ws.cases.get(c).code for c in r.case_ids)
    finally:
        ws.close()
    print(_summary(r, f"{sender.name} ({ROLE_WORDS[sender.role]})", codes))
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

    case = sub.add_parser("case", help="share a case with a contact")
    csub = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    p = csub.add_parser("share", help="add a contact to the case's triad (therapist only)",
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE", help="client code, e.g. C-2026-001")
    p.add_argument("--with", dest="with_", required=True, metavar="NAME")
    p.set_defaults(func=cmd_case_share)

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
