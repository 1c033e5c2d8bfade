"""Export, import, quarantine, sequences and sign-off, end to end through real workspaces."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from app import notes
from app.bundles import (
    NoIdentity,
    PassphraseNeeded,
    admission,
    export_pack,
    export_table,
    import_files,
    ledger,
    quarantine,
    signoff,
    trust,
    verify_file,
)
from app.bundles.format import key_id_for
from app.bundles.identity import create_identity
from app.bundles.importer import ALREADY, IMPORTED, QUARANTINED, REFUSED, import_data
from app.cancel import CancelToken
from app.errors import NotFound, UserError
from app.hlc import Stamp
from app.messages import english, message
from app.workspace import Workspace


def _records(path) -> list[dict]:
    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read("records.jsonl").splitlines()]


@pytest.fixture
def bertil(world, tmp_path):
    """A second chair (table 4) whom the secretariat does not know yet."""
    workspace = Workspace.create(tmp_path / "bertil")
    (tmp_path / "pack.rbz").write_bytes(world.pack_bundle)
    [receipt] = import_files(workspace, [tmp_path / "pack.rbz"])
    assert receipt.status == IMPORTED
    create_identity(workspace, "Bertil Ek")
    notes.add_note(workspace.store, world.conference_id, 4, 1, "Ungdomsråd i varje kommun")
    yield workspace
    workspace.close()


def test_table_export_goes_to_the_outbox_whole(world, chair) -> None:
    notes.add_note(chair.store, world.conference_id, 4, 1, "Not this table's note")
    result = export_table(chair, world.conference_id, world.table)
    assert result.path == chair.outbox_dir / f"{result.bundle_id}.rbz"
    assert sorted(p.name for p in chair.outbox_dir.iterdir()) == [result.path.name]  # no temp file left
    records = _records(result.path)
    kinds = sorted(r["type"] for r in records)
    assert kinds == ["note", "note", "note", "table"]
    assert {r["fields"].get("table_number", r["fields"].get("number")) for r in records} == {world.table}
    assert any(r["deleted"] for r in records)  # the deleted note travels as a tombstone
    assert result.sequence == 2 and result.counts == {"note": 3, "table": 1}
    [entry] = [e for e in ledger.exports(chair.store) if e.bundle_id == result.bundle_id]
    assert entry.path == str(result.path) and entry.kind == "table-export" and entry.tables == (world.table,)
    verdict = verify_file(result.path, chair.store)
    assert verdict.ok and verdict.signer_name == "Anna Berg" and verdict.sequence == 2


def test_pack_holds_the_conference_and_nothing_personal(world) -> None:
    with zipfile.ZipFile(io.BytesIO(world.pack_bundle)) as archive:
        records = [json.loads(line) for line in archive.read("records.jsonl").splitlines()]
        manifest = json.loads(archive.read("manifest.json"))
    assert {r["type"] for r in records} == {"process", "theme", "conference", "question", "table"}
    assert manifest["kind"] == "conference-pack" and manifest["tables"] == list(range(1, 41))


def test_secretariat_imports_a_chairs_export(world, secretariat, tmp_path) -> None:
    path = tmp_path / "t3.rbz"
    path.write_bytes(world.table_bundle)
    before = secretariat.store.clock.last
    [receipt] = import_files(secretariat, [path])
    assert receipt.status == IMPORTED and receipt.trusted_as.startswith("chair of table 3")
    assert receipt.grants[0].code == "grant-chair" and receipt.grants[0].params["table"] == 3
    assert receipt.counts == {
        "new": 3,
        "updated": 0,
        "unchanged": 1,
        "conflicts": 0,
        "superseded": 0,
        "refused": 0,
    }
    texts = {
        n.text for n in notes.list_notes(secretariat.store, world.conference_id, table_number=world.table)
    }
    assert texts == {"Fler bussturer på landsbygden", "Gemensam kompetensplattform"}
    greatest = max(r["rev"] for r in _records(path))
    assert secretariat.store.clock.last >= Stamp.parse(greatest) > before
    [entry] = ledger.imports(secretariat.store)
    assert entry.bundle_id == receipt.bundle_id and entry.counts["new"] == 3
    again = import_files(secretariat, [path])[0]
    assert again.status == ALREADY and "already imported" in again.reason
    assert len(ledger.imports(secretariat.store)) == 1
    sign = signoff(secretariat.store, world.conference_id, world.table)
    assert sign.signer_name == "Anna Berg" and sign.imported and sign.signed_at.tzinfo is not None
    assert signoff(secretariat.store, world.conference_id, 4) is None


def test_a_later_edit_updates_and_signoff_follows_the_latest(world, secretariat, chair) -> None:
    assert import_data(secretariat, world.table_bundle, "first").status == IMPORTED
    note = next(n for n in notes.list_notes(chair.store, world.conference_id) if n.kind == "proposal")
    notes.edit_note(chair.store, note.id, text="Gemensam kompetensplattform för länet", votes=6)
    later = export_table(chair, world.conference_id, world.table)
    receipt = import_files(secretariat, [later.path])[0]
    assert receipt.counts["updated"] == 1 and receipt.flags == ()
    assert notes.note(secretariat.store, note.id).text == "Gemensam kompetensplattform för länet"
    assert signoff(secretariat.store, world.conference_id, world.table).bundle_id == later.bundle_id
    own = signoff(chair.store, world.conference_id, world.table)
    assert own.bundle_id == later.bundle_id and not own.imported


def test_every_tables_signoff_at_once_is_each_tables_own(world, secretariat, chair) -> None:
    """The minutes read all tables' sign-offs with one query per ledger; each is what signoff() says."""
    assert import_data(secretariat, world.table_bundle, "first").status == IMPORTED
    notes.add_note(chair.store, world.conference_id, world.table, 1, "Fler cykelvägar")
    later = export_table(chair, world.conference_id, world.table)
    assert import_files(secretariat, [later.path])[0].status == IMPORTED
    for store in (secretariat.store, chair.store):
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        found = ledger.signoffs(store, world.conference_id)
        store.conn.set_trace_callback(None)
        assert len(statements) == 2
        assert found == {world.table: signoff(store, world.conference_id, world.table)}
        assert found[world.table].bundle_id == later.bundle_id
    assert ledger.signoffs(secretariat.store, "no such conference") == {}


