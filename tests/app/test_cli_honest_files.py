"""Honest files the hostile-input fixes must still take (the review of those fixes found each refused or
spoilt): a key sealed before passphrase files lost their byte order mark, read by every command that signs;
a description saved over a symlink, a private or a group-shared file; a web address whose user name holds a
space; and `-o` naming a link to a pipe (as /dev/stdout is to what the shell set up)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.bundles.identity import PassphraseNeeded, create_identity, load_signing_key
from app.errors import Said
from app.prepare import save_conference_toml
from app.sync.settings import parse_target
from app.workspace import Workspace
from tests.app.cli_run import run_cli as _run

NOTEPAD = "\ufeffHemligt ord 7\r\n".encode()  # UTF-8 with a byte order mark, as Notepad saves it


@pytest.fixture
def office(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "sekretariatet"
    assert _run(capsys, folder, "init", "--role", "secretariat")[0] == 0
    return folder


def _seal_the_old_way(folder: Path) -> None:
    """What `identity create --passphrase-file` did with a Notepad file before: U+FEFF kept in front."""
    workspace = Workspace(folder)
    try:
        create_identity(workspace, "Anna Berg", "\ufeffHemligt ord 7")
    finally:
        workspace.close()


def test_a_key_sealed_with_the_mark_opens_from_the_same_file_and_as_typed(capsys, office, tmp_path) -> None:
    _seal_the_old_way(office)
    conference = _run(capsys, office, "demo")[1].strip()
    notepad = tmp_path / "lösen.txt"
    notepad.write_bytes(NOTEPAD)
    code, out, err = _run(
        capsys, office, "pack", "export", "--conference", conference, "-o", str(tmp_path / "p.rbz"),
        "--passphrase-file", str(notepad),
    )  # fmt: skip
    assert code == 0 and "signed conference-pack" in out, err
    workspace = Workspace(office)
    try:
        assert load_signing_key(workspace, "Hemligt ord 7") is not None  # typed in the window
        with pytest.raises(PassphraseNeeded, match="wrong passphrase"):
            load_signing_key(workspace, "Hemligt ord 8")
    finally:
        workspace.close()


@pytest.mark.parametrize("sealed", ["old", "new"])
def test_every_command_that_signs_reads_the_passphrase_file_alike(capsys, office, tmp_path, sealed) -> None:
    """`proposal export` read the file its own way and kept the mark, so a key made from a Notepad file
    after the fix signed a pack but not the follow-ups."""
    notepad = tmp_path / "lösen.txt"
    notepad.write_bytes(NOTEPAD)
    if sealed == "old":
        _seal_the_old_way(office)
    else:
        create = ["identity", "create", "--name", "Anna Berg", "--passphrase-file", str(notepad)]
        assert _run(capsys, office, *create)[0] == 0
    conference = _run(capsys, office, "demo")[1].strip()
    for command, output in (("pack", tmp_path / "p.rbz"), ("proposal", tmp_path / "uppföljning")):
        code, _out, err = _run(
            capsys, office, command, "export", "--conference", conference, "-o", str(output),
            "--passphrase-file", str(notepad),
        )  # fmt: skip
        assert code == 0, (command, err)
        assert "wrong passphrase" not in err


def _save(capsys, office: Path, conference: str, path: Path) -> None:
    code, out, err = _run(capsys, office, "conference", "save", conference, "-o", str(path))
    assert code == 0, out + err


def _saved_by_the_window(office: Path, conference: str, path: Path) -> None:
    """What the window's "Spara som TOML" calls."""
    workspace = Workspace(office)
    try:
        save_conference_toml(workspace.store, conference, path)
    finally:
        workspace.close()


