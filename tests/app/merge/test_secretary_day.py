"""The secretary's day, end to end through the CLI, as people would type it.

Forty chairs open the demo conference from the secretariat's pack, take notes and sign their exports.
Table 7 has two laptops. The secretariat trusts every chair's key card and imports everything: one
bundle arrives twice, one older bundle after its newer one. The secretariat corrects notes; table 7
exports again; the conflicts are reviewed and resolved; the roll call shows who has reported. A second
secretariat store that imports the same bundles in reverse order ends identical.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app import conflicts, notes
from app.cli import main
from app.workspace import Workspace

# One worker runs the module, so its day (a few hundred CLI commands, several seconds) is spent once.
pytestmark = pytest.mark.xdist_group("secretary-day")

TABLES = range(1, 41)
SHORT_TABLE = 39  # its chair never got to question 3


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def cli(workspace: Path, *args: object) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(workspace), *map(str, args)])
    return Run(code, out.getvalue(), err.getvalue())


def ok(workspace: Path, *args: object) -> Run:
    run = cli(workspace, *args)
    assert run.code == 0, (args, run.out, run.err)
    return run


def bundle_notes(path: Path) -> list[dict[str, Any]]:
    """The notes a bundle carries, in wire form, whichever records encoding its manifest names."""
    from app.bundles.codec import decode_records

    with zipfile.ZipFile(path) as archive:
        encoding = json.loads(archive.read("manifest.json")).get("records_encoding", "jsonl")
        records = decode_records(archive.read("records.jsonl"), encoding).records
    return [r for r in records if r["type"] == "note"]


@dataclass
class Day:
    root: Path
    kansli: Path
    conference: str
    bundles: dict[str, Path] = field(default_factory=dict)
    receipts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    snapshots: dict[str, Any] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)


def add_note(ws: Path, conference: str, table: int, question: int, text: str) -> str:
    return ok(
        ws, "note", "add", "--conference", conference, "--table", table, "--question", question, text
    ).out.strip()


def chair_workspace(day: Day, name: str, table: int, card_name: str) -> Path:
    ws = day.root / name
    ok(ws, "init", "--role", "chair")
    [receipt] = ok(ws, "import", day.bundles["pack"], "--json").json_lines()
    assert receipt["status"] == "imported"
    ok(ws, "identity", "create", "--name", card_name)
    ok(ws, "identity", "export", "-o", day.root / f"{name}.card")
    return ws


@pytest.fixture(scope="module")
def day(kit) -> Iterator[Day]:
    # Forty-odd workspaces commit hundreds of times: in RAM where there is, so fsync costs nothing.
    root = Path(
        tempfile.mkdtemp(prefix="secretary-day-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None)
    )
    try:
        yield _spend_the_day(root, kit)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _spend_the_day(root: Path, kit) -> Day:
    kansli = root / "kansli"
    conference = ok(kansli, "demo", "--role", "secretariat").out.strip()
    ok(kansli, "identity", "create", "--name", "Regionens kansli")
    d = Day(root, kansli, conference)
    d.bundles["pack"] = root / "pack.rbz"
    ok(kansli, "pack", "export", "--conference", conference, "-o", d.bundles["pack"])

    # -- at the tables --------------------------------------------------------------------------
    chairs: dict[int, Path] = {}
    for number in TABLES:
        ws = chairs[number] = chair_workspace(d, f"bord{number}", number, f"Ordförande bord {number}")
        for question in (1, 2) if number == SHORT_TABLE else (1, 2, 3):
            add_note(
                ws, conference, number, question, f"Bord {number}, fråga {question}: förslag om pendeltåg"
            )
    seven, spare = chairs[7], chair_workspace(d, "bord7-reserv", 7, "Karin Sjöström (reservdator)")
    d.ids["shared"] = add_note(seven, conference, 7, 1, "Bättre cykelvägar till skolan")
    d.ids["corrected"] = add_note(seven, conference, 7, 2, "Ungdomsråd i varje kommun")
    d.ids["themed"] = add_note(seven, conference, 7, 3, "Sommarjobb via kommunen")
    d.bundles["7-early"] = root / "t7-early.rbz"
    ok(seven, "export", "--conference", conference, "--table", 7, "-o", d.bundles["7-early"])
    # The spare laptop takes over the early export and edits the same note as the main laptop.
    ok(
        spare,
        "trust",
        "add",
        root / "bord7.card",
        "--role",
        "chair",
        "--conference",
        conference,
        "--table",
        7,
    )
    ok(spare, "import", d.bundles["7-early"])
    ok(spare, "note", "edit", d.ids["shared"], "Bättre och säkrare cykelvägar till skolan")
    d.ids["spare-own"] = add_note(spare, conference, 7, 2, "Mötesplatser för äldre (reservdatorn)")
    ok(seven, "note", "edit", d.ids["shared"], "Bättre cykelvägar till skolan, belysta")

    twelve = chairs[12]
    d.ids["twelve"] = add_note(twelve, conference, 12, 1, "Fler lärlingsplatser")
    d.bundles["12-old"] = root / "t12-old.rbz"
    ok(twelve, "export", "--conference", conference, "--table", 12, "-o", d.bundles["12-old"])
    ok(twelve, "note", "edit", d.ids["twelve"], "Fler lärlingsplatser i industrin")

    for number, ws in chairs.items():
        d.bundles[str(number)] = root / f"t{number}.rbz"
        ok(ws, "export", "--conference", conference, "--table", number, "-o", d.bundles[str(number)])
    d.bundles["7-spare"] = root / "t7-spare.rbz"
    ok(spare, "export", "--conference", conference, "--table", 7, "-o", d.bundles["7-spare"])

    # -- at the secretariat ------------------------------------------------------------------------
    for number in TABLES:
        ok(
            kansli,
            "trust",
            "add",
            root / f"bord{number}.card",
            "--role",
            "chair",
            "--conference",
            conference,
            "--table",
            number,
        )
    ok(
        kansli,
        "trust",
        "add",
        root / "bord7-reserv.card",
        "--role",
        "chair",
        "--conference",
        conference,
        "--table",
        7,
    )
    shutil.copytree(kansli, root / "kansli-copy")  # a second store with the same trust list

    first = [d.bundles[str(n)] for n in TABLES] + [d.bundles["7-spare"]]
    d.receipts["first"] = ok(kansli, "import", *first, "--json").json_lines()
    d.snapshots["first"] = kit.canonical_dump(Workspace(kansli).store)
    d.receipts["twice"] = ok(kansli, "import", d.bundles["5"], "--json").json_lines()
    d.snapshots["twice"] = kit.canonical_dump(Workspace(kansli).store)
    d.receipts["old"] = ok(kansli, "import", d.bundles["12-old"], "--json").json_lines()
    d.snapshots["after-old"] = kit.canonical_dump(Workspace(kansli).store)
    d.snapshots["conflicts-before"] = ok(kansli, "conflict", "list", "--json").json_lines()

    reverse = [d.bundles["12-old"], *reversed(first)]
    d.receipts["copy"] = ok(root / "kansli-copy", "import", *reverse, "--json").json_lines()
    d.snapshots["copy"] = kit.canonical_dump(Workspace(root / "kansli-copy").store)

    # The secretariat's corrections, then table 7 goes on editing and exports again.
    ok(kansli, "note", "edit", d.ids["corrected"], "Ungdomsråd i varje kommun (rättat av kansliet)")
    office = Workspace(kansli)
    [unga] = [t.id for t in _themes(office, conference) if t.name == "Unga"]
    notes.edit_note(office.store, d.ids["themed"], themes=[unga])
    office.close()
    ok(seven, "note", "edit", d.ids["corrected"], "Ungdomsråd i varje kommun, med egen budget")
    ok(seven, "note", "edit", d.ids["themed"], "Sommarjobb via kommunen och föreningar")
    d.bundles["7-again"] = root / "t7-again.rbz"
    ok(seven, "export", "--conference", conference, "--table", 7, "-o", d.bundles["7-again"])
    d.receipts["again"] = ok(kansli, "import", d.bundles["7-again"], "--json").json_lines()
    d.snapshots["conflicts-after"] = ok(kansli, "conflict", "list", "--json").json_lines()
    return d


def own_copy(day: Day, folder: Path) -> Day:
    """The day with its two secretariat stores copied into folder: a test that changes them works on this,
    so the module-wide day stays as the fixture built it whichever tests ran before, in whatever order.
    The chairs' workspaces and bundles are only read, so they stay shared."""
    for name in ("kansli", "kansli-copy"):
        shutil.copytree(day.root / name, folder / name)
    return Day(
        root=folder,
        kansli=folder / "kansli",
        conference=day.conference,
        bundles=day.bundles,
        receipts=day.receipts,
        snapshots=day.snapshots,
        ids=day.ids,
    )


