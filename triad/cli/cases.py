"""triad-cli commands for the case file: demo, cases, show, export-json, import-json."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triad import i18n
from triad.casefile import agenda
from triad.casefile.cases import TRANSITIONS, Case, reads_client_code_only
from triad.casefile.disclosures import What
from triad.casefile.flags import FlagKind
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
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
    tr_cli,
    tr_messages,
    writable,
)
from triad.cli.aids import aid_lines, uses_text
from triad.cli.labels import measure_label, template_title
from triad.cli.notes import note_lines
from triad.cli.words import counted
from triad.i18n import T_, day_and_time, number, short_date, sort_key
from triad.messages import flag_words
from triad.roles import Role
from triad.transfer.case_json import MAX_CASE_FILE_BYTES
from triad.workspace import Workspace

LEGAL_BASIS_WORDS = {"explicit-consent": T_("cli", "explicit consent, 9(2)(a)"),
                     "health-care": T_("cli", "health care, 9(2)(h)"), "": T_("cli", "not recorded")}
DUE_WORDS = {
    "review-debrief": T_("cli", "review the debrief of {when}"),
    "debrief-missing": T_("cli", "debrief missing for {when}"),
    "outcome-missing": T_("cli", "outcome missing for {when} ('triad-cli session outcome')"),
    "session": T_("cli", "session {when}"),
    "consent-expires": T_("cli", "consent expires {when}"),
    "capacity-missing": T_("cli", "capacity assessment to record"),
    "date-of-birth-missing": T_("cli", "date of birth to record"),
    "sign-consent": T_("cli", "informed consent to sign"),
    "sign-release": T_("cli", "release of information to sign"),
    "sign-triad-agreement": T_("cli", "triad agreement with {name} to sign"),
    "agree-signals": T_("cli", "agree the stop and pause signals with {name} (triad agreement)"),
    "sign-aids-consent": T_("cli", "therapeutic-aids consent to sign"),
    "awaiting-signature": T_("cli", "awaiting {name}'s signature"),
    # a supervisor's own (issue 16)
    "cosign-review": T_("cli", "co-sign the review of {when} (triad-cli cosign)"),
    "cosign-note": T_("cli", "co-sign the progress note of {when} (triad-cli cosign)"),  # cosign-review
    "finding": T_("cli", "sign off finding {subject} (triad-cli findings)"),
    "meeting-start": T_("cli", "three-way meeting to hold before the first surrogate session"),
    "meeting-stalled": T_("cli", "surrogate work has stalled: three-way meeting to hold"),
    "meeting-closing": T_("cli", "closing three-way meeting to hold"),
    "minutes-missing": T_("cli", "minutes to write for the three-way meeting"),
    "request-due": T_("cli", "client's request due {when} ('triad-cli requests')"),  # issue 17
}
PARTY_NAMES = {"client": T_("cli", "the client"), "therapist": T_("cli", "the therapist"),
               "surrogate": T_("cli", "the surrogate partner")}


def due_text(item: agenda.DueItem | None, ws: Workspace | None = None) -> str:
    """The next-due column's words; ``ws`` names the surrogate partner of a triad agreement
    to sign (their member name; "the surrogate partner" without it)."""
    if item is None:
        return "-"
    name = tr_cli("the surrogate partner")
    if item.code == "awaiting-signature":
        name = tr_cli(PARTY_NAMES[item.subject_id]) if item.subject_id in PARTY_NAMES else name
    if item.code in ("sign-triad-agreement", "agree-signals", "awaiting-signature") \
            and ws is not None:
        name = (ws.consent.surrogate_name(item.subject_id) or name) \
            if item.subject_id not in PARTY_NAMES else name
    code = item.code
    if code == "cosign-review" and ws is not None:  # the entry co-signed: a review or a note
        target = ws.log.get(item.subject_id)
        code = "cosign-note" if target is not None and target.kind == "note.progress" else code
    return tr_cli(DUE_WORDS[code]).format(when=day_and_time(item.when), name=name,
                                       subject=item.subject_id)


def cmd_demo(args: argparse.Namespace) -> int:
    from triad import demo

    # The demo's records are written in --language, else in the language the command line
    # speaks (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as its own output is.
    asked = getattr(args, "language", None)
    language = asked if asked in demo.LANGUAGES else i18n.chosen()
    passphrase = ask_secret(NEW_PASSPHRASE_ENV, tr_cli("Passphrase for every demo member"),
                            confirm=True)
    ws = demo.build(Path(args.vault), passphrase, language=language,
                    progress=lambda msg: print(f"  {tr_cli(msg)}", file=sys.stderr))
    words = demo.texts(language)
    try:
        print(i18n.translate("cli", "Created the demo practice in {vault}: %n cases.",
                             n=len(ws.cases.list())).format(vault=args.vault))
        print(tr_cli("Members: {therapist} (therapist, the default), {surrogates} (surrogates), "
                     "{supervisor} (supervisor); all use the same passphrase.").format(
            therapist=words.therapist, surrogates=", ".join(words.surrogates),
            supervisor=words.supervisor))
    finally:
        ws.close()
    return 0


def _phase_title(ws: Workspace, case_id: str) -> str:
    plan = ws.plans.current(case_id)
    if plan is None:
        return tr_cli("no plan")
    return plan.current.title if plan.current else tr_cli("between phases")


def cmd_cases(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        rows = [(tr_cli("CODE"), tr_cli("STATUS"), tr_cli("PHASE"), tr_cli("NEXT"))]
        for case in sorted(ws.cases.list(args.status), key=lambda c: sort_key(c.code)):
            rows.append((case.code, _status(case.status), _phase_title(ws, case.case_id),
                         due_text(agenda.next_due(ws, case.case_id), ws)))
        if len(rows) == 1:
            print(tr_cli("No cases with status {status}.").format(status=_status(args.status))
                  if args.status else tr_cli("No cases."))
            return 0
        print_table(rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as ws:
        print(render_case(ws, args.case, show_names=args.show_names))
    return 0


CAPACITY_WORDS = {"has-capacity": T_("cli", "has capacity"),
                  "lacks-capacity": T_("cli", "lacks capacity"),
                  "needs-review": T_("cli", "needs review")}


def _status(status: str) -> str:
    from triad.messages import STATUS_WORDS

    return tr_messages(STATUS_WORDS.get(status, status))


# The forms by their id, as the consent lines name them in German ("informed-consent v1" in
# English, as always printed): the source is the id, the translation the form's name.
FORM_CODES = {"informed-consent": T_("cli", "informed-consent"),
              "release-of-information": T_("cli", "release-of-information"),
              "triad-agreement": T_("cli", "triad-agreement"),
              "therapeutic-aids": T_("cli", "therapeutic-aids"),
              "outcome-data": T_("cli", "outcome-data")}
# The presenting concerns (triad.casefile.ladder.PRESENTING_CONCERNS): their codes in English,
# the app's words for them (context "Overview") in another language.
CONCERN_WORDS = {
    "intimacy-difficulties": T_("Overview", "Intimacy difficulties"),
    "lack-of-confidence": T_("Overview", "Lack of confidence"),
    "communication-problems": T_("Overview", "Communication problems"),
    "anxiety": T_("Overview", "Anxiety"),
    "performance-anxiety": T_("Overview", "Performance anxiety"),
    "low-desire": T_("Overview", "Low desire"),
    "disability-or-chronic-illness": T_("Overview", "Disability or chronic illness"),
    "abuse-or-trauma": T_("Overview", "History of sexual abuse or trauma"),
    "erectile-dysfunction": T_("Overview", "Erectile dysfunction"),
    "premature-ejaculation": T_("Overview", "Premature ejaculation"),
    "painful-sex": T_("Overview", "Painful sex (e.g. vaginismus)"),
    "negative-body-image": T_("Overview", "Negative body image"),
    "inexperience": T_("Overview", "Inexperience"),
    "trust-after-infidelity": T_("Overview", "Trust after infidelity"),
    "shame": T_("Overview", "Shame"),
}


def _concern(code: str) -> str:
    if i18n.chosen() == i18n.ENGLISH or code not in CONCERN_WORDS:
        return code
    return i18n.translate("Overview", CONCERN_WORDS[code])


def _form(form_id: str, version: object) -> str:
    """"informed-consent v1" / "Einwilligung nach Aufklärung, Fassung 1"."""
    name = tr_cli(FORM_CODES[form_id]) if form_id in FORM_CODES else form_id
    return tr_cli("{form} v{version}").format(form=name, version=version)


# The parties awaited on a consent record, by their code ("client"; German "Klient:in").
PARTY_CODES = {"client": T_("cli", "client"), "therapist": T_("cli", "therapist"),
               "surrogate": T_("cli", "surrogate")}


def _activity(code: Activity) -> str:
    """A revoked activity: its code in English (as always printed), the ladder's word else."""
    if i18n.chosen() == i18n.ENGLISH:
        return code.value
    return i18n.translate("ladder", ACTIVITY_LABELS[code]) if code in ACTIVITY_LABELS \
        else code.value


