"""A chair's own workspace bound to no key here counts as hers, whatever else that workspace wrote.

Her laptop's key may be lost before it ever exported: her new laptop's export names the old workspace
as `former` (app/bundles/succession.py), and an export from an older Rundabord names none, so every
origin bound to no key it carries counts as hers. Her export keeps the `seen` claims of her old
laptop's edits (export.py), so a former origin not taken as hers would refuse the whole export, and
every later one (`record-seen-relayed`). Nothing a store holds may make such an origin pass for a
secretariat's when it is hers: one laptop may run a small conference of its own and chair a table of
another (app/roles.py), and a chair may re-stamp her table's unchanged fields under any origin bound to
no key. A rule that read such stamps as a secretariat's was taken out for refusing these exports
(test_a_secretariats_unbound_origin.py says what stays open).
"""

from __future__ import annotations

import copy
from contextlib import closing
from pathlib import Path

import pytest

from app import conferences, notes
from app.bundles.importer import import_files
from app.conferences import ConferenceFile
from app.demo import demo_description
from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _records
from tests.app.merge.test_edits_here_weigh_conflicts import _open, _send
from tests.app.merge.test_relayed_evidence import (
    NOTE_TEXT,
    Forgery,
    _Chair,
    _imported,
    forged_relay,
    secretariats,
)
from tests.clocks import edits_after

MINE = "Bussen går för sällan, även på helgerna"


def _her_own_conference() -> ConferenceFile:
    d = demo_description()
    conference = {**d.conference, "title": "Byastämma i Norrby", "date": "2026-05-20"}
    return ConferenceFile(d.process, d.themes, conference, d.questions[:1], d.tables[:2])


def _unbound(f: Forgery, origin: str) -> bool:
    row = f.third.store.conn.execute("SELECT 1 FROM origin_keys WHERE origin = ?", (origin,)).fetchone()
    return row is None


def _old_laptops_edit(f: Forgery, tmp_path: Path, own_conference: bool = False) -> dict:
    """Her old laptop, from its pack, edits the colleague's text (a `seen` claim on it) and is lost
    before it exports. With `own_conference` it also ran Norrby's conference, whose records reach the
    third store in a colleague secretariat's follow-up (its origin stays bound to no key there)."""
    old = Workspace.create(tmp_path / "gammal", "chair")
    try:
        _send(f.colleague.store, old.store)  # what her old laptop had from its pack
        if own_conference:
            conferences.create_conference(old.store, _her_own_conference())
            _send(old.store, f.colleague.store)
            _send(f.colleague.store, f.third.store)
        edits_after(old.store, f.third.store)
        notes.edit_note(old.store, f.record_id, text=MINE)
        [mine] = [copy.deepcopy(r) for r in _records(old.store) if r["id"] == f.record_id]
    finally:
        old.close()
    assert _unbound(f, mine["origin"]) and mine.get("seen")  # it had seen the colleague's text
    return mine


@pytest.mark.parametrize("own_conference", [False, True], ids=["chair-only", "ran-its-own-conference"])
def test_a_chairs_own_former_workspace_bound_to_no_key_counts_as_hers(
    own_conference: bool, backend: str, tmp_path: Path, request
) -> None:
    """Her new laptop's export names the old workspace and carries its edit with its claim of having
    seen the colleague's text: imported, no conflict opens against the value she saw, and the
    correction she never saw stays open. The same when her old laptop also ran a conference of its own."""
    with forged_relay(backend, tmp_path, request) as f:
        mine = _old_laptops_edit(f, tmp_path, own_conference)
        _imported(f.third, f.chair.signs([mine], former=(mine["origin"],)))
        assert f.third.store.require("note", f.record_id)["text"] == MINE
        assert [c[2] for c in _open(f.third.store, f.record_id)] == [f.open_conflict[0][1]]


def test_a_chair_cannot_make_a_co_chairs_former_laptop_pass_for_a_secretariat(
    backend: str, tmp_path: Path, request
) -> None:
    """Anna re-stamps her table's unchanged chair's name with co-chair Bo's old laptop's origin (she had
    its export at the table); the store takes it (a newer stamp on an unchanged field). Bo's new
    laptop's export naming that workspace as former is still taken as his."""
    with forged_relay(backend, tmp_path, request) as f:
        bo = _Chair(tmp_path, f.third, f.chair.conference_id, f.chair.table, "Bo Ek")
        try:
            his = _old_laptops_edit(f, tmp_path)
            victim = his["origin"]
            [held] = f.third.store.dump(
                "table", "conference_id = ? AND number = ?", (f.chair.conference_id, f.chair.table)
            )
            edits_after(f.chair.laptop.store, f.third.store)
            rev = str(f.chair.laptop.store.tick())
            planted = {**copy.deepcopy(held), "rev": rev, "origin": victim, "base_rev": held["rev"]}
            planted["stamps"]["chair_name"] = [rev, victim]
            planted.pop("seen", None)
            _imported(f.third, f.chair.signs([planted]))
            assert f.third.store.require("table", held["id"])["stamps"]["chair_name"][1] == victim
            [receipt] = import_files(f.third, [bo.signs([his], former=(victim,))])
            assert receipt.status == "imported", receipt.reason
            assert f.third.store.require("note", f.record_id)["text"] == MINE
            assert [c[2] for c in _open(f.third.store, f.record_id)] == [f.open_conflict[0][1]]
        finally:
            bo.laptop.close()


@pytest.mark.parametrize("own_conference", [False, True], ids=["chair-only", "ran-its-own-conference"])
def test_an_older_export_vouches_for_her_own_laptop(own_conference: bool, tmp_path: Path) -> None:
    """An export from before origins were named binds nothing, so her laptop's origin is bound to no
    key. Her edit of the text, made after she took the secretariat's correction of text and votes in
    her pack, shows that correction's `votes` stamp as what it started from: it supersedes the
    correction, and no conflict opens, also when her laptop ran a conference of its own."""
    with secretariats(tmp_path) as (opened, kansli, colleague, third):
        conference_id = conferences.create_conference(kansli.store, demo_description())
        record_id, _key = NOTE_TEXT.made(kansli.store, conference_id)
        _send(kansli.store, third.store)
        table = third.store.require("note", record_id)["table_number"]
        chair = _Chair(tmp_path, third, conference_id, table)
        opened.enter_context(closing(chair.laptop))
        laptop = chair.laptop
        edits_after(kansli.store, third.store)
        notes.edit_note(kansli.store, record_id, text="Bussen går för sällan", votes=4)  # one correction
        _send(kansli.store, third.store)  # the follow-up
        _send(third.store, laptop.store)  # her pack
        if own_conference:
            conferences.create_conference(laptop.store, _her_own_conference())  # she runs Norrby's
            _send(laptop.store, colleague.store)  # its follow-up, relayed by a colleague secretariat
            _send(colleague.store, third.store)
        edits_after(laptop.store, third.store)
        notes.edit_note(laptop.store, record_id, text=MINE)
        [mine] = [copy.deepcopy(r) for r in _records(laptop.store, claims=False) if r["id"] == record_id]
        assert mine["stamps"]["votes"][1] == kansli.store.origin  # what her edit evidently started from
        _imported(third, chair.signs([mine], older=True))
        assert third.store.require("note", record_id)["text"] == MINE
        assert _open(third.store, record_id) == []
