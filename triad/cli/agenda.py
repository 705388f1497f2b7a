"""``triad-cli agenda``: the sessions between two days across every case the member may see,
with what is due on each (``triad.casefile.week``), as text, JSON or an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from triad import i18n
from triad.casefile import week
from triad.casefile.agenda import DueItem
from triad.casefile.disclosures import What
from triad.casefile.week import CalendarSession, Due, Span
from triad.cli._common import json_text, open_vault, safe, save_disclosed, tr_cli, writable
from triad.cli.cases import due_text
from triad.cli.words import counted
from triad.i18n import T_, short_date
from triad.roles import Role
from triad.workspace import Workspace

AGENDA_FORMAT = {"format": "triad-agenda", "version": 1}
KIND_WORDS = {"therapist_session": T_("cli", "therapist session"),
              "surrogate_session": T_("cli", "surrogate session"),
              "three_way_meeting": T_("cli", "three-way meeting")}
# what the supervisor co-signs (triad.log.kinds.COSIGNED), by entry kind
COSIGNED_WORDS = {"debrief.reviewed": T_("cli", "review"),
                  "note.progress": T_("cli", "progress note")}
COSIGN_TO_DO = {"debrief.reviewed": T_("cli", "review to co-sign (triad-cli cosign)"),
                "note.progress": T_("cli", "progress note to co-sign (triad-cli cosign)"),
                "": T_("cli", "entry to co-sign (triad-cli cosign)")}
COSIGN_AWAITS = {"debrief.reviewed": T_("cli", "review awaits the supervisor's co-signature"),
                 "note.progress": T_("cli", "progress note awaits the supervisor's co-signature"),
                 "": T_("cli", "entry awaits the supervisor's co-signature")}
STATUS_WORDS = {week.TENTATIVE: T_("cli", "TENTATIVE"), week.CANCELLED: T_("cli", "CANCELLED")}


def due_words(item: Due, role: Role, ws: Workspace | None = None) -> str:
    """One due item in words, for ``role`` (the surrogate partner writes the debrief; the
    therapist reviews it; a supervisor sees that the review is awaited)."""
    if item.code == week.DEBRIEF_TO_WRITE:
        return tr_cli("debrief to write") if role is Role.SURROGATE \
            else tr_cli("debrief not written yet")
    if item.code == week.DEBRIEF_TO_REVIEW:
        return tr_cli("debrief to review") if role is Role.THERAPIST \
            else tr_cli("debrief awaits review")
    if item.code == week.CONSENT_TO_SIGN:
        if role is Role.SURROGATE:
            return tr_cli("triad agreement to sign (yours)")
        return tr_cli("before it: {what}").format(
            what=due_text(DueItem(item.detail, "", item.subject), ws))
    if item.code == week.OUTCOME_MISSING:
        return tr_cli("record what happened") if role is Role.THERAPIST \
            else tr_cli("outcome not recorded")
    if item.code == week.NOTE_TO_WRITE:
        return tr_cli("note to write") if role is Role.THERAPIST \
            else tr_cli("progress note not written yet")
    if item.code == week.MINUTES_TO_WRITE:
        return tr_cli("minutes to write") if role is Role.THERAPIST \
            else tr_cli("minutes not written yet")
    if item.code == week.COSIGN_AWAITED:
        key = item.detail if item.detail in COSIGNED_WORDS else ""
        return tr_cli(COSIGN_TO_DO[key]) if role is Role.SUPERVISOR else tr_cli(COSIGN_AWAITS[key])
    return counted(item.count, "{n} open finding", "{n} open findings")


def _line(s: CalendarSession) -> str:
    parts = ["  " + i18n.hours(s.starts_at, s.ends_at), s.case_code,
             tr_cli(KIND_WORDS[s.kind]) if s.kind in KIND_WORDS else s.kind]
    if s.client_name:
        parts.append(safe(s.client_name))
    if s.surrogate:
        parts.append(tr_cli("with {name}").format(name=safe(s.surrogate)))
    if s.location:
        parts.append(safe(s.location))
    if s.status != week.CONFIRMED:
        parts.append(tr_cli(STATUS_WORDS[s.status]) if s.status in STATUS_WORDS
                     else s.status.upper())
    return "  ".join(parts)


def _day_heading(day: str) -> str:
    """"Tuesday 2026-11-24" (as Triad has always printed it); "Dienstag, 24.11.2026"."""
    if i18n.chosen() != i18n.GERMAN:
        return f"{date.fromisoformat(day).strftime('%A')} {day}"
    from babel.dates import format_date

    return f"{format_date(date.fromisoformat(day), 'EEEE', locale='de_DE')}, {short_date(day)}"


def text(span: Span, ws: Workspace | None = None) -> str:
    head = tr_cli("Agenda {first} to {last}").format(first=short_date(span.first),
                                                      last=short_date(span.last))
    if not span.sessions:
        return tr_cli("{head}: no sessions. (Schedule them on a case's Sessions tab in the Triad "
                      "app.)").format(head=head)
    count = len(span.sessions)
    out = [f"{head}: " + counted(count, "{n} session", "{n} sessions")]
    day = ""
    for s in span.sessions:
        if s.day != day:
            day = s.day
            out.append("\n" + _day_heading(day))
        out.append(_line(s))
        if s.due:
            out.append("      " + tr_cli("due: {what}").format(
                what="; ".join(due_words(d, span.role, ws) for d in s.due)))
    return "\n".join(out)


def as_json(span: Span) -> dict[str, Any]:
    return {**AGENDA_FORMAT, "from": span.first, "to": span.last, "generated_at": span.now,
            "sessions": [{
                "session_id": s.session_id, "case": s.case_code, "kind": s.kind,
                "starts_at": s.starts_at, "ends_at": s.ends_at, "duration_min": s.duration_min,
                "location": s.location, "surrogate": s.surrogate, "status": s.status, "outcome": s.outcome,
                "due": [{"code": d.code, "detail": d.detail, "count": d.count}
                        for d in s.due],
                **({"client_name": s.client_name} if s.client_name else {}),
            } for s in span.sessions]}


def cmd_agenda(args: argparse.Namespace) -> int:
    if args.output:
        writable(args.output)  # before the vault is opened
    with open_vault(args) as ws:
        ics = args.format == "ics"  # a calendar file carries no names
        span = ws.week.between(args.start, args.end, names=args.show_names and not ics)
        if ics:
            from triad.casefile.week_ics import to_ics

            data = to_ics(span, ws.clock())
        elif args.format == "json":
            data = (json_text(as_json(span)) + "\n").encode()
        else:
            data = (text(span, ws) + "\n").encode()
        if args.output:  # a file: the cases' scheduling data leaves the vault (disclosures)
            cases = list(dict.fromkeys(s.case_id for s in span.sessions))
            save_disclosed(ws, args.output, data, What.AGENDA, cases, report=args.format)
    if args.output:
        print(counted(len(span.sessions), "Wrote {file} ({n} session).",
                      "Wrote {file} ({n} sessions).", file=args.output),
              file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "agenda", parents=[opener],
        help=tr_cli("sessions across your cases between two days, with what is due (text, "
                    "JSON, iCalendar)"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--from", dest="start", metavar="DAY",
                   help=tr_cli("first day, YYYY-MM-DD (default: Monday of this week)"))
    p.add_argument("--to", dest="end", metavar="DAY",
                   help=tr_cli("last day, included (default: six days after the first)"))
    p.add_argument("--format", choices=["text", "json", "ics"], default="text",
                   help=tr_cli("ics: an iCalendar file (case codes only, never a client's name)"))
    p.add_argument("-o", "--output", metavar="FILE",
                   help=tr_cli("write to FILE instead of the screen"))
    p.add_argument("--show-names", action="store_true",
                   help=tr_cli("a therapist's clients' legal names (text and JSON; never in ics)"))
    p.set_defaults(func=cmd_agenda)
