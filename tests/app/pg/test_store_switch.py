"""An existing secretariat workspace switches to the team's PostgreSQL store, and back (`store use`).

Britt has run the secretariat alone on her laptop; Anna's team store is on the region's server. Britt
joins it: her password goes to the keyring only, her own settings and key stay hers, her origin names
her to the others. A wrong password or address changes nothing. Going back gives her a verified copy of
the team's store on her laptop, and switching again works.
"""

from __future__ import annotations

import urllib.parse

import pytest

from app import conferences, demo, notes
from app.bundles.contributors import writer_of
from app.bundles.identity import create_identity, own_public_key
from app.cli import main
from app.errors import UserError
from app.pg import settings
from app.store_copy import MOVED_NAME
from app.store_switch import join_database, move_to_database
from app.workspace import DB_NAME, Workspace

from .test_cli_store import _database_for_secretaries

PASSWORD = "Kanslíet: 3 öar & 1 %"


@pytest.fixture
def team(pg_cluster, tmp_path):
    """Anna's team store on a server that asks for a password; (url with password, url without)."""
    database = _database_for_secretaries(pg_cluster, PASSWORD)
    bare = f"postgresql://secretary@127.0.0.1:{pg_cluster.port}/{database}?connect_timeout=5"
    quoted = urllib.parse.quote(PASSWORD, safe="")
    url = bare.replace("secretary@", f"secretary:{quoted}@")
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=url)
    create_identity(anna, "Anna Lind")
    conference_id = demo.ensure_demo(anna.store)
    notes.add_note(anna.store, conference_id, 5, 1, "Anna: fler bussturer till Åsele på helger")
    anna.close()
    return url, bare, conference_id


@pytest.fixture
def britt(tmp_path):
    britt = Workspace.create(tmp_path / "britt", "secretariat")
    britt.language = "en"
    create_identity(britt, "Britt Ek")
    origin = britt.store.origin
    britt.close()
    return tmp_path / "britt", origin


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_britt_joins_the_team_store_and_goes_back(team, britt, memory_keyring, capsys) -> None:
    url, _bare, conference_id = team
    folder, origin = britt
    assert main(["--workspace", str(folder), "store", "use", url]) == 0
    assert "secretariat's store on PostgreSQL" in capsys.readouterr().out
    written = b"".join(_files(folder).values())
    assert PASSWORD.encode() not in written and urllib.parse.quote(PASSWORD, safe="").encode() not in written
    assert PASSWORD in memory_keyring.passwords.values()
    assert (folder / MOVED_NAME).is_file() and not (folder / DB_NAME).exists()

    joined = Workspace(folder)
    assert joined.store.dialect == "postgresql" and joined.store.origin == origin
    assert (joined.role, joined.language) == ("secretariat", "en")
    assert own_public_key(joined.store)[0] == "Britt Ek"
    [note] = notes.list_notes(joined.store, conference_id)
    assert note.text.startswith("Anna: fler bussturer")
    notes.edit_note(joined.store, note.id, text="Britt: fler bussturer till Åsele, även kvällar")
    anna = Workspace(folder.parent / "anna")
    assert writer_of(anna.store, origin).name == "Britt Ek"  # her origin names her to the others
    anna.close()
    joined.close()

    assert main(["--workspace", str(folder), "store", "use", "local"]) == 0
    assert "verified" in capsys.readouterr().out
    back = Workspace(folder)
    assert back.store.dialect == "sqlite" and back.store.origin == origin
    assert (back.role, back.language) == ("secretariat", "en")
    assert [n.text for n in notes.list_notes(back.store, conference_id)] == [
        "Britt: fler bussturer till Åsele, även kvällar"
    ]
    assert not settings.config_path(folder).exists()
    back.close()
    # The team's store is as it was, and she can join it again.
    assert main(["--workspace", str(folder), "store", "use", url]) == 0
    again = Workspace(folder)
    assert conferences.conference(again.store, conference_id).title
    again.close()


@pytest.mark.parametrize("wrong", ["password", "address"])
def test_a_wrong_password_or_address_changes_nothing(team, britt, memory_keyring, wrong, capsys) -> None:
    _url, bare, _conference_id = team
    folder, _origin = britt
    bad = (
        bare.replace("secretary@", "secretary:fel-l%C3%B6sen@")
        if wrong == "password"
        else "postgresql://secretary@127.0.0.1:1/ingen?connect_timeout=2"
    )
    before = _files(folder)
    memory_keyring.passwords.clear()
    assert main(["--workspace", str(folder), "store", "use", bad]) != 0
    assert "cannot connect to the secretariat's database" in capsys.readouterr().err
    assert _files(folder) == before
    assert memory_keyring.passwords == {}  # a password that did not work is not kept
    workspace = Workspace(folder)
    assert workspace.store.dialect == "sqlite" and workspace.language == "en"
    workspace.close()


def test_joining_an_empty_database_with_a_store_full_of_work_is_refused(pg_dsn, tmp_path, memory_keyring):
    workspace = Workspace.create(tmp_path / "solo", "secretariat")
    demo.ensure_demo(workspace.store)
    with pytest.raises(UserError, match="move it there instead"):
        join_database(workspace, pg_dsn)
    assert workspace.store.dialect == "sqlite" and (tmp_path / "solo" / DB_NAME).is_file()
    workspace.close()


def test_a_chairs_laptop_does_not_switch(pg_dsn, tmp_path) -> None:
    chair = Workspace.create(tmp_path / "chair", "chair")
    with pytest.raises(UserError, match="only a secretariat"):
        move_to_database(chair, pg_dsn)
    chair.close()


def test_britt_joins_with_her_password_from_standard_input(team, britt, memory_keyring, capsys, monkeypatch):
    import io

    _url, bare, conference_id = team
    folder, _origin = britt
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--workspace", str(folder), "store", "use", bare, "--password-file", "-"]) == 0
    assert PASSWORD in memory_keyring.passwords.values()
    assert PASSWORD.encode() not in b"".join(_files(folder).values())
    joined = Workspace(folder)
    assert conferences.conference(joined.store, conference_id).title
    joined.close()
