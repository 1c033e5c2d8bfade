"""Two secretaries on one PostgreSQL store keep their own settings, and each one's origin names her.

A secretary's role, language, sync target, inbox folders and signing identity live in her workspace
folder (`personal.json`), not in the store everyone reads; her origin is bound to her key as soon as she
has one, so Britt's edits in Anna's conflicts are "Britt", not an unknown workspace.
"""

from __future__ import annotations

import json

from app import conflict_authors, conflicts, demo, edits, notes
from app.bundles.contributors import writer_of
from app.bundles.identity import create_identity, own_public_key
from app.bundles.inbox import set_watched_folders, watched_folders
from app.pg.personal import FILE_NAME
from app.store_copy import copy_workspace_store
from app.sync import settings as sync_settings
from app.workspace import Workspace


def _shared_meta(workspace: Workspace) -> dict[str, str]:
    return dict(workspace.store.conn.execute("SELECT key, value FROM meta").fetchall())


def test_each_secretary_keeps_her_own_settings(pg_dsn, tmp_path) -> None:
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    anna.language = "en"
    anna.role = "chair"  # she opens the chair's window from now on; Britt does not
    (tmp_path / "annas-usb").mkdir()
    sync_settings.configure(anna.store, str(tmp_path / "annas-usb"))
    set_watched_folders(anna.store, [str(tmp_path / "Nedladdningar")])
    anna_key = create_identity(anna, "Anna Lind")
    britt_key = create_identity(britt, "Britt Ek")

    britt_again = Workspace(tmp_path / "britt")  # read afresh, as her next start would
    assert (britt_again.role, britt_again.language) == ("secretariat", "sv")
    assert sync_settings.configured_target(britt_again.store) is None
    assert watched_folders(britt_again.store) == []
    assert own_public_key(britt_again.store) == ("Britt Ek", britt_key.public_key)
    anna_again = Workspace(tmp_path / "anna")
    assert (anna_again.role, anna_again.language) == ("chair", "en")
    assert sync_settings.configured_target(anna_again.store) == str(tmp_path / "annas-usb")
    assert own_public_key(anna_again.store) == ("Anna Lind", anna_key.public_key)

    shared = _shared_meta(anna)
    assert not {"role", "language", "sync.target", "bundles.identity", "inbox.watched_folders"} & set(shared)
    kept = json.loads((tmp_path / "anna" / FILE_NAME).read_text(encoding="utf-8"))
    assert kept["role"] == "chair" and kept["sync.target"] == str(tmp_path / "annas-usb")
    for workspace in (anna, britt, anna_again, britt_again):
        workspace.close()


def test_each_secretary_waits_on_her_own_server_as_long_as_she_chose(pg_dsn, tmp_path) -> None:
    """ "Vänta på servern" (`sync configure --timeout`) goes with her own target, over her own network:
    Anna's short patience with her server is not Britt's, and it is kept in Anna's folder."""
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    opened = [anna, britt]
    try:
        sync_settings.set_timeout(anna.store, 2.5)
        sync_settings.set_timeout(britt.store, 300)
        opened += [Workspace(tmp_path / "anna"), Workspace(tmp_path / "britt")]  # read afresh
        assert sync_settings.configured_timeout(opened[2].store) == 2.5
        assert sync_settings.configured_timeout(opened[3].store) == 300
        assert sync_settings.TIMEOUT_KEY not in _shared_meta(anna)
        kept = json.loads((tmp_path / "anna" / FILE_NAME).read_text(encoding="utf-8"))
        assert float(kept[sync_settings.TIMEOUT_KEY]) == 2.5
    finally:
        for workspace in opened:
            workspace.close()


def test_a_workspace_made_before_takes_its_settings_from_the_store_once(pg_dsn, tmp_path) -> None:
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    create_identity(anna, "Anna Lind")
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    britt_key = create_identity(britt, "Britt Ek")
    # As an earlier version left it: the settings in the store's shared rows (the identity there the
    # last one made, Britt's), none in Anna's folder.
    with anna.store.transaction():
        for key, value in {
            "role": "secretariat",
            "language": "en",
            "sync.target": "/media/kansliet",
            "bundles.identity": json.dumps({"name": "Britt Ek", "public_key": britt_key.public_key_b64}),
        }.items():
            anna.store.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                (key, value, value),
            )
    anna.close()
    (tmp_path / "anna" / FILE_NAME).unlink()

    anna = Workspace(tmp_path / "anna")
    assert (anna.role, anna.language) == ("secretariat", "en")
    assert sync_settings.configured_target(anna.store) == "/media/kansliet"
    name, _key = own_public_key(anna.store)
    assert name == "Anna Lind"  # her own keys folder's, never the store's row of another secretary
    anna.language = "sv"  # from now on hers alone: the store's old row no longer counts
    again = Workspace(tmp_path / "anna")
    assert again.language == "sv"
    again.close()
    assert _shared_meta(anna)["language"] == "en"
    anna.close()
    britt.close()


def test_moving_a_store_there_keeps_her_settings_in_her_folder(pg_dsn, tmp_path) -> None:
    anna = Workspace.create(tmp_path / "anna", "secretariat")
    anna.language = "en"
    key = create_identity(anna, "Anna Lind")
    copy_workspace_store(anna, pg_dsn)
    anna = Workspace(tmp_path / "anna")
    assert anna.store.dialect == "postgresql"
    assert (anna.role, anna.language) == ("secretariat", "en")
    assert own_public_key(anna.store) == ("Anna Lind", key.public_key)
    assert "language" not in _shared_meta(anna) and "role" not in _shared_meta(anna)
    anna.close()


def test_her_origin_names_her_to_the_others_before_she_ever_exports(pg_dsn, tmp_path) -> None:
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    create_identity(anna, "Anna Lind")
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    britt_key = create_identity(britt, "Britt Ek")
    conference_id = demo.ensure_demo(anna.store)
    note_id = notes.add_note(anna.store, conference_id, 3, 1, "Fler bussturer till Åsele")

    bound = anna.store.conn.execute(
        "SELECT key_id, public_key FROM origin_keys WHERE origin = ?", (britt.store.origin,)
    ).fetchone()
    assert tuple(bound) == (britt_key.key_id, britt_key.public_key_b64)
    assert writer_of(anna.store, britt.store.origin).name == "Britt Ek"

    shown_to_anna = notes.note(anna.store, note_id)
    edits.edit_note_as_seen(britt.store, note_id, notes.note(britt.store, note_id).rev, text="Britts text")
    edits.edit_note_as_seen(anna.store, note_id, shown_to_anna.rev, text="Annas text")
    [conflict] = conflicts.open_conflicts(anna.store, conference_id)
    described = conflict_authors.sides(anna.store, [conflict])
    assert described[(note_id, conflict.theirs_stamp)].english() == "Britt Ek"
    anna.close()
    britt.close()


def test_a_key_made_before_is_bound_when_her_workspace_next_opens(pg_dsn, tmp_path) -> None:
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    key = create_identity(britt, "Britt Ek")
    origin = britt.store.origin
    with britt.store.transaction():  # as an earlier version left it: bound only by an export
        britt.store.conn.execute("DELETE FROM origin_keys WHERE origin = ?", (origin,))
        britt.store.conn.execute("DELETE FROM origin_signers WHERE origin = ?", (origin,))
    britt.close()
    (tmp_path / "britt" / FILE_NAME).unlink()

    britt = Workspace(tmp_path / "britt")
    row = britt.store.conn.execute("SELECT key_id FROM origin_keys WHERE origin = ?", (origin,)).fetchone()
    assert row[0] == key.key_id
    britt.close()
