"""Fixtures for the proposal follow-up tests: the labelled paraphrase set and a generated process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LABELLED = Path(__file__).resolve().parents[2] / "data" / "proposals_sv.json"


@pytest.fixture(scope="session")
def labelled() -> list[list[str]]:
    """Groups of proposals; each group is one idea in the words of different tables."""
    return json.loads(LABELLED.read_text(encoding="utf-8"))["groups"]


@pytest.fixture
def sample(store, labelled):
    """A store with a generated three-conference process; yields (store, SampleProcess)."""
    from app.proposals.sample import build_sample_process

    return store, build_sample_process(store, labelled)