@pytest.fixture(params=["cli", "window"])
def save(request, capsys):
    if request.param == "cli":
        return lambda office, conference, path: _save(capsys, office, conference, path)
    return _saved_by_the_window


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_saving_over_a_link_into_a_synced_folder_updates_the_synced_file(capsys, office, tmp_path, save):
    conference = _run(capsys, office, "demo")[1].strip()
    synced = tmp_path / "Nextcloud" / "konferens.toml"
    synced.parent.mkdir()
    synced.write_text("# förra versionen\n", encoding="utf-8")
    link = tmp_path / "konferens.toml"
    link.symlink_to(synced)
    save(office, conference, link)
    assert link.is_symlink() and os.readlink(link) == str(synced)
    assert synced.read_text(encoding="utf-8").startswith("# ") and "[[tables]]" in synced.read_text("utf-8")
    assert [p.name for p in synced.parent.iterdir()] == ["konferens.toml"]  # no temp file left


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.parametrize("mode", [0o600, 0o664, 0o640], ids=oct)
def test_saving_over_a_file_keeps_its_mode_and_group(capsys, office, tmp_path, save, mode):
    conference = _run(capsys, office, "demo")[1].strip()
    earlier = tmp_path / "delad.toml"
    earlier.write_text("# förra versionen\n", encoding="utf-8")
    earlier.chmod(mode)
    group = os.stat(earlier).st_gid
    if os.geteuid() == 0:  # a group the file is shared with, not the owner's own
        group = 100 if group != 100 else 101
        os.chown(earlier, -1, group)
    save(office, conference, earlier)
    after = os.stat(earlier)
    assert stat.S_IMODE(after.st_mode) == mode and after.st_gid == group
    assert "[[tables]]" in earlier.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links here")
def test_saving_over_a_file_with_another_name_updates_both(capsys, office, tmp_path, save):
    conference = _run(capsys, office, "demo")[1].strip()
    earlier, other = tmp_path / "konferens.toml", tmp_path / "arkiv" / "konferens.toml"
    other.parent.mkdir()
    earlier.write_text("# förra versionen, längre än den nya? nej, men ändå\n" * 3, encoding="utf-8")
    os.link(earlier, other)
    save(office, conference, earlier)
    assert os.path.samefile(earlier, other)
    assert other.read_text(encoding="utf-8") == earlier.read_text(encoding="utf-8")
    assert "[[tables]]" in other.read_text(encoding="utf-8") and "förra" not in other.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_an_output_linked_to_a_pipe_is_refused_and_stays_a_link(capsys, office, tmp_path) -> None:
    """As `-o /dev/stdout` when the shell pipes it, in a folder of our own (the real /dev is the
    machine's)."""
    conference = _run(capsys, office, "demo")[1].strip()
    private_dev = tmp_path / "dev"
    private_dev.mkdir()
    pipe = tmp_path / "rör"
    os.mkfifo(pipe)
    (private_dev / "stdout").symlink_to(pipe)
    code, _out, err = _run(
        capsys, office, "conference", "save", conference, "-o", str(private_dev / "stdout")
    )
    assert code == 2 and "is not a file but a device or a pipe" in err, err
    assert (private_dev / "stdout").is_symlink() and stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="no /proc here")
def test_an_output_linked_through_proc_to_a_redirect_is_refused(capsys, office, tmp_path) -> None:
    """`-o /dev/stdout` when the shell sent standard output to a file: /dev/stdout leads through
    /proc/self/fd/1 to that file. The check followed the links, found a file and let the rename take
    the link's own name (as root, the system's /dev/stdout). Here a link of our own to
    /proc/self/fd/<n>, n a file this process has open."""
    conference = _run(capsys, office, "demo")[1].strip()
    redirect = tmp_path / "kort.json"
    with open(redirect, "w", encoding="utf-8") as handle:
        link = tmp_path / "stdout"
        link.symlink_to(f"/proc/self/fd/{handle.fileno()}")
        code, _out, err = _run(capsys, office, "conference", "save", conference, "-o", str(link))
    assert code == 2 and "is not a file but a device or a pipe" in err, err
    assert link.is_symlink() and redirect.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize(
    ("target", "user"),
    [
        ("https://Anna Berg@moln.example.se/remote.php/dav", "Anna Berg"),
        ("https://Anna%20Berg@moln.example.se/remote.php/dav", "Anna Berg"),
    ],
)
def test_a_web_address_whose_user_name_holds_a_space_is_taken(target, user) -> None:
    """Nextcloud takes spaces in user names; the check for a space in the server name took in the
    user part too."""
    spec = parse_target(target)
    assert (spec.kind, spec.location, spec.user) == (
        "webdav",
        "https://moln.example.se/remote.php/dav/",
        user,
    )


def test_a_space_in_the_server_name_is_still_refused() -> None:
    with pytest.raises(Said, match="not a valid web address"):
        parse_target("https://Anna Berg@moln example.se/dav")
