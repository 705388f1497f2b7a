"""triad-cli commands for the client's access and amendment requests (issue 17,
``triad.casefile.requests``):

- ``request VAULT CASE --access|--amendment --received DAY --text TEXT [--about ENTRY
  --field FIELD]``: record a request (the case's therapist); it is due after the practice's
  setting;
- ``request-close VAULT CASE REQUEST --fulfilled (--copy DISCLOSURE | --other-form --note
  TEXT) | --amended --amendment ENTRY | --refused --reason TEXT [--statement TEXT]
  [--rebuttal TEXT]`` (``--on DAY``, default today): close it once with its outcome;
- ``requests VAULT [CASE] [--open]``: the requests of a case, or of every case the member
  reads, each with its due day and outcome; with ``CASE``, the copies a fulfilled request may
  name;
- ``request-settings VAULT [--due-days N]``: show or set how many days the practice gives
  itself to answer (therapists set it).
"""

from __future__ import annotations

import argparse

from triad.casefile.requests import (
    ACCESS,
    AMENDED,
    AMENDMENT,
    DUE_DAYS_RANGE,
    FULFILLED,
    OTHER_FORM,
    REFUSED,
    ClientRequest,
)
from triad.cli._common import CliError, open_vault, safe, safe_lines, tr_cli
from triad.cli.ids import id_help, unique_prefix
from triad.cli.labels import field_label
from triad.i18n import T_, short_date, translate
from triad.roles import Role
from triad.workspace import Workspace

COPY_WORDS = {"client-copy": T_("cli", "the client copy"),
              "consent-copy": T_("cli", "a consent copy"),
              OTHER_FORM: T_("cli", "in another form")}
COPY_NAMES = {"client-copy": T_("cli", "client-copy"),  # the list for --copy: its kind
              "consent-copy": T_("cli", "consent-copy")}
TYPE_WORDS = {ACCESS: T_("cli", "access"), AMENDMENT: T_("cli", "amendment")}
OUTCOME_WORDS = {FULFILLED: T_("cli", "fulfilled"), AMENDED: T_("cli", "amended"),
                 REFUSED: T_("cli", "refused")}
RECORDED_WORDS = {
    ACCESS: T_("cli", "Access request {id} recorded, received {received}: due by {due}. Close it "
                      "with 'triad-cli request-close VAULT CASE {id} ...'."),
    AMENDMENT: T_("cli", "Amendment request {id} recorded, received {received}: due by {due}. "
                         "Close it with 'triad-cli request-close VAULT CASE {id} ...'."),
}


def _word(table: dict[str, str], code: str) -> str:
    return tr_cli(table[code]) if code in table else code


def request_lines(r: ClientRequest, today: str) -> list[str]:
    """One request: its first line (kind, received, due, state) and its words."""
    state = tr_cli("open")
    if r.closing is not None:
        state = f"{_word(OUTCOME_WORDS, r.closing.outcome)} {short_date(r.closing.closed_on)}"
        if r.answered_late():
            state += tr_cli(" (late)")
    elif r.overdue(today):
        state = tr_cli("OVERDUE")
    kind = _word(TYPE_WORDS, r.type)
    width = max(len(tr_cli(w)) for w in TYPE_WORDS.values())  # "Berichtigung"
    out = [f"  [{r.request_id[:8]}]  {kind:<{width}}  "
           + tr_cli("received {received}  due {due}").format(
               received=short_date(r.received_on), due=short_date(r.due_on))
           + f"  {state}" + (tr_cli("  (amended)") if r.amended else ""),
           "      " + tr_cli("asks: {text}").format(text=r.text)]
    if r.about_field or r.about_entry:
        about = field_label(r.about_field) if r.about_field else tr_cli("a field")
        out.append("      " + tr_cli("concerns: {about}").format(about=about)
                   + (tr_cli(" of entry {id}").format(id=r.about_entry[:8])
                      if r.about_entry else ""))
    c = r.closing
    if c is not None:
        if c.outcome == FULFILLED:
            copy = _word(COPY_WORDS, c.copy)
            out.append("      " + tr_cli("copy given: {copy}").format(copy=copy)
                       + (tr_cli(" (disclosure {id})").format(id=c.disclosure_id[:8])
                          if c.disclosure_id else ""))
        elif c.outcome == AMENDED:
            out.append("      " + tr_cli("amendment made: entry {id}").format(
                id=c.amendment_id[:8]))
        else:
            out.append("      " + tr_cli("reason: {text}").format(text=c.reason))
            out.append("      " + tr_cli("client's statement of disagreement: ")
                       + (c.statement or tr_cli("(none received)")))
            if c.rebuttal:
                out.append("      " + tr_cli("rebuttal: {text}").format(text=c.rebuttal))
        if c.note:
            out.append("      " + tr_cli("note: {text}").format(text=c.note))
    return out


def _case_lines(ws: Workspace, case_id: str, only_open: bool) -> list[str]:
    today = ws.local_now()
    found = ws.requests.open(case_id) if only_open else ws.requests.list(case_id)
    return [line for r in found for line in request_lines(r, today)]


