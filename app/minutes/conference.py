"""Conference minutes: cover, contents, overview with counts and a chart, the tables that reported
(with participation: participants and the chairs' age/gender tallies, summed, in words), one main body
of what was said (per question, grouped by theme, near-identical notes folded with their tables and
votes), the proposals ranked by votes with their follow-up status, and every table's complete record as
an appendix: each note is printed in full once in the appendix, and once folded in the body."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.minutes.blocks import Blocks
from app.minutes.chart import chart_alt, fewer_series, notes_chart
from app.minutes.contents import Heading
from app.minutes.entries import note_text
from app.minutes.folding import FoldedLine, by_theme, fold
from app.minutes.i18n import BAND_ORDER, Strings
from app.minutes.layout import FRAME_WIDTH, DocumentInfo, ProgressCallback, build_pdf
from app.minutes.source import ConferenceData, load_conference
from app.model import Note
from app.store import Store

NO_THEME = ""
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
    """ "What has happened since last time?" and the proposals' links to other conferences (app.proposals)."""
    try:
        from app.proposals.since_last import raised_elsewhere, since_last_time
    except ImportError:
        return None, {}
    return since_last_time(store, data.conference.id, language), raised_elsewhere(store, data.proposal_units)


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
        header_right=f"{data.conference.title} · {s.long_date(data.conference.date)}",
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
        b = self.b
        body: list[Flowable] = []
        body += self.overview()
        if self.since_last is not None:
            body += [b.page_break(), *self.since_last_time()]
        body += [b.page_break(), *self.reporting()]
        body += [b.page_break(), *self.said()]
        body += [b.page_break(), *self.ranked_proposals()]
        body += [b.page_break(), *self.appendix()]
        contents = [b.heading(1, self.s("contents"), key="contents"), b.contents()]
        return [*self.cover(), b.next_page_template("body"), b.page_break(), *contents, b.page_break(), *body]

    def cover(self) -> list[Flowable]:
        s, b, d = self.s, self.b, self.data
        participants = sum(t.participants for t in self.reported)  # the people whose words are in here
        story: list[Flowable] = [b.spacer(45 * mm)]
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
            b.spacer(20 * mm),
            b.paragraph(
                " · ".join(
                    (
                        s.count("n_reported", len(self.reported), tables=len(d.tables)),
                        s.count("n_participants", participants),
                        s.count("n_notes", len(d.notes)),
                        s.count("n_proposals", sum(1 for n in d.notes if n.kind == "proposal")),
                    )
                )
            ),
        ]
        return story

    # -- overview: counts per theme and table, and the chart ------------------------------------

    def theme_columns(self) -> list[tuple[str, str]]:
        columns = [(t.id, t.name) for t in self.data.themes]
        if any(not self._known_themes(n) for n in self.data.notes):
            columns.append((NO_THEME, self.s("no_theme")))
        return columns

    def _known_themes(self, note: Note) -> list[str]:
        return [t for t in note.themes if t in self.data.theme_names]

    def overview(self) -> list[Flowable]:
        s, b, d = self.s, self.b, self.data
        story: list[Flowable] = [self.heading(s("overview"), "overview", 0)]
        columns = self.theme_columns()
        per_table: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        per_question: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for note in d.notes:
            for theme_id in self._known_themes(note) or [NO_THEME]:
                per_table[note.table_number][theme_id] += 1
                per_question[theme_id][note.question_id] += 1
        totals = {n: sum(1 for x in d.notes if x.table_number == n) for n in per_table}
        series = fewer_series(
            [(name, [per_question[key][q.id] for q in d.questions]) for key, name in columns],
            s("other_themes"),
        )
        categories = [s("question_n", number=q.position) for q in d.questions]
        chart = notes_chart(s("chart_title"), categories, series, FRAME_WIDTH)
        story.append(b.figure(chart, chart_alt(s("chart_title"), categories, series)))
        story.append(b.heading(2, s("counts_theme_table"), bookmark=False))
        if not self.reported:
            story.append(b.paragraph(s("none_reported"), "small"))
            return story
        # Six themes side by side fit the page; more go in further tables of the same shape, the total
        # column with the last one.
        chunks = [columns[i : i + MAX_THEME_COLUMNS] for i in range(0, len(columns), MAX_THEME_COLUMNS)]
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            rows = [
                [
                    s("table_n", number=t.number),
                    *(per_table[t.number][key] for key, _n in chunk),
                    *([totals.get(t.number, 0)] if last else []),
                ]
                for t in self.reported
            ]
            rows.append(
                [
                    s("total"),
                    *(sum(per_table[t.number][key] for t in self.reported) for key, _n in chunk),
                    *([len(d.notes)] if last else []),
                ]
            )
            header = [s("table"), *(name for _k, name in chunk), *([s("total")] if last else [])]
            first = 18 * mm
            slots = len(header) - 1 if len(chunks) == 1 else MAX_THEME_COLUMNS + 1  # chunks line up
            rest = (FRAME_WIDTH - first) / slots
            story += [
                b.data_table(
                    header,
                    rows,
                    [first] + [rest] * (len(header) - 1),
                    numeric=range(1, len(header)),
                    bold_last_row=True,
                    row_headers=True,
                ),
                b.spacer(4 * mm),
            ]
        if any(len(d.theme_list(n)) > 1 for n in d.notes):  # else a row's themes do not add up to its total
            story.append(b.paragraph(s("multi_theme_note"), "small"))
        return story

    # -- reported and not-reported tables ------------------------------------------------------

    def reporting(self) -> list[Flowable]:
        s, b, d = self.s, self.b, self.data
        story: list[Flowable] = [self.heading(s("reporting"), "reporting", 0)]
        counts: dict[int, int] = defaultdict(int)
        for note in d.notes:
            counts[note.table_number] += 1
        header = [s("table"), s("chair"), s("participants"), s("notes"), s("signed_short")]
        widths = [16 * mm, FRAME_WIDTH - 92 * mm, 26 * mm, 28 * mm, 22 * mm]

        def rows(tables):
            return [
                [
                    t.number,
                    t.chair_name,
                    t.participants or "–",  # not given is not nobody
                    counts.get(t.number, 0),
                    s("yes") if t.number in d.signoffs else s("no"),
                ]
                for t in tables
            ]

        story.append(b.heading(2, s("reported", count=len(self.reported)), bookmark=False))
        if self.reported:
            story.append(b.data_table(header, rows(self.reported), widths, numeric=(0, 2, 3)))
        else:
            story.append(b.paragraph(s("none_reported"), "small"))
        if self.reported:
            story += self.participation()
        story.append(b.heading(2, s("not_reported", count=len(self.silent)), bookmark=False))
        if self.silent:  # no notes and no signature, by definition: those columns would only say so
            silent_widths = [16 * mm, FRAME_WIDTH - 42 * mm, 26 * mm]
            silent_rows = [row[:3] for row in rows(self.silent)]
            story.append(b.data_table(header[:3], silent_rows, silent_widths, numeric=(0, 2)))
        else:
            story.append(b.paragraph(s("all_reported"), "small"))
        return story

    def participation(self) -> list[Flowable]:
        """For the evaluation the participation policy asks for: how many, and the bands the chairs
        tallied (counts only, never names), summed over the tables that reported."""
        s, b = self.s, self.b
        people = sum(t.participants for t in self.reported)
        story: list[Flowable] = [
            b.heading(2, s("participation"), bookmark=False),
            b.paragraph(
                s(
                    "participation_total",
                    participants=s.count("n_participants", people),
                    tables=s.count("n_tables", len(self.reported)),
                )
            ),
        ]
        banded = [t for t in self.reported if t.bands]
        if not banded:
            story.append(b.paragraph(s("no_bands"), "small"))
            return story
        summed: dict[str, int] = defaultdict(int)
        for table in banded:
            for band, count in table.bands.items():
                summed[band] += count
        story.append(b.paragraph(s("bands_summed", n=len(banded), reported=len(self.reported))))
        order = {key: i for i, key in enumerate(BAND_ORDER)}
        keys = sorted(summed, key=lambda k: (order.get(k, len(order)), k))
        rows = [[_capital(s.band(band)) if band in order else band, summed[band]] for band in keys]
        story.append(
            b.data_table(
                [s("band"), s("band_count")], rows, [60 * mm, 24 * mm], numeric=(1,), row_headers=True
            )
        )
        return story

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
        for q in d.questions:
            story.append(
                self.heading(s("question_heading", number=q.position, text=q.text), f"q{q.position}", 1)
            )
            listed = [n for n in d.notes if n.question_id == q.id]
            if not listed:
                story.append(b.paragraph(s("no_notes"), "small"))
            for name, members in by_theme(listed, themes, s("no_theme")):
                story.append(b.heading(3, f"{name} ({len(members)})", bookmark=False))
                items = b.list()
                story += [
                    items.item(self._folded_text(line), "•", style="body_item") for line in fold(members)
                ]
        return story

    def _folded_text(self, line: FoldedLine) -> str:
        s = self.s
        text = line.text if line.kind == "note" else f"{s.kind(line.kind)}: {line.text}"
        where = s.count("from_tables_short", line.table_count, tables=s.number_list(line.tables))
        if line.table_count > MAX_TABLES_LISTED:  # the appendix says which: a long list says nothing here
            where = s.count("said_at", line.table_count)
        elif line.table_count > 1:
            where = f"{s.count('said_at', line.table_count)}: {s.number_list(line.tables)}"
        facts = [where]
        if line.kind == "proposal" or line.votes:
            facts.append(s.votes(line.votes))
        return f"{text} ({' · '.join(facts)})"

    # -- the appendix: every table's own record, complete ------------------------------------

    def appendix(self) -> list[Flowable]:
        """Every note as written, table by table: one paragraph per question, its notes numbered
        one after the other, so the complete record is there without a page per table."""
        s, b, d = self.s, self.b, self.data
        story: list[Flowable] = [
            self.heading(s("appendix_tables"), "appendix", 0),
            b.paragraph(s("appendix_intro"), "small"),
        ]
        by_table: dict[int, list[Note]] = defaultdict(list)
        for note in d.notes:
            by_table[note.table_number].append(note)
        for number in sorted(by_table):
            story.append(b.heading(3, s("table_n", number=number), key=f"table{number}", outline_level=1))
            for q in d.questions:
                listed = [n for n in by_table[number] if n.question_id == q.id]
                if listed:
                    numbered = "   ".join(
                        f"{i}. {' '.join(note_text(n, s, d.theme_list(n)).split())}"
                        for i, n in enumerate(listed, 1)
                    )
                    story.append(
                        b.paragraph(f"{s('question_n', number=q.position)}:   {numbered}", "compact")
                    )
        return story

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
        widths = [11 * mm, FRAME_WIDTH - 86 * mm, 13 * mm, 22 * mm, 12 * mm, 28 * mm]
        if d.any_decided():
            header.append(s("status"))
            widths[1] -= 24 * mm
            widths.append(24 * mm)
        else:
            rows = [row[:-1] for row in rows]
        story.append(b.data_table(header, rows, widths, numeric=(0, 2)))
        return story

    def _note_row(self, n: Note) -> list:
        d = self.data
        return [
            n.text,
            n.votes,
            n.table_number,
            d.question_number(n.question_id),
            ", ".join(d.theme_list(n)),
            d.status_text(n, self.s.language),
        ]

    def _unit_row(self, p) -> list:
        """A row for an app.proposals Proposal: a merged one names its tables and questions, and says so."""
        s, d = self.s, self.data
        text = p.text
        if len(p.originals) > 1:
            text = f"{text} ({s('merged_from', count=len(p.originals))})"
        if p.id in self.links:
            from app.minutes.since_last import link_note

            text = f"{text} ({link_note(*self.links[p.id], s.language)})"
        questions = sorted({d.question_number(n.question_id) for n in p.originals})
        return [
            text,
            p.votes,
            ", ".join(map(str, p.tables)),
            ", ".join(map(str, questions)),
            ", ".join(d.theme_names[t] for t in p.themes if t in d.theme_names),
            d.status_text(p.originals[0], s.language),
        ]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
