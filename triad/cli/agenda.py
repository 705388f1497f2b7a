"""``triad-cli agenda``: the sessions between two days across every case the member may see,
with what is due on each (``triad.casefile.week``), as text, JSON or an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from triad.casefile import week
from triad.casefile.agenda import DueItem
from triad.casefile.disclosures import What
from triad.casefile.week import CalendarSession, Due, Span
from triad.cli._common import json_text, open_vault, safe, save_disclosed, writable
from triad.cli.cases import due_text
from triad.roles import Role
from triad.workspace import Workspace

AGENDA_FORMAT = {"format": "triad-agenda", "version": 1}
KIND_WORDS = {"therapist_session": "therapist session", "surrogate_session": "surrogate session",
              "three_way_meeting": "three-way meeting"}
# what the supervisor co-signs (triad.log.kinds.COSIGNED), by entry kind
COSIGNED_WORDS = {"debrief.reviewed": "review", "note.progress": "progress note"}


def due_words(item: Due, role: Role, ws: Workspace | None = None) -> str:
    """One due item in words, for ``role`` (the surrogate partner writes the debrief; the
    therapist reviews it; a supervisor sees that the review is awaited)."""
    if item.code == week.DEBRIEF_TO_WRITE:
        return "debrief to write" if role is Role.SURROGATE else "debrief not written yet"
    if item.code == week.DEBRIEF_TO_REVIEW:
        return "debrief to review" if role is Role.THERAPIST else "debrief awaits review"
    if item.code == week.CONSENT_TO_SIGN:
        if role is Role.SURROGATE:
            return "triad agreement to sign (yours)"
        return "before it: " + due_text(DueItem(item.detail, "", item.subject), ws)
    if item.code == week.OUTCOME_MISSING:
        return "record what happened" if role is Role.THERAPIST else "outcome not recorded"
    if item.code == week.NOTE_TO_WRITE:
        return "note to write" if role is Role.THERAPIST else "progress note not written yet"
    if item.code == week.MINUTES_TO_WRITE:
        return "minutes to write" if role is Role.THERAPIST else "minutes not written yet"
    if item.code == week.COSIGN_AWAITED:
        what = COSIGNED_WORDS.get(item.detail, "entry")
        return (f"{what} to co-sign (triad-cli cosign)" if role is Role.SUPERVISOR
                else f"{what} awaits the supervisor's co-signature")
    return f"{item.count} open finding" + ("s" if item.count != 1 else "")


def _line(s: CalendarSession) -> str:
    parts = [f"  {s.starts_at[11:]}-{s.ends_at[11:]}", s.case_code, KIND_WORDS.get(s.kind, s.kind)]
    if s.client_name:
        parts.append(safe(s.client_name))
    if s.surrogate:
        parts.append("with " + safe(s.surrogate))
    if s.location:
        parts.append(safe(s.location))
    if s.status != week.CONFIRMED:
        parts.append(s.status.upper())
    return "  ".join(parts)


def text(span: Span, ws: Workspace | None = None) -> str:
    head = f"Agenda {span.first} to {span.last}"
    if not span.sessions:
        return f"{head}: no sessions. (Schedule them on a case's Sessions tab in the Triad app.)"
    count = len(span.sessions)
    out = [f"{head}: {count} session" + ("s" if count != 1 else "")]
    day = ""
    for s in span.sessions:
        if s.day != day:
            day = s.day
            out.append(f"\n{date.fromisoformat(day).strftime('%A')} {day}")
        out.append(_line(s))
        if s.due:
            out.append("      due: " + "; ".join(due_words(d, span.role, ws) for d in s.due))
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
        print(f"Wrote {args.output} ({len(span.sessions)} sessions).", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "agenda", parents=[opener],
        help="sessions across your cases between two days, with what is due (text, JSON, iCalendar)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--from", dest="start", metavar="DAY",
                   help="first day, YYYY-MM-DD (default: Monday of this week)")
    p.add_argument("--to", dest="end", metavar="DAY",
                   help="last day, included (default: six days after the first)")
    p.add_argument("--format", choices=["text", "json", "ics"], default="text",
                   help="ics: an iCalendar file (case codes only, never a client's name)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--show-names", action="store_true",
                   help="a therapist's clients' legal names (text and JSON; never in ics)")
    p.set_defaults(func=cmd_agenda)
