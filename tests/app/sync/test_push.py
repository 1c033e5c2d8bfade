"""Pushing the outbox: pending goes out, sent stays sent, re-sync moves nothing, same bytes not re-sent."""

from __future__ import annotations

import pytest

from app.cancel import CancelToken
from app.messages import Message, message
from app.sync import engine, outbox, settings


def _pending(workspace, target_text=None):
    target = target_text or settings.configured_target(workspace.store)
    return [
        s.entry.name
        for s in outbox.status(workspace.store, workspace.outbox_dir, target)
        if s.state == "pending"
    ]


@pytest.fixture(params=["folder", "webdav"])
def configured(request, chair, share):
    """The chair configured for a folder or for the loopback WebDAV server; yields the share's root."""
    if request.param == "folder":
        settings.configure(chair.store, str(share))
        return share
    return request.getfixturevalue("dav_configured").root


def test_push_sends_every_pending_bundle_and_marks_it_sent(chair, configured, plain_bundle, remote_files):
    first = plain_bundle(chair.outbox_dir, conference="conf-a", table=1)
    second = plain_bundle(chair.outbox_dir, conference="conf-b", table=2)
    assert sorted(_pending(chair)) == sorted([first.name, second.name])
    target = settings.open_target(chair.store)
    report = engine.run_sync(chair, target)
    target.close()
    assert sorted(e.name for e in report.pushed) == sorted([first.name, second.name])
    assert remote_files(configured) == sorted([f"conf-a/{first.name}", f"conf-b/{second.name}"])
    assert (configured / "conf-a" / first.name).read_bytes() == first.read_bytes()
    assert _pending(chair) == []
    assert first.exists() and second.exists()  # the outbox keeps its copies after sending
    assert chair.store.meta_get(settings.LAST_SUCCESS_KEY)


def test_resync_is_a_no_op(chair, dav_configured, plain_bundle):
    plain_bundle(chair.outbox_dir)
    target = settings.open_target(chair.store)
    engine.run_sync(chair, target)
    dav_configured.faults.requests.clear()
    again = engine.run_sync(chair, target)
    target.close()
    assert not again.moved_anything and again.lines() == ["nothing new to send or fetch"]
    assert {method for method, _ in dav_configured.faults.requests} == {"PROPFIND"}  # looked, wrote nothing


def test_a_bundle_already_there_with_the_same_bytes_is_not_sent_again(chair, dav_configured, plain_bundle):
    path = plain_bundle(chair.outbox_dir, conference="conf-a")
    target = settings.open_target(chair.store)
    engine.run_sync(chair, target)
    chair.store.conn.execute("DELETE FROM sync_sent")  # as if this laptop forgot it had sent it
    dav_configured.faults.requests.clear()
    report = engine.run_sync(chair, target)
    target.close()
    assert [e.name for e in report.already_there] == [path.name] and not report.pushed
    assert "PUT" not in {method for method, _ in dav_configured.faults.requests}
    assert _pending(chair) == []


def test_a_different_file_under_the_same_name_is_replaced(chair, dav_configured, plain_bundle):
    path = plain_bundle(chair.outbox_dir, conference="conf-a")
    (dav_configured.root / "conf-a").mkdir()
    (dav_configured.root / "conf-a" / path.name).write_bytes(b"a truncated copy someone left")
    target = settings.open_target(chair.store)
    report = engine.run_sync(chair, target)
    target.close()
    assert [e.name for e in report.pushed] == [path.name]
    assert (dav_configured.root / "conf-a" / path.name).read_bytes() == path.read_bytes()


def test_changed_bytes_are_pending_again_and_sent_is_per_target(chair, share, tmp_path, plain_bundle):
    settings.configure(chair.store, str(share))
    path = plain_bundle(chair.outbox_dir)
    engine.run_sync(chair, settings.open_target(chair.store))
    assert _pending(chair) == []
    path.write_bytes(path.read_bytes() + b"\0")  # a re-export under the same name
    assert _pending(chair) == [path.name]
    engine.run_sync(chair, settings.open_target(chair.store))
    stick = tmp_path / "stick"
    stick.mkdir()
    assert _pending(chair, str(stick)) == [path.name]  # another target has not got it yet
    engine.run_sync(chair, settings.open_target(chair.store, str(stick)))
    assert _pending(chair, str(stick)) == [] and _pending(chair) == []
    [status] = outbox.status(chair.store, chair.outbox_dir, None)
    assert {t for t, _ in status.sent_to} == {str(share), str(stick)}


