"""The conference minutes' chart: notes per theme, grouped by question (reportlab graphics)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from app.minutes.fonts import BOLD, REGULAR
from app.minutes.glyphs import printable, runs
from app.minutes.glyphs import width as drawn_width
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
        names = [_fit(name, column - 24) for name, _v in series]
        drawing.add(_legend(names, 30, legend_height, column, legend_rows))
    return drawing


def chart_alt(title: str, categories: list[str], series: list[tuple[str, list[int]]]) -> str:
    """The chart in words, for its Figure's alternate text: every bar's value, group by group."""
    groups = [
        f"{category}: " + ", ".join(f"{name} {values[i]}" for name, values in series)
        for i, category in enumerate(categories)
    ]
    return f"{title}. " + "; ".join(groups) + "." if series else f"{title}."


SWATCH, LEGEND_SIZE = 8, 8  # a legend row: its colour swatch, and its name in 8 pt, a row per 13 pt


def _legend(names: list[str], x: float, top: float, column: float, rows: int) -> Group:
    """The legend: each theme's swatch in its bar's colour and its name beside it, `rows` rows to a
    column. A name is drawn as the contents and the running headers draw a title (glyphs.runs): an
    emoji in the fallback font as the notes and the tables print it, not as "�" (a reportlab Legend
    draws a name in one font). Placed where a reportlab Legend put them before."""
    legend = Group()
    ascent = getFont(REGULAR).face.ascent / 1000 * LEGEND_SIZE
    for i, name in enumerate(names):
        left = x + i // rows * column
        bottom = top - SWATCH - i % rows * 13
        colour = PALETTE[i % len(PALETTE)]
        legend.add(
            Rect(left, bottom, SWATCH, SWATCH, fillColor=colour, strokeColor=colors.black, strokeWidth=1)
        )
        at, baseline = left + SWATCH + 4, bottom + (SWATCH - ascent) / 2
        for face, chunk in runs(name, REGULAR):
            legend.add(
                String(at, baseline, chunk, fontName=face, fontSize=LEGEND_SIZE, fillColor=colors.black)
            )
            at += stringWidth(chunk, face, LEGEND_SIZE)
    return legend


def _drawn(text: str) -> str:
    """A label as a reportlab String draws it: Arabic joined and in the order it is seen (rtl.py), as
    the paragraphs print it; a String draws its characters as they come."""
    return visual(printable(text))


def _fit(text: str, room: float) -> str:
    """A legend's theme name, cut at its end ("…") to fit `room` as drawn (`_legend`)."""
    if drawn_width(text, REGULAR, LEGEND_SIZE) > room:  # cut as typed, then shaped again
        while text and drawn_width(text + "…", REGULAR, LEGEND_SIZE) > room:
            text = text[:-1]
        # The "…" goes where the cut is: after Arabic, a right-to-left mark keeps it at that run's left end
        text = text.rstrip() + ("…\u200f" if _ends_right_to_left(text) else "…")
    return text


def _ends_right_to_left(text: str) -> bool:
    from unicodedata import bidirectional

    last = next((kind for kind in map(bidirectional, reversed(text)) if kind in ("L", "R", "AL")), "L")
    return last != "L"
