"""Files as people's editors and mistakes leave them, given to the commands that read one.

A conference description or a key card saved again by Notepad begins with a byte order mark: the
description was refused as "malformed TOML at line 1, column 1", the card as "malformed JSON". A
passphrase file saved so kept the mark as the passphrase's first character, so the key it protects
would not open with the passphrase typed. A file far too large to be a description or a passphrase was
read whole (a film chosen by mistake, /dev/zero for ever); a device given to `import` was "no such file"
and to `verify` an "incomplete copy". Each is now one plain line, exit 2, and the store unchanged.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.app.cli_run import run_cli as _run
from tests.small_disk import fill, mounted_tmpfs

BOM = b"\xef\xbb\xbf"


def _refused(capsys, folder: Path, *args: str) -> str:
    """The one line a refused command printed, having checked it changed nothing in the store."""
    before = _run(capsys, folder, "store", "check")[1]
    code, out, err = _run(capsys, folder, *args)
    assert code == 2 and err.count("\n") == 1 and err.startswith("rundabord: error: "), out + err
    assert _run(capsys, folder, "store", "check")[1] == before
    return err


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.fixture
def office(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "kansliet åäö"
    assert _run(capsys, folder, "init", "--role", "secretariat")[0] == 0
    return folder


def _crlf_with_bom(data: bytes) -> bytes:
    return BOM + data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_a_description_saved_by_notepad_loads(capsys, office, tmp_path) -> None:
    example = tmp_path / "konferens i Mora.toml"
    assert _run(capsys, office, "conference", "example", "-o", str(example))[0] == 0
    example.write_bytes(_crlf_with_bom(example.read_bytes()))
    code, out, err = _run(capsys, office, "conference", "create", str(example))
    assert code == 0, err
    listed = _run(capsys, office, "conference", "list")[1]
    assert out.strip() and out.strip() in listed


def test_a_file_far_too_large_for_a_description_is_refused_unread(capsys, office, tmp_path) -> None:
    err = _refused(capsys, office, "conference", "create", str(_sparse(tmp_path / "film.toml", 8 * 2**20)))
    assert "larger than 4 MiB; not a conference description" in err


def test_a_key_card_saved_by_notepad_is_trusted(capsys, office, tmp_path) -> None:
    chair = tmp_path / "bord 7"
    assert _run(capsys, chair, "init", "--role", "chair")[0] == 0
    assert _run(capsys, chair, "identity", "create", "--name", "Karin Sjöström")[0] == 0
    card = tmp_path / "karin.keycard"
    assert _run(capsys, chair, "identity", "export", "-o", str(card))[0] == 0
    card.write_bytes(_crlf_with_bom(card.read_bytes()))
    code, out, err = _run(capsys, office, "trust", "add", str(card), "--role", "secretariat")
    assert code == 0 and "trusted Karin Sjöström" in out, err
    card.write_bytes("Karin Sjöström".encode("utf-16"))
    assert "not a Rundabord key card (not UTF-8 text)" in _refused(
        capsys, office, "trust", "add", str(card), "--role", "secretariat"
    )


def test_a_passphrase_file_saved_by_notepad_opens_the_key(capsys, office, tmp_path) -> None:
    plain, notepad = tmp_path / "lösen", tmp_path / "lösen från Notepad.txt"
    plain.write_text("rödbetor i maj\n", encoding="utf-8")
    notepad.write_bytes(_crlf_with_bom("rödbetor i maj\nandra raden\n".encode()))
    assert (
        _run(capsys, office, "identity", "create", "--name", "Kansliet", "--passphrase-file", str(plain))[0]
        == 0
    )
    conference = _run(capsys, office, "demo")[1].strip()
    code, out, err = _run(
        capsys,
        office,
        "pack",
        "export",
        "--conference",
        conference,
        "-o",
        str(tmp_path / "pack.rbz"),
        "--passphrase-file",
        str(notepad),
    )
    assert code == 0 and "signed conference-pack" in out, err


@pytest.mark.parametrize("what", ["passphrase", "password"])
def test_a_secret_file_far_too_large_or_not_text_is_refused_in_plain_words(capsys, office, tmp_path, what):
    if what == "passphrase":
        command = ["identity", "create", "--name", "Kansliet", "--passphrase-file"]
    else:
        command = [
            "sync",
            "configure",
            "--target",
            "https://moln.example/dav",
            "--user",
            "eva",
            "--password-file",
        ]
    huge = _sparse(tmp_path / "film.mp4", 2**20)
    assert f"larger than 64 KiB; not a {what} file" in _refused(capsys, office, *command, str(huge))
    latin1 = tmp_path / "lösen.txt"
    latin1.write_bytes("hemlig å".encode("latin-1"))
    err = _refused(capsys, office, *command, str(latin1))
    assert f"the {what} file is not UTF-8 text" in err and "codec" not in err


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
@pytest.mark.parametrize("command", ["import", "verify"])
def test_a_device_is_no_bundle(capsys, office, command) -> None:
    assert "/dev/null: not a file (a device or a pipe), not a bundle" in _refused(
        capsys, office, command, "/dev/null"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_no_bundle_and_nothing_waits_for_it(capsys, office, tmp_path) -> None:
    pipe = tmp_path / "bord 7.rbz"
    os.mkfifo(pipe)  # opened for reading, it would wait for a writer that never comes
    assert "not a file (a device or a pipe)" in _refused(capsys, office, "import", str(pipe))


def test_the_database_named_instead_of_its_workspace_folder(capsys, office) -> None:
    code, _out, err = _run(capsys, office / "workspace.sqlite3", "role")
    assert code == 2 and err.count("\n") == 1, err
    assert f"is a file, not a workspace folder; name the folder holding it: {office}" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(
    "command",
    [
        ["minutes", "--conference", "{c}", "-o"],
        ["export-data", "--conference", "{c}", "--format", "csv", "--language", "sv", "-o"],
        ["template", "--conference", "{c}", "-o"],
        ["identity", "export", "-o"],
        ["pack", "export", "--conference", "{c}", "-o"],
    ],
    ids=lambda command: command[0],
)
def test_a_pipe_or_device_named_as_the_output_stays_what_it_was(capsys, office, tmp_path, command) -> None:
    """The output was written beside it and renamed over it: a pipe became a file, and `-o /dev/full` or
    `-o /dev/stdout` run as root took the device's or the link's name from the system."""
    assert _run(capsys, office, "identity", "create", "--name", "Kansliet")[0] == 0
    conference = _run(capsys, office, "demo")[1].strip()
    pipe = tmp_path / "utskrift.xlsx"
    os.mkfifo(pipe)
    err = _refused(capsys, office, *[part.format(c=conference) for part in command], str(pipe))
    assert "is not a file but a device or a pipe; give" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_conference_save_onto_a_full_stick_keeps_the_earlier_file(capsys, office, tmp_path) -> None:
    conference = _run(capsys, office, "demo")[1].strip()
    long_question = "Vad behövs för " + "unga på landsbygden, " * 300
    assert _run(capsys, office, "question", "add", "--conference", conference, long_question)[0] == 0
    with mounted_tmpfs(tmp_path / "sticka", "size=64k") as stick:
        earlier = stick / "konferens.toml"
        earlier.write_text("# förra versionen\n", encoding="utf-8")
        fill(stick, leave=0)
        err = _refused(capsys, office, "conference", "save", conference, "-o", str(earlier))
        assert "the disk is full" in err
        assert earlier.read_text(encoding="utf-8") == "# förra versionen\n"
        assert sorted(p.name for p in stick.iterdir()) == ["annat.bin", "konferens.toml"]


@pytest.mark.parametrize("target", ["http://[::1", "https://moln.example.se:99999/dav"])
def test_a_malformed_web_address_is_one_line_not_a_traceback(capsys, office, target) -> None:
    err = _refused(capsys, office, "sync", "configure", "--target", target)
    assert f"{target}: not a valid web address" in err


def test_arguments_no_store_can_hold_are_one_line(capsys, office, tmp_path) -> None:
    """Each of these ended in a traceback: Latin-1 bytes from a terminal (Python hands them over as lone
    surrogates, which SQLite cannot encode), a number beyond SQLite's integers, an empty process name
    taken for no --process at all, and a file name longer than the file system takes."""
    conference = _run(capsys, office, "demo")[1].strip()
    latin1 = b"L\xe4xhj\xe4lp p\xe5 biblioteket".decode("utf-8", "surrogateescape")
    note = ["note", "add", "--conference", conference, "--table", "7", "--question", "1", latin1]
    assert "the text is not UTF-8" in _refused(capsys, office, *note)
    table = ["table", "add", "--conference", conference, "--number", str(2**70), "--chair", "Åsa"]
    assert f"number {2**70}: too large a number" in _refused(capsys, office, *table)
    assert "no process ''" in _refused(capsys, office, "theme", "add", "--process", "", "Unga")
    long_name = str(tmp_path / ("kopia " * 60 + ".sqlite3"))
    assert "File name too long" in _refused(capsys, office, "store", "copy", "--to", long_name)


def test_a_file_named_in_latin1_is_still_a_file_to_read_and_write(capsys, office, tmp_path) -> None:
    """The surrogates refused in text are a file name's own bytes in a path: such files open as any."""
    conference = _run(capsys, office, "demo")[1].strip()
    pdf = tmp_path / b"bord-\xe5.pdf".decode("utf-8", "surrogateescape")
    code, out, err = _run(
        capsys, office, "minutes", "--conference", conference, "--table", "7", "-o", str(pdf)
    )
    assert code == 0 and pdf.is_file(), err
    assert "bord-\\udce5.pdf" in out  # said, escaped, on a terminal that takes UTF-8 only


def test_a_negative_vote_count_is_refused_not_made_zero(capsys, office) -> None:
    conference = _run(capsys, office, "demo")[1].strip()
    note = ["note", "add", "--conference", conference, "--table", "7", "--question", "1", "--votes", "-5"]
    assert "--votes -5: a count of dots cannot be negative" in _refused(capsys, office, *note, "Läxhjälp")
