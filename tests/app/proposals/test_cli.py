"""The CLI twins, run as a user would: `rundabord --workspace DIR proposal ...`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.proposals.lifecycle import STATUS_LABELS, default_decider
from app.typed_ids import short_id
from tests.app.proposals.followup_world import trust_as_colleague

from .conftest import run

ENGLISH_LABELS = set(STATUS_LABELS["en"].values())


def test_similar_json_prints_one_group_a_line_and_merge_follows(ws, capsys) -> None:
    directory, process = ws
    conference = process.conference_ids[1]
    code, out, _ = run(capsys, directory, "similar", "--conference", conference, "--json")
    assert code == 0
    groups = [json.loads(line) for line in out.splitlines()]
    assert groups and all(isinstance(g, list) and len(g) >= 2 for g in groups)
    assert all(g == sorted(g) for g in groups)
    code, out, _ = run(capsys, directory, "merge", *groups[0])
    assert code == 0
    group_id = out.strip()
    code, out, _ = run(capsys, directory, "list", "--conference", conference, "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    merged = next(p for p in listed if p["id"] == group_id)
    assert merged["merged"] and sorted(merged["originals"]) == groups[0]
    code, out, _ = run(capsys, directory, "similar", "--conference", conference, "--json")
    assert groups[0] not in [json.loads(line) for line in out.splitlines()]
    code, out, _ = run(capsys, directory, "unmerge", group_id)
    assert code == 0 and sorted(out.split()) == groups[0]


def test_similar_says_its_method_and_can_be_asked_for_words(ws, capsys, monkeypatch) -> None:
    from app.proposals import meaning

    directory, process = ws
    conference = process.conference_ids[1]
    code, out, _ = run(capsys, directory, "similar", "--conference", conference)
    assert code == 0 and out.splitlines()[0] == "grouped by meaning"
    code, out, _ = run(capsys, directory, "similar", "--conference", conference, "--method", "words")
    assert code == 0 and out.splitlines()[0] == "grouped by words"

    def broken():
        raise meaning.ModelUnavailable("no engine for this platform")

    monkeypatch.setattr(meaning, "_model", broken)
    monkeypatch.setattr(meaning, "_vectors", {})  # nothing embedded earlier in this process
    code, _, err = run(capsys, directory, "similar", "--conference", conference, "--method", "meaning")
    assert code != 0 and "no engine for this platform" in err and len(err.strip().splitlines()) == 1


def test_status_history_list_filter_and_feedback(ws, capsys) -> None:
    directory, process = ws
    note_id = process.proposal_groups[0][0]
    conference = process.conference_ids[0]
    args = ["--decision", "Rådet driver frågan", "--owner", "Region Testlän", "--contact", "kansli@x.se"]
    code, _, err = run(capsys, directory, "status", note_id, "selected", *args, "--by", "Kansliet")
    assert code == 0, err
    code, out, _ = run(capsys, directory, "history", short_id(note_id))
    assert "selected" in out and "Rådet driver frågan" in out and "by Kansliet" in out
    code, out, _ = run(capsys, directory, "history", note_id, "--json")
    assert json.loads(out)["owner"] == "Region Testlän"
    code, out, _ = run(
        capsys, directory, "list", "--conference", conference, "--status", "selected", "--json"
    )
    assert [json.loads(line)["id"] for line in out.splitlines()] == [note_id]
    code, out, _ = run(capsys, directory, "list", "--conference", conference, "--theme", "unga")
    assert code == 0 and out.count("\n") == len(process.proposal_groups[0]) + len(process.proposal_groups[12])
    code, out, _ = run(capsys, directory, "feedback", "--conference", conference, "--language", "en")
    assert "Selected by the council: " in out and "kansli@x.se" not in out and "Kansliet" not in out
    code, out, _ = run(capsys, directory, "feedback", "--conference", conference, "--json")
    first = json.loads(out.splitlines()[0])
    assert first["status"] == "selected" and first["status_label"] == "Valt av tillväxtrådet"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "{note}", "not-pursued"], "needs a reason"),
        (["status", "{note}", "maybe"], "unknown status"),
        (["status", "{note}", "done", "--review-date", "31/12"], "YYYY-MM-DD"),
        (["status", "deadbeef-0000", "done"], "no proposal"),
        (["merge", "{note}"], "at least two"),
        (["unmerge", "{note}"], "no merged proposal"),
        (["similar", "--conference", "nope"], "no conference"),
        (["similar", "--conference", "{conf}", "--threshold", "2"], "threshold"),
        (["accumulated", "--process", "Okänt program"], "no process"),
        (["list", "--conference", "{conf}", "--status", "pending"], "unknown status"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(ws, capsys, args, message) -> None:
    directory, process = ws
    filled = [a.format(note=process.proposal_groups[0][0], conf=process.conference_ids[0]) for a in args]
    code, out, err = run(capsys, directory, *filled)
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""


def test_representation_and_accumulated(ws, capsys) -> None:
    directory, process = ws
    code, out, _ = run(
        capsys, directory, "representation", "--conference", process.conference_ids[0], "--json"
    )
    rep = json.loads(out)
    assert rep["tables_with_bands"] == 3 and rep["participants"] == sum(
        t["participants"] for t in rep["tables"]
    )
    code, out, _ = run(capsys, directory, "representation", "--conference", process.conference_ids[0])
    assert "bands (from 3 of 6 tables)" in out
    code, out, _ = run(capsys, directory, "accumulated", "--process", "Tillväxtprogram Testlän")
    assert code == 0 and "Mod  (Rundabordssamtal 1 table" in out
    code, out, _ = run(capsys, directory, "accumulated", "--process", process.process_id[:8], "--json")
    themes = [json.loads(line) for line in out.splitlines()]
    assert themes[0]["theme"] == "Unga" and themes[0]["guiding_words"][0]["text"] == "Mod"


def test_export_signs_a_followup_bundle_that_imports_elsewhere(ws, capsys, tmp_path: Path) -> None:
    directory, process = ws
    code, _, err = run(capsys, directory, "export", "--conference", process.conference_ids[0])
    assert code == 2 and "identity" in err  # no signing key yet: say so, write nothing
    assert main(["--workspace", str(directory), "identity", "create", "--name", "Kansliet"]) == 0
    run(capsys, directory, "status", process.proposal_groups[0][0], "selected")
    out_file = tmp_path / "uppfoljning.rbz"
    code, out, err = run(
        capsys,
        directory,
        "export",
        "--conference",
        process.conference_ids[0],
        "--for",
        "secretariat",
        "-o",
        str(out_file),
    )
    assert code == 0, err
    assert "1 proposal status," in out and "1 conference," in out and "1 process," in out
    assert out_file.exists()
    other = tmp_path / "other"
    assert main(["--workspace", str(other), "init", "--role", "secretariat"]) == 0
    trust_as_colleague(other, directory)
    assert main(["--workspace", str(other), "import", str(out_file)]) == 0
    capsys.readouterr()
    code, out, _ = run(
        capsys, other, "list", "--conference", process.conference_ids[0], "--status", "selected"
    )
    assert short_id(process.proposal_groups[0][0]) in out


def test_a_status_for_a_merged_original_says_where_it_went(ws, capsys) -> None:
    directory, process = ws
    a, b = process.proposal_groups[3][:2]
    code, out, _ = run(capsys, directory, "merge", a, b)
    group_id = out.strip()
    code, out, _ = run(capsys, directory, "status", short_id(a), "shortlisted")
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"recorded for merged proposal {group_id}"
    assert lines[1].startswith(group_id[:8]) and lines[1].endswith(": new -> shortlisted")
    code, out, _ = run(capsys, directory, "status", group_id[:8], "selected")
    assert code == 0 and out.splitlines()[0].endswith(": shortlisted -> selected")
    code, out, _ = run(capsys, directory, "history", b)
    lines = out.splitlines()
    assert "[selected," in lines[0] and [line.split()[1] for line in lines[1:] if line.startswith("  2")] == [
        "shortlisted",
        "selected",
    ]


def test_representation_over_a_process(ws, capsys) -> None:
    directory, process = ws
    code, out, _ = run(capsys, directory, "representation", "--process", "Tillväxtprogram Testlän")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0].startswith("2026-03-12 Rundabordssamtal 1: ") and "from 3 tables" in lines[0]
    code, out, _ = run(capsys, directory, "representation", "--process", "Tillväxtprogram Testlän", "--json")
    reps = [json.loads(line) for line in out.splitlines()]
    assert [r["conference_id"] for r in reps] == list(process.conference_ids)
    with pytest.raises(SystemExit) as stopped:  # argparse: one of --conference or --process is needed
        run(capsys, directory, "representation")
    assert stopped.value.code == 2 and "--conference" in capsys.readouterr().err


def test_plain_listing_speaks_english_in_the_singular_and_the_plural(tmp_path, capsys) -> None:
    from app import notes
    from app.demo import ensure_demo
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "ws")
    cid = ensure_demo(workspace.store)
    one = notes.add_note(workspace.store, cid, 1, 3, "Öppen förskola på lördagar", kind="proposal", votes=1)
    two = notes.add_note(workspace.store, cid, 2, 3, "Lördagsöppen förskola", kind="proposal", votes=4)
    workspace.close()
    code, out, _ = run(capsys, tmp_path / "ws", "list", "--conference", cid)
    assert code == 0 and "  1 vote   table 1: Öppen förskola på lördagar" in out
    assert "  4 votes  table 2: Lördagsöppen förskola" in out
    code, out, _ = run(capsys, tmp_path / "ws", "merge", one, two)
    code, out, _ = run(capsys, tmp_path / "ws", "list", "--conference", cid)
    assert "  5 votes  tables 1, 2: Lördagsöppen förskola (merged from 2)" in out


def test_feedback_prints_english_status_labels_whatever_the_workspace_language(ws, capsys) -> None:
    directory, process = ws
    note_id = process.proposal_groups[0][0]
    conference = process.conference_ids[0]
    assert run(capsys, directory, "status", note_id, "selected", "--by", "Kansliet")[0] == 0
    code, out, _ = run(capsys, directory, "feedback", "--conference", conference)
    assert code == 0
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    assert lines[0].startswith("Selected by the council: ")
    assert all(line.split(":")[0] in ENGLISH_LABELS for line in lines)
    assert "Nytt" not in out and "Valt" not in out
    # The JSON still carries the label in the chosen language, for a report or a web page.
    code, out, _ = run(
        capsys, directory, "feedback", "--conference", conference, "--json", "--language", "sv"
    )
    assert json.loads(out.splitlines()[0])["status_label"] == "Valt av tillväxtrådet"


def test_counts_in_cli_output_use_english_singular_and_plural(ws, capsys) -> None:
    directory, process = ws
    conference = process.conference_ids[0]
    code, out, _ = run(capsys, directory, "feedback", "--conference", conference)
    counted = re.findall(r"\b(\d+) (votes?|tables?)\b", out)
    assert "1" in {n for n, _ in counted} and len({n for n, _ in counted}) > 1  # singular and plural seen
    assert all((n == "1") == (not word.endswith("s")) for n, word in counted)
    code, out, _ = run(capsys, directory, "representation", "--conference", conference)
    assert code == 0 and "at 6 tables" in out and "1 participants" not in out


def test_status_by_defaults_to_the_workspace_identity_else_the_login(ws, capsys) -> None:
    directory, process = ws
    first, second = process.proposal_groups[0][:2]
    assert run(capsys, directory, "status", first, "shortlisted")[0] == 0
    _, out, _ = run(capsys, directory, "history", first, "--json")
    assert json.loads(out.splitlines()[-1])["decided_by"] == default_decider()
    assert main(["--workspace", str(directory), "identity", "create", "--name", "Regionens kansli"]) == 0
    capsys.readouterr()
    assert run(capsys, directory, "status", second, "shortlisted")[0] == 0
    _, out, _ = run(capsys, directory, "history", second)
    assert "by Regionens kansli" in out
    assert run(capsys, directory, "status", second, "selected", "--by", "Tillväxtrådet")[0] == 0
    _, out, _ = run(capsys, directory, "history", second, "--json")
    assert [json.loads(line)["decided_by"] for line in out.splitlines()] == [
        "Regionens kansli",
        "Tillväxtrådet",
    ]
