"""Any note can be left out of what is published, not only one the review found personal data in:
"Hon sa privat att hon mår dåligt" names nobody, so the review lists nothing to decide "omit" on, and
deleting the note would lose it from the internal minutes too. `rundabord privacy leave-out NOTE` (a
decision on the note itself) keeps it out of every published document, read back; the internal minutes
still print it; `--undo` publishes it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes
from app.privacy import left_out
from app.privacy.review import review, undecided
from app.workspace import Workspace
from tests.app.privacy.read_back import cli, one_table_conference, pdf_text, public_documents

REMARK = "Hon sa privat att hon mår dåligt och vill sluta, ta inte med det här"
NAMED = "Lena Wikström berättade i förtroende om sin sjukdom"
OTHER = "Fler bussar till sjukhuset på helgerna"


@pytest.fixture
def conference(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    remark = notes.add_note(workspace.store, cid, 1, 1, REMARK)
    notes.add_note(workspace.store, cid, 1, 1, OTHER)
    yield workspace, cid, remark
    workspace.close()


def _published(workspace: Workspace, cid: str, capsys, folder: Path) -> dict[str, str]:
    documents = public_documents(workspace, cid, capsys, folder)
    documents["JSON"] = json.dumps(json.loads(documents["JSON"]), ensure_ascii=False)
    return documents


def test_a_remark_with_no_finding_is_left_out_by_the_cli_and_undone(conference, capsys, tmp_path):
    workspace, cid, remark = conference
    assert not review(workspace.store, cid)  # nothing in it the review could be asked about

    code, out, err = cli(workspace, capsys, "privacy", "leave-out", remark)
    assert code == 0, err
    assert f"note {remark} left out of what is published" in out
    assert cli(workspace, capsys, "privacy", "leave-out", remark)[1].endswith("(it already was)\n")

    documents = _published(workspace, cid, capsys, tmp_path / "left-out")
    for where, text in documents.items():
        assert "mår dåligt" not in text, where
        assert OTHER in text, where  # the rest is published
    internal = tmp_path / "internal.pdf"
    assert cli(workspace, capsys, "minutes", "--conference", cid, "-o", str(internal))[0] == 0
    assert "mår dåligt" in pdf_text(internal)  # the secretariat's own record keeps what was said

    code, out, err = cli(workspace, capsys, "privacy", "leave-out", remark, "--undo")
    assert code == 0, err
    assert out == f"note {remark} published again\n"
    documents = _published(workspace, cid, capsys, tmp_path / "again")
    for where, text in documents.items():
        assert "mår dåligt" in text, where
    assert cli(workspace, capsys, "privacy", "leave-out", remark, "--undo")[1].endswith("was not left out\n")


def test_a_note_left_out_needs_no_decision_on_its_findings_until_it_is_published_again(
    conference, capsys, tmp_path
):
    """Its findings are decided with it; taking it back also takes back a "leave out" decided on one
    of them in the review, so the review asks about them again before anything is published."""
    workspace, cid, _remark = conference
    named = notes.add_note(workspace.store, cid, 1, 1, NAMED)
    [hit] = review(workspace.store, cid)
    assert cli(workspace, capsys, "privacy", "leave-out", named)[0] == 0
    assert not undecided(review(workspace.store, cid))
    assert cli(workspace, capsys, "privacy", "leave-out", named, "--undo")[0] == 0
    assert [h.id for h in undecided(review(workspace.store, cid))] == [hit.id]

    decide = ["privacy", "decide", "--conference", cid, hit.id, "--leave-out"]
    assert cli(workspace, capsys, *decide)[0] == 0
    assert left_out.is_left_out(workspace.store, named)
    assert cli(workspace, capsys, "privacy", "leave-out", named, "--undo")[0] == 0
    assert not left_out.is_left_out(workspace.store, named)
    assert [h.id for h in undecided(review(workspace.store, cid))] == [hit.id]
    code, _out, err = cli(
        workspace, capsys, "minutes", "--conference", cid, "--public", "-o", str(tmp_path / "p.pdf")
    )
    assert code == 2 and hit.id in err  # refused, not published with the name


def test_undo_and_redo_records_put_the_decision_back_and_take_it_away(conference):
    workspace, cid, remark = conference
    store = workspace.store
    written = left_out.leave_out_all(store, [remark])
    left_out.delete_records(store, written)
    assert left_out.left_out_notes(store, cid) == set()
    left_out.restore_records(store, written)
    assert left_out.left_out_notes(store, cid) == {remark}
    taken = left_out.take_back_all(store, [remark])
    assert taken == written and left_out.left_out_notes(store, cid) == set()
    assert left_out.leave_out(store, remark) == written  # the same record again, not a second one


def test_a_note_left_out_by_one_secretary_is_held_back_for_the_other_on_either_backend(pair, capsys):
    """Anna leaves a remark with no finding out; Britt, on the same store, publishes without it, and
    with it once Anna has taken it back."""
    from app.privacy.publish import Publication
    from tests.two_secretaries import run_cli

    cid, britt = pair.conference_id, pair.britt.store
    remark = notes.add_note(britt, cid, 1, 1, REMARK)
    assert run_cli(capsys, pair.anna, "privacy", "leave-out", remark)[0] == 0
    assert Publication(britt, cid, "[borttaget]", redact_undecided=True).held_back(remark)
    assert run_cli(capsys, pair.anna, "privacy", "leave-out", remark, "--undo")[0] == 0
    assert not Publication(britt, cid, "[borttaget]", redact_undecided=True).held_back(remark)
