"""The secretary's afternoon on real files, built once per test session (it takes a few seconds):

a secretariat workspace with the demo conference and its key; 41 chair laptops that opened the signed
conference pack and typed their table's notes; their table exports signed by the chair's code path
(`app.bundles.export_table`) in a "stick" folder, with
  - table 3's bundle also present as a damaged copy ("bord-3-kopia.rbz", one byte changed),
  - table 12's bundle sent twice (a second copy in another folder),
  - table 7 exported from two laptops (a cloned profile) that edited the same note differently,
  - table 40 signed by a key the secretariat has not trusted yet.
Each test gets its own copy of the secretariat workspace; the bundle files are shared, read-only.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import conferences, notes
from app.bundles import export_pack, export_table, import_files, trust
from app.bundles.identity import create_identity, require_identity
from app.demo import ensure_demo
from app.workspace import Workspace
from tests.laptops import copy_laptop_profile

TABLES = 40
UNKNOWN_TABLE = 40
TAMPERED_TABLE = 3
TWICE_TABLE = 12
TWO_LAPTOPS_TABLE = 7
THEMES = ("Unga", "Jämställdhet", "Mångfald & integration", "Självbild & stolthet")
CONFLICT_NOTE = "Fler mötesplatser för unga"
EDIT_A = "Fler mötesplatser för unga i centrum"
EDIT_B = "Fler mötesplatser för unga på landsbygden"


@dataclass(frozen=True)
class Afternoon:
    secretariat_template: Path
    conference_id: str
    stick: Path  # the folder the chairs' bundles were copied to
    second_folder: Path  # holds the copy of table 12's bundle sent twice
    tampered: Path
    unknown: Path
    laptop_b: Path  # table 7's second laptop's bundle


def _chair(folder: Path, pack: Path, name: str) -> Workspace:
    workspace = Workspace.create(folder)
    workspace.role = "chair"
    create_identity(workspace, name)
    receipt = import_files(workspace, [pack])[0]
    assert receipt.status == "imported", receipt
    return workspace


@pytest.fixture(scope="session")
def afternoon(tmp_path_factory: pytest.TempPathFactory) -> Afternoon:
    root = tmp_path_factory.mktemp("afternoon")
    secretariat = Workspace.create(root / "secretariat")
    secretariat.role = "secretariat"
    create_identity(secretariat, "Region Exempellän, sekretariatet")
    conference_id = ensure_demo(secretariat.store)
    pack = export_pack(secretariat, conference_id, root / "pack.rbz").path
    stick = root / "stick"
    stick.mkdir()
    chairs = {t.number: t.chair_name for t in conferences.tables(secretariat.store, conference_id)}
    laptops = root / "laptops"
    for number in range(1, TABLES + 1):
        chair = _chair(laptops / f"t{number}", pack, chairs[number])
        store = chair.store
        theme = THEMES[number % len(THEMES)]
        notes.add_note(
            store, conference_id, number, 1, f"Bord {number}: vi kan öppna våra lokaler", themes=[theme]
        )
        notes.add_note(store, conference_id, number, 2, f"Bord {number}: det behövs tid & pengar")
        notes.add_note(
            store,
            conference_id,
            number,
            3,
            f"Bord {number}: starta en mentorsbank",
            kind="proposal",
            votes=number % 6,
        )
        conferences.set_table_facts(store, conference_id, number, participants=8)
        if number == TWO_LAPTOPS_TABLE:
            shared = notes.add_note(store, conference_id, number, 1, CONFLICT_NOTE, themes=["Unga"])
            chair.close()
            other = copy_laptop_profile(
                laptops / f"t{number}", laptops / f"t{number}b", chairs[number] + " (laptop 2)"
            )
            notes.edit_note(other.store, shared, text=EDIT_B)
            laptop_b = export_table(other, conference_id, number, stick / f"bord-{number}-laptop-2.rbz").path
            me = require_identity(other)
            trust.add(secretariat.store, me.public_key, me.name, "chair", conference_id, number)
            other.close()
            chair = Workspace(laptops / f"t{number}")
            notes.edit_note(chair.store, shared, text=EDIT_A)
        export_table(chair, conference_id, number, stick / f"bord-{number}.rbz")
        if number != UNKNOWN_TABLE:  # the others sent their key cards ahead
            key = require_identity(chair).public_key
            trust.add(secretariat.store, key, chairs[number], "chair", conference_id, number)
        chair.close()
    tampered = stick / f"bord-{TAMPERED_TABLE}-kopia.rbz"
    data = bytearray((stick / f"bord-{TAMPERED_TABLE}.rbz").read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    second = root / "e-post"
    second.mkdir()
    shutil.copy2(stick / f"bord-{TWICE_TABLE}.rbz", second / f"bord-{TWICE_TABLE}.rbz")
    secretariat.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secretariat.close()
    return Afternoon(
        root / "secretariat",
        conference_id,
        stick,
        second,
        tampered,
        stick / f"bord-{UNKNOWN_TABLE}.rbz",
        laptop_b,
    )


@pytest.fixture
def secretariat_dir(afternoon: Afternoon, tmp_path: Path) -> Path:
    folder = tmp_path / "secretariat"
    shutil.copytree(afternoon.secretariat_template, folder)
    return folder


@pytest.fixture
def secretariat(secretariat_dir: Path):
    workspace = Workspace(secretariat_dir)
    yield workspace
    workspace.close()


def open_in_swedish(qtbot, qapp, workspace: Workspace, conference_id: str | None = None, size=(1366, 768)):
    """The secretariat's window in Swedish, shown at `size` (None: its own first size), on
    `conference_id` when given."""
    from ui import i18n
    from ui.secretariat.window import SecretariatWindow

    loaded = i18n.install("sv", qapp)
    assert any(name.endswith("common_sv.qm") for name in loaded), "run `make translations` first"
    window = SecretariatWindow(workspace)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    if conference_id is not None:
        window.choose_conference(conference_id)
    return window


def open_review_by_keys(qtbot, qapp, workspace: Workspace, conference_id: str, rows: int):
    """The window in Swedish, made active as a desktop would, taken to Review by Ctrl+5 ("Granska"), once
    its read of the notes has ended with `rows` rows (a count alone may be seen before a later read)."""
    from PySide6.QtCore import Qt

    window = open_in_swedish(qtbot, qapp, workspace, conference_id)
    window.sync_status.automatic = False
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Granska
    review = window.review_view
    qtbot.waitUntil(lambda: not review.model.loading and review.model.rowCount() == rows, timeout=3000)
    return window
