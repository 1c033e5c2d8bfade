"""The theme report goes to a theme's working group, outside the secretariat: a note or proposal the
personal-data review left out is not printed in it (a merged proposal built from one neither), and the
notice before it counts the names of people the workspace knows, and those nobody knows, perhaps, as
it counts phone numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences, notes
from app.conferences import create_conference, parse_conference
from app.minutes.i18n import Strings
from app.minutes.themes import personal_data, report_items
from app.privacy.left_out import leave_out
from app.proposals.merging import merge
from app.workspace import Workspace

PROPOSAL = "Lena Wikström föreslår i förtroende att hon slutar som ordförande"


@pytest.fixture
def process(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    description = parse_conference(
        {
            "process": {
                "name": "Länets tillväxtprogram",
                "organisation": "Region Exempellän",
                "themes": ["Trafik"],
            },
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": "Vad behöver länet?"}],
            "tables": [
                {"number": 1, "chair": "Lena Wikström", "participants": 8},
                {"number": 2, "chair": "Per Holm", "participants": 6},
            ],
        }
    )
    cid = create_conference(workspace.store, description)
    process_id = conferences.conference(workspace.store, cid).process_id
    themes = notes.resolve_themes(workspace.store, process_id, ["Trafik"])
    yield workspace.store, cid, process_id, themes
    workspace.close()


def _printed(store, process_id: str) -> str:
    items = report_items(store, process_id, Strings("sv"))
    return " ".join(i.text for t in items for i in (*t.guiding_words, *t.actions, *t.proposals))


def test_what_the_review_left_out_is_not_in_the_theme_report(process):
    store, cid, process_id, themes = process
    private = notes.add_note(store, cid, 1, 1, PROPOSAL, kind="proposal", votes=5, themes=themes)
    action = notes.add_note(
        store, cid, 1, 1, "Ring Lena om hennes sjukskrivning", kind="action", themes=themes
    )
    notes.add_note(store, cid, 2, 1, "Fler bussar", kind="proposal", votes=2, themes=themes)
    notes.add_note(store, cid, 2, 1, "Samåkning till konferensen", kind="action", themes=themes)
    assert "slutar som ordförande" in _printed(store, process_id)
    leave_out(store, private)
    leave_out(store, action)
    printed = _printed(store, process_id)
    assert "slutar som ordförande" not in printed and "sjukskrivning" not in printed
    assert "Fler bussar" in printed and "Samåkning" in printed


def test_a_merged_proposal_built_from_a_left_out_one_is_not_in_the_theme_report(process):
    store, cid, process_id, themes = process
    private = notes.add_note(store, cid, 1, 1, PROPOSAL, kind="proposal", votes=5, themes=themes)
    other = notes.add_note(store, cid, 2, 1, "Fler bussar", kind="proposal", votes=2, themes=themes)
    merge(store, [private, other])
    leave_out(store, private)
    assert "slutar som ordförande" not in _printed(store, process_id)


def test_the_notice_counts_the_names_of_known_people(process):
    store, cid, process_id, themes = process
    notes.add_note(store, cid, 2, 1, "Per Holm samordnar bussarna", kind="action", themes=themes)
    assert personal_data(store, process_id)["name"] == 1


def test_the_notice_counts_the_names_nobody_knows_perhaps(process):
    store, cid, process_id, themes = process
    notes.add_note(store, cid, 2, 1, "Kontaktperson: Åsa Öhrström, ring henne", kind="action", themes=themes)
    # The organisation's own word after a given name is no surname, as in the review.
    notes.add_note(store, cid, 2, 1, "Karin Exempellän har bussar", kind="action", themes=themes)
    counts = personal_data(store, process_id)
    assert counts["maybe-name"] == 1 and counts["name"] == 0, counts
