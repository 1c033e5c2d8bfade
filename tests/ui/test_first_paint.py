"""A window's start reads no source files for PySide's `__feature__` check, and a module imported after
PySide still works with Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_IMPORT_AFTER_PYSIDE = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import ui.feature_scan  # loads PySide6 and its import hook, as ui.application does
import uses_qt  # a module imported after PySide: does PySide read its source?
print(json.dumps({"read": [name for name in linecache.cache if name.endswith("uses_qt.py")],
                  "works": uses_qt.answer()}))
"""

_MODULE = """from PySide6.QtCore import QCoreApplication  # the text names PySide6, as our ui modules do


def answer() -> str:
    return QCoreApplication.translate("Test", "kvar")
"""


def test_pyside_reads_no_source_of_a_module_imported_after_it(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text(_MODULE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_AFTER_PYSIDE, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"read": [], "works": "kvar"}
