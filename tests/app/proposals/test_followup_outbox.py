"""Chairs' follow-ups waiting in the outbox when a note is left out, or when the table's follow-up is
signed again (app/proposals/followup_outbox.py), through real signed bundles and real syncs to a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.cli import main
from app.privacy import left_out
from app.proposals.exchange import export_followup
from app.proposals.followup_outbox import after_leaving_out
from app.sync.outbox import entries
from app.workspace import Workspace
from tests.app.proposals.followup_world import _World, share_folder
from tests.sync_fixtures import sync_once


def _outbox(world: _World) -> set[str]:
    return {e.bundle_id for e in entries(world.kansli.outbox_dir)}


def test_a_follow_up_queued_before_a_leave_out_does_not_go_out_after_it(
    world: _World, tmp_path: Path
) -> None:
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, "Anna sa att Jonas Ekdahl dricker, ta inte med det")
    first = export_followup(world.kansli, cid, table=1)  # into the outbox
    left_out.leave_out(store, private)
    done = after_leaving_out(world.kansli, [private])
    assert done.removed == [first.path.name] and done.sent == []
    assert _outbox(world) == set()
    second = export_followup(world.kansli, cid, table=1)
    assert _outbox(world) == {second.bundle_id}
    share_folder(tmp_path, world.kansli, world.laptop)
    sync_once(world.kansli)
    sync_once(world.laptop)
    assert world.laptop.store.get("note", private) is None
    assert notes.note(world.laptop.store, world.bus).text == "Bussen går sällan"


def test_signing_a_tables_follow_up_again_withdraws_its_waiting_one(world: _World, tmp_path: Path) -> None:
    """Leave out (sign: not carried), take back (sign: carried), leave out again (sign: not carried):
    each signing replaces the table's waiting follow-up; the laptop syncs once at the end."""
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, "Jonas Ekdahl mår dåligt, ta inte med det")
    other = export_followup(world.kansli, cid, table=2)  # another table's stays
    left_out.leave_out(store, private)
    export_followup(world.kansli, cid, table=1)
    left_out.take_back(store, private)
    taken_back = export_followup(world.kansli, cid, table=1)
    left_out.leave_out(store, private)
    last = export_followup(world.kansli, cid, table=1)
    assert last.withdrawn is not None and last.withdrawn.removed == [taken_back.path.name]
    assert _outbox(world) == {other.bundle_id, last.bundle_id}
    share_folder(tmp_path, world.kansli, world.laptop)
    sync_once(world.kansli)
    sync_once(world.laptop)
    assert world.laptop.store.get("note", private) is None


def test_a_sent_follow_up_holding_a_note_left_out_since_is_named(
    world: _World, tmp_path: Path, capsys
) -> None:
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, "Jonas Ekdahl mår dåligt, ta inte med det")
    sent = export_followup(world.kansli, cid, table=1)
    share = share_folder(tmp_path, world.kansli)
    sync_once(world.kansli)
    world.kansli.close()
    try:
        args = ["--workspace", str(world.folder / "kansli")]
        assert main([*args, "privacy", "leave-out", private]) == 0
        out = capsys.readouterr().out
        assert f"already sent to {share}" in out and sent.path.name in out and "(table 1)" in out, out
        assert "deleting the file there stops the laptops that have not taken it yet" in out, out
        assert main([*args, "proposal", "export", "--conference", cid, "--table", "1"]) == 0
        out = capsys.readouterr().out
        assert sent.path.name in out and "holds 1 note(s) now left out" in out, out
    finally:
        world.kansli = Workspace(world.folder / "kansli")
    assert sent.path.exists()  # a sent one stays (sync knows it reached the target)


def test_the_colleagues_file_is_refused_inside_the_sync_folder_or_the_outbox(
    world: _World, tmp_path: Path
) -> None:
    """The chairs' laptops take what is in the sync folder (a folder target) and what sync sends from
    the outbox: the whole record goes to neither."""
    from app.errors import UserError
    from app.proposals.exchange import SECRETARIAT

    cid = world.conference_id
    share = share_folder(tmp_path, world.kansli, world.laptop)
    for inside in (
        share / cid / "kollega.rbz",
        share / "kollega.rbz",
        world.kansli.outbox_dir / "sub" / "k.rbz",
    ):
        with pytest.raises(UserError, match=r"sync folder|not to the outbox"):
            export_followup(world.kansli, cid, inside, recipient=SECRETARIAT)
        assert not inside.exists()
    beside = export_followup(world.kansli, cid, tmp_path / "kollega.rbz", recipient=SECRETARIAT)
    assert beside.path.exists()
    sync_once(world.kansli)
    sync_once(world.laptop)
    assert world.laptop.store.conn.execute("SELECT count(*) FROM privacy_decisions").fetchone()[0] == 0
