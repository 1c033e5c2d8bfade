"""Table minutes (minnesanteckningar från bord N): what one table said, for its chair to check and sign."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app import handoff
from app.minutes.blocks import Blocks
from app.minutes.entries import note_item
from app.minutes.i18n import Strings
from app.minutes.layout import FRAME_WIDTH, DocumentInfo, ProgressCallback, build_pdf
from app.minutes.rtl import isolated
from app.minutes.source import ConferenceData, Disputed, load_conference
from app.store import Store
from app.workspace import Workspace


@dataclass(frozen=True)
class PhotoPage:
    """A photo of the table's paper for the appendix: the image and what to say under it."""

    data: bytes
    caption: str
    file_name: str
    added_at: str
    added_by: str


def photo_pages(workspace: Workspace, conference_id: str, table_number: int) -> list[PhotoPage]:
    """The table's photos for the minutes' appendix, oldest first."""
    from app.attachments import attachments_of, image_bytes

    return [
        PhotoPage(image_bytes(workspace, a), a.caption, a.file_name, a.added_at, a.added_by)
        for a in attachments_of(workspace.store, conference_id, table_number)
    ]


def build_table_minutes(
    store: Store,
    conference_id: str,
    table_number: int,
    path: Path | str,
    language: str,
    progress: ProgressCallback | None = None,
    photos: Sequence[PhotoPage] = (),
) -> int:
    """Write table N's minutes to `path`; returns the page count. `photos`, when given, are printed as
    an appendix (the caller decides: they may show handwriting or names)."""
    data = load_conference(store, conference_id, table_number=table_number)
    s = Strings(language)
    info = DocumentInfo(
        title=s("table_minutes", number=table_number),
        subject=s("subject_table", number=table_number),
        author=data.process.organisation,
        header_right=f"{isolated(data.conference.title)} · {s.long_date(data.conference.date)}",
        strings=s,
        keywords=(data.process.name, data.conference.title),
    )
    blocks = Blocks()
    changed = handoff.signature_changed(store, conference_id, table_number)
    # Where the chair's export came in (the secretariat), what changed since are corrections made
    # here, marked note by note; only the chair's laptop can export the table again.
    here = changed and handoff.signed_elsewhere(store, conference_id, table_number)
    story = table_flowables(
        data,
        s,
        blocks,
        paper_lines(store, data, s),
        changed_since_signed=changed and not here,
        changed_by_secretariat=here,
    )
    if photos:
        story += photo_appendix(photos, s, blocks)
    return build_pdf(path, info, story, deferred=blocks.deferred, progress=progress)


def paper_lines(store: Store, data: ConferenceData, s: Strings) -> list[str]:
    """'3 anteckningar skrevs in från bordets pappersanteckningar av sekretariatet (Eva Ek) den …'."""
    from app.sheets.importing import paper_sheets

    lines = []
    for sheet in paper_sheets(store, data.conference.id, data.tables[0].number):
        role = s("typed_by_chair") if sheet["typed_by_role"] == "chair" else s("typed_by_secretariat")
        who = f"{role} ({sheet['typed_by']})" if sheet["typed_by"] else role
        count = len(sheet["notes"] or [])
        if count:
            lines.append(s.count("paper_typed", count, who=who, when=s.long_date(sheet["typed_at"] or "")))
    return lines


def photo_appendix(photos: Sequence[PhotoPage], s: Strings, b: Blocks) -> list[Flowable]:
    story: list[Flowable] = [b.page_break(), b.heading(2, s("photos_appendix"))]
    for n, photo in enumerate(photos, 1):
        caption = s(
            "photo_caption",
            n=n,
            caption=photo.caption or s("photo_alt", n=n),
            file=photo.file_name,
            when=s.long_date(photo.added_at),
            who=photo.added_by or "–",
        )
        alt = s("photo_alt", n=n) + (f": {photo.caption}" if photo.caption else "")
        image = b.photo(photo.data, alt, FRAME_WIDTH, 190 * mm)
        story += [b.keep_together([image, b.spacer(2 * mm), b.paragraph(caption, "small")]), b.spacer(6 * mm)]
    return story


def fact_text(name: str, value: Any, s: Strings) -> str:
    """A table's fact as the minutes print it: a count, or the bands in words; "–" when not given."""
    if name == "bands":
        return bands_text(value or {}, s) or "–"
    return s.number(value) if isinstance(value, int) and value else "–"


def disputed(
    data: ConferenceData, number: int, name: str, value: Any, s: Strings, *, named: bool = True
) -> str:
    """The fact, and when a conflict on it is open, every other value with who gave it: '7 (omtvistat:
    8 enligt Karin Sjöström; ännu inte avgjort)'. The minutes never print a disputed figure as settled.
    Not `named`, the other values stand alone ('7 (omtvistat: 8; ännu inte avgjort)'): who gave one is
    often a chair's name, which a published document must not carry."""
    others = data.disputed.get((number, name))
    if not others:
        return fact_text(name, value, s)
    if not named:
        alone = ", ".join(fact_text(name, o.value, s) for o in others)
        return s("disputed_value", value=fact_text(name, value, s), others=alone)
    said = [
        s(
            "disputed_other",
            value=fact_text(name, o.value, s),
            who=s("disputed_by_secretariat") if o.by_secretariat else o.by or s("disputed_by_unknown"),
        )
        for o in others
    ]
    return s("disputed_value", value=fact_text(name, value, s), others="; ".join(said))