def _consent_status(status: str) -> str:
    from triad.messages import CONSENT_STATUS

    return tr_messages(CONSENT_STATUS.get(status, status))


def _age_and_capacity(ws: Workspace, case: Case, show_names: bool) -> list[str]:
    """The date of birth (recorded or not; its value only with the names) and the latest
    capacity assessment: what consent beyond conversation needs. A surrogate partner never
    holds the date of birth, so is told nothing about it."""
    out = []
    if ws.cases.access.role(case.case_id) is not Role.SURROGATE:
        born = case.client.date_of_birth
        if not born:
            out.append(tr_cli("Date of birth: not recorded (needed before any consent beyond "
                         "conversation; record it in the Triad app)"))
        elif show_names:
            out.append(tr_cli("Date of birth: {day}").format(day=short_date(born)))
        else:
            out.append(tr_cli("Date of birth: recorded"))
    latest = ws.capacity.latest(case.case_id)
    if latest is None:
        out.append(tr_cli("Capacity: not assessed (needed before the informed consent; record it in "
                     "the Triad app)"))
    else:
        out.append(tr_cli("Capacity: {outcome} (assessed {day})").format(
            outcome=tr_cli(CAPACITY_WORDS.get(latest.outcome, latest.outcome)),
            day=short_date(latest.on)) + (f": {latest.note}" if latest.note else ""))
    return out


