"""A conference description saved after the day is next year's starting point: `conference save` gave the
tables' reported participant counts (`participants = 9`), so the conference loaded from it started with
last year's counts and its minutes summed participants no chair had given. The description is the plan;
the counts are what each chair reports, so neither the saved file nor `conference example` carries any."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app import conferences
from app.cli import main as cli
from app.demo import demo_description, example_text
from app.workspace import Workspace


def test_a_saved_conference_loaded_as_next_years_starts_with_no_counts(tmp_path: Path, capsys):
    ws = ["--workspace", str(tmp_path / "kansli")]

    def run(*args: str) -> str:
        assert cli([*ws, *args]) == 0, capsys.readouterr().err
        return capsys.readouterr().out.strip()

    run("init", "--role", "secretariat")
    run("conference", "example", "-o", str(tmp_path / "konferens.toml"))
    held = run("conference", "create", str(tmp_path / "konferens.toml"))
    run("table", "facts", "--conference", held, "7", "--participants", "9")  # the chair's count on the day
    saved = tmp_path / "sparad.toml"
    run("conference", "save", held, "-o", str(saved))
    text = saved.read_text(encoding="utf-8")
    assert "participants" not in text, text
    assert 'chair = "' in text  # the tables and their chairs are kept

    saved.write_text(text.replace("våren 2026", "våren 2027").replace("2026-03-12", "2027-03-11"), "utf-8")
    following = run("conference", "create", str(saved))
    assert following != held
    workspace = Workspace(tmp_path / "kansli")
    try:
        store = workspace.store
        this_year = {t.number: t.participants for t in conferences.tables(store, held)}
        next_year = conferences.tables(store, following)
        assert this_year[7] == 9  # the conference held keeps what its table reported
        assert len(next_year) == len(this_year) and all(t.chair_name for t in next_year)
        assert [t.participants for t in next_year] == [0] * len(next_year)
    finally:
        workspace.close()


def test_the_example_to_edit_gives_no_counts_though_the_demo_does():
    example = tomllib.loads(example_text())
    assert example["tables"] and all("participants" not in t for t in example["tables"])
    assert all(t.get("participants") for t in demo_description().tables)  # the demo is a conference held