def resolve_the_conflicts(day: Day) -> tuple[dict[str, Any], str]:
    """The secretariat keeps the spare laptop's text and writes a merged one for the corrected note."""
    by_record = {c["record"]: c for c in ok(day.kansli, "conflict", "list", "--json").json_lines()}
    shared, corrected = by_record[day.ids["shared"]], by_record[day.ids["corrected"]]
    ok(day.kansli, "conflict", "resolve", shared["id"][:8], "--keep", "theirs")
    merged_text = "Ungdomsråd i varje kommun, med egen budget (justerat)"
    ok(day.kansli, "conflict", "resolve", corrected["id"], "--text", merged_text)
    return shared, merged_text


def _themes(workspace: Workspace, conference: str):
    from app import conferences

    return conferences.themes(workspace.store, conferences.conference(workspace.store, conference).process_id)


def text_of(day: Day, note_id: str, workspace: Path | None = None) -> str:
    workspace = Workspace(workspace or day.kansli)
    try:
        return workspace.store.get("note", note_id)["text"]
    finally:
        workspace.close()


def test_every_table_bundle_is_imported_with_its_notes(day):
    receipts = day.receipts["first"]
    assert [r["status"] for r in receipts] == ["imported"] * 41
    assert sum(r["counts"]["new"] for r in receipts) >= 40 * 2
    spare = receipts[-1]
    assert spare["counts"]["conflicts"] >= 0 and spare["tables"] == [7]


