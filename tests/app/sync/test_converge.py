"""Two chairs and the secretariat converge through one target, with real signed bundles.

The secretariat pushes the conference pack; two fresh chair laptops pull it (and pin its key), take notes,
sign their tables into the outbox and push; the secretariat pulls and merges both tables. Then the
secretariat changes the pack and the chairs receive the new version. Re-syncing moves nothing.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from app import conferences, demo, notes
from app.bundles import export, identity, trust
from app.cli import main as cli_main
from app.sync import engine, errors, outbox, settings
from app.sync.errors import SyncError
from app.sync.webdav import WebDavTarget
from app.workspace import Workspace
from tests.sync_fixtures import sync_once


def _taken(report: engine.SyncReport) -> list[str]:
    """Outcomes of the fetched bundles meant for this workspace."""
    return [p.outcome for p in report.pulled if p.outcome != engine.NOT_FOR_US]


def _shared_folder(secretariat: Workspace, chair: Workspace, conference_id: str, tmp_path: Path) -> Path:
    """A shared folder both sync to, holding the conference pack the chair has already fetched."""
    share = tmp_path / "share"
    share.mkdir()
    for workspace in (secretariat, chair):
        settings.configure(workspace.store, str(share))
    export.export_pack(secretariat, conference_id, None)
    sync_once(secretariat)
    sync_once(chair)
    return share


def _table_bundle_on_the_share(
    secretariat: Workspace, chair: Workspace, conference_id: str, tmp_path: Path, text: str
) -> Path:
    """Table 1's export of one note, pushed by the chair: the file as it lies on the share."""
    share = _shared_folder(secretariat, chair, conference_id, tmp_path)
    notes.add_note(chair.store, conference_id, 1, 1, text)
    result = export.export_table(chair, conference_id, 1)
    sync_once(chair)
    return share / conference_id / result.path.name


@pytest.fixture
def people(tmp_path: Path):
    """(secretariat, chair of table 1, chair of table 2, conference id), each with its own identity."""
    secretariat = Workspace.create(tmp_path / "kansli")
    secretariat.role = "secretariat"
    identity.create_identity(secretariat, "Kansliet")
    conference_id = demo.ensure_demo(secretariat.store)
    chairs = []
    for number, name in ((1, "Anna Berg"), (2, "Omar Haddad")):
        chair = Workspace.create(tmp_path / f"chair{number}")
        chair.role = "chair"
        me = identity.create_identity(chair, name)
        trust.add(secretariat.store, me.public_key, name, "chair", conference_id, number)
        chairs.append(chair)
    yield secretariat, chairs[0], chairs[1], conference_id
    for workspace in (secretariat, *chairs):
        workspace.close()


@pytest.fixture(params=["webdav", "folder"])
def target_text(request, tmp_path: Path) -> str:
    if request.param == "folder":
        path = tmp_path / "share"
        path.mkdir()
        return str(path)
    return request.getfixturevalue("dav").url


def _configure(workspace: Workspace, target_text: str, dav_password: str) -> None:
    if target_text.startswith("http"):
        settings.configure(workspace.store, target_text, user="kansli", password=dav_password)
    else:
        settings.configure(workspace.store, target_text)


def test_two_chairs_and_the_secretariat_converge(people, target_text, loopback_module):
    secretariat, chair1, chair2, conference_id = people
    for workspace in (secretariat, chair1, chair2):
        _configure(workspace, target_text, loopback_module.PASSWORD)

    export.export_pack(secretariat, conference_id, None)
    assert [e.name for e in sync_once(secretariat).pushed]

    for number, chair in ((1, chair1), (2, chair2)):
        report = sync_once(chair)
        assert _taken(report) == [engine.IMPORTED]  # chair 2 also sees, and leaves, table 1's export
        assert conferences.conference(chair.store, conference_id).title  # the chair received the pack
        for question, text in (
            (1, f"Bord {number}: fler cykelbanor"),
            (2, f"Bord {number}: öppna skolgårdar"),
        ):
            notes.add_note(chair.store, conference_id, number, question, text)
        notes.add_note(
            chair.store, conference_id, number, 1, f"Bord {number}: förslag", kind="proposal", votes=4
        )
        export.export_table(chair, conference_id, number)  # into the outbox
        report = sync_once(chair)
        assert len(report.pushed) == 1 and report.pushed[0].kind == "table-export"

    report = sync_once(secretariat)
    assert sorted(p.outcome for p in report.pulled) == [engine.IMPORTED, engine.IMPORTED]
    central = {(n.table_number, n.text) for n in notes.list_notes(secretariat.store, conference_id)}
    for workspace in (chair1, chair2):
        own = {(n.table_number, n.text) for n in notes.list_notes(workspace.store, conference_id)}
        assert len(own) == 3 and own <= central  # every note of both chairs reached the central store
    assert {number for number, _ in central} == {1, 2}

    # Re-sync is a no-op everywhere.
    for workspace in (secretariat, chair1, chair2):
        assert not sync_once(workspace).moved_anything

    # The secretariat changes the pack; both chairs receive the new version.
    conference = conferences.conference(secretariat.store, conference_id)
    secretariat.store.write("conference", conference.id, {"venue": "Stadshuset, sal B"})
    export.export_pack(secretariat, conference_id, None)
    assert len(sync_once(secretariat).pushed) == 1
    for chair in (chair1, chair2):
        assert _taken(sync_once(chair)) == [engine.IMPORTED]
        assert conferences.conference(chair.store, conference_id).venue == "Stadshuset, sal B"

    # A chair edits after the first export: the re-export goes out, the secretariat gets the edit.
    [first] = [n for n in notes.list_notes(chair1.store, conference_id) if n.kind == "proposal"]
    notes.edit_note(chair1.store, first.id, text="Bord 1: förslag om cykelbanor längs ån")
    export.export_table(chair1, conference_id, 1)
    assert len(sync_once(chair1).pushed) == 1
    assert [p.outcome for p in sync_once(secretariat).pulled] == [engine.IMPORTED]
    assert notes.note(secretariat.store, first.id).text == "Bord 1: förslag om cykelbanor längs ån"
    states = {s.state for s in outbox.status(chair1.store, chair1.outbox_dir, target_text)}
    assert states == {"sent"}


