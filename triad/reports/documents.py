"""The documents: each a pure function from a data object to PDF bytes."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from triad import i18n
from triad.casefile import form_words
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.i18n import T_, translate
from triad.messages import flag_words
from triad.reports.charts import phase_timeline, suds_trend
from triad.reports.common import (
    ACCENT,
    RULE,
    Document,
    counted,
    heading_block,
    markdown,
    p,
    page_size,
    paragraphs,
    render,
    rich,
    table,
    text,
    tr,
)

KIND_LABELS = {"surrogate_session": T_("reports", "Surrogate sessions"),
               "therapist_session": T_("reports", "Therapist sessions"),
               "three_way_meeting": T_("reports", "Three-way meetings")}
PARTY_WORDS = {"client": T_("reports", "client"), "therapist": T_("reports", "therapist"),
               "surrogate": T_("reports", "surrogate partner")}


def _usable_width(size: str) -> float:
    return float(page_size(size)[0] - 36 * mm)


def _when(value: str | None) -> str:
    return (value or "-").replace("T", " ")


# -- progress summary ---------------------------------------------------------------------

@dataclass(frozen=True)
class ProgressData:
    practice: str
    client_label: str  # the code, or "name (code)" when names were asked for
    code: str
    pronouns: str
    status: str
    current_phase: str
    period: tuple[str, str]
    generated_at: str
    triad: list[tuple[str, str]]  # (role, name)
    concerns: list[str]
    phases: list[tuple[str, int, int, str]]  # title, planned, held, status
    goals: list[tuple[str, str, str, str]]  # description, baseline, latest, target
    suds: list[tuple[int, int | None, int | None, str]]  # number, before, after, date
    measures: dict[str, list[tuple[str, str, str]]]  # kind -> (date, value, label)
    sessions: dict[str, tuple[int, float]]  # kind -> (count, hours)
    debriefs_reviewed: tuple[int, int]
    consent_in_force: list[Activity]
    consent_records: list[tuple[str, str, str, str]]  # form and version, from, until, status
    revocations: list[tuple[str, str, str]]  # at, activities, party
    findings: list[tuple[str, str, str, str]] | None  # severity, id, at, explanation
    narrative: str = ""
    page_size: str = "A4"
    # issue 16: the therapist's progress notes and the meetings' minutes in the period, each
    # (heading, [(label, text)]); never a private note (triad.casefile.private_notes)
    notes: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


def progress_summary(d: ProgressData) -> bytes:
    width = _usable_width(d.page_size)
    story: list[Flowable] = [heading_block(tr("Progress summary"), [
        tr("{practice} · client {client} · {first} to {last}").format(
            practice=d.practice, client=d.client_label, first=i18n.short_date(d.period[0]),
            last=i18n.short_date(d.period[1])),
        tr("Generated {when} · pseudonymised unless names were requested").format(
            when=i18n.day_and_time(_when(d.generated_at))),
    ])]
    story.append(table([
        [tr("Status"), tr("Current phase"), tr("Triad")],
        [tr_status(d.status), d.current_phase or "-",
         "; ".join(f"{n} ({tr(r)})" for r, n in d.triad)],
    ], [28 * mm, 50 * mm, width - 78 * mm]))
    if d.pronouns or d.concerns:
        story.append(Spacer(1, 2 * mm))
        story.append(p(tr("Pronouns: {pronouns}. Presenting concerns: {concerns}.").format(
            pronouns=d.pronouns or "-", concerns=", ".join(d.concerns) or "-"), "small"))

    story.append(p(tr("Phases: planned and held"), "h2"))
    story.append(phase_timeline(d.phases, width) if d.phases else p(tr("No phase plan yet.")))

    story.append(p(tr("Goals"), "h2"))
    if d.goals:
        story.append(table([[tr("Goal"), tr("Baseline"), tr("Latest"), tr("Target")], *d.goals],
                           [width - 60 * mm, 20 * mm, 20 * mm, 20 * mm]))
    else:
        story.append(p(tr("No goals recorded.")))

    story.append(CondPageBreak(70 * mm))
    story.append(p(tr("SUDS before and after each surrogate session"), "h2"))
    story.append(suds_trend([(n, b, a) for n, b, a, _ in d.suds], width))
    if d.suds:
        n, b, a, day = d.suds[-1]
        story.append(p(tr("Latest SUDS (session {n}, {day}): before {before}, after {after}.").format(
            n=n, day=i18n.short_date(day), before=b if b is not None else "-",
            after=a if a is not None else "-"), "small"))

    # ranges with an en dash, the cut-off with the language's decimal mark
    names = {"iief5": tr("IIEF-5 total (5\u201325)"),
             "fsfi": tr("FSFI total (2\u201336; cut-off {cutoff})").format(
                 cutoff=i18n.number(26.55, 2)),
             "suds": tr("SUDS hierarchy (0\u201310)")}
    if any(d.measures.values()):
        story.append(p(tr("Measures"), "h2"))
        for kind in ("iief5", "fsfi", "suds"):
            rows = [(i18n.short_date(day), _decimal(value), note)
                    for day, value, note in d.measures.get(kind) or []]
            if rows:
                story.append(KeepTogether([p(names[kind], "h3"),
                                           table([[tr("Date"), tr("Value"), tr("Note")], *rows],
                                                 [25 * mm, 20 * mm, width - 45 * mm])]))

    story.append(p(tr("Sessions in this period"), "h2"))
    session_rows: list[list[object]] = [[tr(KIND_LABELS[k]), str(c), i18n.number(h, 1)]
                                for k, (c, h) in d.sessions.items() if c]
    total_c = sum(c for c, _ in d.sessions.values())
    total_h = sum(h for _, h in d.sessions.values())
    story.append(table([[tr("Kind"), tr("Sessions"), tr("Hours")], *session_rows,
                        [tr("Total"), str(total_c), i18n.number(total_h, 1)]],
                       [width - 50 * mm, 25 * mm, 25 * mm]))
    reviewed, debriefed = d.debriefs_reviewed
    story.append(p(tr("Debriefs reviewed by the therapist: {reviewed} of {debriefed}.").format(
        reviewed=reviewed, debriefed=debriefed), "small"))

    story.append(p(tr("Concurrent therapy: progress notes and three-way meetings"), "h2"))
    if d.notes:
        for heading, lines in d.notes:
            block: list[Flowable] = [p(heading, "h3")]
            block += [rich(f"<b>{text(label)}:</b> {text(value)}", "small")
                      for label, value in lines if value]
            story.append(KeepTogether(block))
    else:
        story.append(p(tr("No progress note or meeting minutes in this period."), "small"))

    story.append(p(tr("Consent"), "h2"))
    story.append(p(tr("In force now: ") + (", ".join(
        translate("ladder", ACTIVITY_LABELS[a]) for a in d.consent_in_force)
        or tr("nothing")) + "."))
    if d.consent_records:
        records = [(form, i18n.short_date(start),
                    i18n.short_date(until) if until != "-" else "-", translate("messages", status))
                   for form, start, until, status in d.consent_records]
        story.append(table([[tr("Form"), tr("Valid from"), tr("Until"), tr("Status")], *records],
                           [width - 85 * mm, 25 * mm, 25 * mm, 35 * mm]))
    for at, acts, party in d.revocations:
        story.append(p(tr("Revoked {when} by the {party}: {what}.").format(
            when=i18n.day_and_time(at), party=tr(PARTY_WORDS.get(party, party)), what=acts),
            "small"))

    if d.findings is not None:
        story.append(p(tr("Open consent audit findings"), "h2"))
        if d.findings:
            story.append(table([[tr("Severity"), tr("Finding"), tr("When"), tr("What")],
                                *d.findings],
                               [18 * mm, 31 * mm, 26 * mm, width - 75 * mm]))
        else:
            story.append(p(tr("None open.")))

    story.append(p(tr("Therapist's narrative"), "h2"))
    story.extend(paragraphs(d.narrative) if d.narrative.strip()
                 else [p(tr("(none written)"), "small")])
    return render(Document(tr("Progress summary {code}").format(code=d.code), d.practice,
                           tr("Client {code}").format(code=d.code), d.page_size), story)


def tr_status(status: str) -> str:
    """A case's status word, translated, capitalised as a table cell."""
    from triad.catalogue.words import STATUS_WORDS

    word = translate("messages", STATUS_WORDS.get(status, status))
    return word[:1].upper() + word[1:]


