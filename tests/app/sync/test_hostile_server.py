"""A WebDAV server that misbehaves (tests/app/sync/hostile_dav.py, on 127.0.0.1, started and stopped
here): each fault is one line and a non-zero exit from `rundabord sync`, leaves nothing half-written on
either side that a later sync misreads, and the next sync completes once the server behaves.

No test waits on a clock: a slow server holds its request until the test releases it, and the
client's patience is the user's own setting (`sync configure --timeout`), set short here."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.sync import engine, outbox, settings
from app.workspace import Workspace
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav


@pytest.fixture
def server(pack):
    conference, bundle_id, data = pack
    with HostileDav() as dav:
        dav.folders.add(conference)
        dav.files[f"{conference}/{bundle_id}.rbz"] = data
        dav.pack_path = f"{conference}/{bundle_id}.rbz"
        yield dav


@pytest.fixture
def laptop(tmp_path, server, pack, plain_bundle):
    """A new chair laptop with a table export waiting in its outbox, set to sync with the server."""
    workspace = Workspace.create(tmp_path / "laptop")
    plain_bundle(workspace.outbox_dir, conference=pack[0])
    settings.configure(workspace.store, server.url, user=USER, password=PASSWORD)
    yield workspace
    workspace.close()


def _sync(workspace: Workspace, capsys) -> tuple[int, str, str]:
    code = cli_main(["--workspace", str(workspace.dir), "sync"])
    out, err = capsys.readouterr()
    return code, out, err


def _half_written(workspace: Workspace, server: HostileDav) -> list[str]:
    """What a later sync could misread: partial files here, temporary or unlisted files there."""
    local = [p.name for p in workspace.dir.rglob("*") if p.name.endswith((".part", ".compare"))]
    remote = [name for name in server.files if name.rpartition("/")[2].startswith(".")]
    return local + remote


def _fails_in_one_line(workspace, server, capsys, *words: str, pushed: bool = False) -> str:
    """`pushed`: the fault is in the pull, after the outbox went out (push comes first)."""
    code, out, err = _sync(workspace, capsys)
    assert code == 2, (out, err)
    assert err.startswith("rundabord: error: ") and err.count("\n") == 1, err
    assert all(word in err for word in words), err
    assert "Traceback" not in err and len(err) < 400
    sent = [name for name in server.files if not name.rpartition("/")[2].startswith(".")]
    assert len(sent) == 1 + pushed  # the pack, and the table export only if the fault came after it
    assert _half_written(workspace, server) == []
    pending = outbox.status(workspace.store, workspace.outbox_dir, server.url)
    assert [s.state for s in pending] == ["sent" if pushed else "pending"]
    return err


def _pack_path(server: HostileDav) -> str:
    return server.pack_path


def _then_completes(workspace, server, capsys, *, pushed: bool = False) -> None:
    server.behave()
    code, out, err = _sync(workspace, capsys)
    assert code == 0, err
    assert out.startswith("sent ") != pushed and "imported " in out and "pinned" in out, out
    assert _half_written(workspace, server) == []
    assert [s.state for s in outbox.status(workspace.store, workspace.outbox_dir, server.url)] == ["sent"]
    code, out, _ = _sync(workspace, capsys)
    assert (code, out) == (0, "nothing new to send or fetch\n")


FAULTS = [
    ("PROPFIND", 500, ("500 Internal Server Error", "listing the sync folder")),
    ("MKCOL", 500, ("500", "creating the folder")),
    ("PUT", 507, ("full (507 Insufficient Storage)", "uploading")),
    ("PUT", 403, ("does not let this account write", "403")),
    ("MOVE", 500, ("500", "moving")),
    ("GET", 500, ("500", "downloading")),
    # A reset may meet the client sending or reading, before or after the answer's headers: the words
    # differ ("cannot reach the server", "the connection broke"), the one line does not
    ("PUT", "reset", ("while uploading",)),
    ("GET", "reset", ("while downloading",)),
    ("GET", "truncate", ("the connection broke while downloading", "IncompleteRead")),
    ("PROPFIND", "html", ("web page, not a WebDAV folder listing",)),
    ("PROPFIND", "xhtml", ("web page, not a WebDAV folder listing",)),
]


@pytest.mark.parametrize(("method", "how", "words"), FAULTS, ids=[f"{m}-{h}" for m, h, _ in FAULTS])
def test_a_fault_is_one_line_and_the_next_sync_completes(laptop, server, capsys, method, how, words):
    server.misbehave(method, how)
    pushed = method == "GET"
    _fails_in_one_line(laptop, server, capsys, *words, pushed=pushed)
    assert laptop.store.conn.execute("SELECT count(*) FROM sync_seen").fetchone()[0] == 0
    _then_completes(laptop, server, capsys, pushed=pushed)


def test_a_wrong_password_is_said_and_not_kept(laptop, server, capsys):
    settings.configure(laptop.store, server.url, user=USER, password="fel-lösen")
    err = _fails_in_one_line(laptop, server, capsys, "refused the user name or password (401)")
    assert "fel-lösen" not in err
    settings.configure(laptop.store, server.url, user=USER, password=PASSWORD)
    _then_completes(laptop, server, capsys)


def test_a_slow_server_meets_the_users_timeout(laptop, server, capsys):
    """The server takes every request and never answers while the test holds it: only the client's own
    patience (the user's setting, short here) ends the wait; nothing depends on how long anything took."""
    assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", "0.5"]) == 0
    capsys.readouterr()
    for method in ("PROPFIND", "MKCOL", "PUT", "MOVE", "GET"):
        server.misbehave(method, "hold")
    try:
        _fails_in_one_line(laptop, server, capsys, "did not answer in time", "listing the sync folder")
        assert server.held.is_set()  # it really held the request: the client gave up on its own
        status = cli_main(["--workspace", str(laptop.dir), "sync", "status", "--json"])
        facts = json.loads(capsys.readouterr().out)
        assert status == 0 and facts["timeout"] == 0.5 and facts["last_error_kind"] == "timeout"
    finally:
        server.release()
    _patient_again(laptop, capsys)
    _then_completes(laptop, server, capsys)


def _patient_again(workspace: Workspace, capsys) -> None:
    """The retry with the usual patience: a short timeout would race a busy machine's answers."""
    assert cli_main(["--workspace", str(workspace.dir), "sync", "configure", "--timeout", "default"]) == 0
    assert capsys.readouterr().out == "sync timeout: the default\n"


def test_a_server_that_stops_sending_mid_download(laptop, server, capsys):
    """Half the pack, then silence until the test lets go: the user's timeout says so, and no half file
    is kept under any name (the table export went out before: push comes first)."""
    assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", "0.5"]) == 0
    capsys.readouterr()
    server.misbehave("GET", "stall-body")
    try:
        _fails_in_one_line(laptop, server, capsys, "stopped sending while downloading", pushed=True)
        assert server.held.is_set()
    finally:
        server.release()
    assert laptop.store.conn.execute("SELECT count(*) FROM sync_seen").fetchone()[0] == 0
    _patient_again(laptop, capsys)
    _then_completes(laptop, server, capsys, pushed=True)


def test_hostile_names_in_a_listing_are_left_alone(laptop, server, pack, capsys):
    conference = pack[0].encode()
    server.extra_entries += [
        b"/dav/" + conference + b"/..%2F..%2Fevil.rbz",  # an encoded "/": a way out of the folder
        b"/dav/" + conference + b"/../escaped.rbz",
        b"/dav/" + conference + b"/" + b"a" * 5000 + b".rbz",
        b"/dav/" + conference + b"/%FF%FE.rbz",  # not UTF-8
        b"/elsewhere/other.rbz",  # another folder's file in this folder's listing
    ]
    code, out, err = _sync(laptop, capsys)
    assert code == 0, err
    assert "imported " in out and "evil" not in out and "escaped" not in out and "other" not in out
    inbox = sorted(p.name for p in (laptop.dir / "inbox").iterdir())
    assert inbox == [_pack_path(server).rpartition("/")[2]]
    assert not list(laptop.dir.parent.rglob("evil.rbz")) and not list(laptop.dir.parent.rglob("escaped.rbz"))
    assert [r[0] for r in laptop.store.conn.execute("SELECT path FROM sync_seen")] == [_pack_path(server)]
    assert ("GET", "elsewhere/other.rbz") not in server.seen
    assert all(method != "GET" or path == _pack_path(server) for method, path in server.seen)
    _then_completes_quietly(laptop, server, capsys)


def _then_completes_quietly(laptop, server, capsys) -> None:
    server.behave()
    code, out, _ = _sync(laptop, capsys)
    assert (code, out) == (0, "nothing new to send or fetch\n")


def test_a_file_cut_on_the_server_after_the_listing_is_fetched_again(laptop, server, capsys):
    """Between the listing and the download another program writes half of the file in its place; once
    the whole file is back, the next sync fetches and imports it (the half one was not remembered)."""
    whole = dict(server.files)
    path = _pack_path(server)
    server.before_get = lambda got: server.files.__setitem__(got, whole[got][: len(whole[got]) // 2])
    code, out, err = _sync(laptop, capsys)
    assert code == 0, err
    assert "incomplete (fetched again next time)" in out and "sent " in out
    assert laptop.store.conn.execute("SELECT count(*) FROM sync_seen").fetchone()[0] == 0
    server.behave()
    server.files[path] = whole[path]
    code, out, err = _sync(laptop, capsys)
    assert code == 0 and "imported " in out and "pinned" in out, (out, err)


def test_a_file_removed_after_the_listing_does_not_fail_the_sync(laptop, server, capsys):
    path = _pack_path(server)
    server.before_get = lambda got: server.files.pop(got, None)  # another secretary tidied it away
    code, out, err = _sync(laptop, capsys)
    assert (code, err) == (0, "") and out.startswith("sent ") and "imported" not in out
    assert laptop.store.conn.execute("SELECT count(*) FROM sync_seen").fetchone()[0] == 0
    assert ("GET", path) in server.seen
    _then_completes_quietly(laptop, server, capsys)


def test_a_file_listed_but_never_given_is_one_line(laptop, server, capsys):
    """A server that lists a file and answers 404 for it each time: said, not taken for a removal."""
    server.misbehave("GET", 404)
    code, _out, err = _sync(laptop, capsys)
    assert code == 2 and err.count("\n") == 1 and "no such file (404 Not Found) while downloading" in err
    _then_completes_quietly_after_import(laptop, server, capsys)


def _then_completes_quietly_after_import(laptop, server, capsys) -> None:
    server.behave()
    code, out, err = _sync(laptop, capsys)
    assert code == 0 and "imported " in out, err


def test_two_secretaries_sync_the_same_folder_at_once(tmp_path, server, pack, plain_bundle):
    """Anna's upload waits on the server while Britt syncs whole; then Anna's goes on. Both arrive,
    no temporary file is left, and each next sync has nothing to do."""
    conference = pack[0]
    secretaries = []
    for name in ("anna", "britt"):
        workspace = Workspace.create(tmp_path / name, "secretariat")
        settings.configure(workspace.store, server.url, user=USER, password=PASSWORD)
        plain_bundle(workspace.outbox_dir, conference=conference, kind="conference-pack")
        secretaries.append(workspace)
    anna, britt = secretaries
    server.misbehave("PUT", "pause")  # the first upload (Anna's) waits for the test
    outcome: dict[str, object] = {}

    def anna_syncs() -> None:  # her own window: her own connection to her workspace
        own = Workspace(anna.dir)
        try:
            outcome["report"] = _sync_once(own)
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc
            server.held.set()  # no upload will come: the test need not wait for one
        finally:
            own.close()

    thread = threading.Thread(target=anna_syncs)
    thread.start()
    try:
        assert server.held.wait(60), (outcome, server.seen)
        britt_report = _sync_once(britt)  # whole, while Anna's upload is held
    finally:
        server.release()
        thread.join(60)
    assert not thread.is_alive() and "error" not in outcome, outcome
    assert len(britt_report.pushed) == 1 and len(outcome["report"].pushed) == 1
    finals = sorted(n for n in server.files if not n.rpartition("/")[2].startswith("."))
    expected = sorted(
        f"{conference}/{w.outbox_dir.joinpath(e.name).name}"
        for w in secretaries
        for e in outbox.entries(w.outbox_dir)
    )
    assert set(expected) <= set(finals) and len(finals) == 3  # the pack, Anna's and Britt's
    for workspace in secretaries:
        assert server.files[f"{conference}/{outbox.entries(workspace.outbox_dir)[0].name}"] == (
            outbox.entries(workspace.outbox_dir)[0].path.read_bytes()
        )
        assert _half_written(workspace, server) == []
        again = _sync_once(workspace)
        assert not again.moved_anything and again.problems == []
        workspace.close()


def _sync_once(workspace: Workspace) -> engine.SyncReport:
    target = settings.open_target(workspace.store)
    try:
        return engine.run_sync(workspace, target)
    finally:
        target.close()


def test_the_timeout_setting_is_checked(laptop, capsys) -> None:
    for bad in ("0", "-1", "nan", "inf", "99999"):
        assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", bad]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot be used" in err, err
    assert settings.configured_timeout(laptop.store) is None
    assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", "7"]) == 0
    assert settings.open_target(laptop.store).timeout == (7.0, 7.0)
    assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", "default"]) == 0
    assert settings.open_target(laptop.store).timeout == (10.0, 60.0)
    assert cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--user", "x"]) == 2
    assert "give --target" in capsys.readouterr().err
    assert (
        cli_main(["--workspace", str(laptop.dir), "sync", "configure", "--timeout", "5", "--user", "x"]) == 2
    )
    assert "go with --target" in capsys.readouterr().err and settings.configured_timeout(laptop.store) is None


def test_the_server_misbehaves_as_claimed(server) -> None:
    """The fixture is what the tests say: a held request gets no answer; a reset is a reset."""
    import socket

    server.misbehave("PROPFIND", "hold")
    with socket.create_connection(server.server_address, timeout=30) as raw:
        raw.sendall(b"PROPFIND /dav/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        assert server.held.wait(30)
        raw.settimeout(0.2)
        with pytest.raises(TimeoutError):  # nothing came: it is held (the test lets it go below)
            raw.recv(100)
        server.release()
        raw.settimeout(30)
        assert raw.recv(100) == b""  # closed, never answered
    server.behave()
    server.misbehave("PUT", "reset")
    with socket.create_connection(server.server_address, timeout=30) as raw:
        header = f"PUT /dav/x HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {_basic()}\r\n"
        header += "Content-Length: 100\r\n\r\n"
        raw.sendall(header.encode() + b"x" * 100)
        with pytest.raises(ConnectionResetError):
            raw.recv(100)


def _basic() -> str:
    import base64

    return base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def test_names_stay_out_of_the_listing(tmp_path: Path) -> None:
    from app.sync.webdav import parse_multistatus

    listing = (
        b'<d:multistatus xmlns:d="DAV:">'
        + b"".join(
            b"<d:response><d:href>%s</d:href><d:propstat><d:prop><d:resourcetype/></d:prop>"
            b"</d:propstat></d:response>" % href
            for href in (
                b"/dav/conf/ok.rbz",
                b"https://cloud.example/other/prefix/conf/proxied.rbz",
                b"/dav/conf/..%2Fout.rbz",
                b"/dav/conf/sub%5Cout.rbz",
                b"/dav/conf/./dot.rbz",
                b"/dav/elsewhere/x.rbz",
            )
        )
        + b"</d:multistatus>"
    )
    names = [entry[0] for entry in parse_multistatus(listing, "/dav/conf/")]
    assert names == ["ok.rbz", "proxied.rbz"]


def test_one_workspace_synced_twice_at_once_says_so(laptop, server, capsys):
    """Two windows on one workspace folder (or a window and `rundabord sync`): while the first sync's
    upload waits on the server, the second says in one line that a sync is running and changes nothing;
    the first then finishes, and the next sync completes."""
    server.misbehave("PUT", "pause")
    outcome: dict[str, object] = {}

    def first_window() -> None:
        own = Workspace(laptop.dir)
        try:
            outcome["report"] = _sync_once(own)
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc
            server.held.set()
        finally:
            own.close()

    thread = threading.Thread(target=first_window)
    thread.start()
    try:
        assert server.held.wait(60), outcome
        requests_before = len(server.seen)
        code, out, err = _sync(laptop, capsys)
        assert code == 2 and out == "" and err.count("\n") == 1, (out, err)
        assert "another sync of this workspace is running" in err
        assert len(server.seen) == requests_before  # the second sync asked the server nothing
    finally:
        server.release()
        thread.join(60)
    assert not thread.is_alive() and "error" not in outcome, outcome
    assert len(outcome["report"].pushed) == 1
    assert _half_written(laptop, server) == []
    code, out, _ = _sync(laptop, capsys)
    assert (code, out) == (0, "nothing new to send or fetch\n")
