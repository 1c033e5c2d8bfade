"""Preparing a conference by hand: services and their CLI twins."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app import conferences, notes, prepare
from app.cli import main as cli
from app.errors import UserError


@pytest.fixture
def process_id(store) -> str:
    return prepare.create_process(store, "Tillväxtprogram 2026", "Region Exempellän")


@pytest.fixture
def conference_id(store, process_id) -> str:
    cid = prepare.create_conference(
        store, process_id, "Vårkonferensen", date="2026-03-12", venue="Folkets hus"
    )
    for text in ("Vad kan du göra?", "Vad behövs?", "Vem tar första steget?"):
        prepare.add_question(store, cid, text)
    for number, chair in ((1, "Anna"), (2, "Erik")):
        prepare.add_table(store, cid, number, name=f"Bord {number}", chair_name=chair)
    return cid


def test_process_and_themes(store, process_id):
    assert prepare.process(store, process_id).organisation == "Region Exempellän"
    with pytest.raises(UserError, match="already exists"):
        prepare.create_process(store, "Tillväxtprogram 2026")
    with pytest.raises(UserError, match="empty"):
        prepare.create_process(store, "  ")
    unga = prepare.add_theme(store, process_id, "Unga")
    prepare.add_theme(store, process_id, "Jämställdhet")
    with pytest.raises(UserError, match="already has a theme"):
        prepare.add_theme(store, process_id, "UNGA")
    prepare.rename_theme(store, unga, "Unga vuxna")
    assert [t.name for t in conferences.themes(store, process_id)] == ["Unga vuxna", "Jämställdhet"]
    prepare.edit_process(store, process_id, name="Tillväxtprogram 2026–2029")
    assert conferences.find_process(store, "Tillväxtprogram 2026–2029").id == process_id


def test_conference_facts_are_checked(store, process_id, conference_id):
    c = conferences.conference(store, conference_id)
    assert (c.title, c.date, c.venue, c.round_minutes) == ("Vårkonferensen", "2026-03-12", "Folkets hus", 20)
    prepare.edit_conference(store, conference_id, venue="Stadshuset", round_minutes=25)
    assert conferences.conference(store, conference_id).venue == "Stadshuset"
    for bad, message in (
        ({"date": "12/3 2026"}, "YYYY-MM-DD"),
        ({"round_minutes": 0}, "1 to 240"),
        ({"title": ""}, "empty"),
    ):
        with pytest.raises(UserError, match=message):
            prepare.edit_conference(store, conference_id, **bad)
    assert conferences.conference(store, conference_id).date == "2026-03-12"  # nothing half-written


def test_questions_insert_move_delete_keep_numbers_dense(store, conference_id):
    texts = lambda: [q.text for q in conferences.questions(store, conference_id)]  # noqa: E731
    numbers = lambda: [q.position for q in conferences.questions(store, conference_id)]  # noqa: E731
    prepare.add_question(store, conference_id, "Först?", position=1, round_minutes=10)
    assert texts() == ["Först?", "Vad kan du göra?", "Vad behövs?", "Vem tar första steget?"]
    assert conferences.questions(store, conference_id)[0].round_minutes == 10
    last = conferences.questions(store, conference_id)[-1]
    prepare.move_question(store, last.id, 2)
    assert texts() == ["Först?", "Vem tar första steget?", "Vad kan du göra?", "Vad behövs?"]
    prepare.delete_question(store, last.id)
    assert numbers() == [1, 2, 3]
    prepare.restore_question(store, last.id, 2)
    assert texts()[1] == "Vem tar första steget?" and numbers() == [1, 2, 3, 4]
    notes.add_note(store, conference_id, 1, 1, "Något sagt")
    with pytest.raises(UserError, match=r"already has notes \(1\)"):
        prepare.delete_question(store, conferences.questions(store, conference_id)[0].id)


def test_tables_numbers_are_unique_and_stable_once_used(store, conference_id):
    third = prepare.add_table(store, conference_id, chair_name="Fatima")
    assert prepare.table_by_id(store, third).number == 3
    with pytest.raises(UserError, match="table 2 already exists"):
        prepare.edit_table(store, third, number=2)
    prepare.edit_table(store, third, number=7, chair_name="Fatima Hassan")
    assert conferences.table(store, conference_id, 7).chair_name == "Fatima Hassan"
    notes.add_note(store, conference_id, 1, 1, "Vi behöver fler mötesplatser")
    one = conferences.table(store, conference_id, 1)
    with pytest.raises(UserError, match="cannot change"):
        prepare.edit_table(store, one.id, number=9)
    with pytest.raises(UserError, match="cannot be deleted"):
        prepare.delete_table(store, one.id)
    prepare.delete_table(store, third)
    assert [t.number for t in conferences.tables(store, conference_id)] == [1, 2]
    prepare.restore_table(store, third)
    assert [t.number for t in conferences.tables(store, conference_id)] == [1, 2, 7]


def test_conference_toml_round_trips(store, tmp_path: Path, process_id, conference_id):
    prepare.add_theme(store, process_id, 'Citat "och" \\ snedstreck')
    prepare.edit_question(store, conferences.questions(store, conference_id)[0].id, text="Två\nrader?")
    path = tmp_path / "konferens.toml"
    path.write_text(prepare.conference_toml(store, conference_id), encoding="utf-8")
    description = conferences.read_conference_file(path)
    assert description.themes == ['Citat "och" \\ snedstreck']
    assert description.questions[0]["text"] == "Två\nrader?"
    assert description.conference["date"] == "2026-03-12"
    assert [(t["number"], t["chair"]) for t in description.tables] == [(1, "Anna"), (2, "Erik")]


def test_cli_twins(tmp_path: Path, capsys):
    ws = ["--workspace", str(tmp_path / "ws")]

    def run(*args: str) -> str:
        assert cli([*ws, *args]) == 0, capsys.readouterr().err
        return capsys.readouterr().out.strip()

    run("init", "--role", "secretariat")
    run("process", "create", "Processen", "--organisation", "Regionen")
    cid = run("conference", "new", "--process", "Processen", "--title", "Höst", "--date", "2026-10-01")
    run("question", "add", "--conference", cid, "Vad nu?")
    run("question", "add", "--conference", cid, "Vad sen?", "--minutes", "15")
    run("question", "move", "--conference", cid, "2", "1")
    run("question", "edit", "--conference", cid, "2", "--text", "Vad nu då?")
    listed = run("question", "list", "--conference", cid).splitlines()
    assert [re.sub(r", rev [0-9a-f]{8}\)$", ")", line) for line in listed] == [
        "1. Vad sen?  (15 min)",
        "2. Vad nu då?  (20 min)",
    ]
    assert run("table", "add", "--conference", cid, "--chair", "Åsa") == "1"
    run("table", "edit", "--conference", cid, "1", "--number", "5", "--name", "Bord fem")
    assert "Bord fem  Åsa" in run("table", "list", "--conference", cid)
    run("theme", "add", "--conference", cid, "Unga")
    run("theme", "rename", "--process", "Processen", "unga", "Unga vuxna")
    assert re.fullmatch(r"Unga vuxna  \(rev [0-9a-f]{8}\)", run("theme", "list", "--conference", cid))
    run("conference", "edit", cid, "--venue", "Stadshuset")
    run("conference", "save", cid, "-o", str(tmp_path / "ut.toml"))
    assert 'venue = "Stadshuset"' in (tmp_path / "ut.toml").read_text(encoding="utf-8")

    assert cli([*ws, "conference", "edit", cid, "--date", "i morgon"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert cli([*ws, "table", "delete", "--conference", cid, "9"]) == 2
    assert "no table 9" in capsys.readouterr().err
    assert cli([*ws, "conference", "edit", cid]) == 2
    assert "nothing to change" in capsys.readouterr().err
