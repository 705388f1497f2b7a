"""triad-cli commands for the consent audit: audit, audit-trail, signoff, remediate,
audit-settings. The JSON shapes are documented in docs/audit-format.md."""

from __future__ import annotations

import argparse
from typing import Any

from triad import clock
from triad.audit.engine import AuditReport, Finding, Note, TrailItem
from triad.audit.kind_words import kind_words
from triad.audit.sentences import said
from triad.cli._common import json_text, open_vault, safe, safe_lines, tr_cli
from triad.cli.audit_details import CaseWords, case_words, detail_words
from triad.cli.words import counted
from triad.i18n import T_, day_and_time, short_date
from triad.log.entries import VerifyReport
from triad.workspace import Workspace

AUDIT_FORMAT = {"format": "triad-audit", "version": 1}
TRAIL_FORMAT = {"format": "triad-audit-trail", "version": 1}
SEVERITY_WORDS = {"critical": T_("cli", "CRITICAL"), "major": T_("cli", "MAJOR"),
                  "minor": T_("cli", "MINOR")}
STATUS_WORDS = {"open": T_("cli", "open"), "signed-off": T_("cli", "signed off"),
                "resolved": T_("cli", "resolved")}
ROLE_WORDS = {"therapist": T_("cli", "therapist"), "surrogate": T_("cli", "surrogate partner"),
              "supervisor": T_("cli", "supervisor")}



def _word(table: dict[str, str], code: str) -> str:
    return tr_cli(table[code]) if code in table else code


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


def report_text(report: AuditReport, verification: VerifyReport, names: dict[str, str],
                cases: dict[str, CaseWords] | None = None) -> str:
    """The audit as text; ``cases``: each case's phase titles and aid descriptions, for the
    findings' details (:func:`triad.cli.audit_details.case_words`)."""
    s = summary(report)
    cases = cases or {}
    lines = [tr_cli("Consent audit of {cases} case(s), {when}").format(
                 cases=report.cases, when=day_and_time(report.generated_at)),
             entry_log_line(verification), ""]
    if not report.findings:
        lines.append(tr_cli("No findings."))
    width = max(len(tr_cli(w)) for w in SEVERITY_WORDS.values())  # "ERHEBLICH"
    indent = " " * (width + 1)
    for f in report.findings:
        lines.append(f"{_word(SEVERITY_WORDS, f.severity):{width}} {f.finding_id}  "
                     f"{f.case_code}  {day_and_time(f.at)}  {_word(STATUS_WORDS, f.status)}")
        lines.append(f"{indent}{f.rule_id}: {explanation(f)}")
        extra = detail_words(f, names, *cases.get(f.case_id, ({}, {})))
        lines.append(indent + tr_cli("record {id}").format(id=f.record_id)
                     + (f"  ({extra})" if extra else ""))
        if f.resolved_by:
            lines.append(indent + tr_cli("resolved {when} by entry {id}").format(
                when=day_and_time(str(f.resolved_at)), id=f.resolved_by))
        for n in f.signoffs:
            lines.append(indent + tr_cli("signed off {when} by {name}: {text}").format(
                when=day_and_time(n.at), name=names.get(n.by, "?"), text=n.text))
        for n in f.remediations:
            lines.append(indent + tr_cli("remediation {when} by {name}: {text}").format(
                when=day_and_time(n.at), name=names.get(n.by, "?"), text=n.text))
    o = s["open"]
    lines += ["", tr_cli("Open: {critical} critical, {major} major, {minor} minor; {signed_off} "
                         "signed off; {resolved} resolved.").format(
        critical=o["critical"], major=o["major"], minor=o["minor"], signed_off=s["signed_off"],
        resolved=s["resolved"])]
    return safe_lines(lines)


def explanation(f: Finding) -> str:
    """The finding's sentence in the language spoken, as the app's audit pages and the audit
    report say it (``triad.audit.sentences.said``): a credential finding names the member in
    German too."""
    return said(f)


def entry_log_line(v: VerifyReport) -> str:
    """The entry log's verification in one line."""
    if not v.ok:
        return counted(len(v.problems), "Entry log: {n} PROBLEM: run triad-cli verify",
                       "Entry log: {n} PROBLEMS: run triad-cli verify")
    return tr_cli("Entry log: verified ({entries} entries, {chains} signed chains)").format(
        entries=v.entries, chains=v.chains)


