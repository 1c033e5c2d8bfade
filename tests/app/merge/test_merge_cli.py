"""`rundabord status` and `rundabord conflict list|resolve` as a person reads them, and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes
from app.cli import main
from app.merge import merge_records
from app.typed_ids import short_id
from app.workspace import Workspace


def run(capsys, workspace: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path: Path, capsys):
    """The secretariat has notes from tables 3 and 5; its correction of one collided with the chair's."""
    kansli = tmp_path / "kansli"
    _, out, _ = run(capsys, kansli, "demo", "--role", "secretariat")
    conference = out.strip()
    k, chair = Workspace(kansli), Workspace.create(tmp_path / "chair")
    with chair.store.transaction():
        pack = ("process", "theme", "conference", "question", "table")
        merge_records(chair.store, [r for t in pack for r in k.store.dump(t)])
    bus = notes.add_note(chair.store, conference, 3, 1, "Fler bussar till industriområdet")
    notes.add_note(chair.store, conference, 3, 2, "Språkcafé på biblioteket", kind="proposal", votes=3)
    notes.add_note(chair.store, conference, 5, 1, "Mentorskap för unga företagare")
    with k.store.transaction():
        merge_records(k.store, list(chair.store.dump("note")))
    notes.edit_note(k.store, bus, text="Fler bussar till industriområdet (rättad)")
    notes.edit_note(chair.store, bus, text="Fler bussar till industriområdet, även kvällstid")
    with k.store.transaction():
        merge_records(k.store, list(chair.store.dump("note")))
    k.close()
    chair.close()
    return kansli, conference, bus


def test_status_names_the_tables_still_missing(office, capsys):
    kansli, conference, _ = office
    code, out, _ = run(capsys, kansli, "status", "--conference", conference[:8])
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Rundabordssamtal våren 2026: 2 of 40 tables have reported"
    assert lines[1].startswith("  not yet: 1, 2, 4, 6, 7,") and lines[1].endswith(", 40")
    assert "  table 3 (Bord 3): 1 note, 1 proposal; by question: q1: 1, q2: 1; nothing on q3" in lines
    assert "  table 5 (Bord 5): 1 note, 0 proposals; by question: q1: 1; nothing on q2, q3" in lines
    assert "  table 4 (Bord 4): not reported" in lines


def test_notes_typed_in_at_the_secretariat_are_the_tables_report(office, capsys):
    """A table without a laptop reports through the secretariat (its paper typed in): app.roster's one
    definition counts every live note of the table, as the minutes always did."""
    kansli, conference, _ = office
    k = Workspace(kansli)
    notes.add_note(k.store, conference, 9, 1, "Inskrivet av kansliet")
    k.close()
    code, out, _ = run(capsys, kansli, "status", "--conference", conference, "--json")
    nine = [json.loads(line) for line in out.splitlines()][8]
    assert code == 0 and nine["table"] == 9 and nine["reported"] and nine["notes"] == 1


