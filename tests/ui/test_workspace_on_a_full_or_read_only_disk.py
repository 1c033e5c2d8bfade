"""The window's start on a workspace whose disk is full or read-only: the box said "Rundabord could not
do this" above SQLite's "disk I/O error" or "unable to open database file", in English; it now says in
Swedish what is wrong with the disk and what to do, with the core's line as the technical detail."""

from __future__ import annotations

import subprocess

import pytest

from app.errors import UserError
from app.workspace import Workspace
from tests.small_disk import fill, mounted_tmpfs
from ui import i18n


@pytest.mark.parametrize(
    ("trouble", "said"),
    [
        ("full", "Disken är full. Ta bort eller flytta filer"),
        ("read-only", "Disken eller mappen är skrivskyddad"),
    ],
)
def test_the_box_says_what_is_wrong_with_the_disk(qapp, tmp_path, trouble, said) -> None:
    from ui.application import workspace_error_box

    Workspace.create(tmp_path / "källa", "chair").close()
    i18n.install("sv", qapp)
    with mounted_tmpfs(tmp_path / "disk", "size=3m") as disk:
        folder = disk / "bord 7"
        folder.mkdir()
        (folder / "workspace.sqlite3").write_bytes((tmp_path / "källa" / "workspace.sqlite3").read_bytes())
        if trouble == "full":
            fill(disk, leave=0)
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(UserError) as refused:
            Workspace(folder).close()
        if trouble == "read-only":
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    box = workspace_error_box(refused.value, folder)
    try:
        informative = box.informativeText()
        assert informative.startswith(said), informative
        assert "Rundabord kunde inte göra detta" not in informative
        assert "Teknisk uppgift: cannot open the workspace" in informative
    finally:
        box.deleteLater()
