"""The secretariat's conference description as people's editors and disks leave it, by the mouse, in
Swedish: a file saved again by Notepad (a byte order mark, CRLF) was refused as wrong TOML "at line 1,
character 1"; saving the description onto a full stick wrote it half over the earlier file of that name
(then said so). It loads now, and on a full stick the earlier file stays whole while the box says the
disk is full."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import conferences, prepare
from app.demo import ensure_demo
from app.workspace import Workspace
from tests.small_disk import fill, mounted_tmpfs
from tests.ui.only_box import said_in_the_only_box
from ui import msgbox

from .conftest import open_in_swedish


def test_a_description_saved_by_notepad_loads(qtbot, qapp, tmp_path: Path, monkeypatch) -> None:
    workspace = Workspace.create(tmp_path / "kansliet", "secretariat")
    source = Workspace.create(tmp_path / "förra året", "secretariat")
    try:
        text = prepare.conference_toml(source.store, ensure_demo(source.store))
        path = tmp_path / "konferens från Notepad.toml"
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
        window = open_in_swedish(qtbot, qapp, workspace)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
        qtbot.mouseClick(window.prepare_view.load_button, Qt.MouseButton.LeftButton)
        assert not msgbox.open_boxes(), msgbox.open_boxes()[0].text()
        [made] = conferences.conferences(workspace.store)
        assert made.title == "Rundabordssamtal våren 2026"
        assert len(conferences.tables(workspace.store, made.id)) == 40
        window.close()
    finally:
        source.close()
        workspace.close()


def test_saving_onto_a_full_stick_keeps_the_earlier_file(qtbot, qapp, tmp_path: Path, monkeypatch) -> None:
    workspace = Workspace.create(tmp_path / "kansliet", "secretariat")
    try:
        conference = ensure_demo(workspace.store)
        prepare.add_question(workspace.store, conference, "Vad behövs för " + "unga på landsbygden, " * 300)
        window = open_in_swedish(qtbot, qapp, workspace, conference)
        with mounted_tmpfs(tmp_path / "sticka", "size=64k") as stick:
            earlier = stick / "konferens.toml"
            earlier.write_text("# förra versionen\n", encoding="utf-8")
            fill(stick, leave=0)
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(earlier), ""))
            window.tabs.setCurrentWidget(window.prepare_view)
            qtbot.mouseClick(window.prepare_view.save_button, Qt.MouseButton.LeftButton)
            said = said_in_the_only_box(qtbot)
            assert "disken är full" in said.lower() and "Traceback" not in said, said
            assert earlier.read_text(encoding="utf-8") == "# förra versionen\n"
            assert sorted(p.name for p in stick.iterdir()) == ["annat.bin", "konferens.toml"]
        window.close()
    finally:
        workspace.close()
