"""The chair's "Öppna fil…" given a named pipe (a FIFO: what a pack looks like to the file dialog when
a program offers it through a pipe, or a name made by mistake): refused at once in Swedish. Opening a
pipe waits for a writer for ever, so the opening worker hung and the window's pack never came."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app import conferences
from app.workspace import Workspace
from ui import i18n

from .conftest import open_window

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def _let_a_stuck_reader_go(pipe: Path) -> None:
    """If a reader is blocked opening the pipe (the old behaviour), give it a writer that closes at once."""
    with contextlib.suppress(OSError):  # ENXIO: no reader is waiting, as it should be
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("name", ["paket.rbz", "konferens.toml"])
def test_a_pipe_is_refused_in_swedish(qtbot, qapp, tmp_path, boxes, monkeypatch, name):
    pipe = tmp_path / name
    os.mkfifo(pipe)
    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "laptop")
    chair = open_window(qtbot, workspace)
    monkeypatch.setattr(chair.picker, "ask_file", lambda: pipe)  # the file dialog's answer
    button = chair.picker.file_button
    try:
        qtbot.mouseClick(
            button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2)
        )
        qtbot.waitUntil(lambda: boxes.error.called, timeout=30_000)  # real worker thread
    finally:
        _let_a_stuck_reader_go(pipe)
        from ui.operations import wait_for_all

        wait_for_all(30_000)
    title, text = boxes.error.call_args.args[1:3]
    assert title == f"Det går inte att öppna {name}"
    assert "är ingen fil utan en enhet eller en pipe: välj själva filen." in text, text
    assert conferences.conferences(workspace.store) == []
    workspace.close()
