"""The columns of a notes sheet, their Swedish headers, and the words a cell may hold for a kind."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

TEMPLATE_VERSION = 1
NOTES_SHEET = "Anteckningar"
INSTRUCTIONS_SHEET = "Instruktioner"
HIDDEN_SHEET = "Rundabord"  # conference id, template version, the drop-down lists; hidden
MAX_ROWS = 20_000  # a conference of 40 tables writes a few hundred notes; more is not a notes sheet
MAX_TEXT = 4000  # characters in one note typed from paper (a window takes up to app.notes.TEXT_MAX)


@dataclass(frozen=True)
class Column:
    key: str  # the field it fills
    header: str  # the Swedish header the template writes
    aliases: tuple[str, ...]  # other headers read as this column (English, the open-data CSV)
    width: int  # characters, in the template


COLUMNS = (
    Column("table", "Bord", ("table", "bord nr", "bordsnummer"), 8),
    Column("question", "Fråga", ("question", "frågans nummer"), 40),
    Column("kind", "Typ", ("kind", "sort"), 14),
    Column("themes", "Teman", ("themes", "tema", "theme"), 24),
    Column("votes", "Röster", ("votes", "prickar", "röst"), 9),
    Column("text", "Text", ("anteckning", "note"), 70),
)
BY_KEY = {c.key: c for c in COLUMNS}
REQUIRED = ("question", "text")  # the table too, unless the template was made for one table

# What a chair writes for a kind; the template offers the first of each, the English codes also pass.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "note": ("Anteckning", "note"),
    "proposal": ("Förslag", "proposal"),
    "guiding-word": ("Ledord", "guiding-word", "guiding word"),
    "action": ("Att göra", "action", "åtgärd", "to do"),  # "To do": the English open data's word
}
KIND_LABELS = {kind: words[0] for kind, words in KIND_WORDS.items()}


def fold(text: str) -> str:
    """The form two words are compared in: NFC, case-folded, inner runs of space as one."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_HEADERS = {fold(alias): c.key for c in COLUMNS for alias in (c.header, c.key, *c.aliases)}
_KINDS = {fold(word): kind for kind, words in KIND_WORDS.items() for word in words}


def column_for_header(header: str) -> str | None:
    return _HEADERS.get(fold(header))


def kind_for_word(word: str) -> str | None:
    return _KINDS.get(fold(word))
