"""The client's own documents (``triad.reports.client_copies`` gathers them): each a pure
function from a data object to PDF bytes, in plain words addressed to the client."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from triad.reports.common import (
    ACCENT,
    Document,
    heading_block,
    markdown,
    p,
    page_size,
    rich,
    table,
    text,
)
from triad.reports.common import render as render_pdf

FOR_CLIENT = ("This copy is yours: it was made for you, at your request or when you signed. "
              "Keep it somewhere private.")


def _width(size: str) -> float:
    return float(page_size(size)[0] - 36 * mm)


@dataclass(frozen=True)
class Withdrawal:
    at: str
    what: str
    by_party: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class ConsentCopy:
    title: str
    form_id: str
    version: int
    content_hash: str
    body: str
    values: dict[str, str]
    grants: str
    declines: str
    aids: list[str]
    valid_from: str
    valid_until: str
    status: str
    signatures: list[tuple[str, str, str]]  # who, how, date
    signals: tuple[str, str] | None
    safer_sex: str
    note: str
    withdrawals: list[Withdrawal]


@dataclass(frozen=True)
class ConsentCopyData:
    practice: str
    client_label: str
    code: str
    generated_at: str
    consent: ConsentCopy
    page_size: str = "A4"


def _consent_story(c: ConsentCopy, width: float, level: str = "h2") -> list[Flowable]:
    """The record's facts, signatures and withdrawals, then the whole form text."""
    story: list[Flowable] = [p("What you agreed to", level)]
    rows = [("Form", f"{c.title}, version {c.version}"),
            ("Status today", c.status),
            ("Valid", f"from {c.valid_from}" + (f" until {c.valid_until}" if c.valid_until
                                                 else ", with no end date")),
            ("You agreed to", c.grants), ("You did not agree to", c.declines)]
    if c.aids:
        rows.append(("Therapeutic aids", "; ".join(c.aids)))
    if c.signals:
        rows.append(("Stop and pause signals", f"stop: “{c.signals[0]}”, pause: “{c.signals[1]}”"))
    if c.safer_sex:
        rows.append(("Safer-sex agreement", c.safer_sex))
    if c.note:
        rows.append(("Note", c.note))
    story.append(table(rows, [45 * mm, width - 45 * mm], header=False))
    story.append(p("Signatures", "h3"))
    story.append(table([["Who", "How", "Date"], *c.signatures],
                       [45 * mm, width - 75 * mm, 30 * mm]))
    story.append(p("Withdrawals (your receipt)", "h3"))
    if c.withdrawals:
        for w in c.withdrawals:
            line = (f"<b>{text(w.at)}</b>: {text(w.what)} withdrawn by {text(w.by_party)}"
                    + (f". Reason given: {text(w.reason)}" if w.reason else "")
                    + f". Recorded by {text(w.recorded_by)}. It took effect at once.")
            story.append(rich(line))
    else:
        story.append(p("None: you have not withdrawn any part of this consent. You may do so at "
                       "any time, and it takes effect at once."))
    story.append(CondPageBreak(40 * mm))
    story.append(p(f"The full text you were given: {c.title}", "h3"))
    story += markdown(c.body, c.values, skip_title=c.title)
    story.append(p(f"Form {c.form_id}, version {c.version}; SHA-256 of the text: "
                   f"{c.content_hash}. Your signature is bound to exactly this text.", "small"))
    return story


def consent_copy(d: ConsentCopyData) -> bytes:
    width = _width(d.page_size)
    story: list[Flowable] = [heading_block(f"Your copy: {d.consent.title}", [
        f"{d.practice} · for {d.client_label}", f"Made {d.generated_at}"])]
    story.append(p(FOR_CLIENT + " It shows what you signed, who else signed and when, and every "
                   "withdrawal of it: it is also your receipt for a withdrawal."))
    story += _consent_story(d.consent, width)
    footer = (f"{d.consent.form_id} v{d.consent.version} · sha256 "
              f"{d.consent.content_hash[:16]}…{d.consent.content_hash[-8:]}")
    return render_pdf(Document(f"Consent copy {d.code}", d.practice, d.client_label,
                               d.page_size, footer), story)


# -- the client card -------------------------------------------------------------------

@dataclass(frozen=True)
class CardData:
    practice: str
    client_label: str
    code: str
    generated_at: str
    therapist: str
    surrogates: list[str]
    signals: list[tuple[str, str, str]]  # surrogate partner, stop, pause
    in_force: list[str]
    contact: str
    page_size: str = "A4"


