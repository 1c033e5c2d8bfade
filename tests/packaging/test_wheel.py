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
    # Installed from that wheel (and nothing else of ours on the path), the face loads every area's
    # Swedish translation from the installed package and speaks Swedish.
    installed = tmp_path / "installed"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(installed)  # what pip puts in site-packages: a wheel is unpacked as it is
    speaks = subprocess.run(
        [sys.executable, "-I", "-c", _SPEAKS_SWEDISH, str(installed)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert speaks.returncode == 0, speaks.stderr
    folder, said, *loaded = speaks.stdout.splitlines()
    assert folder == str(installed)
    ours = sorted(Path(path).name for path in loaded if Path(path).is_relative_to(installed))
    assert ours == sorted(Path(name).name for name in expected), "every area's Swedish, from the install"
    assert said == "Något gick fel"


_SPEAKS_SWEDISH = """
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication
import ui, ui.i18n
app = QCoreApplication([])
loaded = ui.i18n.install("sv", app)
print(str(__import__("pathlib").Path(ui.__file__).parent.parent))
print(QCoreApplication.translate("ErrorLog", "Something went wrong"))
for path in loaded:
    print(path)
"""
