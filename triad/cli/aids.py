"""triad-cli commands for a case's aid inventory (``triad.casefile.aids``): ``aids VAULT CASE``
lists the aids and each aid's consent; ``aids add`` and ``aids retire`` change the inventory
(the case's therapist). Each aid needs its own consent on the therapeutic-aids form
(``consent give VAULT CASE therapeutic-aids --aid ID``, or the Triad app). ``debrief`` logs a surrogate partner's debrief, naming the aids used
(``--aid``, repeatable) from the inventory."""

from __future__ import annotations

import argparse

from triad.casefile.aids import USES, Aid
from triad.casefile.sessions import DebriefForm
from triad.cli._common import CliError, open_vault, print_table, safe, tr_cli, tr_messages
from triad.cli.ids import SESSION_HELP, aid_id, id_help
from triad.cli.ids import session_id as find_session
from triad.cli.labels import activity_codes, typed_codes
from triad.i18n import T_, day_and_time, short_date
from triad.messages import flag_words
from triad.workspace import Workspace

ACTIONS = ("list", "add", "retire")
AID_HELP = T_("cli", "the aid's id, or its first {n} or more characters")
USE_WORDS = {"in_session": T_("cli", "in session"), "at_home": T_("cli", "at home")}
KIND_WORDS = {"full-body": T_("cli", "full-body"), "partial": T_("cli", "partial"),
              "customised": T_("cli", "customised")}


def uses_text(uses: tuple[str, ...] | list[str]) -> str:
    return ", ".join(tr_cli(USE_WORDS[u]) if u in USE_WORDS else u for u in uses)


