"""Conference minutes: cover, contents with right page numbers, bookmarks, notes per question and per
theme, ranked proposals, counts, chart, reported and silent tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import conferences, notes
from app.minutes.conference import build_conference_minutes

from .conftest import EXOTIC, MinutesWorld, assert_in_order, body_text, normal, page_texts, qpdf_check


@pytest.fixture(scope="module")
def minutes_pdf(world: MinutesWorld, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conference") / "minutes.pdf"
    build_conference_minutes(world.workspace.store, world.conference_id, path, "sv")
    return path


def _section(body: str, start: str, end: str) -> str:
    return body[body.index(start) : body.index(end, body.index(start))]


def test_valid_pdf_with_metadata(minutes_pdf):
    qpdf_check(minutes_pdf)
    reader = PdfReader(str(minutes_pdf), strict=True)
    assert reader.metadata.title == "Minnesanteckningar: Rundabordssamtal våren 2026"
    assert reader.metadata.author == "Region Exempellän"
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"


def test_cover_with_the_contents_whose_page_numbers_are_right(minutes_pdf):
    pages = page_texts(minutes_pdf)
    assert "Minnesanteckningar" in pages[0] and "3 av 40 bord har rapporterat" in normal(pages[0])
    assert "Sida 1 av" not in pages[0]  # the cover carries no page number
    cover = normal(pages[0])
    assert cover.find("Innehåll") >= 0  # the contents under the title: no page of its own
    contents = cover[cover.index("Innehåll") :]
    for heading in ("Översikt", "Rapporterande bord", "Vad som sades", "Fråga 2.", "Bilaga: varje bords"):
        match = re.search(re.escape(heading) + r"[^0-9]*?(\d+)\b", contents)
        assert match, heading
        page = int(match.group(1))
        assert normal(heading) in normal(pages[page - 1]), f"{heading} is not on page {page}"


def test_bookmarks_for_sections_questions_and_themes(minutes_pdf):
    reader = PdfReader(str(minutes_pdf))

    def titles(items):
        for item in items:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    found = list(titles(reader.outline))
    for expected in (
        "Innehåll",
        "Översikt",
        "Vad som sades",
        "Fråga 2. Vad behövs för att göra det?",
        "Förslag rangordnade efter röster",
        "Bilaga: varje bords anteckningar",
        "Bord 1",
        "Bord 3",
    ):
        assert expected in found, expected
    # A bookmark jumps to the page that holds its heading.
    for item in [i for i in reader.outline if not isinstance(i, list)]:
        page = reader.get_destination_page_number(item)
        assert normal(item.title)[:30] in normal(reader.pages[page].extract_text())


def test_one_main_body_per_question_and_theme_with_the_tables(world, minutes_pdf, header_right):
    body = body_text(minutes_pdf, header_right, skip=1)
    said = _section(body, "Vad som sades", "Förslag rangordnade efter röster")
    q1 = _section(said, "Fråga 1.", "Fråga 2.")
    # Under the first theme of each note, each with the table it came from.
    assert_in_order(
        q1, ["Mångfald & integration (", f"{EXOTIC[1]} (bord 1)", "Unga (", f"{EXOTIC[0]} (bord 1)"]
    )
    assert f"{world.mentions_chair} (bord 2)" in q1 and "Utan tema (" in q1
    q3 = said[said.index("Fråga 3.") :]
    assert "Förslag: Öppna fritidsgårdar även på söndagar (bord 1 · 12 röster)" in q3
    assert "Borttagen anteckning" not in body
    for text in world.table1_all:  # each note once in the body
        assert said.count(normal(text)) == 1, text


def test_the_appendix_holds_every_table_complete_in_order(world, minutes_pdf, header_right):
    body = body_text(minutes_pdf, header_right, skip=1)
    appendix = body[body.rindex("Bilaga: varje bords anteckningar") :]
    table1 = _section(appendix, "Bord 1", "Bord 2")
    assert_in_order(table1, ["Fråga 1", "Fråga 2", "Fråga 3"])
    # Within a question the notes run on under their theme, named once: "Unga: a · b — Jämställdhet: c".
    question1 = _section(table1, "Fråga 1", "Fråga 2")
    for text in EXOTIC:
        assert normal(text) in question1, text
    assert "Mångfald & integration:" in question1 and "Unga:" in question1
    for text in world.table1_all:
        assert normal(text) in table1, text
    assert world.mentions_chair in appendix and "Bord 3" in appendix
    assert body.count(normal(EXOTIC[0])) == 2  # once in the body, once here: no third copy any more


def test_proposals_ranked_by_votes(world, minutes_pdf, header_right):
    body = body_text(minutes_pdf, header_right, skip=1)
    ranked = _section(body, "Förslag rangordnade efter röster", "Bilaga: varje bords anteckningar")
    by_votes = sorted(world.proposals, key=lambda p: -p[1])
    assert_in_order(ranked, [p[0] for p in by_votes])
    # Each proposal's follow-up status stands beside it: the council picked the one with 12 votes.
    flat = normal(ranked)
    assert "Status" in flat and "Valt av tillväxtrådet" in flat and flat.count("Nytt") == 2


def test_counts_chart_and_reporting_tables(minutes_pdf, header_right):
    body = body_text(minutes_pdf, header_right, skip=1)
    overview = _section(body, "Översikt", "Rapporterande bord")
    assert "Anteckningar per tema och fråga" in overview  # the chart's title
    assert "Fråga 1 Fråga 2 Fråga 3" in overview  # its category axis
    assert "Antal anteckningar per tema och bord" in overview
    # A theme per row, the tables across: the last row counts each table's notes, 15 live notes in all.
    assert re.search(r"Bord → Tema ↓ 1 2 3 Totalt Mångfald & integration( \d+)+ Unga", overview), overview
    assert re.search(r"Alla anteckningar( \d+)+ 15\b", overview), overview
    # Notes with two themes make a column's theme counts exceed its total: the reader is told why.
    assert "raden Alla anteckningar räknar varje anteckning en gång" in overview
    reporting = _section(body, "Rapporterande bord", "Vad som sades")
    assert "Bord som har rapporterat (3)" in reporting
    assert "Bord som inte har rapporterat (37)" in reporting
    assert "Erik Berg" in reporting and "Andreas Lundgren" in reporting
    silent = reporting[reporting.index("Bord som inte har rapporterat") :]
    # Only who and how many were expected: "0 notes, not signed" 37 times over says nothing.
    assert "Andreas Lundgren 10" in silent and "Signerad" not in silent and " Nej" not in silent


def test_a_signed_export_without_notes_is_not_a_report(tmp_path):
    """A signature alone is not a report (app.roster's one definition, as `rundabord status` says): the
    table stands among those that have not reported; a note typed here counts."""
    from app.bundles import export_table
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo
    from app.roster import roster
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    cid = ensure_demo(workspace.store)
    notes.add_note(workspace.store, cid, 5, 1, "En anteckning")
    create_identity(workspace, "Lars Holm")
    export_table(workspace, cid, 8, tmp_path / "b8.rbz")
    path = tmp_path / "m.pdf"
    build_conference_minutes(workspace.store, cid, path, "en")
    body = normal(" ".join(page_texts(path)))
    assert roster(workspace.store, cid).reported == [5]
    assert "Tables that have reported (1)" in body
    assert "1 of 40 tables has reported · 8 participants · 1 note" in body  # singular
    assert "proposal" not in body[: body.index("Contents")]  # none: not "of which 0 are proposals"
    reported = body[body.index("Tables that have reported") : body.index("Tables that have not reported")]
    silent = body[body.index("Tables that have not reported") :]
    assert re.search(r"\b5 Maria Nilsson 8 1 No\b", reported), reported
    assert "Lars Holm" not in reported and re.search(r"\b8 Lars Holm 9\b", silent), silent[:400]
    assert conferences.conference(workspace.store, cid).title in body
    workspace.close()


def test_progress_is_reported_and_a_cancel_leaves_the_old_file(tmp_path):
    from app.minutes.sample import create_sample_conference
    from app.store import Store

    store = Store(tmp_path / "ws.sqlite3")
    cid = create_sample_conference(store, tables=10, notes=400)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(b"the previous minutes")
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        build_conference_minutes(store, cid, path, "sv", progress)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and seen[0][1] > 150
    assert path.read_bytes() == b"the previous minutes"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    store.close()


def test_many_long_themes_and_unbreakable_words_still_fit_the_page(tmp_path):
    """Twelve themes and notes without: the counts have a row per theme, the chart keeps seven bars
    and sums the rest; a proposal that is one 300-letter word is cut across lines, not off the page."""
    from app.conferences import create_conference, parse_conference
    from app.store import Store

    store = Store(tmp_path / "ws.sqlite3")
    themes = [f"Tema {i} med ett långt namn om samverkan i hela länet" for i in range(12)]
    cid = create_conference(
        store,
        parse_conference(
            {
                "process": {"name": "P", "themes": themes},
                "conference": {"title": "K", "date": "2026-01-01"},
                "questions": [{"text": "Fråga?"}],
                "tables": [{"number": 1}],
            }
        ),
    )
    for i, theme in enumerate(themes):
        notes.add_note(store, cid, 1, 1, f"Anteckning {i}", themes=[theme])
    word = "å" * 300
    notes.add_note(store, cid, 1, 1, f"Förslag {word}", kind="proposal", votes=1)
    path = tmp_path / "m.pdf"
    build_conference_minutes(store, cid, path, "sv")
    qpdf_check(path)
    body = body_text(path, "K · 1 januari 2026", skip=1)
    overview = _section(body, "Översikt", "Rapporterande bord")
    assert "Övriga teman" in overview  # the chart's legend
    for theme in themes:  # a row each, however many: the long names wrap in their row's first cell
        assert f"{theme} 1 1" in overview, theme
    ranked = _section(body, "Förslag rangordnade efter röster", "Bilaga: varje bords anteckningar")
    assert word in "".join(ranked.split())
    store.close()


def test_contents_entries_are_links_to_their_pages(minutes_pdf):
    reader = PdfReader(str(minutes_pdf))
    contents = reader.pages[0]
    page_index = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    targets = []
    for annotation in contents["/Annots"]:
        link = annotation.get_object()
        assert link["/Subtype"] == "/Link"
        targets.append(page_index[link["/Dest"][0].idnum] + 1)
    printed = [int(n) for n in re.findall(r"\.\s*(\d+)\s*$", contents.extract_text(), re.MULTILINE)]
    assert targets == printed and len(targets) >= 7


def test_a_merged_proposal_ranks_once_with_its_votes_summed(tmp_path):
    """The secretariat merged two tables' wordings of one idea: the council sees it as one, 7 + 5 votes."""
    from app import notes
    from app.demo import ensure_demo
    from app.proposals import merge
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    store = workspace.store
    cid = ensure_demo(store)
    first = notes.add_note(
        store, cid, 1, 3, "Mötesplats för unga i varje kommundel", kind="proposal", votes=7
    )
    second = notes.add_note(store, cid, 2, 3, "Ungdomsgårdar i alla kommundelar", kind="proposal", votes=5)
    notes.add_note(store, cid, 3, 3, "Jämställdhetsbudgetering i alla nämnder", kind="proposal", votes=9)
    merge(store, [first, second])
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, cid, path, "sv")
    body = body_text(path, "Rundabordssamtal våren 2026 · 12 mars 2026", skip=1)
    ranked = _section(body, "Förslag rangordnade efter röster", "Bilaga: varje bords anteckningar")
    assert_in_order(ranked, ["Mötesplats för unga i varje kommundel", "Jämställdhetsbudgetering"])
    assert re.search(
        r"1 Mötesplats för unga i varje kommundel \(sammanfört från 2 förslag\) 12 1, 2 3", ranked
    )
    assert "Ungdomsgårdar" not in ranked  # the merged-away wording stays in the notes, not as a rank
    assert "Ungdomsgårdar i alla kommundelar" in body  # ...where it still is, under its question
    # Nothing decided yet (as on the day, or on a chair's laptop): no column saying "Nytt" on every row.
    assert "Status" not in ranked and "Nytt" not in ranked
    workspace.close()


