"""The client's own documents (``triad.reports.client_copies`` gathers them): each a pure
function from a data object to PDF bytes, in plain words addressed to the client."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from triad import i18n
from triad.i18n import T_
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
    tr,
)
from triad.reports.common import render as render_pdf

FOR_CLIENT = T_("reports", "This copy is yours: it was made for you, at your request or when "
                "you signed. Keep it somewhere private.")


def _in_sentence(label: str) -> str:
    """An activity's label inside a sentence: lower case in English ("conversation"); German
    nouns keep their capital ("Gespräch")."""
    return label if i18n.chosen() == i18n.GERMAN else label.lower()


# The room a section's heading needs below it on the page, else it starts the next page: the
# heading, its small introduction and the first lines of what it heads.
SECTION_ROOM = 45 * mm


def _width(size: str) -> float:
    return float(page_size(size)[0] - 36 * mm)


# Who withdrew, a whole sentence per party (issue 19: "withdrawn by you" read stiffly in German).
WITHDRAWN = {"client": T_("reports", "<b>{when}</b>: you withdrew {what}"),
             "therapist": T_("reports", "<b>{when}</b>: your therapist withdrew {what}"),
             "surrogate": T_("reports", "<b>{when}</b>: your surrogate partner withdrew {what}")}


@dataclass(frozen=True)
class Withdrawal:
    at: str
    what: str
    by_party: str  # the party's words, for a party WITHDRAWN has no sentence for
    reason: str
    recorded_by: str
    party: str = ""  # "client", "therapist", "surrogate"


@dataclass(frozen=True)
class ConsentCopy:
    title: str  # the signed text's own title, in its language
    name: str  # the form and version in the document's words (triad.reports.form_names)
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
    story: list[Flowable] = [p(tr("What you agreed to"), level)]
    valid = (tr("from {start} until {end}") if c.valid_until
             else tr("from {start}, with no end date")).format(start=c.valid_from,
                                                              end=c.valid_until)
    rows = [(tr("Form"), c.name),
            (tr("Status today"), c.status),
            (tr("Valid"), valid),
            (tr("You agreed to"), c.grants), (tr("You did not agree to"), c.declines)]
    if c.aids:
        rows.append((tr("Therapeutic aids"), "; ".join(c.aids)))
    if c.signals:
        rows.append((tr("Stop and pause signals"), tr("stop: “{stop}”, pause: “{pause}”").format(
            stop=c.signals[0], pause=c.signals[1])))
    if c.safer_sex:
        rows.append((tr("Safer-sex agreement"), c.safer_sex))
    if c.note:
        rows.append((tr("Note"), c.note))
    story.append(table(rows, [45 * mm, width - 45 * mm], header=False))
    story.append(p(tr("Signatures"), "h3"))
    story.append(table([[tr("Who"), tr("How"), tr("Date")], *c.signatures],
                       [45 * mm, width - 75 * mm, 30 * mm]))
    story.append(p(tr("Withdrawals (your receipt)"), "h3"))
    if c.withdrawals:
        for w in c.withdrawals:
            said = (tr(WITHDRAWN[w.party]) if w.party in WITHDRAWN
                    else tr("<b>{when}</b>: {what} withdrawn by {party}"))
            line = (said.format(when=text(w.at), what=text(w.what), party=text(w.by_party))
                    + (tr(". Reason given: {reason}").format(reason=text(w.reason))
                       if w.reason else "")
                    + tr(". Recorded by {name}. It took effect at once.").format(
                        name=text(w.recorded_by)))
            story.append(rich(line))
    else:
        story.append(p(tr("None: you have not withdrawn any part of this consent. You may do "
                          "so at any time, and it takes effect at once.")))
    story.append(CondPageBreak(40 * mm))
    story.append(p(tr("The full text you were given: {title}").format(title=c.title), "h3"))
    story += markdown(c.body, c.values, skip_title=c.title)
    story.append(p(tr("{form}; SHA-256 of the text: {hash}. Your signature is bound to exactly "
                      "this text.").format(form=c.name, hash=c.content_hash), "small"))
    return story


def _made(d: ConsentCopyData | ClientCopyData) -> list[str]:
    return [tr("{practice} · for {client}").format(practice=d.practice, client=d.client_label),
            tr("Made {when}").format(when=d.generated_at)]


def consent_copy(d: ConsentCopyData) -> bytes:
    width = _width(d.page_size)
    story: list[Flowable] = [heading_block(tr("Your copy: {title}").format(
        title=d.consent.name), _made(d))]
    story.append(p(tr(FOR_CLIENT) + " " + tr(
        "It shows what you signed, who else signed and when, and every withdrawal of it: it is "
        "also your receipt for a withdrawal.")))
    story += _consent_story(d.consent, width)
    footer = (f"{d.consent.form_id} v{d.consent.version} · sha256 "
              f"{d.consent.content_hash[:16]}…{d.consent.content_hash[-8:]}")
    return render_pdf(Document(tr("Consent copy {code}").format(code=d.code), d.practice,
                               d.client_label, d.page_size, footer), story)


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
    story: list[Flowable] = [heading_block(tr("Your card"), [
        tr("{practice} · for {client}").format(practice=d.practice, client=d.client_label),
        tr("As of {when}").format(when=d.generated_at)])]
    signal_lines: list[Flowable] = [p(tr("Your stop and pause signals"), "h2")]
    if d.signals:
        for name, stop, pause in d.signals:
            signal_lines.append(rich(tr(
                "With {name}: to <b>stop</b>, say “{stop}”; to <b>pause</b>, say “{pause}”.")
                .format(name=text(name), stop=text(stop), pause=text(pause))))
        signal_lines.append(p(tr("Either signal is respected at once, with no questions asked "
                                 "and no need to explain.")))
    else:
        signal_lines.append(p(tr("No signals are agreed yet. You will agree them with your "
                                 "surrogate partner and your therapist in the triad "
                                 "agreement, before any session with your surrogate "
                                 "partner.")))
    story.append(_boxed(signal_lines, width))
    story.append(p(tr("What you consent to now"), "h2"))
    if d.in_force:
        story.append(p(tr("In sessions with your surrogate partner, today: {activities}.")
                       .format(activities=", ".join(_in_sentence(a) for a in d.in_force))))
        story.append(p(tr("Nothing else happens in a session unless you agree to it first, in "
                          "writing.")))
    else:
        story.append(p(tr("Nothing yet: no session with a surrogate partner can take place "
                          "until you have signed the consent forms.")))
    story.append(p(tr("How to withdraw consent"), "h2"))
    story.append(p(tr("You may withdraw your consent to any activity, or to everything, at any "
                      "moment: in a session say your stop signal, and at any time tell your "
                      "therapist or your surrogate partner. It takes effect at once, and you "
                      "will be given a written receipt. You do not have to give a reason.")))
    story.append(p(tr("Who to call"), "h2"))
    who = [tr("Your therapist: {name}, {practice}.").format(name=d.therapist,
                                                           practice=d.practice)]
    if d.surrogates:
        who.append(tr("Your surrogate partner: {names}.").format(names=", ".join(d.surrogates)))
    for line in who:
        story.append(p(line))
    if d.contact:
        story.append(rich(f"<b>{text(d.contact)}</b>"))
    else:
        story.append(p(tr("Ask your therapist for the number to call; write it here:")
                       + " ______________________________"))
    return render_pdf(Document(tr("Client card {code}").format(code=d.code), d.practice,
                               d.client_label, d.page_size), story)


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


def _section(head: list[Flowable], blocks: list[Flowable]) -> list[Flowable]:
    """A section's heading (and its introduction) kept on one page with its first block: a
    heading is never left alone at a page's foot (issue 19, found on the client copy)."""
    return [KeepTogether([*head, *blocks[:1]]), *blocks[1:]]


