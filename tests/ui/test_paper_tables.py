"""Paper tables in both windows, in Swedish, driven with the mouse: the template, the import review
(every problem listed, nothing imported until the person chooses), and photos of the table's paper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app import attachments, notes
from app.sheets.importing import paper_sheets
from app.sheets.template import write_template
from tests.sheets import fill_sheet
from ui import i18n


def _screens(tmp_path: Path) -> Path:
    out = Path(os.environ.get("RUNDABORD_SCREENS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def _not_blank(path: Path) -> bool:
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 7)}
    return image.width() > 400 and len(colours) > 6


@pytest.fixture
def secretariat_window(qtbot, qapp, demo_workspace, demo_conference_id):
    from ui.secretariat.window import SecretariatWindow

    i18n.install("sv", qapp)
    demo_workspace.role = "secretariat"
    window = SecretariatWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.choose_conference(demo_conference_id)
    yield window
    window.close()


def test_the_secretariat_reviews_a_sheet_with_errors_and_imports_the_valid_rows(
    qtbot, secretariat_window, demo_workspace, demo_conference_id, sync_ops, boxes, tmp_path
) -> None:
    window = secretariat_window
    store = demo_workspace.store
    template = write_template(store, demo_conference_id, tmp_path / "mall.xlsx")
    rows = [
        (7, "1", "Förslag", "Unga", 4, "Läxhjälp på biblioteket två kvällar i veckan, gärna med mellanmål"),
        (7, "2", "Ledord", None, None, "Tillit"),
        (99, "1", "Förslag", None, None, "Bord som inte finns"),
        (12, "1", "Önskemål", "Miljö", "tre", "  "),
        (12, "3", "Att göra", "Jämställdhet", None, "Boka möte med skolan före sommarlovet"),
    ]
    filled = fill_sheet(template, tmp_path / "ifylld.xlsx", rows)
    before = len(notes.list_notes(store, demo_conference_id))
    window.paper.ask_open_path = lambda: filled
    window.paper.import_action.trigger()
    dialog = window.paper.dialog
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Importera anteckningar från kalkylark"
    problems = dialog.problems_model
    listed = [tuple(problems.index(r, c).data() for c in range(4)) for r in range(problems.rowCount())]
    assert listed == [
        ("Anteckningar", 5, "Bord", "Det finns inget bord 99 på den här konferensen."),
        ("Anteckningar", 6, "Typ", "Okänd typ: ”Önskemål”. Välj Anteckning, Förslag, Ledord eller Att göra."),
        ("Anteckningar", 6, "Teman", "Temat ”Miljö” finns inte bland processens teman."),
        ("Anteckningar", 6, "Röster", "Röster ska vara ett heltal, inte ”tre”."),
        ("Anteckningar", 6, "Text", "Texten är tom."),
    ]
    assert "2 rader har problem; inget importeras förrän de är rättade." in dialog.summary.text()
    assert "3 anteckningar läggs till." in dialog.summary.text()
    assert dialog.preview_model.rowCount() == 3
    assert dialog.preview_model.index(0, 2).data() == "Förslag"
    assert not dialog.import_button.isEnabled() and dialog.valid_only_button.isEnabled()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
    shot = _screens(tmp_path) / "granska-kalkylark-sv.png"
    assert dialog.grab().save(str(shot)) and _not_blank(shot)
    window.grab().save(str(_screens(tmp_path) / "granska-kalkylark-fonster-sv.png"))

    assert len(notes.list_notes(store, demo_conference_id)) == before  # nothing yet
    qtbot.mouseClick(dialog.valid_only_button, Qt.MouseButton.LeftButton)
    assert len(notes.list_notes(store, demo_conference_id)) == before + 3
    boxes.information.assert_called_once()
    assert "3 anteckningar lades till." in boxes.information.call_args.args[2]
    [typed] = paper_sheets(store, demo_conference_id, 7)
    assert typed["typed_by_role"] == "secretariat" and len(typed["notes"]) == 2

    # The same paper typed into a clean file and brought in again: the preview says it is all there.
    again = fill_sheet(template, tmp_path / "igen.xlsx", [rows[0], rows[1], rows[4]])
    window.paper.ask_open_path = lambda: again
    window.paper.import_action.trigger()
    second = window.paper.dialog
    qtbot.waitExposed(second)
    assert second.review.ok and not second.import_button.isEnabled()
    assert second.preview_model.index(0, 5).data().endswith("(redan importerad)")
    assert "3 rader finns redan här och läggs inte till igen." in second.summary.text()
    second.reject()


def test_the_chair_saves_a_template_for_the_table_and_may_import_only_that_table(
    qtbot, qapp, demo_workspace, demo_conference_id, sync_ops, boxes, tmp_path
) -> None:
    from ui.chair.window import ChairWindow

    i18n.install("sv", qapp)
    window = ChairWindow(demo_workspace)
    window.sync_status.automatic = False
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_table(demo_conference_id, 3)
    assert window.session is not None

    saved = tmp_path / "mall-bord-3.xlsx"
    window.chair_actions.paper.ask_save_path = lambda default: saved
    assert window.chair_actions.paper.template_action.text() == "Spara en &mall för bord utan dator…"
    window.chair_actions.paper.template_action.trigger()
    hidden = load_workbook(saved)["Rundabord"]
    assert {r[0]: r[1] for r in hidden.iter_rows(max_col=2, values_only=True)}["table"] == 3
    boxes.information.assert_called_once()

    filled = fill_sheet(
        saved,
        tmp_path / "f.xlsx",
        [(None, "1", None, None, None, "Från duken"), (4, "1", None, None, None, "Grannen")],
    )
    window.chair_actions.paper.ask_open_path = lambda: filled
    window.chair_actions.paper.import_action.trigger()
    dialog = window.chair_actions.paper.dialog
    qtbot.waitExposed(dialog)
    assert dialog.problems_model.index(0, 3).data() == (
        "Du kan inte skriva för bord 4 här; den här datorn skriver för bord 3."
    )
    qtbot.mouseClick(dialog.valid_only_button, Qt.MouseButton.LeftButton)
    texts = [n.text for n in notes.list_notes(demo_workspace.store, demo_conference_id, table_number=3)]
    assert "Från duken" in texts and "Grannen" not in texts
    shown = [window.notes_model.index(r, 0).data() for r in range(window.notes_model.rowCount())]
    assert any("Från duken" in str(text) for text in shown)  # the chair's list follows at once
    window.close()


def test_photos_of_the_paper_are_added_shown_and_refused_when_not_images(
    qtbot, secretariat_window, demo_workspace, demo_conference_id, boxes, tmp_path
) -> None:
    window = secretariat_window
    photo = tmp_path / "duken.jpg"
    Image.new("RGB", (800, 600), "wheat").save(photo)
    window.paper.photos_action.trigger()
    dialog = window.paper.photos_dialog
    qtbot.waitExposed(dialog)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData(7))
    assert dialog.model.rowCount() == 0
    dialog.caption_edit.setText("Bordsduken efter andra rundan")
    dialog.ask_image_path = lambda: photo
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Bordsduken efter andra rundan"
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    [kept] = attachments.attachments_of(demo_workspace.store, demo_conference_id, 7)
    assert kept.caption == "Bordsduken efter andra rundan"
    dialog.grab().save(str(_screens(tmp_path) / "foton-sv.png"))

    fake = tmp_path / "inte-en-bild.png"
    fake.write_text("hej")
    dialog.ask_image_path = lambda: fake
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    boxes.warning.assert_called_once()
    assert boxes.warning.call_args.args[1] == "Fotot lades inte till"
    assert dialog.model.rowCount() == 1
    dialog.reject()


def test_the_review_fits_a_small_screen_at_150_percent(
    qtbot, qapp, demo_workspace, demo_conference_id, tmp_path
):
    """911×512 logical pixels is a 1366×768 laptop at 150 %: the dialog must fit on it."""
    from app.sheets.importing import plan
    from app.sheets.service import check_file
    from ui.sheet_review import SheetImportDialog

    demo_workspace.role = "secretariat"
    path = tmp_path / "data.csv"
    path.write_text("table;question;kind;text\n3;1;proposal;Cykelbana\n", encoding="utf-8")
    review = check_file(demo_workspace, path, conference_id=demo_conference_id)
    dialog = SheetImportDialog(demo_workspace, review, plan(demo_workspace.store, review))
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    assert dialog.import_button.isEnabled() and not dialog.valid_only_button.isVisible()
    dialog.reject()
