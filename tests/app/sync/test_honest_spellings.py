"""An honest WebDAV server may spell the paths of its listings otherwise than the address the user typed:
behind a proxy (another prefix), in another case (SharePoint, a Windows server), with the accents of a
Swedish folder name decomposed (a share kept on a Mac), percent-encoded in lower case, or relative.
The checks that keep hostile names out of a listing (app/sync/webdav.py) must take all of these: a chair's
export is sent (the upload's own check of its size reads such a listing) and the conference's pack is
fetched. On the real server of tests/app/sync/hostile_dav.py (127.0.0.1)."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

import pytest

from app.cli import main as cli_main
from app.sync import outbox, settings
from app.sync.webdav import parse_multistatus
from app.workspace import Workspace
from tests.app.sync.hostile_dav import PASSWORD, USER, HostileDav

SHARE = "Möten för år 2026"  # the folder the user names in the address: spaces, å, ö


# How each server spells "/dav/Möten för år 2026/conf/x.rbz" in its listings (a file keeps its own case).
SPELLINGS = {
    "proxy": lambda path: "/moln/remote.php" + path,
    "other-case": lambda path: path.replace(f"/dav/{SHARE}", f"/DAV/{SHARE.upper()}"),
    "decomposed": lambda path: unicodedata.normalize("NFD", path),
}


@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_a_server_that_spells_paths_its_own_way_syncs(tmp_path, pack, plain_bundle, capsys, spelling):
    conference, bundle_id, data = pack
    with HostileDav() as server:
        server.folders |= {SHARE, f"{SHARE}/{conference}"}
        server.files[f"{SHARE}/{conference}/{bundle_id}.rbz"] = data
        server.spell_href = SPELLINGS[spelling]
        url = server.url + quote(SHARE) + "/"
        laptop = Workspace.create(tmp_path / "laptop")
        try:
            plain_bundle(laptop.outbox_dir, conference=conference)
            settings.configure(laptop.store, url, user=USER, password=PASSWORD)
            code = cli_main(["--workspace", str(laptop.dir), "sync"])
            out, err = capsys.readouterr()
            assert code == 0, err
            assert out.startswith("sent ") and "imported " in out, out
            assert [s.state for s in outbox.status(laptop.store, laptop.outbox_dir, url)] == ["sent"]
            names = sorted(name.rpartition("/")[2] for name in server.files)
            assert len(names) == 2 and not any(name.startswith(".") for name in names), names
        finally:
            laptop.close()


def test_lower_case_and_relative_hrefs_are_names_of_the_folder() -> None:
    own = "/dav/M%C3%B6ten%20f%C3%B6r%20%C3%A5r%202026/conf/"
    itself = b"/dav/m%c3%b6ten%20f%c3%b6r%20%c3%a5r%202026/conf/"  # the folder, in lower case
    hrefs = [
        itself,
        itself + b"lower.rbz",
        b"relative.rbz",
        b"..%2Frelative-out.rbz",
        b"/dav/M%C3%B6ten/x.rbz",
    ]
    names = [entry[0] for entry in parse_multistatus(_listing(hrefs), own)]
    assert names == ["lower.rbz", "relative.rbz"]
    assert parse_multistatus(_listing([itself]), own, include_self=True) == [("", False, 7, "-7")]


def _listing(hrefs: list[bytes]) -> bytes:
    return (
        b'<d:multistatus xmlns:d="DAV:">'
        + b"".join(
            b"<d:response><d:href>%s</d:href><d:propstat><d:prop><d:resourcetype/>"
            b"<d:getcontentlength>7</d:getcontentlength></d:prop></d:propstat></d:response>" % href
            for href in hrefs
        )
        + b"</d:multistatus>"
    )
