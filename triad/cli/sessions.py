"""triad-cli commands for booking sessions and recording what happened (issue 16):
``schedule`` (one session, or a weekly or fortnightly series with ``--every`` and ``--count``
or ``--until``), ``reschedule`` (the old time is kept), ``session outcome`` (held, cancelled
by the client or the practice, late cancellation, no-show) and ``sessions`` (a case's list).
The core checks every rule (``triad.casefile.outcomes``, ``triad.casefile.scheduling``); its
refusals are printed as sentences with exit code 2 (``_common``)."""

from __future__ import annotations

import argparse

from triad.casefile.outcomes import OUTCOMES
from triad.cli._common import open_vault, safe, tr_cli
from triad.cli.cases import session_counts, session_line
from triad.cli.ids import SESSION_HELP, id_help
from triad.cli.ids import session_id as find_session
from triad.cli.labels import activity_codes, typed_codes
from triad.i18n import translate
from triad.workspace import Workspace

KINDS = {"surrogate": "surrogate_session", "therapist": "therapist_session",
         "three-way": "three_way_meeting"}


def _surrogate(ws: Workspace, name: str | None) -> str | None:
    """A surrogate partner's member id from her name (None: the case's only one)."""
    if not name:
        return None
    wanted = name.strip().casefold()
    for m in ws.members.list(include_external=True):
        if m.name.casefold() == wanted:
            return m.member_id
    return name  # not a member's name: the core refuses it (surrogate-not-on-case)


def _series_words(every: str, n: int) -> str:
    if every == "weekly":
        return translate("cli", "Scheduled a weekly series of %n sessions:", n=n)
    return translate("cli", "Scheduled a fortnightly series of %n sessions:", n=n)


def cmd_schedule(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        kind = KINDS[args.kind]
        planned = typed_codes(args.activity)
        surrogate = _surrogate(ws, args.surrogate)
        if args.every:
            changes = ws.scheduling.schedule_series(
                args.case, kind, args.at, args.every, count=args.count, until=args.until,
                duration_min=args.minutes, phase_id=args.phase, planned_activities=planned,
                location=args.location or "", surrogate_id=surrogate)
            sessions = [ws.sessions.get(c.subject_id or "") for c in changes]
            print(_series_words(args.every, len(sessions)))
            for s in sessions:
                print(f"  {session_line(s)}")
            return 0
        change = ws.sessions.schedule(args.case, kind, args.at, args.minutes, args.phase,
                                      planned, args.location or "", surrogate)
        print(tr_cli("Scheduled: {session}").format(
            session=session_line(ws.sessions.get(change.subject_id or ""))))
    return 0


def cmd_reschedule(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        ws.scheduling.reschedule(session_id, args.to, args.reason or "")
        print(tr_cli("Moved: {session}").format(session=session_line(ws.sessions.get(session_id))))
    return 0


def cmd_outcome(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        ws.outcomes.record(session_id, args.outcome, args.notice_hours, args.note or "")
        print(tr_cli("Recorded: {session}").format(
            session=session_line(ws.sessions.get(session_id))))
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        sessions = ws.sessions.list(args.case)
        if not sessions:
            print(tr_cli("No sessions yet. Book one with 'triad-cli schedule VAULT CASE --at "
                         "WHEN'."))
            return 0
        print(tr_cli("Sessions: ") + session_counts(sessions))
        for s in sessions:
            print(f"  {safe(session_line(s))}")
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    which = id_help(SESSION_HELP)
    p = sub.add_parser("schedule", help=tr_cli("book a session, or a weekly or fortnightly "
                                               "series (the case's therapist)"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--at", required=True, metavar="YYYY-MM-DD HH:MM",
                   help=tr_cli("when it starts (the first of a series)"))
    p.add_argument("--kind", choices=sorted(KINDS), default="surrogate",
                   help=tr_cli("the kind of session (default: surrogate)"))
    p.add_argument("--minutes", type=int, default=60, metavar="N", help=tr_cli("default: 60"))
    p.add_argument("--phase", metavar="PHASE_ID",
                   help=tr_cli("the phase it belongs to (its id in the phase plan)"))
    p.add_argument("--activity", action="append", metavar="ACTIVITY",
                   help=tr_cli("an activity planned, e.g. conversation (repeat for each)"))
    p.add_argument("--location", metavar="TEXT", help=tr_cli("where it takes place"))
    p.add_argument("--surrogate", metavar="NAME",
                   help=tr_cli("the surrogate partner (default: the case's only one)"))
    p.add_argument("--every", choices=["weekly", "fortnightly"],
                   help=tr_cli("book a series; give --count or --until"))
    p.add_argument("--count", type=int, metavar="N",
                   help=tr_cli("how many sessions in the series"))
    p.add_argument("--until", metavar="YYYY-MM-DD",
                   help=tr_cli("the last day a session may fall on"))
    p.set_defaults(func=cmd_schedule)
    p.epilog = activity_codes()  # --activity takes these codes
    p = sub.add_parser("reschedule", help=tr_cli("move a session that has not happened to "
                                                 "another time (the old time is kept)"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--session", required=True, metavar="SESSION", help=which)
    p.add_argument("--to", required=True, metavar="YYYY-MM-DD HH:MM",
                   help=tr_cli("the new day and time"))
    p.add_argument("--reason", metavar="TEXT", help=tr_cli("why it moves (kept in the entry)"))
    p.set_defaults(func=cmd_reschedule)
    p = sub.add_parser("sessions", help=tr_cli("a case's sessions and what happened to each"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.set_defaults(func=cmd_sessions)
    session = sub.add_parser("session", help=tr_cli("record what happened to a session"))
    ssub = session.add_subparsers(dest="session_command", required=True, metavar="ACTION")
    p = ssub.add_parser("outcome", help=tr_cli("held, cancelled-by-client, cancelled-by-practice, "
                                               "late-cancellation or no-show (the case's "
                                               "therapist, or the session's surrogate partner)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--session", required=True, metavar="SESSION", help=which)
    p.add_argument("outcome", choices=OUTCOMES, metavar="OUTCOME",
                   help=tr_cli("what happened: {outcomes}").format(outcomes=", ".join(OUTCOMES)))
    p.add_argument("--notice-hours", type=int, metavar="N",
                   help=tr_cli("the notice given for a cancellation (default: the hours until "
                               "the start, when recorded before it)"))
    p.add_argument("--note", metavar="TEXT", help=tr_cli("a note on what happened"))
    p.set_defaults(func=cmd_outcome)