def test_participation_sums_the_bands_of_the_tables_that_reported(tmp_path):
    """The evaluation's figures: participants and the chairs' own age/gender tallies, summed, no names."""
    from app import conferences, notes
    from app.demo import ensure_demo
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    store = workspace.store
    cid = ensure_demo(store)
    for number, participants, bands in (
        (1, 8, {"kvinna": 5, "man": 3}),
        (2, 7, {"kvinna": 3, "16–25 år": 2}),
    ):
        conferences.set_table_facts(store, cid, number, participants=participants, bands=bands)
        notes.add_note(store, cid, number, 1, f"Anteckning från bord {number}")
    notes.add_note(store, cid, 3, 1, "Bord 3 angav inga grupper")
    conferences.set_table_facts(store, cid, 4, participants=9, bands={"man": 9})  # has not reported
    path = tmp_path / "minutes.pdf"
    build_conference_minutes(store, cid, path, "sv")
    body = body_text(path, "Rundabordssamtal våren 2026 · 12 mars 2026", skip=1)
    participation = _section(body, "Deltagande", "Vad som sades")
    table3 = conferences.table(store, cid, 3).participants
    assert f"{8 + 7 + table3} deltagare vid 3 bord som har rapporterat." in participation
    assert "(2 av 3 bord)" in participation
    assert "16–25 år 2" in participation and "kvinna 8" in participation and "man 3" in participation
    # The app's own band keys read as words ("Kvinnor", "Under 25 år"), never "gender:woman".
    conferences.set_table_facts(store, cid, 1, participants=8, bands={"gender:woman": 5, "age:-24": 3})
    build_conference_minutes(store, cid, path, "sv")
    words = body_text(path, "Rundabordssamtal våren 2026 · 12 mars 2026", skip=1)
    assert (
        "Under 25 år 3" in words and "Kvinnor 5" in words and "gender:" not in words and "age:" not in words
    )
    workspace.close()
