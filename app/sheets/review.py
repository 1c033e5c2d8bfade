"""Checking a sheet before anything is imported: the headers first, then every row.

Every problem is kept, not just the first, and says where it is (sheet, row, column) and what is wrong
as a code with parameters: the CLI prints `Problem.text` in English, the windows word each code in the
user's language. Nothing is written here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from app import conferences
from app.errors import UserError
from app.model import Conference, Question, Theme
from app.sheets.columns import BY_KEY, KIND_LABELS, MAX_ROWS, MAX_TEXT, REQUIRED, fold, kind_for_word
from app.sheets.reading import SheetFile
from app.sheets.template import EXAMPLE_ROW, EXAMPLE_TEXT, META_CONFERENCE, META_TABLE, META_VERSION
from app.store import Store

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]0*)?\Z")  # 3, 3.0, 3,00 (a Swedish decimal comma)
_QUESTION = re.compile(r"(?:fråga\s*|question\s*)?(\d+)\s*[.:)]?(?:\s|\Z)", re.IGNORECASE)
# The English wording of each problem, for the CLI; the windows have their own translations.
MESSAGES = {
    "not-template-version": "made with a newer template (version {version}); make a new template",
    "wrong-conference": "the sheet belongs to another conference ({found})",
    "no-conference": "the sheet does not say which conference it belongs to; name the conference",
    "no-rows": "the sheet holds no notes",
    "too-many-rows": "more than {limit} rows; split the sheet",
    "missing-column": "the column is missing",
    "duplicate-column": "the column appears twice",
    "missing-table": "no table number",
    "unknown-table": "there is no table {value} at this conference",
    "table-not-allowed": "you may not write table {value} here (this workspace writes table {allowed})",
    "missing-question": "no question",
    "unknown-question": "unknown question {value!r}",
    "unknown-kind": "unknown kind {value!r}; use {choices}",
    "unknown-theme": "theme {value!r} is not one of the process's themes",
    "votes-not-number": "votes {value!r} is not a whole number",
    "votes-negative": "votes cannot be negative",
    "empty-text": "the text is empty",
    "text-too-long": "the text is longer than {limit} characters",
}


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None  # None for a problem with the whole sheet (headers)
    column: str | None  # the Swedish header of the column, or None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """One line in English: 'Anteckningar, row 7, column Röster: votes 'tre' is not a whole number'."""
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {MESSAGES[self.code].format(**self.params)}"


@dataclass(frozen=True)
class SheetRow:
    """A row that passed every check, as the note it will become."""

    row: int
    table: int
    question: Question
    kind: str
    themes: tuple[Theme, ...]
    votes: int
    text: str
    note_id: str = ""  # the open-data CSV's note id: the note it was published from


@dataclass(frozen=True)
class SheetReview:
    conference: Conference
    sheet_name: str
    file_name: str
    sha256: str
    rows: tuple[SheetRow, ...]
    problems: tuple[Problem, ...]
    headers_ok: bool

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rows_with_problems(self) -> int:
        return len({p.row for p in self.problems if p.row is not None})

    def tables(self) -> list[int]:
        return sorted({r.table for r in self.rows})


def review_sheet(
    store: Store,
    sheet_file: SheetFile,
    *,
    conference_id: str | None = None,
    allowed_tables: set[int] | None = None,
) -> SheetReview:
    """Check headers, then every row. `conference_id` is needed when the file does not name it (a CSV
    without a conference_id column); `allowed_tables` limits what a chair's workspace may write."""
    from app.bundles.format import sha256_hex

    sheet = sheet_file.sheet
    problems: list[Problem] = []
    conference = _conference(store, sheet_file, conference_id)
    template_table = _int_or_none(sheet.meta.get(META_TABLE))
    version = _int_or_none(sheet.meta.get(META_VERSION))
    if version is not None and version > 1:
        problems.append(Problem(sheet.name, None, None, "not-template-version", {"version": version}))
    columns = sheet.columns()
    required = (*REQUIRED, "table") if template_table is None else REQUIRED
    for key in BY_KEY:
        if key in required and key not in columns:
            problems.append(Problem(sheet.name, 1, BY_KEY[key].header, "missing-column"))
        elif len(columns.get(key, ())) > 1:
            problems.append(Problem(sheet.name, 1, BY_KEY[key].header, "duplicate-column"))
    if sheet.too_many_rows:
        problems.append(Problem(sheet.name, None, None, "too-many-rows", {"limit": MAX_ROWS}))
    rows: list[SheetRow] = []
    headers_ok = not problems
    if headers_ok:
        checker = _RowChecker(store, conference, sheet.name, template_table, allowed_tables)
        index = {key: found[0] for key, found in columns.items()}
        id_column = _header_index(sheet_file, ("note_id", "anteckningens_id"))
        for number, cells in sheet.rows:
            values = {key: cells[i] if i < len(cells) else "" for key, i in index.items()}
            if not any(values.values()) or _is_untouched_example(sheet_file, number, values):
                continue
            row = checker.check(number, values)
            if row is not None and id_column is not None and id_column < len(cells):
                row = replace(row, note_id=cells[id_column].strip())
            if row is not None:
                rows.append(row)
        problems.extend(checker.problems)
        if not rows and not checker.problems:
            problems.append(Problem(sheet.name, None, None, "no-rows"))
    return SheetReview(
        conference,
        sheet.name,
        sheet_file.path.name,
        sha256_hex(sheet_file.data),
        tuple(rows),
        tuple(problems),
        headers_ok,
    )


