"""Text wrapped at words, and inside a word only when the word alone is wider than the room.

Qt's word wrap (`Qt.TextWordWrap`, `QLabel.setWordWrap`) never breaks a word: a Swedish compound wider
than a narrow card ("Landsbygdsutvecklingsprogramsansvariges…") ran past its edge and was clipped there.
`QTextOption`'s WrapAtWordBoundaryOrAnywhere breaks such a word and no other; `height` measures what
`draw` draws with the same option.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption


def _option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def lines(text: str, font: QFont, width: int) -> list[str]:
    """The text's lines as drawn at `width` (a line break in the text also ends a line)."""
    flat = text.replace("\n", "\u2028")  # QTextLayout breaks lines at the line separator
    layout = QTextLayout(flat, font)
    layout.setTextOption(_option())
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return [flat[start : start + length].rstrip("\u2028") for start, length in spans]


def height(text: str, font: QFont, width: int) -> int:
    """The height `draw` takes for the text at `width`."""
    return max(1, len(lines(text, font, width))) * QFontMetrics(font).lineSpacing()


def draw(painter: QPainter, rect: QRect, text: str) -> None:
    """The text in `rect` with the painter's font, wrapped as `lines` says."""
    painter.drawText(QRectF(rect), text, _option())
