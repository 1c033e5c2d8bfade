"""Do any two printed characters of a PDF page overlap? Measured on the page (pdfminer's character
boxes), so a table cell whose text runs over its neighbour's is caught whatever the layout code meant."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTComponent


def _chars(item: LTComponent):
    if isinstance(item, LTChar):
        if item.get_text().strip():
            yield item
        return
    for child in getattr(item, "_objs", []) or []:
        yield from _chars(child)


def overlapping_characters(path: Path, pages: list[int] | None = None) -> list[tuple[int, str, str]]:
    """(page number, char, char) for every pair of characters whose boxes overlap by more than a
    third of the smaller one: a glyph drawn over another."""
    found = []
    for number, page in enumerate(extract_pages(str(path), page_numbers=pages), 1):
        chars = list(_chars(page))
        rows: dict[int, list[LTChar]] = defaultdict(list)
        for char in chars:
            rows[int(char.y0 // 4)].append(char)
        for key, row in rows.items():
            nearby = sorted(row + rows.get(key + 1, []), key=lambda c: c.x0)
            for i, a in enumerate(nearby):
                for b in nearby[i + 1 :]:
                    if b.x0 >= a.x1:
                        break
                    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
                    dy = min(a.y1, b.y1) - max(a.y0, b.y0)
                    smaller = min(a.width * a.height, b.width * b.height) or 1
                    if dx > 0 and dy > 0 and dx * dy > smaller / 3 and a is not b:
                        found.append((number, a.get_text(), b.get_text()))
    return found
