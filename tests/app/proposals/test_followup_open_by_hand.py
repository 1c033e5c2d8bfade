"""A chairs' follow-up opened by hand ("Open file…", `rundabord import`): the rule sync follows.

Anna's laptop chairs table 1 (it exported it); table 2 was typed from its paper at the secretariat
(the fixture of test_followup_recipients.py). Table 2's follow-up carries its paper notes raw, among
them a number the review removed: right for table 2's chair, wrong on any other laptop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.bundles import import_files
from app.proposals.exchange import export_followup
from app.workspace import Workspace
from tests.app.proposals.followup_world import _World, tables_held


def test_another_tables_follow_up_is_refused_naming_both_tables(world: _World) -> None:
    cid = world.conference_id
    path = export_followup(world.kansli, cid, world.folder / "uppf-bord2.rbz", table=2).path
    [receipt] = import_files(world.laptop, [path])
    assert receipt.status == "refused" and receipt.check == "table-scope"
    assert receipt.reason == (
        "this is the follow-up for table 2; this laptop chairs table 1 and does not take another"
        " table's notes"
    )
    assert world.laptop.store.get("note", world.call) is None  # the number the review removed
    assert tables_held(world.laptop, cid) == {1}


def test_her_own_tables_follow_up_is_taken_by_hand(world: _World) -> None:
    cid = world.conference_id
    path = export_followup(world.kansli, cid, world.folder / "uppf-bord1.rbz", table=1).path
    [receipt] = import_files(world.laptop, [path])
    assert receipt.status == "imported", receipt.reason
    assert notes.note(world.laptop.store, world.bus).text == "Bussen går sällan"


def test_a_laptop_without_the_conference_opens_no_conference_from_a_follow_up(
    world: _World, tmp_path: Path
) -> None:
    cid = world.conference_id
    path = export_followup(world.kansli, cid, world.folder / "uppf-bord2.rbz", table=2).path
    fresh = Workspace.create(tmp_path / "ny", "chair")
    try:
        [receipt] = import_files(fresh, [path])
        assert receipt.status == "refused", receipt.reason
        assert receipt.reason == (
            "this is the follow-up for table 2 of a conference this laptop does not hold: open the"
            " conference pack first"
        )
        assert tables_held(fresh, cid) == set()
        assert fresh.store.get("conference", cid) is None
    finally:
        fresh.close()


def test_a_laptop_that_chairs_no_table_yet_is_told_how_to_take_its_own(world: _World, tmp_path: Path) -> None:
    """A spare laptop holding the pack, before its chair typed anything: refused, and told what to do;
    once she has written a note at table 1, the same file is taken."""
    from app.bundles.export import export_pack

    cid = world.conference_id
    spare = Workspace.create(tmp_path / "reserv", "chair")
    try:
        [pack] = import_files(spare, [export_pack(world.kansli, cid, tmp_path / "p.rbz").path])
        assert pack.status == "imported", pack.reason
        path = export_followup(world.kansli, cid, world.folder / "uppf-bord1.rbz", table=1).path
        [receipt] = import_files(spare, [path])
        assert receipt.status == "refused"
        assert receipt.reason.startswith("this is the follow-up for table 1; this laptop chairs no table")
        notes.add_note(spare.store, cid, 1, 1, "Reservdatorn vid bord 1")
        [receipt] = import_files(spare, [path])
        assert receipt.status == "imported", receipt.reason
        assert notes.note(spare.store, world.bus).text == "Bussen går sällan"
    finally:
        spare.close()


def test_the_secretariat_takes_its_own_chairs_follow_up_back(world: _World) -> None:
    """The rule is a chair's laptop's: a secretariat already holds every table, and importing a
    follow-up it signed changes nothing it does not hold."""
    cid = world.conference_id
    path = export_followup(world.kansli, cid, world.folder / "uppf-bord2.rbz", table=2).path
    [receipt] = import_files(world.kansli, [path])
    assert receipt.status != "refused", receipt.reason


def test_a_colleagues_whole_record_is_refused_by_a_chairs_laptop_however_it_arrives(
    world: _World, tmp_path: Path
) -> None:
    """Written beside the share, then copied into it (a mirrored WebDAV folder, a hand, a target set up
    afterwards): sync leaves it, "Open file…" refuses it, and the colleague secretariat takes it."""
    import shutil

    from app.proposals.exchange import SECRETARIAT
    from app.sync import settings
    from tests.sync_fixtures import sync_once

    cid = world.conference_id
    aside = export_followup(world.kansli, cid, tmp_path / "kollega.rbz", recipient=SECRETARIAT).path
    share = tmp_path / "share"
    (share / cid).mkdir(parents=True)
    settings.configure(world.laptop.store, str(share))
    shutil.copy(aside, share / cid / aside.name)
    report = sync_once(world.laptop)
    assert [(p.outcome, p.check) for p in report.pulled] == [("not-for-us", "")]
    [receipt] = import_files(world.laptop, [aside])
    assert receipt.status == "refused" and receipt.check == "table-scope"
    assert receipt.reason == (
        "this is a secretariat's whole record for a colleague secretariat, with what the review found: a"
        " chair's laptop does not take it"
    )
    held = world.laptop.store.conn.execute("SELECT count(*) FROM privacy_decisions").fetchone()[0]
    assert held == 0 and tables_held(world.laptop, cid) == {1}
    [taken] = import_files(world.colleague, [aside])
    assert taken.status == "imported", taken.reason


def test_the_sync_folder_under_another_name_is_recognised(tmp_path: Path) -> None:
    """One folder under two names (here a bind mount; a mapped drive beside its network path, or a
    case-insensitive disk, alike): the colleague's file is refused there by the folder's identity, not
    the text of its path. Run in a user namespace of its own, where a bind mount needs no privilege."""
    import shutil
    import subprocess
    import sys

    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) here")
    share, alias = tmp_path / "share", tmp_path / "alias"
    (share / "conf").mkdir(parents=True)
    alias.mkdir()
    root = Path(__file__).resolve().parents[3]
    check = (
        "from pathlib import Path; from app.proposals.exchange import _inside; "
        f"print(_inside(Path({str(alias / 'conf' / 'k.rbz')!r}), Path({str(share)!r})),"
        f" _inside(Path({str(tmp_path / 'k.rbz')!r}), Path({str(share)!r})))"
    )
    run = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            f'mount --bind "{share}" "{alias}" && exec "{sys.executable}" -c "{check}"',
        ],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    if run.returncode != 0 and not run.stdout:  # no user namespace or no bind mount in it
        pytest.skip(f"no bind mount in a user namespace here: {run.stderr.strip()[:80]}")
    assert run.stdout.split() == ["True", "False"], run.stdout + run.stderr
