"""`rundabord conflict resolve` never settles a conflict other than the one its secretary read: `conflict
list` prints each conflict's rev (the version the field holds and every value open beside it), resolve
takes it back as `--expect-rev` and is refused in one line, exit 2, writing nothing, when the field was
written or another value arrived since. Required on PostgreSQL (others share the store); `any` overrides.
"""

from __future__ import annotations

import json

from app import conflicts, notes
from app.merge import merge_records
from app.workspace import Workspace
from tests.two_secretaries import run_cli as run


def listed(capsys, workspace) -> list[dict]:
    code, out, err = run(capsys, workspace, "conflict", "list", "--json")
    assert (code, err) == (0, "")
    return [json.loads(line) for line in out.splitlines()]


def _chair(pair, tmp_path, name: str) -> Workspace:
    """A chair's laptop holding the conference and the secretariat's notes."""
    chair = Workspace.create(tmp_path / name)
    with chair.store.transaction():
        kinds = ("process", "theme", "conference", "question", "table", "note")
        merge_records(chair.store, [r for t in kinds for r in pair.anna.store.dump(t)])
    return chair


def _arrive(store, chair: Workspace) -> None:
    with store.transaction():
        merge_records(store, list(chair.store.dump("note")))


def _conflicted_note(pair, tmp_path) -> tuple[str, Workspace]:
    """A note the secretariat corrected while the chair of table 2 wrote it again: the chair's text is open
    beside the secretariat's. Returns it and a second laptop of that table holding it as it was."""
    note_id = notes.add_note(pair.anna.store, pair.conference_id, 2, 1, "Fler bussar till industriområdet")
    chair, second = _chair(pair, tmp_path, "chair"), _chair(pair, tmp_path, "second")
    notes.edit_note(pair.anna.store, note_id, text="Fler bussar till industriområdet (rättad)")
    notes.edit_note(chair.store, note_id, text="Fler bussar, även kvällstid")
    _arrive(pair.anna.store, chair)
    chair.close()
    return note_id, second


def _resolve(capsys, workspace, conflict_id: str, *rev: str) -> tuple[int, str, str]:
    return run(capsys, workspace, "conflict", "resolve", conflict_id, "--keep", "theirs", *rev)


def test_settling_a_conflict_changed_since_it_was_read_is_refused_and_writes_nothing(
    pair, capsys, tmp_path
) -> None:
    note_id, second = _conflicted_note(pair, tmp_path)
    [read] = listed(capsys, pair.anna)
    assert f"(rev {read['rev']})" in run(capsys, pair.anna, "conflict", "list")[1]  # the plain list too

    # Another value arrives beside it (the table's second laptop), and Britt brings it in.
    notes.edit_note(second.store, note_id, text="Bussar till området")
    _arrive(pair.britt.store, second)
    second.close()
    before = (notes.note(pair.anna.store, note_id).text, listed(capsys, pair.anna))
    assert len(before[1]) == 2 and read["id"] in {c["id"] for c in before[1]}  # the same, one more beside

    code, out, err = _resolve(capsys, pair.anna, read["id"][:8], "--expect-rev", read["rev"])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"conflict {read['id'][:8]} changed after rev {read['rev']} (the note's text, or a value" in err
    assert "nothing was written" in err
    assert (notes.note(pair.anna.store, note_id).text, listed(capsys, pair.anna)) == before

    # Read again, settle again: on what she sees now, every value beside it reviewed.
    now = next(c for c in listed(capsys, pair.anna) if c["id"] == read["id"])
    assert f"--expect-rev {now['rev']}" in err and now["rev"] != read["rev"]
    code, out, err = _resolve(capsys, pair.anna, read["id"][:8], "--expect-rev", now["rev"])
    assert (code, err) == (0, ""), err
    assert notes.note(pair.britt.store, note_id).text == now["theirs"]
    assert conflicts.open_conflicts(pair.britt.store, pair.conference_id) == []


def test_without_a_rev_a_shared_store_asks_for_one_and_any_settles(pair, capsys, backend, tmp_path) -> None:
    note_id, _ = _conflicted_note(pair, tmp_path)
    [read] = listed(capsys, pair.anna)
    code, out, err = _resolve(capsys, pair.anna, read["id"])
    if backend == "postgresql":
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert "--expect-rev REV" in err and "rundabord conflict list" in err
        assert [(c["id"], c["rev"]) for c in listed(capsys, pair.britt)] == [(read["id"], read["rev"])]
        code, out, err = _resolve(capsys, pair.anna, read["id"], "--expect-rev", "any")
    assert (code, err) == (0, ""), err
    assert notes.note(pair.britt.store, note_id).text == read["theirs"]


def test_a_conflict_settled_by_another_meanwhile_is_not_settled_twice(pair, capsys, tmp_path) -> None:
    _conflicted_note(pair, tmp_path)
    [read] = listed(capsys, pair.anna)
    conflicts.resolve(pair.britt.store, read["id"], "ours")
    code, _out, err = _resolve(capsys, pair.anna, read["id"], "--expect-rev", read["rev"])
    assert code == 2 and f"no open conflict {read['id']}" in err
    assert len(conflicts.settled(pair.britt.store, pair.conference_id)) == 1
