"""The embedded Unicode font: DejaVu Sans from resources/fonts, registered once per process.

reportlab's built-in Helvetica covers Latin-1 only; DejaVu Sans prints å, ä, ö, Ł, ß, Greek and
Cyrillic, and reportlab embeds just the glyphs a document uses.
"""

from __future__ import annotations

import threading
from importlib import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVuSans-Family"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make REGULAR and BOLD known to reportlab (idempotent, safe from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources.files("resources").joinpath("fonts")
        for name, filename in _FILES.items():
            # Read the bytes: works the same from a checkout, a wheel and a PyInstaller bundle.
            data = folder.joinpath(filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, _BytesFile(data)))
        # No italic face ships; <i> falls back to upright rather than failing.
        for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
            addMapping(REGULAR, bold, italic, face)
            addMapping(BOLD, bold, italic, face if bold else BOLD)
        _registered = True


class _BytesFile:
    """TTFont accepts a file-like object with read(); give it one over bytes already in memory."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data
