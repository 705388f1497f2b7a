"""triad-cli commands for the case file: demo, cases, show, export-json, import-json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triad.casefile import agenda
from triad.casefile.cases import TRANSITIONS, Case, reads_client_code_only
from triad.casefile.disclosures import What
from triad.casefile.flags import FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS
from triad.casefile.outcomes import CANCELLED, MISSING, NO_SHOW, SCHEDULED
from triad.casefile.sessions import Session
from triad.cli._common import (
    NEW_PASSPHRASE_ENV,
    ask_secret,
    open_vault,
    print_table,
    read_input,
    safe_lines,
    save_disclosed,
    writable,
)
from triad.cli.aids import aid_lines, uses_text
from triad.cli.notes import note_lines
from triad.roles import Role
from triad.transfer.case_json import MAX_CASE_FILE_BYTES
from triad.workspace import Workspace

LEGAL_BASIS_WORDS = {"explicit-consent": "explicit consent, 9(2)(a)",
                     "health-care": "health care, 9(2)(h)", "": "not recorded"}
DUE_WORDS = {
    "review-debrief": "review the debrief of {when}",
    "debrief-missing": "debrief missing for {when}",
    "outcome-missing": "outcome missing for {when} ('triad-cli session outcome')",
    "session": "session {when}",
    "consent-expires": "consent expires {when}",
    "capacity-missing": "capacity assessment to record",
    "date-of-birth-missing": "date of birth to record",
    "sign-consent": "informed consent to sign",
    "sign-release": "release of information to sign",
    "sign-triad-agreement": "triad agreement with {name} to sign",
    "agree-signals": "agree the stop and pause signals with {name} (triad agreement)",
    "sign-aids-consent": "therapeutic-aids consent to sign",
    "awaiting-signature": "awaiting {name}'s signature",
    # a supervisor's own (issue 16)
    "cosign-review": "co-sign the review of {when} (triad-cli cosign)",
    "cosign-note": "co-sign the progress note of {when} (triad-cli cosign)",  # cosign-review
    "finding": "sign off finding {subject} (triad-cli findings)",
    "meeting-start": "three-way meeting to hold before the first surrogate session",
    "meeting-stalled": "surrogate work has stalled: three-way meeting to hold",
    "meeting-closing": "closing three-way meeting to hold",
    "minutes-missing": "minutes to write for the three-way meeting",
    "request-due": "client's request due {when} ('triad-cli requests')",  # issue 17
}
PARTY_NAMES = {"client": "the client", "therapist": "the therapist",
               "surrogate": "the surrogate partner"}


def due_text(item: agenda.DueItem | None, ws: Workspace | None = None) -> str:
    """The next-due column's words; ``ws`` names the surrogate partner of a triad agreement
    to sign (their member name; "the surrogate partner" without it)."""
    if item is None:
        return "-"
    name = "the surrogate partner"
    if item.code == "awaiting-signature":
        name = PARTY_NAMES.get(item.subject_id, name)
    if item.code in ("sign-triad-agreement", "agree-signals", "awaiting-signature") \
            and ws is not None:
        name = (ws.consent.surrogate_name(item.subject_id) or name) \
            if item.subject_id not in PARTY_NAMES else name
    code = item.code
    if code == "cosign-review" and ws is not None:  # the entry co-signed: a review or a note
        target = ws.log.get(item.subject_id)
        code = "cosign-note" if target is not None and target.kind == "note.progress" else code
    return DUE_WORDS[code].format(when=item.when.replace("T", " "), name=name,
                                       subject=item.subject_id)


def cmd_demo(args: argparse.Namespace) -> int:
    from triad import demo

    passphrase = ask_secret(NEW_PASSPHRASE_ENV, "Passphrase for every demo member", confirm=True)
    ws = demo.build(Path(args.vault), passphrase,
                    progress=lambda msg: print(f"  {msg}", file=sys.stderr))
    try:
        print(f"Created the demo practice in {args.vault}: {len(ws.cases.list())} cases.")
        print(f"Members: {demo.THERAPIST} (therapist, the default), {', '.join(demo.SURROGATES)} "
              f"(surrogates), {demo.SUPERVISOR} (supervisor); all use the same passphrase.")
    finally:
        ws.close()
    return 0


def _phase_title(ws: Workspace, case_id: str) -> str:
    plan = ws.plans.current(case_id)
    if plan is None:
        return "no plan"
    return plan.current.title if plan.current else "between phases"


def cmd_cases(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        rows = [("CODE", "STATUS", "PHASE", "NEXT")]
        for case in ws.cases.list(args.status):
            rows.append((case.code, case.status, _phase_title(ws, case.case_id),
                         due_text(agenda.next_due(ws, case.case_id), ws)))
        if len(rows) == 1:
            print("No cases" + (f" with status {args.status}" if args.status else "") + ".")
            return 0
        print_table(rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        print(render_case(ws, args.case, show_names=args.show_names))
    return 0


CAPACITY_WORDS = {"has-capacity": "has capacity", "lacks-capacity": "lacks capacity",
                  "needs-review": "needs review"}


def _age_and_capacity(ws: Workspace, case: Case, show_names: bool) -> list[str]:
    """The date of birth (recorded or not; its value only with the names) and the latest
    capacity assessment: what consent beyond conversation needs. A surrogate partner never
    holds the date of birth, so is told nothing about it."""
    out = []
    if ws.cases.access.role(case.case_id) is not Role.SURROGATE:
        born = case.client.date_of_birth
        if not born:
            out.append("Date of birth: not recorded (needed before any consent beyond "
                       "conversation; record it in the Triad app)")
        elif show_names:
            out.append(f"Date of birth: {born}")
        else:
            out.append("Date of birth: recorded")
    latest = ws.capacity.latest(case.case_id)
    if latest is None:
        out.append("Capacity: not assessed (needed before the informed consent; record it in "
                   "the Triad app)")
    else:
        out.append(f"Capacity: {CAPACITY_WORDS.get(latest.outcome, latest.outcome)} "
                   f"(assessed {latest.on})" + (f": {latest.note}" if latest.note else ""))
    return out


def render_case(ws: Workspace, key: str, show_names: bool = False) -> str:
    """A readable plain-text summary of one case (pseudonymised unless ``show_names``)."""
    case = ws.cases.get(key)
    names: dict[str, str] = {
        m.member_id: m.name for m in ws.members.list(include_removed=True, include_external=True)}
    now = ws.local_now()
    out = [f"Case {case.code}  ·  {case.status}"
           + (f"  (next: {', '.join(case.allowed_transitions)})" if case.allowed_transitions else "")]
    if show_names and reads_client_code_only(ws.cases.access.role(case.case_id)):
        out.append(f"Client: {case.code} (the client code only: the client's release of "
                   "information shows the supervisor and the surrogate partner the code, not "
                   "the name)")
    elif show_names and case.client.legal_name:
        out.append(f"Client: {case.client.legal_name}")
    c = case.client
    out.append(f"Pronouns: {c.pronouns or '-'}   Opened: {case.opened_at[:10]}")
    out.extend(_age_and_capacity(ws, case, show_names))
    out.append("Presenting concerns: " + (", ".join(c.presenting_concerns) or "-"))
    out.append(f"Legal basis (GDPR Art. 9): {LEGAL_BASIS_WORDS.get(c.legal_basis, c.legal_basis)}"
               f"   Jurisdiction: {c.jurisdiction or 'not recorded'}")
    for label, text in (("Notes", c.concerns_note), ("Contraindications", c.contraindications),
                        ("Medical / rehabilitation", c.medical_context)):
        if text:
            out.append(f"{label}: {text}")
    out.append("Triad: therapist " + names.get(case.therapist_id, "?") + "; surrogate(s) "
               + (", ".join(names.get(s, "?") for s in case.surrogate_ids) or "-")
               + "; supervisor " + (names.get(case.supervisor_id, "?") if case.supervisor_id else "-"))
    goals = ws.cases.goals(case.case_id)
    if goals:
        out.append("\nGoals")
        for g in goals:
            out.append(f"  {g.description}: {g.baseline} → {g.latest} (target {g.target})")
    out.append("\nConsent")
    records = ws.consent.records(case.case_id)
    aids = ws.aids.descriptions(case.case_id)
    for r in records:
        until = f" until {r.valid_until}" if r.valid_until else ""
        status = ws.consent.status(r, records, now)
        out.append(f"  {r.valid_from[:10]}  {r.form_id} v{r.form_version}: {status}{until}"
                   f"  [{r.consent_id[:8]}]")
        if r.awaiting:  # each party signs for themselves (issue 13)
            who = ", ".join(ws.consent.surrogate_name(r.surrogate_id or "") or p
                            if p == "surrogate" else p for p in r.awaiting)
            out.append(f"      awaiting the signature of {who} (in their own session: "
                       f"'triad-cli consent countersign VAULT CASE {r.consent_id[:8]}')")
        if any(s.scan for s in r.signatures):
            out.append(f"      client signed on paper: a scan is kept in the vault ('triad-cli "
                       f"consent scan VAULT CASE {r.consent_id[:8]} -o FILE')")
        if r.signals is not None:
            out.append(f'      signals: stop "{r.signals.stop}", pause "{r.signals.pause}"')
        if r.safer_sex:
            out.append(f"      safer sex: {r.safer_sex}")
        if r.aids:
            out.append("      aids: " + "; ".join(
                f"{aids.get(g.aid_id, g.aid_id[:8])} ({uses_text(g.uses)})" for g in r.aids))
        elif r.form_id == "therapeutic-aids" and r.grants:
            out.append("      aids: not specified (recorded before each aid was consented to "
                       "on its own)")
        for rv in r.revocations:
            what = ", ".join([a.value for a in rv.activities]
                             + [f"aid {aids.get(a, a[:8])}" for a in rv.aids]) or "whole record"
            out.append(f"      revoked {rv.at.replace('T', ' ')} by {rv.party}: {what}")
    if not records:
        out.append("  none recorded")
    in_force = ws.consent.in_force(case.case_id)
    out.append("  In force now: " + (", ".join(ACTIVITY_LABELS[a] for a in in_force) or "nothing"))
    lines = aid_lines(ws, case.case_id)
    out.append("\nAids" + ("" if lines else ": none in the inventory"))
    out.extend(lines)
    plan = ws.plans.current(case.case_id)
    out.append("\nPlan" + (f" (revision {plan.revision}, {plan.template_id})" if plan else ": none"))
    sessions = ws.sessions.list(case.case_id)
    if plan:
        sessions_by_phase: dict[str | None, int] = {}
        for s in sessions:
            if s.kind == "surrogate_session" and s.held:  # held sessions only (issue 16)
                sessions_by_phase[s.phase_id] = sessions_by_phase.get(s.phase_id, 0) + 1
        for p in plan.phases:
            mark = {"active": "▶", "completed": "✓"}.get(p.status, " ")
            out.append(f"  {mark} {p.title}: {sessions_by_phase.get(p.phase_id, 0)}"
                       f"/{p.planned_sessions} sessions")
    held = [s for s in sessions if s.held]  # only held sessions count (issue 16)
    out.append("\nSessions: " + session_counts(sessions))
    for kind in ("surrogate_session", "therapist_session", "three_way_meeting"):
        ks = [s for s in held if s.kind == kind]
        if ks:
            hours = sum((s.debrief.duration_min if s.debrief else s.duration_min) for s in ks) / 60
            out.append(f"  {kind.replace('_', ' ')}: {len(ks)} ({hours:.1f} h)")
    debriefed = [s for s in sessions if s.debrief]
    if debriefed:
        last = debriefed[-1].debrief
        assert last is not None
        out.append(f"  Latest debrief {last.held_at.replace('T', ' ')}: SUDS {last.suds_before} → "
                   f"{last.suds_after}" + ("" if last.reviewed else " (awaiting review)"))
        flagged = [s for s in debriefed if s.debrief and s.debrief.flags]
        for s in flagged[-5:]:
            assert s.debrief is not None
            out.append(f"  Flags {s.starts_at[:10]}: " + ", ".join(
                f"{f.kind}:{aids.get(f.subject, f.subject)}"
                if f.kind == FlagKind.AID_WITHOUT_CONSENT else f for f in s.debrief.flags))
    recent = [s for s in sessions if s.starts_at <= now][-5:]
    coming = [s for s in sessions if s.starts_at > now][:5]
    for title, listed in (("Recent", recent), ("Coming", coming)):
        if listed:
            out.append(f"  {title} (id · when · kind · status):")
            out.extend(f"    {session_line(s)}" for s in listed)
    notes = note_lines(ws, case.case_id, latest=3)
    if notes:  # issue 16: the therapist's side (the latest three; 'note VAULT CASE': all)
        out.append("\nProgress notes and three-way meetings (latest)")
        out.extend(notes)
    measures = ws.measures.list(case.case_id)
    if measures:
        out.append("\nMeasures")
        for m in measures:
            label = f" ({m.label})" if m.label else ""
            out.append(f"  {m.on}  {m.kind.upper()} {m.value}{label}")
    due = agenda.next_due(ws, case.case_id)
    out.append(f"\nNext: {due_text(due, ws)}")
    return safe_lines(out)


OUTCOME_WORDS = {
    "scheduled": "scheduled", "outcome-missing": "outcome missing", "held": "held",
    "debriefed": "held, debriefed", "reviewed": "held, reviewed",
    "cancelled-by-client": "cancelled by the client",
    "cancelled-by-practice": "cancelled by the practice",
    "late-cancellation": "late cancellation", "no-show": "no-show",
}


def session_counts(sessions: list[Session]) -> str:
    """"3 held, 1 cancelled, 1 no-show, 1 outcome missing, 2 scheduled": held sessions only
    count as held (issue 16); the rest say what they are."""
    held = sum(1 for s in sessions if s.held)
    parts = [f"{held} held"]
    cancelled = sum(1 for s in sessions if s.outcome in CANCELLED)
    for n, words in ((cancelled, "cancelled"),
                     (sum(1 for s in sessions if s.outcome == NO_SHOW), "no-show"),
                     (sum(1 for s in sessions if s.outcome == MISSING), "outcome missing")):
        if n:
            parts.append(f"{n} {words}")
    parts.append(f"{sum(1 for s in sessions if s.outcome == SCHEDULED)} scheduled")
    return ", ".join(parts)


def session_line(s: Session) -> str:
    """One session for ``show`` and the session commands: id, time, kind, what happened (the
    notice of a cancellation), where it was moved from, its series."""
    status = OUTCOME_WORDS.get(s.status, s.status)
    record = s.outcome_record
    if record is not None and record.notice_hours is not None:
        status += f" ({record.notice_hours} h notice)"
    if record is not None and record.amended:
        status += " (amended)"
    extra = f"  moved from {s.moved_from.replace('T', ' ')}" if s.moved_from else ""
    extra += "  (series)" if s.series_id else ""
    return (f"{s.session_id[:8]}  {s.starts_at.replace('T', ' ')}  "
            f"{s.kind.replace('_', ' ')}  {status}{extra}")


def cmd_export_json(args: argparse.Namespace) -> int:
    to_file = bool(args.output and args.output != "-")
    if to_file:
        writable(args.output)
    with open_vault(args) as ws:
        data = ws.interchange.dumps(ws.interchange.export_case(args.case))
        # written, then recorded in the accounting of disclosures (to "file", never the path)
        if to_file:
            save_disclosed(ws, args.output, data, What.CASE_EXPORT, [args.case])
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            ws.disclosures.written(None, What.CASE_EXPORT, [args.case])
    if to_file:
        print(f"Wrote {args.output} (plain JSON: keep it as safe as the vault).", file=sys.stderr)
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    raw = read_input(args.file, MAX_CASE_FILE_BYTES, "case file")
    with open_vault(args) as ws:
        r = ws.interchange.import_bytes(raw)
    if r.added:
        print(f"Imported case {r.code}: {r.added} entries, {r.members_added} new member(s) "
              f"known by name; {r.already_present} already present.")
    else:
        print(f"Case {r.code} is already complete here; nothing changed.")
    return 0


def cmd_case_status(args: argparse.Namespace) -> int:
    """Move a case along its lifecycle (the case's therapist): a signed ``case.status_changed``.
    Closing a case that had surrogate sessions needs its closing three-way meeting's minutes,
    or ``--no-closing-meeting`` with the reason there was none; a closed case's retention
    period counts from then (``triad-cli retention``)."""
    with open_vault(args) as ws:
        ws.cases.change_status(args.case, args.to, args.reason or "", at=args.at,
                               no_closing_meeting=args.no_closing_meeting or "")
        case = ws.cases.get(args.case)
        kept = ws.retention.of(case)
    print(f"{case.code} is {case.status} now.")
    if kept is not None:
        print(f"Its record is kept until {kept.ends_on} (the practice's retention period); "
              "'triad-cli retention' lists the cases whose period has ended.")
    return 0


def add_case_status(csub: argparse._SubParsersAction[argparse.ArgumentParser],
                    opener: argparse.ArgumentParser) -> None:
    """``case status``, beside the other ``case`` actions."""
    states = sorted({s for targets in TRANSITIONS.values() for s in targets})
    p = csub.add_parser("status", help="move a case along its lifecycle, e.g. close it "
                        "(therapist; a signed entry)", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--to", required=True, choices=states)
    p.add_argument("--reason", metavar="TEXT", help="why (kept in the entry)")
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="when (default: now)")
    p.add_argument("--no-closing-meeting", metavar="TEXT",
                   help="closing without a closing three-way meeting: the reason there was none")
    p.set_defaults(func=cmd_case_status)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", help="create a vault filled with a realistic demo practice")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("cases", help="one line per case", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--status", choices=["referral", "assessment", "active", "paused", "closing", "closed"])
    p.set_defaults(func=cmd_cases)
    p = sub.add_parser("show", help="a readable summary of one case", parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE", help="client code, e.g. C-2026-001")
    p.add_argument("--show-names", action="store_true", help="include the client's legal name")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("export-json", help="a whole case as JSON (see docs/case-format.md)",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    p.set_defaults(func=cmd_export_json)
    p = sub.add_parser("import-json", help="import a case exported as JSON (all or nothing)",
                       parents=[opener])
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import_json)


