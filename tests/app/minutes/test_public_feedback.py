"""The public report reads as feedback: the secretariat's own words first (foreword, contact, how to
respond, what happens next), what was said folded with how many tables said it, grouped by theme, and
participant counts that were not given said plainly instead of "0 deltagare"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app import notes
from app.cli import main
from app.conferences import create_conference, parse_conference
from app.minutes.folding import fold
from app.minutes.i18n import Strings
from app.minutes.public import build_public_report, public_content
from app.workspace import Workspace

VARIANTS = [
    "Fler mötesplatser för unga",
    "fler mötesplatser för unga!",
    "Fler mötesplatser för ungdomar.",
    "Fler mötesplatser för unga",
    "FLER MÖTESPLATSER FÖR UNGA",
    "Fler mötesplats för unga",
]


def _conference(tmp_path: Path, participants: list[int]) -> tuple[Workspace, str]:
    workspace = Workspace.create(tmp_path / "ws")
    description = parse_conference(
        {
            "process": {
                "name": "Programmet",
                "organisation": "Region Exempellän",
                "themes": ["Unga", "Kultur"],
            },
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": "Vad behöver länet?"}],
            "tables": [
                {"number": n, "chair": f"Ordförande {n}", "participants": p}
                for n, p in enumerate(participants, 1)
            ],
        }
    )
    cid = create_conference(workspace.store, description)
    for table, text in enumerate(VARIANTS, 1):
        notes.add_note(workspace.store, cid, table, 1, text, themes=["Unga"])
    notes.add_note(workspace.store, cid, 2, 1, "Ett kulturhus i varje kommun", themes=["Kultur"])
    notes.add_note(workspace.store, cid, 3, 1, "Ett kulturhus i varje kommun", themes=["Kultur"])
    notes.add_note(workspace.store, cid, 4, 1, "Bättre busstider på kvällen")
    return workspace, cid


def test_near_identical_lines_fold_into_one_with_the_tables_counted(tmp_path):
    workspace, cid = _conference(tmp_path, [8, 7, 9, 6, 8, 7])
    report = public_content(workspace.store, cid, "sv", redact_undecided=True)
    [question] = report.said
    assert [g.name for g in question.groups] == ["Unga", "Kultur", "Utan tema"]
    unga, kultur, other = (g.items for g in question.groups)
    assert len(unga) == 1 and unga[0].tables == 6 and unga[0].text == "Fler mötesplatser för unga"
    sv = Strings("sv")
    assert unga[0].line(sv) == "Fler mötesplatser för unga (sagt vid 6 bord)"
    assert kultur[0].line(sv) == "Ett kulturhus i varje kommun (sagt vid 2 bord)"
    assert other[0].line(sv) == "Bättre busstider på kvällen"  # one table: no count
    assert "45 deltagare vid 6 bord" in report.intro
    workspace.close()


def test_fold_keeps_different_kinds_apart_and_sums_votes(tmp_path):
    workspace, cid = _conference(tmp_path, [8] * 6)
    from app.minutes.source import load_conference

    data = load_conference(workspace.store, cid)
    lines = fold(data.notes)
    assert sum(len(line.notes) for line in lines) == len(data.notes)  # nothing lost
    assert lines[0].table_count == 6 and lines[0].tables == (1, 2, 3, 4, 5, 6)
    workspace.close()


@pytest.mark.parametrize(
    ("participants", "expected", "absent"),
    [
        ([0, 0, 0, 0, 0, 0], "Borden angav inte hur många deltagarna var.", "0 deltagare"),
        ([8, 0, 9, 0, 0, 7], "3 av borden angav hur många de var, sammanlagt 24 deltagare", "0 deltagare"),
    ],
)
def test_missing_participant_counts_are_said_plainly(tmp_path, participants, expected, absent):
    workspace, cid = _conference(tmp_path, participants)
    intro = public_content(workspace.store, cid, "sv", redact_undecided=True).intro
    assert expected in intro and absent not in intro
    workspace.close()


def test_the_secretariats_words_open_the_report_in_pdf_and_html(tmp_path, capsys):
    workspace, cid = _conference(tmp_path, [8] * 6)
    run = ["--workspace", str(workspace.dir)]
    texts = {
        "--foreword": "Tack för en givande dag!\n\nHär är vad ni sa.",
        "--contact": "Utvecklingsenheten, utveckling@region.example, 010-123 45 00",
        "--respond": "Svara senast 30 april.",
        "--next": "Rådet beslutar i maj.",
    }
    assert main([*run, "public-text", "--conference", cid, *(x for pair in texts.items() for x in pair)]) == 0
    assert main([*run, "public-text", "--conference", cid]) == 0
    assert "respond: Svara senast 30 april." in capsys.readouterr().out
    # The contact's address and phone are found by the review; the secretariat keeps them on purpose.
    assert main([*run, "minutes", "--conference", cid, "--public", "-o", str(tmp_path / "p.pdf")]) == 2
    assert "public report's contact" in capsys.readouterr().err
    assert main([*run, "privacy", "decide", "--conference", cid, "--undecided", "--keep"]) == 0
    assert main([*run, "minutes", "--conference", cid, "--public", "-o", str(tmp_path / "p.pdf")]) == 0
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "p.pdf")).pages)
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    order = ["Tack för en givande dag!", "Här är vad ni sa.", "Hör av dig", "Svara senast 30 april.",
             "utveckling@region.example", "Vad händer nu?", "Rådet beslutar i maj.", "Vad som sades",
             "sagt vid 6 bord"]  # fmt: skip
    for document in (pdf, html[html.index("<main") :]):  # after the HTML's contents list
        position = 0
        for text in order:
            position = document.find(text, position)
            assert position >= 0, text
    assert "<h4>Unga</h4>" in html and '<h2 id="contact">' in html
    workspace.close()


def test_defaults_say_how_to_respond_and_what_happens_next(tmp_path):
    workspace, cid = _conference(tmp_path, [8] * 6)
    build_public_report(
        workspace.store, cid, tmp_path / "p.pdf", "sv", tmp_path / "p.html", redact_undecided=True
    )
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "Hör av dig till Region Exempellän." in html and "Tillväxtrådet går igenom förslagen" in html
    workspace.close()


def test_slips_of_the_keyboard_fold_with_the_wording_they_missed():
    """Two letters swapped or one missing: the same thing said, counted once with its tables; a
    different word of the same shape ("bord", "bort") or a different kind of note stays apart."""
    from app.model import Note

    said = [
        (1, "note", "Kartlägga lediga lokaler"),
        (2, "note", "Kartlägga lediga loakler"),
        (3, "note", "Kartlägga leidga lokaler."),
        (4, "note", "spårkcafé på bilbioteket"),
        (5, "note", "Språkcafé på biblioteket !"),
        (6, "note", "Språkcafé på biblioteket"),
        (7, "note", "Fler bord i salen"),
        (8, "note", "Fler bort i salen"),
        (9, "action", "Kartlägga lediga lokaler"),
    ]
    lines = fold(Note(f"n{t}", "c", t, "q", kind, text, (), 0, t) for t, kind, text in said)
    tables = {(line.kind, line.text): line.tables for line in lines}
    assert tables["note", "Kartlägga lediga lokaler"] == (1, 2, 3)  # the wording most tables used
    assert tables["note", "Språkcafé på biblioteket"] == (4, 5, 6)
    assert tables["note", "Fler bord i salen"] == (7,) and tables["note", "Fler bort i salen"] == (8,)
    assert tables["action", "Kartlägga lediga lokaler"] == (9,)
    assert sum(len(line.notes) for line in lines) == len(said)  # nothing lost
