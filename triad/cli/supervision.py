"""triad-cli commands for supervision (issue 16): ``findings`` (the open findings across the
cases you audit: the supervisor's queue) and ``cosign`` (what awaits your co-signature, or
co-sign one entry). JSON shapes: docs/audit-format.md."""

from __future__ import annotations

import argparse
from typing import Any

from triad.audit.rules import SEVERITIES
from triad.cli._common import json_text, open_vault, safe, safe_lines
from triad.cli.audit import finding_json, names_of

FINDINGS_FORMAT = {"format": "triad-findings", "version": 1}
COSIGN_FORMAT = {"format": "triad-cosign", "version": 1}


def cmd_findings(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        found = ws.findings.open(args.severity, args.case, args.rule)
        names = names_of(ws)
        generated = ws.local_now()
    if args.format == "json":
        print(json_text({**FINDINGS_FORMAT, "generated_at": generated,
                         "filters": {"severity": args.severity, "case": args.case,
                                     "rule": args.rule},
                         "findings": [finding_json(f, names) for f in found]}))
        return 0
    lines = [f"Open findings ({len(found)}), {generated.replace('T', ' ')}"]
    if not found:
        lines.append("None open: every finding on your cases is signed off or resolved.")
    for f in found:
        lines.append(f"{f.severity.upper():8} {f.finding_id}  {f.case_code}  "
                     f"{f.at.replace('T', ' ')}  {f.rule_id}")
        lines.append(f"         {f.explanation}")
        lines.append(f"         record {f.record_id}")
    counts = {s: sum(f.severity == s for f in found) for s in SEVERITIES}
    lines.append("")
    lines.append(", ".join(f"{counts[s]} {s}" for s in SEVERITIES) +
                 ". Sign one off with: triad-cli signoff VAULT FINDING_ID --comment TEXT")
    print(safe_lines(lines))
    return 0


def _awaiting_json(items: list[Any]) -> list[dict[str, Any]]:
    return [{"case": {"case_id": a.case_id, "code": a.case_code}, "entry_id": a.entry_id,
             "kind": a.kind, "at": a.at, "due": a.due, "overdue": a.overdue,
             "session_id": a.session_id or None} for a in items]


# What each co-signed kind is called in the list (``triad.log.kinds.COSIGNED``).
COSIGNED_WORDS = {"debrief.reviewed": "debrief review", "note.progress": "progress note"}


def cmd_cosign(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        if args.entry:
            ws.cosign.cosign(args.entry, args.comment or "")
            print(f"Co-signed {safe(args.entry)}.")
            return 0
        required = ws.cosign.required()
        items = ws.cosign.awaiting(args.case)
    if args.format == "json":
        print(json_text({**COSIGN_FORMAT, "required": required, "awaiting": _awaiting_json(items)}))
        return 0
    if not required:
        print("The practice does not require co-signature (audit-settings --cosign-from DAY).")
        return 0
    lines = [f"Awaiting co-signature ({len(items)})"]
    for a in items:
        late = "  OVERDUE" if a.overdue else ""
        what = COSIGNED_WORDS.get(a.kind, a.kind)
        lines.append(f"{a.case_code}  {a.at.replace('T', ' ')}  {what}  {a.entry_id}  "
                     f"due {a.due}{late}")
    if not items:
        lines.append("Nothing awaits your co-signature.")
    else:
        lines += ["", "Read it with: triad-cli show VAULT CASE; co-sign with: "
                  "triad-cli cosign VAULT ENTRY_ID [--comment TEXT]"]
    print(safe_lines(lines))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("findings", help="the open audit findings across your cases",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--severity", choices=list(SEVERITIES),
                   help="only findings of this severity or worse")
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--rule", metavar="RULE_ID")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_findings)
    p = sub.add_parser("cosign", help="what awaits your co-signature, or co-sign an entry "
                       "(supervisors)", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("entry", metavar="ENTRY_ID", nargs="?",
                   help="the debrief review or progress note to co-sign; without it, "
                   "list what awaits")
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_cosign)
