"""triad-cli commands for the consent audit: audit, audit-trail, signoff, remediate,
audit-settings. The JSON shapes are documented in docs/audit-format.md."""

from __future__ import annotations

import argparse
from typing import Any

from triad.audit.engine import AuditReport, Finding, Note, TrailItem
from triad.cli._common import json_text, open_vault, safe, safe_lines
from triad.log.entries import VerifyReport
from triad.workspace import Workspace

AUDIT_FORMAT = {"format": "triad-audit", "version": 1}
TRAIL_FORMAT = {"format": "triad-audit-trail", "version": 1}


def _note(n: Note, names: dict[str, str], key: str) -> dict[str, str]:
    return {"by": n.by, "by_name": names.get(n.by, "?"), "at": n.at, key: n.text, "entry_id": n.entry_id}


def finding_json(f: Finding, names: dict[str, str]) -> dict[str, Any]:
    return {
        "finding_id": f.finding_id, "rule_id": f.rule_id, "severity": f.severity,
        "explanation": f.explanation, "case": {"case_id": f.case_id, "code": f.case_code},
        "record_id": f.record_id, "at": f.at, "detail": f.detail, "status": f.status,
        "resolved_by": f.resolved_by, "resolved_at": f.resolved_at,
        "signoffs": [_note(n, names, "comment") for n in f.signoffs],
        "remediations": [_note(n, names, "note") for n in f.remediations],
    }


def verification_json(v: VerifyReport) -> dict[str, Any]:
    return {"ok": v.ok, "entries": v.entries, "chains": v.chains,
            "problems": [{"code": p.code, "entry_id": p.entry_id, "author": p.author,
                          "seq": p.seq, "detail": p.detail} for p in v.problems]}


def summary(report: AuditReport) -> dict[str, Any]:
    open_ = {s: 0 for s in ("critical", "major", "minor")}
    for f in report.findings:
        if f.status == "open":
            open_[f.severity] += 1
    return {"total": len(report.findings), "open": open_,
            "signed_off": sum(f.status == "signed-off" for f in report.findings),
            "resolved": sum(f.status == "resolved" for f in report.findings)}


def report_json(report: AuditReport, verification: VerifyReport, names: dict[str, str]) -> dict[str, Any]:
    return {**AUDIT_FORMAT, "generated_at": report.generated_at, "cases": report.cases,
            "settings": dict(report.settings.__dict__), "summary": summary(report),
            "findings": [finding_json(f, names) for f in report.findings],
            "verification": verification_json(verification)}


def names_of(ws: Workspace) -> dict[str, str]:
    return {m.member_id: m.name for m in ws.members.list(include_removed=True, include_external=True)}


def report_text(report: AuditReport, verification: VerifyReport, names: dict[str, str]) -> str:
    s = summary(report)
    lines = [f"Consent audit of {report.cases} case(s), {report.generated_at.replace('T', ' ')}",
             "Entry log: " + (f"verified ({verification.entries} entries, {verification.chains} signed chains)"
                              if verification.ok else f"{len(verification.problems)} PROBLEM(S): run triad-cli verify"),
             ""]
    if not report.findings:
        lines.append("No findings.")
    for f in report.findings:
        lines.append(f"{f.severity.upper():8} {f.finding_id}  {f.case_code}  {f.at.replace('T', ' ')}  {f.status}")
        lines.append(f"         {f.rule_id}: {f.explanation}")
        extra = ", ".join(f"{k}={v}" for k, v in f.detail.items() if v is not None and k != "member_id")
        if "member_id" in f.detail:
            extra = ", ".join(x for x in (extra, f"member={names.get(f.detail['member_id'], '?')}") if x)
        lines.append(f"         record {f.record_id}" + (f"  ({extra})" if extra else ""))
        if f.resolved_by:
            lines.append(f"         resolved {str(f.resolved_at).replace('T', ' ')} by entry {f.resolved_by}")
        for n in f.signoffs:
            lines.append(f"         signed off {n.at.replace('T', ' ')} by {names.get(n.by, '?')}: {n.text}")
        for n in f.remediations:
            lines.append(f"         remediation {n.at.replace('T', ' ')} by {names.get(n.by, '?')}: {n.text}")
    o = s["open"]
    lines += ["", f"Open: {o['critical']} critical, {o['major']} major, {o['minor']} minor; "
                  f"{s['signed_off']} signed off; {s['resolved']} resolved."]
    return safe_lines(lines)