def client_copy(d: ClientCopyData) -> bytes:
    width = _width(d.page_size)
    story: list[Flowable] = [heading_block(tr("Your record"), _made(d))]
    story.append(p(tr(FOR_CLIENT) + " " + tr(
        "It holds everything the practice records about you in this case: your details, the "
        "consents you signed with their full text, the plan, your sessions and what was "
        "written after them, your measures, every correction with what it corrected, and "
        "everyone the record was given to.")))
    left_out = tr("Private notes are not part of the record: a therapist's private notes are "
                  "kept apart, for their author only, and are not included.")
    if d.with_process_recordings:
        left_out += " " + tr("Your therapist included the process recordings (the surrogate "
                             "partner's detailed notes to the therapist).")
    else:
        left_out += " " + tr("Process recordings (the surrogate partner's detailed notes to the "
                             "therapist) are not included; you may ask your therapist about "
                             "them.")
    story.append(p(left_out, "small"))

    story.append(p(tr("About you"), "h2"))
    story.append(table(d.details, [55 * mm, width - 55 * mm], header=False))
    story.append(Spacer(1, 3 * mm))  # the line below is a sentence, not the table's last row
    story.append(p(tr("Your triad: {people}.").format(
        people="; ".join(f"{n} ({_in_sentence(r)})" for r, n in d.triad))))

    story.append(p(tr("Consents"), "h2"))
    if not d.consents:
        story.append(p(tr("No consent has been recorded yet.")))
    for n, c in enumerate(d.consents, 1):
        story.append(CondPageBreak(60 * mm))
        story.append(p(f"{n}. {c.name}", "h2"))
        story += _consent_story(c, width, "h3")

    story.append(p(tr("Your plan"), "h2"))
    if d.phases:
        story.append(table([[tr("Phase"), tr("Status"), tr("Planned sessions"), tr("Started"),
                             tr("Completed")], *d.phases],
                           [width - 112 * mm, 27 * mm, 21 * mm, 32 * mm, 32 * mm]))
    else:
        story.append(p(tr("No phase plan has been written yet.")))
    story.append(p(tr("Goals"), "h3"))
    if d.goals:
        story.append(table([[tr("Goal"), tr("At the start"), tr("Latest"), tr("Aim")],
                            *d.goals],
                           [width - 69 * mm, 23 * mm, 23 * mm, 23 * mm]))
    else:
        story.append(p(tr("No goals recorded.")))

    story.append(CondPageBreak(50 * mm))
    story.append(p(tr("Sessions"), "h2"))
    if d.sessions:
        story.append(table([[tr("When"), tr("Kind"), tr("Length"), tr("Surrogate partner"),
                             tr("What happened")], *d.sessions],
                           [30 * mm, width - 122 * mm, 18 * mm, 40 * mm, 34 * mm]))
    else:
        story.append(p(tr("No session booked yet.")))
    story += _section([p(tr("After each session with your surrogate partner"), "h2"),
                       p(tr("Your surrogate partner writes a report (a debrief) for your "
                            "therapist after each session; your therapist reads and answers "
                            "it."), "small")],
                      [_labelled(heading, lines) for heading, lines in d.debriefs]
                      or [p(tr("None written yet."))])
    story += _section([p(tr("Your sessions with your therapist and the three-way meetings"),
                         "h2")],
                      [_labelled(heading, lines) for heading, lines in d.notes]
                      or [p(tr("No progress note or meeting minutes written yet."))])

    story.append(CondPageBreak(SECTION_ROOM))  # a heading never alone at a page's foot
    story.append(p(tr("Measures"), "h2"))
    if d.measures:
        story.append(table([[tr("Date"), tr("Measure"), tr("Value"), tr("Note")], *d.measures],
                           [25 * mm, 22 * mm, 18 * mm, width - 65 * mm]))
    else:
        story.append(p(tr("No measures recorded.")))

    story.append(CondPageBreak(SECTION_ROOM))  # a heading never alone at a page's foot
    story.append(p(tr("Corrections"), "h2"))
    story.append(p(tr("A signed entry is never changed or deleted: a correction is added beside "
                      "it, and the original stays in the record. Each correction is shown with "
                      "what it corrected."), "small"))
    for a in d.amendments:
        block: list[Flowable] = [p(tr("{what}, written {when} by {name}").format(
            what=a.what[:1].upper() + a.what[1:], when=a.written, name=a.author), "h3")]
        for line in a.changes:
            block.append(p(tr("Corrected {when} by {name}. Reason: {reason}").format(
                when=line.at, name=line.by, reason=line.reason), "small"))
            block.append(table([[tr("What"), tr("Originally"), tr("Corrected to")],
                                *line.fields],
                               [40 * mm, (width - 40 * mm) / 2, (width - 40 * mm) / 2]))
        story.append(KeepTogether(block))
    if not d.amendments:
        story.append(p(tr("No entry has been corrected.")))

    story.append(CondPageBreak(SECTION_ROOM))  # a heading never alone at a page's foot
    story.append(p(tr("Who your record was given to"), "h2"))
    story.append(p(tr("Every time any part of your record left the practice's encrypted files "
                      "(a copy, a printout, an update to a member of your triad, a backup) it "
                      "is recorded here."), "small"))
    if d.disclosures:
        story.append(table([[tr("When"), tr("By"), tr("What"), tr("To")], *d.disclosures],
                           [30 * mm, 40 * mm, width - 110 * mm, 40 * mm]))
    else:
        story.append(p(tr("Nothing recorded yet.")))
    return render_pdf(Document(tr("Client copy {code}").format(code=d.code), d.practice,
                               d.client_label, d.page_size), story)
