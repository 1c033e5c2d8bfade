"""Printing a PDF through Qt's print dialog: its pages rendered to images, painted onto the printer.

Qt can paint on a printer but cannot read a PDF: QtPdf is the separate PySide6_Pdf wheel, not in
PySide6-Essentials. Pages are rendered with pypdfium2 (PDFium, the engine of Chrome's PDF viewer: wheels
for Windows, macOS and Linux, nothing else to install); where it is missing, with poppler's `pdftoppm`
(and `pdfinfo` to count the pages) if they are on the PATH. Both render at up to 300 dpi, which is what
office printers resolve.

Painting runs in the worker thread: Qt allows QPainter on a QPrinter and QImage outside the GUI thread.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.errors import UserError
from ui.numbers import count_text

MAX_DPI = 300


def renderer_name() -> str | None:
    """Which page renderer this machine has: 'pdfium', 'pdftoppm', or None."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return "pdftoppm" if shutil.which("pdftoppm") and shutil.which("pdfinfo") else None
    return "pdfium"


def page_count(pdf: Path) -> int:
    if renderer_name() == "pdfium":
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(pdf))
        try:
            return len(document)
        finally:
            document.close()
    # pdftoppm path: poppler's pdfinfo counts without rendering (pypdf is only a test tool, not in the app)
    done = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, errors="replace")
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise OSError(f"pdfinfo reported no page count for {pdf}")


def render_pages(pdf: Path, dpi: int, pages: list[int]) -> Iterator[QImage]:
    """The given 0-based pages as images, one at a time (a 300 dpi A4 page is 26 MB)."""
    engine = renderer_name()
    if engine == "pdfium":
        yield from _render_pdfium(pdf, dpi, pages)
    elif engine == "pdftoppm":
        yield from _render_pdftoppm(pdf, dpi, pages)
    else:
        raise UserError("Printing needs pypdfium2 (part of Rundabord) or pdftoppm; neither was found.")


def _render_pdfium(pdf: Path, dpi: int, pages: list[int]) -> Iterator[QImage]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in pages:
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB byte order, as QImage wants
            data = bytes(bitmap.buffer)
            fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBX8888
            yield QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()  # copy: own the pixels
            bitmap.close()
            page.close()
    finally:
        document.close()


def _render_pdftoppm(pdf: Path, dpi: int, pages: list[int]) -> Iterator[QImage]:
    with tempfile.TemporaryDirectory(prefix="rundabord-print-") as folder:
        for index in pages:
            prefix = Path(folder) / f"p{index}"
            number = str(index + 1)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(dpi),
                    "-f",
                    number,
                    "-l",
                    number,
                    "-singlefile",
                    "-png",
                    str(pdf),
                    str(prefix),
                ],
                check=True,
                capture_output=True,
            )
            yield QImage(str(prefix.with_suffix(".png")))


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Paint the PDF's pages (the printer's chosen range, else all) on `printer`; returns pages printed."""
    total = page_count(pdf)
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:
        first, last = 1, total
    wanted = list(range(max(first, 1) - 1, min(last, total)))
    if not wanted:
        # English loads no .qm: its singular is its own string ("%1 pages" is right for 0 and 2+ in both).
        if total == 1:
            message = QCoreApplication.translate(
                "MinutesPrint", "The document has 1 page; the chosen range does not include it."
            )
        else:
            message = QCoreApplication.translate(
                "MinutesPrint", "The document has %1 pages; the chosen range has none of them."
            ).replace("%1", count_text(total))
        raise UserError(message)
    dpi = min(MAX_DPI, max(72, printer.resolution()))
    printer.setFullPage(True)  # the PDF carries its own margins; paint it on the whole sheet
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate(
                "MinutesPrint", "The printer could not be started. Check that it is on and try again."
            )
        )
    printed = 0
    try:
        for i, image in enumerate(render_pages(pdf, dpi, wanted)):
            if cancelled():
                break
            if i:
                printer.newPage()
            sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(sheet.width() / image.width(), sheet.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                sheet.x() + (sheet.width() - width) / 2,
                sheet.y() + (sheet.height() - height) / 2,
                width,
                height,
            )
            painter.drawImage(target, image)
            printed += 1
            progress(printed, len(wanted))
    finally:
        painter.end()
    return printed
