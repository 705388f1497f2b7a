"""triad-cli report consent-copy | client-copy | client-card: the client's own copies (issue 17),
each written and then recorded as one disclosure to the client; and ``case open`` /
``case legal-basis``: a case's GDPR Art. 9 legal basis and jurisdiction."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from triad.casefile.cases import DEFAULT_LEGAL_BASIS, LEGAL_BASES
from triad.casefile.disclosures import To, What
from triad.cli._common import open_vault, save_disclosed, tr_cli, writable
from triad.cli.ids import id_help, unique_prefix
from triad.errors import NotFound, NotFoundCode
from triad.i18n import T_
from triad.workspace import Workspace

WHAT = {"consent-copy": What.CONSENT_COPY, "client-copy": What.CLIENT_COPY,
        "client-card": What.CLIENT_CARD}
CONSENT_HELP = T_("cli", "the consent record's id, or its first {n} or more characters "
                  "(triad-cli show VAULT CASE lists them)")
RECORDED = {"consent-copy": T_("cli", "Recorded the disclosure to the client (consent-copy)."),
            "client-copy": T_("cli", "Recorded the disclosure to the client (client-copy)."),
            "client-card": T_("cli", "Recorded the disclosure to the client (client-card).")}
LEGAL_BASIS_WORDS = {"explicit-consent": T_("cli", "explicit-consent"),
                     "health-care": T_("cli", "health-care")}


def cmd_client_document(args: argparse.Namespace) -> int:
    """Build the document, write it, then record exactly one disclosure to the client; if the
    disclosure cannot be recorded, the file is removed again and the error reported."""
    writable(args.output, pdf=True)  # before the vault is opened or anything is built
    with open_vault(args) as ws:
        case_id = ws.cases.access.resolve(args.case)
        if args.document == "consent-copy":
            data = ws.reports.consent_copy(case_id, _consent_id(ws, case_id, args.consent),
                                           args.page_size)
        elif args.document == "client-copy":
            data = ws.reports.client_copy(case_id, args.with_process_recordings, args.page_size)
        else:
            data = ws.reports.client_card(case_id, args.contact or "", args.page_size)
        save_disclosed(ws, args.output, data, WHAT[args.document], [case_id], to=To.CLIENT)
    print(tr_cli("Wrote {file} ({size} KiB).").format(file=args.output,
                                                      size=len(data) // 1024 + 1),
          file=sys.stderr)
    print(tr_cli(RECORDED[args.document]), file=sys.stderr)
    return 0


def _consent_id(ws: Workspace, case_id: str, key: str) -> str:
    """A consent id from an id or its first characters (triad.cli.ids)."""
    found = unique_prefix(key, (r.consent_id for r in ws.consent.records(case_id)))
    if found is None:
        raise NotFound(NotFoundCode.CONSENT)
    return found


def add_documents(doc: Callable[..., argparse.ArgumentParser]) -> None:
    """The three documents, added to ``triad-cli report`` by its ``doc`` helper."""
    p = doc("consent-copy", tr_cli("the client's copy of a consent record, with every "
                                   "withdrawal (their receipt)"))
    p.add_argument("--consent", required=True, metavar="ID",
                   help=id_help(CONSENT_HELP))
    p.set_defaults(func=cmd_client_document)
    p = doc("client-copy", tr_cli("the client's readable copy of their whole record (names "
                                  "shown)"))
    p.add_argument("--with-process-recordings", action="store_true",
                   help=tr_cli("include the surrogate partner's process recordings (HIPAA leaves "
                               "psychotherapy notes out of the right of access; under GDPR they "
                               "may be in scope: you decide). Private notes are never included."))
    p.set_defaults(func=cmd_client_document)
    p = doc("client-card", tr_cli("the client's one-page card: stop and pause signals, what "
                                  "they consent to now, how to withdraw, who to call"))
    p.add_argument("--contact", metavar="TEXT",
                   help=tr_cli("who to call, as printed, e.g. 'Practice phone 030 1234 5678' "
                               "(without it the card leaves a line to write it on)"))
    p.set_defaults(func=cmd_client_document)


# -- case open / case legal-basis --------------------------------------------------------

def cmd_case_open(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        def member(name: str) -> str:
            return ws.members.find(name).member_id

        client: dict[str, object] = {"legal_basis": args.legal_basis,
                                     "jurisdiction": args.jurisdiction
                                     if args.jurisdiction is not None
                                     else ws.cases.usual_jurisdiction()}
        if args.code:
            client["code"] = args.code
        change = ws.cases.open(client, tuple(member(n) for n in args.surrogate or ()),
                               member(args.supervisor) if args.supervisor else None)
        case = ws.cases.get(str(change.case_id))
    print(tr_cli("Opened case {code} (referral); legal basis: {basis}; jurisdiction: "
                 "{jurisdiction}.").format(code=case.code, basis=_basis(case.client.legal_basis),
                                           jurisdiction=case.client.jurisdiction
                                           or tr_cli("not recorded")))
    return 0


def cmd_case_legal_basis(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        changes = {}
        if args.basis is not None:
            changes["legal_basis"] = args.basis
        if args.jurisdiction is not None:
            changes["jurisdiction"] = args.jurisdiction
        if changes:
            ws.cases.update_client(args.case, **changes)
        c = ws.cases.get(args.case).client
    print(tr_cli("Legal basis: {basis}; jurisdiction: {jurisdiction}.").format(
        basis=_basis(c.legal_basis) if c.legal_basis else tr_cli("not recorded"),
        jurisdiction=c.jurisdiction or tr_cli("not recorded")))
    return 0


def _basis(code: str) -> str:
    """A legal basis as printed: its code in English (what --legal-basis takes), words in
    another language."""
    return tr_cli(LEGAL_BASIS_WORDS[code]) if code in LEGAL_BASIS_WORDS else code


def add_case_commands(csub: argparse._SubParsersAction[argparse.ArgumentParser],
                      opener: argparse.ArgumentParser) -> None:
    """``case open`` and ``case legal-basis``, beside ``case share``."""
    bases = ", ".join(LEGAL_BASES)
    p = csub.add_parser("open", help=tr_cli("open a case as its therapist (status: referral)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--code", metavar="CODE", help=tr_cli("the client code (default: the next free)"))
    p.add_argument("--surrogate", action="append", metavar="NAME",
                   help=tr_cli("a surrogate partner of the triad (repeat for more)"))
    p.add_argument("--supervisor", metavar="NAME", help=tr_cli("the case's supervisor"))
    p.add_argument("--legal-basis", choices=LEGAL_BASES, default=DEFAULT_LEGAL_BASIS,
                   help=tr_cli("GDPR Art. 9 basis: {bases} (default: {default}, 9(2)(a); "
                               "health-care is 9(2)(h))").format(bases=bases,
                                                                 default=DEFAULT_LEGAL_BASIS))
    p.add_argument("--jurisdiction", metavar="TEXT",
                   help=tr_cli("e.g. 'Germany (GDPR)' (default: that of your last case that "
                               "records one)"))
    p.set_defaults(func=cmd_case_open)
    p = csub.add_parser("legal-basis", help=tr_cli("show or change a case's legal basis and "
                                    "jurisdiction (a signed entry)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--basis", choices=LEGAL_BASES,
                   help=tr_cli("GDPR Art. 9 basis: {bases}").format(bases=bases))
    p.add_argument("--jurisdiction", metavar="TEXT",
                   help=tr_cli("e.g. 'Germany (GDPR)'"))
    p.set_defaults(func=cmd_case_legal_basis)
