"""A chair's bundle shows what another workspace's edit had seen only as far as her own edits go.

A chair relays other workspaces' states in her table export (the secretariat's corrections she took in a
pack). What a state shows its writer started from (its base rev and the fields stamped there) is read as
what that writer had seen, so a chair who set those on a relayed state could make the secretariat's
correction pass for one written after a colleague's value it never saw, and a third store would drop
that value without a conflict (the reviewer's probe `[forged-evident-parent]`, here through a really
signed bundle). Such a state shows only her own workspace's edits; the bundle is not refused, since an
honest relay shows other workspaces' edits too: its writer's own bundles (or the secretariat's) show
them, and a value the relay alone left open closes when they come, as if they had come first.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import conferences, notes
from app.bundles import import_files
from app.bundles import trust as trust_list
from app.bundles.format import KIND_TABLE
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.writer import assemble, build_manifest, records_bytes
from app.demo import demo_description
from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _colleague_writes, _records
from tests.app.merge.test_edits_here_weigh_conflicts import CASES, _open, _send
from tests.clocks import edits_after

NOTE_TEXT = CASES[7]


class _Chair:
    """A chair's laptop whose key the third store trusts for the note's table; she signs what she is given."""

    def __init__(
        self, tmp_path: Path, store: Workspace, conference_id: str, table: int, name: str = "Anna Berg"
    ) -> None:
        self.tmp_path, self.name = tmp_path, name
        self.laptop = Workspace.create(tmp_path / f"laptop-{name.split()[0]}", "chair")
        self.key = create_identity(self.laptop, name)
        self.conference_id, self.table = conference_id, table
        trust_list.add(store.store, self.key.public_key, name, "chair", conference_id, table)
        self.sequence = 0

    def signs(
        self,
        records: list[dict[str, Any]],
        former: tuple[str, ...] = (),
        *,
        older: bool = False,
        home: str | None = None,
    ) -> Path:
        """Her table export, really signed; `former` is what its `created.former` names; `older`: as a
        Rundabord before `created.origin` signed it (no origin, hence no `former` either); `home`: the
        `created.origin` it names, if not her laptop's."""
        self.sequence += 1
        data = records_bytes(records)
        manifest = build_manifest(
            kind=KIND_TABLE,
            signer_name=self.name,
            public_key=self.key.public_key,
            conference_id=self.conference_id,
            tables=(self.table,),
            records=records,
            records_data=data,
            sequence=self.sequence,
            previous=None,
            created_utc=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            created_hlc=str(self.laptop.store.tick()),
            origin=None if older else (home or self.laptop.store.origin),
            former=former,
        )
        path = self.tmp_path / f"bord-{self.name.split()[0]}-{self.sequence}.rbz"
        path.write_bytes(assemble(load_signing_key(self.laptop), manifest, data)[0])
        return path


def _imported(workspace: Workspace, path: Path) -> None:
    [receipt] = import_files(workspace, [path])
    assert receipt.status == "imported", receipt.reason


@dataclass
class Forgery:
    """The secretariat's correction and a colleague's value, concurrent, open at a third store; the
    chair's forged relay of the correction: its base rev set to the colleague's stamp and an unchanged
    field stamped with it."""

    kansli: Workspace
    colleague: Workspace
    third: Workspace
    record_id: str
    chair: _Chair
    sent: dict[str, Any]
    forged: dict[str, Any]
    theirs_stamp: list[str]
    open_conflict: list[tuple[str, Any, Any]]


@contextmanager
def secretariats(
    tmp_path: Path, database: str | None = None
) -> Iterator[tuple[ExitStack, Workspace, Workspace, Workspace]]:
    """The secretariat's workspace, a colleague secretariat's and a third store (on `database` when given),
    and the stack a test puts what else it opens on: all closed afterwards, the last opened first."""
    with ExitStack() as opened:
        kansli = opened.enter_context(closing(Workspace.create(tmp_path / "kansli", "secretariat")))
        colleague = opened.enter_context(closing(Workspace.create(tmp_path / "kollega", "secretariat")))
        third = opened.enter_context(
            closing(Workspace.create(tmp_path / "tredje", "secretariat", database=database))
        )
        yield opened, kansli, colleague, third


