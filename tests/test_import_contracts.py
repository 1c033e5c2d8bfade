"""The import contracts of pyproject.toml hold, and `make lint` (lint-imports) fails when one breaks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=tree, capture_output=True, text=True, check=False, timeout=120
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("app", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_contracts_hold(tree: Path) -> None:
    result = _lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The face reads and writes only through the core's services KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "line"),
    [
        ("ui/smoke.py", "import sqlite3"),
        ("ui/smoke.py", "from app.store import Store"),
        ("ui/smoke.py", "from app.records import NOTE_KINDS"),
        ("ui/smoke.py", "from app.hlc import ZERO"),
        ("app/errors.py", "import PySide6.QtCore"),
    ],
)
def test_a_forbidden_import_breaks_the_lint(tree: Path, module: str, line: str) -> None:
    with (tree / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{line}  # noqa\n")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
