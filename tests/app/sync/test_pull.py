"""What a pull looks at: chairs follow their conferences, each role takes its kind, seen stays seen."""

from __future__ import annotations

from app.demo import ensure_demo
from app.sync import engine, settings


def _sync(workspace):
    return engine.run_sync(workspace, settings.open_target(workspace.store))


def test_a_chair_with_a_conference_follows_only_that_one(chair, share, plain_bundle):
    own = ensure_demo(chair.store)
    settings.configure(chair.store, str(share))
    for folder in (own, "another-conference"):
        (share / folder).mkdir()
        plain_bundle(share / folder, conference=folder, kind="table-export")
    report = _sync(chair)
    assert [(p.conference_id, p.outcome) for p in report.pulled] == [(own, engine.NOT_FOR_US)]
    assert not any(engine.inbox_dir(chair).iterdir())  # what is not for us is not kept
    again = _sync(chair)
    assert again.pulled == [] and again.unchanged == 1


def test_the_secretariat_leaves_packs_and_its_own_bundles(chair, share, plain_bundle):
    chair.role = "secretariat"
    settings.configure(chair.store, str(share))
    mine = plain_bundle(chair.outbox_dir, conference="conf-a", kind="conference-pack")
    _sync(chair)  # pushes its own pack
    (share / "conf-b").mkdir()
    plain_bundle(share / "conf-b", conference="conf-b", kind="conference-pack")
    report = _sync(chair)
    assert [(p.conference_id, p.kind, p.outcome) for p in report.pulled] == [
        ("conf-b", "conference-pack", engine.NOT_FOR_US)
    ]
    assert mine.name not in [p.bundle_id + ".rbz" for p in report.pulled]


def test_a_changed_remote_file_is_looked_at_again(chair, share, plain_bundle):
    chair.role = "secretariat"
    settings.configure(chair.store, str(share))
    (share / "conf-b").mkdir()
    path = plain_bundle(share / "conf-b", conference="conf-b", kind="conference-pack")
    assert len(_sync(chair).pulled) == 1
    assert _sync(chair).pulled == []
    path.write_bytes(path.read_bytes() + b"\0")
    assert len(_sync(chair).pulled) == 1