def test_a_chair_may_change_the_table_facts(world, secretariat, chair) -> None:
    from app import conferences

    conferences.set_table_facts(
        chair.store, world.conference_id, world.table, participants=7, bands={"16-25": 2}
    )
    receipt = import_files(secretariat, [export_table(chair, world.conference_id, world.table).path])[0]
    assert receipt.status == IMPORTED and receipt.counts["updated"] == 1, receipt
    table = conferences.table(secretariat.store, world.conference_id, world.table)
    assert (table.participants, table.bands) == (7, {"16-25": 2})


def test_sequence_gaps_late_arrivals_and_duplicates(world, secretariat, chair) -> None:
    second = export_table(chair, world.conference_id, world.table)
    third = export_table(chair, world.conference_id, world.table)
    first = import_files(secretariat, [third.path])[0]
    assert message("sequence-gap", first=1, last=2) in first.flags, first.flags
    assert any("gap: bundles 1-2" in f.english() for f in first.flags), first.flags
    late = import_files(secretariat, [second.path])[0]
    assert late.status == IMPORTED and any(f.code == "sequence-superseded" for f in late.flags), late.flags
    key = world.chair_key()
    records = world.table_records()
    one = world.signed_bundle(
        key, world.chair_public_key, records, conference_id=world.conference_id, sequence=7
    )
    other = world.signed_bundle(
        key, world.chair_public_key, records[:1], conference_id=world.conference_id, sequence=7
    )
    import_data(secretariat, one, "one")
    twin = import_data(secretariat, other, "other")
    assert message("sequence-repeated", number=7) in twin.flags, twin.flags
    forged_link = world.signed_bundle(
        key, world.chair_public_key, records, conference_id=world.conference_id, sequence=8, previous="0" * 64
    )
    flags = import_data(secretariat, forged_link, "eight").flags
    assert message("sequence-fork", previous=7) in flags, flags


def test_a_stamp_days_in_the_future_is_flagged_and_observed(world, secretariat) -> None:
    from app.hlc import Stamp, wall_clock_ms

    future = str(Stamp(wall_clock_ms() + 3 * 24 * 3600 * 1000, 0))  # within the tolerance
    bundle = world.signed_bundle(
        world.chair_key(),
        world.chair_public_key,
        world.table_records(),
        conference_id=world.conference_id,
        created_hlc=future,
    )
    receipt = import_data(secretariat, bundle, "future")
    assert receipt.status == IMPORTED
    assert message("clock-ahead") in receipt.flags, receipt.flags
    assert str(secretariat.store.clock.last) >= future
    # The ledger holds the remark and the grant as codes with parameters, not as sentences.
    flags, trusted_as = secretariat.store.conn.execute(
        "SELECT flags, trusted_as FROM bundle_imports WHERE manifest_sha256 = ?", (receipt.manifest_sha256,)
    ).fetchone()
    assert json.loads(flags) == [{"code": "clock-ahead", "params": {}}]
    assert json.loads(trusted_as)[0]["code"] == "grant-chair"
    # A row written before remarks were data still reads, as the sentence it was.
    secretariat.store.conn.execute(
        "UPDATE bundle_imports SET flags = ?, trusted_as = ?",
        (json.dumps(["gap: bundle 3 from this signer has not arrived"]), "chair of table 3 (conference x)"),
    )
    (entry,) = ledger.imports(secretariat.store)
    assert [f.english() for f in entry.flags] == ["gap: bundle 3 from this signer has not arrived"]
    assert english(entry.trusted_as) == "chair of table 3 (conference x)"


