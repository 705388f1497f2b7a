"""Charts drawn with reportlab.graphics: the SUDS trend and the phase timeline."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .common import ACCENT, ACCENT_LIGHT, FONT, FONT_BOLD, INK, MUTED, RULE, WARN


def suds_trend(points: Sequence[tuple[int, int | None, int | None]], width: float) -> Drawing:
    """SUDS before and after, per session number (0-10)."""
    height = 62 * mm
    d = Drawing(width, height)
    before = [(n, b) for n, b, _ in points if b is not None]
    after = [(n, a) for n, _, a in points if a is not None]
    if not before and not after:
        d.add(String(0, height / 2, "No SUDS ratings in this period.", fontName=FONT, fontSize=9,
                     fillColor=MUTED))
        return d
    plot = LinePlot()
    plot.x, plot.y = 28, 22
    plot.width, plot.height = width - 40, height - 40
    plot.data = [before or [(0, 0)], after or [(0, 0)]]
    plot.lines[0].strokeColor = WARN
    plot.lines[1].strokeColor = ACCENT
    for i, color in ((0, WARN), (1, ACCENT)):
        plot.lines[i].strokeWidth = 1.4
        if len(points) <= 40:  # beyond that, markers only clutter the line (and cost time)
            plot.lines[i].symbol = makeMarker("FilledCircle", size=2.8, fillColor=color,
                                              strokeColor=color)
    xs = [n for n, _, _ in points]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = min(xs) - 0.5, max(xs) + 0.5
    step = max(1, len(xs) // 12)
    plot.xValueAxis.valueSteps = list(range(min(xs), max(xs) + 1, step))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 10, 2
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
        axis.strokeColor = RULE
    plot.yValueAxis.visibleGrid, plot.yValueAxis.gridStrokeColor = True, RULE
    d.add(plot)
    d.add(String(0, height - 8, "SUDS (0-10)", fontName=FONT_BOLD, fontSize=8, fillColor=INK))
    d.add(String(width / 2 - 20, 4, "session number", fontName=FONT, fontSize=7, fillColor=MUTED))
    legend = Legend()
    legend.x, legend.y = width - 150, height - 4
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.columnMaximum, legend.deltax = 1, 70
    legend.alignment = "right"
    legend.colorNamePairs = [(WARN, "before session"), (ACCENT, "after session")]
    legend.dx = legend.dy = 6
    legend.boxAnchor = "nw"
    d.add(legend)
    return d


def phase_timeline(phases: Sequence[tuple[str, int, int, str]], width: float) -> Drawing:
    """One row per phase: planned sessions (outline) against sessions held (filled)."""
    row, label_w = 13.0, 62 * mm
    height = row * len(phases) + 24
    d = Drawing(width, height)
    scale_max = max([1] + [max(planned, held) for _, planned, held, _ in phases])
    bar_w = width - label_w - 40
    for i, (title, planned, held, status) in enumerate(phases):
        y = height - 6 - (i + 1) * row
        mark = {"active": "▶ ", "completed": "✓ "}.get(status, "   ")
        font = FONT_BOLD if status == "active" else FONT
        label = mark + title
        while stringWidth(label, font, 7.5) > label_w - 6 and len(label) > 4:
            label = label[:-2] + "…"
        d.add(String(0, y + 3, label, fontName=font, fontSize=7.5,
                     fillColor=INK if status != "planned" else MUTED))
        if planned:
            d.add(Rect(label_w, y + 1, bar_w * planned / scale_max, row - 4, fillColor=colors.white,
                       strokeColor=ACCENT_LIGHT, strokeWidth=0.8))
        if held:
            d.add(Rect(label_w, y + 1, bar_w * held / scale_max, row - 4,
                       fillColor=ACCENT if status != "planned" else ACCENT_LIGHT, strokeWidth=0))
        d.add(String(label_w + bar_w + 4, y + 3, f"{held}/{planned}", fontName=FONT, fontSize=7.5,
                     fillColor=INK))
    d.add(Line(label_w, 14, label_w, height - 4, strokeColor=RULE, strokeWidth=0.5))
    d.add(String(label_w, 2, "sessions held (filled) against planned (outline)", fontName=FONT,
                 fontSize=7, fillColor=MUTED))
    return d
