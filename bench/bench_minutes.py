"""Minutes: pages per second of our documents against a bare platypus document of the same text.

Two cases, each measured in the same run as its bare twin (same font, page size, margins, text):
  - the conference minutes of a 40-table, 4,000-note conference (also: the time a secretary waits);
  - the theme report of a process whose conferences hold 100,000 guiding words and actions.
Prints medians of a few runs; the aim is a ratio of at least 0.7 and under 3 s for the 40 tables.
Also the cost of tagging (PDF/UA structure tree, marked content): the same conference minutes built
tagged and untagged (app.minutes.tagging.untagged); the aim is at least 0.8 of the untagged speed.
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
from app.minutes.tagging import untagged
from app.minutes.themes import accumulate, origins_text, write_theme_report
from app.model import Process
from app.store import Store
from bench.summary import target

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


def side_by_side(ours, bare, runs: int) -> dict[str, tuple[float, float, int]]:
    """Per side: median wall seconds, median CPU seconds of this process, pages. Run alternately, so
    both see the same machine; CPU time is what the ratio uses, as it does not count other programs'
    work on a shared machine (wall time is printed beside it)."""
    wall: dict[str, list[float]] = {"ours": [], "bare": []}
    cpu: dict[str, list[float]] = {"ours": [], "bare": []}
    pages = {}
    for _ in range(runs):
        for name, make in (("ours", ours), ("bare", bare)):
            started, started_cpu = time.perf_counter(), time.process_time()
            pages[name] = make()
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
    return {n: (statistics.median(wall[n]), statistics.median(cpu[n]), pages[n]) for n in ("ours", "bare")}


def report(name: str, result: dict[str, tuple[float, float, int]]) -> None:
    rates = {}
    for side, label in (("ours", name), ("bare", f"{name}, bare platypus, same text")):
        wall, cpu, pages = result[side]
        rates[side] = pages / cpu
        print(f"   {label}: {pages} pages in {cpu:.2f} s CPU ({wall:.2f} s wall) = {pages / cpu:.0f} pages/s")
    print(f"   {name}: ratio {rates['ours'] / rates['bare']:.2f} (aim >= 0.7)")


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
    started, started_cpu = time.perf_counter(), time.process_time()
    data = load_conference(store, conference_id)
    load, load_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    result = side_by_side(
        lambda: write_conference_minutes(data, folder / "minutes.pdf", "sv"),
        lambda: bare_document(folder / "bare.pdf", texts),
        RUNS,
    )
    print(f"   40 tables, 4,000 notes: reading the store {load_cpu:.2f} s CPU ({load:.2f} s wall)")
    report("conference minutes", result)
    wall, cpu, _pages = result["ours"]
    total, total_cpu = load + wall, load_cpu + cpu
    print(f"   40-table minutes, store to file: {total:.2f} s wall, {total_cpu:.2f} s CPU (aim < 3 s)")
    target(4, "40 tables, 4,000 notes, store to file, wall", f"{total:.2f} s", "", None, "< 3 s", total < 3)
    target(4, "the same, CPU", f"{total_cpu:.2f} s", "", None, "< 3 s", total_cpu < 3)
    tagging_cost(data, folder)
    store.close()


def tagging_cost(data, folder: Path) -> None:
    def plain_build() -> int:
        with untagged():
            return write_conference_minutes(data, folder / "untagged.pdf", "sv")

    result = side_by_side(
        lambda: write_conference_minutes(data, folder / "minutes.pdf", "sv"), plain_build, RUNS
    )
    (_w, tagged_cpu, pages), (_wb, plain_cpu, _pb) = result["ours"], result["bare"]
    sizes = [(folder / name).stat().st_size / 1e6 for name in ("minutes.pdf", "untagged.pdf")]
    print(
        f"   conference minutes tagged: {pages} pages in {tagged_cpu:.2f} s CPU, untagged {plain_cpu:.2f} s;"
        f" speed ratio {plain_cpu / tagged_cpu:.2f} (aim >= 0.8); {sizes[0]:.1f} MB against {sizes[1]:.1f} MB"
    )


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
    started, started_cpu = time.perf_counter(), time.process_time()
    found = accumulate(store, process_id)
    gather, gather_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    s = Strings("sv")
    texts = [
        text
        for theme in found
        for item in [*theme.guiding_words, *theme.actions]
        for text in (item.text, origins_text(item.origins, s))
    ]
    print(
        f"   process of 100,000 notes: {len(texts) // 2} accumulated items,"
        f" gathered in {gather_cpu:.2f} s CPU ({gather:.2f} s wall)"
    )
    process = Process.from_record(store.get("process", process_id))
    confs = [c for c in conferences.conferences(store) if c.process_id == process_id]
    result = side_by_side(
        lambda: write_theme_report(process, confs, found, s("theme_report"), folder / "themes.pdf", s),
        lambda: bare_document(folder / "bare-themes.pdf", texts),
        1,
    )
    report("theme report (layout)", result)
    wall, cpu, pages = result["ours"]
    _bare_wall, bare_cpu, bare_pages = result["bare"]
    rate = pages / (gather_cpu + cpu)
    print(
        f"   theme report, store to file: {gather_cpu + cpu:.1f} s CPU ({gather + wall:.1f} s wall)"
        f" = {rate:.0f} pages/s; ratio to bare platypus {rate / (bare_pages / bare_cpu):.2f} (aim >= 0.7)"
    )
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-minutes-") as folder:
        conference_case(Path(folder))
        process_case(Path(folder))


if __name__ == "__main__":
    main()
