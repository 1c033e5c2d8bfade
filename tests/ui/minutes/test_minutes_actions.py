"""The minutes' menu actions: real documents built off the UI thread, opened in the viewer, printed
through a real QPrinter (to a PDF file), failures shown in the one error dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMenu

from app import notes
from ui.minutes_actions import SETTINGS_FOLDER, populate_chair_menu, populate_secretariat_menu


class _Viewer(QObject):
    """Stands in for the system's PDF viewer: QDesktopServices hands it every file:// URL."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def viewer():
    handler = _Viewer()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def window(qtbot, demo_workspace, demo_conference_id):
    for i, text in enumerate(["Fler mötesplatser för unga", "Łódź & Ψ < 10 kr", "Привет, länet"]):
        notes.add_note(demo_workspace.store, demo_conference_id, 3, 1 + i % 3, text, themes=["Unga"])
    notes.add_note(
        demo_workspace.store, demo_conference_id, 3, 3, "Öppna fritidsgården", kind="proposal", votes=5
    )
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def _answer_save(actions, path: Path) -> list[tuple[str, Path]]:
    asked: list[tuple[str, Path]] = []

    def ask(title: str, default: Path, filters: str) -> Path:
        asked.append((title, default))
        return path

    actions.ask_save_path = ask
    return asked


def test_conference_minutes_are_built_opened_and_offered_for_print(
    window, demo_workspace, demo_conference_id, viewer, boxes, sync_ops, tmp_path
):
    menu = QMenu(window)
    actions = populate_secretariat_menu(menu, demo_workspace, lambda: demo_conference_id, window)
    QSettings().setValue(SETTINGS_FOLDER, str(tmp_path))
    target = tmp_path / "protokoll"  # no extension typed: .pdf is added
    asked = _answer_save(actions, target)
    actions.conference_minutes_action.trigger()

    written = tmp_path / "protokoll.pdf"
    assert asked[0][1] == tmp_path / "2026-03-12-rundabordssamtal-varen-2026-minnesanteckningar.pdf"
    assert viewer.opened == [written]
    text = " ".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert "Łódź & Ψ < 10 kr" in text and "Привет, länet" in text
    boxes.question.assert_called_once()
    assert "Print it now?" in boxes.question.call_args.args[2]
    assert actions.print_action.isEnabled()
    assert [a.text() for a in menu.actions() if a.text()][:6] == [
        "&Conference minutes…",
        "&Table minutes…",
        "Table minutes &with photos of the paper…",
        "T&heme report…",
        "Public report te&xts…",
        "&Public feedback report…",
    ]


def test_print_paints_every_page_on_the_printer(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path
):
    """Answering "print" opens Qt's print dialog; the pages reach a real QPrinter (PDF output here)."""
    menu = QMenu(window)
    actions = populate_chair_menu(menu, demo_workspace, lambda: demo_conference_id, lambda: 3, window)
    actions.open_in_viewer = False
    _answer_save(actions, tmp_path / "bord-3.pdf")
    printed_file = tmp_path / "printed.pdf"

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_file))
        printer.setResolution(100)
        return True

    actions.ask_printer = ask_printer
    printed: list[int] = []
    actions.printed.connect(printed.append)
    actions.table_minutes_action.trigger()
    on_answer = boxes.question.call_args.kwargs["on_answer"]
    on_answer(True)

    pages = len(PdfReader(str(tmp_path / "bord-3.pdf")).pages)
    assert printed == [pages]
    assert len(PdfReader(str(printed_file)).pages) == pages
    import pypdfium2 as pdfium  # the printed page holds the rendered minutes, not a blank sheet

    document = pdfium.PdfDocument(str(printed_file))
    bitmap = document[0].render(scale=0.5)
    assert min(bytes(bitmap.buffer)) < 100  # dark pixels: text was painted
    document.close()


def test_table_minutes_for_the_chairs_table(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path
):
    actions = populate_chair_menu(
        QMenu(window), demo_workspace, lambda: demo_conference_id, lambda: 3, window
    )
    actions.open_in_viewer = False
    asked = _answer_save(actions, tmp_path / "t.pdf")
    actions.table_minutes_action.trigger()
    assert asked[0][1].name == "2026-03-12-rundabordssamtal-varen-2026-minnesanteckningar-bord-3.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "t.pdf")).pages)
    assert "Minnesanteckningar från bord 3" in text and "Fatima Hassan" in text


