"""Minutes: pages per second of our documents against a bare platypus document of the same text.

Two cases, each measured in the same run as its bare twin (same font, page size, margins, text):
  - the conference minutes of a 40-table, 4,000-note conference (also: the time a secretary waits);
  - the theme report of a process whose conferences hold 100,000 guiding words and actions.
Prints medians of a few runs; the aim is a ratio of at least 0.7 and under 3 s for the 40 tables.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from app import conferences
from app.minutes.conference import write_conference_minutes
from app.minutes.i18n import Strings
from app.minutes.sample import create_sample_conference
from app.minutes.source import load_conference
from app.minutes.themes import accumulate, origins_text, write_theme_report
from app.model import Process
from app.store import Store

RUNS = 3


def bare_document(path: Path, texts: list[str]) -> int:
    """The same text as plain platypus paragraphs: nothing but the page layout reportlab does anyway."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.minutes.fonts import REGULAR, register_fonts
    from app.minutes.layout import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, markup

    register_fonts()
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=3.5)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build([Paragraph(markup(t), style) for t in texts])
    return doc.page


def side_by_side(ours, bare, runs: int) -> tuple[tuple[float, int], tuple[float, int]]:
    """Median seconds and page count of each, run alternately so both see the same machine load."""
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    pages = {}
    for _ in range(runs):
        for name, make in (("ours", ours), ("bare", bare)):
            started = time.perf_counter()
            pages[name] = make()
            times[name].append(time.perf_counter() - started)
    return (
        (statistics.median(times["ours"]), pages["ours"]),
        (statistics.median(times["bare"]), pages["bare"]),
    )


def report(name: str, ours: tuple[float, int], bare: tuple[float, int]) -> None:
    (t_ours, p_ours), (t_bare, p_bare) = ours, bare
    rate_ours, rate_bare = p_ours / t_ours, p_bare / t_bare
    print(f"   {name}: {p_ours} pages in {t_ours:.2f} s = {rate_ours:.0f} pages/s")
    print(f"   {name}, bare platypus, same text: {p_bare} pages in {t_bare:.2f} s = {rate_bare:.0f} pages/s")
    print(f"   {name}: ratio {rate_ours / rate_bare:.2f} (aim >= 0.7)")


def conference_case(folder: Path) -> None:
    store = Store(folder / "conference.sqlite3")
    conference_id = create_sample_conference(store, tables=40, notes=4000)
    data = load_conference(store, conference_id)
    themes = {t.id: t.name for t in data.themes}
    # The same text the minutes print: every note under its question, again under each of its themes.
    texts = [n.text for n in data.notes]
    texts += [
        n.text for t in [*themes, None] for n in data.notes if (t in n.themes) or (t is None and not n.themes)
    ]
    texts += [n.text for n in data.notes if n.kind == "proposal"]
    started = time.perf_counter()
    data = load_conference(store, conference_id)
    load = time.perf_counter() - started
    ours, bare = side_by_side(
        lambda: write_conference_minutes(data, folder / "minutes.pdf", "sv"),
        lambda: bare_document(folder / "bare.pdf", texts),
        RUNS,
    )
    print(f"   40 tables, 4,000 notes: reading the store {load:.2f} s")
    report("conference minutes", ours, bare)
    print(f"   time for the 40-table minutes, store to file: {load + ours[0]:.2f} s (aim < 3 s)")
    store.close()


def process_case(folder: Path) -> None:
    store = Store(folder / "process.sqlite3")
    for i in range(10):
        conference_id = create_sample_conference(
            store,
            tables=40,
            notes=10_000,
            title=f"Rundabordssamtal {i + 1}",
            date=f"20{26 + i // 2}-0{3 + i % 2 * 6}-12",
            seed=i,
            kinds=["guiding-word", "action", "action"],
        )
    process_id = store.get("conference", conference_id)["process_id"]
    started = time.perf_counter()
    found = accumulate(store, process_id)
    gather = time.perf_counter() - started
    s = Strings("sv")
    texts = [
        text
        for theme in found
        for item in [*theme.guiding_words, *theme.actions]
        for text in (item.text, origins_text(item.origins, s))
    ]
    print(f"   process of 100,000 notes: {len(texts) // 2} accumulated items, gathered in {gather:.2f} s")
    process = Process.from_record(store.get("process", process_id))
    confs = [c for c in conferences.conferences(store) if c.process_id == process_id]
    ours, bare = side_by_side(
        lambda: write_theme_report(process, confs, found, s("theme_report"), folder / "themes.pdf", s),
        lambda: bare_document(folder / "bare-themes.pdf", texts),
        1,
    )
    report("theme report (layout)", ours, bare)
    total = gather + ours[0]
    print(f"   theme report, store to file: {total:.1f} s = {ours[1] / total:.0f} pages/s")
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-minutes-") as folder:
        conference_case(Path(folder))
        process_case(Path(folder))


if __name__ == "__main__":
    main()
