"""A table's participant count in dispute is printed as disputed: the secretariat typed 7 from the paper
while the chair's laptop said 8 and its signed export brought it, so a conflict is open. The table minutes
print the count the record holds with the other one and who gave it, in Swedish and English, and the
conference minutes star it and say which table's figures their sums count as they stand, until the
secretariat settles it; then the one count, plain. Read back from the PDF text."""

from __future__ import annotations

from pathlib import Path

from app import conferences, conflicts, notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report
from app.minutes.table import build_table_minutes
from app.workspace import Workspace

from .conftest import normal, page_texts

TABLE = 4


def _text(office: Workspace, conference_id: str, path: Path, language: str) -> str:
    build_table_minutes(office.store, conference_id, TABLE, path, language)
    return normal(" ".join(page_texts(path)))


def _conference_text(office: Workspace, conference_id: str, path: Path) -> str:
    build_conference_minutes(office.store, conference_id, path, "sv")
    return normal(" ".join(page_texts(path)))


def _disputed(tmp_path: Path) -> tuple[Workspace, Workspace, str, conflicts.Conflict]:
    """The secretariat typed 7 from the paper, Karin Sjöström's laptop said 8: one open conflict."""
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "pack.rbz").path
    laptop = Workspace.create(tmp_path / "laptop")
    import_files(laptop, [pack])
    create_identity(laptop, "Karin Sjöström")
    trust.add(
        office.store, require_identity(laptop).public_key, "Karin Sjöström", "chair", conference_id, TABLE
    )
    notes.add_note(laptop.store, conference_id, TABLE, 1, "Fler bussar på kvällarna")
    conferences.set_table_facts(laptop.store, conference_id, TABLE, participants=8)
    conferences.set_table_facts(office.store, conference_id, TABLE, participants=7)  # from the paper
    [receipt] = import_files(office, [export_table(laptop, conference_id, TABLE, tmp_path / "bord.rbz").path])
    assert receipt.status == "imported"
    [conflict] = conflicts.open_conflicts(office.store, conference_id)
    assert conflict.field == "participants" and {conflict.ours, conflict.theirs} == {7, 8}
    return office, laptop, conference_id, conflict


def test_a_disputed_count_is_printed_as_disputed_until_it_is_settled(tmp_path: Path) -> None:
    office, laptop, conference_id, conflict = _disputed(tmp_path)
    # Which count the record holds depends on the two clocks' stamps: the other is the disputed one.
    other_by = {8: ("Karin Sjöström", "Karin Sjöström"), 7: ("sekretariatet", "the secretariat")}[
        conflict.theirs
    ]

    swedish = _text(office, conference_id, tmp_path / "sv.pdf", "sv")
    ours, theirs = conflict.ours, conflict.theirs
    assert f"Antal deltagare {ours} (omtvistat: {theirs} enligt {other_by[0]}; ännu inte avgjort)" in swedish
    english = _text(office, conference_id, tmp_path / "en.pdf", "en")
    assert f"Participants {ours} (disputed: {theirs} according to {other_by[1]}; not settled yet)" in english

    conflicts.resolve(office.store, conflict.id, "ours" if conflict.ours == 7 else "theirs")
    settled = _text(office, conference_id, tmp_path / "settled.pdf", "sv")
    assert (
        "Antal deltagare 7" in settled and "omtvistat" not in settled and "ännu inte avgjort" not in settled
    )
    office.close()
    laptop.close()


def test_the_public_report_says_a_count_is_disputed_without_who_gave_the_other(tmp_path: Path) -> None:
    """The report published to participants gives the sum of the counts: it says which table's count is
    disputed, and the other value, but not who gave it (a chair's name is personal data)."""
    office, laptop, conference_id, conflict = _disputed(tmp_path)
    ours, theirs = conflict.ours, conflict.theirs
    build_public_report(office.store, conference_id, tmp_path / "sv.pdf", "sv", tmp_path / "sv.html")
    swedish = normal(" ".join(page_texts(tmp_path / "sv.pdf")))
    said = f"Antalet deltagare vid bord {TABLE}: {ours} (omtvistat: {theirs}; ännu inte avgjort)."
    assert said in swedish and "Summan ovan räknar med antalen som de står nu." in swedish
    assert said in (tmp_path / "sv.html").read_text(encoding="utf-8")
    assert "enligt" not in swedish and "Sjöström" not in swedish and "sekretariatet" not in swedish
    build_public_report(office.store, conference_id, tmp_path / "en.pdf", "en")
    english = normal(" ".join(page_texts(tmp_path / "en.pdf")))
    assert (
        f"The number of participants at table {TABLE}: {ours} (disputed: {theirs}; not settled yet)."
        in english
    )
    assert "according to" not in english and "Sjöström" not in english

    conflicts.resolve(office.store, conflict.id, "ours" if conflict.ours == 7 else "theirs")
    build_public_report(office.store, conference_id, tmp_path / "settled.pdf", "sv")
    settled = normal(" ".join(page_texts(tmp_path / "settled.pdf")))
    assert "omtvistat" not in settled and "Antalet deltagare vid bord" not in settled
    office.close()
    laptop.close()
