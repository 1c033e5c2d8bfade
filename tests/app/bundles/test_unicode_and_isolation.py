"""Every text is valid Unicode, and one bad file never stops the others (in `import A B C`, in a sync)."""

from __future__ import annotations

import base64

import pytest

from app.bundles.format import MANIFEST, RECORDS, SIGNATURE
from app.bundles.importer import IMPORTED, REFUSED, import_data, import_files
from app.bundles.pae import manifest_pae
from app.bundles.writer import records_bytes, zip_members
from app.cli import main
from app.sync import engine, settings

MARK = "SURROGATE-HERE"


def _with_lone_surrogate(world, where: str) -> bytes:
    """A bundle really signed by Anna whose JSON holds the escape \\ud800 in a note or in her name."""
    key = world.chair_key()
    records = world.table_records()
    if where == "note":
        note = next(r for r in records if r["type"] == "note")
        note["fields"]["text"] = MARK
        data = records_bytes(records).replace(MARK.encode(), b"fel \\ud800 text")
        return world.anna_signs(records, records_data=data)
    bundle = world.anna_signs(records, signer_name=MARK)
    members = dict(world.members_of(bundle))
    manifest = members[MANIFEST].replace(MARK.encode(), b"Anna \\udfff Berg")
    signature = base64.b64encode(key.sign(manifest_pae(manifest)))
    return zip_members(((MANIFEST, manifest), (RECORDS, members[RECORDS]), (SIGNATURE, signature)))


@pytest.mark.parametrize("where", ["note", "signer"])
def test_a_lone_surrogate_is_refused_by_a_named_check(world, secretariat, where) -> None:
    before = world.snapshot(secretariat)
    receipt = import_data(secretariat, _with_lone_surrogate(world, where), "surrogate.rbz")
    assert receipt.status == REFUSED and receipt.check == "unicode", receipt
    assert world.snapshot(secretariat) == before


def test_a_surrogate_pair_is_one_valid_character(world, secretariat) -> None:
    records = world.table_records()
    note = next(r for r in records if r["type"] == "note")
    note["fields"]["text"] = MARK
    data = records_bytes(records).replace(MARK.encode(), b"Bra \\ud83d\\ude00")
    receipt = import_data(secretariat, world.anna_signs(records, records_data=data), "emoji.rbz")
    assert receipt.status == IMPORTED, receipt


def test_import_a_b_c_goes_on_after_a_bad_file(world, secretariat, tmp_path, capsys) -> None:
    first, bad, last = tmp_path / "a.rbz", tmp_path / "b.rbz", tmp_path / "c.rbz"
    first.write_bytes(world.pack_bundle)  # the secretariat's own pack: already known, a no-op
    bad.write_bytes(_with_lone_surrogate(world, "note"))
    last.write_bytes(world.table_bundle)
    secretariat.close()
    code = main(["--workspace", str(secretariat.dir), "import", str(first), str(bad), str(last)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code != 0  # one was refused
    assert "b.rbz" in out + err and "c.rbz" in out + err
    [receipt] = import_files(type(secretariat)(secretariat.dir), [last])
    assert receipt.status == "already-imported", receipt  # the file after the bad one did arrive


def test_an_unexpected_fault_in_one_file_is_its_refusal_not_the_runs_end(
    world, secretariat, tmp_path, monkeypatch
):
    from app.bundles import importer

    real = importer.merge

    def fragile(store, records, *carrier):
        records = list(records)
        if any(r["fields"].get("text") == "Fler bussturer på landsbygden" for r in records):
            raise RuntimeError("a fault of ours")
        return real(store, records, *carrier)

    monkeypatch.setattr(importer, "merge", fragile)
    bad = tmp_path / "bad.rbz"
    bad.write_bytes(world.table_bundle)
    good = tmp_path / "good.rbz"
    records = [r for r in world.table_records() if r["fields"].get("text") != "Fler bussturer på landsbygden"]
    good.write_bytes(world.anna_signs(records, sequence=2))
    before = world.snapshot(secretariat)
    receipts = import_files(secretariat, [bad, good])
    assert [r.status for r in receipts] == [REFUSED, IMPORTED], receipts
    assert receipts[0].check == "unexpected"
    assert world.snapshot(secretariat) != before


def test_a_bad_file_on_the_sync_target_never_blocks_the_valid_ones(world, secretariat, tmp_path) -> None:
    share = tmp_path / "share"
    folder = share / world.conference_id
    folder.mkdir(parents=True)
    (folder / "00000000-0000-4000-8000-000000000001.rbz").write_bytes(_with_lone_surrogate(world, "note"))
    (folder / "ffffffff-0000-4000-8000-000000000002.rbz").write_bytes(world.table_bundle)
    settings.configure(secretariat.store, str(share))
    report = engine.run_sync(secretariat, settings.open_target(secretariat.store))
    outcomes = sorted(p.outcome for p in report.pulled)
    assert outcomes == [engine.IMPORTED, engine.REFUSED], report.pulled
    again = engine.run_sync(secretariat, settings.open_target(secretariat.store))
    assert again.pulled == [] and again.unchanged == 2