def test_progress_and_cancel_between_bundles(world, secretariat, tmp_path) -> None:
    paths = []
    for index in range(3):
        path = tmp_path / f"b{index}.rbz"
        path.write_bytes(world.table_bundle)
        paths.append(path)
    seen: list[tuple[int, int]] = []
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            token.cancel()  # the user presses Cancel while the second bundle is being imported

    receipts = import_files(secretariat, paths, progress=progress, cancel=token)
    assert [r.status for r in receipts] == [IMPORTED, ALREADY]
    assert seen == [(1, 3), (2, 3)]


def test_unknown_key_is_quarantined_then_accepted(world, secretariat, bertil) -> None:
    exported = export_table(bertil, world.conference_id, 4)
    receipt = import_files(secretariat, [exported.path])[0]
    assert receipt.status == QUARANTINED and receipt.trusted_as is None and receipt.grants == ()
    assert notes.list_notes(secretariat.store, world.conference_id, table_number=4) == []
    verdict = verify_file(exported.path, secretariat.store)
    assert verdict.ok and verdict.trusted_role is None and verdict.import_problem is None
    [held] = quarantine.held(secretariat.store)
    assert held.signer_name == "Bertil Ek" and held.fingerprint.startswith(held.key_id[:4])
    assert quarantine.proposed_grant([held]) == trust.Grant("chair", world.conference_id, 4)
    assert import_files(secretariat, [exported.path])[0].reason.endswith("(already held)")
    [accepted] = admission.accept(secretariat, held.key_id)
    assert accepted.status == IMPORTED and accepted.path == str(exported.path)
    assert [n.text for n in notes.list_notes(secretariat.store, world.conference_id, table_number=4)] == [
        "Ungdomsråd i varje kommun"
    ]
    assert quarantine.held(secretariat.store) == [] and not list((secretariat.dir / "quarantine").iterdir())
    assert signoff(secretariat.store, world.conference_id, 4).signer_name == "Bertil Ek"


def test_accepting_held_bundles_of_a_key_trusted_meanwhile_grants_it_nothing_more(
    world, secretariat, bertil
) -> None:
    # Bertil's table-4 export waits in quarantine; the secretariat then trusts his key for table 5
    # only, and follows the hint to accept what waits: that must not quietly make him chair of 4.
    exported = export_table(bertil, world.conference_id, 4)
    assert import_files(secretariat, [exported.path])[0].status == QUARANTINED
    key = bertil_public_key(bertil)
    trust.add(secretariat.store, key, "Bertil Ek", "chair", world.conference_id, 5)
    [receipt] = admission.accept(secretariat, exported.bundle_id[:8])
    assert receipt.status == REFUSED and receipt.check == "role"
    assert trust.status(secretariat.store, key).grants == (trust.Grant("chair", world.conference_id, 5),)
    assert notes.list_notes(secretariat.store, world.conference_id, table_number=4) == []
    # The refused bundle still waits, so an explicit role can still let it in.
    [held] = quarantine.held(secretariat.store)
    [receipt] = admission.accept(secretariat, held.key_id, trust.Grant("chair", world.conference_id, 4))
    assert receipt.status == IMPORTED


def test_a_key_revoked_while_its_bundles_waited_is_not_trusted_again_by_accept(
    world, secretariat, bertil
) -> None:
    exported = export_table(bertil, world.conference_id, 4)
    assert import_files(secretariat, [exported.path])[0].status == QUARANTINED
    key = bertil_public_key(bertil)
    trust.add(secretariat.store, key, "Bertil Ek", "chair", world.conference_id, 4)
    trust.remove(secretariat.store, key_id_for(key))
    with pytest.raises(UserError, match="revoked"):
        admission.accept(secretariat, exported.bundle_id[:8])
    assert trust.status(secretariat.store, key).revoked
    assert notes.list_notes(secretariat.store, world.conference_id, table_number=4) == []
    # Trusting it again is a decision someone states: with the role given, it goes in.
    grant = trust.Grant("chair", world.conference_id, 4)
    assert admission.accept(secretariat, exported.bundle_id[:8], grant)[0].status == IMPORTED


