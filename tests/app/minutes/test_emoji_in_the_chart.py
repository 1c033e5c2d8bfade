"""An emoji in a theme name printed as "�" in the conference minutes' chart legend (a reportlab Legend
draws a name in DejaVu Sans alone), while the notes and the tables on the same page set it in the
fallback font. The legend now draws a name as the contents and the running headers draw a title."""

from __future__ import annotations

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer
from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from app import conferences, notes, prepare
from app.minutes.chart import notes_chart
from app.minutes.conference import build_conference_minutes
from app.minutes.fonts import FALLBACK, REGULAR, drawn_by_fallback


def test_the_chart_legend_prints_an_emoji_in_a_theme_name(demo_store, tmp_path):
    store, conference_id = demo_store
    process_id = conferences.conference(store, conference_id).process_id
    themes = conferences.themes(store, process_id)
    family = "Familj 👨\u200d👩\u200d👧 och skola 👍🏽"  # the joiners and the skin tone print nothing
    named = {
        themes[0].id: "Psykisk ohälsa bland unga vuxna 🧠",
        themes[1].id: "🚲 Cykelvägar",
        themes[2].id: family,
    }
    for theme_id, name in named.items():
        prepare.rename_theme(store, theme_id, name)
    notes.add_note(store, conference_id, 4, 1, "Fler cykelbanor")  # a table of counts under the chart
    path = tmp_path / "konferens.pdf"
    build_conference_minutes(store, conference_id, path, "sv")

    # Read back as laid out (pdfminer): a legend row's runs in its two fonts make one line
    pages = [
        [
            line.strip()
            for box in page
            if isinstance(box, LTTextContainer)
            for line in box.get_text().splitlines()
        ]
        for page in extract_pages(path)
    ]
    overview = next(lines for lines in pages if "Anteckningar per tema och fråga" in lines)
    # The legend: under the chart's last label ("Fråga 3"), over the table of counts (whose theme names
    # print their emoji already)
    legend = overview[overview.index("Fråga 3") + 1 : overview.index("Antal anteckningar per tema och bord")]
    for expected in ("Psykisk ohälsa bland unga vuxna 🧠", "🚲 Cykelvägar", "Familj 👨👩👧 och skola 👍"):
        assert expected in legend, legend
    assert "\ufffd" not in "".join(overview), overview


def test_a_long_theme_name_with_emoji_is_cut_to_its_column_as_drawn():
    long_name = "Cyklar i hela kommunen " + "🚲" * 30
    width = 480
    drawing = notes_chart("Anteckningar", ["Fråga 1"], [(long_name, [3]), ("Skola", [1])], width)
    legend = drawing.contents[-1]
    assert isinstance(legend, Group)
    drawn = [item for item in legend.contents if isinstance(item, String)]
    row = [item for item in drawn if item.y == drawn[0].y and item.x < 30 + (width - 40) / 2]
    assert [item.fontName for item in row] == [REGULAR, FALLBACK, REGULAR], [item.text for item in row]
    assert row[1].text and all(ord(sign) in drawn_by_fallback() for sign in row[1].text)
    assert row[-1].text == "…"
    room = (width - 40) / 2 - 24
    assert row[-1].x + stringWidth("…", REGULAR, 8) - row[0].x <= room
    assert "Skola" in [item.text for item in drawn]