def test_conflict_list_shows_both_values_and_resolve_settles_it(office, capsys):
    kansli, _, bus = office
    code, out, _ = run(capsys, kansli, "conflict", "list")
    conflict_id = out.split()[0]
    lines = out.splitlines()
    assert code == 0 and f"table 3 note {short_id(bus)} text" in lines[0]
    shown = {lines[1].removeprefix("    ours:   "), lines[3].removeprefix("    theirs: ")}
    assert shown == {
        "Fler bussar till industriområdet, även kvällstid",
        "Fler bussar till industriområdet (rättad)",
    }
    # Each side says who wrote it and when (the chair's records came without a bundle here).
    by = {lines[2].strip(), lines[4].strip()}
    assert {line.split(",")[0] for line in by} == {"by the secretariat", "by an unknown laptop"}
    assert all(", edited 20" in line for line in by)
    theirs = lines[3].removeprefix("    theirs: ")
    code, out, _ = run(capsys, kansli, "conflict", "resolve", conflict_id[:6], "--keep", "theirs")
    assert code == 0 and out.startswith(
        f"resolved {conflict_id[:6]}: kept theirs (to undo: rundabord conflict reopen "
    )
    k = Workspace(kansli)
    assert k.store.get("note", bus)["text"] == theirs
    k.close()
    assert run(capsys, kansli, "conflict", "list")[1].strip() == "no open conflicts"
    assert run(capsys, kansli, "conflict", "list", "--json")[1] == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("conflict", "resolve", "zzzz", "--keep", "ours"), "rundabord: error: no open conflict zzzz"),
        (("status", "--conference", "nope"), "rundabord: error: no conference with id nope"),
        (("conflict", "list", "--conference", "nope"), "rundabord: error: no conference with id nope"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(office, capsys, args, message):
    kansli, _, _ = office
    code, out, err = run(capsys, kansli, *args)
    assert code == 2 and out == "" and err.startswith(message) and err.count("\n") == 1


def test_an_edited_text_for_a_number_is_refused(office, capsys):
    kansli, _, bus = office
    k = Workspace(kansli)
    [vote_note] = [
        n.id for n in notes.list_notes(k.store, k.store.get("note", bus)["conference_id"]) if n.votes
    ]
    chair_votes = list(k.store.dump("note", "id = ?", (vote_note,)))
    notes.edit_note(k.store, vote_note, votes=5)
    with k.store.transaction():  # the chair's concurrent count arrives
        changed = {**chair_votes[0], "rev": "009999999999999-000000"}
        changed["fields"] = {**changed["fields"], "votes": 4}
        changed["stamps"] = {**changed["stamps"], "votes": ["009999999999999-000000", "0" * 16]}
        merge_records(k.store, [changed])
    k.close()
    code, out, _ = run(capsys, kansli, "conflict", "list", "--json")
    [votes] = [json.loads(line) for line in out.splitlines() if json.loads(line)["field"] == "votes"]
    code, out, err = run(capsys, kansli, "conflict", "resolve", votes["id"], "--text", "7")
    assert code == 2 and "not text" in err


@pytest.mark.parametrize("choice", ["theirs", "ours"])
def test_a_settled_conflict_can_be_reopened_and_settled_again(office, capsys, choice):
    kansli, _, bus = office
    code, out, _ = run(capsys, kansli, "conflict", "list", "--json")
    [before] = [json.loads(line) for line in out.splitlines()]
    run(capsys, kansli, "conflict", "resolve", before["id"], "--keep", choice)
    code, out, _ = run(capsys, kansli, "conflict", "list", "--settled")
    resolution = out.split()[0]
    assert code == 0 and f"text: kept {choice}, settled " in out.splitlines()[0] and "    set aside: " in out
    code, out, _ = run(capsys, kansli, "conflict", "reopen", resolution[:8])
    assert code == 0 and out.strip() == f"reopened {resolution[:8]}: 1 value open for review again"
    code, out, _ = run(capsys, kansli, "conflict", "list", "--json")
    [again] = [json.loads(line) for line in out.splitlines()]
    assert {again["ours"], again["theirs"]} == {before["ours"], before["theirs"]}
    assert run(capsys, kansli, "conflict", "list", "--settled")[1].strip() == "no resolved conflicts"
    code, out, _ = run(
        capsys, kansli, "conflict", "resolve", again["id"], "--text", "Fler bussar, även kvällstid"
    )
    assert code == 0
    k = Workspace(kansli)
    assert k.store.get("note", bus)["text"] == "Fler bussar, även kvällstid"
    k.close()
    code, _, err = run(capsys, kansli, "conflict", "reopen", "zzzzzzzz")
    assert code == 2 and "no resolved conflict zzzzzzzz" in err


@pytest.mark.parametrize("choice", ["theirs", "ours", "text"])
def test_settled_says_what_the_decision_kept_and_set_aside_not_what_the_note_says_now(office, capsys, choice):
    """The note is edited again after the decision: the settled list still says which version the
    secretary kept and which she set aside, and shows the later text apart, as the text now."""
    kansli, _, bus = office
    [before] = [
        json.loads(line) for line in run(capsys, kansli, "conflict", "list", "--json")[1].splitlines()
    ]
    edited = "Fler bussar till industriområdet, morgon och kväll"
    option = ("--text", edited) if choice == "text" else ("--keep", choice)
    assert run(capsys, kansli, "conflict", "resolve", before["id"], *option)[0] == 0
    kept = {"ours": before["ours"], "theirs": before["theirs"], "text": edited}[choice]
    aside = {before["ours"], before["theirs"]} - {kept}
    k = Workspace(kansli)
    notes.edit_note(k.store, bus, text="Fler bussar till industriområdet och till sjukhuset")
    k.close()
    code, out, _ = run(capsys, kansli, "conflict", "list", "--settled")
    lines = out.splitlines()
    assert code == 0 and lines[1] == f"    kept:      {kept}"
    assert sorted(lines[2:-1]) == sorted(f"    set aside: {value}" for value in aside)
    assert lines[-1] == "    now:       Fler bussar till industriområdet och till sjukhuset (edited since)"
    code, out, _ = run(capsys, kansli, "conflict", "list", "--settled", "--json")
    [settled] = [json.loads(line) for line in out.splitlines()]
    assert (settled["kept"], sorted(settled["set_aside"])) == (kept, sorted(aside))
    assert settled["now"] == "Fler bussar till industriområdet och till sjukhuset"
