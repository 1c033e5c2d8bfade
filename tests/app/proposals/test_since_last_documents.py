""" "Vad har hänt sedan förra gången?" in the conference minutes and the public report (PDF and HTML),
read back from the files: from the second conference on, with the links across conferences."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app import proposals
from app.minutes.conference import build_conference_minutes
from app.minutes.public import build_public_report

HEADING = "Vad har hänt sedan förra gången?"


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _decide(store, process) -> tuple[str, str]:
    earlier = process.proposal_groups[0]  # conference 1
    group_id = proposals.merge(store, earlier[:2])
    proposals.set_status(
        store,
        group_id,
        "selected",
        decision="Rådet driver frågan",
        owner="Region Testlän",
        decided_on="2026-05-20",
        meeting="Tillväxtrådet 20 maj",
        contact="kansli@testlan.se",
        decided_by="Birgitta Bengtsdotter",
    )
    proposals.set_summary(store, group_id, "Två nya mötesplatser har öppnat i byarna.")
    dropped = process.proposal_groups[3][0]  # conference 1 too
    proposals.set_status(
        store,
        dropped,
        "not-pursued",
        reason="Finns redan i kommunens plan",
        owner="Gunnar Gustavsson",
        owner_kind="person",
    )
    again = process.proposal_groups[1][0]  # conference 2
    proposals.link_again(store, again, group_id)
    return group_id, again


def test_minutes_of_the_second_conference_tell_what_happened(sample, tmp_path: Path) -> None:
    store, process = sample
    _decide(store, process)
    first, second = process.conference_ids[:2]
    build_conference_minutes(store, first, tmp_path / "first.pdf", "sv")
    assert HEADING not in _text(tmp_path / "first.pdf")  # nothing earlier at the first conference

    build_conference_minutes(store, second, tmp_path / "second.pdf", "sv")
    text = _text(tmp_path / "second.pdf")
    assert text.count(HEADING) == 2  # in the contents and as the section
    assert "Tillväxtrådet har valt att driva förslaget. Beslut 20 maj 2026 vid Tillväxtrådet 20 maj." in text
    assert "Från sekretariatet: Två nya mötesplatser har öppnat i byarna." in text
    assert "Ansvarig: Region Testlän." in text
    assert "Skäl: Finns redan i kommunens plan." in text
    assert "Gunnar Gustavsson" not in text and "kansli@testlan.se" not in text
    assert "Togs upp igen vid den här konferensen." in text
    assert "togs upp tidigare vid Rundabordssamtal 1" in text  # the link, in the ranked proposals


def test_public_report_prints_the_summary_and_nothing_personal(sample, tmp_path: Path) -> None:
    store, process = sample
    _decide(store, process)
    second = process.conference_ids[1]
    pdf, html = tmp_path / "public.pdf", tmp_path / "public.html"
    build_public_report(store, second, pdf, "sv", html)
    text = _text(pdf)
    assert HEADING in text
    assert "Två nya mötesplatser har öppnat i byarna." in text
    assert "Från sekretariatet" not in text and "Tillväxtrådet 20 maj" not in text  # the summary speaks
    assert "Gunnar Gustavsson" not in text and "Birgitta" not in text
    assert "togs upp tidigare vid Rundabordssamtal 1" in text
    page = html.read_text(encoding="utf-8")
    assert f'<h2 id="since-last">{HEADING}</h2>' in page and 'href="#since-last"' in page
    assert "Två nya mötesplatser har öppnat i byarna." in page and "Gunnar" not in page

    build_public_report(store, second, tmp_path / "en.pdf", "en")
    assert "What has happened since last time?" in _text(tmp_path / "en.pdf")


def test_a_review_date_the_next_conference_has_passed_is_not_said_as_still_to_come(
    sample, tmp_path: Path
) -> None:
    store, process = sample
    late, ahead = process.proposal_groups[0][0], process.proposal_groups[3][0]  # conference 1
    for note_id, review in ((late, "2026-09-01"), (ahead, "2027-03-01")):  # conference 2: 2026-10-08
        proposals.set_status(
            store, note_id, "in-progress", owner="Region Testlän", review_date=review, decided_on="2026-05-20"
        )
    second = process.conference_ids[1]
    pdf, html = tmp_path / "public.pdf", tmp_path / "public.html"
    build_public_report(store, second, pdf, "sv", html)
    build_conference_minutes(store, second, tmp_path / "minutes.pdf", "sv")
    for text in (_text(pdf), html.read_text(encoding="utf-8"), _text(tmp_path / "minutes.pdf")):
        assert "Skulle ha följts upp 1 september 2026." in text
        assert "Följs upp 1 september 2026" not in text
        assert "Följs upp 1 mars 2027." in text
    build_public_report(store, second, tmp_path / "en.pdf", "en")
    assert "Was due to be reviewed 1 September 2026." in _text(tmp_path / "en.pdf")


def test_html_keeps_a_proposals_line_break_and_its_markers_whole_as_the_rest_of_the_page(
    sample, tmp_path: Path
) -> None:
    from app.minutes.glyphs import markers_whole

    store, process = sample
    earlier = process.proposal_groups[0][0]  # conference 1
    group_id = proposals.merge(
        store, process.proposal_groups[0][:2], text="Fler mötesplatser\nKontakt: 070-123 45 67"
    )
    assert group_id != earlier
    html = tmp_path / "public.html"
    build_public_report(store, process.conference_ids[1], tmp_path / "public.pdf", "sv", html)
    page = html.read_text(encoding="utf-8")
    marker = markers_whole("[personuppgift borttagen]")
    assert f"<strong>Fler mötesplatser<br>Kontakt: {marker}</strong>" in page
    assert "070-123" not in page
