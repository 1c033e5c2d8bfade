"""Shared fixtures. Qt runs offscreen; no test touches real settings or user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME, XDG folders and the default workspace into tmp, so nothing real is touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("RUNDABORD_WORKSPACE", str(home / "workspace"))


@pytest.fixture
def store(tmp_path: Path):
    from app.store import Store

    s = Store(tmp_path / "workspace.sqlite3")
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    """A store holding the demo conference; yields (store, conference_id)."""
    from app.demo import ensure_demo

    return store, ensure_demo(store)


@pytest.fixture(autouse=True)
def _none_reserve_for_qt() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call; without a reserve a
    long run aborts ("none_dealloc"). See keep_none_alive in ui/application.py. Costs nothing without Qt."""
    if "PySide6" in sys.modules:
        from ui.application import keep_none_alive

        keep_none_alive()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