def cmd_audit(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        report = ws.audit.run(args.case)
        verification = ws.audit.verification()
        names = names_of(ws)
        words = case_words(ws, report.findings)
    if args.format == "json":
        print(json_text(report_json(report, verification, names)))
    else:
        print(report_text(report, verification, names, words))
    failing = bool(args.fail_on and report.open_at_or_above(args.fail_on))
    return 1 if failing or not verification.ok else 0


def trail_json(items: list[TrailItem], verification: VerifyReport) -> dict[str, Any]:
    return {**TRAIL_FORMAT, "verification": verification_json(verification),
            "items": [{"at": i.at, "member_id": i.member_id, "member": i.member, "role": i.role,
                       "kind": i.kind, "case": i.case_code, "entry_id": i.entry_id} for i in items]}


def trail_line(i: TrailItem) -> str:
    """One trail entry: local time (as every other time the command line prints), who, the
    case, the kind in words (the app's), the entry id."""
    when = day_and_time(clock.utc_to_local_minutes(i.at)) if i.at.endswith("Z") \
        else day_and_time(i.at[:16])
    return (f"{when}  {i.member} ({_word(ROLE_WORDS, i.role)})  "
            f"{i.case_code or tr_cli('vault')}  {kind_words(i.kind)}  {i.entry_id}")


def cmd_trail(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        items = ws.audit.trail(args.case, args.who, args.since)
        verification = ws.audit.verification()
    if args.format == "json":
        print(json_text(trail_json(items, verification)))
        return 0 if verification.ok else 1
    print(tr_cli("Entry log: every signature and hash chain verifies") if verification.ok
          else counted(len(verification.problems), "Entry log: {n} PROBLEM: run triad-cli verify",
                       "Entry log: {n} PROBLEMS: run triad-cli verify"))
    for i in items:
        print(safe(trail_line(i)))
    if not items:
        print(tr_cli("No entries match."))
    return 0 if verification.ok else 1


def cmd_signoff(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.audit.sign_off(args.finding, args.comment)
    print(tr_cli("Signed off {finding}.").format(finding=safe(args.finding.upper())))
    return 0


def cmd_remediate(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        ws.audit.remediate(args.finding, args.note)
    print(tr_cli("Remediation note added to {finding}.").format(
        finding=safe(args.finding.upper())))
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
    print(tr_cli("review deadline for debriefs: {days} days").format(days=settings.review_days))
    print(tr_cli("re-consent at phase change: on") if settings.reconsent_at_phase_change
          else tr_cli("re-consent at phase change: off"))
    print(tr_cli("credential expiry warning: {days} days").format(
        days=settings.credential_warning_days))
    print(tr_cli("age of majority (no touch or aid activity below it): {years}").format(
        years=settings.age_of_majority))
    print(tr_cli("stalled case: no session for more than {days} days").format(
        days=settings.stalled_days))
    print(tr_cli("phase overrun: held sessions more than {percent} % past the plan").format(
        percent=settings.overrun_percent))
    print(tr_cli("concurrent therapy: a therapist session within {days} days before each "
                 "surrogate session").format(days=settings.concurrent_days))
    print(tr_cli("supervisor co-signs debrief reviews and progress notes: from {day}, within "
                 "{days} days").format(day=short_date(settings.cosign_from),
                                       days=settings.cosign_days)
          if settings.cosign_from else
          tr_cli("supervisor co-signs debrief reviews and progress notes: not required"))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", help=tr_cli("run the consent audit"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--case", metavar="CASE", help=tr_cli("only this case (default: every case)"))
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help=tr_cli("text (the default) or json (docs/audit-format.md)"))
    p.add_argument("--fail-on", choices=["critical", "major", "minor"],
                   help=tr_cli("exit 1 when a finding at or above this severity is open"))
    p.set_defaults(func=cmd_audit)
    p = sub.add_parser("audit-trail", help=tr_cli("who did what and when, every disclosure included"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--case", metavar="CASE",
                   help=tr_cli("only this case's entries and the disclosures that name it"))
    p.add_argument("--who", metavar="NAME", help=tr_cli("only this member's entries"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help=tr_cli("only entries from this day on"))
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help=tr_cli("text (the default) or json (docs/audit-format.md)"))
    p.set_defaults(func=cmd_trail)
    p = sub.add_parser("signoff", help=tr_cli("acknowledge a finding (supervisors)"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("finding", metavar="FINDING_ID", help=tr_cli("the finding's id, as the audit lists it"))
    p.add_argument("--comment", required=True, metavar="TEXT",
                   help=tr_cli("your comment, kept with the sign-off"))
    p.set_defaults(func=cmd_signoff)
    p = sub.add_parser("remediate", help=tr_cli("answer a finding (the case's therapist)"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("finding", metavar="FINDING_ID", help=tr_cli("the finding's id, as the audit lists it"))
    p.add_argument("--note", required=True, metavar="TEXT",
                   help=tr_cli("what was done about it"))
    p.set_defaults(func=cmd_remediate)
    p = sub.add_parser("audit-settings", help=tr_cli("show or change the vault's audit settings"),
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--review-days", type=int, metavar="DAYS",
                   help=tr_cli("a debrief's review is overdue after this many days"))
    p.add_argument("--reconsent-at-phase-change", choices=["on", "off"],
                   help=tr_cli("a new phase needs consent signed for it"))
    p.add_argument("--age-of-majority", type=int, metavar="YEARS",
                   help=tr_cli("no touch or aid activity for a younger client (16 to 21; default 18)"))
    p.add_argument("--credential-warning-days", type=int, metavar="DAYS",
                   help=tr_cli("warn this many days before a credential expires"))
    p.add_argument("--stalled-days", type=int, metavar="DAYS",
                   help=tr_cli("an active case with no session for longer is stalled (default 28)"))
    p.add_argument("--overrun-percent", type=int, metavar="PERCENT",
                   help=tr_cli("a phase held this much past its planned sessions is overrunning "
                               "(default 50)"))
    p.add_argument("--concurrent-days", type=int, metavar="DAYS",
                   help=tr_cli("a surrogate session needs a therapist session within this many "
                               "days before it (default 21)"))
    p.add_argument("--cosign-from", metavar="YYYY-MM-DD|off",
                   help=tr_cli("the supervisor co-signs the therapist's debrief reviews from this "
                               "day"))
    p.add_argument("--cosign-days", type=int, metavar="DAYS",
                   help=tr_cli("a co-signature is overdue after this many days (default 14)"))
    p.set_defaults(func=cmd_settings)
