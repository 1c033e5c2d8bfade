"""`rundabord quarantine accept|reject` never decide a key other than the one its secretary read: `quarantine
list` prints each key's rev (the bundles held from it and what the trust list says of it), both commands
take it back as `--expect-rev` and are refused in one line, exit 2, writing nothing, when a colleague
decided the key meanwhile or more of its bundles came. Required on PostgreSQL (others share the store).
Two secretaries accepting the same key at once: one accepts, the other is told; nothing is imported twice.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

from app import notes
from app.bundles import admission, export_table
from app.bundles.held_rev import decide_as_seen
from app.bundles.identity import create_identity
from app.edits import ChangedMeanwhile
from app.merge import merge_records
from app.workspace import Workspace
from tests.two_secretaries import run_cli as run


def _chair_laptop(pair, tmp_path: Path) -> Workspace:
    """Table 2's chair, whose key card never reached the secretariat: her exports wait in quarantine."""
    chair = Workspace.create(tmp_path / "chair", "chair")
    with chair.store.transaction():
        kinds = ("process", "theme", "conference", "question", "table")
        merge_records(chair.store, [r for t in kinds for r in pair.anna.store.dump(t)])
    create_identity(chair, "Cecilia Öst")
    return chair


def _export(chair: Workspace, pair, tmp_path: Path, text: str) -> Path:
    notes.add_note(chair.store, pair.conference_id, 2, 1, text)
    path = tmp_path / f"bord2-{len(list(tmp_path.glob('bord2-*')))}.rbz"
    export_table(chair, pair.conference_id, 2, path)
    return path


def _held(capsys, workspace) -> list[dict]:
    code, out, err = run(capsys, workspace, "quarantine", "list", "--json")
    assert (code, err) == (0, ""), err
    return [json.loads(line) for line in out.splitlines()]


def _imported(store) -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT manifest_sha256 FROM bundle_imports")]


def _trusted(store) -> list[tuple]:
    rows = store.conn.execute("SELECT key_id, role, table_number FROM bundle_trust ORDER BY id")
    return [tuple(row) for row in rows]


def _one_held_key(pair, capsys, tmp_path) -> tuple[Workspace, dict]:
    chair = _chair_laptop(pair, tmp_path)
    code, out, _ = run(capsys, pair.anna, "import", str(_export(chair, pair, tmp_path, "Fler bussar")))
    assert code == 0 and ": quarantined" in out
    [held] = _held(capsys, pair.anna)
    return chair, held


def test_accepting_a_key_a_colleague_accepted_since_is_refused_and_imports_nothing_twice(
    pair, capsys, tmp_path
) -> None:
    _, read = _one_held_key(pair, capsys, tmp_path)
    code, out, _ = run(capsys, pair.anna, "quarantine", "list")
    assert f"(rev {read['rev']})" in out  # the plain list prints it too
    [britts] = _held(capsys, pair.britt)
    assert britts["rev"] == read["rev"]

    code, out, err = run(
        capsys, pair.britt, "quarantine", "accept", britts["key_id"], "--expect-rev", britts["rev"]
    )
    assert (code, err) == (0, ""), err
    assert "trusted Cecilia Öst" in out and "as chair of table 2" in out and ": imported (" in out
    before = (_imported(pair.anna.store), _trusted(pair.anna.store))
    assert len(before[0]) == 1 and len(before[1]) == 1

    code, out, err = run(
        capsys, pair.anna, "quarantine", "accept", read["key_id"], "--expect-rev", read["rev"]
    )
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "accepted" in err and f"after rev {read['rev']}" in err and "nothing was written" in err
    assert (_imported(pair.anna.store), _trusted(pair.anna.store)) == before

    if not pair.shared_folder:  # Anna received it: her copy goes once it is surely no bundle on its way in
        [copy] = (pair.anna.dir / "quarantine").glob("*.rbz")
        assert _held(capsys, pair.anna) == [] and copy.exists()
        os.utime(copy, (time.time() - 3600, time.time() - 3600))
        assert _held(capsys, pair.anna) == [] and not copy.exists()


def test_a_key_whose_bundles_grew_since_it_was_read_is_not_rejected(pair, capsys, tmp_path) -> None:
    chair, read = _one_held_key(pair, capsys, tmp_path)
    # Her second export arrives through Britt: the key Anna read held one bundle, it holds two now.
    code, out, _ = run(capsys, pair.britt, "import", str(_export(chair, pair, tmp_path, "Kvällsturer")))
    assert "quarantined" in out
    code, out, err = run(
        capsys, pair.anna, "quarantine", "reject", read["key_id"], "--expect-rev", read["rev"]
    )
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"key {read['key_id']} changed (now 2 held" in err and "nothing was written" in err
    assert len(_held(capsys, pair.anna)) == 2 and _trusted(pair.anna.store) == []

    now = _held(capsys, pair.anna)[0]["rev"]
    assert now != read["rev"]
    code, out, err = run(capsys, pair.anna, "quarantine", "reject", read["key_id"][:8], "--expect-rev", now)
    assert (code, err) == (0, ""), err
    assert "dropped 2 held bundles" in out
    assert _held(capsys, pair.britt) == [] and [t[1] for t in _trusted(pair.britt.store)] == ["rejected"]


def test_the_rev_is_required_on_a_shared_store_and_counted(pair, capsys, tmp_path) -> None:
    _, read = _one_held_key(pair, capsys, tmp_path)
    code, out, err = run(capsys, pair.anna, "quarantine", "accept", read["key_id"])
    if pair.shared_folder:  # a one-person SQLite store checks only when asked
        assert (code, err) == (0, ""), err
        return
    assert code == 2 and "give the rev of each key's held bundles you read" in err
    code, out, err = run(
        capsys,
        pair.anna,
        "quarantine",
        "accept",
        read["key_id"],
        "--expect-rev",
        read["rev"],
        "--expect-rev",
        "x",
    )
    assert code == 2 and "(2 given for 1)" in err
    assert _imported(pair.anna.store) == [] and _trusted(pair.anna.store) == []
    code, out, err = run(capsys, pair.anna, "quarantine", "accept", read["key_id"], "--expect-rev", "any")
    assert (code, err) == (0, "") and ": imported (" in out, err


def test_two_secretaries_accepting_one_key_at_once_import_it_once(pair, capsys, tmp_path) -> None:
    _, read = _one_held_key(pair, capsys, tmp_path)
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def accept(who: str, workspace: Workspace) -> None:
        # Each her own connection to the store, as two commands on two computers have.
        mine = Workspace(workspace.dir)
        try:
            start.wait()
            decide_as_seen(
                mine.store,
                [read["key_id"]],
                {read["key_id"]: read["rev"]},
                lambda: admission.accept(mine, read["key_id"]),
            )
            outcome[who] = "accepted"
        except ChangedMeanwhile:
            outcome[who] = "told"
        finally:
            mine.close()

    threads = [
        threading.Thread(target=accept, args=(w, s)) for w, s in (("anna", pair.anna), ("britt", pair.britt))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcome.values()) == ["accepted", "told"]
    assert len(_imported(pair.anna.store)) == 1 and len(_trusted(pair.anna.store)) == 1
    assert _held(capsys, pair.britt) == []
