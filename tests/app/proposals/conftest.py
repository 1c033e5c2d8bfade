"""Fixtures for the proposal follow-up tests: the labelled paraphrase set, a generated process, and the
follow-up tests' world (tests/app/proposals/followup_world.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.app.proposals.followup_world import _World

LABELLED = Path(__file__).resolve().parents[2] / "data" / "proposals_sv.json"


@pytest.fixture(scope="session")
def labelled() -> list[list[str]]:
    """Groups of proposals; each group is one idea in the words of different tables."""
    return json.loads(LABELLED.read_text(encoding="utf-8"))["groups"]


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory, labelled):
    """The generated three-conference process, built once into a workspace file that tests copy."""
    from app.proposals.sample import build_sample_process
    from app.store import Store

    path = tmp_path_factory.mktemp("sample") / "workspace.sqlite3"
    store = Store(path)
    process = build_sample_process(store, labelled)
    store.close()  # the last connection checkpoints the WAL into the file
    return path, process


@pytest.fixture
def sample(tmp_path: Path, sample_file):
    """A fresh copy of the generated process in this test's own store; yields (store, SampleProcess)."""
    from app.store import Store

    source, process = sample_file
    target = tmp_path / "sample" / "workspace.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(source, target)
    store = Store(target)
    yield store, process
    store.close()


def run(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, str, str]:
    """`rundabord --workspace W proposal ARGS`: its exit code, stdout and stderr."""
    from app.cli import main

    code = main(["--workspace", str(workspace), "proposal", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(tmp_path: Path, sample_file):
    """A workspace folder holding a copy of the generated process; yields (folder, SampleProcess)."""
    from app.workspace import DB_NAME

    source, process = sample_file
    (tmp_path / "ws").mkdir()
    shutil.copyfile(source, tmp_path / "ws" / DB_NAME)
    return tmp_path / "ws", process


@pytest.fixture
def world(tmp_path: Path):
    made = _World(tmp_path)
    yield made
    made.close()
