"""Errors are never lost: an uncaught exception goes to the rotating log file in the platform's log
folder and to the one error dialog, whose details say where the log is."""

from __future__ import annotations

import logging
import sys

from ui import error_log


def _raise_and_hook() -> None:
    try:
        {}["records.jsonl"]
    except KeyError:
        sys.excepthook(*sys.exc_info())


def test_an_uncaught_exception_is_logged_and_shown_with_the_log_path(qapp, boxes, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = error_log.install()
    assert path == tmp_path / "state" / "Rundabord" / "log" / "rundabord.log"  # the platform's log folder
    assert path.parent == error_log.log_folder()
    _raise_and_hook()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text("utf-8")
    assert "uncaught exception" in logged and "KeyError: 'records.jsonl'" in logged and "Traceback" in logged
    boxes.error.assert_called_once()
    (parent, title, text), kwargs = boxes.error.call_args
    assert parent is None and title == "Something went wrong"
    assert "Your notes are saved" in text and "records.jsonl" not in text  # no internals in the dialog
    assert str(path) in kwargs["details"]


def test_every_error_dialog_says_where_the_log_is(qapp, monkeypatch, tmp_path):
    from ui import msgbox

    path = error_log.install(tmp_path / "logs")
    box = msgbox.error(None, "Cannot export", "The disk is full.")
    try:
        assert str(path) in box.detailedText()
    finally:
        box.close()


def test_the_log_rotates_instead_of_growing_without_end(qapp, tmp_path):
    path = error_log.install(tmp_path / "logs")
    noisy = logging.getLogger("rundabord.test")
    for _ in range(3000):
        noisy.warning("x" * 1000)
    assert path.stat().st_size <= 1_100_000
    assert (path.parent / "rundabord.log.1").exists()
    assert not (path.parent / "rundabord.log.9").exists()


def test_what_is_logged_before_the_file_opens_is_written_to_it_first(qapp, boxes, monkeypatch, tmp_path):
    """The window's start opens the log file after its first frame (ui/application.py); an uncaught
    exception before that opens it at once, after what was logged meanwhile."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    error_log.install_hooks()
    logging.getLogger("rundabord.start").warning("logged before the first frame")
    assert error_log.log_file() is None
    _raise_and_hook()
    path = error_log.log_file()
    assert path == tmp_path / "state" / "Rundabord" / "log" / "rundabord.log"
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text("utf-8")
    assert logged.index("logged before the first frame") < logged.index("uncaught exception")
    boxes.error.assert_called_once()
