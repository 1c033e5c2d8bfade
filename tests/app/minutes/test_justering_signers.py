"""Justering that names the right people: every signer of a two-laptop table with their notes, and a
note the secretariat corrected marked as such, so the chair's justering does not cover it."""

from __future__ import annotations

from pathlib import Path

from app import notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.minutes.table import build_table_minutes
from app.workspace import Workspace
from tests.clocks import edits_after
from tests.laptops import copy_laptop_profile

from .conftest import normal, page_texts

TABLE = 7


def test_two_laptops_and_a_correction_in_the_table_minutes(tmp_path: Path) -> None:
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "pack.rbz").path

    first = Workspace.create(tmp_path / "laptop-1")
    import_files(first, [pack])
    create_identity(first, "Karin Sjöström")
    typo = notes.add_note(first.store, conference_id, TABLE, 1, "Mer kolektivtrafik på kvällarna")
    notes.add_note(first.store, conference_id, TABLE, 2, "Ett ungdomsråd i varje kommun")
    first.close()
    second = copy_laptop_profile(tmp_path / "laptop-1", tmp_path / "laptop-2", "Reservdatorn bord 7")
    notes.add_note(second.store, conference_id, TABLE, 3, "Fråga skolorna först")
    first = Workspace(tmp_path / "laptop-1")
    bundles = [export_table(first, conference_id, TABLE, tmp_path / "bord-7.rbz").path]
    edits_after(second.store, first.store)  # the spare's export is the latest, even within one millisecond
    bundles.append(export_table(second, conference_id, TABLE, tmp_path / "bord-7-reserv.rbz").path)
    for laptop, trusted_as in ((first, "Karin Sjöström"), (second, "Karin Sjöström, reservdator")):
        trust.add(
            office.store, require_identity(laptop).public_key, trusted_as, "chair", conference_id, TABLE
        )
    assert [r.status for r in import_files(office, bundles)] == ["imported", "imported"]
    notes.edit_note(office.store, typo, text="Mer kollektivtrafik på kvällarna")

    path = tmp_path / "bord-7.pdf"
    build_table_minutes(office.store, conference_id, TABLE, path, "sv")
    body = normal(" ".join(page_texts(path)))
    # The names the secretariat trusted the keys by, not what the bundles claim ("Reservdatorn bord 7").
    assert (
        "Anteckningarna är skrivna på datorer som signerats av: Karin Sjöström – 2 anteckningar;"
        " Karin Sjöström, reservdator – 1 anteckning."
    ) in body
    assert "Reservdatorn" not in body
    # The signed line names the latest export's signer: with two laptops it says so, not "the export".
    assert "Bordets senaste export är signerad av Karin Sjöström, reservdator (nyckel-id" in body
    assert "Mer kollektivtrafik på kvällarna (rättad av sekretariatet; omfattas inte av ordförandens" in body
    assert "Ett ungdomsråd i varje kommun (rättad" not in body and "Fråga skolorna först (rättad" not in body

    # On the chair's own laptop nothing is a correction, and the chair is the one who wrote.
    build_table_minutes(first.store, conference_id, TABLE, tmp_path / "hos-karin.pdf", "sv")
    there = normal(" ".join(page_texts(tmp_path / "hos-karin.pdf")))
    assert "rättad av sekretariatet" not in there
    assert "skrivna på datorer" not in there  # one laptop: the signed line already names the chair
    for workspace in (office, first, second):
        workspace.close()


def test_two_laptops_trusted_under_one_name_are_both_listed(tmp_path: Path) -> None:
    """A chair's second laptop is often trusted under the chair's own name: the justering still lists
    each signer apart (by key), not one merged count."""
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "pack.rbz").path
    bundles, keys = [], []
    for n, texts in enumerate((["Fler bussar på kvällen", "Läxhjälp"], ["Ett ungdomsråd"])):
        laptop = Workspace.create(tmp_path / f"laptop-{n}")
        import_files(laptop, [pack])
        create_identity(laptop, "Karin Sjöström")
        for text in texts:
            notes.add_note(laptop.store, conference_id, TABLE, 1, text)
        bundles.append(export_table(laptop, conference_id, TABLE, tmp_path / f"bord-7-{n}.rbz").path)
        key = require_identity(laptop)
        keys.append(key.key_id)
        trust.add(office.store, key.public_key, "Karin Sjöström", "chair", conference_id, TABLE)
        laptop.close()
    assert [r.status for r in import_files(office, bundles)] == ["imported", "imported"]
    path = tmp_path / "bord-7.pdf"
    build_table_minutes(office.store, conference_id, TABLE, path, "sv")
    body = normal(" ".join(page_texts(path)))
    assert (
        f"signerats av: Karin Sjöström med nyckel-id {keys[0][:8]} – 2 anteckningar;"
        f" Karin Sjöström med nyckel-id {keys[1][:8]} – 1 anteckning."
    ) in body
    office.close()
