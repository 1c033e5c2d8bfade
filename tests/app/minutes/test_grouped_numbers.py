"""Amounts in the minutes as each language writes them: "1 234 röster" in Swedish (a no-break space
between the groups), "1,234 votes" in English; table and question numbers are names, never grouped."""

from __future__ import annotations

from pypdf import PdfReader

from app import notes
from app.demo import ensure_demo
from app.minutes.i18n import Strings
from app.minutes.table import build_table_minutes
from app.workspace import Workspace


def test_strings_group_amounts_by_language_and_leave_numbers_that_name_things():
    sv, en = Strings("sv"), Strings("en")
    assert sv.count("n_notes", 1000) == "1\u00a0000 anteckningar"
    assert en.count("n_notes", 12345) == "12,345 notes"
    assert sv.votes(999) == "999 röster" and sv.votes(2500) == "2\u00a0500 röster"
    assert sv("table_n", number=1000) == "Bord 1000"


def test_table_minutes_print_a_large_vote_count_grouped(tmp_path):
    workspace = Workspace.create(tmp_path / "ws")
    conference_id = ensure_demo(workspace.store)
    notes.add_note(
        workspace.store, conference_id, 1, 1, "Fler bussar på kvällen", kind="proposal", votes=1234
    )
    for language, expected in (("sv", "1\u00a0234 röster"), ("en", "1,234 votes")):
        path = tmp_path / f"bord-1-{language}.pdf"
        build_table_minutes(workspace.store, conference_id, 1, path, language)
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert "1234" not in text, language  # neither after the note nor in the ranked list
        assert expected in text or expected.replace("\u00a0", " ") in text, language
    workspace.close()