def cmd_audit(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        report = ws.audit.run(args.case)
        verification = ws.audit.verification()
        names = names_of(ws)
    if args.format == "json":
        print(json_text(report_json(report, verification, names)))
    else:
        print(report_text(report, verification, names))
    failing = bool(args.fail_on and report.open_at_or_above(args.fail_on))
    return 1 if failing or not verification.ok else 0


def trail_json(items: list[TrailItem], verification: VerifyReport) -> dict[str, Any]:
    return {**TRAIL_FORMAT, "verification": verification_json(verification),
            "items": [{"at": i.at, "member_id": i.member_id, "member": i.member, "role": i.role,
                       "kind": i.kind, "case": i.case_code, "entry_id": i.entry_id} for i in items]}


def cmd_trail(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        items = ws.audit.trail(args.case, args.who, args.since)
        verification = ws.audit.verification()
    if args.format == "json":
        print(json_text(trail_json(items, verification)))
        return 0 if verification.ok else 1
    print("Entry log: " + ("every signature and hash chain verifies" if verification.ok
                           else f"{len(verification.problems)} PROBLEM(S): run triad-cli verify"))
    for i in items:
        print(safe(f"{i.at[:19].replace('T', ' ')} UTC  {i.member} ({i.role})  "
                   f"{i.case_code or 'vault'}  {i.kind}  {i.entry_id}"))
    if not items:
        print("No entries match.")
    return 0 if verification.ok else 1


def cmd_signoff(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.audit.sign_off(args.finding, args.comment)
    print(f"Signed off {safe(args.finding.upper())}.")
    return 0


def cmd_remediate(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.audit.remediate(args.finding, args.note)
    print(f"Remediation note added to {safe(args.finding.upper())}.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        changes: dict[str, Any] = {}
        if args.review_days is not None:
            changes["review_days"] = args.review_days
        if args.reconsent_at_phase_change is not None:
            changes["reconsent_at_phase_change"] = args.reconsent_at_phase_change == "on"
        if args.credential_warning_days is not None:
            changes["credential_warning_days"] = args.credential_warning_days
        if args.age_of_majority is not None:
            changes["age_of_majority"] = args.age_of_majority
        for name in ("stalled_days", "overrun_percent", "cosign_from", "cosign_days",
                     "concurrent_days"):
            if getattr(args, name) is not None:
                changes[name] = "" if getattr(args, name) == "off" else getattr(args, name)
        settings = ws.audit.update_settings(**changes) if changes else ws.audit.settings()
    print(f"review deadline for debriefs: {settings.review_days} days")
    print(f"re-consent at phase change: {'on' if settings.reconsent_at_phase_change else 'off'}")
    print(f"credential expiry warning: {settings.credential_warning_days} days")
    print(f"age of majority (no touch or aid activity below it): {settings.age_of_majority}")
    print(f"stalled case: no session for more than {settings.stalled_days} days")
    print(f"phase overrun: held sessions more than {settings.overrun_percent} % past the plan")
    print(f"concurrent therapy: a therapist session within {settings.concurrent_days} days "
          "before each surrogate session")
    print("supervisor co-signs debrief reviews and progress notes: " + (
        f"from {settings.cosign_from}, within {settings.cosign_days} days"
        if settings.cosign_from else "not required"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", help="run the consent audit", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--fail-on", choices=["critical", "major", "minor"],
                   help="exit 1 when a finding at or above this severity is open")
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("audit-trail", help="who did what and when, every disclosure included",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--case", metavar="CASE",
                   help="only this case's entries and the disclosures that name it")
    p.add_argument("--who", metavar="NAME", help="only this member's entries")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_trail)
    p = sub.add_parser("signoff", help="acknowledge a finding (supervisors)", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("finding", metavar="FINDING_ID")
    p.add_argument("--comment", required=True)
    p.set_defaults(func=cmd_signoff)
    p = sub.add_parser("remediate", help="answer a finding (the case's therapist)", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("finding", metavar="FINDING_ID")
    p.add_argument("--note", required=True)
    p.set_defaults(func=cmd_remediate)
    p = sub.add_parser("audit-settings", help="show or change the vault's audit settings",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--review-days", type=int)
    p.add_argument("--reconsent-at-phase-change", choices=["on", "off"])
    p.add_argument("--age-of-majority", type=int, metavar="YEARS",
                   help="no touch or aid activity for a younger client (16 to 21; default 18)")
    p.add_argument("--credential-warning-days", type=int)
    p.add_argument("--stalled-days", type=int, metavar="DAYS",
                   help="an active case with no session for longer is stalled (default 28)")
    p.add_argument("--overrun-percent", type=int, metavar="PERCENT",
                   help="a phase held this much past its planned sessions is overrunning (default 50)")
    p.add_argument("--concurrent-days", type=int, metavar="DAYS",
                   help="a surrogate session needs a therapist session within this many days "
                        "before it (default 21)")
    p.add_argument("--cosign-from", metavar="YYYY-MM-DD|off",
                   help="the supervisor co-signs the therapist's debrief reviews from this day")
    p.add_argument("--cosign-days", type=int, metavar="DAYS",
                   help="a co-signature is overdue after this many days (default 14)")
    p.set_defaults(func=cmd_settings)
