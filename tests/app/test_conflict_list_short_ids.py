"""`conflict list` names a note by the short form the rest of the command line shows (`short_id`: eight
digits of a time-ordered id's random end, since notes made in one minute share their first eight), and
what it prints is taken back by the commands that take a note: `note show`, `note edit`, `note delete`,
`note restore`, and the proposal commands. Both backends."""

from __future__ import annotations

import re

from app import notes
from app.merge import merge_records
from app.typed_ids import short_id
from app.workspace import Workspace
from tests.two_secretaries import run_cli as run

TEXTS = ("Fler bussar till industriområdet", "Språkcafé på biblioteket", "Mentorskap för unga företagare")


def _three_conflicts(pair, tmp_path) -> list[str]:
    """Three notes of table 2 made within a minute; the secretariat corrected each while the table's
    chair wrote it again, so each has a conflict open."""
    anna = pair.anna.store
    ids = [notes.add_note(anna, pair.conference_id, 2, 1, text, kind="proposal") for text in TEXTS]
    chair = Workspace.create(tmp_path / "chair")
    with chair.store.transaction():
        kinds = ("process", "theme", "conference", "question", "table", "note")
        merge_records(chair.store, [r for t in kinds for r in anna.dump(t)])
    for note_id, text in zip(ids, TEXTS, strict=True):
        notes.edit_note(anna, note_id, text=f"{text} (rättad)")
        notes.edit_note(chair.store, note_id, text=f"{text}, enligt bordet")
    with anna.transaction():
        merge_records(anna, list(chair.store.dump("note")))
    chair.close()
    return ids


def test_conflict_list_prints_the_short_form_and_it_is_typed_back(pair, capsys, tmp_path) -> None:
    ids = _three_conflicts(pair, tmp_path)
    assert len({i[:8] for i in ids}) < len(ids)  # the first eight digits would not tell them apart
    code, out, err = run(capsys, pair.anna, "conflict", "list")
    assert (code, err) == (0, ""), err
    named = re.findall(r"table 2 note (\S+) text", out)
    assert sorted(named) == sorted(short_id(i) for i in ids) and len(set(named)) == 3
    assert not any(i[:8] in named for i in ids)

    for note_id, shown in zip(ids, map(short_id, ids), strict=True):
        code, out, err = run(capsys, pair.britt, "note", "show", shown)
        assert (code, err) == (0, "") and f"id:       {note_id}\n" in out, err
        rev = re.search(r"^rev:\s+(\S+)$", out, re.M)[1]
        code, out, err = run(
            capsys, pair.britt, "note", "edit", shown.upper(), "Ny text", "--expect-rev", rev
        )
        assert (code, err) == (0, ""), err
        assert notes.note(pair.anna.store, note_id).text == "Ny text"
        code, out, err = run(capsys, pair.britt, "proposal", "show", shown)
        assert (code, err) == (0, "") and "Ny text" in out, err

    # Deleted and brought back by the same short form
    shown = short_id(ids[1])
    code, out, err = run(capsys, pair.anna, "note", "delete", shown, "--expect-rev", "any")
    assert (code, err) == (0, ""), err
    code, _, err = run(capsys, pair.anna, "note", "show", shown)
    assert code != 0 and f"no note with id {shown}" in err
    code, _, err = run(capsys, pair.anna, "note", "restore", shown, "--expect-rev", out.strip())
    assert (code, err) == (0, ""), err
    assert not notes.note(pair.anna.store, ids[1]).deleted


def test_the_settled_list_prints_the_short_form_too(pair, capsys, tmp_path) -> None:
    ids = _three_conflicts(pair, tmp_path)
    code, out, _ = run(capsys, pair.anna, "conflict", "list", "--json")
    first = out.splitlines()[0]
    conflict_id = re.search(r'"id": "([^"]+)"', first)[1]
    assert (
        run(capsys, pair.anna, "conflict", "resolve", conflict_id, "--keep", "ours", "--expect-rev", "any")[0]
        == 0
    )
    code, out, err = run(capsys, pair.anna, "conflict", "list", "--settled")
    assert (code, err) == (0, "")
    [named] = re.findall(r"note (\S+) text: kept ours", out)
    assert named in {short_id(i) for i in ids} and named not in {i[:8] for i in ids}


def test_a_short_form_naming_two_notes_is_refused(pair, capsys, tmp_path) -> None:
    ids = _three_conflicts(pair, tmp_path)
    twin = ids[0][:24] + ids[1][24:]  # hand-made: another note whose id ends as ids[1] does
    with pair.anna.store.transaction():
        pair.anna.store.conn.execute("UPDATE notes SET id = ? WHERE id = ?", (twin, ids[0]))
    code, out, err = run(capsys, pair.anna, "note", "show", short_id(ids[1]))
    assert (code, out) == (2, "") and "matches 2 notes; give more of the id" in err
    code, out, err = run(capsys, pair.anna, "note", "show", ids[1][:24])  # its start: one note
    assert (code, err) == (0, "") and ids[1] in out
