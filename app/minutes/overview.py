"""The conference minutes' first sections: the overview (the chart of notes per theme and question, and
participation: participants and the chairs' age/gender tallies, summed, in words) and the tables that
reported, one row per table with its chair, participants, notes and signature.

The counts per theme and table run with the themes down and the tables across, in groups: forty
tables then take a third of a page rather than a page and a half, however many themes there are.
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.minutes.blocks import Blocks
from app.minutes.chart import chart_alt, fewer_series, notes_chart
from app.minutes.i18n import BAND_ORDER, Strings
from app.minutes.layout import FRAME_WIDTH, text_width
from app.minutes.source import ConferenceData
from app.model import Note

NO_THEME = ""
COUNT_WIDTH = 9 * mm  # a table's column of counts: three digits at 9 pt
TOTAL_WIDTH = 14 * mm
LABEL_WIDTH, MAX_LABEL_WIDTH = 36 * mm, 70 * mm  # the theme column: its least, and its most
LABEL_PADDING = 10  # the cell's padding, and a point or two of rounding
CHART_HEIGHT = 120  # points of plot: the chart shares its page with the participation


class Overview:
    def __init__(self, data: ConferenceData, s: Strings, b: Blocks) -> None:
        self.data, self.s, self.b = data, s, b
        self.reported = [t for t in data.tables if data.has_reported(t.number)]
        self.silent = [t for t in data.tables if not data.has_reported(t.number)]
        self.columns = [(t.id, t.name) for t in data.themes]
        if any(not self._known_themes(n) for n in data.notes):
            self.columns.append((NO_THEME, s("no_theme")))
        self.per_table: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.totals: dict[int, int] = defaultdict(int)
        for note in data.notes:
            self.totals[note.table_number] += 1
            for theme_id in self._known_themes(note) or [NO_THEME]:
                self.per_table[note.table_number][theme_id] += 1

    def _known_themes(self, note: Note) -> list[str]:
        return [t for t in note.themes if t in self.data.theme_names]

    # -- the overview: chart and participation ----------------------------------------------------

    def overview(self, heading: Flowable) -> list[Flowable]:
        s, b, d = self.s, self.b, self.data
        per_question: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for note in d.notes:
            for theme_id in self._known_themes(note) or [NO_THEME]:
                per_question[theme_id][note.question_id] += 1
        series = fewer_series(
            [(name, [per_question[key][q.id] for q in d.questions]) for key, name in self.columns],
            s("other_themes"),
        )
        categories = [s("question_n", number=q.position) for q in d.questions]
        chart = notes_chart(s("chart_title"), categories, series, FRAME_WIDTH, plot_height=CHART_HEIGHT)
        story = [heading, b.figure(chart, chart_alt(s("chart_title"), categories, series))]
        return [*story, *self.theme_counts()]

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
        disputed = sorted({n for n, _field in self.data.disputed if n in {t.number for t in self.reported}})
        if disputed:  # a sum is no more settled than what it adds up: say which tables' figures are not
            story.append(
                b.paragraph(
                    s.count("disputed_in_sums", len(disputed), tables=s.number_list(disputed)), "small"
                )
            )
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
        rows = [[_capital(s.band(band)) if band in order else band, s.number(summed[band])] for band in keys]
        story.append(
            b.data_table(
                [s("band"), s("band_count")], rows, [60 * mm, 24 * mm], numeric=(1,), row_headers=True
            )
        )
        return story

    def _count(self, number: int, participants: int) -> str:
        """A table's participants in its row: "–" when not given (not nobody), starred when disputed."""
        shown = self.s.number(participants) if participants else "–"
        return f"{shown} *" if (number, "participants") in self.data.disputed else shown

    def theme_counts(self) -> list[Flowable]:
        """Notes per theme and table: a theme per row, the tables across in groups that fit the page's
        width (a long theme name wraps in its row; forty tables take three groups of fourteen)."""
        s, b = self.s, self.b
        story: list[Flowable] = [b.heading(2, s("counts_theme_table"), bookmark=False)]
        if not self.reported:
            return [*story, b.paragraph(s("none_reported"), "small")]
        numbers = [t.number for t in self.reported]
        label = _label_width([name for _key, name in self.columns] + [s("notes_per_table")], len(numbers))
        across = max(1, int((FRAME_WIDTH - label) // COUNT_WIDTH))
        groups = [numbers[i : i + across] for i in range(0, len(numbers), across)]
        for index, group in enumerate(groups):
            last = index == len(groups) - 1
            header = [s("theme_by_table"), *map(str, group), *([s("total")] if last else [])]
            rows = [
                [name, *(s.number(self.per_table[n][key]) for n in group)]
                + ([s.number(sum(self.per_table[n][key] for n in numbers))] if last else [])
                for key, name in self.columns
            ]
            rows.append(
                [
                    s("notes_per_table"),
                    *(s.number(self.totals[n]) for n in group),
                    *([s.number(len(self.data.notes))] if last else []),
                ]
            )
            widths = [label] + [COUNT_WIDTH] * len(group) + ([TOTAL_WIDTH] if last else [])
            story += [
                b.data_table(
                    header,
                    rows,
                    widths,
                    numeric=range(1, len(header)),
                    bold_last_row=True,
                    row_headers=True,
                    dense=True,
                ),
                b.spacer(3 * mm),
            ]
        if any(len(self.data.theme_list(n)) > 1 for n in self.data.notes):  # else they add up
            story.append(b.paragraph(s("multi_theme_note"), "small"))
        return story

    # -- the tables that reported, and those that did not -------------------------------------------

    def reporting(self, heading: Flowable) -> list[Flowable]:
        s, b = self.s, self.b
        story: list[Flowable] = [heading]
        story.append(b.heading(2, s("reported", count=len(self.reported)), bookmark=False))
        header = [s("table"), s("chair"), s("participants"), s("notes"), s("signed_short")]
        widths = [16 * mm, FRAME_WIDTH - 92 * mm, 26 * mm, 28 * mm, 22 * mm]
        if self.reported:
            rows = [
                [
                    t.number,
                    t.chair_name,
                    self._count(t.number, t.participants),
                    s.number(self.totals[t.number]),
                    s("yes") if t.number in self.data.signoffs else s("no"),
                ]
                for t in self.reported
            ]
            story.append(b.data_table(header, rows, widths, numeric=(0, 2, 3), dense=True))
            if any((t.number, "participants") in self.data.disputed for t in self.reported):
                story.append(b.paragraph(s("disputed_marked"), "small"))
        else:
            story.append(b.paragraph(s("none_reported"), "small"))
        story.append(b.heading(2, s("not_reported", count=len(self.silent)), bookmark=False))
        if self.silent:  # no notes and no signature, by definition: those columns would only say so
            rows = [[t.number, t.chair_name, self._count(t.number, t.participants)] for t in self.silent]
            story.append(
                b.data_table(header[:3], rows, [16 * mm, FRAME_WIDTH - 42 * mm, 26 * mm], numeric=(0, 2))
            )
        else:
            story.append(b.paragraph(s("all_reported"), "small"))
        if self.reported:
            story += self.participation()
        return story


def _label_width(names: list[str], tables: int) -> float:
    """The theme column: never narrower than its longest word (a compound such as
    "Kompetensförsörjning" broke inside itself at 36 mm), and the whole name on one line when the
    tables' counts leave the room (with few tables the table used a third of the page)."""
    words = [word for name in names for word in name.split()] or [""]
    widest_word = max(text_width(w, 9, bold=True) for w in words) + LABEL_PADDING
    label = min(max(LABEL_WIDTH, widest_word), MAX_LABEL_WIDTH)
    room = FRAME_WIDTH - COUNT_WIDTH * tables - TOTAL_WIDTH
    widest_name = max(text_width(n, 9, bold=True) for n in names) + LABEL_PADDING
    return max(label, min(widest_name, room, MAX_LABEL_WIDTH))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
