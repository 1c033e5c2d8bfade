"""Shared fixtures. Qt runs offscreen; no test touches real settings or user folders."""

from __future__ import annotations

import os
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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