def test_a_tampered_bundle_on_the_target_is_refused_and_reported_once(people, tmp_path):
    secretariat, chair1, _, conference_id = people
    remote = _table_bundle_on_the_share(secretariat, chair1, conference_id, tmp_path, "Fler bänkar i parken")
    data = bytearray(remote.read_bytes())
    data[len(data) // 2] ^= 0xFF
    remote.write_bytes(bytes(data))
    before = notes.list_notes(secretariat.store, conference_id)
    report = sync_once(secretariat)
    assert [p.outcome for p in report.pulled] == [engine.REFUSED]
    [problem] = report.problems
    assert problem.code == "fetched-refused" and problem.params["file"] == remote.name
    assert problem.params["why"] == report.pulled[0].why.as_json()  # exactly why, as data
    assert notes.list_notes(secretariat.store, conference_id) == before
    again = sync_once(secretariat)  # the same bad file is not fetched and refused over and over
    assert again.pulled == [] and again.problems == []


def test_a_bundle_this_laptop_cannot_hold_is_a_local_fault_and_fetched_again(people, tmp_path):
    secretariat, chair1, _, conference_id = people
    share = _shared_folder(secretariat, chair1, conference_id, tmp_path)
    stranger = Workspace.create(tmp_path / "stranger")  # a chair the secretariat does not know yet
    try:
        identity.create_identity(stranger, "Okänd Ordförande")
        settings.configure(stranger.store, str(share))
        sync_once(stranger)
        notes.add_note(stranger.store, conference_id, 2, 1, "Ett okänt bord")
        export.export_table(stranger, conference_id, 2)
        sync_once(stranger)
    finally:
        stranger.close()
    (secretariat.dir / "quarantine").write_text("in the way")  # its quarantine folder cannot be made
    with pytest.raises(SyncError) as caught:
        sync_once(secretariat)
    assert caught.value.kind == errors.LOCAL and "quarantine" in str(caught.value)
    assert secretariat.store.meta_get(settings.LAST_ERROR_KEY).startswith(errors.LOCAL)
    (secretariat.dir / "quarantine").unlink()
    assert [p.outcome for p in sync_once(secretariat).pulled] == [engine.QUARANTINED]


def test_a_half_copied_bundle_is_fetched_again_once_complete(people, tmp_path):
    secretariat, chair1, _, conference_id = people
    remote = _table_bundle_on_the_share(secretariat, chair1, conference_id, tmp_path, "Bättre busstider")
    whole = remote.read_bytes()
    remote.write_bytes(whole[: len(whole) // 2])  # a cloud-sync engine still copying the file
    assert [p.outcome for p in sync_once(secretariat).pulled] == [engine.INCOMPLETE]
    remote.write_bytes(whole)
    assert [p.outcome for p in sync_once(secretariat).pulled] == [engine.IMPORTED]
    assert [n.text for n in notes.list_notes(secretariat.store, conference_id)] == ["Bättre busstider"]


def test_cli_export_outbox_and_sync(people, tmp_path, capsys):
    secretariat, chair1, _, conference_id = people
    share = tmp_path / "share"
    share.mkdir()
    export.export_pack(secretariat, conference_id, None)
    settings.configure(secretariat.store, str(share))
    sync_once(secretariat)

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli_main(["--workspace", str(chair1.dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("sync", "configure", "--target", str(share))[0] == 0
    code, out, _ = run("sync")
    assert code == 0 and "imported" in out
    notes.add_note(chair1.store, conference_id, 1, 1, "Mötesplatser för unga")
    assert run("export", "--conference", conference_id, "--table", "1")[0] == 0
    code, out, _ = run("outbox")
    assert code == 0 and out.startswith("pending") and "table-export table 1" in out
    code, out, _ = run("outbox", "--json")
    import json

    [line] = [json.loads(x) for x in out.splitlines()]
    assert line["state"] == "pending" and line["conference"] == conference_id and line["tables"] == [1]
    code, out, _ = run("sync")
    assert code == 0 and out.startswith("sent ") and "table-export" in out
    code, out, _ = run("outbox", "--json")
    assert json.loads(out)["state"] == "sent" and json.loads(out)["sent_to"][0]["target"] == str(share)
    code, out, _ = run("sync")
    assert out.strip() == "nothing new to send or fetch"
    code, out, _ = run("sync", "status", "--json")
    status = json.loads(out)
    assert status["pending"] == 0 and status["sent"] == 1 and status["last_success"]


def test_a_file_too_big_for_a_bundle_is_not_fetched(people, tmp_path, monkeypatch):
    secretariat, _, _, conference_id = people
    share = tmp_path / "share"
    (share / conference_id).mkdir(parents=True)
    settings.configure(secretariat.store, str(share))
    monkeypatch.setattr(engine, "MAX_FILE_BYTES", 1000)  # a small cap, so the test writes a small file
    (share / conference_id / "0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz").write_bytes(b"\0" * 1001)
    report = sync_once(secretariat)
    assert [(p.outcome, p.detail) for p in report.pulled] == [(engine.REFUSED, "too large for a bundle")]
    assert not any(engine.inbox_dir(secretariat).iterdir())
    assert sync_once(secretariat).pulled == []


def test_a_chairs_first_sync_shows_the_pinned_keys_fingerprint(people, tmp_path, capsys):
    secretariat, chair1, _, conference_id = people
    share = tmp_path / "share"
    share.mkdir()
    export.export_pack(secretariat, conference_id, None)
    settings.configure(secretariat.store, str(share))
    sync_once(secretariat)
    assert cli_main(["--workspace", str(chair1.dir), "sync", "--target", str(share)]) == 0
    out = capsys.readouterr().out
    fingerprint = identity.require_identity(secretariat).fingerprint
    assert "imported " in out and "pinned Kansliet's key" in out and fingerprint in out


def test_cli_outbox_says_when_it_is_empty(chair, capsys):
    assert cli_main(["--workspace", str(chair.dir), "outbox"]) == 0
    assert capsys.readouterr().out.startswith("the outbox is empty")
    assert cli_main(["--workspace", str(chair.dir), "outbox", "--json"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("fault", ["status-500", "timeout", "connection-drops"])
def test_a_fault_while_pulling_leaves_nothing_half_fetched_and_is_retried(
    people, dav, loopback_module, fault
):
    secretariat, chair1, _, conference_id = people
    for workspace in (secretariat, chair1):
        settings.configure(workspace.store, dav.url, user=dav.user, password=dav.password)
    export.export_pack(secretariat, conference_id, None)
    sync_once(secretariat)
    sync_once(chair1)
    notes.add_note(chair1.store, conference_id, 1, 1, secrets.token_hex(20_000))  # a bundle of some size
    export.export_table(chair1, conference_id, 1)
    sync_once(chair1)

    proxy = None
    if fault == "status-500":
        dav.faults.status, dav.faults.methods = 500, ("GET",)
        target = settings.open_target(secretariat.store)
    elif fault == "timeout":
        # far beyond the client's 2 s, which leaves the listing before it time on a loaded machine
        dav.faults.stall_seconds, dav.faults.methods = 120.0, ("GET",)
        target = settings.open_target(secretariat.store, timeout=(5, 2))
    else:
        proxy = loopback_module.CuttingProxy(dav.port, cut_download_after=12_000)  # lists, then breaks a GET
        target = WebDavTarget(proxy.url(), "t", user=dav.user, password=dav.password, timeout=(2, 5))
    try:
        with pytest.raises(SyncError) as caught:
            engine.run_sync(secretariat, target)
        assert "downloading" in str(caught.value)  # it broke in the GET, after the listing
        assert "\n" not in str(caught.value)
        assert [p.name for p in engine.inbox_dir(secretariat).iterdir()] == []  # no half-fetched file
        assert notes.list_notes(secretariat.store, conference_id) == []
        dav.faults.unstall.set()  # the stalled GET lets go
        dav.faults.__init__()
        if proxy:
            proxy.cut_download_after = None
        if fault == "timeout":  # the retry as the office makes it, with its usual patience
            target.close()
            target = settings.open_target(secretariat.store)
        report = engine.run_sync(secretariat, target)
        assert [p.outcome for p in report.pulled] == [engine.IMPORTED]
        assert len(notes.list_notes(secretariat.store, conference_id)) == 1
    finally:
        dav.faults.unstall.set()
        target.close()
        if proxy:
            proxy.close()
