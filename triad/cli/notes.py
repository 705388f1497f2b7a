"""triad-cli commands for the therapist's side of the record (issue 16,
``triad.casefile.notes`` and ``triad.casefile.private_notes``):

- ``note VAULT CASE`` (``note list``): the progress notes and meeting minutes the member may
  read, in session order;
- ``note progress VAULT CASE --session S --focus ...``: the progress note of a therapist
  session (the case's therapist);
- ``note minutes VAULT CASE --session S --attendee ...``: the minutes of a three-way meeting,
  ``--closing`` when it was the case's closing meeting;
- ``note private VAULT CASE --session S --text ...`` (or ``--file``), ``note private-list``,
  ``note private-amend``, ``note private-export -o FILE``: the therapist's own private notes,
  which only she reads; the export is the one way they leave the vault.
"""

from __future__ import annotations

import argparse
import json

from triad.casefile.disclosures import What
from triad.casefile.notes import ATTENDEES, Minutes, MinutesForm, ProgressNote, ProgressNoteForm
from triad.cli._common import (
    CliError,
    open_vault,
    read_text,
    safe,
    safe_lines,
    save_disclosed,
    tr_cli,
    writable,
)
from triad.cli.ids import SESSION_HELP, id_help, unique_prefix
from triad.cli.ids import session_id as find_session
from triad.i18n import T_, day_and_time, translate
from triad.workspace import Workspace

ACTIONS = ("list", "progress", "minutes", "private", "private-list", "private-amend",
           "private-export")
NOTE_CHARS = 100_000  # a --file note: a note, not a document
ATTENDEE_WORDS = {"client": T_("cli", "client"), "therapist": T_("cli", "therapist"),
                  "surrogate": T_("cli", "surrogate partner")}


def progress_lines(note: ProgressNote, when: str) -> list[str]:
    out = [f"  {day_and_time(when)}  {tr_cli('therapist session')}  [{note.note_id[:8]}]"
           + (tr_cli("  (amended)") if note.amended else "")]
    for label, value in ((T_("cli", "focus"), note.focus),
                         (T_("cli", "interventions"), note.interventions),
                         (T_("cli", "client's response"), note.response),
                         (T_("cli", "plan"), note.plan), (T_("cli", "note"), note.text)):
        if value:
            out.append(f"      {tr_cli(label)}: {value}")
    return out


def minutes_lines(m: Minutes, when: str) -> list[str]:
    title = tr_cli("closing three-way meeting") if m.closing else tr_cli("three-way meeting")
    out = [f"  {day_and_time(when)}  {title}  [{m.note_id[:8]}]"
           + (tr_cli("  (amended)") if m.amended else ""),
           "      " + tr_cli("attendees: ") + ", ".join(tr_cli(ATTENDEE_WORDS.get(a, a)) for a in m.attendees)]
    for label, value in ((T_("cli", "agreements"), m.agreements),
                         (T_("cli", "changes to the plan"), m.plan_changes),
                         (T_("cli", "next steps"), m.next_steps), (T_("cli", "note"), m.text)):
        if value:
            out.append(f"      {tr_cli(label)}: {value}")
    return out


def note_lines(ws: Workspace, case_id: str, latest: int | None = None) -> list[str]:
    """The progress notes and minutes the acting member reads, in session order (the last
    ``latest`` of them when given), for ``note list`` and ``show``."""
    starts = {s.session_id: s.starts_at for s in ws.sessions.list(case_id)}
    items: list[tuple[str, list[str]]] = []
    for n in ws.notes.progress_notes(case_id):
        at = starts.get(n.session_id, "")
        items.append((at, progress_lines(n, at)))
    for m in ws.notes.all_minutes(case_id):
        at = starts.get(m.session_id, "")
        items.append((at, minutes_lines(m, at)))
    items.sort(key=lambda x: x[0])
    if latest is not None:
        items = items[-latest:]
    return [line for _, lines in items for line in lines]


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        case = ws.cases.get(args.case)
        lines = note_lines(ws, case.case_id)
        if not lines:
            print(tr_cli("No progress notes or meeting minutes in {case} yet. Write one with "
                         "'triad-cli note progress VAULT CASE --session SESSION --focus "
                         "TEXT'.").format(case=case.code))
            return 0
        print(safe_lines([tr_cli("Case {case}: progress notes and three-way meetings").format(
            case=case.code), *lines]))
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        ws.notes.write_progress(session_id, ProgressNoteForm(
            focus=args.focus or "", interventions=args.interventions or "",
            response=args.response or "", plan=args.plan or "", text=args.text or ""))
        when = day_and_time(ws.sessions.get(session_id).starts_at)
        print(tr_cli("Progress note saved for the therapist session of {when}.").format(
            when=when))
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        ws.notes.write_minutes(session_id, MinutesForm(
            attendees=tuple(args.attendee or ATTENDEES), agreements=args.agreements or "",
            plan_changes=args.plan_changes or "", next_steps=args.next_steps or "",
            text=args.text or "", closing=args.closing))
        when = day_and_time(ws.sessions.get(session_id).starts_at)
        saved = (T_("cli", "Minutes saved for the three-way meeting of {when} as the closing "
                           "meeting.") if args.closing
                 else T_("cli", "Minutes saved for the three-way meeting of {when}."))
        print(tr_cli(saved).format(when=when))
    return 0


def _text(args: argparse.Namespace) -> str:
    if args.file:
        return read_text(args.file, NOTE_CHARS, "note")
    if args.text is None:
        raise CliError(tr_cli("give the note with --text TEXT or --file FILE"))
    return str(args.text)


