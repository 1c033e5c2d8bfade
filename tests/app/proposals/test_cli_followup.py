"""The CLI twins of the follow-up across conferences, run as a user would."""

from __future__ import annotations

import json

from app.cli import main
from app.typed_ids import short_id
from tests.app.proposals.followup_world import trust_as_colleague

from .conftest import run


def test_list_overdue_over_every_conference(ws, capsys) -> None:
    directory, process = ws
    late = process.proposal_groups[0][0]
    later = process.proposal_groups[1][0]
    assert run(capsys, directory, "status", late, "in-progress", "--review-date", "2026-01-31")[0] == 0
    assert run(capsys, directory, "status", later, "selected", "--review-date", "2099-12-31")[0] == 0
    code, out, _ = run(capsys, directory, "list", "--overdue")
    assert code == 0
    assert (
        out.startswith(short_id(late))
        and "review overdue since 2026-01-31" in out
        and len(out.splitlines()) == 1
    )
    code, out, _ = run(capsys, directory, "list", "--overdue", "--json")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["id"] == late and row["overdue"] and row["review_date"] == "2026-01-31"
    code, out, _ = run(
        capsys, directory, "list", "--process", "Tillväxtprogram Testlän", "--status", "selected"
    )
    assert code == 0 and out.startswith(short_id(later))
    code, _, err = run(capsys, directory, "list", "--theme", "Finns inte")
    assert code != 0 and "no theme named" in err and len(err.strip().splitlines()) == 1


def test_decision_day_meeting_link_timeline_and_summary(ws, capsys) -> None:
    directory, process = ws
    earlier, later = process.proposal_groups[0][0], process.proposal_groups[1][0]
    code, _, err = run(
        capsys,
        directory,
        "status",
        earlier,
        "not-pursued",
        "--reason",
        "Finns redan",
        "--decided-on",
        "2026-05-20",
        "--meeting",
        "Tillväxtrådet 20 maj",
    )
    assert code == 0, err
    code, _, err = run(capsys, directory, "status", earlier, "done", "--decided-on", "2999-01-01")
    assert code != 0 and "still to come" in err
    code, out, err = run(capsys, directory, "link", later, earlier)
    assert code == 0, err
    code, out, _ = run(capsys, directory, "timeline", later)
    lines = out.splitlines()
    assert lines[0].startswith("2026-03-12  raised at Rundabordssamtal 1")
    assert any(line.startswith("2026-05-20  not-pursued at Tillväxtrådet 20 maj") for line in lines)
    assert lines[-1].startswith("2026-10-08  raised again at Rundabordssamtal 2")
    code, out, _ = run(capsys, directory, "timeline", earlier, "--json")
    assert [json.loads(line)["kind"] for line in out.splitlines()] == ["raised", "status", "raised-again"]
    assert run(capsys, directory, "unlink", earlier, later)[0] == 0
    code, _, err = run(capsys, directory, "unlink", earlier, later)
    assert code != 0 and "not linked" in err

    assert run(capsys, directory, "summary", earlier, "Frågan drivs redan av kommunen.")[0] == 0
    assert run(capsys, directory, "summary", earlier)[1].strip() == "Frågan drivs redan av kommunen."
    assert run(capsys, directory, "summary", earlier, "--clear")[0] == 0
    assert run(capsys, directory, "summary", earlier)[1].strip() == "no summary yet"


def test_add_and_remove_members(ws, capsys) -> None:
    directory, process = ws
    a, b, c = process.proposal_groups[0][:3]
    code, out, _ = run(capsys, directory, "merge", a, b)
    group = out.strip()
    code, out, err = run(capsys, directory, "add", group, c)
    assert code == 0, err
    assert out.strip() == f"{group}: merged from 3"
    code, out, _ = run(capsys, directory, "remove", group, a)
    assert code == 0 and out.strip() == f"{group}: merged from 2"
    code, out, _ = run(capsys, directory, "remove", group, b)
    assert code == 0 and "unmerged" in out
    code, _, err = run(capsys, directory, "add", group, a)
    assert code != 0 and "no proposal with id" in err


def test_export_a_whole_process_carries_later_decisions_on_earlier_proposals(ws, capsys, tmp_path) -> None:
    """After the council met, a decision on conference 1's proposal and a link made at conference 2
    reach a second workspace through one command."""
    directory, process = ws
    assert main(["--workspace", str(directory), "identity", "create", "--name", "Kansliet"]) == 0
    earlier, later = process.proposal_groups[0][0], process.proposal_groups[1][0]
    run(capsys, directory, "link", later, earlier)
    run(
        capsys,
        directory,
        "status",
        earlier,
        "in-progress",
        "--decided-on",
        "2026-05-20",
        "--meeting",
        "Rådet",
    )
    folder = tmp_path / "bundles"
    code, out, err = run(
        capsys,
        directory,
        "export",
        "--process",
        "Tillväxtprogram Testlän",
        "--for",
        "secretariat",
        "-o",
        str(folder),
    )
    assert code == 0, err
    files = sorted(folder.glob("*.rbz"))
    assert len(files) == 3 and out.count("wrote ") == 3
    other = tmp_path / "other"
    assert main(["--workspace", str(other), "init", "--role", "secretariat"]) == 0
    trust_as_colleague(other, directory)
    assert main(["--workspace", str(other), "import", *map(str, files)]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, other, "timeline", later)
    assert "in-progress at Rådet" in out and "raised again at Rundabordssamtal 2" in out
    not_a_folder = tmp_path / "file.rbz"
    not_a_folder.write_text("x")
    code, _, err = run(
        capsys, directory, "export", "--process", "Tillväxtprogram Testlän", "-o", str(not_a_folder)
    )
    assert code != 0 and "names a folder" in err