def render_case(ws: Workspace, key: str, show_names: bool = False) -> str:
    """A readable plain-text summary of one case (pseudonymised unless ``show_names``)."""
    case = ws.cases.get(key)
    names: dict[str, str] = {
        m.member_id: m.name for m in ws.members.list(include_removed=True, include_external=True)}
    now = ws.local_now()
    out = [tr_cli("Case {code}  ·  {status}").format(code=case.code, status=_status(case.status))
           + (tr_cli("  (next: {states})").format(states=", ".join(
               _status(t) for t in case.allowed_transitions)) if case.allowed_transitions else "")]
    if show_names and reads_client_code_only(ws.cases.access.role(case.case_id)):
        out.append(tr_cli("Client: {code} (the client code only: the client's release of "
                     "information shows the supervisor and the surrogate partner the code, not "
                     "the name)").format(code=case.code))
    elif show_names and case.client.legal_name:
        out.append(tr_cli("Client: {name}").format(name=case.client.legal_name))
    c = case.client
    out.append(tr_cli("Pronouns: {pronouns}   Opened: {day}").format(
        pronouns=c.pronouns or "-", day=short_date(case.opened_at)))
    out.extend(_age_and_capacity(ws, case, show_names))
    out.append(tr_cli("Presenting concerns: {concerns}").format(
        concerns=", ".join(_concern(x) for x in c.presenting_concerns) or "-"))
    out.append(tr_cli("Legal basis (GDPR Art. 9): {basis}   Jurisdiction: {where}").format(
        basis=tr_cli(LEGAL_BASIS_WORDS.get(c.legal_basis, c.legal_basis)),
        where=c.jurisdiction or tr_cli("not recorded")))
    for label, text in ((T_("cli", "In their words"), c.concerns_note),  # as the app labels it
                        (T_("cli", "Contraindications"), c.contraindications),
                        (T_("cli", "Medical / rehabilitation"), c.medical_context)):
        if text:
            out.append(f"{tr_cli(label)}: {text}")
    out.append(counted(
        len(case.surrogate_ids),
        "Triad: therapist {therapist}; surrogate partner {surrogates}; supervisor {supervisor}",
        "Triad: therapist {therapist}; surrogate partners {surrogates}; supervisor {supervisor}",
        therapist=names.get(case.therapist_id, "?"),
        surrogates=", ".join(names.get(s, "?") for s in case.surrogate_ids) or "-",
        supervisor=names.get(case.supervisor_id, "?") if case.supervisor_id else "-"))
    goals = ws.cases.goals(case.case_id)
    if goals:
        out.append("\n" + tr_cli("Goals"))
        for g in goals:
            out.append("  " + tr_cli("{goal}: {baseline} → {latest} (target {target})").format(
                goal=g.description, baseline=g.baseline, latest=g.latest, target=g.target))
    out.append("\n" + tr_cli("Consent"))
    records = ws.consent.records(case.case_id)
    aids = ws.aids.descriptions(case.case_id)
    for r in records:
        until = tr_cli(" until {day}").format(day=short_date(r.valid_until)) if r.valid_until else ""
        status = ws.consent.status(r, records, now)
        out.append(f"  {short_date(r.valid_from)}  {_form(r.form_id, r.form_version)}: "
                   f"{_consent_status(status)}{until}  [{r.consent_id[:8]}]")
        if r.awaiting:  # each party signs for themselves (issue 13)
            who = ", ".join(ws.consent.surrogate_name(r.surrogate_id or "") or tr_cli(p)
                            if p == "surrogate" else tr_cli(PARTY_CODES.get(p, p))
                            for p in r.awaiting)
            out.append("      " + tr_cli("awaiting the signature of {who} (in their own session: "
                                  "'triad-cli consent countersign VAULT CASE {id}')").format(
                who=who, id=r.consent_id[:8]))
        if any(s.scan for s in r.signatures):
            out.append("      " + tr_cli("client signed on paper: a scan is kept in the vault "
                                  "('triad-cli consent scan VAULT CASE {id} -o FILE')").format(
                id=r.consent_id[:8]))
        if r.signals is not None:
            out.append("      " + tr_cli('signals: stop "{stop}", pause "{pause}"').format(
                stop=r.signals.stop, pause=r.signals.pause))
        if r.safer_sex:
            out.append("      " + tr_cli("safer sex: {text}").format(text=r.safer_sex))
        if r.aids:
            out.append("      " + tr_cli("aids: ") + "; ".join(
                f"{aids.get(g.aid_id, g.aid_id[:8])} ({uses_text(g.uses)})" for g in r.aids))
        elif r.form_id == "therapeutic-aids" and r.grants:
            out.append("      " + tr_cli("aids: not specified (recorded before each aid was "
                                  "consented to on its own)"))
        for rv in r.revocations:
            what = ", ".join([_activity(a) for a in rv.activities]
                             + [tr_cli("aid {name}").format(name=aids.get(a, a[:8])) for a in rv.aids]) \
                or tr_cli("whole record")
            out.append("      " + tr_cli("revoked {when} by {party}: {what}").format(
                when=day_and_time(rv.at), party=tr_cli(PARTY_NAMES.get(rv.party, rv.party)), what=what))
    if not records:
        out.append("  " + tr_cli("none recorded"))
    in_force = ws.consent.in_force(case.case_id)
    out.append("  " + tr_cli("In force now: ") + (", ".join(
        i18n.translate("ladder", ACTIVITY_LABELS[a]) for a in in_force) or tr_cli("nothing")))
    lines = aid_lines(ws, case.case_id)
    out.append("\n" + tr_cli("Aids") + ("" if lines else tr_cli(": none in the inventory")))
    out.extend(lines)
    plan = ws.plans.current(case.case_id)
    out.append("\n" + (tr_cli("Plan (revision {revision}, {template})").format(
        revision=plan.revision, template=template_title(ws, plan.template_id))
        if plan else tr_cli("Plan: none")))
    sessions = ws.sessions.list(case.case_id)
    if plan:
        sessions_by_phase: dict[str | None, int] = {}
        for s in sessions:
            if s.kind == "surrogate_session" and s.held:  # held sessions only (issue 16)
                sessions_by_phase[s.phase_id] = sessions_by_phase.get(s.phase_id, 0) + 1
        for p in plan.phases:
            mark = {"active": "▶", "completed": "✓"}.get(p.status, " ")
            out.append(f"  {mark} {p.title}: " + tr_cli("{held}/{planned} sessions").format(
                held=sessions_by_phase.get(p.phase_id, 0), planned=p.planned_sessions))
    held = [s for s in sessions if s.held]  # only held sessions count (issue 16)
    out.append("\n" + tr_cli("Sessions: ") + session_counts(sessions))
    for kind in ("surrogate_session", "therapist_session", "three_way_meeting"):
        ks = [s for s in held if s.kind == kind]
        if ks:
            hours = sum((s.debrief.duration_min if s.debrief else s.duration_min) for s in ks) / 60
            out.append(f"  {tr_cli(KIND_WORDS[kind])}: {len(ks)} ({number(hours, 1)} h)")
    debriefed = [s for s in sessions if s.debrief]
    if debriefed:
        last = debriefed[-1].debrief
        assert last is not None
        out.append("  " + tr_cli("Latest debrief {when}: SUDS {before} → {after}").format(
            when=day_and_time(last.held_at), before=last.suds_before, after=last.suds_after)
            + ("" if last.reviewed else tr_cli(" (awaiting review)")))
        flagged = [s for s in debriefed if s.debrief and s.debrief.flags]
        for s in flagged[-5:]:
            assert s.debrief is not None
            if i18n.chosen() != i18n.ENGLISH:  # the catalogue's words for each flag
                words = [flag_words(str(f), tr_messages, aids) for f in s.debrief.flags]
            else:
                words = [f"{f.kind}:{aids.get(f.subject, f.subject)}"
                         if f.kind == FlagKind.AID_WITHOUT_CONSENT else str(f)
                         for f in s.debrief.flags]
            out.append("  " + tr_cli("Flags {day}: ").format(day=short_date(s.starts_at))
                       + ", ".join(words))
    recent = [s for s in sessions if s.starts_at <= now][-5:]
    coming = [s for s in sessions if s.starts_at > now][:5]
    for title, listed in ((T_("cli", "Recent (id · when · kind · status):"), recent),
                          (T_("cli", "Coming (id · when · kind · status):"), coming)):
        if listed:
            out.append(f"  {tr_cli(title)}")
            out.extend(f"    {session_line(s)}" for s in listed)
    notes = note_lines(ws, case.case_id, latest=3)
    if notes:  # issue 16: the therapist's side (the latest three; 'note VAULT CASE': all)
        out.append("\n" + tr_cli("Progress notes and three-way meetings (latest)"))
        out.extend(notes)
    measures = ws.measures.list(case.case_id)
    if measures:
        out.append("\n" + tr_cli("Measures"))
        for m in measures:
            label = f" ({m.label})" if m.label else ""
            value = str(m.value) if i18n.chosen() == i18n.ENGLISH \
                else str(m.value).replace(".", ",")  # a decimal comma, the digits as recorded
            out.append(f"  {short_date(m.on)}  {measure_label(m.kind)} {value}{label}")
    due = agenda.next_due(ws, case.case_id)
    out.append("\n" + tr_cli("Next: {due}").format(due=due_text(due, ws)))
    return safe_lines(out)


