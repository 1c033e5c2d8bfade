"""The embedded Unicode fonts: DejaVu Sans from resources/fonts, registered once per process.

reportlab's built-in Helvetica covers Latin-1 only; DejaVu Sans prints å, ä, ö, Ł, ß, Greek and
Cyrillic, and reportlab embeds just the glyphs a document uses. DejaVu Sans Condensed (the same
letters, narrower) sets the long complete records, e.g. the conference minutes' appendix.
Both come from Debian's fonts-dejavu packages, unchanged, under their licence (LICENSE-DejaVu.txt).
"""

from __future__ import annotations

import threading
from importlib import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
FAMILY = "DejaVuSans-Family"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
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
        for regular, bold_face in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
            for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(regular, bold, italic, bold_face if bold else regular)
                addMapping(bold_face, bold, italic, bold_face)
        _registered = True


class _BytesFile:
    """TTFont accepts a file-like object with read(); give it one over bytes already in memory."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data
