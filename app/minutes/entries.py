"""How one note prints: its text as typed, its kind when not a plain note, votes and themes after it."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from app.minutes.i18n import Strings
from app.minutes.layout import Styles, markup
from app.model import Note

_MUTED_HEX = "#595959"


def note_markup(
    note: Note, s: Strings, themes: list[str], *, prefix: str = "", show_kind: bool = True
) -> str:
    parts = []
    if prefix:
        parts.append(f"<b>{markup(prefix)}</b> · ")
    if show_kind and note.kind != "note":
        parts.append(f"<b>{markup(s.kind(note.kind))}:</b> ")
    parts.append(markup(note.text))
    extra = []
    if note.kind == "proposal" or note.votes:
        extra.append(s.votes(note.votes))
    if themes:
        extra.append(", ".join(themes))
    if extra:
        parts.append(f' <font color="{_MUTED_HEX}" size="8.5">({markup(" · ".join(extra))})</font>')
    return "".join(parts)


def note_item(
    note: Note,
    s: Strings,
    styles: Styles,
    themes: list[str],
    *,
    bullet: str = "",
    prefix: str = "",
    show_kind: bool = True,
) -> Paragraph:
    text = note_markup(note, s, themes, prefix=prefix, show_kind=show_kind)
    if bullet:
        return Paragraph(text, styles.item, bulletText=bullet)
    return Paragraph(text, styles.item if not prefix else styles.body)
