"""Any note can be left out of what is published, not only one the review found personal data in:
"Hon sa privat att hon mår dåligt" names nobody, so the review lists nothing to decide "omit" on, and
deleting the note would lose it from the internal minutes too. `rundabord privacy leave-out NOTE` (a
decision on the note itself) keeps it out of every published document, read back; the internal minutes
still print it; `--undo` publishes it again."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app import notes
from app.cli import main
from app.conferences import create_conference, parse_conference
from app.privacy import left_out
from app.privacy.review import review, undecided
from app.workspace import Workspace

REMARK = "Hon sa privat att hon mår dåligt och vill sluta, ta inte med det här"
NAMED = "Lena Wikström berättade i förtroende om sin sjukdom"
OTHER = "Fler bussar till sjukhuset på helgerna"


@pytest.fixture
def conference(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    description = parse_conference(
        {
            "process": {"name": "Länets tillväxtprogram", "organisation": "Region Exempellän"},
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": "Vad behöver länet?"}],
            "tables": [{"number": 1, "chair": "Lena Wikström", "participants": 8}],
        }
    )
    cid = create_conference(workspace.store, description)
    remark = notes.add_note(workspace.store, cid, 1, 1, REMARK)
    notes.add_note(workspace.store, cid, 1, 1, OTHER)
    yield workspace, cid, remark
    workspace.close()


def _cli(workspace: Workspace, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace.dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    read = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert read.returncode == 0, read.stderr
    return " ".join(read.stdout.decode("utf-8").split())


def _published(workspace: Workspace, cid: str, capsys, folder: Path) -> dict[str, str]:
    folder.mkdir()
    minutes = ["minutes", "--conference", cid, "--public", "-o", str(folder / "p.pdf")]
    code, _out, err = _cli(workspace, capsys, *minutes)
    assert code == 0, err
    for fmt in ("json", "csv"):
        args = ["export-data", "--conference", cid, "--format", fmt, "-o", str(folder / f"d.{fmt}")]
        assert _cli(workspace, capsys, *args)[0] == 0
    return {
        "PDF": _pdf_text(folder / "p.pdf"),
        "HTML": " ".join((folder / "p.html").read_text(encoding="utf-8").split()),
        "JSON": json.dumps(json.loads((folder / "d.json").read_text(encoding="utf-8")), ensure_ascii=False),
        "CSV": (folder / "d.csv").read_text(encoding="utf-8-sig"),
    }


def test_a_remark_with_no_finding_is_left_out_by_the_cli_and_undone(conference, capsys, tmp_path):
    workspace, cid, remark = conference
    assert not review(workspace.store, cid)  # nothing in it the review could be asked about

    code, out, err = _cli(workspace, capsys, "privacy", "leave-out", remark)
    assert code == 0, err
    assert f"note {remark} left out of what is published" in out
    assert _cli(workspace, capsys, "privacy", "leave-out", remark)[1].endswith("(it already was)\n")

    documents = _published(workspace, cid, capsys, tmp_path / "left-out")
    for where, text in documents.items():
        assert "mår dåligt" not in text, where
        assert OTHER in text, where  # the rest is published
    internal = tmp_path / "internal.pdf"
    assert _cli(workspace, capsys, "minutes", "--conference", cid, "-o", str(internal))[0] == 0
    assert "mår dåligt" in _pdf_text(internal)  # the secretariat's own record keeps what was said

    code, out, err = _cli(workspace, capsys, "privacy", "leave-out", remark, "--undo")
    assert code == 0, err
    assert out == f"note {remark} published again\n"
    documents = _published(workspace, cid, capsys, tmp_path / "again")
    for where, text in documents.items():
        assert "mår dåligt" in text, where
    assert _cli(workspace, capsys, "privacy", "leave-out", remark, "--undo")[1].endswith("was not left out\n")


def test_a_note_left_out_needs_no_decision_on_its_findings_until_it_is_published_again(
    conference, capsys, tmp_path
):
    """Its findings are decided with it; taking it back also takes back a "leave out" decided on one
    of them in the review, so the review asks about them again before anything is published."""
    workspace, cid, _remark = conference
    named = notes.add_note(workspace.store, cid, 1, 1, NAMED)
    [hit] = review(workspace.store, cid)
    assert _cli(workspace, capsys, "privacy", "leave-out", named)[0] == 0
    assert not undecided(review(workspace.store, cid))
    assert _cli(workspace, capsys, "privacy", "leave-out", named, "--undo")[0] == 0
    assert [h.id for h in undecided(review(workspace.store, cid))] == [hit.id]

    decide = ["privacy", "decide", "--conference", cid, hit.id, "--leave-out"]
    assert _cli(workspace, capsys, *decide)[0] == 0
    assert left_out.is_left_out(workspace.store, named)
    assert _cli(workspace, capsys, "privacy", "leave-out", named, "--undo")[0] == 0
    assert not left_out.is_left_out(workspace.store, named)
    assert [h.id for h in undecided(review(workspace.store, cid))] == [hit.id]
    code, _out, err = _cli(
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
