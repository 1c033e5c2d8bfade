"""Import and merge on both backends: the same bundles in any order give what a serial SQLite import
gives; a re-import changes nothing; the receipts say the same."""

from __future__ import annotations

import random

from app import roster
from app.bundles import import_files

from .conftest import canonical_dump


def test_any_order_gives_the_serial_sqlite_result(backend, world, secretariat_on, tmp_path) -> None:
    reference = world.secretariat(tmp_path / "reference")
    receipts = import_files(reference, [*world.round1[:8], *world.round2[:8]])
    assert {r.status for r in receipts} == {"imported"}
    expected = canonical_dump(reference.store)
    reference.close()

    workspace = secretariat_on()
    bundles = [*world.round1[:8], *world.round2[:8]]
    random.Random(21).shuffle(bundles)
    receipts = import_files(workspace, bundles)
    assert {r.status for r in receipts} == {"imported"}, [r.reason for r in receipts]
    assert canonical_dump(workspace.store) == expected
    assert len(expected["note"]) == 8 * 6

    again = import_files(workspace, bundles[:3])
    assert {r.status for r in again} == {"already-imported"}
    assert canonical_dump(workspace.store) == expected


def test_who_has_reported_counts_alike(backend, world, secretariat_on) -> None:
    workspace = secretariat_on()
    import_files(workspace, world.round1[:5])
    report = roster.roster(workspace.store, world.conference_id)
    by_table = {t.number: t for t in report.tables}
    assert [by_table[n].written for n in range(1, 6)] == [4] * 5  # 5 written, 1 deleted
    assert [by_table[n].notes for n in range(1, 6)] == [3] * 5  # the proposal counted apart
    assert [by_table[n].proposals for n in range(1, 6)] == [1] * 5
    assert by_table[6].notes == 0
    assert by_table[1].last_import and by_table[1].signers == ("Ordförande 1",)
