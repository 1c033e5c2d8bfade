"""CLI gaps found on the conference day: table facts, proposal status output, pack export, workspaces."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli import main
from app.typed_ids import short_id


def rundabord(workspace: Path, *args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(workspace), *map(str, args)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    workspace = tmp_path / "kansli"
    code, out, _ = rundabord(workspace, "demo", "--role", "secretariat")
    assert code == 0
    return workspace, out.strip()


def test_table_facts_are_set_and_read(office):
    ws, conference = office
    code, out, _ = rundabord(ws, "table", "facts", "--conference", conference, "4")
    # As the demo's TOML says.
    assert code == 0 and out.startswith("table 4: 10 participants; no bands  (rev ")
    code, out, _ = rundabord(
        ws, "table", "facts", "--conference", conference, "4", "--participants", "1",
        "--band", "age:25-44=1", "--band", "gender:woman=1",
    )  # fmt: skip
    assert out.startswith("table 4: 1 participant; age:25-44=1  gender:woman=1  (rev ")
    code, out, _ = rundabord(
        ws, "table", "facts", "--conference", conference, "4", "--band", "age:25-44=0", "--json"
    )
    facts = json.loads(out)
    assert facts.pop("rev") in out and facts == {"number": 4, "participants": 1, "bands": {"gender:woman": 1}}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--band", "ålder:ung=2"], "--band 'ålder:ung=2': use KEY=COUNT with KEY one of age:-24"),
        (["--band", "age:-24=två"], "the count must be a whole number"),
        (["--participants", "2", "--band", "age:-24=2", "--band", "age:65-=1"], "age bands add up to 3"),
        (["--participants", "-1"], "participants cannot be negative"),
    ],
)
def test_table_facts_refuse_bad_input_and_write_nothing(office, args, message):
    ws, conference = office
    code, out, err = rundabord(ws, "table", "facts", "--conference", conference, "5", *args)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    code, out, _ = rundabord(ws, "table", "facts", "--conference", conference, "5", "--json")
    assert json.loads(out)["bands"] == {}


def test_proposal_status_prints_what_it_changed_and_votes_read_right(office):
    ws, conference = office
    code, note, _ = rundabord(
        ws, "note", "add", "--conference", conference, "--table", "2", "--question", "1",
        "--kind", "proposal", "--votes", "1", "Läxhjälp på biblioteket",
    )  # fmt: skip
    assert code == 0
    note = note.strip()
    _, listed, _ = rundabord(ws, "note", "list", "--conference", conference, "--table", "2")
    assert "(1 vote)" in listed
    code, out, _ = rundabord(
        ws, "proposal", "status", note, "selected", "--decision", "Rådet driver frågan", "--by", "Kansliet"
    )
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"{short_id(note)} 'Läxhjälp på biblioteket': new -> selected"
    assert "  decision: Rådet driver frågan" in lines and "  by: Kansliet" in lines


def test_pack_export_without_a_file_says_how_the_pack_reaches_the_chairs(office):
    ws, conference = office
    assert rundabord(ws, "identity", "create", "--name", "Kansliet")[0] == 0
    code, out, _ = rundabord(ws, "pack", "export", "--conference", conference)
    assert code == 0 and "wrote " + str(ws / "outbox") in out and "no sync target is configured" in out


def test_init_refuses_a_folder_that_already_holds_a_workspace_and_role_changes_it(office):
    ws, _ = office
    code, _, err = rundabord(ws, "init", "--role", "chair")
    assert code == 2 and "already holds a workspace" in err
    assert rundabord(ws, "role")[1] == "secretariat\n"
    assert rundabord(ws, "role", "chair")[1] == "chair\n"
    assert rundabord(ws, "role")[1] == "chair\n"


def test_a_mistyped_workspace_is_refused_and_nothing_is_made(tmp_path):
    typo = tmp_path / "kanslj"
    code, out, err = rundabord(typo, "conference", "list")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"rundabord: error: no workspace in {typo}; create one with")
    assert not typo.exists()


def test_a_note_of_two_lines_lists_as_one_note(office):
    ws, conference = office
    rundabord(ws, "note", "add", "--conference", conference, "--table", 2, "--question", 1, "--votes", 1,
              "Läxhjälp på biblioteket\nandra raden om samma sak")  # fmt: skip
    code, out, _ = rundabord(ws, "note", "list", "--conference", conference, "--table", 2)
    assert code == 0
    assert "table 2 q1 note: Läxhjälp på biblioteket\n    andra raden om samma sak (1 vote)\n" in out
    assert all(line.startswith(("table ", "    ")) for line in out.splitlines())


def test_attachments_with_none_says_so(office):
    """The README's secretariat tour lists the photos of the tables' paper; with none, the command
    printed nothing at all, which a newcomer reads as "did it work?"."""
    ws, conference = office
    assert rundabord(ws, "attachments", "--conference", conference) == (
        0,
        "no photos of the paper for this conference yet\n",
        "",
    )
    code, out, _ = rundabord(ws, "attachments", "--conference", conference, "--table", "7")
    assert (code, out) == (0, "no photos of the paper for table 7 yet\n")
    assert rundabord(ws, "attachments", "--conference", conference, "--json") == (0, "", "")


def test_public_text_says_what_it_saved_and_cleared(office):
    ws, conference = office
    code, out, _ = rundabord(
        ws, "public-text", "--conference", conference,
        "--foreword", "Tack för en givande dag!\nHär är vad ni sa.", "--next", "Rådet beslutar i maj.",
    )  # fmt: skip
    assert (code, out) == (0, "saved the foreword and what happens next\n")
    code, out, _ = rundabord(ws, "public-text", "--conference", conference, "--next", "")
    assert (code, out) == (0, "cleared what happens next\n")
    code, out, _ = rundabord(
        ws, "public-text", "--conference", conference, "--next", "", "--contact", "Kansliet"
    )
    assert (code, out) == (0, "saved the contact; cleared what happens next\n")


def test_one_table_and_one_vote_read_in_the_singular(office):
    """`proposal show` said "1 vote, tables 7"; a question's refusal said "already has 1 notes"."""
    ws, conference = office
    code, note, _ = rundabord(
        ws, "note", "add", "--conference", conference, "--table", "7", "--question", "2",
        "--kind", "proposal", "--votes", "1", "Fler bänkar i parken",
    )  # fmt: skip
    assert code == 0
    _, shown, _ = rundabord(ws, "proposal", "show", note.strip())
    assert "status:   new, 1 vote, table 7" in shown.splitlines()
    code, _, err = rundabord(ws, "question", "delete", "--conference", conference, "2")
    assert code == 2 and "question 2 already has notes (1); move them" in err


def test_a_status_change_that_leaves_out_the_decision_says_it_is_gone(office):
    """Each status change is whole: one given with only an owner ends the published decision, and the
    CLI said nothing of it (the feedback report then had no decision)."""
    ws, conference = office
    code, note, _ = rundabord(
        ws, "note", "add", "--conference", conference, "--table", "4", "--question", "1",
        "--kind", "proposal", "Läxhjälp på biblioteket",
    )  # fmt: skip
    note = note.strip()
    assert rundabord(ws, "proposal", "status", note, "selected", "--decision", "Start i höst")[0] == 0
    code, out, _ = rundabord(ws, "proposal", "status", note, "selected", "--owner", "Biblioteket")
    lines = out.splitlines()
    assert code == 0 and lines[0].endswith("selected -> selected")
    assert "  decision: none now (was 'Start i höst')" in lines
    assert "  owner: Biblioteket (organisation)" in lines
