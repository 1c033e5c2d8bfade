"""The built application: its size on disk and how long it takes to start, beside the same from the venv.

Figures, not limits. Builds dist/rundabord first if the sources changed (packaging/build.sh).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "rundabord"
VENV_BINARY = Path(sys.executable).parent / "rundabord"
RUNS = 5


def _size(path: Path) -> tuple[int, int]:
    """Bytes and files under path, counting hard and symbolic links once."""
    total, files, seen = 0, 0, set()
    for folder, _, names in os.walk(path):
        for name in names:
            stat = os.lstat(os.path.join(folder, name))
            if stat.st_ino not in seen:
                seen.add(stat.st_ino)
                total += stat.st_size
                files += 1
    return total, files


def _mb(size: int) -> str:
    return f"{size / 1e6:7.1f} MB"


def _median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    subprocess.run([str(ROOT / "packaging/build.sh")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)

    total, files = _size(DIST)
    print(f"dist/rundabord: {_mb(total)} in {files} files")
    internal = DIST / "_internal"
    parts = sorted(((_size(p)[0] if p.is_dir() else p.lstat().st_size), p.name) for p in internal.iterdir())
    for size, name in reversed(parts[-8:]):
        print(f"  {_mb(size)}  _internal/{name}")

    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_RUNTIME_DIR": home,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        workspace = f"{home}/workspace"
        subprocess.run([str(DIST / "rundabord"), "--workspace", workspace, "demo"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        gui_env = {**env, "RUNDABORD_EXIT_AFTER_MS": "0"}
        print(f"median of {RUNS} runs, frozen vs venv:")
        for label, args, run_env in (
            ("--version", ["--version"], env),
            ("conference list (CLI)", ["--workspace", workspace, "conference", "list"], env),
            ("window shown and closed", ["--workspace", workspace], gui_env),
        ):
            frozen = _median_seconds([str(DIST / "rundabord"), *args], run_env)
            venv = (
                _median_seconds([str(VENV_BINARY), *args], run_env) if VENV_BINARY.exists() else float("nan")
            )
            print(f"  {label:26} {frozen * 1000:7.0f} ms frozen   {venv * 1000:7.0f} ms venv")


if __name__ == "__main__":
    main()
