"""Arabic in the PDFs. A note in Arabic printed back to front with its letters unjoined (reportlab draws
characters in the order typed, each in its one form): unreadable in every document. Now each drawn line
is shaped (the letters' joined forms, which DejaVu Sans draws) and in the order it is seen, broken into
lines in the order typed; a Swedish note with an Arabic phrase keeps its Swedish in order; the tagged
PDF gives the text as typed through each such line's ActualText."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from app import notes, prepare
from app.minutes.table import build_table_minutes

from .pdfcheck import check_all, reading_order

LONG = (
    "نريد مركز شباب في كل حي، مع أنشطة للجميع (رياضة وثقافة) لا سيما للبنات، "
    "ونقل عام في المساء بين القرى والمدينة، ومكتبة مفتوحة حتى العاشرة"
)
SWEDISH = "Ungdomarna vill ha ett مركز شباب i Västerby, öppet till 22."

# "مركز شباب" (youth centre) as drawn: its letters' joined forms, the last word leftmost
CENTRE_SEEN = "\ufe8f\ufe8e\ufe92\ufeb7 \ufeb0\ufedb\ufeae\ufee3"


def _drawn_lines(path) -> list[str]:
    """Each text line as drawn, left to right, its characters as the font's ToUnicode maps them."""
    from pdfminer.pdfdevice import PDFDevice
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Drawn(PDFDevice):
        def __init__(self, manager) -> None:
            super().__init__(manager)
            self.lines: dict[float, list[str]] = defaultdict(list)

        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            y = round(textstate.matrix[5] + self.ctm[5], 1)
            font = textstate.font
            text = "".join(
                font.to_unichr(cid) for item in seq if isinstance(item, bytes) for cid in font.decode(item)
            )
            self.lines[y].append(text)

    manager = PDFResourceManager()
    device = Drawn(manager)
    with open(path, "rb") as handle:
        for page in PDFPage.get_pages(handle):
            PDFPageInterpreter(manager, device).process_page(page)
    return ["".join(parts) for _y, parts in sorted(device.lines.items(), reverse=True)]


def test_arabic_prints_joined_and_in_the_order_it_is_read(demo_store, tmp_path):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, LONG)
    notes.add_note(store, conference_id, 4, 1, SWEDISH)
    notes.add_note(store, conference_id, 4, 2, "شكرا جزيلا 🙂 för i dag", kind="proposal", votes=3)
    prepare.edit_conference(store, conference_id, title="Mångfald och integration — التنوع والاندماج")
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")

    drawn = _drawn_lines(path)
    printed = "\n".join(drawn)
    assert "مركز" not in printed and "شباب" not in printed, "unjoined letters drawn"
    swedish = next(line for line in drawn if "Ungdomarna" in line)
    assert f"Ungdomarna vill ha ett {CENTRE_SEEN} i Västerby, öppet till 22." in swedish, swedish
    # The long note takes two lines, broken in the order typed: its first words are on the first line,
    # at its right end, and each line is reordered on its own (its last word leftmost)
    thanks = "\ufefc\ufef3\ufeb0\ufe9f \ufe8d\ufeae\ufedc\ufeb7"  # "شكرا جزيلا" as drawn ("لا" joined)
    [first] = [line for line in drawn if CENTRE_SEEN in line and "Ungdomarna" not in line]
    [second] = [line for line in drawn if "\ufe93\ufeae\ufeb7\ufe8e\ufecc\ufedf\ufe8d" in line]  # العاشرة
    assert first.rstrip().endswith(CENTRE_SEEN + " \ufeaa\ufef3\ufeae\ufee7"), first  # "نريد مركز شباب"
    assert (
        "(\ufe94\ufed3\ufe8e\ufed8\ufe9b\ufeed \ufe94\ufebf\ufe8e\ufef3\ufead)" in first
    )  # brackets mirrored
    assert (
        "\ufefb" in first and CENTRE_SEEN not in second
    )  # "لا" joined; the second line holds the last words
    # A line of two fonts; the note begun in Arabic is read on its own (right to left), then its count
    assert any(f"Förslag: för i dag 🙂 {thanks} (3 röster)" in line for line in drawn), drawn
    # The ranked proposals' cell: a paragraph begun in Arabic reads right to left, its Swedish in order
    assert any(f"för i dag 🙂 {thanks}" in line for line in drawn), drawn

    # The running header joins the title and the date with " · ": each is read on its own, so the day
    # of the month is not drawn into the Arabic ("— 12 · التنوع والاندماج mars 2026")
    diversity = "\ufe9d\ufe8e\ufee3\ufeaa\ufee7\ufefb\ufe8d\ufeed \ufec9\ufeee\ufee8\ufe98\ufedf\ufe8d"
    assert drawn[0].endswith(f"Mångfald och integration — {diversity} · 12 mars 2026"), drawn[0]

    # Read through the tags (as a screen reader does): the text as the chair typed it
    read = " ".join(element.text for element in reading_order(path))
    assert LONG in read and SWEDISH in read and "شكرا جزيلا" in read
    assert check_all(path) == []


