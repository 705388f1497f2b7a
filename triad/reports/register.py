"""The disposal register (issue 17) as a PDF: what was disposed of, when, by whom and why, and
which backups made before each disposal still hold the case (so the practice can destroy
them). Vault level: case codes and dates only, never client text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from triad import i18n
from triad.casefile.disposal import DisposedCase
from triad.casefile.retention import RetentionSettings
from triad.reports.common import (
    Document,
    counted,
    heading_block,
    p,
    page_size,
    render,
    rich,
    table,
    text,
    tr,
)
from triad.reports.retention_rule import settings_words

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
    return i18n.short_date(stamp[:10]) if stamp else "-"


def register_pdf(d: RegisterData) -> bytes:
    width = float(page_size(d.page_size)[0] - 36 * mm)
    title = tr("Disposal register")
    story: list[Flowable] = [heading_block(title, [
        tr("{practice} · {cases} disposed of").format(
            practice=d.practice, cases=counted(len(d.lines), "{n} case", "{n} cases")),
        tr("Generated {when}").format(when=i18n.day_and_time(d.generated_at))])]
    story.append(p(settings_words(d.settings, d.majority), "small"))
    story.append(p(tr("Disposed of"), "h2"))
    if not d.lines:
        story.append(p(tr("No case has been disposed of. A closed case can be disposed of once "
                          "its retention period has ended (triad-cli retention; the Records "
                          "window).")))
    else:
        rows: list[list[object]] = [[tr("Case"), tr("Opened"), tr("Closed"),
                                     tr("Retention ended"), tr("Disposed of"), tr("Entries"),
                                     tr("By, and why")]]
        for line in d.lines:
            why = f"<b>{text(line.by_name)}</b>: {text(line.reason)}"
            if line.authorised_by:
                why += "<br/>" + tr("before the end of retention, authorised by <b>{name}</b>: "
                                    "{reason}").format(name=text(line.authorised_by),
                                                       reason=text(line.authorisation_reason))
            rows.append([line.code, _day(line.opened_on), _day(line.closed_on),
                         _day(line.retention_ends_on), _day(line.disposed_at),
                         str(line.entry_count), rich(why, "cell")])
        fixed = [24 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 22.5 * mm, 15 * mm]
        story.append(table(rows, [*fixed, width - sum(fixed)]))
        story.append(p(tr("Each case's content is gone from this vault's data file; its signed "
                          "disposal entry and the chain headers remain, so verification still "
                          "passes."), "small"))
    story.append(p(tr("Backups that still hold a disposed case"), "h2"))
    held = [line for line in d.lines if line.backups]
    if not held:
        story.append(p(tr("No backup recorded before a disposal holds a disposed case.")))
    else:
        story.append(p(tr("These backups were made before the case was disposed of and still "
                          "hold it in full. Destroy them (or the media they are on); restoring "
                          "one would bring the case back, to be disposed of again.")))
        rows = [[tr("Case"), tr("Disposed of"), tr("Backups made on (UTC)")]]
        for line in held:
            rows.append([line.code, _day(line.disposed_at),
                         ", ".join(i18n.day_and_time(b[:16]) for b in line.backups)])
        story.append(table(rows, [24 * mm, 22.5 * mm, width - 46.5 * mm]))
    return render(Document(title, d.practice, tr("disposal register"), d.page_size), story)


def disposal_register(ws: Workspace, page: str = "A4", language: str | None = None) -> bytes:
    """The register the acting member may read (``DisposalService.register``), as a PDF, in
    the report's language (``triad.casefile.report_language``)."""
    with ws.report_language.speaking(language):
        return register_pdf(RegisterData(ws.practice_name or "Triad", ws.local_now(),
                                         ws.retention.settings(), ws.retention.age_of_majority(),
                                         ws.disposal.register(), page))