OUTCOME_WORDS = {
    "scheduled": T_("cli", "scheduled"), "outcome-missing": T_("cli", "outcome missing"), "held": T_("cli", "held"),
    "debriefed": T_("cli", "held, debriefed"), "reviewed": T_("cli", "held, reviewed"),
    "cancelled-by-client": T_("cli", "cancelled by the client"),
    "cancelled-by-practice": T_("cli", "cancelled by the practice"),
    "late-cancellation": T_("cli", "late cancellation"), "no-show": T_("cli", "no-show"),
}


KIND_WORDS = {"surrogate_session": T_("cli", "surrogate session"),
              "therapist_session": T_("cli", "therapist session"),
              "three_way_meeting": T_("cli", "three-way meeting")}


def session_counts(sessions: list[Session]) -> str:
    """"3 held, 1 cancelled, 1 no-show, 1 outcome missing, 2 scheduled": held sessions only
    count as held (issue 16); the rest say what they are."""
    held = sum(1 for s in sessions if s.held)
    parts = [tr_cli("{n} held").format(n=held)]
    cancelled = sum(1 for s in sessions if s.outcome in CANCELLED)
    for n, words in ((cancelled, T_("cli", "{n} cancelled")),
                     (sum(1 for s in sessions if s.outcome == NO_SHOW), T_("cli", "{n} no-show")),
                     (sum(1 for s in sessions if s.outcome == MISSING),
                      T_("cli", "{n} outcome missing"))):
        if n:
            parts.append(tr_cli(words).format(n=n))
    parts.append(tr_cli("{n} scheduled").format(n=sum(1 for s in sessions if s.outcome == SCHEDULED)))
    return ", ".join(parts)


