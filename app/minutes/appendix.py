"""The conference minutes' appendix: every table's complete record, dense enough to print.

Per table, one paragraph per question; in it the notes run on under their (first) theme, so a theme's
name is printed once per question rather than after every note:

    Bord 12
    Fråga 1   Unga: Läxhjälp efter skolan · Förslag: Feriejobb för alla (6 röster) — Mångfald &
              integration: Språkcafé på biblioteket · Mentorer för nyanlända (även Jämställdhet)

Each note is printed as written, in the order the table wrote it within its theme. The paragraphs are
plain text in one font (layout.plain's fast path): a large conference has thousands of notes.
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable

from app.minutes.blocks import Blocks
from app.minutes.folding import by_theme
from app.minutes.glyphs import run_on
from app.minutes.i18n import Strings
from app.minutes.layout import printed
from app.minutes.rtl import isolated
from app.minutes.source import ConferenceData
from app.model import Note

NOTE_SEPARATOR = " · "
THEME_SEPARATOR = " — "


def appendix(data: ConferenceData, s: Strings, b: Blocks, heading: Flowable) -> list[Flowable]:
    story: list[Flowable] = [heading, b.paragraph(s("appendix_intro"), "small")]
    by_table: dict[int, list[Note]] = defaultdict(list)
    for note in data.notes:
        by_table[note.table_number].append(note)
    themes = [(t.id, t.name) for t in data.themes]
    for number in sorted(by_table):
        story.append(
            b.heading(
                3, s("table_n", number=number), key=f"table{number}", outline_level=1, style="record_head"
            )
        )
        questions = b.list()
        for q in data.questions:
            listed = [n for n in by_table[number] if n.question_id == q.id]
            if listed:
                groups = [
                    f"{isolated(name)}: " + NOTE_SEPARATOR.join(_note(n, s, data, name) for n in members)
                    for name, members in by_theme(listed, themes, s("no_theme"))
                ]
                label = s("question_n", number=q.position)
                story.append(questions.item(THEME_SEPARATOR.join(groups), label, style="record"))
    return story


def _note(note: Note, s: Strings, data: ConferenceData, shown_under: str) -> str:
    """A note as written (its kind when not a plain note), its votes, and its other themes."""
    text = printed(run_on(note.text), s)  # a blank line the chair typed stays
    if note.kind != "note":
        text = f"{s.kind(note.kind)}: {text}"
    extra = []
    if note.kind == "proposal" or note.votes:
        extra.append(s.votes(note.votes))
    others = [name for name in data.theme_list(note) if name != shown_under]
    if others:
        extra.append(s("also_themes", themes=", ".join(map(isolated, others))))
    return f"{isolated(text)} ({', '.join(extra)})" if extra else text
