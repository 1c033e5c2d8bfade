"""Two laptops of one table that type the same value: what the merge counts as opened conflicts is what
a secretary finds to review. (The day's CLI run said "opened 1 conflict" for two equal participant
counts, and `conflict list` then said "no open conflicts".)"""

from __future__ import annotations

from pathlib import Path

from app import conferences
from app.conflicts import open_conflicts
from app.merge import merge_records
from app.workspace import Workspace


def test_equal_concurrent_values_open_nothing_and_a_different_one_opens_one(tmp_path: Path) -> None:
    kansli = Workspace.create(tmp_path / "kansli", role="secretariat")
    conference = conferences.create_conference(kansli.store, __import__("app.demo").demo.demo_description())
    pack = [r for t in ("process", "theme", "conference", "question", "table") for r in kansli.store.dump(t)]
    laptops = [Workspace.create(tmp_path / f"laptop{n}") for n in (1, 2, 3)]
    for laptop, participants in zip(laptops, (6, 6, 11), strict=True):
        with laptop.store.transaction():
            merge_records(laptop.store, pack)
        conferences.set_table_facts(laptop.store, conference, 12, participants=participants)

    def arrive(laptop: Workspace) -> int:
        with kansli.store.transaction():
            return merge_records(kansli.store, list(laptop.store.dump("table"))).conflicts

    assert arrive(laptops[0]) == 0
    assert arrive(laptops[1]) == 0 and open_conflicts(kansli.store) == []  # 6 and 6: nothing to decide
    opened = arrive(laptops[2])
    listed = open_conflicts(kansli.store)
    assert opened == len(listed) >= 1  # the report counts what the list then shows
    assert {(c.field, c.ours, c.theirs) for c in listed} in (
        {("participants", 11, 6)},
        {("participants", 6, 11)},
    )
    for workspace in (kansli, *laptops):
        workspace.close()


def test_an_equal_value_that_the_field_no_longer_holds_is_counted_when_it_shows(
    backend: str, tmp_path: Path, request
) -> None:
    """Two laptops typed 6 (nothing to decide); then the one whose 6 the secretariat holds types 8, not
    knowing the other's 6: that 6 now stands against 8 in the list, and the import that showed it
    counts it, although the conflict's row was there before."""
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", role="secretariat", database=database)
    conference = conferences.create_conference(kansli.store, __import__("app.demo").demo.demo_description())
    pack = [r for t in ("process", "theme", "conference", "question", "table") for r in kansli.store.dump(t)]
    laptops = [Workspace.create(tmp_path / f"laptop{n}") for n in (1, 2)]
    for laptop in laptops:
        with laptop.store.transaction():
            merge_records(laptop.store, pack)
        conferences.set_table_facts(laptop.store, conference, 12, participants=6)

    def arrive(laptop: Workspace) -> int:
        with kansli.store.transaction():
            return merge_records(kansli.store, list(laptop.store.dump("table"))).conflicts

    assert arrive(laptops[0]) == 0 and arrive(laptops[1]) == 0
    assert open_conflicts(kansli.store) == []
    rows = kansli.store.conn.execute("SELECT rev, origin FROM conflicts").fetchall()
    assert len(rows) == 1  # the other laptop's 6, kept as a row with nothing in it to review
    held = kansli.store.get("table", conferences.table(kansli.store, conference, 12).id)
    [winner] = [w for w in laptops if w.store.origin == held["stamps"]["participants"][1]]
    conferences.set_table_facts(winner.store, conference, 12, participants=8)
    opened = arrive(winner)
    assert [tuple(row) for row in kansli.store.conn.execute("SELECT rev, origin FROM conflicts")] == [
        tuple(row) for row in rows
    ]  # the same row
    listed = open_conflicts(kansli.store)
    assert {(c.field, c.ours, c.theirs) for c in listed} == {("participants", 8, 6)}
    assert opened == len(listed) == 1
    for workspace in (kansli, *laptops):
        workspace.close()