def test_secretariat_picks_the_table_and_the_theme(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path
):
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.open_in_viewer = False
    actions.ask_table = lambda title, numbers, current: 3 if numbers == list(range(1, 41)) else None
    _answer_save(actions, tmp_path / "t3.pdf")
    actions.table_minutes_action.trigger()
    assert (tmp_path / "t3.pdf").exists()

    offered: list[list[str]] = []
    actions.ask_item = lambda title, label, items: offered.append(items) or "Unga"
    _answer_save(actions, tmp_path / "unga.pdf")
    actions.theme_report_action.trigger()
    assert offered[0] == [
        "All themes",
        "Mångfald & integration",
        "Unga",
        "Jämställdhet",
        "Självbild & stolthet",
    ]
    assert PdfReader(str(tmp_path / "unga.pdf")).metadata.title == "Temarapport: Unga"


def test_public_report_writes_pdf_and_html(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path
):
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.open_in_viewer = False
    _answer_save(actions, tmp_path / "feedback.pdf")
    actions.public_report_action.trigger()
    html = (tmp_path / "feedback.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "Fler mötesplatser för unga" in html and "Fatima Hassan" not in html
    assert "accessible web page" in boxes.question.call_args.args[2]


def test_open_data_as_json_or_csv(window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path):
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    _answer_save(actions, tmp_path / "data.json")
    actions.export_data_action.trigger()
    assert len(json.loads((tmp_path / "data.json").read_text(encoding="utf-8"))["notes"]) == 4
    _answer_save(actions, tmp_path / "data")
    actions.export_data_action.trigger()
    assert (tmp_path / "data.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert boxes.information.call_count == 2


def test_no_conference_cancelled_dialog_and_failure(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path
):
    none = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: None, window)
    none.conference_minutes_action.trigger()
    boxes.information.assert_called_once()
    assert "Choose a conference first" in boxes.information.call_args.args[2]

    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.ask_save_path = lambda *args: None  # the user closed the file dialog
    actions.conference_minutes_action.trigger()
    boxes.question.assert_not_called()

    _answer_save(actions, tmp_path / "missing" / "x.pdf")
    actions.conference_minutes_action.trigger()
    boxes.error.assert_called_once()
    assert "the folder is not there" in boxes.error.call_args.args[2]
    assert not actions.print_action.isEnabled()


def test_building_really_runs_off_the_ui_thread(
    qtbot, window, demo_workspace, demo_conference_id, boxes, tmp_path, monkeypatch
):
    import threading

    import app.minutes.conference as conference_module

    # The real build, watched: which thread lays the document out.
    real_build, threads = conference_module.build_conference_minutes, []

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(conference_module, "build_conference_minutes", watched)
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.open_in_viewer = False
    _answer_save(actions, tmp_path / "async.pdf")
    with qtbot.waitSignal(actions.document_written, timeout=30_000) as signal:
        actions.conference_minutes_action.trigger()
    assert signal.args == [str(tmp_path / "async.pdf")]
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: boxes.question.called)


def test_swedish_menu(qapp, window, demo_workspace, demo_conference_id):
    from ui import i18n

    i18n.install("sv", qapp)
    menu = QMenu(window)
    actions = populate_secretariat_menu(menu, demo_workspace, lambda: demo_conference_id, window)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "&Konferensens minnesanteckningar…",
        "&Bordets minnesanteckningar…",
        "Bordets minnesanteckningar med &foton av pappret…",
        "&Temarapport…",
        "Texter i återkopplings&rapporten…",
        "&Återkoppling till deltagarna…",
        "Exportera &öppna data…",
        "Skriv &ut senaste dokumentet…",
    ]
    assert "utan personuppgifter" in actions.public_report_action.statusTip()


def test_cancel_stops_the_build_and_writes_nothing(qtbot, demo_workspace, boxes, tmp_path):
    from app.minutes.sample import create_sample_conference
    from ui.operations import running_operations

    conference_id = create_sample_conference(demo_workspace.store, tables=40, notes=3000, title="Stor")
    main = QMainWindow()
    qtbot.addWidget(main)
    actions = populate_secretariat_menu(QMenu(main), demo_workspace, lambda: conference_id, main)
    out = tmp_path / "out"
    out.mkdir()
    _answer_save(actions, out / "big.pdf")
    written: list[str] = []
    actions.document_written.connect(written.append)
    actions.conference_minutes_action.trigger()
    (operation,) = [op for op in running_operations() if op.is_running]
    with qtbot.waitSignal(operation.cancelled, timeout=30_000):
        operation.cancel()
    assert written == [] and list(out.iterdir()) == []
    boxes.error.assert_not_called()
    boxes.question.assert_not_called()


