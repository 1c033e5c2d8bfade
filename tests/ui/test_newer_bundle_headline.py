"""A bundle from a newer Rundabord says, in the window's first words, what its reader can do: a table's
export can also be exported again in the oldest format (`rundabord export --oldest-format`), a pack
only read by updating Rundabord. The refusal comes from the real reader on really signed bundles."""

from __future__ import annotations

import json
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from app.bundles import export_pack
from app.bundles.format import KIND_TABLE, MANIFEST, RECORDS, BundleError
from app.bundles.identity import create_identity, load_signing_key
from app.bundles.reader import read_bundle
from app.bundles.writer import assemble
from app.demo import ensure_demo
from app.workspace import Workspace
from ui import bundle_messages, i18n


def _newer(tmp_path: Path, kind: str | None) -> BundleError:
    """The reader's refusal of a pack, re-signed as format 4 (and as a table's export when `kind` says)."""
    with closing(Workspace.create(tmp_path / "sekretariat", "secretariat")) as other:
        create_identity(other, "Sekretariatet")
        pack = export_pack(other, ensure_demo(other.store), tmp_path / "nyare.rbz").path
        with zipfile.ZipFile(pack) as archive:
            manifest, records = json.loads(archive.read(MANIFEST)), archive.read(RECORDS)
        manifest["version"] = 4
        if kind is not None:
            manifest["kind"] = kind
        data = assemble(load_signing_key(other), manifest, records)[0]
    with pytest.raises(BundleError) as refused:
        read_bundle(data)
    return refused.value


def test_a_table_export_from_a_newer_rundabord_names_the_oldest_format_first(qapp, tmp_path) -> None:
    error = _newer(tmp_path, KIND_TABLE)
    assert (error.check, error.why.params.get("kind")) == ("version", KIND_TABLE)
    i18n.install("sv", qapp)
    try:
        what, detail = bundle_messages.explain_error(error)
        headline = bundle_messages.explain_refusal(error.check, error.why, str(error))
    finally:
        i18n.install("en", qapp)
    first = what.split("\n\n")[0]
    assert first == headline
    assert headline == (
        "Paketet är skapat med en nyare version av Rundabord. Uppdatera Rundabord på den här datorn,"
        " eller be bordets ordförande att exportera det igen i det äldsta formatet (i hennes fönster:"
        " Konferens › Signera och exportera i äldsta formatet…; eller rundabord export --oldest-format)"
        " och öppna den exporten."
    )
    assert what.split("\n\n")[1].endswith("gjort med en nyare version av Rundabord (paketformat 4)")
    assert detail == ""


def test_a_pack_from_a_newer_rundabord_says_only_to_update(qapp, tmp_path) -> None:
    error = _newer(tmp_path, None)
    assert (error.check, error.why.params.get("kind")) == ("version", "conference-pack")
    i18n.install("sv", qapp)
    try:
        what, _detail = bundle_messages.explain_error(error)
    finally:
        i18n.install("en", qapp)
    assert what.startswith("Paketet är skapat med en nyare version av Rundabord. Uppdatera Rundabord på den")
    assert "oldest-format" not in what and "ordförande" not in what
