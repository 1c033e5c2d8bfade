"""The conference's notes template as an Excel workbook (openpyxl).

Four sheets: instructions first (what the workbook opens on), the notes sheet with Swedish headers, an
example row and drop-down lists, and a hidden sheet holding the conference id, the template version and
the lists the drop-downs read. The workbook is written whole (temp file and rename), like every file here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from app import conferences
from app.bundles.files import write_whole
from app.errors import UserError
from app.model import Conference, Question, Theme
from app.sheets.columns import (
    BY_KEY,
    COLUMNS,
    HIDDEN_SHEET,
    INSTRUCTIONS_SHEET,
    KIND_LABELS,
    NOTES_SHEET,
    TEMPLATE_VERSION,
)
from app.store import Store

EXAMPLE_ROW = 2
FIRST_ROW = 3  # the first row for the table's own notes
DROPDOWN_ROWS = 1000  # rows that get the drop-down lists; typing below them still imports
# Keys of the hidden sheet's column A; column B holds the values. The lists start in column D.
META_CONFERENCE = "conference_id"
META_VERSION = "template_version"
META_TABLE = "table"
META_EXAMPLE = "example_row"
EXAMPLE_TEXT = "Exempel: Läxhjälp på biblioteket två kvällar i veckan"


@dataclass(frozen=True)
class TemplateContent:
    conference: Conference
    questions: tuple[Question, ...]
    themes: tuple[Theme, ...]
    tables: tuple[int, ...]
    table: int | None  # the template was made for this one table


def question_label(question: Question) -> str:
    """What the drop-down offers and a chair picks: '2. Vad behöver unga?'. The number is what counts."""
    return f"{question.position}. {' '.join(question.text.split())}"


def template_content(store: Store, conference_id: str, table: int | None = None) -> TemplateContent:
    conference = conferences.conference(store, conference_id)
    numbers = tuple(t.number for t in conferences.tables(store, conference.id))
    if table is not None and table not in numbers:
        raise UserError(f"conference has no table {table}")
    questions = tuple(conferences.questions(store, conference.id))
    if not questions:
        raise UserError("the conference has no questions yet; add them before making a template")
    return TemplateContent(
        conference, questions, tuple(conferences.themes(store, conference.process_id)), numbers, table
    )


def write_template(store: Store, conference_id: str, path: Path | str, *, table: int | None = None) -> Path:
    """Write the template for the conference (for one table, if given) to `path` (.xlsx)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path.name}: the template is an Excel workbook; give a name ending in .xlsx")
    content = template_content(store, conference_id, table)
    write_whole(path, template_bytes(content))
    return path


def template_bytes(content: TemplateContent) -> bytes:
    from openpyxl import Workbook  # only here: a chair's start-up never needs it

    book = Workbook()
    _instructions(book.active, content)
    notes = book.create_sheet(NOTES_SHEET)
    hidden = book.create_sheet(HIDDEN_SHEET)
    lists = _hidden(hidden, content)
    _notes(notes, content, lists)
    hidden.sheet_state = "hidden"
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _instructions(sheet, content: TemplateContent) -> None:
    from openpyxl.styles import Alignment, Font

    c = content.conference
    sheet.title = INSTRUCTIONS_SHEET
    table_line = (
        f"Mallen gäller bord {content.table}. Lämna kolumnen Bord tom eller skriv {content.table}."
        if content.table is not None
        else "Skriv bordets nummer i kolumnen Bord på varje rad."
    )
    lines = [
        (f"Anteckningar från rundabordssamtal – {c.title}", True),
        (f"Datum: {c.date}" + (f", {c.venue}" if c.venue else ""), False),
        ("", False),
        ("Så här fyller du i mallen", True),
        (
            f"1. Gå till bladet {NOTES_SHEET}. Skriv en anteckning per rad, med början på rad {FIRST_ROW}.",
            False,
        ),
        (f"2. {table_line}", False),
        ("3. Välj fråga och typ i listorna. Typ är Anteckning, Förslag, Ledord eller Att göra.", False),
        ("4. Teman: välj ett tema i listan, eller skriv flera åtskilda med semikolon (;).", False),
        ("5. Röster: antalet prickar ett förslag fick, som heltal. Lämna tomt om ingen röstade.", False),
        ("6. Text: det bordet sa, med bordets egna ord.", False),
        (
            f"Rad {EXAMPLE_ROW} är ett exempel. Skriv över den eller låt den stå;"
            " den importeras bara om du har ändrat den.",
            False,
        ),
        ("", False),
        ("Skriv inga namn på deltagare i texten.", True),
        (
            "Skicka tillbaka filen till sekretariatet, eller importera den i Rundabord.",
            False,
        ),
        ("Alla rader kontrolleras innan något importeras.", False),
        ("", False),
        ("Frågor", True),
        *((f"{q.position}. {q.text}", False) for q in content.questions),
        ("", False),
        ("Teman", True),
        *((t.name, False) for t in content.themes),
    ]
    for row, (text, bold) in enumerate(lines, 1):
        cell = sheet.cell(row=row, column=1, value=text or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=13 if row == 1 else 11)
    sheet.column_dimensions["A"].width = 90