def _decimal(value: str) -> str:
    """A measure's value as recorded, with a decimal comma in German."""
    return value.replace(".", ",") if i18n.chosen() == i18n.GERMAN else value


# -- consent audit report -------------------------------------------------------------------

@dataclass(frozen=True)
class AuditFinding:
    severity: str
    finding_id: str
    case_code: str
    at: str
    rule_id: str
    explanation: str
    record_id: str
    status: str
    notes: list[str] = field(default_factory=list)
    title: str = ""  # the rule's title in the report's language (its id when empty)


@dataclass(frozen=True)
class AuditData:
    practice: str
    scope: str
    generated_at: str
    cases: int
    findings: list[AuditFinding]
    verification: tuple[bool, int, int, list[str]]  # ok, entries, chains, problems
    settings: list[str]  # one clause per setting, in the report's language
    page_size: str = "A4"


def audit_report(d: AuditData) -> bytes:
    width = _usable_width(d.page_size)
    ok, entries, chains, problems = d.verification
    title = tr("Consent audit report")
    story: list[Flowable] = [heading_block(title, [
        tr("{practice} · {scope} · {cases}").format(
            practice=d.practice, scope=d.scope,
            cases=counted(d.cases, "{n} case", "{n} cases")),
        tr("Generated {when}").format(when=i18n.day_and_time(_when(d.generated_at)))])]
    story.append(p(tr("Entry log verification"), "h2"))
    story.append(p((tr("Verified: {entries} in {chains}; every signature and chain was "
                       "checked, and every database page.") if ok else
                    tr("PROBLEMS FOUND: {entries} in {chains}; every signature and chain was "
                       "checked, and every database page.")).format(
        entries=counted(entries, "{n} signed entry", "{n} signed entries"),
        chains=counted(chains, "{n} hash chain", "{n} hash chains"))))
    for line in problems:
        story.append(p(line, "small"))
    story.append(p(tr("Settings: {settings}.").format(
        settings="; ".join(d.settings)), "small"))
    counts = {s: sum(f.severity == s for f in d.findings) for s in ("critical", "major", "minor")}
    story.append(p(tr("Findings"), "h2"))
    story.append(p(tr("{findings}: {critical} critical, {major} major, {minor} minor; "
                      "open: {open}.").format(
        findings=counted(len(d.findings), "{n} finding", "{n} findings"),
        critical=counts["critical"], major=counts["major"], minor=counts["minor"],
        open=sum(f.status == "open" for f in d.findings))))
    for severity in ("critical", "major", "minor"):
        group = [f for f in d.findings if f.severity == severity]
        if not group:
            continue
        story.append(p(tr(SEVERITY_HEADINGS[severity]), "h3"))
        rows: list[list[object]] = [[tr("Finding"), tr("Case"), tr("When"), tr("What"),
                                     tr("Status")]]
        record = tr("record {record}")
        for f in group:
            # the rule's title, as the app's audit pages name it (not its id: a code)
            what = rich(f"<b>{text(f.title or f.rule_id)}</b><br/>{text(f.explanation)}<br/>"
                        f"<font size=7>{text(record.format(record=f.record_id))}</font>"
                        + "".join(f"<br/>{text(n)}" for n in f.notes), "cell")
            rows.append([f.finding_id, f.case_code, i18n.day_and_time(_when(f.at)), what,
                         tr(FINDING_STATUS.get(f.status, f.status))])
        story.append(table(rows, [31 * mm, 22 * mm, 24 * mm, width - 101 * mm, 24 * mm]))
    if not d.findings:
        story.append(p(tr("No findings: the documentation meets every rule checked.")))
    return render(Document(title, d.practice, d.scope, d.page_size), story)