def cmd_private(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        change = ws.private_notes.write(session_id, _text(args))
        print(tr_cli("Private note {id} saved: only you can read it (sealed to your own key; "
                     "never in a packet, case file or report).").format(
            id=(change.subject_id or "")[:8]))
    return 0


def cmd_private_list(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        case = ws.cases.get(args.case)
        notes = ws.private_notes.mine(case.case_id)
        if not notes:
            print(tr_cli("You have no private notes in {case}.").format(case=case.code))
            return 0
        starts = {s.session_id: s.starts_at for s in ws.sessions.list(case.case_id)}
        lines = [tr_cli("Case {case}: your private notes (only you can read them)").format(
            case=case.code)]
        for n in notes:
            when = day_and_time(starts.get(n.session_id, ""))
            lines.append(f"  {when}  [{n.note_id[:8]}]"
                         + (tr_cli("  (amended)") if n.amended else ""))
            lines.append("      " + (n.text if n.readable else
                                     tr_cli("(sealed to an earlier key of yours: not readable "
                                            "after a passphrase recovery)")))
        print(safe_lines(lines))
    return 0


def _own_note(ws: Workspace, case_key: str, key: str) -> str:
    found = unique_prefix(key, (n.note_id for n in ws.private_notes.mine(case_key)))
    if found is None:
        raise CliError(tr_cli("no single private note of yours starts with {key}: see "
                              "'triad-cli note private-list VAULT CASE'").format(key=safe(key)))
    return found


def cmd_private_amend(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        note_id = _own_note(ws, args.case, args.note)
        ws.private_notes.amend(note_id, _text(args), args.reason)
        print(tr_cli("Private note {id} amended; the earlier version stays in the log.").format(
            id=note_id[:8]))
    return 0


def cmd_private_export(args: argparse.Namespace) -> int:
    writable(args.output)
    with open_vault(args) as ws:
        data = ws.private_notes.export_own()
        # the cases they are about, that she is still on (the accounting of disclosures)
        cases = [c.case_id for c in ws.cases.list()
                 if c.code in {n["case"] for n in data["notes"]}]
        save_disclosed(ws, args.output,
                       (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode(),
                       What.PRIVATE_NOTES, cases)
    print(translate("cli", "Exported %n private notes of yours to {file}, in clear: keep the "
                           "file as you keep the vault.", n=len(data["notes"])).format(
        file=safe(args.output)))
    return 0


def with_default_action(argv: list[str]) -> list[str]:
    """``note VAULT CASE`` is ``note list VAULT CASE``."""
    if argv and argv[0] == "note" and (len(argv) < 2 or argv[1] not in (*ACTIONS, "-h", "--help")):
        return ["note", "list", *argv[1:]]
    return argv


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    note = sub.add_parser("note", help=tr_cli("progress notes, three-way meeting minutes and "
                                              "your private notes ('note VAULT CASE' lists "
                                              "them)"))
    nsub = note.add_subparsers(dest="note_command", required=True, metavar="ACTION")

    def action(name: str, func: object, help_: str, session: bool = True) -> argparse.ArgumentParser:
        p = nsub.add_parser(name, help=help_, parents=[opener])
        p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
        p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
        if session:
            p.add_argument("--session", required=True, metavar="SESSION",
                           help=id_help(SESSION_HELP))
        p.set_defaults(func=func)
        return p

    action("list", cmd_list, tr_cli("the progress notes and minutes you may read"),
           session=False)
    p = action("progress", cmd_progress, tr_cli("the progress note of a therapist session (the "
                                                "case's therapist)"))
    for name, help_ in (("focus", T_("cli", "what the session was about")),
                        ("interventions", T_("cli", "what you did")),
                        ("response", T_("cli", "how the client responded")),
                        ("plan", T_("cli", "what comes next")),
                        ("text", T_("cli", "anything else, in free text"))):
        p.add_argument(f"--{name}", metavar="TEXT", help=tr_cli(help_))
    p = action("minutes", cmd_minutes, tr_cli("the minutes of a three-way meeting (the case's "
                                              "therapist)"))
    p.add_argument("--attendee", action="append", choices=list(ATTENDEES),
                   help=tr_cli("who attended (repeat; default: all three)"))
    for name, help_ in (("agreements", T_("cli", "what the three agreed")),
                        ("plan-changes", T_("cli", "changes to the phase plan")),
                        ("next-steps", T_("cli", "the next steps")),
                        ("text", T_("cli", "anything else, in free text"))):
        p.add_argument(f"--{name}", metavar="TEXT", help=tr_cli(help_))
    p.add_argument("--closing", action="store_true",
                   help=tr_cli("this was the case's closing meeting"))
    p = action("private", cmd_private, tr_cli("a private note only you can read"))
    p.add_argument("--text", metavar="TEXT", help=tr_cli("the note (or --file)"))
    p.add_argument("--file", metavar="FILE",
                   help=tr_cli("read the note from a UTF-8 file ('-': stdin)"))
    action("private-list", cmd_private_list, tr_cli("your own private notes on the case"),
           session=False)
    p = action("private-amend", cmd_private_amend,
               tr_cli("a new version of one of your private notes"), session=False)
    p.add_argument("note", metavar="NOTE", help=id_help())
    p.add_argument("--text", metavar="TEXT", help=tr_cli("the new version (or --file)"))
    p.add_argument("--file", metavar="FILE",
                   help=tr_cli("read the new version from a UTF-8 file ('-': stdin)"))
    p.add_argument("--reason", required=True, help=tr_cli("why it changes (kept in the entry)"))
    p = nsub.add_parser("private-export", help=tr_cli("your full export of your own private "
                                                      "notes (every case, in clear)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=tr_cli("the JSON file to write (in clear: keep it safe)"))
    p.set_defaults(func=cmd_private_export)
