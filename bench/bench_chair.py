"""The chair's window: how fast it opens against a bare QMainWindow, and how a 1,000-note table behaves.

Prints, all measured in this run on this machine (offscreen Qt):
- whole-process time to a shown window: a bare QMainWindow with a list view, and Rundabord's chair window
  on the demo conference with a table open (median of several fresh processes, and the ratio);
- in-process: building and showing the chair window;
- a 1,000-note question: model load (reset), the view's first layout, a filter, clearing it;
- one note added through the undo stack (what Enter costs on the UI thread): median and p99 of 300.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

_BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QListView, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QListView()); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

_CHAIR = """
import sys, time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from app.workspace import Workspace
from ui import application
from ui.chair.window import ChairWindow
app = QApplication([])
application.configure(app)
workspace = Workspace(sys.argv[1])
conference_id = sys.argv[2]
w = ChairWindow(workspace, restore=False); w.open_table(conference_id, 3); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""


def _process_seconds(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - started  # includes the interpreter's own start
    float(out.stdout.strip().splitlines()[-1])
    return wall


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.demo import ensure_demo
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "workspace"
        workspace = Workspace.create(folder)
        conference_id = ensure_demo(workspace.store)
        workspace.close()
        with tempfile.TemporaryDirectory() as config:
            os.environ["XDG_CONFIG_HOME"] = config  # never the real settings
            bare = [_process_seconds(_BARE) for _ in range(RUNS)]
            chair = [_process_seconds(_CHAIR, str(folder), conference_id) for _ in range(RUNS)]
            b, c = statistics.median(bare), statistics.median(chair)
            print(f"process start to shown window, median of {RUNS}:")
            print(f"  bare QMainWindow + list view   {b * 1000:7.0f} ms")
            print(
                f"  chair window, table open       {c * 1000:7.0f} ms   ({c / b:.1f}x bare; aim: under 2 s)"
            )
            _in_process(folder, conference_id)


def _in_process(folder: Path, conference_id: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app import notes
    from app.workspace import Workspace
    from ui import application
    from ui.chair.window import ChairWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    application.configure(app)
    workspace = Workspace(folder)
    try:
        started = time.perf_counter()
        window = ChairWindow(workspace, restore=False)
        window.open_table(conference_id, 3)
        window.show()
        app.processEvents()
        print(f"in process: chair window built and shown   {(time.perf_counter() - started) * 1000:7.1f} ms")

        store = workspace.store
        with store.transaction():
            for i in range(1000):
                notes.add_note(
                    store, conference_id, 4, 1, f"Anteckning {i} om unga, kollektivtrafik och mötesplatser"
                )
        started = time.perf_counter()
        window.open_table(conference_id, 4)
        load = time.perf_counter() - started
        started = time.perf_counter()
        app.processEvents()
        layout = time.perf_counter() - started
        started = time.perf_counter()
        window.filter_edit.setText("Anteckning 99")
        app.processEvents()
        filtered = time.perf_counter() - started
        shown = window.notes_model.rowCount()
        assert shown == 11, shown  # 99 and 990..999: the filter really ran over the 1,000 notes
        started = time.perf_counter()
        window.filter_edit.clear()
        app.processEvents()
        cleared = time.perf_counter() - started
        print("a 1,000-note question (aim: each well under 50 ms on the UI thread):")
        print(f"  open the table, model loaded              {load * 1000:7.1f} ms")
        print(f"  lay out and paint (one pass)              {layout * 1000:7.1f} ms in all")
        print(f"  filter 'Anteckning 99' ({shown} shown)        {filtered * 1000:7.1f} ms")
        print(f"  clear the filter                          {cleared * 1000:7.1f} ms")

        times = []
        for i in range(300):
            started = time.perf_counter()
            window.add_note(f"Snabb anteckning {i}")
            app.processEvents()
            times.append(time.perf_counter() - started)
        times.sort()
        p99 = times[int(len(times) * 0.99) - 1]
        print(
            f"one note added (undo step, store commit, view update), 300 on a 1,000-note list: "
            f"median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms"
        )
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
