"""The conference minutes' chart: notes per theme, grouped by question (reportlab graphics)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.minutes.fonts import BOLD, REGULAR

# Distinct in colour and in lightness, so a grey-scale print still tells the series apart.
PALETTE = [
    colors.HexColor(c)
    for c in ("#1d3f5e", "#e07b39", "#4f9d69", "#c9b037", "#8e5ea2", "#3d9bd6", "#b5485d", "#7f7f7f")
]


def notes_chart(
    title: str, categories: list[str], series: list[tuple[str, list[int]]], width: float, height: float = 220
) -> Drawing:
    """A grouped bar chart: one group per category (question), one bar per series (theme)."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10, fillColor=PALETTE[0]))
    legend_rows = (len(series) + 1) // 2
    legend_height = legend_rows * 13 + 6
    chart = VerticalBarChart()
    chart.x, chart.y = 30, legend_height + 22
    chart.width, chart.height = width - 40, height - chart.y - 24
    chart.data = [values for _name, values in series] or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = categories
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
        legend = Legend()
        legend.x, legend.y = 30, legend_height
        legend.fontName, legend.fontSize = REGULAR, 8
        legend.columnMaximum = legend_rows
        legend.deltax = (width - 40) / 2
        legend.dxTextSpace = 4
        legend.alignment = "right"
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _v) in enumerate(series)]
        drawing.add(legend)
    return drawing
