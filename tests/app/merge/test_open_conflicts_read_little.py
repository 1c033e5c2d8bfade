"""A conference's open conflicts read what the conflicts point at, not the conference's records: with no
conflict of a note in the store, listing a conference of many notes reads none of its notes (it read all
their ids before), and a few conflicts elsewhere are looked up by their records' ids. Counted in work the
database does, not in time: SQLite's virtual machine steps, PostgreSQL's rows of the notes table read
(PostgreSQL's planner already read nothing when the conflicts table was empty; it read every note of the
conference for one conflict elsewhere)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from app import conferences, conflicts
from app.demo import demo_description, ensure_demo
from app.workspace import Workspace

NOTES = 1500


def _office(request, backend: str, tmp_path: Path) -> tuple[Workspace, str, str]:
    """A secretariat with a conference of `NOTES` notes at table 1 and an empty one. (office, full, empty)"""
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    office = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    full = ensure_demo(office.store)
    description = demo_description()
    autumn = dataclasses.replace(description, conference={**description.conference, "title": "Hösten"})
    empty = conferences.create_conference(office.store, autumn)
    question = conferences.questions(office.store, full)[0].id
    office.store.create_many(
        "note",
        [
            {
                "conference_id": full,
                "table_number": 1,
                "question_id": question,
                "kind": "note",
                "text": f"Anteckning {n}",
                "themes": [],
                "votes": 0,
                "position": n,
                "person_id": None,
            }
            for n in range(NOTES)
        ],
    )
    return office, full, empty


def _work(office: Workspace, conference_id: str) -> tuple[list[Any], int]:
    """The conference's open conflicts, and what reading them cost the database."""
    store = office.store
    if store.dialect == "sqlite":
        steps = [0]

        def step() -> int:
            steps[0] += 1
            return 0

        store.conn.set_progress_handler(step, 1)
        try:
            found = conflicts.open_conflicts(store, conference_id)
        finally:
            store.conn.set_progress_handler(None, 1)
        return found, steps[0]
    scans = (
        "SELECT coalesce(sum(seq_tup_read + idx_tup_fetch), 0) FROM pg_stat_xact_user_tables"
        " WHERE relname = 'notes'"
    )
    with store.transaction():  # counts kept apart while it runs: nothing else adds to them meanwhile
        [before] = store.conn.execute(scans).fetchone()
        found = conflicts.open_conflicts(store, conference_id)
        [after] = store.conn.execute(scans).fetchone()
    return found, after - before


def test_a_store_without_conflicts_reads_none_of_a_conferences_notes(
    backend: str, tmp_path: Path, request
) -> None:
    office, full, empty = _office(request, backend, tmp_path)
    try:
        [count] = office.store.conn.execute(
            "SELECT count(*) FROM notes WHERE conference_id = ?", (full,)
        ).fetchone()
        assert count >= NOTES
        found, full_cost = _work(office, full)
        assert found == []
        found, empty_cost = _work(office, empty)
        assert found == []
        if backend == "sqlite":
            # The same few steps for 1,500 notes as for none (listing their ids took tens of thousands).
            assert full_cost <= empty_cost + 50, (full_cost, empty_cost)
        else:
            assert full_cost == 0  # no row of the notes table read
    finally:
        office.close()


def test_a_few_conflicts_elsewhere_are_looked_up_not_the_conferences_notes(
    backend: str, tmp_path: Path, request
) -> None:
    """A conflict on a note of the other conference: listed there, and the full conference's list costs
    about what an empty conference's does."""
    office, full, empty = _office(request, backend, tmp_path)
    try:
        question = conferences.questions(office.store, empty)[0].id
        other = office.store.write(
            "note",
            None,
            {
                "conference_id": empty,
                "table_number": 1,
                "question_id": question,
                "kind": "note",
                "text": "Bussarna",
                "themes": [],
                "votes": 0,
                "position": 0,
                "person_id": None,
            },
        )
        with office.store.transaction():
            office.store.conn.execute(
                "INSERT INTO conflicts (id, record_type, record_id, field, value, rev, origin)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                ("konflikt-1", "note", other, "text", json.dumps("Tågen"), "0" * 16, "laptop"),
            )
        found, other_cost = _work(office, empty)
        assert [(c.record_id, c.field, c.theirs, c.ours) for c in found] == [
            (other, "text", "Tågen", "Bussarna")
        ]
        found, full_cost = _work(office, full)
        assert found == []
        if backend == "sqlite":
            assert full_cost <= other_cost + 50, (full_cost, other_cost)
        else:
            assert full_cost <= 1, full_cost  # the conflict's own note, looked up by its id
    finally:
        office.close()


def test_many_conflicts_of_a_type_are_matched_against_the_conferences_records(
    backend: str, tmp_path: Path, request, monkeypatch
) -> None:
    """Past `FEW` conflicts of a type, a conference's records of that type are read instead: the same
    list, each conflict under its own conference."""
    from app import conflict_rows

    office, full, empty = _office(request, backend, tmp_path)
    try:
        monkeypatch.setattr(conflict_rows, "FEW", 2)
        store = office.store
        [(own,)] = store.conn.execute(
            "SELECT id FROM notes WHERE conference_id = ? AND text = ?", (full, "Anteckning 7")
        ).fetchall()
        question = conferences.questions(store, empty)[0].id
        fields = {"table_number": 1, "question_id": question, "kind": "note", "themes": [], "votes": 0}
        other = store.write(
            "note",
            None,
            {**fields, "conference_id": empty, "text": "Bussarna", "position": 0, "person_id": None},
        )
        with store.transaction():
            for n, (record_id, value) in enumerate(((own, "Sju"), (other, "Tågen"))):
                store.conn.execute(
                    "INSERT INTO conflicts (id, record_type, record_id, field, value, rev, origin)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (f"konflikt-{n}", "note", record_id, "text", json.dumps(value), "0" * 16, "laptop"),
                )
        assert conflict_rows._counts(store, ["note"]) == {"note": 2}  # not fewer than FEW: by conference
        listed = {
            conference_id: [
                (c.record_id, c.theirs, c.conference_id)
                for c in conflicts.open_conflicts(store, conference_id)
            ]
            for conference_id in (full, empty)
        }
        assert listed == {full: [(own, "Sju", full)], empty: [(other, "Tågen", empty)]}
    finally:
        office.close()
