"""A whole conference day through the CLI alone, from a fresh secretariat workspace with no demo data.

The secretariat creates its workspace and a conference from TOML, and its pack goes to a shared folder;
three chairs make their own workspaces, sync (the first pack pins the secretariat's key), write, export
and sync back; one chair's key was not sent ahead and waits in quarantine until the secretariat accepts
it; the secretariat syncs and `rundabord note list` shows every table's notes.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli import main

CONFERENCE_TOML = """
[process]
name = "Hållbar landsbygd 2027–2030"
organisation = "Region Norrlän"
themes = ["Unga", "Mobilitet", "Näringsliv"]

[conference]
title = "Rundabordssamtal i Ånge"
date = 2027-04-20
venue = "Medborgarhuset, Ånge"
round_minutes = 15

[[questions]]
text = "Vad fungerar redan bra här?"

[[questions]]
text = "Vad behöver hända först?"

[[tables]]
number = 1
chair = "Åsa Öberg"

[[tables]]
number = 2
chair = "Mikael Järvinen"

[[tables]]
number = 3
chair = "Li Wennström"
"""

CHAIRS = {1: "Åsa Öberg", 2: "Mikael Järvinen", 3: "Li Wennström"}
NOTES = {
    1: ["Bussen går för sällan – sista turen 17.40", "Ungdomsgården är öppen två kvällar i veckan"],
    2: ["Företagen hittar inte folk med rätt utbildning", "Ett gemensamt kontor för distansarbete"],
    3: ["Föreningslivet bär mycket & behöver stöd", "”Bygdepeng” till lokala initiativ"],
}


def rundabord(workspace: Path, *args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(workspace), *map(str, args)])
    return code, out.getvalue(), err.getvalue()


def ok(workspace: Path, *args: object) -> str:
    code, out, err = rundabord(workspace, *args)
    assert code == 0, (args, out, err)
    return out


@pytest.mark.slow
def test_the_whole_day_from_a_fresh_secretariat_workspace(tmp_path: Path) -> None:
    _the_day(tmp_path)


def _the_day(tmp_path: Path, database: str | None = None) -> tuple[Path, Path, str]:
    """The day up to every table's notes at the secretariat: (secretariat, shared folder, conference).
    `database`: the secretariat's store is on that PostgreSQL database."""
    kansli, share = tmp_path / "kansli", tmp_path / "delad-mapp"
    share.mkdir()
    (tmp_path / "anje.toml").write_text(CONFERENCE_TOML, encoding="utf-8")

    # Morning at the office: a new workspace, no demo data.
    shared = ["--database", database] if database else []
    assert "created a secretariat workspace" in ok(kansli, "init", "--role", "secretariat", *shared)
    assert ok(kansli, "conference", "list") == ""
    ok(kansli, "identity", "create", "--name", "Region Norrlän, kansliet")
    conference = ok(kansli, "conference", "create", tmp_path / "anje.toml").strip()
    ok(kansli, "sync", "configure", "--target", share)
    sent = ok(kansli, "pack", "export", "--conference", conference)  # no -o: on to the sync target
    assert "signed conference-pack" in sent and f"conference {conference}" in sent
    assert [p.parent.name for p in share.rglob("*.rbz")] == [conference]
    assert json.loads(ok(kansli, "role", "--json")) == {"role": "secretariat", "secretariat_of": [conference]}

    # At the tables: each chair makes a workspace, fetches the pack, writes, exports and syncs back.
    cards = {}
    for number, name in CHAIRS.items():
        laptop = tmp_path / f"bord{number}"
        ok(laptop, "init", "--role", "chair")
        ok(laptop, "sync", "configure", "--target", share)
        assert "imported" in ok(laptop, "sync")
        ok(laptop, "identity", "create", "--name", name)
        cards[number] = tmp_path / f"bord{number}.keycard"
        ok(laptop, "identity", "export", "-o", cards[number])
        for text in NOTES[number]:
            ok(laptop, "note", "add", "--conference", conference, "--table", number, "--question", 1, text)
        ok(laptop, "table", "facts", "--conference", conference, number, "--participants", 7)
        ok(laptop, "export", "--conference", conference, "--table", number)
        assert "sent" in ok(laptop, "sync")

    # Back at the office: two chairs sent their key cards ahead; table 3's key waits in quarantine.
    for number in (1, 2):
        ok(kansli, "trust", "add", cards[number], "--role", "chair", "--conference", conference,
           "--table", number)  # fmt: skip
    report = ok(kansli, "sync")
    assert report.count("imported") == 2 and "held in quarantine" in report
    held = [json.loads(line) for line in ok(kansli, "quarantine", "list", "--json").splitlines()]
    assert [(h["signer_name"], h["tables"], h["clashes"]) for h in held] == [(CHAIRS[3], [3], [])]
    accepted = ok(
        kansli, "quarantine", "accept", "--all-from", held[0]["key_id"], "--expect-rev", held[0]["rev"]
    )
    assert f"trusted {CHAIRS[3]}" in accepted and "as chair of table 3" in accepted

    listed = [json.loads(line) for line in ok(kansli, "note", "list", "--conference", conference, "--json")
              .splitlines()]  # fmt: skip
    by_table = {n: sorted(x["text"] for x in listed if x["table"] == n) for n in CHAIRS}
    assert by_table == {n: sorted(texts) for n, texts in NOTES.items()}
    facts = json.loads(ok(kansli, "table", "facts", "--conference", conference, 2, "--json"))
    assert {**facts, "rev": ""} == {"number": 2, "participants": 7, "bands": {}, "rev": ""}
    roll_call = [json.loads(line) for line in ok(kansli, "status", "--conference", conference, "--json")
                 .splitlines()]  # fmt: skip
    assert [(t["table"], t["reported"], t["notes"]) for t in roll_call] == [
        (1, True, 2),
        (2, True, 2),
        (3, True, 2),
    ]
    assert ok(kansli, "sync").strip() == "nothing new to send or fetch"
    return kansli, share, conference