def _boxed(flowables: list[Flowable], width: float) -> Table:
    box = Table([[flowables]], [width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f8fa")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def client_card(d: CardData) -> bytes:
    width = _width(d.page_size)
    story: list[Flowable] = [heading_block("Your card", [
        f"{d.practice} · for {d.client_label}", f"As of {d.generated_at}"])]
    signal_lines: list[Flowable] = [p("Your stop and pause signals", "h2")]
    if d.signals:
        for name, stop, pause in d.signals:
            signal_lines.append(rich(f"With {text(name)}: to <b>stop</b>, say “{text(stop)}”; "
                                     f"to <b>pause</b>, say “{text(pause)}”."))
        signal_lines.append(p("Either signal is respected at once, with no questions asked and "
                              "no need to explain."))
    else:
        signal_lines.append(p("No signals are agreed yet. You will agree them with your "
                              "surrogate partner and your therapist in the triad agreement, "
                              "before any session with your surrogate partner."))
    story.append(_boxed(signal_lines, width))
    story.append(p("What you consent to now", "h2"))
    if d.in_force:
        story.append(p("In sessions with your surrogate partner, today: "
                       + ", ".join(a.lower() for a in d.in_force) + "."))
        story.append(p("Nothing else happens in a session unless you agree to it first, in "
                       "writing."))
    else:
        story.append(p("Nothing yet: no session with a surrogate partner can take place until "
                       "you have signed the consent forms."))
    story.append(p("How to withdraw consent", "h2"))
    story.append(p("You may withdraw your consent to any activity, or to everything, at any "
                   "moment: in a session say your stop signal, and at any time tell your "
                   "therapist or your surrogate partner. It takes effect at once, and you will "
                   "be given a written receipt. You do not have to give a reason."))
    story.append(p("Who to call", "h2"))
    who = [f"Your therapist: {d.therapist}, {d.practice}."]
    if d.surrogates:
        who.append("Your surrogate partner: " + ", ".join(d.surrogates) + ".")
    for line in who:
        story.append(p(line))
    if d.contact:
        story.append(rich(f"<b>{text(d.contact)}</b>"))
    else:
        story.append(p("Ask your therapist for the number to call; write it here: "
                       "______________________________"))
    return render_pdf(Document(f"Client card {d.code}", d.practice, d.client_label,
                               d.page_size), story)


# -- the whole record ------------------------------------------------------------------

@dataclass(frozen=True)
class AmendmentLine:
    at: str
    by: str
    reason: str
    fields: list[tuple[str, str, str]]  # field, original, amended


@dataclass(frozen=True)
class AmendedEntry:
    what: str
    written: str
    author: str
    changes: list[AmendmentLine]


@dataclass(frozen=True)
class ClientCopyData:
    practice: str
    client_label: str
    code: str
    generated_at: str
    details: list[tuple[str, str]]
    triad: list[tuple[str, str]]
    consents: list[ConsentCopy]
    phases: list[tuple[str, str, str, str, str]]  # title, status, planned, started, completed
    goals: list[tuple[str, str, str, str]]
    sessions: list[tuple[str, str, str, str, str]]  # when, kind, length, with, outcome
    debriefs: list[tuple[str, list[tuple[str, str]]]]
    notes: list[tuple[str, list[tuple[str, str]]]]
    measures: list[tuple[str, str, str, str]]
    amendments: list[AmendedEntry]
    disclosures: list[tuple[str, str, str, str]]  # when, by, what, to
    with_process_recordings: bool = False
    page_size: str = "A4"


def _labelled(heading: str, lines: list[tuple[str, str]]) -> KeepTogether:
    block: list[Flowable] = [p(heading, "h3")]
    block += [rich(f"<b>{text(k)}:</b> {text(v)}", "body") for k, v in lines if v]
    return KeepTogether(block)


def client_copy(d: ClientCopyData) -> bytes:
    width = _width(d.page_size)
    story: list[Flowable] = [heading_block("Your record", [
        f"{d.practice} · for {d.client_label}", f"Made {d.generated_at}"])]
    story.append(p(FOR_CLIENT + " It holds everything the practice records about you in this "
                   "case: your details, the consents you signed with their full text, the plan, "
                   "your sessions and what was written after them, your measures, every "
                   "correction with what it corrected, and everyone the record was given to."))
    left_out = ("Private notes are not part of the record: a therapist's private notes are kept "
                "apart, for their author only, and are not included.")
    if d.with_process_recordings:
        left_out += (" Your therapist included the process recordings (the surrogate partner's "
                     "detailed notes to the therapist).")
    else:
        left_out += (" Process recordings (the surrogate partner's detailed notes to the "
                     "therapist) are not included; you may ask your therapist about them.")
    story.append(p(left_out, "small"))

    story.append(p("About you", "h2"))
    story.append(table(d.details, [55 * mm, width - 55 * mm], header=False))
    story.append(p("Your triad: " + "; ".join(f"{n} ({r.lower()})" for r, n in d.triad) + "."))

    story.append(p("Consents", "h2"))
    if not d.consents:
        story.append(p("No consent has been recorded yet."))
    for n, c in enumerate(d.consents, 1):
        story.append(CondPageBreak(60 * mm))
        story.append(p(f"{n}. {c.title}", "h2"))
        story += _consent_story(c, width, "h3")

    story.append(p("Your plan", "h2"))
    if d.phases:
        story.append(table([["Phase", "Status", "Planned sessions", "Started", "Completed"],
                            *d.phases],
                           [width - 110 * mm, 22 * mm, 24 * mm, 32 * mm, 32 * mm]))
    else:
        story.append(p("No phase plan has been written yet."))
    story.append(p("Goals", "h3"))
    if d.goals:
        story.append(table([["Goal", "At the start", "Latest", "Aim"], *d.goals],
                           [width - 66 * mm, 22 * mm, 22 * mm, 22 * mm]))
    else:
        story.append(p("No goals recorded."))

    story.append(CondPageBreak(50 * mm))
    story.append(p("Sessions", "h2"))
    if d.sessions:
        story.append(table([["When", "Kind", "Length", "Surrogate partner", "What happened"],
                            *d.sessions],
                           [30 * mm, width - 122 * mm, 18 * mm, 40 * mm, 34 * mm]))
    else:
        story.append(p("No session booked yet."))
    story.append(p("After each session with your surrogate partner", "h2"))
    story.append(p("Your surrogate partner writes a report (a debrief) for your therapist after "
                   "each session; your therapist reads and answers it.", "small"))
    for heading, lines in d.debriefs:
        story.append(_labelled(heading, lines))
    if not d.debriefs:
        story.append(p("None written yet."))
    story.append(p("Your sessions with your therapist and the three-way meetings", "h2"))
    for heading, lines in d.notes:
        story.append(_labelled(heading, lines))
    if not d.notes:
        story.append(p("No progress note or meeting minutes written yet."))

    story.append(p("Measures", "h2"))
    if d.measures:
        story.append(table([["Date", "Measure", "Value", "Note"], *d.measures],
                           [25 * mm, 22 * mm, 18 * mm, width - 65 * mm]))
    else:
        story.append(p("No measures recorded."))

    story.append(p("Corrections", "h2"))
    story.append(p("A signed entry is never changed or deleted: a correction is added beside "
                   "it, and the original stays in the record. Each correction is shown with "
                   "what it corrected.", "small"))
    for a in d.amendments:
        block: list[Flowable] = [p(f"{a.what.capitalize()}, written {a.written} by {a.author}",
                                   "h3")]
        for line in a.changes:
            block.append(p(f"Corrected {line.at} by {line.by}. Reason: {line.reason}", "small"))
            block.append(table([["What", "Originally", "Corrected to"], *line.fields],
                               [40 * mm, (width - 40 * mm) / 2, (width - 40 * mm) / 2]))
        story.append(KeepTogether(block))
    if not d.amendments:
        story.append(p("No entry has been corrected."))

    story.append(p("Who your record was given to", "h2"))
    story.append(p("Every time any part of your record left the practice's encrypted files (a "
                   "copy, a printout, an update to a member of your triad, a backup) it is "
                   "recorded here.", "small"))
    if d.disclosures:
        story.append(table([["When", "By", "What", "To"], *d.disclosures],
                           [30 * mm, 40 * mm, width - 110 * mm, 40 * mm]))
    else:
        story.append(p("Nothing recorded yet."))
    return render_pdf(Document(f"Client copy {d.code}", d.practice, d.client_label,
                               d.page_size), story)
