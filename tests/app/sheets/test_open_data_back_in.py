"""The open data's CSV, as export-data writes it, reads back in as the notes it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences, demo, notes
from app.minutes.opendata import export_data
from app.sheets.service import check_file, import_reviewed
from app.workspace import Workspace

WRITTEN = [  # (table, question, kind, themes, votes, text)
    (3, 1, "note", ("Unga", "Jämställdhet"), 0, "Fler mötesplatser\nför unga 🙂; och semikolon"),
    (3, 2, "action", ("Mångfald & integration",), 0, "=SUMMA(A1:A3) är inget recept"),
    (4, 3, "proposal", ("Unga", "Självbild & stolthet"), 5, "-Gratis busskort, för alla under 20"),
    (4, 1, "guiding-word", (), 0, "Samverkan"),
]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_exported_open_data_csv_checks_clean_and_gives_back_the_same_notes(
    tmp_path: Path, language: str
) -> None:
    workspace = Workspace.create(tmp_path / "kansli", "secretariat")
    try:
        conference_id = demo.ensure_demo(workspace.store)
        process = conferences.conference(workspace.store, conference_id).process_id
        theme_ids = {t.name: t.id for t in conferences.themes(workspace.store, process)}
        for table, question, kind, themes, votes, text in WRITTEN:
            notes.add_note(
                workspace.store,
                conference_id,
                table,
                question,
                text,
                kind=kind,
                themes=[theme_ids[t] for t in themes],
                votes=votes,
            )
        path = tmp_path / f"data-{language}.csv"
        assert export_data(workspace.store, conference_id, "csv", path, language) == len(WRITTEN)
        text = path.read_text(encoding="utf-8-sig")
        assert "'=SUMMA" in text and " | " in text  # as a spreadsheet gets it: no formula, one cell

        review = check_file(workspace, path)  # the file names its conference, in either language
        assert review.conference.id == conference_id
        assert review.ok, [(p.row, p.column, p.code, p.params) for p in review.problems]
        read = sorted(
            (r.table, r.question.position, r.kind, tuple(t.name for t in r.themes), r.votes, r.text)
            for r in review.rows
        )
        assert read == sorted(WRITTEN)
    finally:
        workspace.close()


def test_the_open_data_csv_imported_into_its_own_conference_adds_only_the_rows_it_did_not_come_with(
    tmp_path: Path,
) -> None:
    """The CSV carries each note's id: the notes already here are recognised by it (their published
    text may differ: a name removed), and a row typed into the file without an id is added."""
    workspace = Workspace.create(tmp_path / "sekretariatet", "secretariat")
    try:
        conference_id = demo.ensure_demo(workspace.store)
        kept = notes.add_note(workspace.store, conference_id, 3, 1, "Fler mötesplatser för unga")
        gone = notes.add_note(workspace.store, conference_id, 3, 1, "Läxhjälp på biblioteket")
        path = tmp_path / "data.csv"
        written = export_data(workspace.store, conference_id, "csv", path, "sv")
        notes.delete_note(workspace.store, gone)  # removed since: importing again does not bring it back
        before = len(notes.list_notes(workspace.store, conference_id))
        with path.open("a", encoding="utf-8", newline="") as csv:
            csv.write(f";{conference_id};;;3;1;;;Anteckning;Ny rad från pappret;;0;;;\r\n")  # no id

        review = check_file(workspace, path)
        assert review.ok, [(p.row, p.column, p.code, p.params) for p in review.problems]
        assert any(r.note_id == kept for r in review.rows)
        result = import_reviewed(workspace, review, by="Sekreteraren")
        assert (result.added, result.already) == (1, written)
        texts = [n.text for n in notes.list_notes(workspace.store, conference_id)]
        assert len(texts) == before + 1 and "Ny rad från pappret" in texts
        assert texts.count("Fler mötesplatser för unga") == 1 and "Läxhjälp på biblioteket" not in texts
    finally:
        workspace.close()
