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
from triad.cli._common import CliError, confirm, open_vault, print_table, safe, save_pdf, writable
from triad.cli.retention_words import kept_because


def cmd_retention(args: argparse.Namespace) -> int:
    if args.set and args.years is None and args.minor_years is None and args.note is None:
        raise CliError("--set needs --years, --minor-years or --note; nothing was changed")
    from triad.reports.register import settings_words

    with open_vault(args) as ws:
        current = ws.retention.settings()
        years = current.years if args.years is None else args.years
        minor = current.minor_years if args.minor_years is None else args.minor_years
        note = current.note if args.note is None else args.note
        preview: RetentionSettings | None = None
        if args.set:
            current = ws.retention.set(years, minor, note)
            print("The practice's retention settings are on record.", file=sys.stderr)
        elif (years, minor) != (current.years, current.minor_years):
            preview = RetentionSettings(years, minor, note, False)
            print("Preview with other figures: nothing was recorded (add --set to record "
                  "them).", file=sys.stderr)
        shown = preview or current
        print(safe(settings_words(shown, ws.retention.age_of_majority())))
        today = ws.local_now()[:10]
        lines = ws.retention.closed(preview) if args.all else ws.retention.due(today, preview)
        if not lines:
            print("No closed case whose retention period has ended." if not args.all
                  else "No closed case.")
            return 0
        rows = [["Case", "Closed", "Last service", "Retention ends" if args.all else "Ended on",
                 "Minor"]]
        for r in lines:
            rows.append([r.code, r.closed_on, r.last_service_on,
                         r.ends_on + (" (ended)" if args.all and r.ended(today) else ""),
                         "yes" if r.minor else ""])
        print_table(rows)
        for r in lines:  # issue 19: a signed form promises longer than the practice's figure
            if because := kept_because(r):
                print(safe(because))
    return 0


def cmd_dispose(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.authorise:
            ws.disposal.authorise(args.case, args.reason)
            print(f"Disposal of {safe(ws.cases.get(args.case).code)} authorised; the therapist "
                  "holding the case can now dispose of it.")
            return 0
        problem = ws.disposal.why_not(args.case)
        if problem is not None:
            raise problem
        code = ws.cases.get(args.case).code
        if not args.yes and not confirm(
                f"Dispose of {safe(code)} for good? Its content cannot be recovered from this "
                "vault afterwards. [y/N] ",
                "disposal is for good: confirm with --yes (no terminal to ask); nothing was "
                "changed"):
            print("Nothing was changed.", file=sys.stderr)
            return 0
        line = ws.disposal.dispose(args.case, args.reason)
        print(f"Disposed of {safe(line.code)}: {line.entry_count} entries' content removed; "
              "the signed disposal entry and the chain headers remain.")
        if ws.vault.db.get_meta("disposal_scrub") == "1":
            print("The vault is open in another program: the removed content leaves the data "
                  "file when the vault is next opened alone.", file=sys.stderr)
        if line.backups:
            print(f"{len(line.backups)} backup(s) made before still hold the case: "
                  "'triad-cli report disposals' lists them, to destroy.")
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
                       help="the practice's retention periods and the closed cases whose "
                            "period has ended")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--years", type=int, metavar="N",
                   help="years kept after the last service (preview; with --set, recorded)")
    p.add_argument("--minor-years", type=int, metavar="N",
                   help="for a client who was a minor: years kept after the age of majority")
    p.add_argument("--note", metavar="TEXT", help="with --set: the jurisdiction the figures follow")
    p.add_argument("--set", action="store_true",
                   help="record the figures as the practice's settings (therapists)")
    p.add_argument("--all", action="store_true",
                   help="every closed case with the day its retention ends")
    p.set_defaults(func=cmd_retention)
    p = sub.add_parser("dispose", parents=[opener],
                       help="dispose of a closed case for good (therapist holding it), or "
                            "--authorise an early disposal (the case supervisor)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--reason", required=True, metavar="TEXT", help="kept with the record")
    p.add_argument("--authorise", action="store_true",
                   help="as the case supervisor: authorise disposing of it before its "
                        "retention period ends")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_dispose)


def add_report(rsub: argparse._SubParsersAction[argparse.ArgumentParser],
               opener: argparse.ArgumentParser) -> None:
    p = rsub.add_parser("disposals", help="the disposal register", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--page-size", choices=["A4", "letter"], default="A4")
    p.set_defaults(func=cmd_report_disposals)
