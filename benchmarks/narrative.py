"""The therapist's narrative in a progress summary (issue 14, Minor 11): how its cost grows
with its length. ReportLab wraps all the rest of a Paragraph again each time it splits it across
a page, so one long paragraph costs the square of its length; the narrative is cut into short
paragraphs (``triad.reports.common.paragraphs``). Measured as ratios in one run, never as a
time: 80,000 characters against 20,000 (the cap; longer text is what the cut must survive if
the cap is ever raised, and where one Paragraph showed its square). Linear is 4x; quadratic
would be 16x. The same ratio for the narrative as one Paragraph (what the summary used to do)
is printed beside it.
"""

from __future__ import annotations

from pathlib import Path

from triad.reports.common import Document, p, paragraphs, render

from .common import Row, per_op

SENTENCE = "The client described the week's practice and what felt different this time. "


def _narrative(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]  # one paragraph, no line breaks


def bench_narrative(_tmp: Path) -> list[Row]:
    doc = Document("Progress summary", "Bench practice", "C-2026-001")
    short, long = _narrative(20_000), _narrative(80_000)

    def split(text: str) -> float:
        return per_op(lambda: render(doc, paragraphs(text)), 1.5, 3)

    def whole(text: str) -> float:
        return per_op(lambda: render(doc, [p(text)]), 1.5, 3)

    split_short, split_long = split(short), split(long)
    whole_short, whole_long = whole(short), whole(long)
    # Row: "ours" is the long build, "baseline" the short one: the ratio column is the growth.
    return [
        Row("narrative 80k vs 20k chars, cut into paragraphs (ratio)", split_long, split_short,
            "~4x"),
        Row("narrative 80k vs 20k chars, one Paragraph (ratio, before)", whole_long, whole_short,
            "info"),
    ]
