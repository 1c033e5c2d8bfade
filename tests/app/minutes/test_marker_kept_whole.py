"""Where personal data is removed, the public report prints "[personuppgift borttagen]". Broken at its
space, a line ended in "[personuppgift" and the next began with "borttagen]", which reads as two
fragments. The marker is kept whole on one line in the PDF and its HTML twin; the open data keeps its
plain spaces."""

from __future__ import annotations

import json

from pypdf import PdfReader

from app import notes
from app.minutes.opendata import open_data, to_csv
from app.minutes.public import build_public_report

FILLER = "Vi vill ha bättre kollektivtrafik och fler mötesplatser i hela länet, ring oss gärna"


def test_the_removed_marker_never_breaks_across_lines(demo_store, tmp_path):
    store, conference_id = demo_store
    for n in range(40):  # the marker starts at every place along a line
        lead = FILLER[: 10 + 2 * n]
        notes.add_note(store, conference_id, 1 + n % 12, 1 + n % 3, f"{lead} på 070-{100 + n} 45 67 i dag")
    path, html = tmp_path / "återkoppling.pdf", tmp_path / "återkoppling.html"
    build_public_report(store, conference_id, path, "sv", html_path=html, redact_undecided=True)
    page = html.read_text(encoding="utf-8")  # its twin in a browser, which wraps at spaces too
    assert page.count("[personuppgift\u00a0borttagen]") >= 25 and "[personuppgift borttagen]" not in page
    pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    lines = [line.strip() for page in pages for line in page.splitlines()]
    markers = sum(line.count("[personuppgift") for line in lines)
    assert markers >= 25, markers  # the numbers were removed (notes alike once removed are said as one)
    broken = [line for line in lines if line.endswith("[personuppgift") or line.startswith("borttagen]")]
    assert not broken, broken[:4]
    assert markers == sum(" ".join(line.split()).count("[personuppgift borttagen]") for line in lines)


def test_the_open_data_keeps_the_marker_with_plain_spaces(demo_store):
    store, conference_id = demo_store
    notes.add_note(store, conference_id, 1, 1, "Ring Anders på 070-123 45 67 om bussen")
    content = open_data(store, conference_id, "sv", redact_undecided=True)
    written = to_csv(content, ";") + json.dumps(content, ensure_ascii=False)
    assert "[personuppgift borttagen]" in written
    assert "\u00a0borttagen" not in written
