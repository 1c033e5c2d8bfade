"""A test run ends, and says why, when a test crashes its process or hangs: never an idle run until CI's
limit. Each case runs the project's pytest configuration (pyproject.toml, the crash rule of
tests/conftest.py) on a few throwaway tests in a pytest of its own, on two xdist workers as `make test`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

THROWAWAY = """
import os
import threading
import time


def test_before():
    pass


def test_breaks():
    {breaks}


def test_after():
    pass


def test_elsewhere_slow():
    time.sleep(1)


def test_elsewhere():
    pass
"""


def _run(tmp_path: Path, breaks: str, *options: str) -> tuple[subprocess.CompletedProcess[str], str]:
    hooks = "pytest_configure, pytest_xdist_make_scheduler"
    (tmp_path / "conftest.py").write_text(f"from tests.conftest import {hooks}  # noqa: F401\n")
    (tmp_path / "test_throwaway.py").write_text(THROWAWAY.format(breaks=breaks))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)]
    command += ["-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", *options, str(tmp_path)]
    # The bound itself: a run that hangs fails here instead of waiting (the old hang lasted until killed).
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    return done, done.stdout + done.stderr


def test_a_test_that_crashes_its_worker_fails_the_run_at_once_by_name(tmp_path: Path) -> None:
    done, out = _run(tmp_path, "os.abort()")
    assert done.returncode == 1, out
    assert "Fatal Python error: Aborted" in out  # the crash's own traceback, from faulthandler
    assert "crashed while running 'test_throwaway.py::test_breaks'" in out, out
    assert out.count("node down:") == 1, out  # never run again on a replacement worker


def test_a_test_that_hangs_prints_its_threads_and_fails_the_run(tmp_path: Path) -> None:
    # The limit is every throwaway test's, and test_elsewhere_slow sleeps 1 s in it: a worker the machine
    # leaves standing a few seconds must not reach it there. The hanging test waits forever, so any limit
    # finds it; a longer one only costs this test idle seconds.
    done, out = _run(tmp_path, "threading.Event().wait()", "-o", "faulthandler_timeout=15")
    assert done.returncode == 1, out
    assert "Timeout (0:00:15)!" in out, out
    assert re.search(r'test_throwaway\.py", line \d+ in test_breaks', out), out  # where it hung
    assert "crashed while running 'test_throwaway.py::test_breaks'" in out, out
