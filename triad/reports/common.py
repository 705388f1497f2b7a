"""Shared look of every document: DejaVu Sans (any name prints: Ł, ş, Γ, Ж), A4 or US Letter,
a footer with the confidentiality line and "page X of Y", tables that repeat their header."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from triad.data import DATA
from triad.errors import InvalidCode, InvalidInput
from triad.i18n import T_, translate

FONT, FONT_BOLD, FONT_MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
PAGE_SIZES = {"a4": A4, "letter": LETTER}
def tr(text: str) -> str:
    """A report's words (context ``reports`` of the one catalogue) in the language chosen:
    ``--language``, else the command line's or the app's."""
    return translate("reports", text)


def counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` ("{n} cases") for ``n``, translated: English reads "1 case",
    "2 cases" (not "case(s)"), and German counts the same way."""
    return (tr(one) if n == 1 else tr(many)).format(n=n)


# The presenting concerns in the app's words (ui/casefile/overview/dialogs.py, context
# "Overview" of the one catalogue): a report names them as the case's Overview does.
CONCERN_WORDS = {
    "intimacy-difficulties": "Intimacy difficulties", "lack-of-confidence": "Lack of confidence",
    "communication-problems": "Communication problems", "anxiety": "Anxiety",
    "performance-anxiety": "Performance anxiety", "low-desire": "Low desire",
    "disability-or-chronic-illness": "Disability or chronic illness",
    "abuse-or-trauma": "History of sexual abuse or trauma",
    "erectile-dysfunction": "Erectile dysfunction", "premature-ejaculation": "Premature ejaculation",
    "painful-sex": "Painful sex (e.g. vaginismus)", "negative-body-image": "Negative body image",
    "inexperience": "Inexperience", "trust-after-infidelity": "Trust after infidelity",
    "shame": "Shame",
}


def concern_words(code: str) -> str:
    """A presenting concern in the report's language, as the app shows it."""
    if code in CONCERN_WORDS:
        return translate("Overview", CONCERN_WORDS[code])
    return code.replace("-", " ")


CONFIDENTIAL = T_("reports", "CONFIDENTIAL: health and sex-life data (GDPR Art. 9). Keep locked "
                  "away; share only under the client's release of information.")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
ACCENT = colors.HexColor("#2f6f8f")
ACCENT_LIGHT = colors.HexColor("#a9cfe0")
WARN = colors.HexColor("#b3261e")


@functools.cache
def register_fonts() -> None:
    fonts = DATA / "fonts"
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf"), (FONT_MONO, "DejaVuSansMono-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, io.BytesIO((fonts / file).read_bytes())))
    from reportlab.lib.fonts import addMapping

    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)  # no bold oblique shipped: bold wins


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, textColor=MUTED, fontSize=9.5),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=10, spaceAfter=4, textColor=ACCENT, keepWithNext=1),
        # a heading never ends a page (found on the German triad agreement, issue 19)
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                   leading=11, spaceAfter=0),
        "code": ParagraphStyle("code", parent=base, fontName=FONT_MONO, fontSize=24, leading=30,
                               alignment=1, spaceAfter=0),
    }


def page_size(name: str) -> tuple[float, float]:
    try:
        width, height = PAGE_SIZES[name.lower()]
        return float(width), float(height)
    except KeyError as exc:
        raise InvalidInput(InvalidCode.PAGE_SIZE, field="page_size") from exc


def text(value: object) -> str:
    """Escape for a Paragraph (record text may hold <, & and the like)."""
    return escape(str(value)).replace("\n", "<br/>")


def p(value: object, style: str = "body") -> Paragraph:
    return Paragraph(text(value), styles()[style])


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
CHUNK_CHARS = 1200


def paragraphs(value: str, style: str = "body", chunk: int = CHUNK_CHARS) -> list[Flowable]:
    """Long free text (the therapist's narrative) as one Paragraph per line of it, a line
    longer than ``chunk`` characters cut after a sentence (else at a space, else anywhere)
    into Paragraphs of at most about ``chunk`` characters. Each time ReportLab splits a
    Paragraph across a page it wraps all the rest of it again: one long Paragraph costs the
    square of its length (a 100 KB one took seconds), many short ones grow linearly."""
    out: list[Flowable] = []
    for line in value.split("\n"):
        while len(line) > chunk:
            head = line[:chunk]
            cut = max((m.end() for m in _SENTENCE_END.finditer(head)), default=0)
            if cut < chunk // 2:
                cut = head.rfind(" ") + 1
            if cut < chunk // 2:
                cut = chunk
            out.append(p(line[:cut].rstrip(), style))
            line = line[cut:]
        out.append(p(line, style) if line.strip() else Spacer(1, 4))
    return out