@pytest.mark.slow
def test_the_afternoon_a_correction_a_conflict_and_the_justering(tmp_path: Path) -> None:
    """Table 1's chair rewrites a note and exports again while the secretariat corrects the same note:
    the conflict names the export that brought the chair's version, can be decided and undone by the
    id the CLI prints, and the table minutes mark the correction without telling the secretariat to
    export a table it cannot sign."""
    _the_afternoon(tmp_path)


@pytest.mark.slow
def test_the_day_and_the_afternoon_on_a_shared_postgresql_store(tmp_path: Path, pg_dsn: str) -> None:
    """The same day and afternoon, the secretariat's store on PostgreSQL (sync, quarantine, conflicts
    and the table minutes included)."""
    _the_afternoon(tmp_path, pg_dsn)


def _the_afternoon(tmp_path: Path, database: str | None = None) -> None:
    kansli, _share, conference = _the_day(tmp_path, database)
    laptop = tmp_path / "bord1"
    [bus] = [json.loads(line) for line in ok(laptop, "note", "list", "--conference", conference, "--json")
             .splitlines() if "Bussen" in line]  # fmt: skip
    chair_text, office_text = (
        "Bussen går för sällan – sista turen 17.40 (även helger)",
        "Bussen går för sällan",
    )
    ok(laptop, "note", "edit", bus["id"], chair_text)
    second = ok(laptop, "export", "--conference", conference, "--table", 1).split()[2]  # its bundle id
    ok(kansli, "note", "edit", bus["id"], office_text, *(["--expect-rev", "any"] if database else []))
    assert "opened 1 conflict" in ok(laptop, "sync") + ok(kansli, "sync")

    [conflict] = [json.loads(line) for line in ok(kansli, "conflict", "list", "--json").splitlines()]
    assert (conflict["ours"], conflict["theirs"]) == (office_text, chair_text)
    assert conflict["ours_by"] == "the secretariat"
    assert conflict["theirs_by"] == f"{CHAIRS[1]} (bundle {second[:8]})"  # the second export, not the first
    done = ok(
        kansli, "conflict", "resolve", conflict["id"][:8], "--keep", "theirs", "--expect-rev", conflict["rev"]
    )
    undo = done.split("to undo: ")[1].rstrip(")\n")
    assert undo.startswith("rundabord conflict reopen ")
    assert "reopened" in ok(kansli, "conflict", "reopen", undo.split()[-1])
    [again] = [json.loads(line) for line in ok(kansli, "conflict", "list", "--json").splitlines()]
    assert {again["ours"], again["theirs"]} == {office_text, chair_text}  # the same two versions, open
    ok(kansli, "conflict", "resolve", again["id"][:8], "--text", office_text, "--expect-rev", again["rev"])

    pdf = tmp_path / "bord-1.pdf"
    ok(kansli, "minutes", "--conference", conference, "--table", 1, "-o", pdf)
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert f"{office_text} (rättad av sekretariatet; omfattas inte av ordförandens justering)" in text
    assert "Exportera bordet igen" not in text
    assert f"Bordets export är signerad av {CHAIRS[1]}" in text
    assert "Sekretariatet har ändrat i anteckningarna efter det" in text