def bertil_public_key(workspace: Workspace) -> bytes:
    from app.bundles.identity import own_public_key

    return own_public_key(workspace.store)[1]


def test_a_bundle_held_through_a_relative_workspace_path_is_accepted_from_anywhere(
    world, bertil, tmp_path, monkeypatch
) -> None:
    # `rundabord --workspace kansli import ...` in one folder, `quarantine accept` later from another.
    world.copy("secretariat", tmp_path / "kansli").close()
    exported = export_table(bertil, world.conference_id, 4)
    monkeypatch.chdir(tmp_path)
    relative = Workspace("kansli")
    try:
        assert import_files(relative, [exported.path])[0].status == QUARANTINED
    finally:
        relative.close()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    absolute = Workspace(tmp_path / "kansli")
    try:
        [held] = quarantine.held(absolute.store)
        [receipt] = admission.accept(absolute, held.key_id)
        assert receipt.status == IMPORTED, receipt.reason
        assert quarantine.held(absolute.store) == []
        assert not list((tmp_path / "kansli" / "quarantine").iterdir())
    finally:
        absolute.close()


def test_rejected_key_is_refused_from_then_on(world, secretariat, bertil) -> None:
    exported = export_table(bertil, world.conference_id, 4)
    import_files(secretariat, [exported.path])
    [dropped] = quarantine.reject(secretariat, exported.bundle_id[:8])
    assert dropped.bundle_id == exported.bundle_id
    assert quarantine.held(secretariat.store) == []
    again = import_files(secretariat, [exported.path])[0]
    assert again.status == REFUSED and again.check == "revoked"
    with pytest.raises(NotFound):
        admission.accept(secretariat, exported.bundle_id)


def test_a_chair_opens_a_conference_from_its_pack_and_pins_the_key(world, tmp_path) -> None:
    workspace = Workspace.create(tmp_path / "new-chair")
    path = tmp_path / "pack.rbz"
    path.write_bytes(world.pack_bundle)
    try:
        [receipt] = import_files(workspace, [path])
        assert receipt.status == IMPORTED and receipt.trusted_as.startswith("secretariat of conference")
        assert any(
            f.code == "key-pinned" and f.params["fingerprint"] == receipt.fingerprint for f in receipt.flags
        )
        pin = trust.pin_for(workspace.store, world.conference_id)
        assert pin.signer_name == "Regionens kansli"
        assert len(notes.conferences.tables(workspace.store, world.conference_id)) == 40
        status = trust.status(workspace.store, world.secretariat_public_key)
        assert status.secretariat_of(world.conference_id) and not status.is_secretariat
    finally:
        workspace.close()


def test_a_protected_key_needs_its_passphrase_and_nothing_is_half_exported(world, tmp_path) -> None:
    workspace = Workspace.create(tmp_path / "guarded")
    try:
        create_identity(workspace, "Kansliet", passphrase="rätt")
        workspace.role = "secretariat"
        from app import demo

        conference_id = demo.ensure_demo(workspace.store)
        clock = workspace.store.meta_get("clock")
        with pytest.raises(PassphraseNeeded):
            export_pack(workspace, conference_id, tmp_path / "p.rbz")
        assert not (tmp_path / "p.rbz").exists() and ledger.exports(workspace.store) == []
        assert workspace.store.meta_get("clock") == clock
        result = export_pack(workspace, conference_id, tmp_path / "p.rbz", passphrase="rätt")
        assert verify_file(result.path, workspace.store).trusted_role == "secretariat"
    finally:
        workspace.close()


