"""A wheel (what `pip install .` builds) carries the compiled Swedish translations: setup.py compiles every
.ts with pyside6-lrelease, so an installed Rundabord speaks Swedish without anyone running `make`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCES = (".git", ".venv", "build", "dist", ".workspace", "*.egg-info", "__pycache__", "*.qm", "tests")


def test_a_wheel_built_from_a_clean_tree_carries_the_compiled_translations(tmp_path: Path) -> None:
    tree = tmp_path / "clone"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    assert not list(tree.rglob("*.qm"))  # nothing compiled beforehand: the build must do it
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(tree), "--no-deps", "-q", "-w", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "out").glob("rundabord-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        expected = {
            f"resources/translations/{ts.stem}.qm" for ts in (ROOT / "resources/translations").glob("*.ts")
        }
        assert expected and expected <= names, sorted(expected - names)
        compiled = tmp_path / "common_sv.qm"
        compiled.write_bytes(archive.read("resources/translations/common_sv.qm"))
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("ErrorLog", "Something went wrong") == "Något gick fel"
