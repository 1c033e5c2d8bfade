"""A chair's second laptop gets a name of its own, and a trusted key can be renamed afterwards: the name
the secretariat gave the key is what `status`, the trust list and the table minutes' justering print."""

from __future__ import annotations

from pypdf import PdfReader

from app.bundles import import_files, quarantine, trust
from tests.app.bundles.test_trust_clashes import cli, laptop


def _second_laptop(world, secretariat, tmp_path) -> str:
    """Anna's table 3 export imported, and her second laptop's export of table 3 held; its key id."""
    (tmp_path / "anna.rbz").write_bytes(world.table_bundle)
    assert import_files(secretariat, [tmp_path / "anna.rbz"])[0].status == "imported"
    bundle = laptop(world, tmp_path, "anna2", "Anna Berg", world.table)
    assert import_files(secretariat, [bundle])[0].status == "quarantined"
    [held] = quarantine.held(secretariat.store)
    return held.key_id


def _minutes_text(secretariat, world, tmp_path) -> str:
    pdf = tmp_path / "bord-3.pdf"
    code, _, err = cli(
        secretariat, "minutes", "--conference", world.conference_id, "--table", world.table, "-o", pdf
    )
    assert code == 0, err
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)


def test_a_second_laptop_under_a_trusted_name_is_refused_until_given_a_name_of_its_own(
    world, secretariat, tmp_path
):
    key_id = _second_laptop(world, secretariat, tmp_path)
    code, out, err = cli(secretariat, "quarantine", "accept", key_id)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "already trusted as Anna Berg" in err and '--name "Anna Berg (laptop 2)"' in err
    assert quarantine.held(secretariat.store)
    assert not any(e.key_id == key_id for e in trust.entries(secretariat.store))
    code, out, err = cli(secretariat, "quarantine", "accept", key_id, "--name", "Anna Berg (dator 2)")
    assert code == 0, err
    assert f"trusted Anna Berg (dator 2) ({key_id}) as chair of table 3" in out
    assert "imported" in out
    names = {e.key_id: e.name for e in trust.entries(secretariat.store, include_revoked=False)}
    assert sorted(names.values()) == ["Anna Berg", "Anna Berg (dator 2)"]


def test_a_renamed_key_is_named_so_in_the_trust_list_and_the_justering(world, secretariat, tmp_path):
    key_id = _second_laptop(world, secretariat, tmp_path)
    assert cli(secretariat, "quarantine", "accept", key_id, "--name", "Anna Berg (dator 2)")[0] == 0
    first = next(e.key_id for e in trust.entries(secretariat.store) if e.name == "Anna Berg")
    before = _minutes_text(secretariat, world, tmp_path)
    assert "Anna Berg (dator 2)" in before and "Anna Berg (dator 1)" not in before

    code, out, err = cli(secretariat, "trust", "rename", first[:10], "  Anna  Berg (dator 1) ")
    assert code == 0, err
    assert out.strip() == f"the key {first} is trusted as Anna Berg (dator 1) from now on"
    listed = cli(secretariat, "trust", "list")[1]
    assert f"{first}  Anna Berg (dator 1)  chair of table 3" in listed
    from app.bundles.contributors import table_contributors

    who = table_contributors(secretariat.store, world.conference_id, world.table)  # the justering
    assert sorted(c.name for c in who) == ["Anna Berg (dator 1)", "Anna Berg (dator 2)"]
    from app import roster

    [reported] = [t for t in roster.roster(secretariat.store, world.conference_id).tables if t.signers]
    assert sorted(reported.signers) == ["Anna Berg (dator 1)", "Anna Berg (dator 2)"]  # Who has reported
    imports = cli(secretariat, "imports")[1]
    assert f"Anna Berg (dator 1) ({first})" in imports and f"Anna Berg ({first})" not in imports
    text = _minutes_text(secretariat, world, tmp_path)
    assert "Anna Berg (dator 1)" in text and "Anna Berg (dator 2)" in text
    assert f"Anna Berg (nyckel-id {first}" not in text  # the old name is printed nowhere for that key


def test_rename_refuses_an_unknown_key_an_empty_name_and_a_name_in_use(world, secretariat, tmp_path):
    key_id = _second_laptop(world, secretariat, tmp_path)
    assert cli(secretariat, "quarantine", "accept", key_id, "--name", "Anna Berg (dator 2)")[0] == 0
    before = [(e.key_id, e.name) for e in trust.entries(secretariat.store)]
    for args, said in [
        (("0123456789abcdef", "Bo Ek"), "no trusted key with id 0123456789abcdef"),
        ((key_id, "   "), "give the key a name"),
        ((key_id, "anna BERG"), "is already trusted as Anna Berg; choose another name"),
        (("xyz", "Bo Ek"), "give at least 8 hex digits"),
    ]:
        code, out, err = cli(secretariat, "trust", "rename", *args)
        assert code != 0 and out == "", args
        assert said in err and len(err.strip().splitlines()) == 1, err
    assert [(e.key_id, e.name) for e in trust.entries(secretariat.store)] == before
    # Its own name, differently spelt, is no clash with itself.
    assert cli(secretariat, "trust", "rename", key_id, "Anna Berg (Dator 2)")[0] == 0


def test_trust_add_under_a_trusted_name_says_how_to_tell_the_keys_apart(world, secretariat, tmp_path):
    """A key card under a trusted name is allowed (a chair's renewed key takes her old workspace over
    by name), but the secretary is told how to give it a name of its own."""
    import base64

    from app.bundles.identity import create_identity
    from app.workspace import Workspace

    laptop_2 = Workspace.create(tmp_path / "anna2")
    me = create_identity(laptop_2, "Anna Berg")
    laptop_2.close()
    key = base64.b64encode(me.public_key).decode("ascii")
    code, out, err = cli(
        secretariat, "trust", "add", "--key", key, "--name", "anna  berg", "--role", "chair",
        "--conference", world.conference_id, "--table", 4,
    )  # fmt: skip
    assert code == 0, err
    anna = next(e.key_id for e in trust.entries(secretariat.store) if e.name == "Anna Berg")
    assert f"note: another key ({anna}) is trusted as Anna Berg too" in out
    assert f'rundabord trust rename {me.key_id} "NAME"' in out
    code, out, _ = cli(secretariat, "trust", "rename", me.key_id, "Anna Berg (dator 2)")
    assert code == 0
    assert [e.name for e in trust.entries(secretariat.store) if e.key_id == me.key_id] == [
        "Anna Berg (dator 2)"
    ]