@pytest.mark.slow
def test_a_bundle_accepted_from_quarantine_comes_back_after_a_repair(tmp_path: Path) -> None:
    """Sync drops its own copy of a bundle it holds in quarantine; once accepted, the bundle must still
    be where `repair` looks (inbox/), or a damaged store loses that table for good."""
    import os

    from app.workspace import DB_NAME

    kansli, _share, conference = _the_day(tmp_path)
    database = kansli / DB_NAME
    data = bytearray(database.read_bytes())
    data[:100] = os.urandom(100)
    database.write_bytes(bytes(data))
    assert "restored the backup" in ok(kansli, "repair")
    # The backup may predate the trust decisions: every table's bundle is then held again, none is gone.
    held = [json.loads(line) for line in ok(kansli, "quarantine", "list", "--json").splitlines()]
    assert 3 in {t for h in held for t in h["tables"]}  # the one accepted from quarantine before
    for key_id in sorted({h["key_id"] for h in held}):
        ok(kansli, "quarantine", "accept", "--all-from", key_id)
    listed = [json.loads(line) for line in ok(kansli, "note", "list", "--conference", conference, "--json")
              .splitlines()]  # fmt: skip
    by_table = {n: sorted(x["text"] for x in listed if x["table"] == n) for n in CHAIRS}
    assert by_table == {n: sorted(texts) for n, texts in NOTES.items()}


@pytest.mark.slow
def test_next_years_pack_reaches_a_returning_chair_by_sync_and_a_strangers_does_not(tmp_path: Path) -> None:
    kansli, share, conference = _the_day(tmp_path)
    description = (tmp_path / "anje.toml").read_text(encoding="utf-8")
    (tmp_path / "nasta.toml").write_text(
        description.replace("Rundabordssamtal i Ånge", "Rundabordssamtal i Ånge 2028").replace(
            "2027-04-20", "2028-04-18"
        ),
        encoding="utf-8",
    )
    next_year = ok(kansli, "conference", "create", tmp_path / "nasta.toml").strip()
    ok(kansli, "pack", "export", "--conference", next_year)
    stranger = tmp_path / "annan-region"
    ok(stranger, "init", "--role", "secretariat")
    ok(stranger, "identity", "create", "--name", "Region Grannlän")
    theirs = ok(stranger, "conference", "create", tmp_path / "anje.toml").strip()
    ok(stranger, "sync", "configure", "--target", share)
    ok(stranger, "pack", "export", "--conference", theirs)

    laptop = tmp_path / "bord1"  # Åsa chairs again next year
    fetched = ok(laptop, "sync")
    assert "imported" in fetched
    held = {json.loads(line)["id"] for line in ok(laptop, "conference", "list", "--json").splitlines()}
    assert held == {conference, next_year}  # the neighbour region's pack was left on the share
    ok(laptop, "note", "add", "--conference", next_year, "--table", 1, "--question", 1, "Nu med cykelbana")
    ok(laptop, "export", "--conference", next_year, "--table", 1)
    ok(laptop, "sync")
    assert "trusted as chair in another conference" in ok(kansli, "sync")  # held with the remedy
