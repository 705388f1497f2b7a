"""The charts of the progress summary: the SUDS trend and the phase timeline.

Each is a Flowable that draws straight onto the page canvas. reportlab.graphics' LinePlot
and Drawing go through a validated attribute map and a node renderer per shape, which for a
300-session case cost more than the rest of the document together; these draw the same
picture (axes, grid, labels, two series, legend; bars per phase) with a few dozen canvas
calls, and each series as one path of pre-formatted coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from triad.reports.common import ACCENT, ACCENT_LIGHT, FONT, FONT_BOLD, INK, MUTED, RULE, WARN, tr

SUDS_HEIGHT = 62 * mm


def _path(points: Sequence[tuple[float, float]]) -> str:
    """PDF path operators for an open polyline (stroked by the caller)."""
    first, *rest = points
    return " ".join([f"{first[0]:.2f} {first[1]:.2f} m", *(f"{x:.2f} {y:.2f} l" for x, y in rest)])


class SudsTrend(Flowable):  # type: ignore[misc]
    """SUDS before and after, per session number (0-10): one line each, a marker per
    session while there are few enough to tell apart."""

    def __init__(self, points: Sequence[tuple[int, int | None, int | None]], width: float) -> None:
        super().__init__()
        self.points = list(points)
        self.width, self.height = width, SUDS_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        width, height = float(self.width), float(self.height)
        before = [(n, b) for n, b, _ in self.points if b is not None]
        after = [(n, a) for n, _, a in self.points if a is not None]
        c.saveState()
        if not before and not after:
            c.setFont(FONT, 9)
            c.setFillColor(MUTED)
            c.drawString(0, height / 2, tr("No SUDS ratings in this period."))
            c.restoreState()
            return
        x0, y0, w, h = 28.0, 22.0, width - 40, height - 40
        numbers = [n for n, _, _ in self.points]
        low, high = min(numbers) - 0.5, max(numbers) + 0.5

        def sx(n: float) -> float:
            return x0 + (n - low) * w / (high - low)

        def sy(v: float) -> float:
            return y0 + v * h / 10

        # grid, axes and ticks
        c.setStrokeColor(RULE)
        c.setLineWidth(0.25)
        c.lines([(x0, sy(v), x0 + w, sy(v)) for v in range(2, 11, 2)])
        step = max(1, len(numbers) // 12)
        ticks = list(range(min(numbers), max(numbers) + 1, step))
        c.setLineWidth(1)
        c.lines([(x0, y0, x0 + w, y0), (x0, y0, x0, y0 + h)]
                + [(sx(n), y0, sx(n), y0 - 5) for n in ticks]
                + [(x0, sy(v), x0 - 5, sy(v)) for v in range(0, 11, 2)])
        c.setFont(FONT, 7)
        c.setFillColor(INK)
        for n in ticks:
            c.drawCentredString(sx(n), y0 - 12, str(n))
        for v in range(0, 11, 2):
            c.drawRightString(x0 - 7, sy(v) - 2.5, str(v))
        # the series
        c.setLineWidth(1.4)
        c.setLineJoin(1)
        for series, color in ((before, WARN), (after, ACCENT)):
            if not series:
                continue
            c.setStrokeColor(color)
            c.addLiteral(_path([(sx(n), sy(v)) for n, v in series]) + " S")
            if len(self.points) <= 40:  # beyond that, markers only clutter the line
                c.setFillColor(color)
                for n, v in series:
                    c.circle(sx(n), sy(v), 1.4, stroke=0, fill=1)
        # title, axis name, legend
        c.setFont(FONT_BOLD, 8)
        c.setFillColor(INK)
        c.drawString(0, height - 8, tr("SUDS (0\u201310)"))
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        c.drawString(width / 2 - 20, 4, tr("session number"))
        c.setFont(FONT, 7.5)
        for i, (color, label) in enumerate(((WARN, tr("before session")), (ACCENT, tr("after session")))):
            x = width - 150 + i * 75
            c.setFillColor(color)
            c.rect(x, height - 10, 6, 6, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(x + 9, height - 9.5, label)
        c.restoreState()


class PhaseTimeline(Flowable):  # type: ignore[misc]
    """One row per phase: planned sessions (outline) against sessions held (filled)."""

    ROW = 13.0
    LABEL_W = 62 * mm

    def __init__(self, phases: Sequence[tuple[str, int, int, str]], width: float) -> None:
        super().__init__()
        self.phases = list(phases)
        self.width, self.height = width, self.ROW * len(self.phases) + 24

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        row, label_w, height = self.ROW, self.LABEL_W, self.height
        scale_max = max([1] + [max(planned, held) for _, planned, held, _ in self.phases])
        bar_w = self.width - label_w - 40
        c.saveState()
        for i, (title, planned, held, status) in enumerate(self.phases):
            y = height - 6 - (i + 1) * row
            mark = {"active": "▶ ", "completed": "✓ "}.get(status, "   ")
            font = FONT_BOLD if status == "active" else FONT
            label = mark + title
            while stringWidth(label, font, 7.5) > label_w - 6 and len(label) > 4:
                label = label[:-2] + "…"
            c.setFont(font, 7.5)
            c.setFillColor(INK if status != "planned" else MUTED)
            c.drawString(0, y + 3, label)
            if planned:
                c.setFillColor(white)
                c.setStrokeColor(ACCENT_LIGHT)
                c.setLineWidth(0.8)
                c.rect(label_w, y + 1, bar_w * planned / scale_max, row - 4, stroke=1, fill=1)
            if held:
                fill: Color = ACCENT if status != "planned" else ACCENT_LIGHT
                c.setFillColor(fill)
                c.rect(label_w, y + 1, bar_w * held / scale_max, row - 4, stroke=0, fill=1)
            c.setFont(FONT, 7.5)
            c.setFillColor(INK)
            c.drawString(label_w + bar_w + 4, y + 3, f"{held}/{planned}")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(label_w, 14, label_w, height - 4)
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        c.drawString(label_w, 2, tr("sessions held (filled) against planned (outline)"))
        c.restoreState()


def suds_trend(points: Sequence[tuple[int, int | None, int | None]], width: float) -> SudsTrend:
    return SudsTrend(points, width)


def phase_timeline(phases: Sequence[tuple[str, int, int, str]], width: float) -> PhaseTimeline:
    return PhaseTimeline(phases, width)
