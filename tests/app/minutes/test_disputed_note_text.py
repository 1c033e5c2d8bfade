"""The table minutes are what the chair and a participant approve (justering). A note whose text two
laptops of the table, or the table and the secretariat, wrote differently printed the version the merge
keeps as if it were settled, and the other was nowhere: they approved a text still in dispute. Like a
disputed participant count, the note now says so, with the other version and who wrote it."""

from __future__ import annotations

from pypdf import PdfReader

from app import notes
from app.demo import ensure_demo
from app.minutes.conference import build_conference_minutes
from app.minutes.table import build_table_minutes
from app.workspace import Workspace
from tests.edited_on_both import corrected_on_both

SAID = "Fler mötesplatser för unga"


def _text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_a_note_in_dispute_prints_the_other_version(tmp_path) -> None:
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = ensure_demo(office.store)
    disputed = notes.add_note(office.store, conference_id, 7, 1, SAID)
    notes.add_note(office.store, conference_id, 7, 1, "Läxhjälp på biblioteket")
    corrected_on_both(
        office.store, disputed, tmp_path / "bord-7", f"{SAID} i centrum", f"{SAID} på landsbygden"
    )
    kept = notes.note(office.store, disputed).text
    other = ({f"{SAID} i centrum", f"{SAID} på landsbygden"} - {kept}).pop()

    build_table_minutes(office.store, conference_id, 7, tmp_path / "bord-7.pdf", "sv")
    printed = _text(tmp_path / "bord-7.pdf")
    # (the secretariat's edit may also be marked as its correction, between the two: whichever side won)
    assert f"1. {kept} (" in printed and f"(omtvistad: “{other}” enligt " in printed, printed[:900]
    assert "ännu inte avgjord" in printed
    assert "Läxhjälp på biblioteket (omtvistad" not in printed  # only the note in dispute

    build_conference_minutes(office.store, conference_id, tmp_path / "konferens.pdf", "sv")
    assert "omtvistad:" not in _text(tmp_path / "konferens.pdf")  # the table's approval sheet alone
    office.close()