SEVERITY_HEADINGS = {"critical": T_("reports", "Critical"), "major": T_("reports", "Major"),
                     "minor": T_("reports", "Minor")}
FINDING_STATUS = {"open": T_("reports", "open"), "signed-off": T_("reports", "signed off"),
                  "resolved": T_("reports", "resolved")}


RECOVERY_FOOTER = T_("reports", "SECRET: this code opens the vault and every record in it. Keep "
                      "it locked away, apart from the computer; never photograph or send it.")


# -- consent form ------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentFormData:
    practice: str
    title: str
    form_id: str
    version: int
    content_hash: str
    body: str
    values: dict[str, str]
    client_label: str
    scope: list[Activity]
    parties: list[tuple[str, str]]  # (party, printed name or "")
    page_size: str = "A4"
    language: str = "en"  # the form's: its activity list, headings and footer follow it


def consent_form(d: ConsentFormData) -> bytes:
    width = _usable_width(d.page_size)
    w = form_words.words(d.language)
    story: list[Flowable] = [heading_block(d.title, [
        w.client_line.format(practice=d.practice, client=d.client_label),
        w.form_line.format(form_id=d.form_id, version=d.version)])]
    story += markdown(d.body, d.values, skip_title=d.title)
    if d.scope:
        story.append(CondPageBreak(60 * mm))
        story.append(p(w.scope_heading, "h2"))
        story.append(p(w.scope_note, "small"))
        story.append(table([list(w.scope_columns),
                            *[[w.activities[a], "☐", "☐"] for a in d.scope]],
                           [width - 70 * mm, 35 * mm, 35 * mm]))
    parts = w.parts.get(d.form_id, ())
    if parts:  # a box to tick for each separate question the text asks
        story.append(CondPageBreak(45 * mm))
        story.append(p(w.parts_heading, "h2"))
        story.append(p(w.parts_note, "small"))
        story.append(table([list(w.parts_columns), *[[part, "☐", "☐"] for part in parts]],
                           [width - 70 * mm, 35 * mm, 35 * mm]))
    story.append(CondPageBreak(20 * mm + 24 * mm * len(d.parties)))
    story.append(p(w.signatures_heading, "h2"))
    for party, name in d.parties:
        line = Table([[p(f"{w.parties.get(party, party)}: {name or ''}", "cellbold"), "", ""],
                      [p(w.signature, "small"), "", p(w.date, "small")]],
                     [width * 0.5, width * 0.15, width * 0.35], rowHeights=[12 * mm, 7 * mm])
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, ACCENT),
                                  ("LINEBELOW", (2, 0), (2, 0), 0.6, ACCENT),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        story.append(KeepTogether([line, Spacer(1, 4 * mm)]))
    footer = f"{d.form_id} v{d.version} · sha256 {d.content_hash[:16]}…{d.content_hash[-8:]}"
    # a form handed to a client is in one language: its page frame (the confidentiality line,
    # "page 1 of 2") follows the form's, whatever language the program or --language speaks
    return render(Document(d.title, d.practice, w.header_client.format(client=d.client_label),
                           d.page_size, footer, w.confidential, w.page), story)