def test_a_bundle_sent_twice_changes_nothing_and_says_so(day):
    [receipt] = day.receipts["twice"]
    assert receipt["status"] == "already-imported"
    assert day.snapshots["twice"] == day.snapshots["first"]


def test_an_older_bundle_after_the_newer_one_is_superseded(day):
    [receipt] = day.receipts["old"]
    assert receipt["status"] == "imported"
    assert receipt["counts"]["superseded"] >= 1 and receipt["counts"]["updated"] == 0
    assert any("superseded" in flag for flag in receipt["flags"])
    assert day.snapshots["after-old"] == day.snapshots["first"]
    assert text_of(day, day.ids["twelve"]) == "Fler lärlingsplatser i industrin"


def test_two_laptops_on_table_7_give_one_conflict_and_keep_both_notes(day):
    [conflict] = day.snapshots["conflicts-before"]
    assert conflict["table"] == 7 and conflict["field"] == "text" and conflict["record"] == day.ids["shared"]
    assert {conflict["ours"], conflict["theirs"]} == {
        "Bättre cykelvägar till skolan, belysta",
        "Bättre och säkrare cykelvägar till skolan",
    }
    assert text_of(day, day.ids["spare-own"]) == "Mötesplatser för äldre (reservdatorn)"


def test_another_store_importing_in_reverse_order_ends_identical(day):
    assert all(r["status"] == "imported" for r in day.receipts["copy"])
    assert day.snapshots["copy"] == day.snapshots["after-old"]


def test_corrections_and_a_later_export_from_table_7_merge_field_by_field(day):
    [receipt] = day.receipts["again"]
    assert receipt["status"] == "imported" and receipt["counts"]["conflicts"] == 1
    workspace = Workspace(day.kansli)
    themed = workspace.store.get("note", day.ids["themed"])
    workspace.close()
    assert themed["text"] == "Sommarjobb via kommunen och föreningar"  # the chair's later text
    assert len(themed["themes"]) == 1  # and the secretariat's theme correction: both survive
    by_record = {c["record"]: c for c in day.snapshots["conflicts-after"]}
    assert set(by_record) == {day.ids["shared"], day.ids["corrected"]}
    corrected = by_record[day.ids["corrected"]]
    assert {corrected["ours"], corrected["theirs"]} == {
        "Ungdomsråd i varje kommun (rättat av kansliet)",
        "Ungdomsråd i varje kommun, med egen budget",
    }


