"""Follow-ups for the chairs and for a colleague secretariat, through real signed bundles.

The secretariat holds table 1's notes (sent by its chair's laptop, one corrected since) and table 2's,
typed from paper: a private remark naming a person, left out of what is published, and a note with a
name and a phone number the review decided to remove; a proposal of each table, merged, decided by
the council. Table 1's chair receives her table's notes and the decisions on her proposals, never a
name or number the review found, nor a review record, nor the note left out; a colleague secretariat
receives the whole record and publishes the same. A chair's laptop that syncs takes her table's
follow-up and leaves the others'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences, notes, proposals
from app.bundles import import_files
from app.cli import main
from app.errors import UserError
from app.privacy import left_out, review
from app.proposals.exchange import SECRETARIAT, export_chairs_followups, export_followup
from app.workspace import Workspace
from tests.app.bundles.old_rundabord import OldRundabord
from tests.app.proposals.followup_world import CALL, _bundle, _take, _World

FOUND = ("Wikström", "wikström", "Persbrandt", "persbrandt", "070-123 45 67", "0701234567")


def test_the_chairs_follow_up_carries_her_table_and_nothing_the_review_found(world: _World) -> None:
    cid = world.conference_id
    matches = {r["match"] for r in world.kansli.store.select("privacy_decision")}
    assert {"lena wikström", "gunnel persbrandt", "070-123 45 67"} <= matches  # what the review found
    result = export_followup(world.kansli, cid, world.folder / "uppf-bord1.rbz", table=1)
    manifest, records, data = _bundle(result.path)
    assert manifest["tables"] == [1] and manifest["requires"] == ["table-scoped"]
    for datum in FOUND:
        assert datum.encode() not in data, datum
    assert b"sa privat" not in data and "mår dåligt".encode() not in data
    types = {r["type"] for r in records}
    assert "privacy_decision" not in types and "report_text" not in types
    carried_notes = {r["id"] for r in records if r["type"] == "note"}
    assert carried_notes == {world.bus, world.proposal}
    _take(world.laptop, result.path)
    there = world.laptop.store
    assert notes.note(there, world.bus).text == "Bussen går sällan"  # the correction arrived
    assert there.get("note", world.private) is None and there.get("note", world.call) is None
    assert there.conn.execute("SELECT count(*) FROM privacy_decisions").fetchone()[0] == 0
    # Her proposal is merged with table 2's: the merged text is table 2's words (the most voted), so
    # neither the group, nor its links, nor its status leave; she sees her proposal as she wrote it.
    assert there.get("proposal_group", world.group) is None
    assert proposals.find_proposal(there, world.proposal).id == world.proposal
    assert not {"proposal_group", "proposal_link", "proposal_status", "proposal_summary"} & types
    # Her own left-out note stays on her laptop as she wrote it: not sent, not deleted.
    assert notes.note(there, world.own_private).text == "Hon mår dåligt, ta inte med det"
    # Re-importing changes nothing; a later follow-up after the note is taken back carries it again.
    assert import_files(world.laptop, [result.path])[0].status == "already-imported"
    left_out.take_back(world.kansli.store, world.own_private)
    notes.edit_note(world.kansli.store, world.own_private, text="Hon mår dåligt")
    again = export_followup(world.kansli, cid, world.folder / "uppf-bord1-b.rbz", table=1)
    _take(world.laptop, again.path)
    assert notes.note(there, world.own_private).text == "Hon mår dåligt"


def test_a_colleague_secretariat_receives_the_whole_record_and_publishes_the_same(world: _World) -> None:
    cid = world.conference_id
    with pytest.raises(UserError, match="not to the outbox"):
        export_followup(world.kansli, cid, recipient=SECRETARIAT)
    result = export_followup(world.kansli, cid, world.folder / "kollega.rbz", recipient=SECRETARIAT)
    manifest, records, _data = _bundle(result.path)
    assert manifest["requires"] == ["omit", "secretariat-only"]
    assert {r["type"] for r in records} >= {"privacy_decision", "note", "proposal_status"}
    _take(world.colleague, result.path)
    there = world.colleague.store
    assert left_out.left_out_notes(there, cid) == left_out.left_out_notes(world.kansli.store, cid)
    assert left_out.left_out_notes(there, cid) >= {world.private, world.own_private}
    decided = {h.id: h.decision.action for h in review.review(there, cid) if h.decision}
    assert decided == {h.id: h.decision.action for h in review.review(world.kansli.store, cid) if h.decision}
    assert notes.note(there, world.call).text == CALL
    # With nothing left out, the colleague's follow-up asks only to be a secretariat's.
    left_out.take_back(world.kansli.store, world.own_private)
    left_out.take_back(world.kansli.store, world.private)
    plain = export_followup(world.kansli, cid, world.folder / "kollega-2.rbz", recipient=SECRETARIAT)
    assert _bundle(plain.path)[0]["requires"] == ["secretariat-only"]
    _take(world.colleague, plain.path)
    assert left_out.left_out_notes(there, cid) == set()


def test_a_chairs_laptop_syncs_in_her_tables_follow_up_only(world: _World, tmp_path: Path) -> None:
    from app.sync import engine, settings
    from tests.sync_fixtures import sync_once

    share = tmp_path / "share"
    share.mkdir()
    cid = world.conference_id
    results = export_chairs_followups(world.kansli, cid)  # into the outbox, one a table
    assert sorted(r.tables for r in results) == sorted(
        (t.number,) for t in conferences.tables(world.kansli.store, cid)
    )
    settings.configure(world.kansli.store, str(share))
    sync_once(world.kansli)
    settings.configure(world.laptop.store, str(share))
    report = sync_once(world.laptop)
    taken = [p for p in report.pulled if p.outcome == engine.IMPORTED]
    mine = next(r for r in results if r.tables == (1,))
    assert [p.bundle_id for p in taken] == [mine.bundle_id]
    assert {p.outcome for p in report.pulled if p.bundle_id != mine.bundle_id} == {engine.NOT_FOR_US}
    assert world.laptop.store.get("note", world.call) is None
    assert notes.note(world.laptop.store, world.bus).text == "Bussen går sällan"


def test_the_cli_writes_one_bundle_a_table_or_the_colleagues_file(
    world: _World, tmp_path: Path, capsys
) -> None:
    cid = world.conference_id
    base = ["--workspace", str(world.folder / "kansli"), "proposal", "export", "--conference", cid]
    world.kansli.close()
    try:
        assert main([*base, "--for", "secretariat"]) == 2
        assert "give -o" in capsys.readouterr().err
        assert main([*base, "--table", "2", "-o", str(tmp_path / "bord2.rbz")]) == 0
        assert main([*base, "--for", "secretariat", "-o", str(tmp_path / "kollega.rbz")]) == 0
        assert main([*base, "-o", str(tmp_path / "bord")]) == 0
    finally:
        world.kansli = Workspace(world.folder / "kansli")
    out = capsys.readouterr().out
    assert "for the chair of table 2" in out and "for a colleague secretariat" in out
    # Every bundle written asks its reader for a `requires`: the chairs' (table-scoped) and the
    # colleague's (secretariat-only), so each says which Rundabord reads it.
    needs = (
        '  needs a Rundabord that can take in follow-ups to read it (an older one refuses it: "the manifest'
        ' has unexpected or missing fields: requires"; then ask the chair to update Rundabord)'
    )
    assert (
        out.count(needs) == out.count("wrote ") - 1 == 1 + len(conferences.tables(world.kansli.store, cid))
    ), out
    assert (
        "  needs a Rundabord that can take in a colleague's whole record to read it (an older one refuses"
        ' it: "the manifest has unexpected or missing fields: requires"; then ask that secretariat to update'
        " Rundabord)\n"
        "  a chair's laptop refuses it: give it to that secretariat only\n"
    ) in out
    manifest, records, data = _bundle(tmp_path / "bord2.rbz")
    assert manifest["tables"] == [2]
    assert {r["id"] for r in records if r["type"] == "note"} == {world.call, world.other}
    assert b"Wikstr" not in data  # the left-out remark of her own table does not travel either
    assert _bundle(tmp_path / "kollega.rbz")[0]["requires"] == ["omit", "secretariat-only"]
    assert len(list((tmp_path / "bord").glob("*.rbz"))) == len(conferences.tables(world.kansli.store, cid))


BEFORE_OMIT = "d159255"  # the last commit before "leave out" (8298507): it reads format 3, knows no "omit"


def test_a_rundabord_that_knows_no_omit_refuses_the_colleagues_follow_up(
    world: _World, tmp_path: Path, tmp_path_factory
) -> None:
    """That Rundabord would publish the left-out remark: it refuses the bundle instead (an unknown
    manifest key), and now the colleague's without an "omit" too ("secretariat-only"). It refuses the
    chairs' follow-up too: it would take it as the conference's pack on every table's laptop."""
    old = OldRundabord.at(BEFORE_OMIT, tmp_path_factory)
    cid = world.conference_id
    colleague = export_followup(world.kansli, cid, tmp_path / "kollega.rbz", recipient=SECRETARIAT).path
    chairs = export_followup(world.kansli, cid, tmp_path / "bord1.rbz", table=1).path
    left_out.take_back(world.kansli.store, world.own_private)
    left_out.take_back(world.kansli.store, world.private)
    plain = export_followup(world.kansli, cid, tmp_path / "kollega-2.rbz", recipient=SECRETARIAT).path
    read = old.reads(colleague, chairs, plain)
    assert read == [
        # (and the secretariat's writers' origins, written only beside `requires`: team_origins.py)
        "refused: manifest the manifest has unexpected or missing fields: requires, secretariat_origins",
        "refused: manifest the manifest has unexpected or missing fields: requires, secretariat_origins",
        # Every colleague's file is "secretariat-only" now (no chair's laptop takes it, however it
        # arrives): the cost is that an older secretariat refuses the plain one too.
        "refused: manifest the manifest has unexpected or missing fields: requires, secretariat_origins",
    ], read
    # This version reads it; one that finds a requirement it does not know refuses it in one line.
    from app.bundles.format import BundleError
    from app.bundles.manifest_fields import check_manifest_fields

    manifest = _bundle(colleague)[0]
    check_manifest_fields(manifest)
    with pytest.raises(BundleError, match="asks its reader to honour anonymise, which this version"):
        check_manifest_fields({**manifest, "requires": ["anonymise", "omit"]})
