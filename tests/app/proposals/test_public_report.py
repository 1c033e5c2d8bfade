"""The minutes engineer's public feedback report, fed by app.proposals.feedback: statuses, no names."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from app import conferences, proposals
from app.minutes.public import build_public_report


def test_public_report_shows_statuses_and_decisions_but_no_names(sample, tmp_path: Path) -> None:
    store, process = sample
    conference_id = process.conference_ids[1]
    bus = process.proposal_groups[1]
    group_id = proposals.merge(store, bus)
    proposals.set_status(
        store,
        group_id,
        "selected",
        decision="Regionen utreder kvällsturer under 2027",
        owner="Region Testlän",
        owner_kind="organisation",
        contact="trafik@testlan.se",
        decided_by="Birgitta Bengtsdotter",
    )
    rejected = process.proposal_groups[4][0]
    proposals.set_status(
        store,
        rejected,
        "not-pursued",
        reason="Kommunerna har redan en plan för detta",
        owner="Gunnar Gustavsson",
        owner_kind="person",
        contact="070-111 22 33",
        decided_by="Birgitta Bengtsdotter",
    )
    pdf, html = tmp_path / "public.pdf", tmp_path / "public.html"
    build_public_report(store, conference_id, pdf, "sv", html)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = re.sub(r"\s+", " ", text)
    page = html.read_text(encoding="utf-8")
    for document in (flat, page):
        assert "Valt av tillväxtrådet" in document and "Drivs inte vidare" in document
        assert "Regionen utreder kvällsturer under 2027" in document
        assert "Kommunerna har redan en plan för detta" in document
        assert "Region Testlän" in document
        chairs = [t.chair_name for t in conferences.tables(store, conference_id)]
        for personal in ["Birgitta", "Bengtsdotter", "Gunnar", "trafik@testlan.se", "070-111 22 33", *chairs]:
            assert personal not in document, personal
    # Every proposal of the conference appears once, merged ones once.
    import html as markup

    outcomes = proposals.feedback(store, conference_id)
    assert any(o.merged_count > 1 for o in outcomes)
    for outcome in outcomes:
        assert outcome.text[:30] in flat
        assert page.count(f"<p>{markup.escape(outcome.text)}</p>") == 1, outcome.text
    merged = proposals.find_proposal(store, group_id)
    for original in merged.originals:  # the merged-away wordings are not listed again as proposals
        if original.text != merged.text:
            assert f"<p>{markup.escape(original.text)}</p>" not in page


def test_english_report_says_tables_for_a_merged_proposal(sample, tmp_path: Path) -> None:
    store, process = sample
    conference_id = process.conference_ids[1]
    group_id = proposals.merge(store, process.proposal_groups[1])
    tables = proposals.find_proposal(store, group_id).tables
    assert len(tables) > 1
    pdf = tmp_path / "public-en.pdf"
    build_public_report(store, conference_id, pdf, "en")
    flat = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert f"From tables {', '.join(map(str, tables))}" in flat
    assert re.search(r"From table \d+ ", flat) and not re.search(r"From table \d+,", flat)
