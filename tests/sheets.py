"""Paper sheets as a secretary fills them in: rows typed into the template's notes sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.sheets.template import FIRST_ROW


def fill_sheet(template: Path, out: Path, rows: list[tuple]) -> Path:
    """`template` with `rows` typed in from its first notes row, saved as `out`."""
    book = load_workbook(template)
    sheet = book["Anteckningar"]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, 1):
            sheet.cell(row=FIRST_ROW + offset, column=column, value=value)
    book.save(out)
    return out
