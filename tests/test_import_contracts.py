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
    (tmp_path / "tests").mkdir()
    shutil.copy2(ROOT / "tests" / "import_cycles.py", tmp_path / "tests")  # the acyclic_modules contract
    return tmp_path


def test_the_contracts_hold(tree: Path) -> None:
    result = _lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The face reads and writes only through the core's services KEPT" in result.stdout
    assert "No module of the core or the face imports itself back through others KEPT" in result.stdout


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


def test_naming_the_store_only_for_type_checking_breaks_the_lint(tree: Path) -> None:
    with (tree / "ui" / "smoke.py").open("a", encoding="utf-8") as source:
        source.write("\nfrom typing import TYPE_CHECKING  # noqa\n")
        source.write("\nif TYPE_CHECKING:\n    from app.store import Store\n")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert "ui.smoke -> app.store" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "step"),
    [
        # app.workspace imports app.errors: a lazy import back closes a cycle all the same
        (
            "app/errors.py",
            "def _f():\n    from app.workspace import Workspace",
            "app.errors -> app.workspace",
        ),
        # one of the three cycles this contract was made for, back again under TYPE_CHECKING
        (
            "ui/chair/actions.py",
            "if TYPE_CHECKING:\n    from ui.chair.window import ChairWindow",
            "ui.chair.actions -> ui.chair.window",
        ),
    ],
    ids=["lazy", "type-only"],
)
def test_an_import_cycle_breaks_the_lint(tree: Path, module: str, line: str, step: str) -> None:
    with (tree / module).open("a", encoding="utf-8") as source:
        source.write(f"\n{line}  # noqa\n")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert "No module of the core or the face imports itself back through others BROKEN" in result.stdout
    assert "These modules import each other:" in result.stdout
    assert f"- {step} (l." in result.stdout