def test_an_export_whose_ledger_row_fails_leaves_no_bundle_behind(chair, world, monkeypatch) -> None:
    # The bundle is written before its ledger row; if that row cannot be written (a full disk, a
    # locked database), an unrecorded bundle in the outbox would be sent, and its sequence number
    # signed again by the next export.
    import sqlite3

    from app.bundles import export as export_module

    def full_disk(*_args) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(export_module, "record_export", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        export_table(chair, world.conference_id, world.table)
    assert list(chair.outbox_dir.glob("*")) == []
    monkeypatch.undo()
    assert export_table(chair, world.conference_id, world.table).sequence == len(ledger.exports(chair.store))


def test_export_needs_an_identity_and_a_real_table(world, secretariat, tmp_path) -> None:
    fresh = Workspace.create(tmp_path / "fresh")
    try:
        from app import demo

        conference_id = demo.ensure_demo(fresh.store)
        with pytest.raises(NoIdentity, match="identity create"):
            export_table(fresh, conference_id, 1)
    finally:
        fresh.close()
    with pytest.raises(NotFound):
        export_table(secretariat, world.conference_id, 99)
    with pytest.raises(NotFound):
        export_table(secretariat, "ffffffff", 1)


def test_files_that_are_not_there_or_are_folders(secretariat, tmp_path) -> None:
    (tmp_path / "folder.rbz").mkdir()
    receipts = import_files(secretariat, [tmp_path / "gone.rbz", tmp_path / "folder.rbz"])
    assert [(r.status, r.check) for r in receipts] == [(REFUSED, "file"), (REFUSED, "file")]
    assert "no such file" in receipts[0].reason and "folder" in receipts[1].reason


def test_a_chair_is_not_told_of_gaps_between_packs(world, chair, secretariat) -> None:
    """A chair sees only its own conferences' packs; the secretariat's table exports all count."""
    from app.bundles.identity import load_signing_key
    from app.bundles.importer import sequence_flags
    from app.bundles.reader import read_bundle

    key = load_signing_key(secretariat)
    common = {"conference_id": world.conference_id, "sequence": 5, "signer_name": "Regionens kansli"}
    pack = world.signed_bundle(key, world.secretariat_public_key, [], kind="conference-pack", **common)
    assert sequence_flags(chair.store, read_bundle(pack)) == []  # pack 1 was imported, 2-4 went elsewhere
    export = world.signed_bundle(key, world.secretariat_public_key, world.table_records(), **common)
    (gap,) = sequence_flags(chair.store, read_bundle(export))
    assert gap == message("sequence-gap", first=2, last=4)
    assert gap.english() == "gap: bundles 2-4 from this signer have not arrived"


def test_the_pinned_key_opens_the_next_conference_of_the_process(world, chair, secretariat, tmp_path) -> None:
    from app import conferences
    from app.conferences import parse_conference

    description = parse_conference(
        {
            "process": {"name": conferences.processes(secretariat.store)[0].name, "themes": ["Unga"]},
            "conference": {"title": "Höstkonferensen", "date": "2027-10-01"},
            "questions": [{"text": "Vad har hänt sedan i våras?"}],
            "tables": [{"number": 1}, {"number": 2}],
        }
    )
    second = conferences.create_conference(secretariat.store, description)
    pack = export_pack(secretariat, second, tmp_path / "autumn.rbz")
    [receipt] = import_files(chair, [pack.path])
    assert receipt.status == IMPORTED, receipt
    assert trust.pin_for(chair.store, second).key_id == trust.pin_for(chair.store, world.conference_id).key_id
    assert [q.text for q in conferences.questions(chair.store, second)] == ["Vad har hänt sedan i våras?"]


def test_an_older_bundle_arriving_late_rolls_nothing_back(world, secretariat, chair) -> None:
    note = next(n for n in notes.list_notes(chair.store, world.conference_id) if n.kind == "proposal")
    notes.edit_note(chair.store, note.id, text="Första versionen")
    older = export_table(chair, world.conference_id, world.table)
    notes.edit_note(chair.store, note.id, text="Andra versionen")
    newer = export_table(chair, world.conference_id, world.table)
    assert import_files(secretariat, [newer.path])[0].status == IMPORTED
    late = import_files(secretariat, [older.path])[0]
    assert late.status == IMPORTED and late.counts["updated"] == 0
    assert any(f.code == "sequence-superseded" for f in late.flags)
    assert notes.note(secretariat.store, note.id).text == "Andra versionen"
    assert signoff(secretariat.store, world.conference_id, world.table).bundle_id == newer.bundle_id


def test_a_chair_can_revoke_the_pinned_key(world, chair, secretariat, tmp_path) -> None:
    from app.bundles.format import key_id_for

    key_id = key_id_for(world.secretariat_public_key)
    [rejected] = trust.remove(chair.store, key_id[:10])
    assert rejected.role == trust.REJECTED and rejected.key_id == key_id
    assert trust.pin_for(chair.store, world.conference_id) is None
    assert trust.status(chair.store, world.secretariat_public_key).revoked
    again = export_pack(secretariat, world.conference_id, tmp_path / "again.rbz")
    receipt = import_files(chair, [again.path])[0]
    assert receipt.status == REFUSED and receipt.check == "revoked"
