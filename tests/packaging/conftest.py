"""The built application, shared by the packaging tests: `make package`, then run dist/rundabord/rundabord.

`make package` runs once a session and rebuilds only when the sources or the installed packages changed
(packaging/build.sh keeps a fingerprint): an unchanged tree costs a second, a changed one the ~20 s of a
PyInstaller build.
While a module uses the build it holds the build lock shared, so a build started by someone else's test
run in this same tree waits instead of replacing the files under our feet.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "rundabord"
LOCK = ROOT / "build" / "package" / "lock"
SMOKE_PREFIX = "RUNDABORD_SMOKE "


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@dataclass
class Frozen:
    """The built one-folder application, and a clean environment (home, settings, workspace) to run it in."""

    folder: Path
    home: Path

    @property
    def binary(self) -> Path:
        return self.folder / "rundabord"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local/share"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "RUNDABORD_WORKSPACE": str(self.home / "default-workspace"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 60, binary: Path | None = None, **env: str):
        return subprocess.run(
            [str(binary or self.binary), *args],
            env=self.env(**env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def run_ok(self, *args: str, **env: str) -> str:
        done = self.run(*args, **env)
        assert done.returncode == 0, f"rundabord {' '.join(args)} failed ({done.returncode}):\n{done.stderr}"
        return done.stdout

    def smoke(self, *args: str, binary: Path | None = None, after_ms: int = 300, **env: str):
        """Start the GUI with the smoke hook; returns (exit code, report dict or None, stderr)."""
        done = self.run(*args, binary=binary, RUNDABORD_EXIT_AFTER_MS=str(after_ms), **env)
        lines = [line for line in done.stdout.splitlines() if line.startswith(SMOKE_PREFIX)]
        report = json.loads(lines[-1].removeprefix(SMOKE_PREFIX)) if lines else None
        return done.returncode, report, done.stderr


@pytest.fixture(scope="session")
def _built() -> None:
    """`make package`, once a test session (a rebuild between modules would only cost time)."""
    build = subprocess.run(
        ["make", "--no-print-directory", "package"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert build.returncode == 0, f"make package failed:\n{build.stdout[-3000:]}\n{build.stderr[-3000:]}"


@pytest.fixture(scope="module")
def frozen(_built: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_SH)  # a build started elsewhere meanwhile finishes first
        home = tmp_path_factory.mktemp("frozen-home")
        (home / "runtime").mkdir(mode=0o700)
        yield Frozen(DIST, home)