@pytest.mark.parametrize("engine", ["pdfium", "pdftoppm"])
def test_both_page_renderers_print_every_page(qapp, monkeypatch, tmp_path, engine):
    """pypdfium2 is the renderer shipped; pdftoppm is the fallback where it is missing."""
    import shutil

    from app.minutes.sample import create_sample_conference
    from app.minutes.table import build_table_minutes
    from app.store import Store
    from ui import minutes_print

    if engine == "pdftoppm" and shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (make system-deps)")
    monkeypatch.setattr(minutes_print, "renderer_name", lambda: engine)
    store = Store(tmp_path / "ws.sqlite3")
    cid = create_sample_conference(store, tables=2, notes=120)
    source = tmp_path / "bord-1.pdf"
    pages = build_table_minutes(store, cid, 1, source, "sv")
    store.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(60)
    printer.setFromTo(2, pages)  # the print dialog's page range
    done: list[int] = []
    assert minutes_print.print_pdf(source, printer, lambda n, total: done.append(n)) == pages - 1
    assert done == list(range(1, pages)) and pages >= 3
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages - 1


@pytest.mark.parametrize(
    ("action", "file_name"),
    [
        ("table_minutes_action", "t.pdf"),
        ("conference_minutes_action", "c.pdf"),
        ("theme_report_action", "th.pdf"),
        ("public_report_action", "p.pdf"),
        ("export_data_action", "d.json"),
    ],
)
def test_every_document_builds_on_a_real_worker_thread(
    qtbot, window, demo_workspace, demo_conference_id, boxes, tmp_path, action, file_name
):
    """No sync_ops here: the work runs on a pool thread, where touching the window's store would fail."""
    actions = populate_secretariat_menu(QMenu(window), demo_workspace, lambda: demo_conference_id, window)
    actions.open_in_viewer = False
    actions.ask_table = lambda title, numbers, current: 3
    actions.ask_item = lambda title, label, items: items[0]
    _answer_save(actions, tmp_path / file_name)
    # Wait for the whole success callback (it emits document_written), not just for the file: a callback
    # still pending when the test ends would run against a deleted window.
    with qtbot.waitSignal(actions.document_written, timeout=30_000, raising=False) as written:
        getattr(actions, action).trigger()
    assert not boxes.error.called, boxes.error.call_args
    assert written.signal_triggered
    assert (tmp_path / file_name).stat().st_size > 0


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("en", "(1 page).", "(3 pages)."), ("sv", "(1 sida).", "(3 sidor).")],
)
def test_the_saved_message_counts_pages_in_singular_and_plural(
    window, demo_workspace, demo_conference_id, boxes, sync_ops, tmp_path, qapp, language, one, many
):
    from ui import i18n

    i18n.install(language, qapp)
    actions = populate_chair_menu(
        QMenu(window), demo_workspace, lambda: demo_conference_id, lambda: 3, window
    )
    actions.open_in_viewer = False
    _answer_save(actions, tmp_path / "bord-3.pdf")
    actions.table_minutes_action.trigger()
    assert len(PdfReader(str(tmp_path / "bord-3.pdf")).pages) == 1  # one table's notes fit on a page
    message = boxes.question.call_args.args[2]
    assert message.startswith(str(tmp_path / "bord-3.pdf")) and one in message
    actions._on_built(tmp_path / "bord-3.pdf", 3, "")  # a longer document, same message
    assert many in boxes.question.call_args.args[2]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "The document has 1 page; the chosen range does not include it."),
        ("sv", "Dokumentet har 1 sida; det valda intervallet omfattar den inte."),
    ],
)
def test_a_print_range_outside_the_document_is_refused_in_the_window_language(
    demo_workspace, demo_conference_id, tmp_path, qapp, language, expected
):
    from app.errors import UserError
    from app.minutes.table import build_table_minutes
    from ui import i18n
    from ui.minutes_print import print_pdf

    i18n.install(language, qapp)
    pdf = tmp_path / "bord-3.pdf"
    assert build_table_minutes(demo_workspace.store, demo_conference_id, 3, pdf, language) == 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    printer.setFromTo(2, 3)
    with pytest.raises(UserError) as raised:
        print_pdf(pdf, printer)
    assert str(raised.value) == expected
    assert not (tmp_path / "never.pdf").exists()