# -- one debrief ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DebriefData:
    practice: str
    client_label: str
    code: str
    surrogate: str
    fields: list[tuple[str, str]]
    reviews: list[tuple[str, str, str]]  # at, by, comment
    process_recording: str
    flags: list[str]
    amended: bool
    page_size: str = "A4"


def debrief(d: DebriefData) -> bytes:
    width = _usable_width(d.page_size)
    story: list[Flowable] = [heading_block(tr("Session debrief"), [
        tr("{practice} · client {client} · surrogate partner {surrogate}").format(
            practice=d.practice, client=d.client_label, surrogate=d.surrogate)])]
    if d.flags:
        story.append(p(tr("For therapist review: {flags}.").format(flags="; ".join(
            flag_words(f, _messages) for f in d.flags)), "h3"))
    if d.amended:
        story.append(p(tr("This debrief was amended after it was signed; the values shown "
                          "include the amendments, and the original stays in the record."),
                       "small"))
    story.append(table(d.fields, [50 * mm, width - 50 * mm], header=False))
    story.append(p(tr("Therapist review"), "h2"))
    if d.reviews:
        story.append(table([[tr("Reviewed"), tr("By"), tr("Comment")], *d.reviews],
                           [30 * mm, 35 * mm, width - 65 * mm]))
    else:
        story.append(p(tr("Not yet reviewed.")))
    if d.process_recording:
        story.append(CondPageBreak(40 * mm))
        story.append(p(tr("Process recording (psychotherapy note: file separately)"), "h2"))
        story.append(p(d.process_recording))
    return render(Document(tr("Debrief {code}").format(code=d.code), d.practice,
                           tr("Client {code}").format(code=d.code), d.page_size), story)


