"""A table whose two laptops were trusted under one name (the README's CLI tour accepts the second key
as the claimed "Karin Sjöström") and a third key asking for that table: the warning reads once, not once
per trusted key in the same words."""

from __future__ import annotations

from app.bundles.clashes import SAME_TABLE, Clash
from app.bundles.inbox import UNKNOWN_KEY, InboxEntry
from app.bundles.trust import CHAIR
from ui import i18n
from ui.secretariat.trust_dialog import TrustKeyDialog


def test_two_keys_of_one_name_give_one_warning(qtbot, qapp):
    i18n.install("sv", qapp)
    keys = ("4a8b8b3b9e32ee8d", "e5fa3075c864713c")
    clashes = tuple(Clash(SAME_TABLE, key, "Karin Sjöström", "c0nf", 7) for key in keys)
    entry = InboxEntry(
        "/tmp/bord-7.rbz", UNKNOWN_KEY, kind="table-export", signer_name="Karin Sjostrom",
        key_id="71cae15d85e52552", fingerprint="71ca e15d 85e5 2552", conference_id="c0nf", tables=(7,),
        clashes=clashes,
    )  # fmt: skip
    dialog = TrustKeyDialog(entry, "Rundabordssamtal våren 2026 (2026-03-12)", CHAIR, clashes)
    qtbot.addWidget(dialog)
    assert dialog.warnings == ["Varning: en annan nyckel signerar redan för bord 7 som Karin Sjöström."]
