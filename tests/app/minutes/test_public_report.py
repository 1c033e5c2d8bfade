"""The public feedback report: what was said and what became of each proposal; no personal data in the
PDF or its HTML twin; the HTML semantic and in the document's language."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.minutes.public import build_public_report
from app.privacy.review import known_people

from .conftest import (
    PERSON,
    MinutesWorld,
    assert_in_order,
    body_text,
    normal,
    qpdf_check,
    review_as_secretariat,
)
from .conftest import PUBLISHED_EXOTIC as EXOTIC


@pytest.fixture(scope="module")
def public(world: MinutesWorld, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("public")
    pdf, html = folder / "aterkoppling.pdf", folder / "aterkoppling.html"
    review_as_secretariat(world)
    build_public_report(world.workspace.store, world.conference_id, pdf, "sv", html_path=html)
    return pdf, html


def _pdf_everything(pdf: Path) -> str:
    reader = PdfReader(str(pdf), strict=True)
    text = " ".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in reader.metadata.values())
    return normal(f"{text} {meta}")


def test_no_name_in_the_workspace_reaches_the_pdf_or_the_html(world, public):
    pdf, html = public
    names = known_people(world.workspace.store)
    assert {"Anna Lindqvist", "Łukasz Kowalski", PERSON} <= names and len(names) == 41
    published = {"PDF": _pdf_everything(pdf), "HTML": html.read_text(encoding="utf-8")}
    for where, text in published.items():
        for name in names:
            assert name.casefold() not in text.casefold(), f"{name} in the {where}"
        assert "greta@example.se" not in text and "Erik Berg" not in text  # contact and decider
    assert "[personuppgift borttagen] och [personuppgift borttagen] berättade om läxhjälp" in published["PDF"]


def test_what_was_said_and_what_happened(world, public, header_right):
    pdf, _html = public
    qpdf_check(pdf)
    body = body_text(pdf, header_right)
    # The secretariat's block first, then what was said by question and theme, then the proposals.
    assert_in_order(body, ["Hör av dig", "Vad händer nu?", "Vad som sades", "Fråga 1."])
    said = body[body.index("Fråga 1.") : body.index("Fråga 2.")]
    for text in EXOTIC:
        assert normal(text) in said
    assert_in_order(said, ["Mångfald & integration", EXOTIC[1], "Unga", EXOTIC[0]])
    assert_in_order(body, ["Fråga 3.", "Förslagen och vad som har hänt med dem"])
    happened = body[body.index("Förslagen och vad som har hänt med dem") :]
    assert_in_order(
        happened,
        [
            "Valt av tillväxtrådet (1)",
            "Öppna fritidsgårdar även på söndagar",
            "12 röster · Från bord 1 · Teman: Unga",
            "Beslut: Tillväxtrådet driver förslaget vidare; [personuppgift borttagen] samordnar.",
            "Ansvarig: Region Exempellän",
            "Följs upp: 1 september 2026",
            "Nytt (2)",
            "Språkvänner i varje kommun",
            "9 röster · Från bord 3",
        ],
    )
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert reader.metadata.title == "Återkoppling till deltagarna: Rundabordssamtal våren 2026"


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.html_lang = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")

    def handle_data(self, data):
        self.text.append(data)


def test_html_twin_is_semantic_accessible_and_says_the_same(world, public):
    _pdf, html = public
    source = html.read_text(encoding="utf-8")
    parsed = _Outline()
    parsed.feed(source)
    assert source.startswith("<!DOCTYPE html>")
    assert parsed.html_lang == "sv"
    for tag in ("main", "header", "footer", "nav", "h1", "h2", "h3", "ul", "ol", "li", "title"):
        assert tag in parsed.tags, tag
    assert parsed.tags.count("h1") == 1
    levels = [int(t[1]) for t in parsed.tags if re.fullmatch(r"h[1-6]", t)]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), "heading levels skip"
    text = normal(" ".join(parsed.text))
    for note in EXOTIC:  # markup characters arrive escaped and read back as typed
        assert normal(note) in text
    assert "&lt;b&gt;fet&lt;/b&gt; och &amp;amp; ska" in source
    assert "Valt av tillväxtrådet" in text and "[personuppgift borttagen] samordnar" in text


def test_english_public_report(world, public, tmp_path):  # `public`: the findings are decided
    pdf, html = tmp_path / "feedback.pdf", tmp_path / "feedback.html"
    build_public_report(world.workspace.store, world.conference_id, pdf, "en", html_path=html)
    assert '<html lang="en">' in html.read_text(encoding="utf-8")
    text = _pdf_everything(pdf)
    assert "What was said" in text and "Selected by the council" in text and "[personal data removed]" in text


def test_running_header_is_whole_not_cut_short(public):
    """The conference stands on the header's right; the left says what the document is, in full."""
    from .conftest import page_texts

    pdf, _html = public
    later_pages = page_texts(pdf)[1:]
    assert later_pages
    for text in later_pages:
        first_line = text.strip().splitlines()[0]
        assert "…" not in first_line and first_line.startswith("Återkoppling till deltagarna")


def test_introduction_closes_the_venue_phrase(world, public):
    """The demo venue is "Folkets hus, Exempelstad": the sentence needs a comma after it, too."""
    pdf, html = public
    lead = html.read_text(encoding="utf-8")
    assert "vid 3 bord i Folkets hus, Exempelstad, för att samtala om 3 frågor." in lead
    assert "Exempelstad, för att samtala" in normal(" ".join(p.extract_text() for p in PdfReader(pdf).pages))


def test_html_lets_a_long_word_break_on_a_phone_rather_than_run_past_the_edge(public):
    """Reflow (WCAG 1.4.10): a compound as tables write them ("Ungdomsverksamhetsutvecklingssamordnar-
    tjänst", a pasted web address) is wider than a 320 px screen; the page's style lets it break."""
    _pdf, html = public
    style = re.search(r"<style>(.*?)</style>", html.read_text(encoding="utf-8"), re.S).group(1)
    body = re.search(r"(?m)^body\s*\{([^}]*)\}", style).group(1)
    wraps = {v.strip() for k, v in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body) if k == "overflow-wrap"}
    assert wraps & {"anywhere", "break-word"}, body
