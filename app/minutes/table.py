"""Table minutes (minnesanteckningar från bord N): what one table said, for its chair to check and sign."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.minutes.entries import note_item
from app.minutes.grid import facts, grid
from app.minutes.i18n import Strings
from app.minutes.layout import (
    FRAME_WIDTH,
    DocumentInfo,
    ProgressCallback,
    Styles,
    build_pdf,
    make_styles,
    markup,
)
from app.minutes.source import ConferenceData, load_conference
from app.store import Store


def build_table_minutes(
    store: Store,
    conference_id: str,
    table_number: int,
    path: Path | str,
    language: str,
    progress: ProgressCallback | None = None,
) -> int:
    """Write table N's minutes to `path`; returns the page count."""
    data = load_conference(store, conference_id, table_number=table_number)
    s = Strings(language)
    info = DocumentInfo(
        title=s("table_minutes", number=table_number),
        subject=s("subject_table", number=table_number),
        author=data.process.organisation,
        header_right=f"{data.conference.title} · {s.long_date(data.conference.date)}",
        strings=s,
        keywords=(data.process.name, data.conference.title),
    )
    return build_pdf(path, info, table_flowables(data, s, make_styles()), progress=progress)


def bands_text(bands: dict[str, int]) -> str:
    return ", ".join(f"{name}: {count}" for name, count in bands.items())


def table_flowables(data: ConferenceData, s: Strings, styles: Styles) -> list[Flowable]:
    table = data.tables[0]
    conference = data.conference
    story: list[Flowable] = [Paragraph(markup(s("table_minutes", number=table.number)), styles.title)]
    pairs = [
        (s("conference"), conference.title),
        (s("date"), s.long_date(conference.date)),
        (s("venue"), conference.venue),
        (s("table"), table.name or s("table_n", number=table.number)),
        (s("chair"), table.chair_name),
        (s("participants"), str(table.participants) if table.participants else "–"),
    ]
    if table.bands:
        pairs.append((s("bands"), bands_text(table.bands)))
    if data.process.name:
        pairs.insert(0, (s("process"), data.process.name))
    story += [facts(styles, [(k, v) for k, v in pairs if v], 40 * mm, FRAME_WIDTH), Spacer(1, 4 * mm)]

    notes = data.notes
    for question in data.questions:
        story.append(
            Paragraph(markup(s("question_heading", number=question.position, text=question.text)), styles.h2)
        )
        listed = [n for n in notes if n.question_id == question.id]
        if not listed:
            story.append(Paragraph(markup(s("no_notes_question")), styles.small))
        for i, note in enumerate(listed, 1):
            story.append(note_item(note, s, styles, data.theme_list(note), bullet=f"{i}."))

    proposals = sorted((n for n in notes if n.kind == "proposal"), key=lambda n: (-n.votes, n.position))
    story.append(Paragraph(markup(s("proposals")), styles.h2))
    if proposals:
        decided = data.any_decided()
        rows = [
            [
                rank,
                n.text,
                n.votes,
                data.question_number(n.question_id),  # under the heading "Question", as in the conference's
                *([data.status_text(n, s.language)] if decided else []),
            ]
            for rank, n in enumerate(proposals, 1)
        ]
        header = [s("rank"), s("proposal"), s("votes"), s("question_n", number="").strip()]
        widths = [14 * mm, FRAME_WIDTH - 50 * mm, 16 * mm, 20 * mm]
        if decided:
            header.append(s("status"))
            widths = [*widths[:1], widths[1] - 36 * mm, *widths[2:], 36 * mm]
        story.append(grid(styles, header, rows, widths, numeric=(0, 2, 3)))
    else:
        story.append(Paragraph(markup(s("no_proposals")), styles.small))

    story.append(Paragraph(markup(s("themes")), styles.h2))
    counts = theme_counts(data)
    if counts:
        story.append(
            grid(styles, [s("theme"), s("notes")], counts, [FRAME_WIDTH - 30 * mm, 30 * mm], numeric=(1,))
        )
    else:
        story.append(Paragraph(markup(s("no_notes")), styles.small))

    story += [CondPageBreak(60 * mm), *adjustment(data, s, styles)]
    return story


def theme_counts(data: ConferenceData) -> list[tuple[str, int]]:
    counts = {t.id: 0 for t in data.themes}
    unthemed = 0
    for note in data.notes:
        known = [t for t in note.themes if t in counts]
        for theme_id in known:
            counts[theme_id] += 1
        unthemed += not known
    rows = [(t.name, counts[t.id]) for t in data.themes if counts[t.id]]
    return rows


def adjustment(data: ConferenceData, s: Strings, styles: Styles) -> list[Flowable]:
    """The justering: whether the export was signed, by whom and when, and a line for a pen."""
    table = data.tables[0]
    found = data.signoffs.get(table.number)
    if found is not None:
        when = s.long_date(found.when) + (f" {found.when[11:16]}" if len(found.when) >= 16 else "")
        line = s("signed", name=found.name, key_id=found.key_id, when=when.strip())
    else:
        line = s("not_signed")
    block: list[Flowable] = [
        Paragraph(markup(s("adjustment")), styles.h2),
        Paragraph(markup(line), styles.body),
        Spacer(1, 14 * mm),
        SignatureLine(70 * mm),
        Paragraph(
            markup(f"{s('adjusted_by')}: {table.chair_name}" if table.chair_name else s("adjusted_by")),
            styles.small,
        ),
    ]
    return [KeepTogether(block)]


class SignatureLine(Flowable):
    def __init__(self, width: float) -> None:
        super().__init__()
        self.line_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.line_width, 2

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1, self.line_width, 1)
