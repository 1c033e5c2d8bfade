"""The conference minutes' chart: notes per theme, grouped by question (reportlab graphics)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.minutes.fonts import BOLD, REGULAR
from app.minutes.glyphs import printable
from app.minutes.rtl import visual

# Distinct in colour and in lightness, so a grey-scale print still tells the series apart.
PALETTE = [
    colors.HexColor(c)
    for c in ("#1d3f5e", "#e07b39", "#4f9d69", "#c9b037", "#8e5ea2", "#3d9bd6", "#b5485d", "#7f7f7f")
]


MAX_SERIES = len(PALETTE)


def fewer_series(series: list[tuple[str, list[int]]], others: str) -> list[tuple[str, list[int]]]:
    """At most MAX_SERIES bars per group, each its own colour: the largest themes keep their bar (in
    their own order), the rest are summed into one `others` bar."""
    if len(series) <= MAX_SERIES:
        return series
    keep = set(sorted(range(len(series)), key=lambda i: -sum(series[i][1]))[: MAX_SERIES - 1])
    rest = [values for i, (_n, values) in enumerate(series) if i not in keep]
    summed = [sum(column) for column in zip(*rest, strict=True)]
    return [series[i] for i in sorted(keep)] + [(others, summed)]


def notes_chart(
    title: str,
    categories: list[str],
    series: list[tuple[str, list[int]]],
    width: float,
    plot_height: float = 150,
) -> Drawing:
    """A grouped bar chart: one group per category (question), one bar per series (theme)."""
    legend_rows = (len(series) + 1) // 2
    legend_height = legend_rows * 13 + 6
    height = plot_height + legend_height + 48
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, _drawn(title), fontName=BOLD, fontSize=10, fillColor=PALETTE[0]))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, legend_height + 22
    chart.width, chart.height = width - 40, plot_height
    chart.data = [values for _name, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = [_drawn(category) for category in categories]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((max(values, default=0) for _n, values in series), default=0)
    chart.valueAxis.valueMax = max(4, top + top // 8 + 1)
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barSpacing = 1
    chart.groupSpacing = 10
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if series:
        column = (width - 40) / 2
        legend = Legend()
        legend.x, legend.y = 30, legend_height
        legend.fontName, legend.fontSize = REGULAR, 8
        legend.columnMaximum = legend_rows
        legend.deltax = column
        legend.dx = legend.dy = 8  # the colour swatch
        legend.deltay, legend.yGap = 13, 0  # a row per 13 pt, as legend_height assumes
        legend.dxTextSpace = 4
        legend.alignment = "right"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], _fit(name, column - 24)) for i, (name, _v) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing


def chart_alt(title: str, categories: list[str], series: list[tuple[str, list[int]]]) -> str:
    """The chart in words, for its Figure's alternate text: every bar's value, group by group."""
    groups = [
        f"{category}: " + ", ".join(f"{name} {values[i]}" for name, values in series)
        for i, category in enumerate(categories)
    ]
    return f"{title}. " + "; ".join(groups) + "." if series else f"{title}."


def _drawn(text: str) -> str:
    """A label as a reportlab String draws it: Arabic joined and in the order it is seen (rtl.py), as
    the paragraphs print it; a String draws its characters as they come."""
    return visual(printable(text))


def _fit(text: str, width: float) -> str:
    """A legend's theme name, cut at its end ("…") to fit `width`, as drawn (`_drawn`)."""
    if stringWidth(printable(text), REGULAR, 8) > width:  # cut as typed, then shaped again
        while text and stringWidth(printable(text + "…"), REGULAR, 8) > width:
            text = text[:-1]
        # The "…" goes where the cut is: after Arabic, a right-to-left mark keeps it at that run's left end
        text = text.rstrip() + ("…\u200f" if _ends_right_to_left(text) else "…")
    return _drawn(text)


def _ends_right_to_left(text: str) -> bool:
    from unicodedata import bidirectional

    last = next((kind for kind in map(bidirectional, reversed(text)) if kind in ("L", "R", "AL")), "L")
    return last != "L"