def test_an_arabic_title_keeps_the_date_after_it_in_its_sentence(demo_store, tmp_path):
    """The theme report lists the conferences as "title (12 mars 2026, venue)": a title ending in Arabic
    took the "12" into its right-to-left run ("— 12) التنوع والاندماج mars 2026"). A user's text put
    into a sentence is read on its own (an isolate), the way HTML's <bdi> reads it."""
    from app import conferences
    from app.minutes.themes import build_theme_report

    store, conference_id = demo_store
    prepare.edit_conference(store, conference_id, title="Mångfald och integration — التنوع والاندماج")
    path = tmp_path / "teman.pdf"
    build_theme_report(store, conferences.conference(store, conference_id).process_id, path, "sv")

    drawn = _drawn_lines(path)
    diversity = "\ufe9d\ufe8e\ufee3\ufeaa\ufee7\ufefb\ufe8d\ufeed \ufec9\ufeee\ufee8\ufe98\ufedf\ufe8d"
    listed = [line for line in drawn if diversity in line and "(" in line]
    assert any(
        line.endswith(f"Mångfald och integration — {diversity} (12 mars 2026, Folkets hus, Exempelstad)")
        for line in listed
    ), listed
    assert not any("\u2068" in line or "\u2069" in line or "\ufffd" in line for line in drawn)
    read = " ".join(element.text for element in reading_order(path))
    assert "Mångfald och integration — التنوع والاندماج (12 mars 2026, Folkets hus, Exempelstad)" in read
    assert check_all(path) == []


def test_a_sentence_reads_a_name_in_it_on_its_own():
    """The documents' sentences (i18n.Strings) hold what users typed isolated: "{name} – {count}
    anteckningar" with an Arabic name drew "3 – أحمد anteckningar" (the count taken into the name's
    right-to-left run)."""
    from app.minutes.i18n import Strings
    from app.minutes.rtl import visual

    s = Strings("sv")
    assert visual(s("contributor_many", name="أحمد", count=3)) == "دمحأ – 3 anteckningar"
    assert s("contributor_many", name="Karin", count=3) == "Karin – 3 anteckningar"  # no marks


def test_the_charts_theme_names_are_joined_and_read_right_to_left(demo_store, tmp_path):
    """The conference minutes' chart draws its legend with reportlab graphics Strings, which draw the
    characters as they come: a theme named in Arabic printed back to front, its letters unjoined."""
    from app import conferences
    from app.minutes.conference import build_conference_minutes

    store, conference_id = demo_store
    process_id = conferences.conference(store, conference_id).process_id
    youth = next(t for t in conferences.themes(store, process_id) if t.name == "Unga")
    prepare.rename_theme(store, youth.id, "الشباب والمستقبل")  # youth and the future
    path = tmp_path / "konferens.pdf"
    build_conference_minutes(store, conference_id, path, "sv")

    drawn = _drawn_lines(path)
    assert not any("الشباب" in line for line in drawn), "unjoined letters drawn"
    seen = "\ufede\ufe92\ufed8\ufe98\ufeb4\ufee4\ufedf\ufe8d\ufeed \ufe8f\ufe8e\ufe92\ufeb8\ufedf\ufe8d"
    legend = [line for line in drawn if "Självbild & stolthet" in line]  # the legend's row of two names
    assert legend and legend[0].startswith(seen), legend