def session_line(s: Session) -> str:
    """One session for ``show`` and the session commands: id, time, kind, what happened (the
    notice of a cancellation), where it was moved from, its series."""
    status = tr_cli(OUTCOME_WORDS.get(s.status, s.status))
    record = s.outcome_record
    if record is not None and record.notice_hours is not None:
        status += tr_cli(" ({hours} h notice)").format(hours=record.notice_hours)
    if record is not None and record.amended:
        status += tr_cli(" (amended)")
    extra = tr_cli("  moved from {when}").format(when=day_and_time(s.moved_from)) if s.moved_from else ""
    extra += tr_cli("  (series)") if s.series_id else ""
    kind = tr_cli(KIND_WORDS[s.kind]) if s.kind in KIND_WORDS else s.kind.replace("_", " ")
    return f"{s.session_id[:8]}  {day_and_time(s.starts_at)}  {kind}  {status}{extra}"


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
        print(tr_cli("Wrote {file} (plain JSON: keep it as safe as the vault).").format(
            file=args.output), file=sys.stderr)
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    raw = read_input(args.file, MAX_CASE_FILE_BYTES, "case file")
    with open_vault(args) as ws:
        r = ws.interchange.import_bytes(raw)
    if r.added:
        print(tr_cli("Imported case {code}: {entries}, {members} known by name; {present} "
                     "already present.").format(
            code=r.code, entries=i18n.translate("cli", "%n entries", n=r.added),
            members=i18n.translate("cli", "%n new member(s)", n=r.members_added),
            present=r.already_present))
    else:
        print(tr_cli("Case {code} is already complete here; nothing changed.").format(
            code=r.code))
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
    print(tr_cli("{code} is {status} now.").format(code=case.code, status=_status(case.status)))
    from triad.cli._common import safe
    from triad.cli.retention_words import kept_because

    if kept is not None and (because := kept_because(kept)):
        print(safe(because))  # issue 19: a form the client signed promises longer
    elif kept is not None:
        print(tr_cli("Its record is kept until {day} (the practice's retention period); "
                     "'triad-cli retention' lists the cases whose period has ended.").format(
            day=short_date(kept.ends_on)))
    return 0


