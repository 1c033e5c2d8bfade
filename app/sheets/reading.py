"""Reading a filled-in sheet into plain cells: an .xlsx workbook (the template) or a CSV file.

Nothing here judges the content (see review.py); this only gets text out of the file safely. The file
is untrusted: its size is capped, an .xlsx's zip members are checked for a decompression bomb before
openpyxl parses them, and no formula is ever evaluated (only the values Excel last saved are read).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.file_head import read_head
from app.sheets.columns import HIDDEN_SHEET, MAX_ROWS, NOTES_SHEET, column_for_header

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
SUFFIXES = (".xlsx", ".csv")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\ufeff": ""})


@dataclass
class RawSheet:
    """A sheet's cells as text: `headers` by column index, rows as (row number, cells)."""

    name: str  # the sheet's name, or the CSV file's name
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    meta: dict[str, str] = field(default_factory=dict)  # the template's hidden sheet, if any
    too_many_rows: bool = False

    def columns(self) -> dict[str, list[int]]:
        """Each known column key and the column indexes whose header names it."""
        found: dict[str, list[int]] = {}
        for index, header in enumerate(self.headers):
            key = column_for_header(header) if header else None
            if key:
                found.setdefault(key, []).append(index)
        return found


@dataclass(frozen=True)
class SheetFile:
    path: Path
    data: bytes
    sheet: RawSheet


def cell_text(value: Any) -> str:
    """A cell as text: no-break and thin spaces become spaces and are trimmed (so a cell of only spaces
    is empty), a whole number saved as 3.0 reads as "3"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if not isinstance(value, str):
        return str(value)
    return value.translate(_SPACES).strip()


def read_sheet_file(path: Path | str) -> SheetFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(f"{path.name}: not a sheet Rundabord reads; give an .xlsx or a .csv file")
    data = read_head(path, MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise UserError(f"{path.name}: larger than {MAX_FILE_BYTES // 2**20} MiB; not a notes sheet")
    sheet = read_xlsx(data, path.name) if suffix == ".xlsx" else read_csv(data, path.name)
    return SheetFile(path, data, sheet)


# -- CSV ------------------------------------------------------------------------------------------


def read_csv(data: bytes, name: str) -> RawSheet:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:  # Excel on Windows saves "CSV" in the ANSI code page unless told "CSV UTF-8"
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UserError(f"{name}: not text in UTF-8 or Windows-1252; save it as CSV UTF-8") from None
    if "\x00" in text:
        raise UserError(f"{name}: not a CSV text file")
    lines = text.splitlines()
    first = lines[0] if lines else ""
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        table = []
        for row in reader:
            table.append([cell_text(_unneutralised(v)) for v in row])
            if len(table) > MAX_ROWS + 1:
                break
    except csv.Error as exc:
        raise UserError(f"{name}: not a readable CSV file ({exc})") from None
    return _raw(name, table, {})


# The open data's CSV puts an apostrophe before a cell a spreadsheet would run as a formula
# (app/minutes/opendata.py, safe_cell); read back, the cell is the text the table wrote.
_NEUTRALISED = tuple("'" + start for start in ("=", "+", "-", "@", "\t", "\r"))


def _unneutralised(cell: str) -> str:
    return cell[1:] if cell.startswith(_NEUTRALISED) else cell


def _raw(name: str, table: list[list[str]], meta: dict[str, str]) -> RawSheet:
    if not table:
        return RawSheet(name, [], [], meta)
    rows = [(number, cells) for number, cells in enumerate(table[1:], 2)]
    return RawSheet(name, table[0], rows[:MAX_ROWS], meta, too_many_rows=len(rows) > MAX_ROWS)


# -- xlsx -----------------------------------------------------------------------------------------


def read_xlsx(data: bytes, name: str) -> RawSheet:
    _check_zip(data, name)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file; all mean "not readable"
        raise UserError(f"{name}: not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        meta = _meta(book)
        sheet = _notes_sheet(book)
        if sheet is None:
            raise UserError(f"{name}: the workbook has no sheet of notes")
        table: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            table.append([cell_text(v) for v in values])
            if len(table) > MAX_ROWS + 1:
                break
        while table and not any(table[-1]):
            table.pop()
        raw = _raw(sheet.title, table, meta)
    finally:
        book.close()
    return raw


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UserError(f"{name}: not an Excel workbook (.xlsx); save it as one or as CSV") from None
    if len(infos) > 10_000 or sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise UserError(f"{name}: the workbook unpacks to more than a notes sheet can hold")


def _meta(book) -> dict[str, str]:
    if HIDDEN_SHEET not in book.sheetnames:
        return {}
    meta: dict[str, str] = {}
    for row in book[HIDDEN_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if len(row) >= 2 and isinstance(row[0], str) and row[0]:
            meta[row[0]] = cell_text(row[1])
    return meta


def _notes_sheet(book):
    if NOTES_SHEET in book.sheetnames:
        return book[NOTES_SHEET]
    for sheet in book.worksheets:  # a sheet renamed, or a workbook of one's own with the headers
        if sheet.title == HIDDEN_SHEET:
            continue
        first = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        if any(isinstance(v, str) and column_for_header(v) for v in first):
            return sheet
    return None
