"""triad-cli report …: printable documents, written atomically only where the user says.

A report speaks ``--language`` when it is given, else the practice's language for printed
documents (``triad-cli report-language VAULT``, a therapist's setting), else the language of
the command line (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): ``triad.casefile.report_language``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from triad.casefile import forms, report_language
from triad.casefile.disclosures import What
from triad.cli import client_copies
from triad.cli._common import open_vault, read_text, save_disclosed, tr_cli, writable
from triad.cli.consent import add_form_language
from triad.cli.ids import SESSION_HELP, id_help
from triad.cli.ids import session_id as find_session
from triad.i18n import T_
from triad.reports.service import MAX_NARRATIVE_CHARS

LANGUAGE_WORDS = {"system": "the language of the program using it (each member's own)",
                  "en": "English", "de": "German"}


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
            # without --form-language: the practice's language for printed documents (issue 19)
            language = args.form_language or ws.report_language.for_report(args.language)
            data = reports.consent_form(args.case, args.form, args.show_names, args.page_size,
                                        language if language in forms.languages() else "en")
            cases = [args.case]
        elif args.document == "disclosures":
            data = reports.disclosures(args.case, args.page_size)
            cases = reports.disclosure_cases(args.case)
        else:
            session = find_session(ws, args.case, args.session)
            data = reports.debrief(session, args.show_names, args.page_size)
            cases = [args.case]
        # the report is written, then recorded in the accounting of disclosures
        save_disclosed(ws, args.output, data, What.REPORT, cases, report=args.document)
    print(tr_cli("Wrote {file} ({size} KiB).").format(file=args.output, size=len(data) // 1024 + 1),
          file=sys.stderr)
    return 0


def cmd_report_language(args: argparse.Namespace) -> int:
    """``report-language VAULT [--set LANG]``: show or set the practice's language for
    printed documents."""
    with open_vault(args) as ws:
        if args.set is not None:
            ws.report_language.set(args.set)
            print(tr_cli("Printed documents are now in {language} unless --language says "
                         "otherwise.").format(language=tr_cli(LANGUAGE_WORDS[args.set])))
        else:
            setting = ws.report_language.setting()
            print(tr_cli("The practice prints its documents in {language}.").format(
                language=tr_cli(LANGUAGE_WORDS[setting])))
    return 0


def _in_asked_language(func: Callable[[argparse.Namespace], int]
                       ) -> Callable[[argparse.Namespace], int]:
    """Run a report command with its ``--language`` as the explicit choice of every report it
    builds (the practice's setting decides when it is not given)."""
    def run(args: argparse.Namespace) -> int:
        with report_language.asked(getattr(args, "language", None)):
            return func(args)

    return run


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help=tr_cli(
        "printable PDF documents (in --language, else the practice's language for printed "
        "documents, else the language of the output)"))
    rsub = report.add_subparsers(dest="document", required=True, metavar="DOCUMENT")

    def doc(name: str, help_: str, case: bool = True) -> argparse.ArgumentParser:
        p = rsub.add_parser(name, help=tr_cli(help_), parents=[opener])
        p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
        if case:
            p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
        p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                       help=tr_cli("the PDF file to write"))
        p.add_argument("--page-size", choices=["A4", "letter"], default="A4",
                       help=tr_cli("A4 (the default) or letter"))
        p.set_defaults(func=cmd_report)
        return p

    p = doc("progress", T_("cli", "progress summary of one case"))
    p.add_argument("--from", dest="start", metavar="DATE",
                   help=tr_cli("first day covered, YYYY-MM-DD (default: the day the case was opened)"))
    p.add_argument("--to", dest="end", metavar="DATE",
                   help=tr_cli("last day covered, YYYY-MM-DD (default: today)"))
    p.add_argument("--show-names", action="store_true",
                   help=tr_cli("print the client's legal name"))
    p.add_argument("--narrative-file", metavar="FILE",
                   help=tr_cli("the therapist's narrative (text)"))
    p = doc("audit", T_("cli", "consent audit report"), case=False)
    p.add_argument("--case", metavar="CASE", help=tr_cli("only this case (default: all yours)"))
    p = doc("consent-form", T_("cli", "a consent form to print and sign"))
    p.add_argument("--form", required=True, metavar="FORM_ID",
                   help=tr_cli("the form to print: {forms}").format(
                       forms="informed-consent, release-of-information, triad-agreement, "
                             "therapeutic-aids, outcome-data"))
    p.add_argument("--show-names", action="store_true",
                   help=tr_cli("print the client's legal name"))
    add_form_language(p, tr_cli("the language of the form to print"))
    p.set_defaults(form_language=None)  # not given: decided with the vault open (cmd_report)
    client_copies.add_documents(doc)
    from triad.cli.records import add_report

    add_report(rsub, opener)  # the disposal register (issue 17)
    p = doc("disclosures", T_("cli", "the accounting of disclosures: what left the vault, "
                              "to whom, when and by whom"), case=False)
    p.add_argument("--case", metavar="CASE", help=tr_cli(
        "only this case (default: every case you audit)"))
    p = doc("debrief", T_("cli", "one session's debrief"))
    p.add_argument("--session", required=True, metavar="SESSION",
                   help=id_help(SESSION_HELP))
    p.add_argument("--show-names", action="store_true",
                   help=tr_cli("print the client's legal name"))
    # every document, the client's copies and the register included: --language decides
    for parser in rsub.choices.values():
        parser.set_defaults(func=_in_asked_language(parser.get_default("func")))

    p = sub.add_parser("report-language", parents=[opener], help=tr_cli(
        "show or set the practice's language for printed documents"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--set", choices=list(report_language.CHOICES), metavar="LANG",
                   help=tr_cli("set it: de (German), en (English) or system (each member's "
                               "own language); therapists"))
    p.set_defaults(func=cmd_report_language)
