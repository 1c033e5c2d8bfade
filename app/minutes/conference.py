"""Conference minutes: cover, contents, overview with counts and a chart, the tables that reported
(with participation: participants and the chairs' age/gender tallies, summed, in words), one main body
of what was said (per question, grouped by theme, near-identical notes folded with their tables and
votes), the proposals ranked by votes with their follow-up status, and every table's complete record as
an appendix: each note is printed in full once in the appendix, and once folded in the body."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.minutes.blocks import Blocks
from app.minutes.contents import Heading
from app.minutes.folding import FoldedLine, by_theme, fold
from app.minutes.glyphs import run_on
from app.minutes.i18n import Strings
from app.minutes.layout import FRAME_WIDTH, DocumentInfo, ProgressCallback, build_pdf, printed, text_width
from app.minutes.overview import Overview
from app.minutes.rtl import isolated
from app.minutes.source import ConferenceData, load_conference
from app.model import Note
from app.store import Store

NO_THEME = ""
SECTION_ROOM = 70 * mm  # a section starting lower on a page starts on the next
ONCE_SEPARATOR = " · "
LABEL_ROOM = 10 * mm
MAX_TABLES_LISTED = 6  # beyond this a folded line says only at how many tables
MAX_THEME_COLUMNS = 6  # the key of notes without a theme in per-theme groupings


def build_conference_minutes(
    store: Store,
    conference_id: str,
    path: Path | str,
    language: str,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the whole conference's minutes to `path`; returns the page count."""
    data = load_conference(store, conference_id)
    return write_conference_minutes(data, path, language, progress, followup=_followup(store, data, language))


def _followup(store: Store, data: ConferenceData, language: str) -> tuple:
    """ "What has happened since last time?" and the proposals' links to other conferences (app.proposals),
    read together."""
    try:
        from app.proposals.since_last import followup
    except ImportError:
        return None, {}
    return followup(store, data.conference.id, data.proposal_units, language)


def write_conference_minutes(
    data: ConferenceData,
    path: Path | str,
    language: str,
    progress: ProgressCallback | None = None,
    followup: tuple = (None, {}),
) -> int:
    s = Strings(language)
    title = f"{s('conference_minutes')}: {data.conference.title}"
    info = DocumentInfo(
        title=title,
        subject=s("subject_conference"),
        author=data.process.organisation,
        header_right=f"{isolated(data.conference.title)} · {s.long_date(data.conference.date)}",
        header_left=s("conference_minutes"),
        strings=s,
        keywords=(data.process.name, data.conference.title),
    )
    writer = _ConferenceMinutes(data, s, Blocks(), *followup)
    return build_pdf(
        path, info, writer.flowables(), cover=True, deferred=writer.b.deferred, progress=progress
    )


