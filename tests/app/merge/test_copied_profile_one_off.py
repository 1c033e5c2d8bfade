"""A copied profile's export brought by hand (`rundabord import FILE`), with none of the exports beside
it in its signer's chain held: numbered below an export the other copy made before it, it is that
other copy's export, not a rollback. It is taken as a fork in either order, with a remark saying what
happened and what to do, and the secretariat gets the same notes and the same conflict. An older state
signed again, which brings nothing the signer's exports did not, is still refused."""

from __future__ import annotations

import shutil

from app import conflicts, notes
from app.bundles import import_files
from app.bundles.verify import verify_file
from app.cli import main
from app.workspace import Workspace

from . import test_copied_profile
from .test_copied_profile import TABLE, Day

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies

ON_THE_COPY = "Fler bussar på kvällen – ”sista bussen går 21.10”"
ON_THE_ORIGINAL = "Fler bussar till sjukhuset, även på helgerna"
ONLY_THE_ORIGINAL = "Originalets enda – Cykelbanan längs ån"


def _copied_before_any_export(day: Day):
    """The profile is copied before any export: the copy signs 1, 2 and 3, then the original signs its
    own 1 (made after the copy's 3). Both changed the one note the laptop had."""
    note_id = day.note(day.laptop, "Fler bussar")
    twin = day.copy_profile()
    notes.edit_note(twin.store, note_id, text=ON_THE_COPY)
    copy_exports = []
    for text in ("Kopians första", "Kopians andra", "Kopians tredje"):
        day.note(twin, text)
        copy_exports.append(day.export(twin))
    twin.close()
    notes.edit_note(day.laptop.store, note_id, text=ON_THE_ORIGINAL)
    day.note(day.laptop, ONLY_THE_ORIGINAL)
    return copy_exports, day.export(day.laptop)


def _state(day: Day, office: Workspace):
    texts = sorted(n.text for n in notes.list_notes(office.store, day.conference_id, table_number=TABLE))
    opened = {frozenset((c.ours, c.theirs)) for c in conflicts.open_conflicts(office.store)}
    return texts, opened


def test_a_one_off_import_of_the_other_copys_export_is_taken_as_a_fork(day, capsys):
    copy_exports, original_1 = _copied_before_any_export(day)
    office = day.secretariat("kansli-hand")
    [first] = import_files(office, [copy_exports[2]])
    assert first.status == "imported"
    verdict = verify_file(original_1, office.store)  # Collect's verdict agrees with the import
    assert verdict.ok and verdict.import_problem is None, verdict
    office.close()

    assert main(["--workspace", str(day.tmp / "kansli-hand"), "import", str(original_1)]) == 0
    out = capsys.readouterr().out
    assert ": imported (table-export" in out and "1 conflict" in out, out
    assert "numbered 1, below bundle 3 from the same signer that was made before it" in out
    assert "laptop profile was copied to another computer" in out and "rundabord identity renew" in out

    office = Workspace(day.tmp / "kansli-hand")
    texts, opened = _state(day, office)
    assert ONLY_THE_ORIGINAL in texts and "Kopians tredje" in texts
    assert opened == {frozenset({ON_THE_ORIGINAL, ON_THE_COPY})}  # shown, not decided by the stamps
    office.close()

    # The other order (the original's export first, the copy's after it) ends the same.
    other = day.secretariat("kansli-andra-ordningen")
    receipts = import_files(other, [original_1, copy_exports[2]])
    assert [r.status for r in receipts] == ["imported", "imported"], receipts
    assert _state(day, other) == (texts, opened)
    other.close()


def test_an_older_state_signed_again_is_still_refused(day, capsys):
    """A laptop put back from a backup made after its first export signs again what that export
    carried, numbered 2, after the laptop itself signed 2, 3 and 4: with 1 and 4 held, nothing in it
    is new, and it is refused as an older state signed again (nothing is lost). Were it to bring a
    change of its own, it would be the backup's own history, taken as a fork like a copy's."""
    note_id = day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    day.laptop.close()
    shutil.copytree(day.tmp / "laptop-1", day.tmp / "backup", ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    day.laptop = Workspace(day.tmp / "laptop-1")
    for text in (
        "Fler bussar till sjukhuset",
        "Fler bussar till sjukhuset och skolan",
        "Fler bussar – klart",
    ):
        notes.edit_note(day.laptop.store, note_id, text=text)
        latest = day.export(day.laptop)
    backup = Workspace(day.tmp / "backup")
    replayed = day.export(backup)
    backup.close()

    office = day.secretariat("kansli-backup")
    assert [r.status for r in import_files(office, [first, latest])] == ["imported", "imported"]
    verdict = verify_file(replayed, office.store)
    assert verdict.import_problem_check == "rollback", verdict
    office.close()
    assert main(["--workspace", str(day.tmp / "kansli-backup"), "import", str(replayed)]) == 1
    out = capsys.readouterr().out
    assert ": refused: its sequence number 2 is below bundle 4 from the same signer" in out, out
    assert "an older state signed again" in out and "nothing in it is lost" in out
    office = Workspace(day.tmp / "kansli-backup")
    assert office.store.get("note", note_id)["text"] == "Fler bussar – klart"
    assert conflicts.open_conflicts(office.store) == []
    office.close()
