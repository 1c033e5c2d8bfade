"""A wheel (what `pip install .` builds) carries the compiled Swedish translations: setup.py compiles every
.ts with pyside6-lrelease, so an installed Rundabord speaks Swedish without anyone running `make`.

The wheel is built without build isolation, with the venv's setuptools and PySide6 (the test extras repeat
`[build-system] requires`): an isolated build would download and install PySide6 on every run. That
`requires` alone is enough to build is checked instead by reading setup.py and pyproject.toml."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import distribution, distributions, packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCES = (".git", ".venv", "build", "dist", ".workspace", "*.egg-info", "__pycache__", "*.qm", "tests")


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _build_requires() -> dict[str, Requirement]:
    requires = (Requirement(line) for line in _project()["build-system"]["requires"])
    return {canonicalize_name(req.name): req for req in requires}


def test_build_system_requires_names_everything_the_build_uses() -> None:
    """What the build imports or runs (the backend, setup.py's imports, the tools setup.py calls by name)
    belongs to a distribution that `[build-system] requires` names: an isolated build has nothing else."""
    requires = _build_requires()
    setup_py = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    modules = {_project()["build-system"]["build-backend"].split(".")[0]}
    for node in ast.walk(setup_py):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules.add(node.module.split(".")[0])
    outside = modules - set(sys.stdlib_module_names) - {"__future__"}
    by_module = packages_distributions()
    needed = {canonicalize_name(dist): f"import {module}" for module in outside for dist in by_module[module]}
    scripts = {
        entry.name: canonicalize_name(dist.metadata["Name"])
        for dist in distributions()
        for entry in dist.entry_points
        if entry.group == "console_scripts"
    }
    called = {node.value for node in ast.walk(setup_py) if isinstance(node, ast.Constant)} & set(scripts)
    assert "pyside6-lrelease" in called  # the translations' compiler, which setup.py looks up by name
    needed |= {scripts[name]: f"runs {name}" for name in called}
    assert set(needed) <= set(requires), {dist: why for dist, why in needed.items() if dist not in requires}


def test_the_venv_builds_with_what_build_system_requires_pins() -> None:
    """The wheel test builds with the venv's own packages: they must satisfy `[build-system] requires`,
    and `make .venv/.installed` (the package and its test extras) must bring every one of them."""
    project = _project()["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    installs = [Requirement(line) for line in lines]
    for name, req in _build_requires().items():
        assert distribution(name).version in req.specifier, f"venv's {name} is outside {req}"
        pinned = [other for other in installs if canonicalize_name(other.name) == name]
        assert any(other.specifier == req.specifier for other in pinned), f"{req} is not in .[test]"


@pytest.mark.slow
def test_a_wheel_built_from_a_clean_tree_carries_the_compiled_translations(tmp_path: Path) -> None:
    tree = tmp_path / "clone"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    assert not list(tree.rglob("*.qm"))  # nothing compiled beforehand: the build must do it
    # The venv's packages, not an isolated download; pip refuses if they miss `[build-system] requires`.
    with_the_venv = ["--no-build-isolation", "--check-build-dependencies"]
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(tree),
            "--no-deps",
            "-q",
            *with_the_venv,
            "-w",
            str(tmp_path / "out"),
        ],
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
