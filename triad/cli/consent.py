"""``triad-cli consent``: record a consent the client signed (typed name, or a scan of the
paper form), countersign one in your own session, and save a record's scan on purpose.

Each party signs for themselves (issue 13): the therapist's signature is hers (the member the
command acts as); the client's typed name must be the case's client legal name; a triad
agreement awaits the surrogate partner's own countersignature (``consent countersign``, run
as her). A consent id may be shortened to its first characters, as ``show`` prints them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from triad import i18n
from triad.casefile.aids import USES
from triad.casefile.disclosures import What
from triad.cli._common import (
    CliError,
    open_vault,
    read_input,
    safe,
    save_disclosed,
    tr_cli,
    writable,
)
from triad.cli.ids import id_help, unique_prefix
from triad.cli.labels import activity_codes, typed_codes
from triad.i18n import T_, day_and_time
from triad.workspace import Workspace

MAX_SCAN_READ = 11 * 1024 * 1024  # read a little past the core's limit: it says the limit
RECORD_HELP = T_("cli", "the record's id, or its first {n} or more characters (triad-cli show "
                      "VAULT CASE lists them)")
PARTY_WORDS = {"client": T_("cli", "client"), "therapist": T_("cli", "therapist")}


def consent_id(ws: Workspace, case: str, given: str) -> str:
    """The consent id ``given`` stands for (whole, or a unique prefix: triad.cli.ids)."""
    found = unique_prefix(given, (r.consent_id for r in ws.consent.records(case)))
    if found is None:
        raise CliError(tr_cli("no single consent record of that case has that id; 'triad-cli "
                              "show VAULT CASE' lists them with the first characters of their "
                              "ids"))
    return found


def form_word(form_id: str) -> str:
    """The form as ``show`` names it: its id in English (as always printed), its name in
    German ("Triadenvereinbarung"), never the id inside a German sentence."""
    from triad.cli.cases import FORM_CODES

    return tr_cli(FORM_CODES[form_id]) if form_id in FORM_CODES else form_id


def _read_scan(path: str) -> bytes:
    """The scan's bytes, read with a cap a little past the core's limit (the core names it)."""
    return read_input(path, MAX_SCAN_READ, tr_cli("scan"))  # a word in the refusal


def aid_grants(ws: Workspace, case: str, given: list[str]) -> list[dict[str, Any]] | None:
    """``--aid AID[:USE,USE]`` as a therapeutic-aids consent lists the aids (None: none given).
    The uses default to every use the aid's inventory entry allows."""
    if not given:
        return None
    out: list[dict[str, Any]] = []
    for text in given:
        key, _, uses = text.partition(":")
        aid = ws.aids.get(case, key.strip())
        chosen = [u.strip().replace("-", "_") for u in uses.split(",") if u.strip()] \
            or list(aid.where)
        if any(u not in USES for u in chosen):
            raise CliError(tr_cli("--aid takes AID or AID:USES, the uses in_session, at_home "
                                  "or both separated by a comma"))
        out.append({"aid_id": aid.aid_id, "uses": chosen})
    return out


# The languages forms are shipped in (triad.casefile.forms.languages(); written out here so
# that building the parser imports no form text).
FORM_LANGUAGES = ("en", "de")


def add_form_language(p: argparse.ArgumentParser, what: str) -> None:
    """``--form-language``: by default the language the command line speaks (``--language``,
    else LANGUAGE/LC_ALL/LANG: triad.i18n, chosen before the parser is built), else English."""
    spoken = i18n.chosen()
    p.add_argument("--form-language", choices=FORM_LANGUAGES,
                   default=spoken if spoken in FORM_LANGUAGES else "en", metavar="LANG",
                   help=tr_cli("{what}: the current version in that language, en (English) or "
                               "de (Deutsch); by default the language of the output").format(
                       what=what))


