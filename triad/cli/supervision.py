"""triad-cli commands for supervision (issue 16): ``findings`` (the open findings across the
cases you audit: the supervisor's queue) and ``cosign`` (what awaits your co-signature, or
co-sign one entry). JSON shapes: docs/audit-format.md."""

from __future__ import annotations

import argparse
from typing import Any

from triad.audit.rules import SEVERITIES
from triad.audit.sentences import said
from triad.cli._common import json_text, open_vault, safe, safe_lines, tr_cli
from triad.cli.audit import finding_json, names_of
from triad.cli.ids import id_help, unique_prefix
from triad.i18n import T_, day_and_time, short_date
from triad.roles import Role

FINDINGS_FORMAT = {"format": "triad-findings", "version": 1}
COSIGN_FORMAT = {"format": "triad-cosign", "version": 1}

# The severities as the queue prints them (upper-cased) and counts them (the rule ids stay).
SEVERITY_NAMES = {"critical": T_("cli", "critical"), "major": T_("cli", "major"),
                  "minor": T_("cli", "minor")}
SEVERITY_COUNTS = {"critical": T_("cli", "{n} critical"), "major": T_("cli", "{n} major"),
                   "minor": T_("cli", "{n} minor")}


def _next_step(role: Role) -> str:
    """What the reader can do about a finding: a supervisor signs it off, the case's therapist
    answers it (only a supervisor may sign off: the hint is never shown to a therapist)."""
    if role is Role.SUPERVISOR:
        return tr_cli("Sign one off with: triad-cli signoff VAULT FINDING_ID --comment TEXT")
    if role is Role.THERAPIST:
        return tr_cli("Answer one with: triad-cli remediate VAULT FINDING_ID --note TEXT")
    return ""


def cmd_findings(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        found = ws.findings.open(args.severity, args.case, args.rule)
        names = names_of(ws)
        generated = ws.local_now()
        next_step = _next_step(ws.actor.role)
    if args.format == "json":
        print(json_text({**FINDINGS_FORMAT, "generated_at": generated,
                         "filters": {"severity": args.severity, "case": args.case,
                                     "rule": args.rule},
                         "findings": [finding_json(f, names) for f in found]}))
        return 0
    lines = [tr_cli("Open findings ({count}), {when}").format(count=len(found),
                                                             when=day_and_time(generated))]
    if not found:
        lines.append(tr_cli("None open: every finding on your cases is signed off or resolved."))
    width = max(8, *(len(tr_cli(w)) for w in SEVERITY_NAMES.values()))  # "ERHEBLICH"
    for f in found:
        severity = tr_cli(SEVERITY_NAMES.get(f.severity, f.severity)).upper()
        lines.append(f"{severity:{width}} {f.finding_id}  {f.case_code}  "
                     f"{day_and_time(f.at)}  {f.rule_id}")
        lines.append(f"         {said(f)}")
        lines.append("         " + tr_cli("record {id}").format(id=f.record_id))
    counts = {s: sum(f.severity == s for f in found) for s in SEVERITIES}
    lines.append("")
    lines.append(", ".join(tr_cli(SEVERITY_COUNTS[s]).format(n=counts[s])
                           if s in SEVERITY_COUNTS else f"{counts[s]} {s}" for s in SEVERITIES)
                 + "." + (f" {next_step}" if found and next_step else ""))
    print(safe_lines(lines))
    return 0


def _awaiting_json(items: list[Any]) -> list[dict[str, Any]]:
    return [{"case": {"case_id": a.case_id, "code": a.case_code}, "entry_id": a.entry_id,
             "kind": a.kind, "at": a.at, "due": a.due, "overdue": a.overdue,
             "session_id": a.session_id or None} for a in items]


COSIGN_HELP = T_("cli", "the debrief review or progress note to co-sign, by its id or its first "
                        "{n} or more characters; without it, list what awaits")
# What each co-signed kind is called in the list (``triad.log.kinds.COSIGNED``).
COSIGNED_WORDS = {"debrief.reviewed": T_("cli", "debrief review"),
                  "note.progress": T_("cli", "progress note")}


def cmd_cosign(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.entry:
            entry = unique_prefix(args.entry, (a.entry_id for a in ws.cosign.awaiting())) \
                or args.entry.strip()
            ws.cosign.cosign(entry, args.comment or "")
            print(tr_cli("Co-signed {entry}.").format(entry=safe(entry)))
            return 0
        required = ws.cosign.required()
        items = ws.cosign.awaiting(args.case)
    if args.format == "json":
        print(json_text({**COSIGN_FORMAT, "required": required, "awaiting": _awaiting_json(items)}))
        return 0
    if not required:
        print(tr_cli("The practice does not require co-signature (audit-settings --cosign-from "
                     "DAY)."))
        return 0
    lines = [tr_cli("Awaiting co-signature ({count})").format(count=len(items))]
    for a in items:
        late = tr_cli("  OVERDUE") if a.overdue else ""
        what = tr_cli(COSIGNED_WORDS.get(a.kind, a.kind))
        lines.append(f"{a.case_code}  {day_and_time(a.at)}  {what}  {a.entry_id}  "
                     + tr_cli("due {day}").format(day=short_date(a.due)) + late)
    if not items:
        lines.append(tr_cli("Nothing awaits your co-signature."))
    else:
        lines += ["", tr_cli("Read it with: triad-cli show VAULT CASE; co-sign with: "
                             "triad-cli cosign VAULT ENTRY_ID [--comment TEXT]")]
    print(safe_lines(lines))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("findings", help=tr_cli("the open audit findings across your cases"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--severity", choices=list(SEVERITIES),
                   help=tr_cli("only findings of this severity or worse"))
    p.add_argument("--case", metavar="CASE", help=tr_cli("only this case (its code)"))
    p.add_argument("--rule", metavar="RULE_ID",
                   help=tr_cli("only findings of this rule, e.g. debrief.review-overdue"))
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help=tr_cli("text (the default) or json"))
    p.set_defaults(func=cmd_findings)
    p = sub.add_parser("cosign", help=tr_cli("what awaits your co-signature, or co-sign an "
                                             "entry (supervisors)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("entry", metavar="ENTRY_ID", nargs="?",
                   help=id_help(COSIGN_HELP))
    p.add_argument("--comment", metavar="TEXT", help=tr_cli("your comment, kept with the co-signature"))
    p.add_argument("--case", metavar="CASE", help=tr_cli("only this case (its code)"))
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help=tr_cli("text (the default) or json"))
    p.set_defaults(func=cmd_cosign)
