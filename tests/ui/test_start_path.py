"""`rundabord --workspace W`, as a chair starts it, shows the window without loading what only a
command, the packaged app's self-test or a rotating log's sockets need, and keeps its log from then on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.demo import ensure_demo
from app.workspace import Workspace
from ui import application, smoke

_START = """
import gc, json, linecache, os, sys, threading, traceback

class Who:
    \"\"\"Who imports a module the start should not load: the failure says, with the thread.\"\"\"
    def find_spec(self, name, path=None, target=None):
        if name in NOT_AT_START and name not in who:
            stack = [line for line in traceback.format_stack() if "importlib._bootstrap" not in line]
            who[name] = threading.current_thread().name + ":\\n" + "".join(stack[-12:-1])

NOT_AT_START, who = json.loads(sys.argv[2]), {}
sys.meta_path.insert(0, Who())
from ui import application
shown = application.start_window

def start_window(app, opened, bundle=None):
    from ui.first_paint import first_paint_pending

    window = shown(app, opened, bundle)
    app.processEvents()
    modules, collecting = sorted(sys.modules), gc.isenabled()  # at the first frame
    read = sorted(linecache.cache)  # sources read: PySide's `__feature__` check reads through linecache
    while first_paint_pending():  # then what waits for it (the log file, the icon, the collector)
        app.processEvents()
    from ui import collector

    after = [gc.isenabled(), collector.collects_on_ui_thread_only()]
    first = {name: who[name] for name in NOT_AT_START if name in modules}
    report = {"window": type(window).__name__, "modules": modules, "collecting": [collecting, *after]}
    report["who"], report["read"] = first, read
    print(json.dumps(report), flush=True)
    os._exit(0)

application.start_window = start_window
from ui.launcher import main
main(["--workspace", sys.argv[1]])
"""

# platformdirs finds the log folder: the log file opens right after the first frame.
NOT_AT_START = ("ui.smoke", "logging.handlers", "importlib.metadata", "platformdirs")


def test_the_real_start_shows_the_window_without_what_it_does_not_need(tmp_path: Path) -> None:
    folder = tmp_path / "bord"
    workspace = Workspace.create(folder)
    ensure_demo(workspace.store)
    workspace.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")  # the log file, never the real one
    env.pop(application.SMOKE_ENV, None)
    done = subprocess.run(
        [sys.executable, "-c", _START, str(folder), json.dumps(NOT_AT_START)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["window"] == "ChairWindow"
    modules = set(shown["modules"])
    # It once saw importlib.metadata under load, not again since: who imported what it sees is printed
    assert not modules & set(NOT_AT_START), "\n".join(
        f"{name} from {where}" for name, where in shown["who"].items()
    )
    assert not [name for name in modules if name.startswith("app.cli.") and name.endswith("_cmds")]
    # PySide reads the source of every module imported after it until ui/feature_scan.py stops it, and the
    # workspace's modules come right after PySide: no source of ours may be read before the first frame.
    assert not [path for path in shown["read"] if Path(path).parent.name in ("app", "ui", "chair", "pg")]
    assert (tmp_path / "state" / "Rundabord" / "log" / "rundabord.log").exists(), "the log is still kept"
    # No garbage collection during the start (what it makes lives as long as the window), and right after
    # the first frame the UI thread collects (a window open all day must), the automatic collector stays
    # off: no other thread may free the window's garbage (ui/collector.py).
    assert shown["collecting"] == [False, False, True]


def test_the_self_test_switch_is_the_one_the_self_test_reads() -> None:
    assert application.SMOKE_ENV == smoke.ENV
