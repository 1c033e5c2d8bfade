"""A window a test leaves never crashes a later test's `QApplication.topLevelWidgets()`.

The worker's segfault this guards against: a window held only by reference cycles, left by one test, was
freed by a collection that started while a later test listed the top-level windows (Qt had copied the
pointers; an allocation made for the Python list started the collection), and the list then wrapped the
freed window. The cases with two tests run them in a pytest of its own, which leaves the collector off
between them."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from ui import collector

ROOT = Path(__file__).resolve().parents[2]

THROWAWAY = """
import gc

from PySide6.QtWidgets import QApplication, QMainWindow

destroyed = []


def test_a_window_is_left(qapp):
    gc.collect()
    gc.disable()  # the collector waits: what frees the window now is the fixture, or nothing
    window = QMainWindow()
    window.itself = window  # held only by a cycle
    window.destroyed.connect(lambda: destroyed.append(True))
    window.show()


def test_the_next_test_finds_it_gone(qapp):
    gc.enable()
    assert destroyed == [True]
    assert not [w for w in QApplication.topLevelWidgets() if type(w) is QMainWindow]
"""


def _run(tmp_path: Path, conftest: str) -> tuple[int, str]:
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_throwaway.py").write_text(THROWAWAY)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env |= {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", "-o", "addopts="]
    command += ["--rootdir", str(tmp_path), "-q", str(tmp_path)]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    return done.returncode, done.stdout + done.stderr


def test_a_window_a_test_left_is_deleted_before_the_next_test(tmp_path: Path) -> None:
    code, out = _run(tmp_path, "from tests.ui.conftest import _left_windows_deleted  # noqa: F401\n")
    assert code == 0 and "2 passed" in out, out


def test_without_that_it_lives_on_into_the_next_test(tmp_path: Path) -> None:
    """The case above can fail: without the fixture the window is still there, for a collection to free
    at any allocation of the next test."""
    code, out = _run(tmp_path, "")
    assert code == 1 and "1 failed, 1 passed" in out and "assert [] == [True]" in out, out


def test_the_windows_are_listed_while_the_collector_waits() -> None:
    """What the lists of windows in the tests use (ui.collector.top_level_widgets): no collection can
    start while Qt's pointers are wrapped, and the collector is left as it was found."""

    class Listing:
        @staticmethod
        def topLevelWidgets() -> list[bool]:
            return [gc.isenabled()]

    was_on = gc.isenabled()
    try:
        with mock.patch.object(collector, "QApplication", Listing):
            gc.enable()
            assert collector.top_level_widgets() == [False] and gc.isenabled()
            gc.disable()
            assert collector.top_level_widgets() == [False] and not gc.isenabled()
    finally:
        (gc.enable if was_on else gc.disable)()
