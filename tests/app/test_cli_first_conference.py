"""A secretary's first conference from the command line, in a workspace without the demo.

`conference new --process NAME` needs the process to exist; with none yet it said "no process …;
`rundabord process list` shows them", and the list was empty. The refusal now gives the command that
makes the process, which she can run as printed.
"""

from __future__ import annotations

import shlex

from tests.app.cli_run import run_cli as _run


def test_the_refusal_for_a_process_not_made_gives_the_command_that_makes_it(capsys, tmp_path):
    folder = tmp_path / "sekretariatet"
    assert _run(capsys, folder, "init", "--role", "secretariat")[0] == 0
    name = "Medborgardialog Östra Värmland 2027"
    new = ["conference", "new", "--process", name, "--title", "Våren 2027", "--date", "2027-03-11"]
    code, out, err = _run(capsys, folder, *new)
    assert code == 2 and out == "" and err.count("\n") == 1, err
    told = err.split("`")
    command = next(part for part in told if part.startswith("rundabord process create"))
    assert _run(capsys, folder, *shlex.split(command)[1:])[0] == 0  # as printed, quotes and all
    code, out, err = _run(capsys, folder, *new)
    assert code == 0 and len(out.strip()) == 36, out + err  # the new conference's id
    assert "Våren 2027" in _run(capsys, folder, "conference", "list")[1]
