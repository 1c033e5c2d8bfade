"""How one note prints: its kind when not a plain note, its text as typed, then votes and themes.

Each note is ONE plain-text paragraph in one font (layout.plain): reportlab lays out such a paragraph on
a fast path, several times quicker than one with bold or coloured runs, and minutes hold thousands of
notes. The number or the table goes in the bullet, which is drawn apart from the text.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from app.minutes.i18n import Strings
from app.minutes.layout import Styles, plain
from app.model import Note


def note_text(note: Note, s: Strings, themes: list[str], *, show_kind: bool = True) -> str:
    text = note.text.strip()
    if show_kind and note.kind != "note":
        text = f"{s.kind(note.kind)}: {text}"
    extra = []
    if note.kind == "proposal" or note.votes:
        extra.append(s.votes(note.votes))
    if themes:
        extra.append(", ".join(themes))
    if extra:
        text += f" ({' · '.join(extra)})"
    return text


def note_item(
    note: Note, s: Strings, styles: Styles, themes: list[str], *, bullet: str, wide: bool = False
) -> Paragraph:
    """A numbered note ("3."), or with `wide` a note under its table ("Bord 12") in a wider margin."""
    style = styles.table_item if wide else styles.item
    return plain(note_text(note, s, themes), style, bullet)


class KeepPair(Flowable):
    """Two flowables that move to the next page together, like KeepTogether but without its
    bookkeeping; the first may still split when the pair is taller than what is left of a page."""

    def __init__(self, first: Flowable, second: Flowable) -> None:
        super().__init__()
        self.first, self.second = first, second

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, h1 = self.first.wrap(availWidth, availHeight)
        _w, h2 = self.second.wrap(availWidth, availHeight)
        self._gap = self.second.getSpaceBefore()  # the second belongs to the first: no paragraph gap
        self.width, self.height = availWidth, h1 + self._gap + h2
        self._h1, self._h2 = h1, h2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.first.split(availWidth, availHeight)
        return [*parts, self.second] if parts else []

    def getSpaceBefore(self) -> float:
        return self.first.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.second.getSpaceAfter()

    def draw(self) -> None:
        self.first.drawOn(self.canv, 0, self._h2 + self._gap)
        self.second.drawOn(self.canv, 0, 0)