@contextmanager
def forged_relay(backend: str, tmp_path: Path, request) -> Iterator[Forgery]:
    case = NOTE_TEXT
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    with secretariats(tmp_path, database) as (opened, kansli, colleague, third):
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        edits_after(kansli.store, colleague.store)
        case.edit(kansli.store, conference_id, key, correction)  # concurrent: never saw theirs
        _send(kansli.store, third.store)
        _send(colleague.store, third.store)
        open_conflict = [(case.field, correction, theirs)]
        assert _open(third.store, record_id) == open_conflict
        theirs_stamp = list(colleague.store.require(case.type_name, record_id)["stamps"][case.field])
        chair = _Chair(tmp_path, third, conference_id, third.store.require("note", record_id)["table_number"])
        opened.enter_context(closing(chair.laptop))
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        forged["base_rev"] = theirs_stamp[0]
        forged["stamps"]["votes"] = theirs_stamp  # an older stamp on an unchanged field
        yield Forgery(kansli, colleague, third, record_id, chair, sent, forged, theirs_stamp, open_conflict)


def test_a_chair_cannot_make_a_concurrent_correction_pass_for_a_later_one(
    backend: str, tmp_path: Path, request
) -> None:
    """The reviewer's probe: the chair re-sends the secretariat's state forged to look as if it had seen
    the colleague's value: imported, and the conflict stays (the third store on SQLite and PostgreSQL)."""
    with forged_relay(backend, tmp_path, request) as f:
        assert f.sent["origin"] == f.kansli.store.origin and "seen" not in f.sent
        honest = f.chair.signs([f.sent])
        _imported(f.third, f.chair.signs([f.forged]))
        assert (
            f.third.store.require(NOTE_TEXT.type_name, f.record_id)[NOTE_TEXT.field] == f.open_conflict[0][1]
        )
        assert _open(f.third.store, f.record_id) == f.open_conflict  # before: [] (text lost)
        # What the third store sends on says no more than it took (knowledge.shown_base)
        [onward] = [r for r in _records(f.third.store) if r["id"] == f.record_id]
        assert onward["base_rev"] != f.theirs_stamp[0]
        _imported(f.third, honest)  # the true relay changes nothing either
        assert _open(f.third.store, f.record_id) == f.open_conflict


def test_a_value_a_relay_alone_left_open_closes_when_the_writers_own_bundle_comes(tmp_path: Path) -> None:
    """An honest relay: the colleague changed the note's text and kind in one edit, the secretariat took it
    and corrected the text (its kind still shows the colleague's edit: the correction had seen it). A
    third store that has the colleague's edit and the correction only as the chair relays it shows the
    colleague's text against the correction; the secretariat's own follow-up closes it, and the store
    ends as one that took the follow-up first."""
    with secretariats(tmp_path) as (opened, kansli, colleague, third):
        first = opened.enter_context(closing(Workspace.create(tmp_path / "först", "secretariat")))
        conference_id = conferences.create_conference(kansli.store, demo_description())
        record_id, _key = NOTE_TEXT.made(kansli.store, conference_id)
        _send(kansli.store, colleague.store)
        edits_after(colleague.store, kansli.store)
        notes.edit_note(colleague.store, record_id, text="Kollegans text", kind="proposal")  # one edit
        _send(colleague.store, kansli.store)
        edits_after(kansli.store, colleague.store)
        notes.edit_note(kansli.store, record_id, text="Rättad text")
        assert _open(kansli.store, record_id) == []
        for store in (third, first):
            _send(colleague.store, store.store)
        table = third.store.require("note", record_id)["table_number"]
        chair = _Chair(tmp_path, third, conference_id, table)
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        _imported(third, chair.signs([sent]))
        assert [c[0] for c in _open(third.store, record_id)] == ["text"]  # the relay alone: open
        _send(kansli.store, third.store)  # the secretariat's own follow-up
        assert _open(third.store, record_id) == []
        _send(kansli.store, first.store)
        assert _open(first.store, record_id) == []
        assert third.store.require("note", record_id) == first.store.require("note", record_id)
