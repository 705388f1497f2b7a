"""triad-cli report …: printable documents, written atomically only where the user says."""

from __future__ import annotations

import argparse
import sys

from triad.casefile.disclosures import What
from triad.cli import client_copies
from triad.cli._common import open_vault, read_text, save_disclosed, tr_cli, writable
from triad.cli.consent import add_form_language
from triad.reports.service import MAX_NARRATIVE_CHARS


def cmd_report(args: argparse.Namespace) -> int:
    writable(args.output, pdf=True)  # before the vault is opened or anything is built
    narrative = ""
    if args.document == "progress" and args.narrative_file:
        narrative = read_text(args.narrative_file, MAX_NARRATIVE_CHARS, "narrative")
    with open_vault(args) as ws:
        reports = ws.reports
        if args.document == "progress":
            data = reports.progress(args.case, args.start, args.end, args.show_names, args.page_size,
                                    narrative)
            cases = [args.case]
        elif args.document == "audit":
            data = reports.audit(args.case, args.page_size)
            cases = ws.audit.cases(args.case)
        elif args.document == "consent-form":
            data = reports.consent_form(args.case, args.form, args.show_names, args.page_size,
                                        args.form_language)
            cases = [args.case]
        elif args.document == "disclosures":
            data = reports.disclosures(args.case, args.page_size)
            cases = reports.disclosure_cases(args.case)
        else:
            session = reports.find_session(args.case, args.session)
            data = reports.debrief(session, args.show_names, args.page_size)
            cases = [args.case]
        # the report is written, then recorded in the accounting of disclosures
        save_disclosed(ws, args.output, data, What.REPORT, cases, report=args.document)
    print(tr_cli("Wrote {file} ({size} KiB).").format(file=args.output, size=len(data) // 1024 + 1),
          file=sys.stderr)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help="printable PDF documents")
    rsub = report.add_subparsers(dest="document", required=True, metavar="DOCUMENT")

    def doc(name: str, help_: str, case: bool = True) -> argparse.ArgumentParser:
        p = rsub.add_parser(name, help=help_, parents=[opener])
        p.add_argument("vault", metavar="VAULT")
        if case:
            p.add_argument("case", metavar="CASE")
        p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        p.add_argument("--page-size", choices=["A4", "letter"], default="A4")
        p.set_defaults(func=cmd_report)
        return p

    p = doc("progress", "progress summary of one case")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument("--show-names", action="store_true", help="print the client's legal name")
    p.add_argument("--narrative-file", metavar="FILE", help="the therapist's narrative (text)")
    p = doc("audit", "consent audit report", case=False)
    p.add_argument("--case", metavar="CASE")
    p = doc("consent-form", "a consent form to print and sign")
    p.add_argument("--form", required=True, metavar="FORM_ID",
                   help="informed-consent, release-of-information, triad-agreement, "
                        "therapeutic-aids, outcome-data")
    p.add_argument("--show-names", action="store_true")
    add_form_language(p, "the language of the form to print")
    client_copies.add_documents(doc)
    from triad.cli.records import add_report

    add_report(rsub, opener)  # the disposal register (issue 17)
    p = doc("disclosures", "the accounting of disclosures: what left the vault, to whom, "
                           "when and by whom", case=False)
    p.add_argument("--case", metavar="CASE", help="only this case (default: every case you "
                   "audit)")
    p = doc("debrief", "one session's debrief")
    p.add_argument("--session", required=True, metavar="SESSION",
                   help="session id (or its first 6+ characters), or its date")
    p.add_argument("--show-names", action="store_true")
