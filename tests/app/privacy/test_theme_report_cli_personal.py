"""`rundabord minutes --theme` as a secretary runs it: the theme report goes to a theme's working group,
outside the secretariat, and prints what the review did not leave out as it was written. The window
asks before it writes one that holds personal data; the CLI wrote it without a word. Now it refuses,
saying what it holds, until she leaves the note out or says --with-personal-data."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import conferences, notes, prepare
from tests.app.privacy.read_back import cli, one_table_conference, pdf_text


@pytest.fixture
def conference(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    store = workspace.store
    process_id = conferences.conference(store, cid).process_id
    theme_id = prepare.add_theme(store, process_id, "Unga")
    yield workspace, cid, theme_id
    workspace.close()


def test_a_theme_report_with_personal_data_waits_for_a_persons_word(conference, tmp_path, capsys) -> None:
    workspace, cid, theme_id = conference
    store = workspace.store
    notes.add_note(store, cid, 1, 1, "Fler kvällsbussar", kind="action", themes=[theme_id])
    private = notes.add_note(
        store, cid, 1, 1, "Ring Per-Olof på 073-222 33 44", kind="action", themes=[theme_id]
    )
    out_pdf = tmp_path / "unga.pdf"
    theme_report = ("minutes", "--conference", cid, "--theme", "Unga", "-o", str(out_pdf))
    code, _out, err = cli(workspace, capsys, *theme_report)
    assert code == 2 and not out_pdf.exists()
    assert "outside the secretariat" in err and "1 phone" in err and "--with-personal-data" in err
    code, _out, err = cli(workspace, capsys, *theme_report, "--with-personal-data")
    assert code == 0 and "073-222 33 44" in pdf_text(out_pdf)
    out_pdf.unlink()
    code, *_ = cli(workspace, capsys, "privacy", "leave-out", private)
    assert code == 0
    code, _out, err = cli(workspace, capsys, *theme_report)
    assert code == 0, err
    text = pdf_text(out_pdf)
    assert "Fler kvällsbussar" in text and "073" not in text and "Per-Olof" not in text


def test_with_personal_data_goes_only_with_a_theme_report(conference, tmp_path, capsys) -> None:
    workspace, cid, _theme_id = conference
    code, _out, err = cli(
        workspace,
        capsys,
        "minutes",
        "--conference",
        cid,
        "--with-personal-data",
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert code == 2 and "--with-personal-data goes with --theme" in err
