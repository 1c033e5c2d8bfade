"""Both targets keep the layout: one folder per conference, `<bundle id>.rbz`, written via a temp name."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.sync import errors
from app.sync.errors import SyncError
from app.sync.folder import FolderTarget
from app.sync.targets import RemoteFile, is_bundle_file_name, temp_file_name
from app.sync.webdav import WebDavTarget


@pytest.fixture(params=["folder", "webdav"])
def target_and_root(request, share: Path):
    if request.param == "folder":
        yield FolderTarget(share, "tag1"), share
    else:
        dav = request.getfixturevalue("dav")
        target = WebDavTarget(dav.url, "tag1", user=dav.user, password=dav.password)
        yield target, dav.root
        target.close()


def test_upload_lands_whole_at_the_final_name_and_lists(
    target_and_root, tmp_path, plain_bundle, remote_files
):
    target, root = target_and_root
    local = plain_bundle(tmp_path, padding=300_000)
    seen = []
    target.upload(local, "conf-1", local.name, progress=seen.append)
    assert (root / "conf-1" / local.name).read_bytes() == local.read_bytes()
    assert remote_files(root) == [f"conf-1/{local.name}"]  # no temporary file left behind
    assert seen and seen[-1] == local.stat().st_size
    assert target.folders() == ["conf-1"]
    [listed] = target.files("conf-1")
    assert (listed.folder, listed.name, listed.size) == ("conf-1", local.name, local.stat().st_size)
    assert target.files("no-such-conference") == []


def test_download_round_trips_and_a_changed_file_gets_a_new_version(target_and_root, tmp_path, plain_bundle):
    target, _ = target_and_root
    local = plain_bundle(tmp_path)
    target.upload(local, "conf-1", local.name)
    [before] = target.files("conf-1")
    out = tmp_path / "fetched.rbz"
    target.download(before, out)
    assert out.read_bytes() == local.read_bytes()
    assert not out.with_name("fetched.rbz.part").exists()
    local.write_bytes(local.read_bytes() + b"more")  # re-upload replaces the remote file
    target.upload(local, "conf-1", local.name)
    [after] = target.files("conf-1")
    assert after.version != before.version and after.size == before.size + 4


def test_listing_ignores_temporary_foreign_and_unsafe_names(target_and_root, tmp_path, plain_bundle):
    target, root = target_and_root
    local = plain_bundle(tmp_path)
    target.upload(local, "conf-1", local.name)
    (root / "conf-1" / temp_file_name(local.name, "other")).write_bytes(b"half")
    (root / "conf-1" / "notes.txt").write_text("hello")
    (root / "conf-1" / "a b.rbz").write_text("not an id")
    (root / "Documents with space").mkdir()
    assert [f.name for f in target.files("conf-1")] == [local.name]
    assert target.folders() == ["conf-1"]


def test_bundle_names():
    assert is_bundle_file_name("0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz")
    assert not is_bundle_file_name(".0f3c.rbz.x.part")
    assert not is_bundle_file_name("../escape.rbz")
    assert not is_bundle_file_name("x.zip")


def test_folder_target_never_creates_a_missing_root(tmp_path, plain_bundle):
    target = FolderTarget(tmp_path / "unplugged-stick", "t")
    local = plain_bundle(tmp_path)
    with pytest.raises(SyncError) as caught:
        target.upload(local, "conf-1", local.name)
    assert caught.value.kind == errors.MISSING
    assert "plugged in" in str(caught.value)
    assert not (tmp_path / "unplugged-stick").exists()


def test_webdav_target_refuses_wrong_credentials(dav):
    target = WebDavTarget(dav.url, "t", user=dav.user, password="wrong")
    with pytest.raises(SyncError) as caught:
        target.folders()
    target.close()
    assert caught.value.kind == errors.AUTH and "401" in str(caught.value)
    assert not caught.value.retryable


def test_remote_file_path():
    assert RemoteFile("c", "b.rbz", 1, "v").path == "c/b.rbz"


def test_webdav_redirect_is_named_with_its_new_address(dav, loopback_module):
    target = WebDavTarget(dav.url, "t", user=dav.user, password=dav.password)
    dav.faults.status = 301
    with pytest.raises(SyncError) as caught:
        target.folders()
    target.close()
    assert caught.value.kind == errors.MISSING and "use that address" in str(caught.value)


NEXTCLOUD_STYLE = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
 <d:response>
  <d:href>/remote.php/dav/files/Anna%20Berg/rundabord/c0nf-1/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>https://moln.example.se/remote.php/dav/files/Anna%20Berg/rundabord/c0nf-1/0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz</d:href>
  <d:propstat><d:prop><d:getcontentlength/><d:getetag/></d:prop>
   <d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>5120</d:getcontentlength>
   <d:getetag>"5f1c-61e"</d:getetag></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/Anna%20Berg/rundabord/c0nf-1/gamla%20filer/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype><d:getcontentlength/></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>"""


def test_multistatus_in_the_shape_nextcloud_answers():
    from app.sync.webdav import parse_multistatus

    own = "/remote.php/dav/files/Anna%20Berg/rundabord/c0nf-1/"
    assert parse_multistatus(NEXTCLOUD_STYLE, own) == [
        ("0f3c2a52-7d2e-4c55-9d3d-0a7a0a1b2c3d.rbz", False, 5120, '"5f1c-61e"-5120'),
        ("gamla filer", True, 0, "-0"),
    ]
    [(name, is_folder, _, _)] = parse_multistatus(NEXTCLOUD_STYLE, own, include_self=True)[:1]
    assert (name, is_folder) == ("", True)


def test_a_temporary_file_left_by_a_crash_is_reused_and_cleared(
    target_and_root, tmp_path, plain_bundle, remote_files
):
    target, root = target_and_root
    local = plain_bundle(tmp_path)
    (root / "conf-1").mkdir()
    (root / "conf-1" / temp_file_name(local.name, "tag1")).write_bytes(b"half of an earlier upload")
    target.upload(local, "conf-1", local.name)
    assert remote_files(root) == [f"conf-1/{local.name}"]
    assert (root / "conf-1" / local.name).read_bytes() == local.read_bytes()


HOSTILE_LISTING = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:">
%s
</d:multistatus>"""


@pytest.mark.parametrize(
    "href",
    [
        "/dav/c0nf-1/..%2F..%2Fescape.rbz",
        "/dav/c0nf-1/%2e%2e",
        "/dav/c0nf-1/..%5Cescape.rbz",
        "/dav/c0nf-1/%2Fetc%2Fpasswd.rbz",
        "http://elsewhere.example/dav/c0nf-1/.hidden.rbz",
    ],
)
def test_a_hostile_listing_never_names_a_file_outside_its_folder(href):
    from app.sync.webdav import parse_multistatus

    response = f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:resourcetype/>"
    response += "<d:getcontentlength>10</d:getcontentlength></d:prop></d:propstat></d:response>"
    entries = parse_multistatus(HOSTILE_LISTING % response.encode(), "/dav/c0nf-1/")
    names = [name for name, is_folder, _, _ in entries if not is_folder and is_bundle_file_name(name)]
    # What passes is a plain name inside the listed folder, or nothing at all.
    assert all("/" not in n and "\\" not in n and ".." not in n for n in names)
    assert names in ([], ["escape.rbz"], ["passwd.rbz"])
