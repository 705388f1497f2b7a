"""triad-cli commands for the record's end (issue 17): ``retention`` (the practice's retention
periods and the closed cases whose period has ended), ``dispose`` (a case's content removed for
good; ``--authorise``: the case supervisor's authorisation of an early disposal) and
``report disposals`` (the disposal register as a PDF).

``retention VAULT`` prints the practice's settings and the cases due. ``--years`` and
``--minor-years`` alone are a *preview*: the list under other figures, nothing recorded.
With ``--set`` a therapist puts the figures (and ``--note``, the jurisdiction they follow) on
record as the practice's settings, a signed ``vault.retention_settings`` entry."""

from __future__ import annotations

import argparse
import sys

from triad.casefile.retention import RetentionSettings
from triad.cli._common import (
    CliError,
    confirm,
    open_vault,
    print_table,
    safe,
    save_pdf,
    tr_cli,
    writable,
)
from triad.cli.retention_words import kept_because
from triad.i18n import short_date, translate
from triad.reports.retention_rule import settings_words


def cmd_retention(args: argparse.Namespace) -> int:
    if args.set and args.years is None and args.minor_years is None and args.note is None:
        raise CliError(tr_cli("--set needs --years, --minor-years or --note; nothing was "
                              "changed"))
    with open_vault(args) as ws:
        current = ws.retention.settings()
        years = current.years if args.years is None else args.years
        minor = current.minor_years if args.minor_years is None else args.minor_years
        note = current.note if args.note is None else args.note
        preview: RetentionSettings | None = None
        if args.set:
            current = ws.retention.set(years, minor, note)
            print(tr_cli("The practice's retention settings are on record."), file=sys.stderr)
        elif (years, minor) != (current.years, current.minor_years):
            preview = RetentionSettings(years, minor, note, False)
            print(tr_cli("Preview with other figures: nothing was recorded (add --set to "
                         "record them)."), file=sys.stderr)
        shown = preview or current
        print(safe(settings_words(shown, ws.retention.age_of_majority())))
        today = ws.local_now()[:10]
        lines = ws.retention.closed(preview) if args.all else ws.retention.due(today, preview)
        if not lines:
            print(tr_cli("No closed case whose retention period has ended.") if not args.all
                  else tr_cli("No closed case."))
            return 0
        rows = [[tr_cli("Case"), tr_cli("Closed"), tr_cli("Last service"),
                 tr_cli("Retention ends") if args.all else tr_cli("Ended on"), tr_cli("Minor")]]
        for r in lines:
            rows.append([r.code, short_date(r.closed_on), short_date(r.last_service_on),
                         short_date(r.ends_on)
                         + (tr_cli(" (ended)") if args.all and r.ended(today) else ""),
                         tr_cli("yes") if r.minor else ""])
        print_table(rows)
        for r in lines:  # issue 19: a signed form promises longer than the practice's figure
            if because := kept_because(r):
                print(safe(because))
    return 0


def cmd_dispose(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.authorise:
            ws.disposal.authorise(args.case, args.reason)
            print(tr_cli("Disposal of {case} authorised; the therapist holding the case can "
                         "now dispose of it.").format(case=safe(ws.cases.get(args.case).code)))
            return 0
        problem = ws.disposal.why_not(args.case)
        if problem is not None:
            raise problem
        code = ws.cases.get(args.case).code
        if not args.yes and not confirm(
                tr_cli("Dispose of {case} for good? Its content cannot be recovered from this "
                       "vault afterwards. [y/N] ").format(case=safe(code)),
                tr_cli("disposal is for good: confirm with --yes (no terminal to ask); nothing "
                       "was changed")):
            print(tr_cli("Nothing was changed."), file=sys.stderr)
            return 0
        line = ws.disposal.dispose(args.case, args.reason)
        print(translate("cli", "Disposed of {case}: %n entries' content removed; the signed "
                               "disposal entry and the chain headers remain.",
                        n=line.entry_count).format(case=safe(line.code)))
        if ws.vault.db.get_meta("disposal_scrub") == "1":
            print(tr_cli("The vault is open in another program: the removed content leaves "
                         "the data file when the vault is next opened alone."), file=sys.stderr)
        if line.backups:
            print(translate("cli", "%n backup(s) made before still hold the case: 'triad-cli "
                                   "report disposals' lists them, to destroy.",
                            n=len(line.backups)))
    return 0


def cmd_report_disposals(args: argparse.Namespace) -> int:
    writable(args.output, pdf=True)
    from triad.reports.register import disposal_register

    with open_vault(args) as ws:
        data = disposal_register(ws, args.page_size)
    save_pdf(args.output, data)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("retention", parents=[opener],
                       help=tr_cli("the practice's retention periods and the closed cases whose "
                                   "period has ended"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--years", type=int, metavar="N",
                   help=tr_cli("years kept after the last service (preview; with --set, "
                               "recorded)"))
    p.add_argument("--minor-years", type=int, metavar="N",
                   help=tr_cli("for a client who was a minor: years kept after the age of "
                               "majority"))
    p.add_argument("--note", metavar="TEXT",
                   help=tr_cli("with --set: the jurisdiction the figures follow"))
    p.add_argument("--set", action="store_true",
                   help=tr_cli("record the figures as the practice's settings (therapists)"))
    p.add_argument("--all", action="store_true",
                   help=tr_cli("every closed case with the day its retention ends"))
    p.set_defaults(func=cmd_retention)
    p = sub.add_parser("dispose", parents=[opener],
                       help=tr_cli("dispose of a closed case for good (therapist holding it), "
                                   "or --authorise an early disposal (the case supervisor)"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help=tr_cli("kept with the record"))
    p.add_argument("--authorise", action="store_true",
                   help=tr_cli("as the case supervisor: authorise disposing of it before its "
                               "retention period ends"))
    p.add_argument("--yes", action="store_true", help=tr_cli("do not ask for confirmation"))
    p.set_defaults(func=cmd_dispose)


def add_report(rsub: argparse._SubParsersAction[argparse.ArgumentParser],
               opener: argparse.ArgumentParser) -> None:
    p = rsub.add_parser("disposals", help=tr_cli("the disposal register"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help=tr_cli("the PDF file to write"))
    p.add_argument("--page-size", choices=["A4", "letter"], default="A4",
                   help=tr_cli("A4 (the default) or letter"))
    p.set_defaults(func=cmd_report_disposals)
