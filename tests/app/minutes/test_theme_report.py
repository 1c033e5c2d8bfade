"""The theme report across a process: guiding words and what needs to be done, with their origins."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app import conferences, notes
from app.conferences import parse_conference
from app.errors import UserError
from app.minutes.themes import build_theme_report

from .conftest import body_text, normal, qpdf_check


@pytest.fixture(scope="module")
def process(world):
    """A second conference of the same process, where a table repeats a guiding word of the first."""
    store = world.workspace.store
    first = conferences.conference(store, world.conference_id)
    autumn = conferences.create_conference(
        store,
        parse_conference(
            {
                "process": {"name": "Länets tillväxtprogram 2026–2029"},
                "conference": {"title": "Höstens rundabord", "date": "2026-10-01", "venue": "Tingshuset"},
                "questions": [{"text": "Vad har hänt sedan i våras?"}],
                "tables": [{"number": 4, "chair": "Johan Öberg"}],
            }
        ),
    )
    notes.add_note(store, autumn, 4, 1, "Rad ett\nrad två på egen rad", kind="guiding-word", themes=["Unga"])
    notes.add_note(store, autumn, 4, 1, "Mod & tillit", kind="guiding-word", themes=["Jämställdhet"])
    return first.process_id, autumn


def test_every_theme_with_items_and_where_they_came_from(world, process, tmp_path):
    process_id, _autumn = process
    path = tmp_path / "teman.pdf"
    build_theme_report(world.workspace.store, process_id, path, "sv")
    qpdf_check(path)
    body = body_text(path, "Länets tillväxtprogram 2026–2029")
    assert "Temarapport" in body
    assert "Rundabordssamtal våren 2026 (12 mars 2026, Folkets hus, Exempelstad)" in body
    unga = body[body.index("Unga") :]
    # Said in spring at table 1 and in autumn at table 4: one item, both origins, oldest first.
    assert (
        "Rad ett rad två på egen rad Rundabordssamtal våren 2026 (12 mars 2026): bord 1; "
        "Höstens rundabord (1 oktober 2026): bord 4" in unga
    )
    assert "Vad behöver göras (1) • Kartlägg lediga lokaler" in normal(unga)
    assert "Mod & tillit Höstens rundabord (1 oktober 2026): bord 4" in body
    reader = PdfReader(str(path))
    assert reader.metadata.title == "Temarapport"
    assert [o.title for o in reader.outline if not isinstance(o, list)][:4] == [
        "Mångfald & integration",
        "Unga",
        "Jämställdhet",
        "Självbild & stolthet",
    ]


def test_one_theme_by_name_and_an_unknown_one(world, process, tmp_path):
    process_id, _autumn = process
    path = tmp_path / "unga.pdf"
    build_theme_report(world.workspace.store, process_id, path, "en", theme="unga")
    body = normal(" ".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert "Theme report: Unga" in body and "Guiding words (1)" in body
    assert "Mod & tillit" not in body
    with pytest.raises(UserError, match="unknown theme 'Ungdom'"):
        build_theme_report(world.workspace.store, process_id, tmp_path / "x.pdf", "sv", theme="Ungdom")
    assert not (tmp_path / "x.pdf").exists()


def test_origins_name_table_or_tables_as_the_language_wants():
    from app.minutes.i18n import Strings
    from app.minutes.themes import Origin, origins_text

    spring = (Origin("2026-03-12", "Våren", 3), Origin("2026-03-12", "Våren", 7))
    autumn = (Origin("2026-10-08", "Hösten", 1),)
    assert origins_text(spring + autumn, Strings("en")) == (
        "Våren (12 March 2026): tables 3, 7; Hösten (8 October 2026): table 1"
    )
    assert origins_text(spring + autumn, Strings("sv")) == (
        "Våren (12 mars 2026): bord 3, 7; Hösten (8 oktober 2026): bord 1"
    )


def test_a_theme_with_nothing_yet_says_so_once(tmp_path):
    from app.demo import ensure_demo
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    cid = ensure_demo(workspace.store)
    notes.add_note(workspace.store, cid, 1, 1, "Mod", kind="guiding-word", themes=["Unga"])
    process_id = workspace.store.get("conference", cid)["process_id"]
    path = tmp_path / "teman.pdf"
    build_theme_report(workspace.store, process_id, path, "sv")
    body = body_text(path, "Länets tillväxtprogram 2026–2029")
    unga = body[body.index("Unga") :]
    assert "Ledord (1)" in unga and "Vad behöver göras (0)" in unga  # a theme with items keeps both lists
    silent = "Inga ledord, inget som behöver göras och inga förslag ännu."
    assert body.count(silent) == 3  # the three silent themes
    assert "Ledord (0)" not in body
    workspace.close()


def test_each_theme_lists_its_proposals_with_their_status(tmp_path):
    from app import conferences, notes
    from app.demo import ensure_demo
    from app.minutes.themes import build_theme_report
    from app.proposals.catalogue import set_status
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    store = workspace.store
    cid = ensure_demo(store)
    chosen = notes.add_note(
        store, cid, 1, 3, "Läxhjälp på biblioteket", kind="proposal", votes=6, themes=["Unga"]
    )
    notes.add_note(
        store, cid, 2, 3, "Kvinnojour i varje kommun", kind="proposal", votes=2, themes=["Jämställdhet"]
    )
    set_status(store, chosen, "selected", decision="Rådet driver det")
    path = tmp_path / "themes.pdf"
    build_theme_report(store, conferences.conference(store, cid).process_id, path, "sv")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    unga = text[text.index("Unga") : text.index("Jämställdhet")]
    assert "Förslag (1)" in unga and "Läxhjälp på biblioteket — Valt av tillväxtrådet · 6 röster" in unga
    assert "Kvinnojour i varje kommun — Nytt · 2 röster" in text[text.index("Jämställdhet") :]
    workspace.close()