def _int_or_none(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _conference(store: Store, sheet_file: SheetFile, conference_id: str | None) -> Conference:
    sheet = sheet_file.sheet
    named = sheet.meta.get(META_CONFERENCE) or _csv_conference(sheet_file)
    if conference_id is None and not named:
        raise UserError(MESSAGES["no-conference"])
    conference = conferences.conference(store, conference_id or named)
    if named and named != conference.id:
        raise UserError(f"{sheet_file.path.name}: {MESSAGES['wrong-conference'].format(found=named[:8])}")
    return conference


def _header_index(sheet_file: SheetFile, names: tuple[str, ...]) -> int | None:
    """The column of the open-data CSV's header of either language (not a column a sheet imports)."""
    headers = [fold(h) for h in sheet_file.sheet.headers]
    named = [h for h in names if h in headers]
    return headers.index(named[0]) if named else None


def _csv_conference(sheet_file: SheetFile) -> str | None:
    """An open-data CSV names its conference in every row (English or Swedish header); the first
    row's is taken."""
    sheet = sheet_file.sheet
    index = _header_index(sheet_file, ("conference_id", "konferensens_id"))
    if index is None or not sheet.rows:
        return None
    cells = sheet.rows[0][1]
    return cells[index] if index < len(cells) and cells[index] else None


def _is_untouched_example(sheet_file: SheetFile, number: int, values: dict[str, str]) -> bool:
    return number == EXAMPLE_ROW and values.get("text") == EXAMPLE_TEXT


class _RowChecker:
    def __init__(
        self,
        store: Store,
        conference: Conference,
        sheet: str,
        template_table: int | None,
        allowed_tables: set[int] | None,
    ) -> None:
        self.sheet = sheet
        self.template_table = template_table
        self.allowed = allowed_tables
        self.tables = {t.number for t in conferences.tables(store, conference.id)}
        self.questions = conferences.questions(store, conference.id)
        self.themes = conferences.themes(store, conference.process_id)
        self._themes_by_name = {fold(t.name): t for t in self.themes}
        self.problems: list[Problem] = []

    def _problem(self, row: int, key: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(self.sheet, row, BY_KEY[key].header, code, params))

    def check(self, row: int, values: dict[str, str]) -> SheetRow | None:
        before = len(self.problems)
        table = self._table(row, values.get("table", ""))
        question = self._question(row, values.get("question", ""))
        kind = self._kind(row, values.get("kind", ""))
        themes = self._themes(row, values.get("themes", ""))
        votes = self._votes(row, values.get("votes", ""))
        text = values.get("text", "")
        if not text:
            self._problem(row, "text", "empty-text")
        elif len(text) > MAX_TEXT:
            self._problem(row, "text", "text-too-long", limit=MAX_TEXT)
        if len(self.problems) > before:
            return None
        assert table is not None and question is not None and kind is not None and votes is not None
        return SheetRow(row, table, question, kind, themes, votes, text)

    def _table(self, row: int, value: str) -> int | None:
        if not value:
            if self.template_table is not None:
                return self.template_table
            self._problem(row, "table", "missing-table")
            return None
        number = _whole(value)
        if number is None or number not in self.tables:
            self._problem(row, "table", "unknown-table", value=value)
            return None
        if self.allowed is not None and number not in self.allowed:
            allowed = ", ".join(str(n) for n in sorted(self.allowed)) or "none"
            self._problem(row, "table", "table-not-allowed", value=number, allowed=allowed)
            return None
        return number

    def _question(self, row: int, value: str) -> Question | None:
        if not value:
            self._problem(row, "question", "missing-question")
            return None
        match = _QUESTION.match(value)
        number = int(match.group(1)) if match else None
        for q in self.questions:
            if q.position == number or fold(q.text) == fold(value):
                return q
        self._problem(row, "question", "unknown-question", value=value)
        return None

    def _kind(self, row: int, value: str) -> str | None:
        if not value:
            return "note"
        kind = kind_for_word(value)
        if kind is None:
            self._problem(row, "kind", "unknown-kind", value=value, choices=", ".join(KIND_LABELS.values()))
        return kind

    def _themes(self, row: int, value: str) -> tuple[Theme, ...]:
        if not value:
            return ()
        # Several themes are separated by " | " (the open data joins them so), semicolons or line
        # breaks; a cell without any of these may use commas.
        parts = [p.strip() for p in re.split(r"[|;\n]" if re.search(r"[|;\n]", value) else ",", value)]
        chosen: list[Theme] = []
        for part in filter(None, parts):
            theme = self._themes_by_name.get(fold(part))
            if theme is None:
                self._problem(row, "themes", "unknown-theme", value=part)
            elif theme not in chosen:
                chosen.append(theme)
        return tuple(sorted(chosen, key=lambda t: t.position))

    def _votes(self, row: int, value: str) -> int | None:
        if not value:
            return 0
        number = _whole(value)
        if number is None:
            self._problem(row, "votes", "votes-not-number", value=value)
        elif number < 0:
            self._problem(row, "votes", "votes-negative")
            return None
        return number


def _whole(value: str) -> int | None:
    compact = value.replace(" ", "")
    if not _NUMBER.match(compact):
        return None
    return int(re.split(r"[.,]", compact)[0])