def test_a_plain_text_extraction_reads_arabic_as_typed(demo_store, tmp_path):
    """pdftotext (poppler: also Evince's and Okular's copy and search) spread an inline ActualText left to
    right over the drawn line and then reversed its Arabic as if it were drawn: "يح لك يف بابش زكرم".
    The ActualText is now a property list named in the page's resources, which the tags read the same
    (the screen reader's order is checked above) and poppler leaves for the glyphs it reorders itself."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:  # poppler-utils: `make system-deps`
        pytest.skip("pdftotext not installed (make system-deps)")
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, "مركز شباب في كل حي")
    notes.add_note(store, conference_id, 4, 1, SWEDISH)
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")

    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # Its letters come in their drawn (joined) forms, and its own direction marks around the Arabic
    extracted = run.stdout
    text = " ".join(re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", extracted)).split())
    assert "مركز شباب في كل حي" in text, text
    assert re.search("Ungdomarna vill ha ett ?مركز شباب ?i Västerby", text), text  # (poppler moves a space)
    read = " ".join(element.text for element in reading_order(path))
    assert "مركز شباب في كل حي" in read and SWEDISH in read
    assert check_all(path) == []


def _drawn_at(path) -> list[tuple[float, float, float, str]]:
    """Each drawn line as pdfminer groups it: where it starts and ends (x), its height (y), its text."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    found = []
    for page in extract_pages(str(path)):
        for box in page:
            if isinstance(box, LTTextContainer):
                for line in box:
                    chars = [c for c in line if isinstance(c, LTChar)]
                    if chars:
                        found.append((chars[0].x0, chars[-1].x1, round(chars[0].y0), line.get_text().strip()))
    return found


def test_a_right_to_left_item_has_its_number_at_the_right(demo_store, tmp_path):
    """The number of an Arabic or Hebrew note stood at the left, its text at the right: now the number is
    where the note begins, at the right edge, and reads "1." from the right: drawn ".1", its period
    between the number and the text (it was drawn "1.", read ".1"). A Swedish note keeps "2." at the
    left. The tags and pdftotext read the label as typed, "1.", before the text."""
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, "نريد مركز شباب")
    notes.add_note(store, conference_id, 4, 1, "Ungdomarna vill ha fler bussar")
    notes.add_note(store, conference_id, 4, 1, "אנחנו רוצים אוטובוס לילה")  # we want a night bus
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")
    drawn = _drawn_at(path)
    [arabic] = [d for d in drawn if d[3].endswith("\ufeaa\ufef3\ufeae\ufee7")]  # "نريد" as drawn
    [number] = [d for d in drawn if d[2] == arabic[2] and d[3] == ".1"]
    assert number[0] > arabic[1], (number, arabic)
    [hebrew] = [d for d in drawn if d[3].endswith("אנחנו"[::-1])]
    [number3] = [d for d in drawn if d[2] == hebrew[2] and d[3] == ".3"]
    assert number3[0] > hebrew[1] and abs(number3[1] - number[1]) < 0.5, "both end at the right edge"
    [swedish] = [d for d in drawn if d[3].endswith("Ungdomarna vill ha fler bussar")]
    assert swedish[3].startswith("2. "), swedish
    assert number[1] <= 595.3 - swedish[0] + 0.5, "within the frame (the margins are even)"
    read = " ".join(element.text for element in reading_order(path))
    assert "1. نريد مركز شباب" in read, "the number is still the item's label, read before its text"
    assert "3. אנחנו רוצים אוטובוס לילה" in read
    assert check_all(path) == []


