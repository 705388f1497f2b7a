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
from triad.cli._common import CliError, open_vault, safe, safe_lines
from triad.roles import Role
from triad.workspace import Workspace

COPY_WORDS = {"client-copy": "the client copy", "consent-copy": "a consent copy",
              OTHER_FORM: "in another form"}


def request_lines(r: ClientRequest, today: str) -> list[str]:
    """One request: its first line (kind, received, due, state) and its words."""
    state = "open"
    if r.closing is not None:
        state = f"{r.closing.outcome} {r.closing.closed_on}"
        if r.answered_late():
            state += " (late)"
    elif r.overdue(today):
        state = "OVERDUE"
    out = [f"  [{r.request_id[:8]}]  {r.type:<9}  received {r.received_on}  due {r.due_on}  "
           f"{state}" + ("  (amended)" if r.amended else ""),
           f"      asks: {r.text}"]
    if r.about_field or r.about_entry:
        about = r.about_field or "a field"
        out.append(f"      concerns: {about}" + (f" of entry {r.about_entry[:8]}"
                                                  if r.about_entry else ""))
    c = r.closing
    if c is not None:
        if c.outcome == FULFILLED:
            copy = COPY_WORDS.get(c.copy, c.copy)
            out.append(f"      copy given: {copy}" + (f" (disclosure {c.disclosure_id[:8]})"
                                                      if c.disclosure_id else ""))
        elif c.outcome == AMENDED:
            out.append(f"      amendment made: entry {c.amendment_id[:8]}")
        else:
            out.append(f"      reason: {c.reason}")
            out.append("      client's statement of disagreement: "
                       + (c.statement or "(none received)"))
            if c.rebuttal:
                out.append(f"      rebuttal: {c.rebuttal}")
        if c.note:
            out.append(f"      note: {c.note}")
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
        print(f"{kind.capitalize()} request {r.request_id[:8]} recorded, received "
              f"{r.received_on}: due by {r.due_on}. Close it with 'triad-cli request-close "
              f"VAULT CASE {r.request_id[:8]} ...'.")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        r = ws.requests.find(args.case, args.request)
        outcome = FULFILLED if args.fulfilled else AMENDED if args.amended else REFUSED
        copy = ""
        if args.copy:
            found = [d.disclosure_id for d in ws.requests.copies(r.case_id)
                     if d.disclosure_id.startswith(args.copy)]
            if len(found) != 1:
                raise CliError(f"no single copy given to the client starts with "
                               f"{safe(args.copy)}: see 'triad-cli requests VAULT CASE'")
            copy = found[0]
        amendment = ""
        if args.amendment:
            found = [e.id for e in ws.log.entries("case_id=? AND kind='entry.amended'",
                                                  (r.case_id,)) if e.id.startswith(args.amendment)]
            amendment = found[0] if len(found) == 1 else args.amendment
        ws.requests.close(r.request_id, outcome, args.on or ws.local_now()[:10],
                          disclosure_id=copy, other_form=args.other_form, amendment_id=amendment,
                          reason=args.reason or "", statement=args.statement or "",
                          rebuttal=args.rebuttal or "", note=args.note or "")
        print(f"Request {r.request_id[:8]} closed: {outcome}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.case:
            case = ws.cases.get(args.case)
            lines = _case_lines(ws, case.case_id, args.open)
            if not lines:
                what = "open requests" if args.open else "requests"
                print(f"No {what} from the client of {case.code}. Record one with 'triad-cli "
                      "request VAULT CASE --access|--amendment --received DAY --text TEXT'.")
            else:
                print(safe_lines([f"Case {case.code}: the client's requests "
                                  f"(answer within {ws.requests.due_days()} days)", *lines]))
            if ws.cases.access.role(case.case_id) is Role.THERAPIST:
                copies = ws.requests.copies(case.case_id)
                if copies:
                    print("Copies given to the client (for --copy):")
                    for d in copies:
                        print(safe(f"  [{d.disclosure_id[:8]}]  {d.what.value}  "
                                   f"{d.at[:10]}"))
            return 0
        out: list[str] = []
        for case in ws.cases.list():
            if ws.cases.access.role(case.case_id) not in (Role.THERAPIST, Role.SUPERVISOR):
                continue
            lines = _case_lines(ws, case.case_id, args.open)
            if lines:
                out += [f"Case {case.code}", *lines]
        if not out:
            print("No open requests from clients." if args.open
                  else "No requests from clients in your cases.")
            return 0
        print(safe_lines(out))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.due_days is not None:
            ws.requests.set_due_days(args.due_days)
            print(f"Requests recorded from now on are due {args.due_days} days after they "
                  "are received (those already recorded keep their due day).")
        else:
            print(f"A client's request is due {ws.requests.due_days()} days after it is "
                  "received.")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("request", help="record a client's request to see or amend their record",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--access", action="store_true", help="to see or copy the record")
    kind.add_argument("--amendment", action="store_true", help="to amend the record")
    p.add_argument("--received", required=True, metavar="DAY",
                   help="the day it reached the practice (YYYY-MM-DD)")
    p.add_argument("--text", required=True, help="what the client asks, in a few words")
    p.add_argument("--about", metavar="ENTRY", help="an amendment: the entry it concerns")
    p.add_argument("--field", help="an amendment: the field it concerns")
    p.set_defaults(func=cmd_request)

    p = sub.add_parser("request-close", help="close a client's request with its outcome",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("request", metavar="REQUEST", help="its id (the first 8 characters will do)")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--fulfilled", action="store_true", help="an access request answered")
    outcome.add_argument("--amended", action="store_true", help="the amendment was made")
    outcome.add_argument("--refused", action="store_true", help="refused, with --reason")
    p.add_argument("--copy", metavar="DISCLOSURE",
                   help="fulfilled: the client copy or consent copy given (see 'requests')")
    p.add_argument("--other-form", action="store_true",
                   help="fulfilled: given in another form (say how with --note)")
    p.add_argument("--amendment", metavar="ENTRY", help="amended: the amendment entry made")
    p.add_argument("--reason", help="refused: why")
    p.add_argument("--statement", help="refused: the client's statement of disagreement")
    p.add_argument("--rebuttal", help="refused: your rebuttal")
    p.add_argument("--note")
    p.add_argument("--on", metavar="DAY", help="the day it was closed (default: today)")
    p.set_defaults(func=cmd_close)

    p = sub.add_parser("requests", help="the clients' requests, with their due days",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE", nargs="?")
    p.add_argument("--open", action="store_true", help="only those still open")
    p.set_defaults(func=cmd_list)

    low, high = DUE_DAYS_RANGE
    p = sub.add_parser("request-settings", help="how many days a client's request may take",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--due-days", type=int, metavar="N",
                   help=f"set it ({low}-{high} days; therapists)")
    p.set_defaults(func=cmd_settings)