def rich(markup: str, style: str = "body") -> Paragraph:
    """A Paragraph from markup the caller built (escape the data inside it with text())."""
    return Paragraph(markup, styles()[style])


def table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None,
          header: bool = True, zebra: bool = True) -> Table:
    """A table whose cells wrap, with a header row repeated on every page.

    A value that fits its column on one line goes in as a plain string, drawn by the table in
    the same font, size and colour a cell Paragraph would use; only longer text (or text with
    line breaks) becomes a Paragraph. A Paragraph per cell costs a markup parse and a line
    break search, which on a long case was most of the time the tables took."""
    s = styles()
    cell = s["cell"]
    if header and widths and rows:
        widths = header_room(rows[0], widths, cell.fontSize)
    room = [w - 8 for w in widths] if widths else None  # minus left and right padding

    def fits(value: str, column: int, bold: bool) -> bool:
        return (room is not None and "\n" not in value
                and stringWidth(value, FONT_BOLD if bold else FONT, cell.fontSize) <= room[column])

    data: list[list[object]] = []
    for i, row in enumerate(rows):
        bold = header and i == 0
        out: list[object] = []
        for j, c in enumerate(row):
            if isinstance(c, Flowable):
                out.append(c)
                continue
            value = str(c)
            out.append(value if fits(value, j, bold)
                       else Paragraph(text(value), s["cellbold" if bold else "cell"]))
        data.append(out)
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4eef3")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        style += [("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                   [colors.white, colors.HexColor("#f7f9fa")])]
    t.setStyle(TableStyle(style))
    return t


def header_room(headers: Sequence[object], widths: Sequence[float],
                size: float) -> list[float]:
    """``widths`` with every column at least as wide as its header's longest word in bold
    (plus the cell padding), the room taken from the widest column that can spare it: a
    German header ("Ausgangswert", "Einträge") is never broken inside a word. Columns that
    cannot all fit keep the widths given."""
    out = [float(w) for w in widths]
    need = [max((stringWidth(word, FONT_BOLD, size) for word in str(h).split()), default=0.0)
            + 9 for h in headers] if all(isinstance(h, str) for h in headers) else []
    for j, wanted in enumerate(need[:len(out)]):
        short = wanted - out[j]
        if short <= 0:
            continue
        spare = [i for i in range(len(out)) if i != j and out[i] - short >= need[i]]
        if not spare:
            return [float(w) for w in widths]
        donor = max(spare, key=lambda i: out[i] - need[i])
        out[donor] -= short
        out[j] += short
    return out


# Inline Markdown of the form texts. The text is escaped first, so only these patterns become
# markup; a marker must touch the word it wraps ("2 * 3" stays as typed), and "_" marks emphasis
# only at word edges ("snake_case" stays as typed). A backslash keeps a marker literal.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
_EM_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
_ESCAPED = re.compile(r"\\([*_\\#])")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SLOT = re.compile("\x00(\\d+)\x00")
_ORDERED = re.compile(r"^\d+[.)] ")


def inline(source: str, values: Sequence[str] = ()) -> str:
    """Paragraph markup for one block of form Markdown: **strong** or __strong__ in bold,
    *emphasis* or _emphasis_ in italic, everything else escaped. ``\\x00N\\x00`` slots are filled
    with ``values[N]``, escaped after the Markdown was read, so a value is never markup."""
    literal: list[str] = []

    def keep(m: re.Match[str]) -> str:
        literal.append(m.group(1))
        return f"\x01{len(literal) - 1}\x01"

    out = text(_ESCAPED.sub(keep, source))
    out = _STRONG.sub(r"<b>\2</b>", out)
    out = _EM_STAR.sub(r"<i>\1</i>", out)
    out = _EM_UNDERSCORE.sub(r"<i>\1</i>", out)
    out = re.sub("\x01(\\d+)\x01", lambda m: text(literal[int(m.group(1))]), out)
    return _SLOT.sub(lambda m: text(values[int(m.group(1))]), out)


