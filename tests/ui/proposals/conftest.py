"""A workspace holding the generated three-conference process, for the proposal board's GUI tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.workspace import DB_NAME, Workspace

LABELLED = Path(__file__).resolve().parents[2] / "data" / "proposals_sv.json"


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory):
    from app.proposals.sample import build_sample_process

    folder = tmp_path_factory.mktemp("proposals-template")
    workspace = Workspace.create(folder)
    groups = json.loads(LABELLED.read_text(encoding="utf-8"))["groups"]
    process = build_sample_process(workspace.store, groups)
    workspace.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return folder, process


@pytest.fixture
def sample_workspace(_sample_template, tmp_path: Path):
    """(Workspace, SampleProcess): a fresh copy of the generated process for this test."""
    template, process = _sample_template
    folder = tmp_path / "proposals-ws"
    folder.mkdir()
    shutil.copy2(template / DB_NAME, folder / DB_NAME)
    workspace = Workspace(folder)
    yield workspace, process
    workspace.close()