def kind_text(kind: str) -> str:
    return tr_cli(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def consent_text(aid: Aid, uses: tuple[str, ...]) -> str:
    """An aid's consent now, in words."""
    if aid.retired:
        return tr_cli("retired {day}: {reason}").format(day=short_date(str(aid.retired_at)[:10]),
                                                       reason=aid.retired_reason)
    return tr_cli("consented: {uses}").format(uses=uses_text(uses)) if uses \
        else tr_cli("not consented")


def aid_lines(ws: Workspace, case_id: str) -> list[str]:
    """The inventory for ``show``: one line per aid with its consent now."""
    status = ws.aids.consent_status(case_id)
    out = []
    for a in ws.aids.list(case_id):
        what = "; ".join(x for x in (kind_text(a.kind), a.material,
                                     tr_cli("for {uses}").format(uses=uses_text(a.where))) if x)
        out.append(f"  {a.aid_id[:8]}  {a.description} ({what}): "
                   f"{consent_text(a, status.get(a.aid_id, ()))}")
    return out


def cmd_aids(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        case_id = ws.cases.get(args.case).case_id
        aids = ws.aids.list(case_id)
        if not aids:
            print(tr_cli("No aids in this case's inventory. Add one with 'triad-cli aids add "
                         "VAULT CASE --kind KIND --description WORDS'."))
            return 0
        status = ws.aids.consent_status(case_id)
        rows = [(tr_cli("ID"), tr_cli("KIND"), tr_cli("DESCRIPTION"), tr_cli("MATERIAL"),
                 tr_cli("FOR"), tr_cli("CONSENT NOW"))]
        for a in aids:
            rows.append((a.aid_id[:8], kind_text(a.kind), a.description, a.material or "-",
                         uses_text(a.where), consent_text(a, status.get(a.aid_id, ()))))
        print_table(rows)
    return 0


def _where(text: str) -> list[str]:
    places = [w.strip().replace("-", "_") for w in text.split(",") if w.strip()]
    if not places or any(w not in USES for w in places):
        raise CliError(tr_cli("--where takes in_session, at_home, or both separated by a comma"))
    return places


def cmd_aids_add(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        change = ws.aids.add(args.case, args.kind, args.description, _where(args.where),
                             args.material or "")
        print(tr_cli("Added aid {id} to the inventory. It needs its own consent before it "
                     "is used: the therapeutic-aids form, 'triad-cli consent give VAULT CASE "
                     "therapeutic-aids --aid {id} ...' (or in the Triad app).")
              .format(id=change.subject_id[:8]))
    return 0


def cmd_aids_retire(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        aid = ws.aids.get(args.case, aid_id(ws, args.case, args.aid))
        ws.aids.retire(args.case, aid.aid_id, args.reason)
        print(tr_cli("Retired aid {id} ({description}); its records stay readable.").format(
            id=aid.aid_id[:8], description=safe(aid.description)))
    return 0


# --safer-sex-kept: the option's values, and the German words a German sentence names
YES_NO = {"yes": "yes", "no": "no", "ja": "yes", "nein": "no"}


def yes_no(text: str) -> str:
    """"yes" or "no" (also "ja"/"nein", as the German refusal says them)."""
    said = YES_NO.get(text.strip().casefold())
    if said is None:
        raise argparse.ArgumentTypeError(tr_cli("write yes or no"))
    return said


def cmd_debrief(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        session_id = find_session(ws, args.case, args.session)
        aids = [ws.aids.get(args.case, aid_id(ws, args.case, a)).aid_id for a in args.aid or []]
        kept = None if args.safer_sex_kept is None else args.safer_sex_kept == "yes"
        ws.sessions.submit_debrief(session_id, DebriefForm(
            activities_done=typed_codes(args.done), suds_before=args.suds_before,
            suds_after=args.suds_after, went_well=args.went_well or "",
            was_hard=args.was_hard or "", boundaries_kept=args.boundary_not_kept is None,
            boundaries_note=args.boundary_not_kept or "", stop_signals=args.stop_signals,
            pause_signals=args.pause_signals, safer_sex_kept=kept, aid_ids=tuple(aids),
            questions=args.questions or "", proposal=args.proposal or "",
            held_at=args.held_at))
        d = ws.sessions.get(session_id).debrief
        assert d is not None
        names = ws.aids.descriptions(args.case)
        print(tr_cli("Debrief saved for the session of {when}.").format(
            when=day_and_time(d.held_at)))
        if d.flags:
            print(tr_cli("Flagged for the therapist's review: {flags}.").format(flags=safe(
                "; ".join(flag_words(f, tr_messages, aids=names) for f in d.flags))))
    return 0


def with_default_action(argv: list[str]) -> list[str]:
    """``aids VAULT CASE`` is ``aids list VAULT CASE``."""
    if argv and argv[0] == "aids" and (len(argv) < 2 or argv[1] not in (*ACTIONS, "-h", "--help")):
        return ["aids", "list", *argv[1:]]
    return argv


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    aids = sub.add_parser("aids", help=tr_cli("a case's therapeutic aids and each aid's consent "
                                                   "('aids VAULT CASE' lists them)"))
    asub = aids.add_subparsers(dest="aids_command", required=True, metavar="ACTION")
    p = asub.add_parser("list", help=tr_cli("the aids and each aid's consent now"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.set_defaults(func=cmd_aids)
    p = asub.add_parser("add", help=tr_cli("add an aid to the case's inventory (the case's therapist)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--kind", required=True, choices=["full-body", "partial", "customised"],
                   help=tr_cli("full-body (a doll), partial (a model) or customised"))
    p.add_argument("--description", required=True, help=tr_cli('a few words, e.g. "pelvic model"'))
    p.add_argument("--material", help=tr_cli("what it is made of (allergies matter), optional"))
    p.add_argument("--where", default="in_session", metavar="in_session,at_home",
                   help=tr_cli("where it may be used (default: in_session)"))
    p.set_defaults(func=cmd_aids_add)
    p = asub.add_parser("retire", help=tr_cli("take an aid out of the inventory (nothing is deleted)"),
                        parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("aid", metavar="AID", help=id_help(AID_HELP))
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help=tr_cli("why it leaves the inventory (kept with the record)"))
    p.set_defaults(func=cmd_aids_retire)
    p = sub.add_parser("debrief", help=tr_cli("log the debrief of one of your sessions (the "
                                                   "session's surrogate partner)"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--session", required=True, metavar="SESSION",
                   help=id_help(SESSION_HELP))
    p.add_argument("--done", required=True, action="append", metavar="ACTIVITY",
                   help=tr_cli("an activity done, e.g. conversation (repeat for each)"))
    p.add_argument("--aid", action="append", metavar="AID",
                   help=tr_cli("an aid used, by its id from 'triad-cli aids VAULT CASE' (repeat "
                               "for each)"))
    p.add_argument("--held-at", metavar="YYYY-MM-DD HH:MM", help=tr_cli("default: the session's time"))
    p.add_argument("--suds-before", type=int, metavar="0-10",
                   help=tr_cli("SUDS before the session"))
    p.add_argument("--suds-after", type=int, metavar="0-10",
                   help=tr_cli("SUDS after the session"))
    p.add_argument("--safer-sex-kept", type=yes_no, metavar="yes|no",
                   help=tr_cli("required for genital touch or intercourse"))
    p.add_argument("--stop-signals", type=int, default=0, metavar="N",
                   help=tr_cli("how often the stop signal was given (default: 0)"))
    p.add_argument("--pause-signals", type=int, default=0, metavar="N",
                   help=tr_cli("how often the pause signal was given (default: 0)"))
    p.add_argument("--boundary-not-kept", metavar="NOTE",
                   help=tr_cli("a boundary was not kept: say which and what happened"))
    for name, help_ in (("went-well", T_("cli", "what went well")),
                        ("was-hard", T_("cli", "what was hard")),
                        ("questions", T_("cli", "questions for the therapist")),
                        ("proposal", T_("cli", "a proposal for the next session"))):
        p.add_argument(f"--{name}", metavar="TEXT", help=tr_cli(help_))
    p.set_defaults(func=cmd_debrief)
    p.epilog = activity_codes()  # --done takes these codes