def _hidden(sheet, content: TemplateContent) -> dict[str, str]:
    """Write the metadata and the lists; returns each list's range for the drop-downs."""
    meta = [
        (META_CONFERENCE, content.conference.id),
        (META_VERSION, TEMPLATE_VERSION),
        (META_TABLE, content.table),
        (META_EXAMPLE, EXAMPLE_ROW),
    ]
    for row, (key, value) in enumerate(meta, 1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=value)
    lists = {
        "question": [question_label(q) for q in content.questions],
        "kind": list(KIND_LABELS.values()),
        "themes": [t.name for t in content.themes],
        "table": list(content.tables),
    }
    ranges: dict[str, str] = {}
    for offset, (key, values) in enumerate(lists.items()):
        column = 4 + offset
        sheet.cell(row=1, column=column, value=BY_KEY[key].header)
        for row, value in enumerate(values, 2):
            sheet.cell(row=row, column=column, value=value)
        if values:
            letter = sheet.cell(row=1, column=column).column_letter
            ranges[key] = f"'{HIDDEN_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _notes(sheet, content: TemplateContent, lists: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    header_fill = PatternFill("solid", fgColor="DDE6F0")
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        sheet.column_dimensions[cell.column_letter].width = column.width
    sheet.freeze_panes = "A2"
    letters = {c.key: sheet.cell(row=1, column=i).column_letter for i, c in enumerate(COLUMNS, 1)}
    example = example_values(content)
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=EXAMPLE_ROW, column=index, value=example[column.key])
        cell.font = Font(italic=True, color="666666")
    sheet.column_dimensions[letters["text"]].width = BY_KEY["text"].width
    for row in range(EXAMPLE_ROW, EXAMPLE_ROW + 200):
        sheet.cell(row=row, column=len(COLUMNS)).alignment = Alignment(wrap_text=True, vertical="top")

    def dropdown(key: str, prompt: str, *, strict: bool = True) -> None:
        if key not in lists:
            return
        rule = DataValidation(type="list", formula1=f"={lists[key]}", allow_blank=True)
        rule.errorStyle = "stop" if strict else "warning"
        rule.error = prompt
        rule.errorTitle = "Rundabord"
        rule.prompt = prompt
        rule.showInputMessage = True
        rule.showErrorMessage = True
        sheet.add_data_validation(rule)
        rule.add(f"{letters[key]}{EXAMPLE_ROW}:{letters[key]}{DROPDOWN_ROWS}")

    dropdown("question", "Välj frågan i listan.")
    dropdown("kind", "Välj Anteckning, Förslag, Ledord eller Att göra.")
    dropdown("themes", "Välj ett tema i listan, eller skriv flera åtskilda med semikolon (;).", strict=False)
    dropdown("table", "Välj bordets nummer.")
    votes = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    votes.error = "Röster skrivs som ett heltal, 0 eller mer."
    votes.errorTitle = "Rundabord"
    votes.showErrorMessage = True
    sheet.add_data_validation(votes)
    votes.add(f"{letters['votes']}{EXAMPLE_ROW}:{letters['votes']}{DROPDOWN_ROWS}")


def example_values(content: TemplateContent) -> dict[str, object]:
    """The example row: a proposal for the first question, so every column shows how it is filled."""
    return {
        "table": content.table if content.table is not None else (content.tables[0] if content.tables else 1),
        "question": question_label(content.questions[0]),
        "kind": KIND_LABELS["proposal"],
        "themes": content.themes[0].name if content.themes else None,
        "votes": 3,
        "text": EXAMPLE_TEXT,
    }
