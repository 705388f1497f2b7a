"""The disposal register (issue 17) as a PDF: what was disposed of, when, by whom and why, and
which backups made before each disposal still hold the case (so the practice can destroy
them). Vault level: case codes and dates only, never client text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from triad.casefile.disposal import DisposedCase
from triad.casefile.retention import RetentionSettings
from triad.reports.common import Document, heading_block, p, page_size, render, rich, table, text

if TYPE_CHECKING:
    from triad.workspace import Workspace


@dataclass(frozen=True)
class RegisterData:
    practice: str
    generated_at: str
    settings: RetentionSettings
    majority: int
    lines: list[DisposedCase]
    page_size: str = "A4"


def _day(stamp: str) -> str:
    return stamp[:10] if stamp else "-"


def settings_words(s: RetentionSettings, majority: int) -> str:
    """The practice's retention rule in one sentence (the register, the command line)."""
    words = (f"Closed cases are kept {s.years} years after the last service; for a client who "
             f"was a minor, until {s.minor_years} years after the age of majority ({majority}) "
             f"if that is later.")
    if s.note:
        return f"{words} Jurisdiction: {s.note}"
    if not s.recorded:
        return f"{words} These are the program's defaults (APA guidance); set your jurisdiction's."
    return words


def register_pdf(d: RegisterData) -> bytes:
    width = float(page_size(d.page_size)[0] - 36 * mm)
    story: list[Flowable] = [heading_block("Disposal register", [
        f"{d.practice} · {len(d.lines)} case(s) disposed of",
        f"Generated {d.generated_at.replace('T', ' ')}"])]
    story.append(p(settings_words(d.settings, d.majority), "small"))
    story.append(p("Disposed of", "h2"))
    if not d.lines:
        story.append(p("No case has been disposed of. A closed case can be disposed of once its "
                       "retention period has ended (triad-cli retention; the Records window)."))
    else:
        rows: list[list[object]] = [["Case", "Opened", "Closed", "Retention ended",
                                     "Disposed of", "Entries", "By, and why"]]
        for line in d.lines:
            why = f"<b>{text(line.by_name)}</b>: {text(line.reason)}"
            if line.authorised_by:
                why += (f"<br/>before the end of retention, authorised by "
                        f"<b>{text(line.authorised_by)}</b>: {text(line.authorisation_reason)}")
            rows.append([line.code, line.opened_on, line.closed_on, line.retention_ends_on,
                         _day(line.disposed_at), str(line.entry_count), rich(why, "cell")])
        fixed = [24 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 15 * mm]
        story.append(table(rows, [*fixed, width - sum(fixed)]))
        story.append(p("Each case's content is gone from this vault's data file; its signed "
                       "disposal entry and the chain headers remain, so verification still "
                       "passes.", "small"))
    story.append(p("Backups that still hold a disposed case", "h2"))
    held = [line for line in d.lines if line.backups]
    if not held:
        story.append(p("No backup recorded before a disposal holds a disposed case."))
    else:
        story.append(p("These backups were made before the case was disposed of and still hold "
                       "it in full. Destroy them (or the media they are on); restoring one "
                       "would bring the case back, to be disposed of again."))
        rows = [["Case", "Disposed of", "Backups made on (UTC)"]]
        for line in held:
            rows.append([line.code, _day(line.disposed_at),
                         ", ".join(b[:16].replace("T", " ") for b in line.backups)])
        story.append(table(rows, [24 * mm, 22.5 * mm, width - 46.5 * mm]))
    return render(Document("Disposal register", d.practice, "disposal register", d.page_size),
                  story)


def disposal_register(ws: Workspace, page: str = "A4") -> bytes:
    """The register the acting member may read (``DisposalService.register``), as a PDF."""
    return register_pdf(RegisterData(ws.practice_name or "Triad", ws.local_now(),
                                     ws.retention.settings(), ws.retention.age_of_majority(),
                                     ws.disposal.register(), page))