def _messages(words: str) -> str:
    return translate("messages", words)


# -- recovery sheet ------------------------------------------------------------------------

def recovery_sheet(vault_name: str, code: str, created_at: str, page: str = "A4") -> bytes:
    """The recovery code on paper. The code exists on disk only if the user saves this PDF."""
    groups = code.split("-")
    width = _usable_width(page)
    title = tr("Triad recovery sheet")
    story: list[Flowable] = [heading_block(title, [
        tr("Vault: {vault}").format(vault=vault_name),
        tr("Code created {when}").format(when=i18n.day_and_time(_when(created_at)))])]
    story.append(p(tr("This code sets a new passphrase for any member of this vault if one is "
                      "forgotten. Anyone who has it and a copy of the vault can read every "
                      "record.")))
    half = (len(groups) + 1) // 2
    cells = [[p(g, "code") for g in groups[:half]], [p(g, "code") for g in groups[half:]]]
    grid = Table(cells, [width / half] * half, rowHeights=[20 * mm, 20 * mm])
    grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                              ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [Spacer(1, 6 * mm), grid, Spacer(1, 6 * mm),
              p(tr("What to do with this sheet"), "h2")]
    for line in RECOVERY_ADVICE:
        story.append(p("• " + tr(line)))
    # its own footer: the sheet holds no client data, but it opens every record in the vault
    return render(Document(title, "Triad", vault_name, page,
                           confidential=tr(RECOVERY_FOOTER)), story)


RECOVERY_ADVICE = (
    T_("reports", "Keep it locked away, apart from the computer that holds the vault (a safe, a "
       "sealed envelope with the practice's papers)."),
    T_("reports", "Do not photograph it or e-mail it. Saved as a file, it belongs on a drive "
       "kept apart from this computer, or printed and then deleted."),
    T_("reports", "To use it: in the app, “Forgot passphrase? Use the recovery code…” on the "
       "unlock page; on the command line, triad-cli recover VAULT. Then type the code; letters "
       "O, I and L may be typed as 0, 1 and 1, and case and hyphens do not matter. A typo is "
       "caught, and its group named, before anything changes."),
    T_("reports", "If the sheet may have been seen (or after it was used), a therapist replaces "
       "the code (Practice… → Security, or triad-cli recovery-code); the old code then stops "
       "working. Destroy this sheet then."),
)
