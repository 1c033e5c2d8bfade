"""A chair's export held in quarantine, her key card trusted afterwards: the next sync imports it.

Real signed bundles through a shared folder: the secretariat's pack goes out, a chair it does not know
yet exports her table and syncs, the secretariat's sync holds it; `trust add` of her key happens later
(the window's trust dialog, or a key card on a shared store), and the next sync imports the held bundle,
every check again, and says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import demo, notes
from app.bundles import export, identity, quarantine, trust
from app.sync import engine, settings
from app.workspace import Workspace
from tests.sync_fixtures import sync_once


@pytest.fixture
def held_export(tmp_path: Path):
    """(secretariat, Karin's public key, conference id): Karin's table 2 export held in quarantine."""
    secretariat = Workspace.create(tmp_path / "kansli")
    secretariat.role = "secretariat"
    identity.create_identity(secretariat, "Kansliet")
    conference_id = demo.ensure_demo(secretariat.store)
    karin = Workspace.create(tmp_path / "karin")
    karin.role = "chair"
    me = identity.create_identity(karin, "Karin Sjöström")
    share = tmp_path / "share"
    share.mkdir()
    for workspace in (secretariat, karin):
        settings.configure(workspace.store, str(share))
    export.export_pack(secretariat, conference_id, None)
    sync_once(secretariat)
    sync_once(karin)
    notes.add_note(karin.store, conference_id, 2, 1, "Fler bussar till Sjöbo")
    export.export_table(karin, conference_id, 2)
    sync_once(karin)
    karin.close()
    report = sync_once(secretariat)
    assert [p.outcome for p in report.pulled] == [engine.QUARANTINED]
    yield secretariat, me.public_key, conference_id
    secretariat.close()


def _texts(workspace: Workspace, conference_id: str) -> list[str]:
    return [n.text for n in notes.list_notes(workspace.store, conference_id)]


def test_the_next_sync_imports_a_held_bundle_of_a_key_trusted_since(held_export):
    secretariat, public_key, conference_id = held_export
    assert "Fler bussar till Sjöbo" not in _texts(secretariat, conference_id)
    # Trusted under the name the secretariat gives it, which is what the report says.
    trust.add(secretariat.store, public_key, "Karin Sjöström (Lund)", "chair", conference_id, 2)
    report = sync_once(secretariat)
    [released] = report.released
    assert released.imported == 1 and [r.status for r in released.receipts] == ["imported"]
    assert "imported 1 held bundle from Karin Sjöström (Lund), now trusted" in report.lines()
    assert "nothing new to send or fetch" not in report.lines()
    assert "Fler bussar till Sjöbo" in _texts(secretariat, conference_id)
    assert quarantine.held(secretariat.store) == []
    again = sync_once(secretariat)
    assert again.released == [] and again.lines() == ["nothing new to send or fetch"]


def test_a_key_trusted_for_another_table_leaves_the_bundle_held(held_export):
    """As strict as before: trust that does not reach table 2 imports nothing and refuses nothing."""
    secretariat, public_key, conference_id = held_export
    trust.add(secretariat.store, public_key, "Karin Sjöström", "chair", conference_id, 3)
    report = sync_once(secretariat)
    assert report.released == [] and report.problems == []
    assert "Fler bussar till Sjöbo" not in _texts(secretariat, conference_id)
    assert len(quarantine.held(secretariat.store)) == 1


def test_a_revoked_key_is_not_imported_from_quarantine(held_export):
    secretariat, public_key, conference_id = held_export
    entry = trust.add(secretariat.store, public_key, "Karin Sjöström", "chair", conference_id, 2)
    trust.remove(secretariat.store, entry.key_id)
    report = sync_once(secretariat)
    assert report.released == []
    assert "Fler bussar till Sjöbo" not in _texts(secretariat, conference_id)


def test_importing_a_file_imports_the_held_bundles_of_keys_trusted_since(held_export, tmp_path, capsys):
    """`rundabord import FILE` does what a sync does: a key trusted since its bundle was held (here by the
    window's trust dialog of a colleague on the shared store) gets it imported too, and said so."""
    from app.cli import main

    secretariat, public_key, conference_id = held_export
    trust.add(secretariat.store, public_key, "Karin Sjöström (Lund)", "chair", conference_id, 2)
    karin = Workspace(tmp_path / "karin")
    notes.add_note(karin.store, conference_id, 2, 2, "Kvällsturer till Dalby")
    later = tmp_path / "karin-2.rbz"
    export.export_table(karin, conference_id, 2, later)
    karin.close()

    code = main(["--workspace", str(secretariat.dir), "import", str(later)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    lines = out.splitlines()
    assert lines[0].startswith(f"{later}: imported (table-export by Karin Sjöström (Lund)")
    assert "imported 1 held bundle from Karin Sjöström (Lund), now trusted" in lines
    assert sum(": imported (" in line for line in lines) == 2
    assert {"Fler bussar till Sjöbo", "Kvällsturer till Dalby"} <= set(_texts(secretariat, conference_id))
    assert quarantine.held(secretariat.store) == []

    code = main(["--workspace", str(secretariat.dir), "import", "--json", str(later)])
    receipts = capsys.readouterr().out.splitlines()
    assert code == 0 and len(receipts) == 1 and '"already-imported"' in receipts[0]  # nothing left held
