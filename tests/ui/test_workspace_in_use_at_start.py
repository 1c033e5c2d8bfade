"""The window's start on a workspace another program holds (here `rundabord repair`, which holds the
store alone while it checks it): the box said "Rundabord is busy with another task (a sync or an
import)" and then "Choose another workspace folder with --workspace", advice a newcomer who
double-clicked Rundabord cannot follow and that is wrong here: the workspace is fine, it is only in use.
Now it says who may hold it and to start again once that has finished, in Swedish. No clock is raced:
the hold lasts until the `with` ends."""

from __future__ import annotations

import pytest

from app import repair_hold
from app.errors import StoreBusy
from app.workspace import Workspace
from ui import i18n


def test_the_box_says_to_start_again_when_the_other_program_is_done(qapp, tmp_path) -> None:
    from ui.application import workspace_error_box

    folder = tmp_path / "bord 7"
    Workspace.create(folder, "chair").close()
    with repair_hold.held(folder / "workspace.sqlite3"), pytest.raises(StoreBusy) as refused:
        Workspace(folder, busy_timeout=0.1).close()
    i18n.install("sv", qapp)
    box = workspace_error_box(refused.value, folder)
    try:
        said = box.informativeText()
    finally:
        box.deleteLater()
        i18n.install("en", qapp)
    assert said.startswith(
        "Arbetsytan används just nu av ett annat Rundabord-fönster eller av ett kommando som synkar,"
        " importerar eller reparerar. Stäng det eller låt det bli klart och starta sedan Rundabord igen."
    ), said
    assert "--workspace" not in said, said  # another folder is not the remedy
    assert "Teknisk uppgift: the workspace" in said and "is in use by another program" in said
