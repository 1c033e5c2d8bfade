"""The half-typed note reaches the disk from a thread of its own: while the chair types, the window's
thread neither fsyncs nor rewrites the preferences file, and the draft still survives a crash once
written, a closed window, and comes over from the settings where an earlier Rundabord kept it."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QSettings

from app.workspace import Workspace

from .conftest import open_window, type_text


def _draft_on_reopening(qtbot, folder: Path) -> str:
    """The workspace opened again in a new window: what its note entry holds, the window then closed."""
    workspace = Workspace(folder)
    try:
        again = open_window(qtbot, workspace)
        shown = again.entry.toPlainText()
        again.close()
        return shown
    finally:
        workspace.close()


def _on_disk(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:  # not written yet
        return None


def test_typing_for_seconds_makes_no_fsync_on_the_window_thread(qtbot, window, monkeypatch):
    window.settings.sync()
    settings_file = Path(window.settings.fileName())
    settings_before = settings_file.read_bytes()
    fsyncs: list[str] = []
    original_fsync = os.fsync

    def recording(fd):
        fsyncs.append(threading.current_thread().name)
        return original_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording)
    settings_calls: list[str] = []
    for name in ("setValue", "remove"):
        original = getattr(window.settings, name)
        monkeypatch.setattr(
            window.settings,
            name,
            lambda key, *rest, _o=original: (settings_calls.append(key), _o(key, *rest)),
        )
    keeper = window.place.drafts()
    typed = ""
    for words in ("Längre öppettider ", "på biblioteket ", "och fler sittplatser"):
        type_text(qtbot, window.entry, words)
        typed += words
        # Handed over after the draft's delay and written by the keeper's thread, however long its fsync
        # takes (a fixed wait raced it: a loaded CI disk's fsync can take longer than the margin).
        qtbot.waitUntil(lambda t=typed: keeper.written and _on_disk(keeper.path) == t)
    assert "draft-keeper" in fsyncs  # written, and made durable
    assert threading.main_thread().name not in fsyncs
    assert settings_calls == []
    window.settings.sync()
    assert settings_file.read_bytes() == settings_before  # the preferences file was not touched


def test_a_draft_written_survives_a_crash(qtbot, window, demo_workspace_dir):
    type_text(qtbot, window.entry, "Ramp vid entrén")
    keeper = window.place.drafts()
    qtbot.waitUntil(lambda: keeper.written and keeper.path.exists(), timeout=5000)
    window.settings.sync()
    window.place._draft_timer.stop()  # the crash: the window never closes, nothing more is written
    window.hide()

    assert _draft_on_reopening(qtbot, demo_workspace_dir) == "Ramp vid entrén"


def test_closing_writes_the_draft_before_the_window_is_gone(qtbot, window, demo_workspace_dir):
    type_text(qtbot, window.entry, "Skriven just innan stängning")
    assert window.place._draft_timer.isActive()  # not handed over yet when the chair closes
    window.close()
    assert window.place.drafts().path.read_text(encoding="utf-8") == "Skriven just innan stängning"
    window.workspace.close()

    assert _draft_on_reopening(qtbot, demo_workspace_dir) == "Skriven just innan stängning"


def test_a_draft_in_the_settings_of_an_earlier_version_comes_over(qtbot, window, demo_workspace_dir):
    key = window.place.settings_key() + "_draft"
    path = window.place.drafts().path
    window.close()
    window.workspace.close()
    path.unlink()  # as an earlier Rundabord left things: no draft file, the draft in the settings
    settings = QSettings()
    settings.setValue(key, "från förra versionen")
    settings.sync()

    assert _draft_on_reopening(qtbot, demo_workspace_dir) == "från förra versionen"
    assert path.read_text(encoding="utf-8") == "från förra versionen"
    assert not QSettings().contains(key)  # the file holds it now
