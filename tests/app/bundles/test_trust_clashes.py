"""Trust that protects a non-technical official: clashes flagged, a returning chair's remedy, bulk accept."""

from __future__ import annotations

import base64
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from app import conferences, notes
from app.bundles import clashes, export_pack, export_table, import_files, inbox, quarantine, trust
from app.bundles.identity import create_identity
from app.cli import main
from app.workspace import Workspace


def cli(workspace: Workspace, *args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--workspace", str(workspace.dir), *map(str, args)])
    return code, out.getvalue(), err.getvalue()


def laptop(world, tmp_path: Path, folder: str, name: str, table: int, pack: bytes | None = None) -> Path:
    """A chair's laptop that opened the pack, wrote one note at `table` and exported it; the bundle."""
    workspace = Workspace.create(tmp_path / folder)
    (tmp_path / f"{folder}-pack.rbz").write_bytes(pack or world.pack_bundle)
    assert import_files(workspace, [tmp_path / f"{folder}-pack.rbz"])[0].status == "imported"
    create_identity(workspace, name)
    conference_id = conferences.conferences(workspace.store)[-1].id if pack else world.conference_id
    notes.add_note(workspace.store, conference_id, table, 1, f"{name} skrev vid bord {table}")
    path = export_table(workspace, conference_id, table, tmp_path / f"{folder}.rbz").path
    workspace.close()
    return path


def test_a_key_asking_for_a_table_another_key_signs_for_is_flagged(world, secretariat, tmp_path):
    bundle = laptop(world, tmp_path, "impostor", "anna  BERG", world.table)
    assert import_files(secretariat, [bundle])[0].status == "quarantined"
    [found] = clashes.clashes(secretariat.store, quarantine.held(secretariat.store))
    assert (found.code, found.other_name, found.table_number) == (clashes.SAME_TABLE, "Anna Berg", 3)
    assert (
        found.describe().startswith("another key (") and "signs for table 3 as Anna Berg" in found.describe()
    )
    code, out, _ = cli(secretariat, "quarantine", "list")
    assert code == 0 and "WARNING: another key" in out and "signs for table 3 as Anna Berg" in out


def test_a_trusted_name_on_a_new_key_is_flagged(world, secretariat, tmp_path):
    bundle = laptop(world, tmp_path, "namne", "Anna Berg", 4)
    assert import_files(secretariat, [bundle])[0].status == "quarantined"
    [found] = clashes.clashes(secretariat.store, quarantine.held(secretariat.store))
    assert (found.code, found.other_name) == (clashes.SAME_NAME, "Anna Berg")
    honest = laptop(world, tmp_path, "bo", "Bo Ek", 5)
    import_files(secretariat, [honest])
    held_bo = [h for h in quarantine.held(secretariat.store) if h.signer_name == "Bo Ek"]
    assert clashes.clashes(secretariat.store, held_bo) == []


def test_a_name_spelt_like_a_trusted_one_is_flagged(world, secretariat, tmp_path):
    """An impostor need not copy the name byte for byte: without its marks, in other letters that look
    the same, surname first or in capitals, it is still the trusted chair's name."""
    alikes = ["Anna Bérg", "BERG, Anna", "\u0410nna Berg", "anna berg."]  # the third: a Cyrillic А
    for n, name in enumerate(alikes):
        bundle = laptop(world, tmp_path, f"alike{n}", name, 10 + n)
        assert import_files(secretariat, [bundle])[0].status == "quarantined"
    for name in alikes:
        held = [h for h in quarantine.held(secretariat.store) if h.signer_name == name]
        found = clashes.clashes(secretariat.store, held)
        assert [(c.code, c.other_name) for c in found] == [(clashes.SAME_NAME, "Anna Berg")], name
    other = laptop(world, tmp_path, "annika", "Annika Bergh", 20)
    import_files(secretariat, [other])
    held = [h for h in quarantine.held(secretariat.store) if h.signer_name == "Annika Bergh"]
    assert clashes.clashes(secretariat.store, held) == []
    code, out, _ = cli(secretariat, "quarantine", "list")
    assert code == 0
    assert out.count("is already trusted as Anna Berg") == len(alikes)


def test_a_returning_chair_at_a_new_conference_is_held_with_the_remedy(world, secretariat, chair, tmp_path):
    description = conferences.read_conference_file(Path("resources/demo/konferens.toml"))
    description.conference["title"] = "Rundabordssamtal 2027"
    next_year = conferences.create_conference(secretariat.store, description)
    pack = export_pack(secretariat, next_year, tmp_path / "pack-2027.rbz").path
    assert import_files(chair, [pack])[0].status == "imported"
    notes.add_note(chair.store, next_year, 1, 1, "Anna är tillbaka, nu vid bord 1")
    bundle = export_table(chair, next_year, 1, tmp_path / "anna-2027.rbz").path

    [receipt] = import_files(secretariat, [bundle])
    assert receipt.status == "quarantined" and "trusted as chair in another conference" in receipt.reason
    held = quarantine.held(secretariat.store)
    remedy = clashes.returning_chair(secretariat.store, held)
    assert remedy == trust.Grant(trust.CHAIR, next_year, 1)
    code, out, _ = cli(secretariat, "quarantine", "list")
    assert "to trust it as chair of table 1 of Rundabordssamtal 2027 (2026-03-12)" in out

    code, out, _ = cli(secretariat, "quarantine", "accept", held[0].key_id[:8])
    assert code == 0 and "trusted Anna Berg" in out and "as chair of table 1" in out and "imported" in out
    status = trust.status(secretariat.store, base64.b64decode(held[0].public_key))
    assert status.grants[0].table_number == 3 and trust.Grant(trust.CHAIR, next_year, 1) in status.grants


def test_the_same_conferences_other_table_is_still_refused(world, secretariat, chair, tmp_path):
    notes.add_note(chair.store, world.conference_id, 5, 1, "Anna skriver vid fel bord")
    bundle = export_table(chair, world.conference_id, 5, tmp_path / "fel-bord.rbz").path
    [receipt] = import_files(secretariat, [bundle])
    assert receipt.status == "refused" and receipt.check == "role"


def test_several_keys_are_accepted_in_one_go_each_as_what_it_asks_for(world, secretariat, tmp_path):
    paths = [laptop(world, tmp_path, f"bord{n}", name, n) for n, name in ((4, "Bo Ek"), (5, "Cecilia Ås"))]
    import_files(secretariat, paths)
    keys = [h.key_id for h in quarantine.held(secretariat.store)]
    code, _, err = cli(secretariat, "quarantine", "accept", *keys, "--role", "chair")
    assert code == 2 and "one key" in err and len(quarantine.held(secretariat.store)) == 2, "nothing trusted"
    code, _, err = cli(secretariat, "quarantine", "accept", keys[0], "ffffffffff")
    assert code == 2 and "nothing in quarantine matches ffffffffff" in err
    assert not trust.entries(secretariat.store, include_revoked=False)[1:], "a bad selector trusts nobody"
    code, out, _ = cli(secretariat, "quarantine", "accept", *keys)
    assert code == 0 and "trusted Bo Ek" in out and "trusted Cecilia Ås" in out
    assert quarantine.held(secretariat.store) == []
    code, _, err = cli(secretariat, "quarantine", "accept")
    assert code == 2 and "--all-from" in err


def test_two_unknown_keys_asking_for_one_table_flag_each_other(world, secretariat, tmp_path):
    """Before either is trusted: accepting the impostor first must not make the real chair the one
    flagged, so both are flagged now, in the list, its JSON and what the window reads."""
    real = laptop(world, tmp_path, "karin", "Karin Sjöström", 7)
    fake = laptop(world, tmp_path, "karin-fake", "Karin Sjostrom", 7)
    other = laptop(world, tmp_path, "bo", "Bo Ek", 8)
    import_files(secretariat, [real, fake, other])
    keys = {h.signer_name: h.key_id for h in quarantine.held(secretariat.store)}
    for mine, theirs in (("Karin Sjöström", "Karin Sjostrom"), ("Karin Sjostrom", "Karin Sjöström")):
        held = [h for h in quarantine.held(secretariat.store) if h.signer_name == mine]
        found = clashes.clashes(secretariat.store, held)
        assert [(c.code, c.other_key_id, c.other_name, c.table_number) for c in found] == [
            (clashes.HELD_SAME_TABLE, keys[theirs], theirs, 7)
        ]
    bo = [h for h in quarantine.held(secretariat.store) if h.signer_name == "Bo Ek"]
    assert clashes.clashes(secretariat.store, bo) == []

    code, out, _ = cli(secretariat, "quarantine", "list")
    assert code == 0
    assert out.count("WARNING: another unknown key (") == 2
    assert f"another unknown key ({keys['Karin Sjostrom']}, Karin Sjostrom) also asks for table 7" in out
    assert "confirm fingerprints with the chair before trusting either" in out
    code, out, _ = cli(secretariat, "quarantine", "list", "--json")
    listed = {json.loads(line)["signer_name"]: json.loads(line)["clashes"] for line in out.splitlines()}
    assert [c["code"] for c in listed["Karin Sjöström"]] == [clashes.HELD_SAME_TABLE]
    assert listed["Bo Ek"] == []

    # The window's list of waiting keys reads the same clashes through app/.
    entries = inbox.with_clashes(
        secretariat.store,
        [
            inbox.InboxEntry(
                path=h.file,
                state=inbox.HELD,
                kind=h.kind,
                signer_name=h.signer_name,
                key_id=h.key_id,
                conference_id=h.conference_id,
                tables=h.tables,
            )
            for h in quarantine.held(secretariat.store)
        ],
    )
    assert {e.signer_name: [c.code for c in e.clashes] for e in entries} == {
        "Karin Sjöström": [clashes.HELD_SAME_TABLE],
        "Karin Sjostrom": [clashes.HELD_SAME_TABLE],
        "Bo Ek": [],
    }


def test_two_unknown_keys_under_one_name_flag_each_other(world, secretariat, tmp_path):
    import_files(secretariat, [laptop(world, tmp_path, "k1", "Karin Sjöström", 7)])
    import_files(secretariat, [laptop(world, tmp_path, "k2", "SJÖSTRÖM, Karin", 8)])
    held = [h for h in quarantine.held(secretariat.store) if h.tables == (8,)]
    [found] = clashes.clashes(secretariat.store, held)
    assert (found.code, found.other_name) == (clashes.HELD_SAME_NAME, "Karin Sjöström")
    assert "also goes by Karin Sjöström" in found.describe()


def test_a_trusted_chairs_name_on_another_chairs_table_is_called_an_impostor(world, secretariat, tmp_path):
    """Anna Berg's name asking for Bo Ek's table: no "(laptop 2)" hint, a warning and the fingerprint."""
    bo = laptop(world, tmp_path, "bo", "Bo Ek", 5)
    import_files(secretariat, [bo])
    assert cli(secretariat, "quarantine", "accept", quarantine.held(secretariat.store)[0].key_id)[0] == 0
    impostor = laptop(world, tmp_path, "fake-anna", "Anna Berg", 5)
    import_files(secretariat, [impostor])
    [held] = quarantine.held(secretariat.store)
    code, out, err = cli(secretariat, "quarantine", "accept", held.key_id)
    assert code != 0 and out == ""
    assert "laptop 2" not in err and "--name" not in err
    assert "Bo Ek" in err and "already signs for table 5" in err and "looks like an impostor" in err
    assert held.fingerprint in err and f"rundabord quarantine reject {held.key_id}" in err
    assert quarantine.held(secretariat.store) and not any(
        e.key_id == held.key_id for e in trust.entries(secretariat.store)
    )
    # Her own table is what her second laptop asks for: the friendly hint stays for that.
    second = laptop(world, tmp_path, "anna-2", "Anna Berg", world.table)
    import_files(secretariat, [second])
    [mine] = [h for h in quarantine.held(secretariat.store) if h.tables == (world.table,)]
    code, _, err = cli(secretariat, "quarantine", "accept", mine.key_id)
    assert code != 0 and '--name "Anna Berg (laptop 2)"' in err and "impostor" not in err


def test_a_chairs_laptop_2_key_is_still_her_for_the_impostor_checks(world, secretariat, tmp_path):
    """Anna Berg's second laptop signs her table as "Anna Berg (laptop 2)". Her third laptop is hers
    too, not an impostor beside another chair; and a new key claiming her name is flagged against the
    laptop 2 key, also once her first key is revoked."""
    second = laptop(world, tmp_path, "anna-2", "Anna Berg", world.table)
    import_files(secretariat, [second])
    [held] = quarantine.held(secretariat.store)
    assert cli(secretariat, "quarantine", "accept", held.key_id, "--name", "Anna Berg (laptop 2)")[0] == 0
    third = laptop(world, tmp_path, "anna-3", "Anna Berg", world.table)
    import_files(secretariat, [third])
    [mine] = quarantine.held(secretariat.store)
    code, _, err = cli(secretariat, "quarantine", "accept", mine.key_id)
    assert code != 0 and "impostor" not in err and '--name "Anna Berg (laptop 3)"' in err, err
    assert cli(secretariat, "quarantine", "accept", mine.key_id, "--name", "Anna Berg (laptop 3)")[0] == 0
    assert quarantine.held(secretariat.store) == []

    [first] = [e for e in trust.entries(secretariat.store) if e.name == "Anna Berg"]
    trust.remove(secretariat.store, first.key_id)  # her first laptop was lost
    claimant = laptop(world, tmp_path, "claims-anna", "Anna Berg", 8)
    import_files(secretariat, [claimant])
    found = clashes.clashes(secretariat.store, quarantine.held(secretariat.store))
    assert {(c.code, c.other_name) for c in found} == {
        (clashes.SAME_NAME, "Anna Berg (laptop 2)"),
        (clashes.SAME_NAME, "Anna Berg (laptop 3)"),
    }
    # Only the label in brackets is set aside: another name with hers inside is not hers
    bergman = laptop(world, tmp_path, "bergman", "Anna Bergman (laptop 2)", 9)
    import_files(secretariat, [bergman])
    held_bergman = [h for h in quarantine.held(secretariat.store) if h.tables == (9,)]
    assert clashes.clashes(secretariat.store, held_bergman) == []
