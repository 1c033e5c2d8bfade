"""The whole review as a secretariat does it: the corpus in a conference's notes, questions and
decisions; public report (PDF, HTML) and open data refused until every finding is decided; afterwards
none of the flagged forms in anything published, every clean look-alike still there; the decisions
travel in the follow-up bundle, so a second store publishes the same."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import notes
from app.bundles.identity import create_identity
from app.bundles.importer import import_files
from app.cli import main
from app.conferences import create_conference, parse_conference
from app.privacy.normalise import plain
from app.privacy.review import review
from app.proposals.catalogue import set_status
from app.proposals.exchange import SECRETARIAT, export_followup
from app.workspace import Workspace

from .corpus import CHAIR, CHAIR_DECOMPOSED, CLEAN, DECIDER, FLAGGED, MARKED, OWNER, PERSON, WORD_NAMES

QUESTION_WITH_NAME = f"Hur tar vi vidare det {PERSON} lyfte i höstas?"
DECISION = f"Rådet driver förslaget; {OWNER} samordnar, nås på 0701234567."


@pytest.fixture
def conference(tmp_path: Path) -> tuple[Workspace, str]:
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    store = workspace.store
    description = parse_conference(
        {
            "process": {
                "name": "Länets tillväxtprogram",
                "organisation": "Region Exempellän",
                "themes": ["Unga"],
            },
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": "Vad behöver länet?"}, {"text": QUESTION_WITH_NAME}],
            "tables": [
                {"number": 1, "chair": CHAIR, "participants": 8},
                {"number": 2, "chair": CHAIR_DECOMPOSED, "participants": 7},
            ],
        }
    )
    cid = create_conference(store, description)
    for name in (PERSON, *MARKED, *WORD_NAMES):
        store.write("person", None, {"name": name, "organisation": "Föreningen Exempel"})
    for i, (text, _datum, _kind) in enumerate(FLAGGED):
        notes.add_note(store, cid, 1 + i % 2, 1 + i % 2, text)
    for text in CLEAN:
        notes.add_note(store, cid, 2, 1, text)
    proposal = notes.add_note(
        store, cid, 1, 2, "Läxhjälp på biblioteket varje vecka", kind="proposal", votes=4
    )
    set_status(
        store,
        proposal,
        "selected",
        decision=DECISION,
        owner=OWNER,
        owner_kind="person",
        decided_by=DECIDER,
    )
    return workspace, cid


def _cli(workspace: Workspace, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace.dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _published_forms(datum: str) -> list[str]:
    """How a flagged datum could show in a published text: as stored, as read, its digits alone."""
    forms = {datum, plain(datum), unicodedata.normalize("NFC", datum)}
    digits = "".join(c for c in datum if c.isdigit())
    if len(digits) >= 8:
        forms.add(digits)
    return [f for f in forms if f]


def _squash(text: str) -> str:
    return plain(text).casefold()


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit() or c.isspace())


def _write_all(workspace: Workspace, capsys, folder: Path, *extra: str) -> list[int]:
    folder.mkdir(exist_ok=True)
    public = ("minutes", "--conference", "", "--public", "-o", str(folder / "p.pdf"), *extra)
    codes = []
    cid = workspace.store.select("conference")[0]["id"]
    codes.append(_cli(workspace, capsys, *[a or cid for a in public])[0])
    for fmt in ("csv", "json"):
        args = ("export-data", "--conference", cid, "--format", fmt, "-o", str(folder / f"d.{fmt}"), *extra)
        codes.append(_cli(workspace, capsys, *args)[0])
    return codes


def _documents(folder: Path) -> dict[str, str]:
    pdf = " ".join(page.extract_text() for page in PdfReader(str(folder / "p.pdf")).pages)
    cells = [
        cell
        for row in csv.reader(
            io.StringIO((folder / "d.csv").read_text(encoding="utf-8-sig"), newline=""), delimiter=";"
        )
        for cell in row
    ]
    return {
        "PDF": " ".join(pdf.split()),
        "HTML": " ".join((folder / "p.html").read_text(encoding="utf-8").split()),  # no-break spaces too
        "CSV": "\n".join(cells),
        "JSON": json.dumps(json.loads((folder / "d.json").read_text(encoding="utf-8")), ensure_ascii=False),
    }


def _assert_clean(documents: dict[str, str]) -> None:
    for where, text in documents.items():
        squashed = _squash(text)
        for _text, datum, kind in FLAGGED:
            for form in _published_forms(datum):
                assert form.casefold() not in text.casefold(), f"{kind} {datum!r} in the {where}"
                assert _squash(form) not in squashed, f"{kind} {datum!r} in the {where} (normalised)"
        for name in (PERSON, OWNER, DECIDER, CHAIR, plain(CHAIR_DECOMPOSED), *MARKED, *WORD_NAMES):
            assert name.casefold() not in squashed, f"{name} in the {where}"
        assert "0701234567" not in _digits(text).replace(" ", "")


def test_refused_until_decided_then_nothing_personal_is_published(conference, capsys, tmp_path):
    workspace, cid = conference
    code, out, err = _cli(workspace, capsys, "privacy", "review", "--conference", cid, "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {h["kind"] for h in listed} == {
        "personnummer", "samordningsnummer", "phone", "email", "url", "name", "emptied"
    }  # fmt: skip
    # "Skriv till [personuppgift borttagen]." would say nothing: held back for a person to decide
    assert [h["context"] for h in listed if h["kind"] == "emptied"] == [
        "Skriv till kontakt(at)foreningen.se."
    ]
    assert {(h["where"], h["field"]) for h in listed} >= {("question", "text"), ("proposal", "decision")}
    assert all(h["decision"] is None for h in listed)

    # Undecided findings: nothing is written, exit 2, and the list on stderr.
    assert _write_all(workspace, capsys, tmp_path / "refused") == [2, 2, 2]
    assert not any((tmp_path / "refused").iterdir())
    code, _out, err = _cli(
        workspace, capsys, "export-data", "--conference", cid, "--format", "csv", "-o", "x.csv"
    )
    assert code == 2 and err.count("UNDECIDED") == len(listed)
    assert "811218-9876" in err and err.splitlines()[-1].startswith("rundabord: error: ")

    # The secretariat decides each: one rewritten, the rest removed.
    first_name = next(h for h in listed if h["text"] == "Gretas")
    code, out, _ = _cli(
        workspace,
        capsys,
        "privacy",
        "decide",
        "--conference",
        cid,
        first_name["id"][:6],
        "--rewrite",
        "En deltagares",
    )
    assert code == 0
    assert (
        _cli(workspace, capsys, "privacy", "decide", "--conference", cid, "--undecided", "--remove")[0] == 0
    )
    assert all(h.decided for h in review(workspace.store, cid))

    folder = tmp_path / "published"
    assert _write_all(workspace, capsys, folder) == [0, 0, 0]
    documents = _documents(folder)
    _assert_clean(documents)
    for where in ("HTML", "JSON", "PDF", "CSV"):
        for text in CLEAN:
            assert " ".join(text.split()) in documents[where], f"clean {text!r} missing from the {where}"
        assert "En deltagares idé var bäst." in documents[where]
        assert "[personuppgift borttagen] föreslog läxhjälp." in documents[where]
    assert "Region" not in documents["HTML"].split("Ansvarig")[-1][:40]  # a person owner is never shown


def test_redact_undecided_writes_with_every_undecided_finding_removed(conference, capsys, tmp_path):
    workspace, cid = conference
    keep = next(h for h in review(workspace.store, cid) if h.found.text == "Wikströms")
    assert _cli(workspace, capsys, "privacy", "decide", "--conference", cid, keep.id, "--keep")[0] == 0
    folder = tmp_path / "redacted"
    assert _write_all(workspace, capsys, folder, "--redact-undecided") == [0, 0, 0]
    documents = _documents(folder)
    for where, text in documents.items():
        assert "Wikströms bord tyckte annat." in text, where  # the one kept finding
        for _text, datum, kind in FLAGGED:
            if datum != "Wikströms":
                assert datum not in text, f"{kind} {datum!r} in the {where}"


def test_a_rewrite_that_is_still_personal_and_unknown_findings_are_refused(conference, capsys):
    workspace, cid = conference
    hit = review(workspace.store, cid)[0]
    code, _out, err = _cli(
        workspace, capsys, "privacy", "decide", "--conference", cid, hit.id, "--rewrite", "ring 070-987 65 43"
    )
    assert code == 2 and "still holds personal data" in err
    assert _cli(workspace, capsys, "privacy", "decide", "--conference", cid, "zzzz", "--keep")[0] == 2
    assert not review(workspace.store, cid)[0].decided


def test_decisions_travel_in_the_followup_bundle(conference, tmp_path):
    central, cid = conference
    create_identity(central, "Regionens kansli")
    hits = review(central.store, cid)
    from app.privacy.review import decide

    for hit in hits:
        decide(central.store, cid, hit, "keep" if hit.found.text == "Wikströms" else "remove")
    bundle = export_followup(central, cid, tmp_path / "followup.rbz", recipient=SECRETARIAT)
    second = Workspace.create(tmp_path / "second", "secretariat")  # a chair's laptop refuses it
    from app.bundles import trust as trust_list
    from app.bundles.identity import find_identity

    trust_list.add(second.store, find_identity(central).public_key, "Regionens kansli", "secretariat")
    [receipt] = import_files(second, [bundle.path])
    assert receipt.status == "imported", receipt
    there = {h.id: h.decision.action for h in review(second.store, cid) if h.decision}
    assert there == {h.id: ("keep" if h.found.text == "Wikströms" else "remove") for h in hits}
    second.close()
