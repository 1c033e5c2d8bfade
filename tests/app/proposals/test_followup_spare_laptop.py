"""A spare laptop that synced before its chair sat down: sync skipped every table's follow-up (it
chaired none), and judges them again once it chairs a table, instead of remembering the skip for good.
Real signed bundles, real syncs to a folder target (the fixture of test_followup_recipients.py)."""

from __future__ import annotations

from pathlib import Path

from app import conferences, notes
from app.bundles.export import export_pack
from app.proposals.exchange import export_chairs_followups
from app.sync import settings
from app.workspace import Workspace
from tests.app.proposals.followup_world import _World, share_folder, tables_held
from tests.sync_fixtures import sync_once


def test_a_spare_laptop_gets_its_tables_follow_up_once_its_chair_writes_there(
    world: _World, tmp_path: Path
) -> None:
    cid = world.conference_id
    share = share_folder(tmp_path, world.kansli)
    export_pack(world.kansli, cid, None)
    export_chairs_followups(world.kansli, cid)
    sync_once(world.kansli)
    spare = Workspace.create(tmp_path / "reserv", "chair")
    try:
        settings.configure(spare.store, str(share))
        first = sync_once(spare)
        assert len(conferences.tables(spare.store, cid)) == 40
        assert tables_held(spare, cid) == set()
        said = "\n".join(first.lines())
        assert "left on the target: 40 follow-up(s) for tables this laptop does not chair" in said, said
        again = sync_once(spare)  # nothing changed here: nothing fetched again
        assert not any(p.outcome for p in again.pulled), again.pulled
        assert "nothing new to send or fetch" in again.lines()
        mine = notes.add_note(spare.store, cid, 1, 1, "Anteckning på reservdatorn")
        taken = sync_once(spare)  # only table 1's follow-up is fetched again
        assert [(p.outcome, p.check) for p in taken.pulled] == [("imported", "")], taken.pulled
        assert notes.note(spare.store, world.bus).text == "Bussen går sällan"  # her notes, corrected
        assert tables_held(spare, cid) == {1}
        assert spare.store.get("note", world.call) is None  # table 2's stays on the share
        assert notes.note(spare.store, mine).text == "Anteckning på reservdatorn"
        last = sync_once(spare)  # the other 39 are not fetched again
        assert not any(p.outcome for p in last.pulled), last.pulled
    finally:
        spare.close()
