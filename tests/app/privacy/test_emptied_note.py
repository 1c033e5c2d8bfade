"""A note made only of personal data ("Tel 070-…, anna@…") would be published as "Tel [personuppgift
borttagen], [personuppgift borttagen]", as if it said something. It is a finding of its own in the
review, with its reason, and held back from the public report (its PDF read back with pdftotext, and
its HTML twin) and open data (JSON, CSV) until a person decides: removing it leaves it out, keeping it
publishes the markers, a rewrite publishes the secretariat's words. A note with something left to say
is published as before, and a note changed since its decision is asked about again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes
from app.privacy.emptied import EMPTIED
from app.privacy.review import review
from app.workspace import Workspace
from tests.app.privacy.read_back import cli, one_table_conference, public_documents

CONTACT_ONLY = "Tel 070-123 45 67, anna.lindqvist@example.se"
PUBLISHED_EMPTY = "Tel [personuppgift borttagen], [personuppgift borttagen]"
WITH_A_POINT = "Ring 070-987 65 43 efter fem om lokalen i Folkets hus"
CLEAN = "Fler bussar till sjukhuset på helgerna"


@pytest.fixture
def conference(tmp_path: Path) -> tuple[Workspace, str, str]:
    workspace, cid = one_table_conference(tmp_path)
    note_id = notes.add_note(workspace.store, cid, 1, 1, CONTACT_ONLY)
    notes.add_note(workspace.store, cid, 1, 1, WITH_A_POINT)
    notes.add_note(workspace.store, cid, 1, 1, CLEAN)
    yield workspace, cid, note_id
    workspace.close()


def _publish(workspace: Workspace, cid: str, capsys, folder: Path, *extra: str) -> dict[str, str]:
    """The public report (PDF read back by pdftotext, HTML) and open data (JSON, CSV), as written."""
    documents = public_documents(workspace, cid, capsys, folder, *extra)
    documents["JSON"] = "\n".join(n["text"] for n in json.loads(documents["JSON"])["notes"])
    return documents


def _emptied(workspace: Workspace, cid: str):
    return [h for h in review(workspace.store, cid) if h.kind == EMPTIED]


def test_a_note_of_only_personal_data_is_held_back_until_a_person_decides(conference, capsys, tmp_path):
    workspace, cid, note_id = conference
    code, out, _err = cli(workspace, capsys, "privacy", "review", "--conference", cid)
    [line] = [line for line in out.splitlines() if "says nothing" in line]
    assert f"[{CONTACT_ONLY}] would be published as nothing but removed personal data" in line, line
    assert "--remove holds it back" in line and "UNDECIDED" in line
    [held] = _emptied(workspace, cid)
    assert held.source.source_id == note_id and held.found.text == CONTACT_ONLY
    # Not the note that still says something once its phone number is removed
    assert {h.source.text for h in review(workspace.store, cid)} == {CONTACT_ONLY, WITH_A_POINT}

    # Undecided, it stops publishing as every finding does; --redact-undecided holds it back
    refused = ["minutes", "--conference", cid, "--public", "-o", str(tmp_path / "x.pdf")]
    assert cli(workspace, capsys, *refused)[0] == 2
    documents = _publish(workspace, cid, capsys, tmp_path / "redacted", "--redact-undecided")
    for where, text in documents.items():
        assert "Tel [personuppgift borttagen]" not in text, where
        assert "Ring [personuppgift borttagen] efter fem om lokalen i Folkets hus" in text, where
        assert CLEAN in text, where

    # Every finding removed: the note is left out, and said so nowhere as if it were a point
    code, out, _err = cli(
        workspace, capsys, "privacy", "decide", "--conference", cid, "--undecided", "--remove"
    )
    assert code == 0 and out.startswith("4 findings decided: remove")  # its own too
    documents = _publish(workspace, cid, capsys, tmp_path / "removed")
    for where, text in documents.items():
        assert "Tel [personuppgift borttagen]" not in text and "070-123" not in text, where
        assert "Ring [personuppgift borttagen] efter fem" in text and CLEAN in text, where
    data = json.loads((tmp_path / "removed" / "d.json").read_text(encoding="utf-8"))
    assert len(data["notes"]) == 2 and note_id not in {n["note_id"] for n in data["notes"]}


def test_keeping_or_rewriting_it_publishes_it_and_a_changed_note_is_asked_again(conference, capsys, tmp_path):
    workspace, cid, note_id = conference
    assert cli(workspace, capsys, "privacy", "decide", "--conference", cid, "--undecided", "--remove")[0] == 0
    [held] = _emptied(workspace, cid)
    assert cli(workspace, capsys, "privacy", "decide", "--conference", cid, held.id, "--keep")[0] == 0
    documents = _publish(workspace, cid, capsys, tmp_path / "kept")
    for where, text in documents.items():
        assert PUBLISHED_EMPTY in text, where  # a person chose to publish the markers
        assert "070-123" not in text and "anna.lindqvist" not in text, where

    rewrite = ["privacy", "decide", "--conference", cid, held.id, "--rewrite", "Kontaktuppgifter lämnades"]
    assert cli(workspace, capsys, *rewrite)[0] == 0
    documents = _publish(workspace, cid, capsys, tmp_path / "rewritten")
    for where, text in documents.items():
        assert "Kontaktuppgifter lämnades" in text and PUBLISHED_EMPTY not in text, where

    # The chair corrects the note: what was decided about the old text does not cover the new one
    notes.edit_note(workspace.store, note_id, text="Tel 070-555 12 12")
    [again] = _emptied(workspace, cid)
    assert again.id != held.id and not again.decided
    notes.edit_note(workspace.store, note_id, text="Tel 070-555 12 12 till föreningen om lokalen")
    assert _emptied(workspace, cid) == []
