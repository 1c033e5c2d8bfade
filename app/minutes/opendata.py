"""Open data: a conference's notes and proposals as CSV (UTF-8 with BOM, so Excel shows å, ä, ö) or JSON.

Open data is published, so it carries what the public report carries: no chair or person fields, and
only text that passed the personal-data review (app/privacy).

The CSV is made for Excel: a cell that starts like a formula is neutralised (OWASP's CSV-injection rule:
a leading apostrophe), a cell longer than Excel's limit is cut with a marker rather than silently by
Excel, theme lists use " | " (never the field separator), and headers and kind/status words are in the
language asked for. The JSON keeps every text exactly as published, codes in English with their words
in the language asked for beside them, and follows resources/schemas/open-data-v1.schema.json.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.minutes.i18n import Strings
from app.minutes.public import write_text_atomically
from app.minutes.source import load_conference, proposal_outcomes, proposal_status_by_note
from app.privacy.publish import Publication
from app.proposals.lifecycle import status_label
from app.store import Store

FORMATS = ("csv", "json")
EXCEL_CELL_LIMIT = 32_767  # characters Excel keeps in one cell; it cuts the rest without a word
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what Excel (and LibreOffice) read as a formula
LIST_SEPARATOR = " | "  # inside a cell: neither ',' nor ';', whichever separates the fields
SCHEMA = "resources/schemas/open-data-v1.schema.json"
CSV_COLUMNS = (
    "note_id",
    "conference_id",
    "conference",
    "date",
    "table",
    "question",
    "question_text",
    "position",
    "kind",
    "text",
    "themes",
    "votes",
    "status",
    "table_participants",
    "table_participants_disputed",
)
SV_HEADERS = {
    "note_id": "anteckningens_id",
    "conference_id": "konferensens_id",
    "conference": "konferens",
    "date": "datum",
    "table": "bord",
    "question": "fråga",
    "question_text": "frågans_text",
    "position": "ordning",
    "kind": "typ",
    "text": "text",
    "themes": "teman",
    "votes": "röster",
    "status": "status",
    "table_participants": "bordets_deltagare",
    "table_participants_disputed": "bordets_deltagare_omtvistat",
}


def open_data(
    store: Store, conference_id: str, language: str, *, redact_undecided: bool = False
) -> dict[str, Any]:
    s = Strings(language)
    data = load_conference(store, conference_id)
    gate = Publication(store, data.conference.id, s("name_removed"), redact_undecided=redact_undecided)
    status = proposal_status_by_note(store, data.conference.id)
    numbers = {q.id: q.position for q in data.questions}
    texts = {q.id: gate.clean(q.id, "text", q.text) for q in data.questions}
    c = data.conference

    def status_words(code: str) -> str:
        return status_label(code, s.language) if code else ""

    notes = [
        {
            "note_id": n.id,
            "conference_id": c.id,
            "conference": c.title,
            "date": c.date,
            "table": n.table_number,
            "question": numbers.get(n.question_id),
            "question_text": texts.get(n.question_id, ""),
            "position": n.position,
            "kind": n.kind,
            "kind_label": s.kind(n.kind),
            "text": gate.clean(n.id, "text", n.text),
            "themes": data.theme_list(n),
            "votes": n.votes,
            "status": status.get(n.id, "new") if n.kind == "proposal" else "",
            "status_label": status_words(status.get(n.id, "new") if n.kind == "proposal" else ""),
        }
        for n in data.notes
        if not gate.held_back(n.id)  # says nothing once its personal data is removed
    ]
    outcomes = proposal_outcomes(store, c.id, s.language)
    if outcomes is None:
        proposals = [
            {
                "text": row["text"],
                "votes": row["votes"],
                "tables": [row["table"]],
                "themes": row["themes"],
                "status": "new",
                "status_label": status_words("new"),
            }
            for row in sorted(notes, key=lambda r: -r["votes"])
            if row["kind"] == "proposal"
        ]
    else:
        proposals = [
            {
                "id": o.proposal_id,
                "text": gate.clean(o.proposal_id, "text", o.text),
                "votes": o.votes,
                "tables": list(o.tables),
                "themes": list(o.themes),
                "merged_count": o.merged_count,
                "status": o.status,
                "status_label": o.status_label,
                "decision": gate.clean(o.proposal_id, "decision", o.decision),
                "reason": gate.clean(o.proposal_id, "reason", o.reason),
                "owner": gate.clean(o.proposal_id, "owner", o.owner),
                "review_date": o.review_date,
                "decided_on": o.decided_on,
            }
            for o in outcomes
            if not gate.held_back(o.proposal_id)
        ]
    tables = _tables(data)
    counted = [t for t in tables if t["reported"] and t["participants"] is not None]
    return {
        "format": "rundabord-open-data",
        "version": 1,
        "language": s.language,
        "conference": {
            "id": c.id,
            "title": c.title,
            "date": c.date,
            "venue": c.venue,
            "process": data.process.name,
            "organisation": data.process.organisation,
            "tables": len(data.tables),
            "tables_reported": sum(1 for t in data.tables if data.has_reported(t.number)),
            # As the public report's: the reported tables that gave a count, summed as they stand now
            "participants": sum(t["participants"] for t in counted),
            "tables_counted": len(counted),
            "participants_disputed": any(t["reported"] and t["participants_disputed"] for t in tables),
        },
        "tables": tables,
        "questions": [{"number": q.position, "text": texts[q.id]} for q in data.questions],
        "themes": [t.name for t in data.themes],
        "notes": notes,
        "proposals": proposals,
    }


def _tables(data: Any) -> list[dict[str, Any]]:
    """Each table's participant count: a number, no name (a table's name or chair may be a person's).
    None where the table gave none (0 is how a table says it did not count, as the public report reads
    it). A count an open conflict holds another value of is given with the other values, not settled."""

    def count(value: Any) -> int | None:
        return value if isinstance(value, int) and value > 0 else None

    return [
        {
            "number": t.number,
            "reported": data.has_reported(t.number),
            "participants": count(t.participants),
            "participants_disputed": [
                count(o.value) for o in data.disputed.get((t.number, "participants"), [])
            ],
        }
        for t in data.tables
    ]


def csv_delimiter(language: str) -> str:
    """Excel splits a CSV it opens on the list separator of the reader's locale: ';' in Sweden (where
    the comma is the decimal sign), ',' in English-speaking ones. Anything else shows one column."""
    return ";" if language == "sv" else ","


def safe_cell(value: Any, truncated: str) -> Any:
    """A value as a spreadsheet may show it: never a formula, never longer than a cell holds."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - len(truncated)] + truncated
    return value