def markdown(source: str, values: dict[str, str], skip_title: str = "") -> list[Flowable]:
    """The small Markdown of the form texts (#, ## and ### headings, '- ' and '1. ' lists,
    **strong**, *emphasis*, paragraphs), with ``{placeholders}`` filled from ``values``. A first
    heading equal to ``skip_title`` is dropped (the document's own title already says it)."""
    filled: list[str] = []

    def slot(m: re.Match[str]) -> str:
        filled.append(values.get(m.group(1), m.group(0)))
        return f"\x00{len(filled) - 1}\x00"

    source = _PLACEHOLDER.sub(slot, source.replace("\x00", "").replace("\x01", ""))
    out: list[Flowable] = []
    items: list[str] = []
    ordered = False
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(rich(inline(" ".join(para), filled)))
            para.clear()
        if items:
            out.append(ListFlowable(
                [ListItem(rich(inline(b, filled)), leftIndent=12) for b in items],
                bulletType="1" if ordered else "bullet", start=None if ordered else "•",
                leftIndent=12, bulletFontName=FONT, bulletFontSize=9.5))
            items.clear()

    for line in source.splitlines():
        stripped = line.strip()
        level = len(stripped) - len(stripped.lstrip("#"))
        if not stripped:
            flush()
        elif 1 <= level <= 3 and stripped[level:level + 1] == " ":
            flush()
            title = stripped[level + 1:].strip()
            if not (level == 1 and not out and title == skip_title):
                out.append(rich(inline(title, filled), {1: "h2"}.get(level, "h3")))
        elif stripped.startswith(("- ", "* ", "+ ")) or _ORDERED.match(stripped):
            now_ordered = bool(_ORDERED.match(stripped))
            if para or (items and now_ordered != ordered):
                flush()
            ordered = now_ordered
            items.append(stripped.split(" ", 1)[1].strip())
        elif items and line[:1].isspace():  # a list item's continuation line
            items[-1] += " " + stripped
        else:
            if items:
                flush()
            para.append(stripped)
    flush()
    return out


@dataclass(frozen=True)
class Document:
    title: str
    header_left: str  # e.g. the practice name
    header_right: str  # e.g. the client code
    page_size: str = "A4"
    footer_extra: str = ""  # e.g. form version and content hash
    # a form prints its footer in its own language (triad.casefile.form_words); None: as today
    confidential: str | None = None
    page_words: str | None = None  # "page {page} of {total}"


def _numbered_canvas(doc: Document) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Draws header and footer once the page count is known ("page 3 of 7")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(18 * mm, height - 11 * mm, doc.header_left)
            self.drawRightString(width - 18 * mm, height - 11 * mm, doc.header_right)
            self.setStrokeColor(RULE)
            self.line(18 * mm, 16 * mm, width - 18 * mm, 16 * mm)
            # a printed form's own language (doc.confidential, doc.page_words), else the
            # report's; a longer language gets a smaller size, never a cut
            notice = tr(CONFIDENTIAL) if doc.confidential is None else doc.confidential
            room = width - 36 * mm
            self.setFont(FONT, min(7.5, 7.5 * room / max(stringWidth(notice, FONT, 7.5), 1)))
            self.drawString(18 * mm, 12 * mm, notice)
            self.setFont(FONT, 7.5)
            words = tr("page {page} of {total}") if doc.page_words is None else doc.page_words
            self.drawRightString(width - 18 * mm, 8 * mm,
                                 words.format(page=self._pageNumber, total=total))
            if doc.footer_extra:
                self.drawString(18 * mm, 8 * mm, doc.footer_extra)
            self.restoreState()

    return NumberedCanvas


def render(doc: Document, story: Iterable[Flowable]) -> bytes:
    """Lay out ``story`` and return the PDF's bytes (nothing touches the disk)."""
    register_fonts()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer, pagesize=page_size(doc.page_size), leftMargin=18 * mm, rightMargin=18 * mm,
        topMargin=18 * mm, bottomMargin=22 * mm, title=doc.title, author="Triad",
        creator="Triad", subject=doc.title,
    )
    # Binary (compressed only) streams instead of ReportLab's default ASCII85 text encoding on
    # top: a 7-bit-clean PDF buys nothing when the bytes go to a file or the viewer, and the
    # pure-Python encoder cost ~15% of a long progress summary (the file is ~20% smaller too).
    # The switch is read while the document is written, so it is set for this build only.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        template.build(list(story), canvasmaker=_numbered_canvas(doc))
    finally:
        rl_config.useA85 = a85
    return buffer.getvalue()


def heading_block(title: str, lines: list[str]) -> KeepTogether:
    return KeepTogether([p(title, "title"), *[p(line, "subtitle") for line in lines],
                         Spacer(1, 4 * mm)])
