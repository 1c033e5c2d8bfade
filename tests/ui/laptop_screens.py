"""The laptops our people have, as offscreen screens a fresh process really opens on.

A window's size and what fits are decided when the application starts on its screen, so each size runs in
its own process: `run_on_screen` starts `module` (a script under tests/ui) on a configured offscreen screen
at the given scaling and returns the report it printed; `swedish_application` is how such a script starts
the application as on a first start in Swedish, with its settings in a folder of the test's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAPTOPS = {
    "1280x720": ((1280, 720), "1"),
    "1366x768": ((1366, 768), "1"),
    "1366x768-150%": ((1366, 768), "1.5"),
}
_MARK = "SCREEN_FIT "
FRAME = (16, 40)  # what a window manager adds around a window: its borders, and the title bar above


def fits_with_frame(size: list[int], screen: list[int]) -> bool:
    """Whether a window of `size` (width, height, without its frame) fits `screen` (x, y, width, height)
    once the window manager's frame is around it: what a window's first and minimum size must do."""
    return size[0] <= screen[2] - FRAME[0] and size[1] <= screen[3] - FRAME[1]


def run_on_screen(tmp_path: Path, size: tuple[int, int], scale: str, module: str, shot: str) -> dict:
    """Run `python -m module WORKSPACE SETTINGS SHOT` on a screen of `size` at `scale`; its printed report."""
    config = tmp_path / "screen.json"
    width, height = size
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [{**screen, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        # faulthandler: a crash in Qt prints the Python stack that led to it
        [
            sys.executable,
            "-X",
            "faulthandler",
            "-m",
            module,
            str(tmp_path / "ws"),
            str(tmp_path / "ini"),
            shot,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith(_MARK)]
    assert run.returncode == 0 and lines, f"exit {run.returncode}\n{run.stdout}{run.stderr}"
    return json.loads(lines[0].removeprefix(_MARK))


def print_report(report: dict) -> None:
    """What a script run by `run_on_screen` prints for it to read."""
    print(_MARK + json.dumps(report, ensure_ascii=False))


def swedish_application(settings_dir: str):  # -> QApplication; Qt is imported only in the child process
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import application

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)
    app.setOrganizationName(application.ORGANISATION)
    app.setApplicationName(application.APPLICATION)
    QSettings().setValue("language", "sv")
    application.configure(app)
    return app
