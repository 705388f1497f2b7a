"""The accounting of disclosures as a PDF (issue 17; HIPAA §164.528, GDPR Art. 30): per case,
each time its record left the vault -- when, what, to whom and by whom -- from
``ws.disclosures`` (``triad.casefile.disclosures``). Client codes only, never a name; never a
path (the entries hold none).

Writing this report is itself a disclosure (the caller records it like any report): it says
which cases were disclosed to whom, which is the cases' own metadata."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from triad import clock, i18n
from triad.casefile.disclosures import Disclosure, To, What
from triad.reports.common import Document, counted, heading_block, p, page_size, render, table, tr
from triad.roles import Role

if TYPE_CHECKING:
    from triad.workspace import Workspace

WHAT_WORDS: dict[What, str] = {
    What.CASE_EXPORT: "Case file exported (signed JSON)",
    What.PACKET: "Exchange packet (encrypted)",
    What.BACKUP: "Backup of the whole vault (encrypted)",
    What.REPORT: "Report",
    What.CLIENT_COPY: "The client's copy of the record",
    What.CONSENT_COPY: "The client's copy of a consent record",
    What.CLIENT_CARD: "The client's card",
    What.AGENDA: "Agenda (case codes and session times)",
    What.ATTACHMENT: "Scan of a signed paper form",
    What.PRIVATE_NOTES: "The author's own private notes",
}
REPORT_WORDS = {"progress": "progress summary", "audit": "consent audit report",
                "consent-form": "consent form to sign", "debrief": "debrief",
                "disclosures": "accounting of disclosures", "ics": "calendar file",
                "json": "JSON", "text": "text"}
# One whole phrase per printed document and per agenda format (issue 19: "Report: progress
# summary" glued two words the translation could not join).
REPORT_PHRASES = {"progress": "Progress summary (printed report)",
                  "audit": "Consent audit report (printed report)",
                  "consent-form": "Consent form to sign (printed)",
                  "debrief": "Debrief of a session (printed report)",
                  "disclosures": "Accounting of disclosures (printed report)"}
AGENDA_PHRASES = {"ics": "Agenda as a calendar file (case codes and session times)",
                  "text": "Agenda as text (case codes and session times)",
                  "json": "Agenda as a JSON file (case codes and session times)"}
TO_WORDS: dict[To, str] = {To.CLIENT: "the client", To.PRINTER: "printer",
                           To.FILE: "file (saved; recipient not known)"}


def what_words(d: Disclosure) -> str:
    """What left, in words, one phrase in the report's language: "Progress summary (printed
    report)". A document or format this program does not know keeps its code in brackets."""
    if d.what is What.REPORT and d.report in REPORT_PHRASES:
        return tr(REPORT_PHRASES[d.report])
    if d.what is What.AGENDA and d.report in AGENDA_PHRASES:
        return tr(AGENDA_PHRASES[d.report])
    words = tr(WHAT_WORDS[d.what]) if d.what in WHAT_WORDS else d.what.value
    return f"{words} ({d.report})" if d.report else words


def to_words(d: Disclosure) -> str:
    """To whom, in words: the member or contact by name, else the kind of recipient."""
    if d.to is To.MEMBER:
        return d.member_name or tr("a member of the practice")
    if d.to is To.CONTACT:
        return tr("{name} (exchange contact)").format(name=d.member_name or "?")
    return tr(TO_WORDS[d.to])


@dataclass(frozen=True)
class DisclosureData:
    practice: str
    scope: str
    generated_at: str
    cases: list[tuple[str, list[tuple[str, str, str, str]]]]  # code -> (when, what, to, by)
    page_size: str = "A4"


def gather(ws: Workspace, case_key: str | None = None, size: str = "A4") -> DisclosureData:
    """The accounting of ``case_key`` or of every case the acting therapist or supervisor
    audits, oldest first per case."""
    case_ids = cases(ws, case_key)
    codes: dict[str, str] = {c.case_id: c.code for c in ws.cases.list()}
    rows: dict[str, list[tuple[str, str, str, str]]] = {c: [] for c in case_ids}
    listed = ws.disclosures.list(case_key) if case_key else ws.disclosures.list()
    for d in listed:
        line = (i18n.day_and_time(clock.utc_to_local_minutes(d.at)), what_words(d), to_words(d),
                d.author_name)
        for case_id in d.case_ids:
            if case_id in rows:
                rows[case_id].append(line)
    scope = (tr("case {code}").format(code=codes.get(case_ids[0], "?")) if case_key
             else tr("all cases you audit"))
    return DisclosureData(practice=ws.practice_name or "Triad", scope=scope,
                          generated_at=ws.local_now(),
                          cases=sorted((codes.get(c, "?"), r) for c, r in rows.items()),
                          page_size=size)


def cases(ws: Workspace, case_key: str | None = None) -> list[str]:
    """The cases the report covers (its therapist or supervisor)."""
    if case_key:
        return [ws.cases.access.require(case_key, Role.THERAPIST, Role.SUPERVISOR)]
    return ws.audit.cases(None)


def document(d: DisclosureData) -> bytes:
    width = page_size(d.page_size)[0] - 36 * mm
    total = sum(len(r) for _, r in d.cases)
    title = tr("Accounting of disclosures")
    story: list[Flowable] = [heading_block(title, [
        tr("{practice} · {scope} · {cases}, {disclosures}").format(
            practice=d.practice, scope=d.scope,
            cases=counted(len(d.cases), "{n} case", "{n} cases"),
            disclosures=counted(total, "{n} disclosure", "{n} disclosures")),
        tr("Generated {when}").format(when=i18n.day_and_time(d.generated_at[:16]))])]
    story.append(p(tr("Every time a case's record left the vault (a case file exported, a "
                      "packet written for a contact, a backup, a report saved or printed, a "
                      "copy given to the client), the program recorded a signed entry: when, "
                      "what, to whom and by whom. It never records where a file was saved. "
                      "HIPAA §164.528, GDPR Art. 30."), "small"))
    for code, rows in d.cases:
        story.append(p(tr("Case {code}").format(code=code), "h2"))
        if not rows:
            story.append(p(tr("No disclosure recorded.")))
            continue
        cells: list[list[object]] = [[tr("When"), tr("What"), tr("To whom"), tr("By whom")]]
        cells += [list(r) for r in rows]
        story.append(table(cells, [30 * mm, width - 115 * mm, 48 * mm, 37 * mm]))
    if not d.cases:
        story.append(p(tr("No case to account for: you audit no case.")))
    return render(Document(title, d.practice, d.scope, d.page_size), story)
