"""Fixtures the core's tests share."""

from __future__ import annotations

import pytest

from tests.two_secretaries import two_secretaries


@pytest.fixture
def pair(backend, tmp_path, request):
    """Two secretaries on one store of the test's backend (see tests/two_secretaries.py)."""
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    made = two_secretaries(backend, tmp_path, dsn)
    yield made
    made.close()