def test_a_plain_text_extraction_reads_a_right_to_left_items_number_as_typed(demo_store, tmp_path):
    """pdftotext reads the number drawn ".1" as "1." (the label's ActualText, inline: poppler takes it
    there and reverses nothing in it, as it has no right-to-left letter)."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:  # poppler-utils: `make system-deps`
        pytest.skip("pdftotext not installed (make system-deps)")
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 1, "אנחנו רוצים אוטובוס לילה")
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    [line] = [line for line in run.stdout.splitlines() if "אוטובוס" in line]
    assert re.search(r"לילה\W*\s+1\.$", line), line
    assert ".1" not in line, line


def test_hebrew_in_a_plain_table_cell_is_drawn_in_the_order_it_is_read(demo_store, tmp_path):
    """Arabic in a table cell was shaped, so its cell became a paragraph drawn in the order seen; a
    Hebrew proposal short enough for a plain cell was drawn in the order typed: back to front."""
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, "אוטובוס לילה", kind="proposal", votes=3)  # a night bus
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")
    drawn = _drawn_lines(path)
    seen = "אוטובוס לילה"[::-1]  # no letters joined: the line drawn right to left
    assert not [line for line in drawn if "אוטובוס" in line], drawn
    assert f"1{seen}32" in drawn, drawn  # the ranked proposals' row: place, proposal, table, votes


def test_the_vote_count_after_a_note_ending_in_hebrew_reads_in_order(demo_store, tmp_path):
    """A proposal ending in Hebrew took the count after it into its right-to-left run, its brackets
    split: "Förslag: 3) הליל סובוטוא röster)". The note's text is read on its own, then the count."""
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 4, 2, "Vi vill ha en אוטובוס לילה", kind="proposal", votes=3)
    path = tmp_path / "bord-4.pdf"
    build_table_minutes(store, conference_id, 4, path, "sv")
    drawn = _drawn_lines(path)
    seen = "אוטובוס לילה"[::-1]
    assert any(f"Förslag: Vi vill ha en {seen} (3 röster)" in line for line in drawn), drawn
    assert not [line for line in drawn if "3) " in line], drawn
    read = " ".join(element.text for element in reading_order(path))
    assert "Förslag: Vi vill ha en אוטובוס לילה (3 röster)" in read
    assert check_all(path) == []


def test_a_folded_line_of_the_public_report_keeps_its_table_count_after_it():
    """The public report's "(sagt vid 3 bord)" after a note in Arabic made the line right to left, the
    count drawn at its left end. The note is now read on its own and the count follows it, as the same
    folded line in the conference minutes already did."""
    from app.minutes.i18n import Strings
    from app.minutes.public_model import SaidItem
    from app.minutes.rtl import visual

    s = Strings("sv")
    line = SaidItem("note", "", "نريد مركز شباب", tables=3).line(s)
    said = s.count("said_at", 3)
    assert visual(line).endswith(f" ({said})"), visual(line)


def test_a_line_of_a_right_to_left_paragraph_without_its_letters_is_still_right_to_left():
    """An Arabic note broken so that its last line holds only Latin and digits ("bussar 2026."): the line
    is part of a right-to-left paragraph, so its closing period stands at its left end, where the
    sentence ends for a reader from the right. It was drawn as typed, the period at the right."""
    from app.minutes.rtl import lines_seen

    seen, typed, base = lines_seen([(0, ["نريد", "مركز"]), (0, ["bussar", "2026."])], 0)
    assert base == "R" and typed == "نريد مركز bussar 2026."
    assert seen[1] == (0, [".bussar", "2026"]), seen


def test_hebrew_in_the_chart_is_drawn_as_the_body_draws_it(demo_store, tmp_path):
    """The chart's legend (reportlab graphics Strings) draws a Hebrew theme name as the table of counts
    under it does: right to left, its brackets mirrored, its numbers left to right."""
    from app import conferences
    from app.minutes.conference import build_conference_minutes

    store, conference_id = demo_store
    process_id = conferences.conference(store, conference_id).process_id
    youth = next(t for t in conferences.themes(store, process_id) if t.name == "Unga")
    prepare.rename_theme(store, youth.id, "נוער (15–25)")  # youth (15 to 25)
    notes.add_note(store, conference_id, 4, 1, "Ungdomarna vill ha fler bussar")  # a table of counts
    path = tmp_path / "konferens.pdf"
    build_conference_minutes(store, conference_id, path, "sv")

    drawn = _drawn_lines(path)
    seen = "(25–15) רעונ"
    assert not any("נוער" in line for line in drawn), "drawn in the order typed"
    legend = [line for line in drawn if seen in line and f"{seen}0" not in line]  # a row of two names
    assert legend and legend[0].startswith(seen), legend
    assert any(f"{seen}0" in line for line in drawn), "the table of counts draws it the same"