def add_case_status(csub: argparse._SubParsersAction[argparse.ArgumentParser],
                    opener: argparse.ArgumentParser) -> None:
    """``case status``, beside the other ``case`` actions."""
    states = sorted({s for targets in TRANSITIONS.values() for s in targets})
    p = csub.add_parser("status", help=tr_cli("move a case along its lifecycle, e.g. close it "
                                              "(therapist; a signed entry)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--to", required=True, choices=states, help=tr_cli("the new status"))
    p.add_argument("--reason", metavar="TEXT", help=tr_cli("why (kept in the entry)"))
    p.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help=tr_cli("when (default: now)"))
    p.add_argument("--no-closing-meeting", metavar="TEXT",
                   help=tr_cli("closing without a closing three-way meeting: the reason there "
                               "was none"))
    p.set_defaults(func=cmd_case_status)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                 opener: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", help=tr_cli("create a vault filled with a realistic demo "
                                           "practice"))
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--language", choices=["en", "de"], default=argparse.SUPPRESS,
                   help=tr_cli("the language of the demo's records, forms and member names: en "
                               "or de (default: the language of the output)"))
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("cases", help=tr_cli("one line per case"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("--status", choices=["referral", "assessment", "active", "paused", "closing",
                                        "closed"], help=tr_cli("only cases with this status"))
    p.set_defaults(func=cmd_cases)
    p = sub.add_parser("show", help=tr_cli("a readable summary of one case"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("--show-names", action="store_true",
                   help=tr_cli("include the client's legal name"))
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("export-json", help=tr_cli("a whole case as JSON (see "
                                                  "docs/case-format.md)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("case", metavar="CASE", help=tr_cli("client code, e.g. C-2026-001"))
    p.add_argument("-o", "--output", metavar="FILE",
                   help=tr_cli("write here (default: standard output)"))
    p.set_defaults(func=cmd_export_json)
    p = sub.add_parser("import-json", help=tr_cli("import a case exported as JSON (all or "
                                                  "nothing)"), parents=[opener])
    p.add_argument("vault", metavar="VAULT", help=tr_cli("the vault (its folder)"))
    p.add_argument("file", metavar="FILE", help=tr_cli("the case file (JSON) to import"))
    p.set_defaults(func=cmd_import_json)
