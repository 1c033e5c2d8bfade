"""How one note prints: its kind when not a plain note, its text as typed, then votes and themes.

Each note is ONE plain-text list item in one font (blocks.ListBuilder, made with layout.plain):
reportlab lays out such a paragraph on a fast path, several times quicker than one with bold or
coloured runs, and minutes hold thousands of notes. The number or the table goes in the bullet,
which is drawn apart from the text (and tagged as the item's label).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.minutes.blocks import ListBuilder
from app.minutes.i18n import Strings
from app.minutes.layout import printed
from app.minutes.rtl import isolated
from app.model import Note


def note_text(note: Note, s: Strings, themes: list[str], *, show_kind: bool = True) -> str:
    """The note's text is read on its own (`isolated`) when votes or themes follow it: a note ending in
    Hebrew took the count into its right-to-left run ("Förslag: 3) הליל סובוטוא röster)")."""
    text = printed(note.text.strip(), s)
    extra = []
    if note.kind == "proposal" or note.votes:
        extra.append(s.votes(note.votes))
    if themes:
        extra.append(", ".join(map(isolated, themes)))
    if extra:
        text = f"{isolated(text)} ({' · '.join(extra)})"
    if show_kind and note.kind != "note":
        text = f"{s.kind(note.kind)}: {text}"
    return text


def note_item(
    listed: ListBuilder, note: Note, s: Strings, themes: list[str], *, bullet: str, wide: bool = False
) -> Flowable:
    """A numbered note ("3.") of the list `listed`, or with `wide` a note under its table ("Bord 12")
    in a wider margin."""
    return listed.item(note_text(note, s, themes), bullet, style="table_item" if wide else "item")
