"""What a pull looks at: chairs follow their conferences, each role takes its kind, seen stays seen."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.demo import ensure_demo
from app.sync import engine, errors, settings
from app.sync import folder as folder_module
from app.sync.errors import SyncError
from app.sync.folder import FolderTarget
from tests.sync_fixtures import sync_once


def _opened_from_a_pack(chair, tmp_path) -> str:
    """The chair opens the demo conference from a pack the secretariat signed on its own workspace."""
    from app.bundles.export import export_pack
    from app.bundles.identity import create_identity
    from app.bundles.importer import import_files
    from app.workspace import Workspace

    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "pack.rbz").path
    office.close()
    assert import_files(chair, [pack])[0].status == "imported"
    return conference_id


def test_a_chair_with_a_conference_follows_only_that_one(chair, share, plain_bundle, tmp_path):
    own = _opened_from_a_pack(chair, tmp_path)
    settings.configure(chair.store, str(share))
    for folder in (own, "another-conference"):
        (share / folder).mkdir()
        plain_bundle(share / folder, conference=folder, kind="table-export")
    report = sync_once(chair)
    # Another conference's folder is looked into once, for a pack of a secretariat pinned here (next
    # year's conference): a table export there, like one of its own conference, is not for a chair.
    assert sorted((p.conference_id, p.outcome) for p in report.pulled) == sorted(
        [(own, engine.NOT_FOR_US), ("another-conference", engine.NOT_FOR_US)]
    )
    assert not any(engine.inbox_dir(chair).iterdir())  # what is not for us is not kept
    again = sync_once(chair)
    assert again.pulled == [] and again.unchanged == 2


def test_the_workspace_that_created_a_conference_collects_its_table_exports(chair, share, plain_bundle):
    """Roles belong to conferences: a workspace whose person chose "chair" but which created a conference
    (so its key signs that conference's pack) is that conference's secretariat, and fetches its tables."""
    assert chair.role == "chair"
    own = ensure_demo(chair.store)
    settings.configure(chair.store, str(share))
    (share / own).mkdir()
    plain_bundle(share / own, conference=own, kind="table-export")
    plain_bundle(share / own, conference=own, kind="conference-pack")
    report = sync_once(chair)
    outcomes = sorted((p.kind, p.outcome == engine.NOT_FOR_US) for p in report.pulled)
    assert outcomes == [("conference-pack", True), ("table-export", False)]


def test_the_secretariat_leaves_packs_and_its_own_bundles(chair, share, plain_bundle):
    chair.role = "secretariat"
    settings.configure(chair.store, str(share))
    mine = plain_bundle(chair.outbox_dir, conference="conf-a", kind="conference-pack")
    sync_once(chair)  # pushes its own pack
    (share / "conf-b").mkdir()
    plain_bundle(share / "conf-b", conference="conf-b", kind="conference-pack")
    report = sync_once(chair)
    assert [(p.conference_id, p.kind, p.outcome) for p in report.pulled] == [
        ("conf-b", "conference-pack", engine.NOT_FOR_US)
    ]
    assert mine.name not in [p.bundle_id + ".rbz" for p in report.pulled]


def test_a_changed_remote_file_is_looked_at_again(chair, share, plain_bundle):
    chair.role = "secretariat"
    settings.configure(chair.store, str(share))
    (share / "conf-b").mkdir()
    path = plain_bundle(share / "conf-b", conference="conf-b", kind="conference-pack")
    assert len(sync_once(chair).pulled) == 1
    assert sync_once(chair).pulled == []
    path.write_bytes(path.read_bytes() + b"\0")
    assert len(sync_once(chair).pulled) == 1


class _Understating(FolderTarget):
    """A share whose listing claims every file is tiny, as a hostile or broken server may."""

    def files(self, folder):
        return [replace(f, size=1) for f in super().files(folder)]


def test_a_file_larger_than_listed_is_cut_off_not_fetched_whole(chair, share, plain_bundle, monkeypatch):
    monkeypatch.setattr(folder_module, "MAX_FILE_BYTES", 50_000)
    chair.role = "secretariat"
    (share / "conf-b").mkdir()
    huge = plain_bundle(share / "conf-b", conference="conf-b", padding=200_000)
    target = _Understating(share, "tag")
    report = engine.run_sync(chair, target)
    [pulled] = report.pulled
    assert (pulled.outcome, pulled.detail) == (engine.REFUSED, "too large for a bundle")
    assert [p.name for p in engine.inbox_dir(chair).iterdir()] == []  # no copy, no half copy
    assert huge.exists() and engine.run_sync(chair, target).pulled == []  # remembered, not fetched again


def test_both_targets_stop_a_download_at_the_bundle_size_cap(
    chair, share, plain_bundle, monkeypatch, dav, tmp_path
):
    from app.sync import webdav

    monkeypatch.setattr(folder_module, "MAX_FILE_BYTES", 50_000)
    monkeypatch.setattr(webdav, "MAX_FILE_BYTES", 50_000)
    local = plain_bundle(tmp_path, padding=200_000)
    for target in (
        FolderTarget(share, "t"),
        webdav.WebDavTarget(dav.url, "t", user=dav.user, password=dav.password),
    ):
        target.upload(local, "conf-1", local.name)
        [remote] = target.files("conf-1")
        out = tmp_path / "fetched.rbz"
        with pytest.raises(SyncError) as caught:
            target.download(replace(remote, size=1), out)
        assert caught.value.kind == errors.TOO_LARGE and "not fetched" in str(caught.value)
        assert not out.exists() and not out.with_name("fetched.rbz.part").exists()
        target.close()
