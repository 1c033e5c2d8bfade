"""The tests' throwaway PostgreSQL server never outlives the process that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench import pg_throwaway

THROWAWAY = Path(pg_throwaway.__file__)

pytestmark = pytest.mark.skipif(pg_throwaway.bin_dir() is None, reason="make test installs PostgreSQL")

STARTER = """
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("throwaway", sys.argv[1])
throwaway = importlib.util.module_from_spec(spec)
spec.loader.exec_module(throwaway)
cluster = throwaway.Cluster().start()
print(cluster.root, cluster.port, flush=True)
time.sleep(600)
"""


def _running(port: int) -> bool:
    ready = pg_throwaway.bin_dir() / "pg_isready"
    return (
        subprocess.run([str(ready), "-h", "127.0.0.1", "-p", str(port)], capture_output=True).returncode == 0
    )


def test_a_test_run_killed_hard_leaves_no_server_behind() -> None:
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER, str(THROWAWAY)], stdout=subprocess.PIPE, text=True
    )
    assert starter.stdout is not None
    root, port = starter.stdout.readline().split()
    assert _running(int(port))
    os.kill(starter.pid, signal.SIGKILL)
    starter.wait()
    starter.stdout.close()
    give_up = time.monotonic() + 30
    while (_running(int(port)) or Path(root).exists()) and time.monotonic() < give_up:
        time.sleep(0.2)
    assert not _running(int(port)), "the server outlived the killed process"
    assert not Path(root).exists(), "the cluster's folder was left behind"
