"""A table's facts corrected here after a chair's concurrent count opened a conflict: the correction closes
the side it supersedes at once (as a note's does), and reopening the first decision shows what it weighed."""

from __future__ import annotations

from pathlib import Path

from app import conferences, conflicts
from app.demo import demo_description
from app.merge import merge_records
from app.workspace import Workspace
from tests.clocks import edits_after


def open_counts(store) -> set[tuple[str, int, int]]:
    return {(c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(store)}


def test_a_count_corrected_here_leaves_no_stale_side_and_reopens_what_was_weighed(tmp_path: Path) -> None:
    kansli = Workspace.create(tmp_path / "kansli", role="secretariat")
    laptop = Workspace.create(tmp_path / "laptop")
    try:
        conference = conferences.create_conference(kansli.store, demo_description())
        pack = [
            r for t in ("process", "theme", "conference", "question", "table") for r in kansli.store.dump(t)
        ]
        with laptop.store.transaction():
            merge_records(laptop.store, pack)

        def chair_sends(participants: int) -> None:
            # The chair's count is stamped after everything the secretariat has stamped so far, whatever the
            # two wall clocks read: which side holds is then the test's choice, not the machine's load.
            edits_after(laptop.store, kansli.store)
            conferences.set_table_facts(laptop.store, conference, 12, participants=participants)
            with kansli.store.transaction():
                merge_records(kansli.store, list(laptop.store.dump("table")))

        conferences.set_table_facts(kansli.store, conference, 12, participants=7)
        chair_sends(13)
        [first] = conflicts.open_conflicts(kansli.store)
        assert (first.ours, first.theirs) == (13, 7)  # the chair's later count holds
        conflicts.resolve(kansli.store, first.id, "theirs", None)  # the decision keeps the secretariat's 7
        chair_sends(14)  # the chair, not having seen the decision
        assert open_counts(kansli.store) == {("participants", 14, 7)}

        conferences.set_table_facts(kansli.store, conference, 12, participants=8)
        assert open_counts(kansli.store) == set()  # before: (8, 7), her own superseded count
        assert conferences.table(kansli.store, conference, 12).participants == 8

        [settled] = conflicts.settled(kansli.store)
        assert conflicts.reopen(kansli.store, settled.id) == 2
        assert open_counts(kansli.store) == {("participants", 8, 7), ("participants", 8, 13)}
    finally:
        kansli.close()
        laptop.close()
