"""A chair's laptop profile copied to a second laptop (same origin, same key): two histories under one
origin. Different edits of one note show as a conflict naming both exports; the ordinary cases (a
re-export, exports arriving in reverse order, a spare laptop with its own origin) open nothing."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from app import conflicts, notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.merge.forks import earliest_carrier
from app.workspace import Workspace

TABLE = 7


class Day:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.office = Workspace.create(tmp_path / "kansli", "secretariat")
        create_identity(self.office, "Kansliet")
        self.conference_id = ensure_demo(self.office.store)
        self.pack = export_pack(self.office, self.conference_id, tmp_path / "pack.rbz").path
        self.laptop = Workspace.create(tmp_path / "laptop-1")
        import_files(self.laptop, [self.pack])
        create_identity(self.laptop, "Karin Sjöström")
        key = require_identity(self.laptop).public_key
        trust.add(self.office.store, key, "Karin Sjöström", "chair", self.conference_id, TABLE)
        self.names = itertools.count(1)

    def note(self, laptop: Workspace, text: str, question: int = 1) -> str:
        return notes.add_note(laptop.store, self.conference_id, TABLE, question, text)

    def export(self, laptop: Workspace) -> Path:
        return export_table(laptop, self.conference_id, TABLE, self.tmp / f"b{next(self.names)}.rbz").path

    def copy_profile(self) -> Workspace:
        """IT copies the whole profile, keys and all, to a second laptop."""
        self.laptop.close()
        shutil.copytree(
            self.tmp / "laptop-1", self.tmp / "laptop-2", ignore=shutil.ignore_patterns("*-wal", "*-shm")
        )
        self.laptop = Workspace(self.tmp / "laptop-1")
        return Workspace(self.tmp / "laptop-2")

    def secretariat(self, name: str) -> Workspace:
        """A fresh secretariat store that trusts the chair: a copy of the office before any import."""
        if not (self.tmp / "kansli-mall").exists():
            self.office.close()
            shutil.copytree(
                self.tmp / "kansli", self.tmp / "kansli-mall", ignore=shutil.ignore_patterns("*-wal", "*-shm")
            )
            self.office = Workspace(self.tmp / "kansli")
        shutil.copytree(self.tmp / "kansli-mall", self.tmp / name)
        return Workspace(self.tmp / name)


@pytest.fixture
def day(tmp_path):
    made = Day(tmp_path)
    yield made
    made.office.close()
    made.laptop.close()


def _open(office: Workspace) -> set[tuple[str, str]]:
    return {(c.ours, c.theirs) for c in conflicts.open_conflicts(office.store)}


def test_two_copies_editing_one_note_differently_is_a_conflict_in_any_order(day):
    note_id = day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    twin = day.copy_profile()
    notes.edit_note(day.laptop.store, note_id, text="Fler bussar till sjukhuset")
    notes.edit_note(twin.store, note_id, text="Fler bussar på kvällen")
    day.note(twin, "Bara på kopian")
    bundles = [first, day.export(day.laptop), day.export(twin)]
    twin.close()

    results = []
    for index, order in enumerate(itertools.permutations(bundles)):
        office = day.secretariat(f"kansli-{index}")
        receipts = import_files(office, list(order))
        assert [r.status for r in receipts] == ["imported"] * 3
        texts = _open(office)
        assert {frozenset(pair) for pair in texts} == {
            frozenset({"Fler bussar till sjukhuset", "Fler bussar på kvällen"})
        }
        assert sum(r.counts["conflicts"] for r in receipts) >= 1
        results.append(sorted(c.id for c in conflicts.open_conflicts(office.store)))
        [conflict] = conflicts.open_conflicts(office.store)
        sides = {
            earliest_carrier(office.store, note_id, s) for s in (conflict.ours_stamp, conflict.theirs_stamp)
        }
        assert {c.sequence for c in sides} == {2}  # both laptops signed their second export
        assert len({c.bundle_id for c in sides}) == 2
        office.close()
    assert all(r == results[0] for r in results)


def test_ordinary_re_exports_in_any_order_open_nothing(day):
    note_id = day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    notes.edit_note(day.laptop.store, note_id, text="Fler bussar till sjukhuset")
    second = day.export(day.laptop)
    notes.edit_note(day.laptop.store, note_id, text="Fler bussar till sjukhuset och skolan")
    third = day.export(day.laptop)
    for index, order in enumerate([[first, second, third], [third, first, second], [second, third, first]]):
        office = day.secretariat(f"kansli-{index}")
        assert [r.status for r in import_files(office, order)] == ["imported"] * 3
        assert _open(office) == set()
        assert office.store.get("note", note_id)["text"] == "Fler bussar till sjukhuset och skolan"
        office.close()


def test_a_copy_that_edits_other_notes_merges_without_conflict(day):
    one = day.note(day.laptop, "Fler bussar")
    two = day.note(day.laptop, "Ungdomsråd")
    first = day.export(day.laptop)
    twin = day.copy_profile()
    notes.edit_note(day.laptop.store, one, text="Fler bussar till sjukhuset")
    notes.edit_note(twin.store, two, text="Ungdomsråd i varje kommun")
    bundles = [first, day.export(twin), day.export(day.laptop)]
    twin.close()
    office = day.secretariat("kansli-x")
    import_files(office, bundles)
    assert _open(office) == set()
    assert office.store.get("note", one)["text"] == "Fler bussar till sjukhuset"
    assert office.store.get("note", two)["text"] == "Ungdomsråd i varje kommun"
    office.close()
