"""The README's tour for secretaries, run as written: every command of its block, in its order, from an
empty home folder. Only what a reader fills in is filled in (the conference's ID, a KEY_ID that
`quarantine list` printed, the shared folder), and the chairs' part the block leaves to the chairs' tour
is played by three chairs, one of them on two laptops. If a command of the block is renamed, loses an
option or fails, this test fails."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
KARIN = "Karin Sjöström"


def tour_lines() -> list[str]:
    """The shell lines of the first code block under the secretaries' tour heading."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## A tour for secretaries", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def run(*args: str, workspace: Path | None = None) -> str:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    out, err = io.StringIO(), io.StringIO()
    argv = [*(["--workspace", str(workspace)] if workspace else []), *args]
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    assert code == 0, (argv, out.getvalue(), err.getvalue())
    return out.getvalue()


def chair_day(tmp_path: Path, share: Path, conference: str) -> dict[str, Path]:
    """What the block leaves to the chairs' tour: each laptop fetches the pack, writes, exports and
    syncs back. Karin sends her key card ahead and also writes on a second laptop."""
    laptops = {"karin": (7, KARIN), "karin2": (7, KARIN), "fatima": (3, "Fatima Hassan")}
    for name, (table, chair) in laptops.items():
        laptop = tmp_path / name
        run("init", "--role", "chair", workspace=laptop)
        run("sync", "configure", "--target", str(share), workspace=laptop)
        run("sync", workspace=laptop)
        run("identity", "create", "--name", chair, workspace=laptop)
        text = f"{chair} skriver från {name}"
        run("note", "add", "--conference", conference, "--table", str(table), "--question", "1", text,
            workspace=laptop)  # fmt: skip
        run("export", "--conference", conference, "--table", str(table), workspace=laptop)
        run("sync", workspace=laptop)
    run("identity", "export", "-o", str(tmp_path / "karin.keycard"), workspace=tmp_path / "karin")
    return {name: tmp_path / name for name in laptops}


def key_of(workspace: Path) -> str:
    return json.loads(run("identity", "show", "--json", workspace=workspace))["key_id"]


@pytest.mark.slow
def test_the_secretaries_tour_runs_as_the_readme_writes_it(tmp_path: Path, monkeypatch) -> None:
    home, share = tmp_path / "home", tmp_path / "srv-delad"
    home.mkdir()
    share.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("RUNDABORD_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    conference = ""
    laptops: dict[str, Path] = {}
    said: dict[str, str] = {}
    for line in tour_lines():
        words = shlex.split(line, comments=True)
        if not words:
            if "the chairs" in line:  # "# ... the chairs sync, write, export and sync back ..."
                laptops = chair_day(tmp_path, share, conference)
            continue
        if words[0] == "export":
            name, value = words[1].split("=", 1)
            monkeypatch.setenv(name, value.replace("~", str(home), 1))
            continue
        assert words[0] == "rundabord", line
        args = [w.replace("/srv/delad/rundabord", str(share)) for w in words[1:]]
        args = [conference if w == "ID" else w for w in args]
        if "KEY_ID" in args:
            # The key a secretary would pick from `quarantine list` for what the line says it does.
            if "--name" in args:  # a second laptop of a chair already trusted
                key = key_of(laptops["karin2"])
            elif args[0] == "trust":  # the name for Karin's first laptop
                key = key_of(laptops["karin"])
            else:
                key = key_of(laptops["fatima"])
            args = [key if w == "KEY_ID" else w for w in args]
        out = run(*args)
        said[" ".join(args[:2])] = out
        if args[:2] == ["conference", "create"]:
            conference = out.strip()

    assert "signed conference-pack" in said["pack export"] and list(share.rglob("*.rbz"))
    assert "held in quarantine" in said["sync"]
    listed = said["note list"]
    for text in (f"{KARIN} skriver från karin", f"{KARIN} skriver från karin2", "Fatima Hassan skriver från"):
        assert text in listed, listed
    assert "table 7:" in said["table facts"]
    assert said["conflict list"].strip() == "no open conflicts"
    minutes = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "bord-7.pdf").pages)
    assert f"{KARIN} (dator 1) – 1 anteckning" in minutes and f"{KARIN} (dator 2) – 1 anteckning" in minutes
    assert (tmp_path / "minnesanteckningar.pdf").stat().st_size > 0
