"""Several secretaries on one PostgreSQL store at the same moment: three processes (`rundabord import`,
each as her own workspace and origin) import 40 tables' bundles, some of the same bundles at once; the
store ends exactly as a serial SQLite import of the same bundles, and each bundle is imported once."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from app.bundles import import_files
from app.workspace import Workspace

from .conftest import TABLES, canonical_dump

pytestmark = pytest.mark.slow


def test_three_secretaries_import_forty_tables_at_once(world, pg_dsn, tmp_path) -> None:
    everything = [*world.round1, *world.round2]
    reference = world.secretariat(tmp_path / "reference")
    assert {r.status for r in import_files(reference, everything)} == {"imported"}
    expected = canonical_dump(reference.store)
    reference.close()

    first = world.secretariat(tmp_path / "anna", pg_dsn)  # the store moved to PostgreSQL
    first.close()
    others = [
        Workspace.create(tmp_path / name, "secretariat", database=pg_dsn) for name in ("britt", "carin")
    ]
    origins = {first.store.origin, *(w.store.origin for w in others)}
    for workspace in others:
        workspace.close()
    assert len(origins) == 3  # each writes as herself

    # Each takes every third table's two bundles, and the first ten tables' round 1 are given to all three.
    shares = [[p for i, p in enumerate(everything) if i % 3 == k] + list(world.round1[:10]) for k in range(3)]
    start_at = time.time() + 3.0
    runner = (
        "import sys, time; from app.cli import main; time.sleep(max(0.0, float(sys.argv[1]) - time.time()));"
        " sys.exit(main(sys.argv[2:]))"
    )
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                runner,
                str(start_at),
                "--workspace",
                str(tmp_path / name),
                "import",
                "--json",
                *map(str, share),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, share in zip(("anna", "britt", "carin"), shares, strict=True)
    ]
    receipts = []
    for process in processes:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
        receipts += [json.loads(line) for line in out.splitlines() if line.startswith("{")]

    assert len(receipts) == sum(len(s) for s in shares)
    imported = [r["manifest_sha256"] for r in receipts if r["status"] == "imported"]
    assert sorted(imported) == sorted(set(imported)) and len(imported) == 2 * TABLES  # each once
    assert {r["status"] for r in receipts} == {"imported", "already-imported"}

    workspace = Workspace(tmp_path / "anna")
    try:
        assert canonical_dump(workspace.store) == expected
        count = workspace.store.conn.execute("SELECT count(*) FROM bundle_imports").fetchone()[0]
        assert count == 2 * TABLES
    finally:
        workspace.close()
