"""A conference description (TOML) with a slip in it, opened in Swedish by the mouse in both windows: the
refusal says in Swedish what is wrong and where, not tomllib's or the core's English behind a
"Teknisk uppgift:" label."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app import conferences
from app.workspace import Workspace
from tests.ui.only_box import said_in_the_only_box

BROKEN = '[process]\nname = "Länets tillväxtprogram"\n[conference]\ntitle = "Rundabordssamtal hösten 2026\n'
NO_TABLES = (
    '[process]\nname = "Länets tillväxtprogram"\n[conference]\ntitle = "Hösten"\n'
    '[[questions]]\ntext = "Vad behövs?"\n'
)


def test_the_chair_is_told_in_swedish_where_her_file_is_wrong(qtbot, qapp, tmp_path: Path, sync_ops):
    from .chair.conftest import open_window
    from .chair.real_hands import in_swedish

    in_swedish(qapp)
    workspace = Workspace.create(tmp_path / "dator")
    try:
        chair = open_window(qtbot, workspace)
        for name, text, expected in (
            ("trasig.toml", BROKEN, "TOML-texten är fel på rad 4, tecken 38"),
            ("utan-bord.toml", NO_TABLES, "beskrivningen behöver minst ett bord ([[tables]])"),
        ):
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            chair.picker.ask_file = lambda path=path: path  # the file dialog, answered
            qtbot.mouseClick(chair.picker.file_button, Qt.MouseButton.LeftButton)
            said = said_in_the_only_box(qtbot)
            assert expected in said, said
            assert "Teknisk uppgift" not in said and "malformed" not in said and "needs" not in said, said
        assert conferences.conferences(workspace.store) == []
        chair.close()
    finally:
        workspace.close()


def test_the_secretary_is_told_in_swedish_where_her_file_is_wrong(qtbot, qapp, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from .secretariat.conftest import open_in_swedish

    workspace = Workspace.create(tmp_path / "kansliet", "secretariat")
    try:
        window = open_in_swedish(qtbot, qapp, workspace)
        path = tmp_path / "trasig.toml"
        path.write_text(BROKEN, encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
        qtbot.mouseClick(window.prepare_view.load_button, Qt.MouseButton.LeftButton)
        said = said_in_the_only_box(qtbot)
        assert "TOML-texten är fel på rad 4, tecken 38" in said and "Rätta filen" in said, said
        assert "Teknisk uppgift" not in said and "malformed" not in said, said
        window.close()
    finally:
        workspace.close()


GOOD = (
    '[process]\nname = "Länets tillväxtprogram"\n[conference]\ntitle = "Hösten"\n{conference}'
    '[[questions]]\ntext = "Vad behövs?"\n{question}[[tables]]\nnumber = 1\nchair = "Åsa Öberg"\n{table}'
)


def test_a_date_or_number_written_in_words_is_refused_when_the_file_is_loaded(
    qtbot, qapp, tmp_path: Path, monkeypatch
):
    """ "12 mars 2026" was taken as the conference's date, and the pack for the chairs then failed to
    export with "outside its domain"; "tjugo" minutes or "åtta" participants stopped the loading with
    Python's own error. Each is now refused at once, in Swedish, naming the file and the value."""
    from PySide6.QtWidgets import QFileDialog

    from .secretariat.conftest import open_in_swedish

    workspace = Workspace.create(tmp_path / "kansliet", "secretariat")
    try:
        window = open_in_swedish(qtbot, qapp, workspace)
        for name, parts, expected in (
            ("datum.toml", {"conference": 'date = "12 mars 2026"\n'}, "datumet under [conference], ”12"),
            ("minuter.toml", {"question": 'round_minutes = "tjugo"\n'}, "i hela minuter, inte ”tjugo”"),
            ("deltagare.toml", {"table": 'participants = "åtta"\n'}, "bord 1: participants är ett heltal"),
        ):
            path = tmp_path / name
            path.write_text(GOOD.format(**{"conference": "", "question": "", "table": "", **parts}), "utf-8")
            answer = (str(path), "")
            monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, answer=answer, **kw: answer)
            qtbot.mouseClick(window.prepare_view.load_button, Qt.MouseButton.LeftButton)
            said = said_in_the_only_box(qtbot)
            assert name in said and expected in said and "Rätta filen" in said, said
        assert conferences.conferences(workspace.store) == []
        path.write_text(GOOD.format(conference="date = 2026-03-12\n", question="", table=""), "utf-8")
        qtbot.mouseClick(window.prepare_view.load_button, Qt.MouseButton.LeftButton)
        [made] = conferences.conferences(workspace.store)
        assert made.date == "2026-03-12"
        window.close()
    finally:
        workspace.close()
