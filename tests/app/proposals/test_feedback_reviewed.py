"""`rundabord proposal feedback` is what participants are told: it passes the personal-data review."""

from __future__ import annotations

import json

from app.cli import main

from .conftest import run

PHONE, MAIL = "070-555 12 34", "per.svensson@kommun.se"


def privacy(capsys, directory, *args: str) -> tuple[int, str]:
    code = main(["--workspace", str(directory), "privacy", *args])
    return code, capsys.readouterr().out


def test_feedback_is_refused_while_findings_wait_and_prints_what_the_review_decided(ws, capsys) -> None:
    directory, process = ws
    note_id = process.proposal_groups[0][0]
    conference = process.conference_ids[0]
    decision = f"Rådet driver frågan. Ring {PHONE} eller skriv till {MAIL}"
    assert run(capsys, directory, "status", note_id, "selected", "--decision", decision)[0] == 0

    for extra in ([], ["--json"], ["--table", "1"]):
        code, out, err = run(capsys, directory, "feedback", "--conference", conference, *extra)
        assert code == 2 and out == ""
        assert "not yet decided" in err and PHONE in err  # the findings listed for the secretary

    code, out, _ = run(capsys, directory, "feedback", "--conference", conference, "--redact-undecided")
    assert code == 0 and "Rådet driver frågan. Ring [personal data removed]" in out
    assert PHONE not in out and MAIL not in out

    code, listed = privacy(capsys, directory, "review", "--conference", conference, "--json")
    hits = [h["id"] for h in map(json.loads, listed.splitlines()) if h["decision"] is None]
    assert privacy(capsys, directory, "decide", "--conference", conference, *hits, "--remove")[0] == 0
    code, out, _ = run(
        capsys, directory, "feedback", "--conference", conference, "--json", "--language", "sv"
    )
    selected = next(o for o in map(json.loads, out.splitlines()) if o["status"] == "selected")
    assert selected["decision"] == (
        "Rådet driver frågan. Ring [personuppgift borttagen] eller skriv till [personuppgift borttagen]"
    )
