from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "konferens.toml"


def run(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def conference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    workspace = tmp_path / "ws"
    assert run(capsys, workspace, "init", "--role", "secretariat")[0] == 0
    code, out, _ = run(capsys, workspace, "conference", "create", str(DEMO))
    assert code == 0
    return workspace, out.strip()


def test_create_list_add_and_list_notes_as_json(conference, capsys) -> None:
    workspace, cid = conference
    code, out, _ = run(capsys, workspace, "conference", "list", "--json")
    assert json.loads(out)["id"] == cid and json.loads(out)["tables"] == 40
    ids = []
    for text, extra in [
        ("Läxhjälp <för> alla & fler", ["--kind", "proposal", "--theme", "Unga"]),
        ("Språkcafé", ["--theme", "Mångfald & integration", "--theme", "unga"]),
    ]:
        code, out, _ = run(
            capsys,
            workspace,
            "note",
            "add",
            "--conference",
            cid,
            "--table",
            "7",
            "--question",
            "2",
            *extra,
            text,
        )
        assert code == 0
        ids.append(out.strip())
    code, out, _ = run(capsys, workspace, "note", "list", "--conference", cid, "--table", "7", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == sorted(ids)
    by_text = {r["text"]: r for r in rows}
    assert by_text["Läxhjälp <för> alla & fler"]["kind"] == "proposal"
    assert by_text["Språkcafé"]["themes"] == ["Mångfald & integration", "Unga"]
    assert set(rows[0]) == {"id", "rev", "table", "question", "kind", "themes", "votes", "text"}
    assert rows[0]["question"] == 2 and rows[0]["table"] == 7

    assert run(capsys, workspace, "note", "edit", ids[1], "Språkcafé på biblioteket")[0] == 0
    assert run(capsys, workspace, "note", "delete", ids[0])[0] == 0
    code, out, _ = run(capsys, workspace, "note", "list", "--conference", cid, "--json")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Språkcafé på biblioteket"]
    code, out, _ = run(capsys, workspace, "search", "bibliotek", "--json")
    assert json.loads(out)["id"] == ids[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["note", "add", "--conference", "{cid}", "--table", "99", "--question", "1", "x"], "no table 99"),
        (["note", "add", "--conference", "nope", "--table", "1", "--question", "1", "x"], "no conference"),
        (["note", "edit", "no-such-note", "x"], "no note"),
        (["note", "list", "--conference", "{cid}", "--table", "0"], "no table 0"),
        (["conference", "create", "/nowhere/konferens.toml"], "no such file"),
    ],
)
def test_errors_are_one_line_and_exit_2(conference, capsys, args, message) -> None:
    workspace, cid = conference
    code, out, err = run(capsys, workspace, *[a.format(cid=cid) for a in args])
    assert code == 2
    assert message in err and err.count("\n") == 1 and err.startswith("rundabord: error:")
    assert out == ""


def test_malformed_toml_names_its_line_and_writes_nothing(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[process]\nname = "P"\n\n[conference\ntitle = "x"\n', encoding="utf-8")
    workspace = tmp_path / "ws"
    code, _, err = run(capsys, workspace, "conference", "create", str(bad))
    assert code == 2 and "line 4" in err
    code, out, _ = run(capsys, workspace, "conference", "list")
    assert out == ""


def test_a_newer_workspace_is_refused_by_the_cli(conference, capsys) -> None:
    import sqlite3

    workspace, _ = conference
    conn = sqlite3.connect(workspace / "workspace.sqlite3", isolation_level=None)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('rundabord', 'm999', '')"
    )
    conn.close()
    code, _, err = run(capsys, workspace, "conference", "list")
    assert code == 2 and "newer Rundabord" in err


def test_the_installed_entry_point_speaks_english_and_uses_the_env_workspace(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("rundabord")
    env = {"RUNDABORD_WORKSPACE": str(tmp_path / "env-ws"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([str(exe), "demo"], capture_output=True, text=True, env=env, check=True)
    assert len(result.stdout.strip()) == 36
    assert (tmp_path / "env-ws" / "workspace.sqlite3").exists()
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env, check=True)
    for command in ("conference", "note", "search"):
        assert command in result.stdout


def test_loading_the_same_conference_twice_needs_again(conference, capsys) -> None:
    workspace, cid = conference
    code, out, err = run(capsys, workspace, "conference", "create", str(DEMO))
    assert code == 2 and cid in err and "--again" in err and out == ""
    code, out, _ = run(capsys, workspace, "conference", "list")
    assert out.count("\n") == 1
    code, out, _ = run(capsys, workspace, "conference", "create", "--again", str(DEMO))
    assert code == 0 and out.strip() != cid