class _ConferenceMinutes:
    def __init__(
        self, data: ConferenceData, s: Strings, blocks: Blocks, since_last=None, links: dict | None = None
    ) -> None:
        self.data, self.s, self.b = data, s, blocks
        self.since_last, self.links = since_last, links or {}
        self.reported = [t for t in data.tables if data.has_reported(t.number)]
        self.silent = [t for t in data.tables if not data.has_reported(t.number)]

    def heading(self, text: str, key: str, level: int) -> Heading:
        """A section (level 0) or subsection (1): bookmarked, a link target, listed in the contents."""
        return self.b.heading(level + 1, text, key=key, toc=True)

    def flowables(self) -> list[Flowable]:
        """Sections run on: a new one starts on a new page only when little of the page is left, and
        the appendix, the complete record people look things up in, on a page of its own."""
        b, s = self.b, self.s
        overview = Overview(self.data, s, b)
        body: list[Flowable] = overview.overview(self.heading(s("overview"), "overview", 0))
        if self.since_last is not None:
            body += [b.cond_page_break(SECTION_ROOM), *self.since_last_time()]
        body += [b.cond_page_break(SECTION_ROOM)]
        body += overview.reporting(self.heading(s("reporting"), "reporting", 0))
        body += [b.cond_page_break(SECTION_ROOM), *self.said()]
        body += [b.cond_page_break(SECTION_ROOM), *self.ranked_proposals()]
        body += [b.page_break(), *self.appendix()]
        contents = [
            b.spacer(12 * mm),
            b.heading(2, s("contents"), key="contents", outline_level=0),
            b.contents(),
        ]
        return [*self.cover(), *contents, b.next_page_template("body"), b.page_break(), *body]

    def cover(self) -> list[Flowable]:
        s, b, d = self.s, self.b, self.data
        participants = sum(t.participants for t in self.reported)  # the people whose words are in here
        story: list[Flowable] = [b.spacer(20 * mm)]
        if d.process.organisation:
            story.append(b.paragraph(d.process.organisation, "subtitle"))
        if d.process.name:
            story.append(b.paragraph(d.process.name, "small"))
        story += [
            b.spacer(14 * mm),
            b.title(s("conference_minutes")),
            b.subtitle(d.conference.title),
            b.spacer(4 * mm),
            b.paragraph(" · ".join(x for x in (s.long_date(d.conference.date), d.conference.venue) if x)),
            b.spacer(8 * mm),
            b.paragraph(
                " · ".join(
                    (
                        s.count("n_reported", len(self.reported), tables=len(d.tables)),
                        s.count("n_participants", participants),
                        self._notes_and_proposals(),
                    )
                )
            ),
        ]
        return story

    def _notes_and_proposals(self) -> str:
        """ "667 anteckningar, varav 125 förslag": the proposals are notes too (so the minutes' tables
        count them), and "667 anteckningar · 125 förslag" read as 792 in all."""
        s, d = self.s, self.data
        proposals = sum(1 for n in d.notes if n.kind == "proposal")
        said = s.count("n_notes", len(d.notes))
        return f"{said}, {s.count('of_which_proposals', proposals)}" if proposals else said

    # -- the main body: what was said, per question and theme, folded --------------------------

    def said(self) -> list[Flowable]:
        """Each question, its notes under their first theme, near-identical notes folded into one
        line that says at how many tables and which, with the votes: each thing said once."""
        s, b, d = self.s, self.b, self.data
        story: list[Flowable] = [
            self.heading(s("what_was_said"), "said", 0),
            b.paragraph(s("said_intro"), "small"),
        ]
        themes = [(t.id, t.name) for t in d.themes]
        keys: dict[str, tuple[str, ...]] = {}  # each wording's key for folding, found once
        for q in d.questions:
            story.append(
                self.heading(s("question_heading", number=q.position, text=q.text), f"q{q.position}", 1)
            )
            listed = [n for n in d.notes if n.question_id == q.id]
            if not listed:
                story.append(b.paragraph(s("no_notes"), "small"))
            for name, members in by_theme(listed, themes, s("no_theme")):
                story.append(b.heading(3, f"{isolated(name)} ({len(members)})", bookmark=False))
                lines = fold(members, keys=keys)
                # What several tables said, and every proposal, guiding word and action, is a point
                # of its own; plain notes said at one table run on in one paragraph after them.
                points = [line for line in lines if line.table_count > 1 or line.kind != "note"]
                once = [line for line in lines if line.table_count == 1 and line.kind == "note"]
                items = b.list()
                story += [items.item(self._folded_text(line), "•", style="body_item") for line in points]
                if once:  # one font, no markup: reportlab's fast path for a paragraph this long
                    said = ONCE_SEPARATOR.join(run_on(self._folded_text(line)) for line in once)
                    story += [
                        b.cond_page_break(LABEL_ROOM),  # the label never alone at a page's foot
                        b.paragraph(s("said_once"), "body_label"),
                        b.paragraph(said, "body_run"),
                    ]
        return story

    def _folded_text(self, line: FoldedLine) -> str:
        s = self.s
        shown = printed(line.text, s)
        text = shown if line.kind == "note" else f"{s.kind(line.kind)}: {shown}"
        where = s.count("from_tables_short", line.table_count, tables=s.number_list(line.tables))
        if line.table_count > MAX_TABLES_LISTED:  # the appendix says which: a long list says nothing here
            where = s.count("said_at", line.table_count)
        elif line.table_count > 1:
            where = f"{s.count('said_at', line.table_count)}: {s.number_list(line.tables)}"
        facts = [where]
        if len(line.notes) > line.table_count:  # one table said it many times: folding must not hide it
            facts.append(s.count("n_notes", len(line.notes)))
        if line.kind == "proposal" or line.votes:
            facts.append(s.votes(line.votes))
        return f"{isolated(text)} ({' · '.join(facts)})"

    # -- the appendix: every table's own record, complete ------------------------------------

    def appendix(self) -> list[Flowable]:
        from app.minutes.appendix import appendix

        return appendix(self.data, self.s, self.b, self.heading(self.s("appendix_tables"), "appendix", 0))

    def since_last_time(self) -> list[Flowable]:
        from app.minutes.since_last import since_last_heading, since_last_story

        heading = self.heading(since_last_heading(self.s.language), "since_last", 0)
        return since_last_story(self.since_last, self.b, self.s, heading, public=False)

    def ranked_proposals(self) -> list[Flowable]:
        """Most votes first. A proposal the secretariat merged from several tables' is one row with its
        votes summed, as the council weighs it; without the follow-up service, each table's own row."""
        s, b, d = self.s, self.b, self.data
        story: list[Flowable] = [self.heading(s("ranked_proposals"), "proposals", 0)]
        rows = [self._unit_row(p) for p in d.proposal_units] or [
            self._note_row(n)
            for n in sorted(
                (n for n in d.notes if n.kind == "proposal"),
                key=lambda n: (-n.votes, n.table_number, d.question_number(n.question_id), n.position),
            )
        ]
        if not rows:
            story.append(b.paragraph(s("no_proposals"), "small"))
            return story
        rank, previous = 0, None
        for i, row in enumerate(rows, 1):
            if row[1] != previous:  # equal votes share a place
                rank, previous = i, row[1]
            row.insert(0, rank)
        header = [
            s("rank"),
            s("proposal"),
            s("votes"),
            s("table"),
            s("question_n", number="").strip(),
            s("themes"),
        ]
        # Tables and questions are lists ("1, 2, 3, ..." for a proposal merged from many): they wrap.
        # A merged proposal's tables and themes are long lists: wide enough that they do not make
        # every row seven lines tall.
        decided = d.any_decided()
        most_tables, most_themes = (30 * mm, 30 * mm) if decided else (34 * mm, 38 * mm)
        # Only as wide as their longest entry, though: one table's number in a 34 mm column left the
        # proposal itself 52 mm, so every proposal wrapped into four or five lines.
        tables = _column_width(header[3], [r[3] for r in rows], most_tables)
        themes = _column_width(header[5], [r[5] for r in rows], most_themes)
        widths = [11 * mm, 0, 16 * mm, tables, 15 * mm, themes] + ([24 * mm] if decided else [])
        widths[1] = FRAME_WIDTH - sum(widths)
        if decided:
            header.append(s("status"))
        else:
            rows = [row[:-1] for row in rows]
        story.append(b.data_table(header, rows, widths, numeric=(0, 2)))
        return story

    def _note_row(self, n: Note) -> list:
        d = self.data
        return [
            n.text,
            self.s.number(n.votes),
            n.table_number,
            d.question_number(n.question_id),
            ", ".join(d.theme_list(n)),
            d.status_text(n, self.s.language),
        ]

    def _unit_row(self, p) -> list:
        """A row for an app.proposals Proposal: a merged one names its tables and questions, and says so."""
        s, d = self.s, self.data
        text = isolated(p.text)
        if len(p.originals) > 1:
            text = f"{text} ({s('merged_from', count=len(p.originals))})"
        if p.id in self.links:
            from app.minutes.since_last import link_note

            text = f"{text} ({link_note(*self.links[p.id], s.language)})"
        questions = sorted({d.question_number(n.question_id) for n in p.originals})
        return [
            text,
            s.number(p.votes),
            ", ".join(map(str, p.tables)),
            ", ".join(map(str, questions)),
            ", ".join(isolated(d.theme_names[t]) for t in p.themes if t in d.theme_names),
            d.status_text(p.originals[0], s.language),
        ]


def _column_width(header: str, cells: list, most: float) -> float:
    """A column as wide as its header or its longest entry needs (cells are 9 pt with 8 points of
    padding, headers 8 pt bold), at most `most`: a longer entry wraps."""
    needed = max([text_width(str(c), 9) for c in cells] + [text_width(header, 8, bold=True)]) + 10
    return min(needed, most)
