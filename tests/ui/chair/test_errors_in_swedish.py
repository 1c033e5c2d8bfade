"""A chair in Swedish who opens a half-copied pack, a table's export or a forged pack reads why in
Swedish, down to exactly what is wrong; nothing reaches the store."""

from __future__ import annotations

import json

from app import conferences
from app.workspace import Workspace
from ui import i18n

from .conftest import open_window


def test_bad_packs_are_explained_in_swedish(qtbot, qapp, tmp_path, sync_ops, boxes):
    from app.bundles import export_pack, export_table
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo

    other = Workspace.create(tmp_path / "sekretariat")
    create_identity(other, "Sekretariatet")
    conference_id = ensure_demo(other.store)
    export = export_table(other, conference_id, 2, tmp_path / "bord2.rbz").path
    pack = export_pack(other, conference_id, tmp_path / "pack.rbz").path
    other.close()
    half = tmp_path / "halvt.rbz"
    half.write_bytes(pack.read_bytes()[:300])

    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "laptop")
    try:
        chair = open_window(qtbot, workspace)
        chair.picker.open_file(half)
        chair.open_bundle(export)  # double-clicked in the file manager
        calls = boxes.error.call_args_list
        assert [c.args[1] for c in calls] == [
            "Det går inte att öppna halvt.rbz",
            "Det går inte att öppna bord2.rbz",
        ]
        assert (
            calls[0]
            .args[2]
            .startswith("Filen är ofullständig – troligen inte färdigkopierad. Hämta den igen.")
        )
        # Exactly what is wrong follows, in Swedish too: no English beside it.
        assert (
            calls[0]
            .args[2]
            .endswith(
                "\n\nNärmare bestämt: filen tar slut för tidigt (innehållsförteckningen saknas):"
                " en ofullständig kopia"
            )
        ), calls[0].args[2]
        assert "Teknisk uppgift" not in calls[0].args[2]
        assert calls[1].args[2].startswith("Det här är ett bords export, inte ett konferenspaket")
        assert (
            calls[1]
            .args[2]
            .endswith("Närmare bestämt: bord2.rbz innehåller anteckningarna från ett enda bord")
        )
        assert conferences.conferences(workspace.store) == []
        chair.close()
    finally:
        workspace.close()


def test_an_empty_note_gets_a_swedish_headline(qapp, window, boxes):
    from app.errors import UserError

    i18n.install("sv", qapp)
    window._on_edit_failed("", UserError("the note text is empty"))
    (_parent, title, text), _ = boxes.error.call_args
    assert title == "Det går inte att ändra anteckningen"
    assert text.startswith("Rundabord kunde inte göra detta, och ingenting har ändrats.")
    assert text.endswith("Teknisk uppgift: the note text is empty")
    # The status line says it in Swedish too; the core's words are in its tooltip.
    assert window.saved_indicator.text() == "INTE sparat: ändringen avvisades"
    assert window.saved_indicator.toolTip() == "the note text is empty"


def test_the_table_facts_bands_are_in_swedish(qapp, window):
    from PySide6.QtWidgets import QLabel

    from ui.chair.table_facts import TableFactsDialog

    i18n.install("sv", qapp)
    dialog = TableFactsDialog(window.session.table, window)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Upp till 24 år:", "65 år eller äldre:", "Kvinnor:", "Annat eller ej angivet:"} <= labels
    assert not any("years" in text or text == "Women:" for text in labels)
    dialog.deleteLater()


def test_a_pack_of_a_newer_format_tells_the_chair_to_update_rundabord(qtbot, qapp, tmp_path, sync_ops, boxes):
    """A pack from a Rundabord that writes a later format than this one reads, with a member this one does
    not know: the chair is told in Swedish to update Rundabord, not that the file is damaged."""
    import zipfile

    from app.bundles import export_pack
    from app.bundles.identity import create_identity, load_signing_key
    from app.bundles.writer import assemble
    from app.demo import ensure_demo

    other = Workspace.create(tmp_path / "sekretariat")
    create_identity(other, "Sekretariatet")
    pack = export_pack(other, ensure_demo(other.store), tmp_path / "nyare.rbz").path
    with zipfile.ZipFile(pack) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = archive.read("records.jsonl")
    manifest["version"] = 4
    pack.write_bytes(assemble(load_signing_key(other), manifest, records, {"seen.cbor": b"\xa0"})[0])
    other.close()

    i18n.install("sv", qapp)
    workspace = Workspace.create(tmp_path / "laptop")
    try:
        chair = open_window(qtbot, workspace)
        chair.picker.open_file(pack)
        [call] = boxes.error.call_args_list
        assert call.args[1] == "Det går inte att öppna nyare.rbz"
        assert call.args[2] == (
            "Paketet är skapat med en nyare version av Rundabord. Uppdatera Rundabord på den här datorn och"
            " öppna det sedan igen.\n\n"
            "Närmare bestämt: gjort med en nyare version av Rundabord (paketformat 4)"
        ), call.args[2]  # a pack is made again only by a newer Rundabord: nothing of a table's export
        assert conferences.conferences(workspace.store) == []
        chair.close()
    finally:
        workspace.close()
