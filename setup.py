"""The build step pyproject.toml cannot say: compile the Swedish translations (.ts) into the .qm files Qt
loads, so a wheel or `pip install .` starts in Swedish on a Swedish system without running `make`.

Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("resources") / "translations"


def _lrelease() -> str:
    """PySide6's lrelease: next to the running Python (a venv, the isolated build env), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit(
            "building Rundabord needs pyside6-lrelease (PySide6-Essentials) to compile translations"
        )
    return found


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ in place; `make translations` fills it
            return
        target = Path(self.build_lib) / TRANSLATIONS
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            compiled = target / source.with_suffix(".qm").name
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(compiled)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
