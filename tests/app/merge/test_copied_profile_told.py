"""Laptops that hand their bundles over by USB stick or e-mail never see each other's exports, so only the
secretariat sees that a profile was copied (the key's chain forks). Its next pack says so, signed, and
each copy that imports it by hand is told, with the remedy; after renewing, the word is about a key the
laptop no longer signs with. Packs without the word read as before."""

from __future__ import annotations

import json
import zipfile

from app import notes
from app.bundles import copied_notice, import_files
from app.bundles.identity import require_identity
from app.cli import main
from app.workspace import Workspace

from . import test_copied_profile
from .test_copied_profile import Day

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies


def _manifest(path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _pack_by_cli(day: Day, name: str) -> str:
    day.office.close()
    out = day.tmp / name
    argv = ["--workspace", str(day.tmp / "kansli"), "pack", "export", "--conference", day.conference_id]
    assert main([*argv, "-o", str(out)]) == 0
    day.office = Workspace(day.tmp / "kansli")
    return str(out)


def _import_by_cli(folder, pack: str, capsys) -> str:
    capsys.readouterr()
    assert main(["--workspace", str(folder), "import", pack]) == 0
    return capsys.readouterr().out


def test_each_copy_is_told_by_the_secretariats_next_pack(day, capsys):
    note_id = day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    twin = day.copy_profile()
    notes.edit_note(twin.store, note_id, text="Fler bussar på kvällen – ”sista bussen går 21.10”")
    copy_2 = day.export(twin)
    twin.close()
    notes.edit_note(day.laptop.store, note_id, text="Fler bussar till sjukhuset")
    original_2 = day.export(day.laptop)
    key_id = require_identity(day.laptop).key_id
    assert "copied_keys" not in _manifest(day.pack)  # nothing to say: the pack is as it always was

    receipts = import_files(day.office, [first, copy_2, original_2])
    assert [r.status for r in receipts] == ["imported"] * 3
    # the secretary is told once, when the copy shows, that the next pack tells the laptops
    assert [[m.code for m in r.flags if m.code.startswith("copied")] for r in receipts] == [
        [],
        [],
        ["copied-profile-seen"],
    ]
    assert "The next conference pack you export tells the laptops" in receipts[2].flags[-1].english()
    pack = _pack_by_cli(day, "paket-2.rbz")
    assert _manifest(pack)["copied_keys"] == [key_id]

    day.laptop.close()
    for folder in (day.tmp / "laptop-1", day.tmp / "laptop-2"):  # the original and the copy, by hand
        out = _import_by_cli(folder, pack, capsys)
        assert ": imported (conference-pack" in out, out
        assert f"note: Kansliet has seen two computers sign with this laptop's key ({key_id})" in out
        assert "profile was copied to another computer" in out
        assert 'rundabord identity renew --name "YOUR NAME"' in out
        assert main(["--workspace", str(folder), "identity", "show"]) == 0  # said again when asked
        assert f"warning: Kansliet has seen two computers sign with this laptop's key ({key_id})" in (
            capsys.readouterr().out
        )
        laptop = Workspace(folder)
        [told] = copied_notice.current(laptop.store)
        assert (told.key_id, told.tables, told.signer_name) == (key_id, (7,), "Kansliet")
        laptop.close()

    capsys.readouterr()
    assert (
        main(["--workspace", str(day.tmp / "laptop-1"), "identity", "renew", "--name", "Karin Sjöström"]) == 0
    )
    day.laptop = Workspace(day.tmp / "laptop-1")
    assert copied_notice.current(day.laptop.store) == []  # said of the key it no longer signs with
    capsys.readouterr()
    assert main(["--workspace", str(day.tmp / "laptop-1"), "identity", "show"]) == 0
    assert "warning" not in capsys.readouterr().out
    out = _import_by_cli(day.tmp / "laptop-2", pack, capsys)  # the same pack again changes nothing
    assert "already-imported" in out and "two computers" not in out


def test_a_laptop_whose_key_is_not_named_is_told_nothing(day, capsys):
    day.note(day.laptop, "Fler bussar")
    first = day.export(day.laptop)
    twin = day.copy_profile()
    day.note(twin, "Bara på kopian")
    second_twin = day.export(twin)
    twin.close()
    day.note(day.laptop, "Bara på originalet")
    second = day.export(day.laptop)
    import_files(day.office, [first, second_twin, second])
    pack = _pack_by_cli(day, "paket-2.rbz")
    other = Workspace.create(day.tmp / "bord-8")
    import_files(other, [day.pack])
    from app.bundles.identity import create_identity

    create_identity(other, "Per Öberg")
    other.close()
    out = _import_by_cli(day.tmp / "bord-8", pack, capsys)
    assert ": imported" in out and "two computers" not in out
    other = Workspace(day.tmp / "bord-8")
    assert copied_notice.current(other.store) == []
    other.close()