def to_csv(content: dict[str, Any], delimiter: str = ",") -> str:
    s = Strings(content.get("language", "en"))
    headers = SV_HEADERS if s.language == "sv" else {c: c for c in CSV_COLUMNS}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow([headers[c] for c in CSV_COLUMNS])
    tables = {t["number"]: t for t in content.get("tables", [])}
    for note in content["notes"]:
        table = tables.get(note["table"], {})
        row = {
            **note,
            # The table's count on each of its rows; other values an open conflict holds, apart
            "table_participants": table.get("participants"),
            "table_participants_disputed": LIST_SEPARATOR.join(
                "–" if v is None else str(v) for v in table.get("participants_disputed", [])
            ),
            "kind": note["kind_label"],
            "status": note["status_label"],
            "themes": LIST_SEPARATOR.join(note["themes"]),
        }
        writer.writerow([safe_cell(row[c], s("cell_truncated")) for c in CSV_COLUMNS])
    return buffer.getvalue()


def export_data(
    store: Store,
    conference_id: str,
    fmt: str,
    path: Path | str,
    language: str,
    *,
    redact_undecided: bool = False,
) -> int:
    """Write notes and proposals as `fmt` ('csv' or 'json'); returns how many notes were written.

    Refused (PrivacyRefusal) while personal-data findings are undecided, unless `redact_undecided`."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    content = open_data(store, conference_id, language, redact_undecided=redact_undecided)
    if fmt == "csv":
        text = "\ufeff" + to_csv(content, csv_delimiter(language))  # the BOM tells Excel it is UTF-8
    else:
        text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    write_text_atomically(Path(path), text)
    return len(content["notes"])