def cmd_give(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        client: dict[str, Any] = {"party": "client", "signed_on": args.signed_on}
        if args.scan:
            client["scan"] = _read_scan(args.scan)
            if args.client_name:
                client["name"] = args.client_name
        elif args.client_name:
            client["name"] = args.client_name
        else:
            raise CliError(tr_cli("give the client's signature: --client-name (typed by the "
                                  "client) or --scan FILE (the paper form the client signed by "
                                  "hand)"))
        surrogate = None
        if args.surrogate:
            surrogate = ws.members.find(args.surrogate).member_id
        signals = {"stop": args.stop_signal or "", "pause": args.pause_signal or ""} \
            if args.stop_signal or args.pause_signal else None
        change = ws.consent.give(
            args.case, args.form, [client, {"party": "therapist", "signed_on": args.signed_on}],
            grants=typed_codes(args.grant), declines=typed_codes(args.decline), valid_from=args.valid_from,
            valid_until=args.valid_until, note=args.note or "", surrogate_id=surrogate,
            signals=signals, safer_sex=args.safer_sex or "",
            aids=aid_grants(ws, args.case, args.aid), language=args.form_language)
        record = ws.consent.get(args.case, change.subject_id or "")
        print(tr_cli("Recorded {form} v{version} ({id}).").format(
            form=form_word(record.form_id), version=record.form_version,
            id=record.consent_id[:8]))
        if record.awaiting:
            who = safe(", ".join(ws.consent.surrogate_name(record.surrogate_id or "")
                                 if p == "surrogate" else
                                 (tr_cli(PARTY_WORDS[p]) if p in PARTY_WORDS else p)
                                 for p in record.awaiting))
            print(tr_cli("It awaits the signature of {who}, who signs in their own session: "
                         "'triad-cli consent countersign VAULT CASE {id} --member NAME'. Until "
                         "then it grants nothing.").format(who=who, id=record.consent_id[:8]))
    return 0


def cmd_countersign(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        cid = consent_id(ws, args.case, args.consent_id)
        ws.signatures.countersign(args.case, cid, signed_on=args.signed_on)
        record = ws.consent.get(args.case, cid)
        state = tr_cli("awaits other signatures") if record.awaiting else \
            tr_cli("in force from {when}").format(when=day_and_time(record.valid_from))
        print(tr_cli("Signed {form} v{version} as {name}: {state}.").format(
            form=form_word(record.form_id), version=record.form_version, name=safe(ws.actor.name),
            state=state))
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        writable(args.output)
        scan = ws.signatures.scan(args.case, consent_id(ws, args.case, args.consent_id))
        # written, then recorded in the accounting of disclosures (a scan of a signed form)
        save_disclosed(ws, args.output, scan.data, What.ATTACHMENT, [args.case])
        print(tr_cli("Wrote {file} ({type}, {size} KiB, SHA-256 checked).").format(
            file=args.output, type=scan.media_type, size=len(scan.data) // 1024 + 1),
            file=sys.stderr)
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    consent = sub.add_parser("consent", help=tr_cli("record, countersign or save the scan of consent"))
    csub = consent.add_subparsers(dest="consent_command", required=True, metavar="ACTION")
    p = csub.add_parser("give", parents=[opener],
                        help=tr_cli("record a consent the client signed with you (therapists)"))
    p.set_defaults(func=cmd_give)
    p.epilog = activity_codes()  # issue 19: --grant and --decline take these codes
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("form", metavar="FORM", help=tr_cli("informed-consent, triad-agreement, "
                               "therapeutic-aids or release-of-information"))
    p.add_argument("--client-name", metavar="NAME",
                   help=tr_cli("the name the client typed (their legal name)"))
    p.add_argument("--scan", metavar="FILE",
                   help=tr_cli("instead: the paper form the client signed by hand (PDF, PNG or "
                               "JPEG)"))
    p.add_argument("--signed-on", metavar="YYYY-MM-DD", help=tr_cli("default: today"))
    p.add_argument("--grant", action="append", default=[], metavar="ACTIVITY",
                   help=tr_cli("an activity the client consents to (repeat for each)"))
    p.add_argument("--decline", action="append", default=[], metavar="ACTIVITY",
                   help=tr_cli("an activity the client declines (repeat for each)"))
    p.add_argument("--valid-from", metavar="YYYY-MM-DD[ HH:MM]",
                   help=tr_cli("in force from (default: when it is signed)"))
    p.add_argument("--valid-until", metavar="YYYY-MM-DD",
                   help=tr_cli("expires after this day (default: no end)"))
    p.add_argument("--surrogate", metavar="NAME",
                   help=tr_cli("a triad agreement: the surrogate partner it is made with"))
    p.add_argument("--stop-signal", metavar="WORDS",
                   help=tr_cli("a triad agreement: the agreed stop signal, in words"))
    p.add_argument("--pause-signal", metavar="WORDS",
                   help=tr_cli("a triad agreement: the agreed pause signal, in words"))
    p.add_argument("--safer-sex", metavar="WORDS",
                   help=tr_cli("a triad agreement: the safer-sex agreement, in words"))
    p.add_argument("--aid", action="append", default=[], metavar="AID[:USES]",
                   help=tr_cli("a therapeutic-aids consent: an aid of the inventory ('triad-cli "
                               "aids') and its uses in_session,at_home (default: all it allows); "
                               "repeatable"))
    p.add_argument("--note", metavar="TEXT", help=tr_cli("a note kept with the record"))
    add_form_language(p, tr_cli("the language of the form text the client read and signed"))
    p = csub.add_parser("countersign", parents=[opener],
                        help=tr_cli("sign a record that awaits your own signature (as --member)"))
    p.set_defaults(func=cmd_countersign)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("consent_id", metavar="CONSENT_ID",
                   help=id_help(RECORD_HELP))
    p.add_argument("--signed-on", metavar="YYYY-MM-DD", help=tr_cli("default: today"))
    p = csub.add_parser("scan", parents=[opener],
                        help=tr_cli("save the scan of a record's signed paper form (therapists)"))
    p.set_defaults(func=cmd_scan)
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("consent_id", metavar="CONSENT_ID",
                   help=id_help(RECORD_HELP))
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help=tr_cli("where to save the scan"))
