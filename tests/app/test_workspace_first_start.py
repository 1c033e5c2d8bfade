"""Two processes starting a new workspace at once (`rundabord demo` twice): both look, find none, and
go to make it. The one that comes second must open what the first made, not refuse "already holds a
workspace". The interleaving is set here, not left to the scheduler: the other process makes the
workspace between this one's look and its making."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import workspace as workspace_module
from app.cli import main
from app.demo import ensure_demo
from app.workspace import Workspace


def test_a_workspace_made_by_another_process_after_the_look_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new"
    real_exists = workspace_module.exists
    looks: list[bool] = []
    made: list[tuple[str, str]] = []

    def look_then_the_other_makes_it(directory: Path | str) -> bool:
        found = real_exists(directory)
        looks.append(found)
        if len(looks) == 1:  # the other process, right after this one looked and found nothing
            other = Workspace.create(folder, "chair")
            try:
                made.append((other.store.origin, ensure_demo(other.store)))
            finally:
                other.close()
        return found

    monkeypatch.setattr(workspace_module, "exists", look_then_the_other_makes_it)
    code = main(["--workspace", str(folder), "demo"])
    out, err = capsys.readouterr()
    assert looks[0] is False and made, "the interleaving was not the racing one"
    assert code == 0 and err == "", err
    ((origin, conference),) = made
    assert out.strip() == conference  # the demo the other process loaded, not a second one
    workspace = Workspace(folder)
    try:
        (count,) = workspace.store.conn.execute("SELECT COUNT(*) FROM conferences").fetchone()
        assert count == 1 and workspace.store.origin == origin
    finally:
        workspace.close()
