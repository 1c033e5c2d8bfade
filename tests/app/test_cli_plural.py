"""English counts in CLI output: singular for exactly one, plural otherwise."""

from __future__ import annotations

from app.cli.common import plural, record_counts


def test_plural_picks_the_form_by_count() -> None:
    assert [plural(n, "page") for n in (0, 1, 2)] == ["0 pages", "1 page", "2 pages"]
    assert plural(2, "proposal status") == "2 proposal statuses"
    assert plural(3, "person", "people") == "3 people" and plural(1, "person", "people") == "1 person"


def test_record_counts_read_as_english() -> None:
    assert record_counts({"table": 40, "question": 3, "theme": 4, "conference": 1}) == (
        "1 conference, 3 questions, 40 tables, 4 themes"
    )
    assert record_counts({"note": 1, "table": 1, "proposal_status": 2}) == (
        "1 note, 2 proposal statuses, 1 table"
    )
    assert record_counts({}) == "no records"