def test_an_unreadable_outbox_file_is_reported_and_the_rest_still_goes(chair, share, plain_bundle):
    settings.configure(chair.store, str(share))
    (chair.outbox_dir / "broken.rbz").write_bytes(b"not a zip")
    (chair.outbox_dir / ".half.rbz.part").write_bytes(b"being written")
    good = plain_bundle(chair.outbox_dir)
    report = engine.run_sync(chair, settings.open_target(chair.store))
    assert [e.name for e in report.pushed] == [good.name]
    [problem] = report.problems
    assert problem.code == "outbox-unreadable" and problem.params["file"] == "broken.rbz"
    assert problem.english().startswith("broken.rbz: not a readable bundle (")
    states = {s.entry.name: s.state for s in outbox.status(chair.store, chair.outbox_dir, str(share))}
    assert states == {"broken.rbz": "unreadable", good.name: "sent"}


def test_cancel_stops_between_bundles_and_keeps_what_was_sent(chair, share, plain_bundle):
    settings.configure(chair.store, str(share))
    first = plain_bundle(chair.outbox_dir)
    plain_bundle(chair.outbox_dir)
    token = CancelToken()
    seen = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        token.cancel()  # pressed while the first bundle goes out

    with pytest.raises(engine.SyncCancelled):
        engine.run_sync(chair, settings.open_target(chair.store), progress=progress, cancel=token)
    assert seen == [(0, 2, f"sending {first.name}")]
    assert len(_pending(chair)) == 1 and len(list(share.rglob("*.rbz"))) == 1
    assert not chair.store.meta_get(settings.LAST_SUCCESS_KEY)


def test_a_bundle_removed_from_the_outbox_midway_is_skipped(chair, share, plain_bundle, monkeypatch):
    settings.configure(chair.store, str(share))
    gone = plain_bundle(chair.outbox_dir)
    kept = plain_bundle(chair.outbox_dir)
    real_status = outbox.status

    def status_then_remove(*args):
        found = real_status(*args)
        gone.unlink()  # someone tidies the outbox between the look and the send
        return found

    monkeypatch.setattr(outbox, "status", status_then_remove)
    report = engine.run_sync(chair, settings.open_target(chair.store))
    assert [e.name for e in report.pushed] == [kept.name]
    assert [p.english() for p in report.problems] == [f"{gone.name}: left the outbox before it was sent"]
    assert report.problems == [message("outbox-gone", file=gone.name)]


def test_the_report_says_each_outcome_in_words() -> None:
    from app.sync.engine import Pulled, SyncReport

    report = SyncReport("/share")
    report.pulled = [
        Pulled("b1", "c", "table-export", engine.ALREADY),
        Pulled("b2", "c", "table-export", engine.QUARANTINED, "signed by an unknown key"),
        Pulled("b3", "c", "", engine.INCOMPLETE, "cut short"),
        Pulled("b4", "c", "conference-pack", engine.NOT_FOR_US),
    ]
    assert report.lines() == [
        "already imported b1.rbz (table-export)",
        "held in quarantine b2.rbz (table-export): signed by an unknown key",
        "incomplete (fetched again next time) b3.rbz (unknown kind): cut short",
    ]


def test_a_refused_bundle_is_said_once() -> None:
    from app.sync.engine import Pulled, SyncReport

    report = SyncReport("/share")
    report.pulled = [Pulled("b1", "c", "", engine.REFUSED, "damaged or altered")]
    why = Message("text", {"text": "damaged or altered"})
    report.problems = [message("fetched-refused", file="b1.rbz", why=why.as_json())]
    assert report.lines() == ["problem: b1.rbz refused: damaged or altered", "nothing new to send or fetch"]
