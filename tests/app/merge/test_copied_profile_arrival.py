"""A copied laptop profile numbers its exports on each copy: the other copy's lower-numbered export,
made after this copy's higher-numbered one, is a fork, not a rollback. Whichever copy's exports arrive
first, the secretariat ends with the same notes and the same conflict; a re-signed older state of one
chain is still refused (tests/app/bundles/test_claims_and_names.py)."""

from __future__ import annotations

from app import conflicts, notes
from app.bundles import import_files
from app.bundles.verify import verify_file

from . import test_copied_profile
from .test_copied_profile import TABLE, Day

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies

EDITED_ON_THE_ORIGINAL = "Fler bussar till sjukhuset, även på helgerna"
EDITED_ON_THE_COPY = "Fler bussar på kvällen – ”sista bussen går 21.10”"


def _two_copies(day: Day):
    """The original and the copy each write their own notes; the copy exports twice (numbers 2 and 3),
    then the original exports once (its number 2, made after the copy's 3)."""
    note_id = day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    twin = day.copy_profile()
    notes.edit_note(twin.store, note_id, text=EDITED_ON_THE_COPY)
    day.note(twin, "Ungdomsrådet vill ha egen budget")
    copy_2 = day.export(twin)
    day.note(twin, "Biblioteket öppet på söndagar?", question=2)
    copy_3 = day.export(twin)
    twin.close()
    notes.edit_note(day.laptop.store, note_id, text=EDITED_ON_THE_ORIGINAL)
    day.note(day.laptop, "Cykelbanan längs ån – tas upp igen nästa år")
    original_2 = day.export(day.laptop)
    return note_id, first, copy_2, copy_3, original_2


def _outcome(day: Day, office):
    texts = sorted(n.text for n in notes.list_notes(office.store, day.conference_id, table_number=TABLE))
    opened = {frozenset((c.ours, c.theirs)) for c in conflicts.open_conflicts(office.store)}
    ids = sorted(c.id for c in conflicts.open_conflicts(office.store))
    return texts, opened, ids


def test_both_copies_arrive_in_either_order_with_the_same_notes_and_conflict(day):
    _note_id, first, copy_2, copy_3, original_2 = _two_copies(day)
    orders = {
        "copy first": [first, copy_2, copy_3, original_2],
        "original first": [first, original_2, copy_2, copy_3],
        "copy's last first": [copy_3, first, original_2, copy_2],
        "original's between the copy's": [first, copy_3, original_2, copy_2],
    }
    results = {}
    for index, (name, order) in enumerate(orders.items()):
        office = day.secretariat(f"kansli-{index}")
        if name == "copy first":  # Collect's verdict agrees with the import: ready, not refused
            import_files(office, order[:3])
            verdict = verify_file(original_2, office.store)
            assert verdict.ok and verdict.import_problem is None, verdict
            receipts = import_files(office, order[3:])
        else:
            receipts = import_files(office, order)
        assert [r.status for r in receipts] == ["imported"] * len(receipts), (name, receipts)
        results[name] = _outcome(day, office)
        office.close()
    texts, opened, _ids = results["copy first"]
    assert opened == {frozenset({EDITED_ON_THE_ORIGINAL, EDITED_ON_THE_COPY})}
    for written in ("Ungdomsrådet vill ha egen budget", "Biblioteket öppet på söndagar?"):
        assert written in texts
    assert "Cykelbanan längs ån – tas upp igen nästa år" in texts
    assert all(result == results["copy first"] for result in results.values()), results


def test_the_original_export_made_after_the_copys_higher_number_was_refused_before(day):
    """The case as it was: the copy's number 3 held, the original's number 2 (made later) arrives and
    forks the chain at 2 (the copy's 2 is held) or after 1 (only the copy's 3 is held)."""
    _note_id, first, copy_2, copy_3, original_2 = _two_copies(day)
    for index, held in enumerate(([first, copy_2, copy_3], [first, copy_3])):
        office = day.secretariat(f"kansli-{index}")
        import_files(office, held)
        [receipt] = import_files(office, [original_2])
        assert receipt.status == "imported", receipt
        assert receipt.check is None
        office.close()


def _on_the_share(share, conference_id: str, *paths) -> None:
    """Bundles as sync lays them out on a shared folder: one folder per conference, named by bundle id."""
    from app.sync.outbox import read_routing

    folder = share / conference_id
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        (folder / f"{read_routing(path)['bundle_id']}.rbz").write_bytes(path.read_bytes())


def _sync(workspace) -> list[str]:
    from app.sync import engine, settings

    target = settings.open_target(workspace.store)
    try:
        return engine.run_sync(workspace, target).lines()
    finally:
        target.close()


def test_an_export_numbered_against_the_order_it_was_made_in_is_taken_at_the_first_sync(day, tmp_path):
    """The profile is copied before any export. The copy signs 1, 2 and 3, and only its 3 is on the
    share when the original's 1 (made after it) arrives: no neighbour shows the fork, but one laptop
    never signs a lower number after a higher one, and the original's 1 brings notes of its own, so it
    is taken as the other copy's export in that sync; the copy's 2 comes later, and a sync after that
    changes nothing."""
    from app.sync import settings

    twin = day.copy_profile()
    copy_exports = []
    for text in ("Kopians första", "Kopians andra", "Kopians tredje"):
        day.note(twin, text)
        copy_exports.append(day.export(twin))
    twin.close()
    day.note(day.laptop, "Originalets enda – ”bussen 7.15”")
    original_1 = day.export(day.laptop)
    share = tmp_path / "delad-mapp"
    share.mkdir()
    office = day.secretariat("kansli-sync")
    settings.configure(office.store, str(share))
    _on_the_share(share, day.conference_id, copy_exports[2])
    assert _sync(office)[0].startswith("imported ")
    _on_the_share(share, day.conference_id, original_1)
    said = _sync(office)
    assert said[0].startswith("imported ") and "refused" not in str(said), said
    texts = {n.text for n in notes.list_notes(office.store, day.conference_id, table_number=TABLE)}
    assert "Originalets enda – ”bussen 7.15”" in texts and "Kopians tredje" in texts
    _on_the_share(share, day.conference_id, copy_exports[1])
    said = _sync(office)
    assert sum(line.startswith("imported ") for line in said) == 1 and "refused" not in str(said), said
    assert _sync(office) == ["nothing new to send or fetch"]
    office.close()
