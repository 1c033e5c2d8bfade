"""`rundabord quarantine accept KEY --role chair`: the table comes from the held bundles when they agree.

A real round through the CLI: the secretariat signs a pack, two chairs open it and export signed tables
(one chair for table 7, one for tables 5 and 6), the secretariat imports them into quarantine.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main


def _cli(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("quarantine-cli")

    def cli(workspace: Path, *args: str) -> str:
        # Module-scoped, so no capsys: the commands' output is not what this fixture checks.
        from contextlib import redirect_stdout
        from io import StringIO

        buffer = StringIO()
        with redirect_stdout(buffer):
            assert main(["--workspace", str(workspace), *args]) in (0, 1)
        return buffer.getvalue()

    sec = root / "sec"
    cid = cli(sec, "demo", "--role", "secretariat").strip()
    cli(sec, "identity", "create", "--name", "Kansliet")
    cli(sec, "pack", "export", "--conference", cid, "-o", str(root / "pack.rbz"))
    exports = {}
    for chair, name, tables in (("anna", "Anna Berg", (7,)), ("bo", "Bo Ek", (5, 6))):
        cli(root / chair, "init", "--role", "chair")
        cli(root / chair, "import", str(root / "pack.rbz"))
        cli(root / chair, "identity", "create", "--name", name)
        for table in tables:
            cli(
                root / chair,
                "note",
                "add",
                "--conference",
                cid,
                "--table",
                str(table),
                "--question",
                "1",
                "Fler bussar",
            )
            path = root / f"{chair}-{table}.rbz"
            exports[table] = cli(
                root / chair, "export", "--conference", cid, "--table", str(table), "-o", str(path)
            )
            cli(sec, "import", str(path))
    keys = {}
    for line in cli(sec, "quarantine", "list", "--json").splitlines():
        held = json.loads(line)
        keys[held["signer_name"]] = held["key_id"]
    return {"root": root, "sec": sec, "cid": cid, "keys": keys, "exports": exports}


@pytest.fixture
def sec(round_trip: dict, tmp_path: Path) -> Path:
    copy = tmp_path / "sec"
    shutil.copytree(round_trip["sec"], copy)
    return copy


def test_an_export_reports_its_record_counts_in_proper_english(round_trip) -> None:
    assert "(1 note, 1 table)" in round_trip["exports"][7]
    assert "(2 notes" not in round_trip["exports"][7]


def test_role_chair_alone_takes_the_table_the_held_bundle_asks_for(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Anna Berg"]
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key, "--role", "chair")
    assert (code, err) == (0, ""), err
    first, second = out.splitlines()[:2]
    assert first == f"trusted Anna Berg ({key}) as chair of table 7 (conference {round_trip['cid'][:8]})"
    assert ": imported (table-export by Anna Berg" in second and "1 new" in second
    code, out, _ = _cli(capsys, sec, "trust", "list", "--json")
    [entry] = [json.loads(line) for line in out.splitlines()]
    assert (entry["role"], entry["table_number"], entry["conference_id"]) == ("chair", 7, round_trip["cid"])
    code, out, _ = _cli(capsys, sec, "quarantine", "list", "--json")
    assert key not in out


def test_role_chair_with_a_conference_only_still_defaults_the_table(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Anna Berg"]
    cid = round_trip["cid"][:8]
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key, "--role", "chair", "--conference", cid)
    assert code == 0 and "as chair of table 7" in out, err


def test_a_table_other_than_the_one_asked_for_needs_both_options(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Anna Berg"]
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key, "--role", "chair", "--table", "8")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "ask for table 7" in err and "--conference ID and --table N" in err
    code, out, _ = _cli(capsys, sec, "trust", "list", "--json")
    assert out == ""  # nothing trusted by the refused command
    code, out, _ = _cli(capsys, sec, "quarantine", "list", "--json")
    assert key in out


def test_bundles_for_several_tables_still_need_the_table_named(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Bo Ek"]
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key, "--role", "chair")
    assert code == 2 and out == "" and "do not all ask for one table" in err
    code, out, err = _cli(
        capsys,
        sec,
        "quarantine",
        "accept",
        key,
        "--role",
        "chair",
        "--conference",
        round_trip["cid"],
        "--table",
        "5",
    )
    # Trusted for table 5 only: its bundle imports, the one for table 6 is refused and stays held.
    assert code == 1 and "as chair of table 5" in out.splitlines()[0]
    assert out.count(": imported") == 1
    code, out, _ = _cli(capsys, sec, "quarantine", "list", "--json")
    held = [json.loads(line) for line in out.splitlines()]
    assert [h["tables"] for h in held if h["key_id"] == key] == [[6]]


def test_a_revoked_key_is_still_refused_without_a_role(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Anna Berg"]
    keycard = sec.parent / "anna.keycard"
    assert (
        main(["--workspace", str(round_trip["root"] / "anna"), "identity", "export", "-o", str(keycard)]) == 0
    )
    # Trusted for a table its held bundle does not sign, so `trust add` leaves that bundle held.
    trusted = [
        "trust",
        "add",
        str(keycard),
        "--role",
        "chair",
        "--conference",
        round_trip["cid"],
        "--table",
        "5",
    ]
    assert main(["--workspace", str(sec), *trusted]) == 0
    assert main(["--workspace", str(sec), "trust", "remove", key]) == 0
    capsys.readouterr()
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key)
    assert code == 2 and "was revoked here" in err and out == ""
    code, out, err = _cli(capsys, sec, "quarantine", "accept", key, "--role", "chair")
    assert code == 0 and "as chair of table 7" in out, err


def test_a_table_this_workspace_lacks_is_refused_before_anything_is_trusted(round_trip, sec, capsys) -> None:
    key = round_trip["keys"]["Anna Berg"]
    assert main(["--workspace", str(sec), "table", "delete", "--conference", round_trip["cid"], "7"]) == 0
    capsys.readouterr()
    for extra in ([], ["--role", "chair"]):
        code, out, err = _cli(capsys, sec, "quarantine", "accept", key, *extra)
        assert code == 2 and out == "" and "this workspace has no table 7 in conference" in err
        assert "import that conference's pack first" in err
    code, out, _ = _cli(capsys, sec, "trust", "list", "--json")
    assert out == ""


def test_verify_and_imports_name_one_table_in_the_singular(round_trip, sec, capsys) -> None:
    bundle = str(round_trip["root"] / "anna-7.rbz")
    code, out, _ = _cli(capsys, sec, "verify", bundle)
    assert code == 0 and ", table 7\n" in out and "counts:      1 note, 1 table\n" in out
    _cli(capsys, sec, "quarantine", "accept", round_trip["keys"]["Anna Berg"])
    code, out, _ = _cli(capsys, sec, "imports")
    assert code == 0 and "  table 7  1 new, 0 updated, 0 conflicts" in out


def test_trust_add_imports_the_bundles_held_before_the_key_card_came(round_trip, sec, capsys) -> None:
    """A key card added after the chair's export was held: `trust add` imports the held bundle at
    once, every check again, and says so; nothing is left for the secretary to know a command for."""
    root, cid, key = round_trip["root"], round_trip["cid"], round_trip["keys"]["Anna Berg"]
    card = root / "anna.keycard"
    if not card.exists():
        assert main(["--workspace", str(root / "anna"), "identity", "export", "-o", str(card)]) == 0
    capsys.readouterr()
    code, out, err = _cli(capsys, sec, "trust", "add", str(card), "--role", "chair", "--conference", cid,
                          "--table", "7")  # fmt: skip
    assert code == 0, err
    assert "imported 1 held bundle from Anna Berg, now trusted" in out and "quarantine" not in out
    listed = _cli(capsys, sec, "quarantine", "list")[1]
    assert key not in listed and round_trip["keys"]["Bo Ek"] in listed
    code, out, _ = _cli(capsys, sec, "imports")
    assert code == 0 and "  table 7  1 new, 0 updated, 0 conflicts" in out


def test_a_key_trusted_for_another_table_leaves_its_held_bundle_held(round_trip, sec, capsys) -> None:
    """Exactly as strict as before: a grant that does not reach what the held bundle signs imports
    nothing, and the bundle stays held for a decision."""
    root, cid, key = round_trip["root"], round_trip["cid"], round_trip["keys"]["Anna Berg"]
    card = root / "anna.keycard"
    if not card.exists():
        assert main(["--workspace", str(root / "anna"), "identity", "export", "-o", str(card)]) == 0
    capsys.readouterr()
    code, out, err = _cli(capsys, sec, "trust", "add", str(card), "--role", "chair", "--conference", cid,
                          "--table", "5")  # fmt: skip
    assert code == 0, err
    assert "imported" not in out and "1 bundle from this key waits in quarantine" in out
    listed = _cli(capsys, sec, "quarantine", "list", "--json")[1]
    assert key in listed
    assert _cli(capsys, sec, "imports")[1].count("table 7") == 0