def test_the_conflicts_are_resolved_through_the_cli(day, tmp_path):
    day = own_copy(day, tmp_path)
    shared, merged_text = resolve_the_conflicts(day)
    assert text_of(day, day.ids["shared"]) == shared["theirs"]
    assert text_of(day, day.ids["corrected"]) == merged_text
    assert ok(day.kansli, "conflict", "list").out.strip() == "no open conflicts"
    again = cli(day.kansli, "conflict", "resolve", shared["id"], "--keep", "ours")
    assert again.code == 2 and "no open conflict" in again.err and again.out == ""


def test_resolutions_travel_in_the_follow_up_bundle_to_a_second_store(day, tmp_path):
    """The second store saw the same laptops' bundles, so it holds the same conflict between them; the
    reviewed record signed by the kansli closes it there too, with the kansli's choice."""
    day = own_copy(day, tmp_path)
    resolve_the_conflicts(day)
    copy = day.root / "kansli-copy"
    held = {c["id"] for c in ok(copy, "conflict", "list", "--json").json_lines()}
    assert held, "the copy should hold the laptops' open conflict"
    followup = day.root / "uppfoljning.rbz"
    ok(
        day.kansli,
        "proposal",
        "export",
        "--conference",
        day.conference,
        "--for",
        "secretariat",
        "-o",
        followup,
    )
    [receipt] = ok(copy, "import", followup, "--json").json_lines()
    assert receipt["status"] == "imported", receipt
    still_open = {c["id"] for c in ok(copy, "conflict", "list", "--json").json_lines()}
    assert not held & still_open, "a conflict the kansli resolved is still open in the copy"
    for key in ("shared", "corrected"):
        assert text_of(day, day.ids[key]) == text_of(day, day.ids[key], workspace=copy)
    resolutions = []
    for folder in (day.kansli, copy):
        workspace = Workspace(folder)
        resolutions.append({r["id"] for r in workspace.store.select("conflict_resolution")})
        workspace.close()
    assert resolutions[0] and resolutions[0] == resolutions[1], "the resolutions themselves travel"


def test_no_text_typed_at_any_table_is_lost(day, tmp_path):
    day = own_copy(day, tmp_path)
    resolve_the_conflicts(day)  # at the end of the day: the texts a resolution replaced are kept too
    workspace = Workspace(day.kansli)
    store = workspace.store
    present = {r["text"] for r in store.select("note", include_deleted=True)}
    present |= {json.loads(v) for (v,) in store.conn.execute("SELECT value FROM conflicts")}
    for resolution in store.select("conflict_resolution"):
        present |= {r["value"] for r in conflicts.reviewed_of(resolution)}
    workspace.close()
    # Texts replaced by someone who had them on screen: table 12's and table 7's chairs edited their own
    # notes; both laptops of table 7 edited the early export's text; the secretariat corrected a note.
    replaced_knowingly = {
        "Fler lärlingsplatser",
        "Bättre cykelvägar till skolan",
        "Ungdomsråd i varje kommun",
        "Sommarjobb via kommunen",
    }
    for name, path in day.bundles.items():
        if name == "pack":
            continue
        for record in bundle_notes(path):
            text = record["fields"]["text"]
            assert text in present or text in replaced_knowingly, (path.name, text)


def test_status_shows_which_tables_and_questions_have_reported(day):
    lines = ok(day.kansli, "status", "--conference", day.conference, "--json").json_lines()
    assert [line["table"] for line in lines] == list(TABLES)
    assert all(line["reported"] for line in lines)
    short = lines[SHORT_TABLE - 1]
    assert short["missing_questions"] == [3] and set(short["questions"]) == {"1", "2"}
    assert lines[6]["notes"] == 3 + 3 + 1  # table 7: both laptops' notes
    assert lines[0]["last_import"]
    text = ok(day.kansli, "status", "--conference", day.conference).out
    assert text.splitlines()[0] == "Rundabordssamtal våren 2026: 40 of 40 tables have reported"
    short = f"table {SHORT_TABLE} (Bord {SHORT_TABLE})"
    assert f"{short}: 2 notes, 0 proposals; by question: q1: 1, q2: 1; nothing on q3" in text


def test_status_of_an_unknown_conference_is_a_clear_error(day):
    run = cli(day.kansli, "status", "--conference", "ffffffff-none")
    assert run.code == 2 and run.err.startswith("rundabord: error: no conference") and run.out == ""
