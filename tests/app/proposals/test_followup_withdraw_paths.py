"""Every path that leaves a note out takes the chairs' follow-ups holding it out of the outbox
(`followup_outbox.withdraw_left_out`): an omit decision in the personal-data review (the window's
"Leave the note out" button, `privacy decide --leave-out`) as much as the review's right click."""

from __future__ import annotations

from pathlib import Path

from app import notes
from app.cli import main
from app.privacy.review import OMIT, decide_all, review
from app.proposals.exchange import export_followup
from app.proposals.followup_outbox import describe, withdraw_left_out
from app.proposals.to_chairs import left_out_ids
from app.sync import settings
from app.sync.outbox import entries
from app.workspace import Workspace
from tests.app.proposals.followup_world import _World
from tests.sync_fixtures import sync_once

DRINKS = "Jonas Ekdahl sa att han dricker, ta inte med det"


def test_an_omit_decision_takes_the_waiting_follow_up_out_before_sync_sends_it(
    world: _World, tmp_path: Path
) -> None:
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, DRINKS)
    waiting = export_followup(world.kansli, cid, table=1)
    hits = [h for h in review(store, cid) if h.source.source_id == private]
    assert hits, "the review finds the name"
    decide_all(store, cid, hits, OMIT)  # what the window's "Leave the note out" button does
    assert private in left_out_ids(store, cid)
    done = withdraw_left_out(world.kansli, [cid])  # and then the window, as every path
    assert done.removed == [waiting.path.name] and not done.sent
    assert describe(done) == [f"removed from the outbox, not sent: {waiting.path.name}"]
    assert not list(entries(world.kansli.outbox_dir))
    share = tmp_path / "share"
    share.mkdir()
    for workspace in (world.kansli, world.laptop):
        settings.configure(workspace.store, str(share))
    sync_once(world.kansli)
    sync_once(world.laptop)
    assert world.laptop.store.get("note", private) is None
    assert not list(share.rglob("*.rbz"))


def test_privacy_decide_leave_out_withdraws_and_says_so(world: _World, capsys) -> None:
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, DRINKS)
    waiting = export_followup(world.kansli, cid, table=1)
    [hit, *_] = [h for h in review(store, cid) if h.source.source_id == private]
    world.kansli.close()
    try:
        args = ["--workspace", str(world.folder / "kansli")]
        assert main([*args, "privacy", "decide", "--conference", cid, hit.id, "--leave-out"]) == 0
        out = capsys.readouterr().out
        assert f"removed from the outbox, not sent: {waiting.path.name}" in out, out
    finally:
        world.kansli = Workspace(world.folder / "kansli")
    assert not waiting.path.exists()


def test_a_keep_decision_withdraws_nothing(world: _World, capsys) -> None:
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, DRINKS)
    waiting = export_followup(world.kansli, cid, table=1)
    [hit, *_] = [h for h in review(store, cid) if h.source.source_id == private]
    decide_all(store, cid, [hit], "keep")
    assert withdraw_left_out(world.kansli, [cid]).removed == []
    assert waiting.path.exists()


def test_a_leave_out_while_the_sync_uploads_the_follow_up_says_it_may_have_gone(
    world: _World, tmp_path: Path, monkeypatch
) -> None:
    """The window syncs on its timer while the secretary leaves a note out: the withdrawal waits for no
    lock and unlinks nothing the sync holds; it says the follow-up may already have been sent, and the
    next one names it as sent. (The leave-out runs inside the sync's copy: no thread, no timing.)"""
    from app.privacy import left_out
    from app.sync import folder as folder_mod

    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, "Jonas Ekdahl mår dåligt, ta inte med det")
    waiting = export_followup(world.kansli, cid, table=1)
    share = tmp_path / "share"
    share.mkdir()
    settings.configure(world.kansli.store, str(share))
    real_copy = folder_mod.copy_file
    said = []

    def copy_while_leaving_out(source, destination, progress, **kw):
        if not said:  # the right click lands while the bytes are copied
            left_out.leave_out(store, private)
            said.append(withdraw_left_out(world.kansli, [cid]))
        return real_copy(source, destination, progress, **kw)

    monkeypatch.setattr(folder_mod, "copy_file", copy_while_leaving_out)
    sync_once(world.kansli)
    monkeypatch.undo()
    [during] = said
    assert during.removed == [] and [m.name for m in during.maybe_sent] == [waiting.path.name]
    [line] = describe(during)
    assert (
        line.startswith(f"a sync is running, so {waiting.path.name} (table 1)") and "may already have" in line
    )
    after = withdraw_left_out(world.kansli, [cid])
    assert [(s.name, s.targets) for s in after.sent] == [(waiting.path.name, (str(share),))]


def test_sync_itself_takes_out_a_follow_up_holding_a_note_left_out_by_any_path(
    world: _World, tmp_path: Path
) -> None:
    """The last net: a path that leaves a note out without the withdrawal (here the omit decision
    alone, as a script over app.privacy would) still sends nothing of it: sync takes the follow-up out
    under its lock before it sends, and says so."""
    store, cid = world.kansli.store, world.conference_id
    private = notes.add_note(store, cid, 1, 1, DRINKS)
    waiting = export_followup(world.kansli, cid, table=1)
    other = export_followup(world.kansli, cid, table=2)
    decide_all(store, cid, [h for h in review(store, cid) if h.source.source_id == private], OMIT)
    share = tmp_path / "share"
    share.mkdir()
    for workspace in (world.kansli, world.laptop):
        settings.configure(workspace.store, str(share))
    report = sync_once(world.kansli)
    assert report.withdrawn == [waiting.path.name]
    assert (
        f"taken out of the outbox, not sent (holds a note now left out): {waiting.path.name}"
        in report.lines()
    )
    assert sorted(p.name for p in share.rglob("*.rbz")) == [other.path.name]  # table 2's went
    sync_once(world.laptop)
    assert world.laptop.store.get("note", private) is None
