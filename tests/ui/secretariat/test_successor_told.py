"""Two ways a chair's changes under her former key are refused, now told plainly, in Swedish in Collect
and in English by the CLI, with really signed bundles.

1. IT copied Karin's laptop after her key was lost, and each copy got a key of its own in her name:
   both claim her former workspace. The first takes it over; the second is told as two laptops claiming
   one former laptop, naming both keys and what to do (it was a bare "another key took it over").
2. Karin's laptop renewed its key with a Rundabord from before such claims: its export brings her old
   changes without saying they are its own. The secretariat is told that it is her other laptop or an
   early renewal, with both remedies (it was "only its own key may make that claim"); once the laptop
   runs this Rundabord (m410 notes its former workspace), its next export says so and comes in.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt

from app import schema
from app.bundles import import_files
from app.bundles.identity import former_origins
from app.workspace import DB_NAME, Workspace
from tests.app.merge import test_copied_profile
from tests.app.merge.test_copied_profile import Day
from tests.app.merge.test_lost_key_edits import (
    EDITED,
    _run,
    renewed_after_a_lost_export,
    two_copies_after_a_lost_key,
)

from .conftest import open_in_swedish

day = test_copied_profile.day  # the fixture: the office and table 7's laptop


def _collect(qtbot, qapp, day: Day, bundle: Path, shot: Path):
    """The secretariat's window in Swedish, the bundle added to Collect and chosen by a click."""
    window = open_in_swedish(qtbot, qapp, day.office, day.conference_id, (1366, 768))
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths([str(bundle)])
    model, proxy, view = collect.model, collect.proxy, collect.view

    qtbot.waitUntil(lambda: not collect.scanning, timeout=10_000)  # the first scan and the added file's
    qtbot.waitUntil(
        lambda: any(model.row_at(r).name == bundle.name for r in range(model.rowCount())), timeout=10_000
    )
    [row] = [r for r in range(model.rowCount()) if model.row_at(r).name == bundle.name]
    index = proxy.mapFromSource(model.index(row, 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    [entry] = collect.selected_entries()
    assert collect.details.text()
    label = collect.details
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # laid out for its text
    window.grab().save(str(shot))
    return window, collect, entry


def test_two_copies_claiming_one_former_laptop_are_told_plainly(qtbot, qapp, day, capsys):
    note_id, exports, keys = two_copies_after_a_lost_key(day, "Fler bussar på kvällen – och till Järpen!")
    [first] = import_files(day.office, exports[:1])
    assert first.status == "imported"
    window, collect, entry = _collect(qtbot, qapp, day, exports[1], day.tmp / "två-kopior.png")
    assert collect.words.verdict(entry) == "Avvisat"
    assert collect.words.reason(entry) == (
        "Två datorer säger sig vara samma ordförandes dator från före nyckelbytet: profilen kopierades"
        " innan varje kopia fick en egen nyckel. Inget av paketet importerades; detaljerna visar vilka"
        " nycklar det gäller och vad som kan göras."
    )
    details = collect.details.text()
    assert (
        f"två datorer säger sig vara den dator som Karin Sjöström använde före nyckelbytet: nyckeln {keys[0]}"
        " tog över dess ändringar här " in details
    ), details
    assert f"det här paketets nyckel ({keys[1]}) gör samma anspråk" in details
    assert "Fråga Karin Sjöström vilken dator som ska användas framöver" in details
    window.close()

    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "import", exports[1]) == 1
    out = capsys.readouterr().out
    assert (
        "refused: two laptops say they are Karin Sjöström's laptop from before its key changed:"
        f" key {keys[0]}" in out
    )
    assert "Ask Karin Sjöström which laptop to go on with" in out
    day.office = Workspace(day.tmp / "kansli")
    assert day.office.store.get("note", note_id)["text"] == EDITED


def test_an_early_renewal_is_told_plainly_and_comes_in_once_the_laptop_is_updated(qtbot, qapp, day, capsys):
    # Her laptop renewed its key with a Rundabord that noted no former workspace.
    note_id, export = renewed_after_a_lost_export(
        day, "Efter den nya nyckeln: ungdomsrådet vill ha egen budget", former_noted=False
    )
    window, collect, entry = _collect(qtbot, qapp, day, export, day.tmp / "tidigt-nyckelbyte.png")
    assert collect.words.reason(entry) == (
        "Paketet för med ändringar som samma ordförande gjorde med en annan nyckel, utan att säga att de är"
        " den här datorns egna. Det importerades inte; detaljerna säger vad som kan göras."
    )
    details = collect.details.text()
    assert "betrodd som Karin Sjöström, för med ändringar som nyckeln" in details, details
    assert "be då Karin Sjöström uppdatera Rundabord på datorn och exportera igen" in details
    window.close()

    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "import", export) == 1
    out = capsys.readouterr().out
    assert (
        "or the laptop changed its key with an older Rundabord that did not note its former workspace" in out
    )
    day.office = Workspace(day.tmp / "kansli")
    assert day.office.store.get("note", note_id)["text"] == "Fler bussar"

    # The laptop updates: m410 notes the workspace it wrote under before, and its next export says so.
    old_origin = _origin_of_the_first_export(day)
    day.laptop.close()
    schema.m410_former_origins_of_early_renewals(sqlite_utils.Database(day.tmp / "laptop-1" / DB_NAME))
    day.laptop = Workspace(day.tmp / "laptop-1")
    assert former_origins(day.laptop.store) == [old_origin]
    [receipt] = import_files(day.office, [day.export(day.laptop)])
    assert receipt.status == "imported" and "origin-taken-over" in [m.code for m in receipt.flags], receipt
    assert day.office.store.get("note", note_id)["text"] == EDITED


def _origin_of_the_first_export(day: Day) -> str:
    [origin] = [row[0] for row in day.office.store.conn.execute("SELECT origin FROM origin_keys")]
    return origin


def test_m410_notes_nothing_on_a_laptop_that_never_changed_its_key(day):
    day.note(day.laptop, "Fler bussar")
    import_files(day.office, [day.export(day.laptop)])
    day.laptop.close()
    schema.m410_former_origins_of_early_renewals(sqlite_utils.Database(day.tmp / "laptop-1" / DB_NAME))
    day.laptop = Workspace(day.tmp / "laptop-1")
    assert former_origins(day.laptop.store) == []
