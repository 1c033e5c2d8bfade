"""`rundabord note edit --expect-rev`: a command-line edit never writes over a change it did not see.

Two secretaries on one store (PostgreSQL: two workspaces; SQLite: one workspace used twice). Anna reads a
note with `note show`, Britt corrects it, and Anna's edit with the rev she read is refused with one line
of English and exit code 2, the note keeping Britt's words; with the rev shown again it goes through.
"""

from __future__ import annotations

import json

import pytest

from app import notes
from tests.two_secretaries import run_cli as run
from tests.two_secretaries import two_secretaries


@pytest.fixture
def office(backend, tmp_path, request):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    note_id = notes.add_note(
        pair.anna.store, pair.conference_id, 3, 1, "Busskort för unga – gäller ej sommarlovet?!", votes=2
    )
    yield pair, note_id
    pair.close()


def test_an_edit_from_a_rev_someone_changed_since_is_refused_and_writes_nothing(office, capsys) -> None:
    pair, note_id = office
    code, out, _ = run(capsys, pair.anna, "note", "show", note_id)
    assert code == 0
    [anna_read] = [line.split()[1] for line in out.splitlines() if line.startswith("rev:")]
    assert "text:     Busskort för unga – gäller ej sommarlovet?!" in out

    code, out, _ = run(capsys, pair.britt, "note", "show", note_id, "--json")
    britt_read = json.loads(out)["rev"]
    assert britt_read == anna_read
    code, out, err = run(
        capsys, pair.britt, "note", "edit", note_id, "Busskort för alla under 20, även på sommarlovet",
        "--expect-rev", britt_read,
    )  # fmt: skip
    assert (code, err) == (0, "")
    britts_rev = out.strip()
    assert britts_rev == notes.note(pair.anna.store, note_id).rev != anna_read

    code, out, err = run(
        capsys, pair.anna, "note", "edit", note_id, "Busskort för unga", "--expect-rev", anna_read
    )
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"was changed by {who} after rev {anna_read}" in err
    assert f"--expect-rev {britts_rev}" in err and "nothing was written" in err
    assert notes.note(pair.anna.store, note_id).text == "Busskort för alla under 20, även på sommarlovet"

    # Read again, edit again: now it is hers to change.
    code, out, _ = run(capsys, pair.anna, "note", "list", "--conference", pair.conference_id, "--json")
    [listed] = [json.loads(line) for line in out.splitlines() if json.loads(line)["id"] == note_id]
    assert listed["rev"] == britts_rev
    code, out, err = run(
        capsys,
        pair.anna,
        "note",
        "edit",
        note_id,
        "Busskort för alla under 20",
        "--expect-rev",
        listed["rev"],
    )
    assert (code, err) == (0, "")
    assert notes.note(pair.britt.store, note_id).text == "Busskort för alla under 20"
    assert out.strip() == notes.note(pair.britt.store, note_id).rev


def test_without_a_rev_a_shared_store_asks_for_one_and_any_writes_over(office, capsys, backend) -> None:
    pair, note_id = office
    code, out, err = run(capsys, pair.anna, "note", "edit", note_id, "Busskort för unga i hela länet")
    if backend == "postgresql":
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert "--expect-rev REV" in err and f"rundabord note show {note_id}" in err
        assert notes.note(pair.britt.store, note_id).text == "Busskort för unga – gäller ej sommarlovet?!"
        code, out, err = run(
            capsys,
            pair.anna,
            "note",
            "edit",
            note_id,
            "Busskort för unga i hela länet",
            "--expect-rev",
            "any",
        )
    assert (code, err) == (0, "")
    assert notes.note(pair.britt.store, note_id).text == "Busskort för unga i hela länet"


def test_a_rev_that_was_never_the_notes_is_refused_too(office, capsys) -> None:
    pair, note_id = office
    code, _out, err = run(capsys, pair.britt, "note", "edit", note_id, "Annat", "--expect-rev", "0000-nej")
    assert code == 2 and "after rev 0000-nej" in err
    assert notes.note(pair.anna.store, note_id).text == "Busskort för unga – gäller ej sommarlovet?!"


def test_deleting_a_note_someone_corrected_since_it_was_read_is_refused(office, capsys, backend) -> None:
    """`note delete` takes the rev too: a colleague's correction is not put out of sight unseen."""
    pair, note_id = office
    read = notes.note(pair.anna.store, note_id).rev
    notes.edit_note(pair.britt.store, note_id, text="Busskort för unga, hela året")  # Britt, meanwhile
    code, out, err = run(capsys, pair.anna, "note", "delete", note_id, "--expect-rev", read)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    now = notes.note(pair.britt.store, note_id).rev
    assert (
        f"after rev {read} (it is at rev {now} now)" in err and f"delete again with --expect-rev {now}" in err
    )
    assert not notes.note(pair.britt.store, note_id, include_deleted=True).deleted

    code, out, err = run(capsys, pair.anna, "note", "delete", note_id)
    if backend == "postgresql":  # others share the store: the rev is required
        assert code == 2 and "--expect-rev REV" in err and len(err.strip().splitlines()) == 1
        assert not notes.note(pair.britt.store, note_id, include_deleted=True).deleted
        code, out, err = run(capsys, pair.anna, "note", "delete", note_id, "--expect-rev", now)
    assert (code, err) == (0, ""), err
    assert notes.note(pair.britt.store, note_id, include_deleted=True).deleted


def test_restoring_a_note_changed_since_it_was_deleted_is_refused(office, capsys, backend) -> None:
    """`note delete` prints the rev it left; `note restore --expect-rev` takes it back."""
    pair, note_id = office
    read = notes.note(pair.anna.store, note_id).rev
    code, out, err = run(capsys, pair.anna, "note", "delete", note_id, "--expect-rev", read)
    deleted = out.strip()
    assert (code, err) == (0, "") and deleted == notes.note(
        pair.anna.store, note_id, include_deleted=True
    ).rev
    notes.restore_note(pair.britt.store, note_id)  # Britt, meanwhile: restored, corrected, deleted again
    notes.edit_note(pair.britt.store, note_id, text="Busskort, rättat")
    notes.delete_note(pair.britt.store, note_id)

    code, out, err = run(capsys, pair.anna, "note", "restore", note_id, "--expect-rev", deleted)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"after rev {deleted}" in err and "nothing was written" in err
    assert notes.note(pair.britt.store, note_id, include_deleted=True).deleted
    now = notes.note(pair.britt.store, note_id, include_deleted=True).rev
    if backend == "postgresql":
        code, out, err = run(capsys, pair.anna, "note", "restore", note_id)
        assert code == 2 and "--expect-rev REV" in err
    assert run(capsys, pair.anna, "note", "restore", note_id, "--expect-rev", now) == (0, "", "")
    assert notes.note(pair.britt.store, note_id).text == "Busskort, rättat"
