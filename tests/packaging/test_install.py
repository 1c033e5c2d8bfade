"""The built folder's install.sh: what IT runs on a Linux laptop (here into a temporary prefix)."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("frozen")]  # one worker builds and runs the app

APP_ID = "se.rundabord.Rundabord"


def _install(frozen, prefix: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(frozen.folder / "install.sh"), "--prefix", str(prefix), *extra],
        env=frozen.env(),
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_then_uninstall(frozen, tmp_path) -> None:
    prefix = tmp_path / "prefix with space"
    done = _install(frozen, prefix)
    assert done.returncode == 0, done.stderr
    share = prefix / "share"

    binary = prefix / "bin/rundabord"
    assert binary.is_symlink() and binary.resolve() == (prefix / "lib/rundabord/rundabord").resolve()
    version = subprocess.run([str(binary), "--version"], env=frozen.env(), capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("rundabord ")

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(share / f"applications/{APP_ID}.desktop", encoding="utf-8")
    # The menu entry names the binary by its full path, quoted: the session's PATH may not hold prefix/bin.
    assert entry["Desktop Entry"]["Exec"] == f'"{binary}" %f'
    assert entry["Desktop Entry"]["TryExec"] == str(binary)
    valid = subprocess.run(
        ["desktop-file-validate", str(share / f"applications/{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert (valid.returncode, valid.stdout + valid.stderr) == (0, "")

    globs = (share / "mime/globs2").read_text()
    assert "application/x-rundabord-bundle:*.rbz" in globs
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (share / "icons/hicolor/48x48/mimetypes/application-x-rundabord-bundle.png").is_file()

    # Installing again replaces the application in place.
    assert _install(frozen, prefix).returncode == 0
    assert not (prefix / "lib/rundabord.new").exists()

    done = _install(frozen, prefix, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not binary.exists() and not (prefix / "lib/rundabord").exists()
    assert not (share / f"applications/{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert "rundabord" not in (share / "mime/globs2").read_text()


def test_install_refuses_unknown_options(frozen, tmp_path) -> None:
    done = _install(frozen, tmp_path, "--prefx")
    assert done.returncode == 2
    assert done.stderr.strip() == "install.sh: unknown option --prefx (try --help)"
