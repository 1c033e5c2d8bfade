"""The minutes' disputed table facts are one conference's: a store that keeps many conferences reads the
conflicts of the conference whose minutes are made, not every table conflict it holds (the cost of the
minutes follows the conference, not the store). On both store backends."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app import conferences, conflicts
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import demo_description, ensure_demo
from app.minutes.source import disputed_facts
from app.workspace import Workspace


def _two_disputed_conferences(request, backend: str, tmp_path: Path):
    """Two conferences of one secretariat, each with one table's participant count in dispute: the
    secretariat typed one figure from the paper, the chair's laptop another (table 4 of the first,
    table 6 of the second). (office, laptop, {conference id: table})"""
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    office = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    create_identity(office, "Kansliet")
    first = ensure_demo(office.store)
    description = demo_description()
    autumn = dataclasses.replace(description, conference={**description.conference, "title": "Hösten"})
    second = conferences.create_conference(office.store, autumn)
    laptop = Workspace.create(tmp_path / "laptop")
    create_identity(laptop, "Karin Sjöström")
    public = require_identity(laptop).public_key
    tables = {first: 4, second: 6}
    for conference_id, table in tables.items():
        import_files(laptop, [export_pack(office, conference_id, tmp_path / f"pack-{table}.rbz").path])
        trust.add(office.store, public, "Karin Sjöström", "chair", conference_id, table)
        conferences.set_table_facts(laptop.store, conference_id, table, participants=8)
        conferences.set_table_facts(office.store, conference_id, table, participants=7)  # from the paper
    for conference_id, table in tables.items():
        bundle = export_table(laptop, conference_id, table, tmp_path / f"bord-{table}.rbz").path
        [receipt] = import_files(office, [bundle])
        assert receipt.status == "imported", receipt.reason
    return office, laptop, tables


def test_a_conferences_disputed_facts_read_only_its_own_conflicts(
    backend: str, tmp_path: Path, request, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, laptop, tables = _two_disputed_conferences(request, backend, tmp_path)
    try:
        assert len(conflicts.open_conflicts(office.store)) == 2  # one in each conference
        read: list[str] = []
        reading = conflicts._row_context

        def counted(store, type_name: str, record_id: str):
            read.append(record_id)
            return reading(store, type_name, record_id)

        monkeypatch.setattr(conflicts, "_row_context", counted)
        for conference_id, table in tables.items():
            read.clear()
            disputed = disputed_facts(office.store, conference_id)
            assert list(disputed) == [(table, "participants")]
            assert {d.value for d in disputed[(table, "participants")]} <= {7, 8}
            # The one conflicting record of this conference read, the other conference's not at all.
            own = conferences.table(office.store, conference_id, table).id
            assert read == [own]
    finally:
        office.close()
        laptop.close()


def test_a_conferences_open_conflicts_read_only_its_own_records(
    backend: str, tmp_path: Path, request, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Merge tab's list and `conflict list --conference` (every type of record): the same."""
    office, laptop, tables = _two_disputed_conferences(request, backend, tmp_path)
    try:
        read: list[str] = []
        reading = conflicts._row_context

        def counted(store, type_name: str, record_id: str):
            read.append(record_id)
            return reading(store, type_name, record_id)

        monkeypatch.setattr(conflicts, "_row_context", counted)
        for conference_id, table in tables.items():
            read.clear()
            [found] = conflicts.open_conflicts(office.store, conference_id)
            own = conferences.table(office.store, conference_id, table).id
            assert (found.record_id, found.field, found.conference_id) == (own, "participants", conference_id)
            assert read == [own]
    finally:
        office.close()
        laptop.close()