def cmd_request(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        kind = ACCESS if args.access else AMENDMENT
        change = ws.requests.record(args.case, kind, args.received, args.text,
                                    about_entry=args.about or "", about_field=args.field or "")
        r = ws.requests.get(change.subject_id or "")
        print(tr_cli(RECORDED_WORDS[kind]).format(
            id=r.request_id[:8], received=short_date(r.received_on), due=short_date(r.due_on)))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        key = unique_prefix(args.request, (x.request_id for x in ws.requests.list(args.case)))
        r = ws.requests.find(args.case, key or args.request)
        outcome = FULFILLED if args.fulfilled else AMENDED if args.amended else REFUSED
        copy = ""
        if args.copy:
            given = unique_prefix(args.copy, (d.disclosure_id
                                              for d in ws.requests.copies(r.case_id)))
            if given is None:
                raise CliError(tr_cli("no single copy given to the client starts with {key}: "
                                      "see 'triad-cli requests VAULT CASE'").format(
                    key=safe(args.copy)))
            copy = given
        amendment = ""
        if args.amendment:
            amendment = unique_prefix(args.amendment, (e.id for e in ws.log.entries(
                "case_id=? AND kind='entry.amended'", (r.case_id,)))) or args.amendment
        ws.requests.close(r.request_id, outcome, args.on or ws.local_now()[:10],
                          disclosure_id=copy, other_form=args.other_form, amendment_id=amendment,
                          reason=args.reason or "", statement=args.statement or "",
                          rebuttal=args.rebuttal or "", note=args.note or "")
        print(tr_cli("Request {id} closed: {outcome}.").format(
            id=r.request_id[:8], outcome=_word(OUTCOME_WORDS, outcome)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.case:
            case = ws.cases.get(args.case)
            lines = _case_lines(ws, case.case_id, args.open)
            if not lines:
                none = (T_("cli", "No open requests from the client of {case}. Record one with "
                                  "'triad-cli request VAULT CASE --access|--amendment --received "
                                  "DAY --text TEXT'.") if args.open
                        else T_("cli", "No requests from the client of {case}. Record one with "
                                       "'triad-cli request VAULT CASE --access|--amendment "
                                       "--received DAY --text TEXT'."))
                print(tr_cli(none).format(case=case.code))
            else:
                print(safe_lines([translate(
                    "cli", "Case {case}: the client's requests (answer within %n days)",
                    n=ws.requests.due_days()).format(case=case.code), *lines]))
            if ws.cases.access.role(case.case_id) is Role.THERAPIST:
                copies = ws.requests.copies(case.case_id)
                if copies:
                    print(tr_cli("Copies given to the client (for --copy):"))
                    for d in copies:
                        print(safe(f"  [{d.disclosure_id[:8]}]  {_word(COPY_NAMES, d.what.value)}  "
                                   f"{short_date(d.at[:10])}"))
            return 0
        out: list[str] = []
        for case in ws.cases.list():
            if ws.cases.access.role(case.case_id) not in (Role.THERAPIST, Role.SUPERVISOR):
                continue
            lines = _case_lines(ws, case.case_id, args.open)
            if lines:
                out += [tr_cli("Case {case}").format(case=case.code), *lines]
        if not out:
            print(tr_cli("No open requests from clients.") if args.open
                  else tr_cli("No requests from clients in your cases."))
            return 0
        print(safe_lines(out))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.due_days is not None:
            ws.requests.set_due_days(args.due_days)
            print(translate("cli", "Requests recorded from now on are due %n days after they are "
                                   "received (those already recorded keep their due day).",
                            n=args.due_days))
        else:
            print(translate("cli", "A client's request is due %n days after it is received.",
                            n=ws.requests.due_days()))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("request", help=tr_cli("record a client's request to see or amend their "
                                              "record"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--access", action="store_true", help=tr_cli("to see or copy the record"))
    kind.add_argument("--amendment", action="store_true", help=tr_cli("to amend the record"))
    p.add_argument("--received", required=True, metavar="DAY",
                   help=tr_cli("the day it reached the practice (YYYY-MM-DD)"))
    p.add_argument("--text", required=True, help=tr_cli("what the client asks, in a few words"))
    p.add_argument("--about", metavar="ENTRY",
                   help=tr_cli("an amendment: the entry it concerns"))
    p.add_argument("--field", help=tr_cli("an amendment: the field it concerns"))
    p.set_defaults(func=cmd_request)

    p = sub.add_parser("request-close", help=tr_cli("close a client's request with its outcome"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("request", metavar="REQUEST",
                   help=id_help())
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--fulfilled", action="store_true",
                         help=tr_cli("an access request answered"))
    outcome.add_argument("--amended", action="store_true",
                         help=tr_cli("the amendment was made"))
    outcome.add_argument("--refused", action="store_true", help=tr_cli("refused, with --reason"))
    p.add_argument("--copy", metavar="DISCLOSURE",
                   help=tr_cli("fulfilled: the client copy or consent copy given (see "
                               "'requests')"))
    p.add_argument("--other-form", action="store_true",
                   help=tr_cli("fulfilled: given in another form (say how with --note)"))
    p.add_argument("--amendment", metavar="ENTRY",
                   help=tr_cli("amended: the amendment entry made"))
    p.add_argument("--reason", help=tr_cli("refused: why"))
    p.add_argument("--statement", help=tr_cli("refused: the client's statement of disagreement"))
    p.add_argument("--rebuttal", help=tr_cli("refused: your rebuttal"))
    p.add_argument("--note", help=tr_cli("a note on how it was answered"))
    p.add_argument("--on", metavar="DAY", help=tr_cli("the day it was closed (default: today)"))
    p.set_defaults(func=cmd_close)

    p = sub.add_parser("requests", help=tr_cli("the clients' requests, with their due days"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", nargs="?",
                   help=tr_cli("only this case (default: all yours)"))
    p.add_argument("--open", action="store_true", help=tr_cli("only those still open"))
    p.set_defaults(func=cmd_list)

    low, high = DUE_DAYS_RANGE
    p = sub.add_parser("request-settings", help=tr_cli("how many days a client's request may "
                                                       "take"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--due-days", type=int, metavar="N",
                   help=tr_cli("set it ({low}-{high} days; therapists)").format(low=low,
                                                                                high=high))
    p.set_defaults(func=cmd_settings)
