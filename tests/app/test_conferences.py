from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences
from app.demo import demo_description
from app.errors import UserError
from app.store import Store

MINIMAL = """
[process]
name = "Programmet"
themes = ["Unga", "Jämställdhet"]

[conference]
title = "Höstens samtal"
date = 2026-10-01
venue = "Stadshuset"

[[questions]]
text = "Vad kan du göra?"

[[tables]]
number = 1
chair = "Åsa Öberg"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "konferens.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_demo_is_a_forty_table_county_conference(demo_store) -> None:
    store, conference_id = demo_store
    c = conferences.conference(store, conference_id)
    assert c.title == "Rundabordssamtal våren 2026" and c.date == "2026-03-12"
    names = [t.name for t in conferences.themes(store, c.process_id)]
    assert names == ["Mångfald & integration", "Unga", "Jämställdhet", "Självbild & stolthet"]
    assert len(conferences.tables(store, conference_id)) == 40
    assert sum(t.participants for t in conferences.tables(store, conference_id)) >= 350
    assert conferences.questions(store, conference_id)[0].text.startswith("Vad kan du och din verksamhet")


def test_a_second_conference_joins_the_process_and_its_themes(store: Store, tmp_path: Path) -> None:
    first = conferences.create_conference(store, conferences.read_conference_file(write(tmp_path, MINIMAL)))
    second_text = MINIMAL.replace("Höstens samtal", "Vårens samtal").replace(
        '"Jämställdhet"]', '"Jämställdhet", "Nytt"]'
    )
    second = conferences.create_conference(
        store, conferences.read_conference_file(write(tmp_path, second_text))
    )
    a, b = conferences.conference(store, first), conferences.conference(store, second)
    assert a.process_id == b.process_id
    assert [t.name for t in conferences.themes(store, a.process_id)] == ["Unga", "Jämställdhet", "Nytt"]
    assert conferences.questions(store, second)[0].round_minutes == 20


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[process\nname = 1", "malformed TOML.*line 1"),
        (MINIMAL.replace('title = "Höstens samtal"', ""), "title"),
        (MINIMAL.replace("number = 1", 'number = "ett"'), "number"),
        (MINIMAL + "\n[[tables]]\nnumber = 1\n", "used twice"),
        (MINIMAL.split("[[questions]]")[0] + "[[tables]]\nnumber = 1\n", "questions"),
    ],
)
def test_a_bad_description_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        conferences.read_conference_file(write(tmp_path, text))


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        conferences.read_conference_file(tmp_path / "finns-inte.toml")


def test_conference_ids_may_be_abbreviated(demo_store) -> None:
    store, conference_id = demo_store
    assert conferences.conference(store, conference_id[:8]).id == conference_id


def test_table_facts_are_the_chairs_to_set(demo_store) -> None:
    store, conference_id = demo_store
    conferences.set_table_facts(store, conference_id, 7, participants=11, bands={"16-29": 3, "kvinnor": 6})
    table = conferences.table(store, conference_id, 7)
    assert table.participants == 11 and table.bands == {"16-29": 3, "kvinnor": 6}
    with pytest.raises(UserError):
        conferences.set_table_facts(store, conference_id, 7, participants=-1)


def test_demo_description_parses_without_a_workspace() -> None:
    assert len(demo_description().tables) == 40
