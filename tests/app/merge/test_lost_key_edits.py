"""A chair's laptop loses its key after changing notes it had exported: the chair makes a new identity,
the secretariat trusts the new key card for the same table, and the laptop's next export brings those
changes, stamped under its former workspace. They are the chair's own, so they come in (the receipt
says the new key took its former workspace over); a colleague's key at the same table that passes on
those changes, with or without the claim, is still refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app import conflicts, notes
from app.bundles import import_files, ledger
from app.bundles.identity import FORMER_ORIGINS_KEY, require_identity
from app.bundles.verify import verify_file
from app.cli import main
from app.workspace import DB_NAME, Workspace
from tests.laptops import copy_laptop_profile

from . import test_copied_profile
from .test_copied_profile import TABLE, Day

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies

EDITED = "Fler bussar till sjukhuset – även på helgerna (”linje 7”)"


def _run(*argv: str) -> int:
    return main([str(a) for a in argv])


def _lost_key_after_edits(day: Day):
    """Karin exports, the office imports it; she edits a note and adds one, then her keys folder is
    lost: she makes a new identity with the CLI, writes one more note and exports with the new key."""
    note_id = day.note(day.laptop, "Fler bussar")
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported"
    notes.edit_note(day.laptop.store, note_id, text=EDITED)
    day.note(day.laptop, "Ungdomsrådet vill ha egen budget")
    old_key, old_origin = require_identity(day.laptop).key_id, day.laptop.store.origin
    day.laptop.close()
    shutil.rmtree(day.tmp / "laptop-1" / "keys")
    assert _run("--workspace", day.tmp / "laptop-1", "identity", "create", "--name", "Karin Sjöström") == 0
    assert (
        _run("--workspace", day.tmp / "laptop-1", "identity", "export", "-o", day.tmp / "karin-ny.json") == 0
    )
    day.laptop = Workspace(day.tmp / "laptop-1")
    assert day.laptop.store.origin != old_origin
    day.note(day.laptop, "Skrivet med den nya nyckeln")
    export = day.export(day.laptop)
    return note_id, old_key, old_origin, export


def _trust_card(day: Day, card, name: str | None = None) -> None:
    day.office.close()
    named = ["--name", name] if name else []
    argv = ["--workspace", day.tmp / "kansli", "trust", "add", card, "--role", "chair"]
    assert _run(*argv, "--conference", day.conference_id, "--table", TABLE, *named) == 0
    day.office = Workspace(day.tmp / "kansli")


def two_copies_after_a_lost_key(day: Day, second_text: str) -> tuple[str, list[Path], list[str]]:
    """Karin's export is imported, then her keys folder is lost and IT copies the laptop; each copy
    changes the same note (to EDITED, to `second_text`), gets a key of its own in her name that the
    office trusts, and exports. Returns the note, the two exports and their keys."""
    note_id = day.note(day.laptop, "Fler bussar")
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported"
    day.laptop.close()
    shutil.rmtree(day.tmp / "laptop-1" / "keys")
    shutil.copytree(
        day.tmp / "laptop-1", day.tmp / "laptop-2", ignore=shutil.ignore_patterns("*-wal", "*-shm")
    )
    exports, keys = [], []
    for index, text in enumerate((EDITED, second_text), 1):
        folder = day.tmp / f"laptop-{index}"
        laptop = Workspace(folder)
        notes.edit_note(laptop.store, note_id, text=text)
        laptop.close()
        assert _run("--workspace", folder, "identity", "create", "--name", "Karin Sjöström") == 0
        assert _run("--workspace", folder, "identity", "export", "-o", day.tmp / f"kort-{index}.json") == 0
        _trust_card(day, day.tmp / f"kort-{index}.json")
        laptop = Workspace(folder)
        exports.append(day.export(laptop))
        keys.append(require_identity(laptop).key_id)
        laptop.close()
    day.laptop = Workspace(day.tmp / "laptop-1")
    return note_id, exports, keys


def renewed_after_a_lost_export(day: Day, later_note: str, *, former_noted: bool = True) -> tuple[str, Path]:
    """Karin exports (the office takes it), changes a note and exports again on a stick that is lost,
    renews her identity, writes `later_note` and exports with the new key, which the office trusts.
    Without `former_noted`, the renewal was made by a Rundabord that noted no former workspace."""
    note_id = day.note(day.laptop, "Fler bussar")
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported"
    notes.edit_note(day.laptop.store, note_id, text=EDITED)
    day.export(day.laptop)  # on the stick that was lost
    day.laptop.close()
    laptop = ["--workspace", day.tmp / "laptop-1"]
    assert _run(*laptop, "identity", "renew", "--name", "Karin Sjöström") == 0
    assert _run(*laptop, "identity", "export", "-o", day.tmp / "karin-ny.json") == 0
    if not former_noted:  # as that Rundabord left it
        with sqlite3.connect(day.tmp / "laptop-1" / DB_NAME) as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (FORMER_ORIGINS_KEY,))
        conn.close()
    day.laptop = Workspace(day.tmp / "laptop-1")
    day.note(day.laptop, later_note)
    _trust_card(day, day.tmp / "karin-ny.json")
    return note_id, day.export(day.laptop)


def test_the_changes_made_before_the_key_was_lost_come_in_with_the_new_key(day, capsys):
    note_id, old_key, old_origin, export = _lost_key_after_edits(day)
    _trust_card(day, day.tmp / "karin-ny.json")
    verdict = verify_file(export, day.office.store)  # Collect's verdict agrees: ready to merge
    assert verdict.ok and verdict.import_problem is None, verdict
    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "import", export) == 0
    out = capsys.readouterr().out
    assert ": imported (table-export by Karin Sjöström" in out, out
    assert (
        f"note: Karin Sjöström's new key takes over the edits its laptop made as workspace {old_origin}"
        in out
    )
    assert f"(key {old_key})" in out

    day.office = Workspace(day.tmp / "kansli")
    store = day.office.store
    texts = {n.text for n in notes.list_notes(store, day.conference_id, table_number=TABLE)}
    assert texts == {EDITED, "Ungdomsrådet vill ha egen budget", "Skrivet med den nya nyckeln"}
    assert store.get("note", note_id)["text"] == EDITED
    assert conflicts.open_conflicts(store) == []
    [entry] = [e for e in ledger.imports(store) if e.key_id != old_key]
    assert [m.code for m in entry.flags] == ["origin-taken-over"]


def test_the_old_key_removed_from_the_trust_list_still_counts_as_the_tables_chair(day, capsys):
    """The secretary takes the lost key off the trust list before trusting the new one."""
    _note_id, old_key, _old_origin, export = _lost_key_after_edits(day)
    day.office.close()
    assert _run("--workspace", day.tmp / "kansli", "trust", "remove", old_key) == 0
    day.office = Workspace(day.tmp / "kansli")
    _trust_card(day, day.tmp / "karin-ny.json")
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "imported", receipt
    assert store_text(day) >= {EDITED, "Skrivet med den nya nyckeln"}


def store_text(day: Day) -> set[str]:
    return {n.text for n in notes.list_notes(day.office.store, day.conference_id, table_number=TABLE)}


def _colleague(day: Day, *, claims: bool):
    """Per's laptop at the same table: IT copied Karin's profile after her changes (her notes, its own
    origin and key). With `claims`, it says, falsely, that it wrote as her workspace before."""
    note_id = day.note(day.laptop, "Fler bussar")
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported"
    notes.edit_note(day.laptop.store, note_id, text=EDITED)
    karin_origin = day.laptop.store.origin
    day.laptop.close()
    per = copy_laptop_profile(day.tmp / "laptop-1", day.tmp / "per", "Per Öberg")
    day.laptop = Workspace(day.tmp / "laptop-1")
    if claims:
        per.close()
        with sqlite3.connect(day.tmp / "per" / DB_NAME) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (FORMER_ORIGINS_KEY, f'["{karin_origin}"]'),
            )
        conn.close()
        per = Workspace(day.tmp / "per")
    assert _run("--workspace", per.dir, "identity", "export", "-o", day.tmp / "per.json") == 0
    export = day.export(per)
    per.close()
    _trust_card(day, day.tmp / "per.json")
    return note_id, export


def test_a_colleague_passing_on_her_changes_is_refused_as_before(day):
    note_id, export = _colleague(day, claims=False)
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "refused" and receipt.why.code == "relay-over-own", receipt
    assert day.office.store.get("note", note_id)["text"] == "Fler bussar"


def test_a_colleague_claiming_her_workspace_as_his_own_is_refused_and_told_why(day, capsys):
    note_id, export = _colleague(day, claims=True)
    verdict = verify_file(export, day.office.store)
    assert verdict.import_problem_why.code == "successor-other-name", verdict
    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "import", export) == 1
    out = capsys.readouterr().out
    assert "refused: the bundle says its laptop wrote earlier as workspace" in out, out
    assert "the signer is trusted here as Per Öberg and that key as Karin Sjöström" in out
    day.office = Workspace(day.tmp / "kansli")
    assert day.office.store.get("note", note_id)["text"] == "Fler bussar"


def test_a_second_key_taking_the_same_workspace_over_is_refused_and_told_why(day, capsys):
    """IT copied the laptop after its key was lost and each copy changed the same note before getting
    a key of its own, both in Karin's name: two histories of one former workspace. The first copy's
    export takes it over; the second's different change is refused, naming the key that took it."""
    note_id, exports, keys = two_copies_after_a_lost_key(day, "Fler bussar på kvällen")
    [first] = import_files(day.office, exports[:1])
    assert first.status == "imported" and [m.code for m in first.flags] == ["origin-taken-over"], first
    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "import", exports[1]) == 1
    out = capsys.readouterr().out
    assert (
        "refused: two laptops say they are Karin Sjöström's laptop from before its key changed:"
        f" key {keys[0]} took its changes over here on " in out
    ), out
    assert f"and this bundle's key ({keys[1]}) claims them too" in out
    day.office = Workspace(day.tmp / "kansli")
    assert day.office.store.get("note", note_id)["text"] == EDITED


def test_a_renewed_laptop_whose_last_old_key_export_was_lost_brings_those_changes(day, capsys):
    """The copied-profile remedy: Karin exports (the stick with that export is lost on the way), renews
    her identity and exports again with the new key: the changes of the lost export come in with it."""
    note_id, export = renewed_after_a_lost_export(day, "Efter den nya nyckeln")
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "imported" and [m.code for m in receipt.flags] == ["origin-taken-over"], receipt
    assert day.office.store.get("note", note_id)["text"] == EDITED
    assert store_text(day) == {EDITED, "Efter den nya nyckeln"}