def disputed_note(other: Disputed, s: Strings) -> str:
    """Another version of a note's text an open conflict holds: '(omtvistad: “…” enligt Karin Sjöström
    (dator 2); ännu inte avgjord)', so that the text approved is not taken for settled."""
    who = s("disputed_by_secretariat") if other.by_secretariat else other.by or s("disputed_by_unknown")
    return s("disputed_note", text=" ".join(str(other.value).split()), who=who)


def bands_text(bands: dict[str, int], s: Strings) -> str:
    """'kvinnor: 4, män: 3' — the bands in words, never their internal keys."""
    return ", ".join(f"{s.band(key)}: {count}" for key, count in bands.items())


def table_flowables(
    data: ConferenceData,
    s: Strings,
    b: Blocks,
    paper: Sequence[str] = (),
    *,
    changed_since_signed: bool = False,
    changed_by_secretariat: bool = False,
) -> list[Flowable]:
    table = data.tables[0]
    conference = data.conference
    story: list[Flowable] = [b.title(s("table_minutes", number=table.number), bookmark=True)]
    pairs = [
        (s("conference"), conference.title),
        (s("date"), s.long_date(conference.date)),
        (s("venue"), conference.venue),
        (s("table"), table.name or s("table_n", number=table.number)),
        (s("chair"), table.chair_name),
        (s("participants"), disputed(data, table.number, "participants", table.participants, s)),
    ]
    if table.bands or (table.number, "bands") in data.disputed:
        pairs.append((s("bands"), disputed(data, table.number, "bands", table.bands, s)))
    if data.process.name:
        pairs.insert(0, (s("process"), data.process.name))
    story += [b.facts([(k, v) for k, v in pairs if v], 40 * mm, FRAME_WIDTH), b.spacer(4 * mm)]
    story += [b.paragraph(line, "small") for line in paper]

    notes = data.notes
    for question in data.questions:
        story.append(b.heading(2, s("question_heading", number=question.position, text=question.text)))
        listed = [n for n in notes if n.question_id == question.id]
        if not listed:
            story.append(b.paragraph(s("no_notes_question"), "small"))
        items = b.list()
        for i, note in enumerate(listed, 1):
            marks = [s("corrected_mark")] if note.id in data.corrected else []
            marks += [disputed_note(o, s) for o in data.disputed_notes.get(note.id, [])]
            shown = replace(note, text=" ".join([note.text, *marks])) if marks else note
            story.append(note_item(items, shown, s, data.theme_list(note), bullet=f"{i}."))

    proposals = sorted((n for n in notes if n.kind == "proposal"), key=lambda n: (-n.votes, n.position))
    story.append(b.heading(2, s("proposals")))
    if proposals:
        decided = data.any_decided()
        rows = [
            [
                rank,
                n.text,
                s.number(n.votes),
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
        story.append(b.data_table(header, rows, widths, numeric=(0, 2, 3)))
    else:
        story.append(b.paragraph(s("no_proposals"), "small"))

    themes: list[Flowable] = [b.heading(2, s("themes"))]
    counts = theme_counts(data)
    if counts:
        widths = [FRAME_WIDTH - 30 * mm, 30 * mm]
        themes.append(
            b.data_table(
                [s("theme"), s("notes")],
                [(t, s.number(c)) for t, c in counts],
                widths,
                numeric=(1,),
                row_headers=True,
            )
        )
    else:
        themes.append(b.paragraph(s("no_notes"), "small"))
    # The justering goes with the section before it: it never stands alone on a page, and it does not
    # leave a page early when it fits.
    justering = adjustment(data, s, b, changed_since_signed, changed_by_secretariat)
    story.append(b.keep_together([*themes, *justering]))
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


def adjustment(
    data: ConferenceData,
    s: Strings,
    b: Blocks,
    changed_since_signed: bool = False,
    changed_by_secretariat: bool = False,
) -> list[Flowable]:
    """The justering, as Swedish minutes have it: whether the export was signed (never claimed for notes
    changed since), a place and date line, the chair's line and a line for a second person from the
    table who checks the minutes (justerare). The caller keeps it together with what precedes it (a
    KeepTogether inside another one always measures as taller than any page)."""
    table = data.tables[0]
    found = data.signoffs.get(table.number)
    if found is not None:
        when = (s.long_date(found.when) + (f" {found.when[11:16]}" if len(found.when) >= 16 else "")).strip()
        key = "changed_since_signed" if changed_since_signed else "signed"
        key = "changed_by_secretariat" if changed_by_secretariat else key
        if key != "changed_since_signed" and len(data.contributors) > 1:
            key += "_latest"  # two laptops: the line names the last export's signer, the list below all
        line = s(key, name=found.name, key_id=found.key_id, when=when)
    else:
        line = s("not_signed")
    chair = f"{s('adjusted_by')}: {table.chair_name}" if table.chair_name else s("adjusted_by")
    block: list[Flowable] = [b.heading(2, s("adjustment")), b.paragraph(line)]
    if len(data.contributors) > 1:  # two laptops at one table: every signer, and how much each wrote
        shared = {
            name for name, _n, _k in data.contributors if [c[0] for c in data.contributors].count(name) > 1
        }
        names = [
            s("contributor_one", name=who) if count == 1 else s("contributor_many", name=who, count=count)
            for name, count, key_id in data.contributors
            for who in [s("contributor_key", name=name, key_id=key_id[:8]) if name in shared else name]
        ]
        # "; " between signers: a name the secretariat gave may hold a comma ("Karin, reservdator")
        block.append(b.paragraph(s("contributors", names="; ".join(names))))
    for caption in (s("place_and_date"), chair, f"{s('checked_by')}. {s('name_in_print')}:"):
        block += [b.spacer(11 * mm), b.signature_line(90 * mm), b.paragraph(caption, "small")]
    return block
