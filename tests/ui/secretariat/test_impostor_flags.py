"""Collect in Swedish, by mouse: a key that looks like an impostor's is flagged loudly in the list itself
(not only once the trust dialog is open), a name-alike is caught, an unknown key's name is a claim in
the dialog, and the secretary names the key she trusts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import notes
from app.bundles import export_table, trust
from ui.secretariat import inbox as inbox_mod
from ui.secretariat.trust_dialog import TrustKeyDialog

from .conftest import _chair, open_in_swedish


@pytest.fixture(params=[(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def window(request, qtbot, qapp, secretariat, afternoon, sync_ops):
    return open_in_swedish(qtbot, qapp, secretariat, afternoon.conference_id, request.param)


def _laptop_bundle(afternoon, tmp_path, folder: str, name: str, table: int) -> str:
    pack = afternoon.secretariat_template.parent / "pack.rbz"
    laptop = _chair(tmp_path / folder, pack, name)
    notes.add_note(laptop.store, afternoon.conference_id, table, 1, f"vi har  pratat om bussar ?! ({name})")
    path = export_table(laptop, afternoon.conference_id, table, tmp_path / f"{folder}.rbz").path
    laptop.close()
    return str(path)


def _row_of(collect, predicate) -> int:
    return next(r for r in range(collect.model.rowCount()) if predicate(collect.model.row_at(r)))


def _click(qtbot, collect, predicate) -> None:
    index = collect.proxy.mapFromSource(collect.model.index(_row_of(collect, predicate), 0))
    collect.view.scrollTo(index)
    qtbot.mouseClick(
        collect.view.viewport(), Qt.MouseButton.LeftButton, pos=collect.view.visualRect(index).center()
    )


def _cell(collect, predicate, column: int) -> str:
    return str(collect.model.index(_row_of(collect, predicate), column).data())


def test_clashing_keys_are_loud_in_the_list_and_the_secretary_names_the_key(
    qtbot, window, afternoon, secretariat, tmp_path
):
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    impostor = _laptop_bundle(afternoon, tmp_path, "imp", "Karin Sjostrom", 12)  # no marks: looks alike
    second = _laptop_bundle(afternoon, tmp_path, "dator2", "Karin Sjöström", 7)  # table 7's second laptop
    honest = _laptop_bundle(afternoon, tmp_path, "ny", "Greta Lind", 40)
    collect.add_paths([impostor, second, honest])
    by_file = {e.name: e for e in collect.inbox.entries}
    assert {by_file[f"{n}.rbz"].state for n in ("imp", "dator2", "ny")} == {inbox_mod.UNKNOWN_KEY}

    def is_(name):
        return lambda e: e.name == f"{name}.rbz"

    # The list itself says it, first among what waits, tinted as a problem, and fits the screen.
    assert _cell(collect, is_("imp"), 5) == "⚠ Okänd nyckel: kontrollera"
    flagged = _cell(collect, is_("imp"), 6)
    assert flagged.startswith("⚠ Varning: en annan nyckel signerar redan för bord 12 som Per Sundberg.")
    assert "en annan nyckel är redan godkänd som Karin Sjöström. Är det verkligen samma person" in flagged
    assert "en annan nyckel signerar redan för bord 7 som Karin Sjöström" in _cell(collect, is_("dator2"), 6)
    assert _cell(collect, is_("ny"), 6) == "jämför fingeravtrycket, godkänn eller avvisa sedan nyckeln"
    top = [
        collect.model.row_at(collect.proxy.mapToSource(collect.proxy.index(r, 0)).row()).name
        for r in range(2)
    ]
    assert set(top) == {"imp.rbz", "dator2.rbz"}
    assert collect.model.index(_row_of(collect, is_("imp")), 0).data(Qt.ItemDataRole.BackgroundRole) == (
        collect.model.index(_row_of(collect, is_("dator2")), 0).data(Qt.ItemDataRole.BackgroundRole)
    )
    assert not collect.view.horizontalScrollBar().isVisible()
    window.grab().save(str(tmp_path / "collect.png"))

    # The details name the bundle in words; the file comes last.
    _click(qtbot, collect, is_("imp"))
    first_line, *_rest, last_line = collect.details.text().splitlines()
    assert first_line.startswith(
        "Bord 12 på Rundabordssamtal våren 2026 (2026-03-12), uppger sig vara ”Karin"
    )
    assert last_line == f"Fil: {impostor}"

    # The second laptop is legitimate: the secretary checks, and trusts it under a name of her own.
    _click(qtbot, collect, is_("dator2"))
    qtbot.mouseClick(collect.trust_button, Qt.MouseButton.LeftButton)
    dialog = collect.findChild(TrustKeyDialog)
    assert dialog is not None and dialog.isVisible()
    intro = dialog.findChildren(type(dialog.what))[0].text()
    assert intro.startswith("Paketet är signerat med nyckel ") and "uppger sig vara ”Karin Sjöström”" in intro
    assert dialog.warnings and "bord 7 som Karin Sjöström" in dialog.warnings[0]
    assert dialog.name_edit.text() == "Karin Sjöström"  # the claim, until the secretary changes it
    for box in (dialog.compared, dialog.checked_warning):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    # Under the other key's very name, lists and minutes could not tell the two laptops apart. Her
    # second laptop is trusted as "Karin Sjöström (laptop 2)" already: this is her third.
    assert not dialog.ok_button.isEnabled() and dialog.taken_label.isVisible()
    assert dialog.taken_label.text() == (
        "En annan nyckel är redan godkänd som Karin Sjöström: ge den här nyckeln ett eget namn,"
        " t.ex. ”Karin Sjöström (dator 3)”."
    )
    qtbot.mouseClick(dialog.name_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.name_edit, " (dator 3)")
    assert dialog.ok_button.isEnabled() and not dialog.taken_label.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = {e.name for e in trust.entries(secretariat.store) if e.table_number == 7}
    assert {"Karin Sjöström", "Karin Sjöström (laptop 2)", "Karin Sjöström (dator 3)"} <= names
    assert _cell(collect, is_("dator2"), 1) == "Karin Sjöström (dator 3)"


def test_a_tables_re_exports_read_apart(qtbot, window, afternoon, tmp_path):
    """A chair exports, adds a late note and exports again; the copies arrive newest first. The rows say
    which export each is, so they do not look alike."""
    pack = afternoon.secretariat_template.parent / "pack.rbz"
    laptop = _chair(tmp_path / "t20", pack, "Sofia Bergström")
    paths = []
    for n, text in enumerate(["Cykelväg  till Grebo", "Sent tillägg: föreningarna!!"]):
        notes.add_note(laptop.store, afternoon.conference_id, 20, 1, text)
        paths.append(str(export_table(laptop, afternoon.conference_id, 20, tmp_path / f"b{n}.rbz").path))
    laptop.close()
    collect = window.collect_view
    window.tabs.setCurrentWidget(collect)
    collect.add_paths(paths[::-1])
    signed = {e.name: _cell(collect, lambda x, e=e: x.name == e.name, 3) for e in collect.inbox.entries}
    assert signed["b0.rbz"].endswith(" · export nr 1") and signed["b1.rbz"].endswith(" · export nr 2")
    assert not collect.view.horizontalScrollBar().isVisible()
