"""A chair's private remark ("Lena Wikström sa privat att hon mår dåligt – ta inte med det här") is
not made publishable by removing the name: the secretariat leaves the whole note out (`privacy decide
--leave-out` on a finding in it). It is then missing from every published document, read back (public
report PDF and HTML, open data JSON and CSV, `proposal feedback`), its other findings need no decision,
and the internal minutes still print it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import notes
from app.conferences import create_conference, parse_conference
from app.privacy.publish import Publication
from app.privacy.review import left_out_anywhere, review
from app.workspace import Workspace
from tests.app.privacy.read_back import (
    cli,
    decided_by_a_newer_version,
    one_table_conference,
    pdf_text,
    public_documents,
)

REMARK = "Lena Wikström sa privat att hon mår dåligt, ring henne på 070-111 22 33 – ta inte med det här"
PROPOSAL = "Lena Wikström föreslår i förtroende att hon slutar som ordförande"
OTHER = "Fler bussar till sjukhuset på helgerna, säger Lena Wikström"
PRIVATE = ("mår dåligt", "slutar som ordförande")


@pytest.fixture
def conference(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    remark = notes.add_note(workspace.store, cid, 1, 1, REMARK)
    proposal = notes.add_note(workspace.store, cid, 1, 1, PROPOSAL, kind="proposal")
    notes.add_note(workspace.store, cid, 1, 1, OTHER)
    notes.add_note(workspace.store, cid, 1, 1, "Samåkning till konferensen", kind="proposal")
    yield workspace, cid, remark, proposal
    workspace.close()


def _published(workspace: Workspace, cid: str, capsys, folder: Path) -> dict[str, str]:
    documents = public_documents(workspace, cid, capsys, folder)
    code, feedback, err = cli(workspace, capsys, "proposal", "feedback", "--conference", cid, "--json")
    assert code == 0, err
    return {**documents, "feedback": feedback}


def test_a_note_left_out_is_in_no_published_document_and_in_the_internal_minutes(
    conference, capsys, tmp_path
):
    workspace, cid, remark, proposal = conference
    hits = review(workspace.store, cid)
    named = {h.source.source_id: h for h in hits if h.kind == "name" and h.source.field == "text"}
    for note_id in (remark, proposal):
        code, out, err = cli(
            workspace, capsys, "privacy", "decide", "--conference", cid, named[note_id].id, "--leave-out"
        )
        assert code == 0, err
        assert "1 finding decided: omit" in out

    # The phone number in the remark goes with it: nobody is asked about it
    code, out, _err = cli(workspace, capsys, "privacy", "review", "--conference", cid, "--undecided")
    assert code == 0 and "070-111" not in out and "sa privat" not in out
    assert "sjukhuset på helgerna" in out  # the other note's name is still to decide
    assert cli(workspace, capsys, "privacy", "decide", "--conference", cid, "--undecided", "--remove")[0] == 0
    phone = next(h for h in review(workspace.store, cid) if h.kind == "phone")
    assert phone.decided and phone.decision is None and phone.left_out

    documents = _published(workspace, cid, capsys, tmp_path / "public")
    for where, text in documents.items():
        for private in PRIVATE:
            assert private not in text, where
        assert "070-111" not in text, where
    for where in ("PDF", "HTML", "JSON", "CSV"):
        assert "Fler bussar till sjukhuset" in documents[where], where  # the rest is published
    assert "Samåkning till konferensen" in documents["feedback"]

    internal = tmp_path / "internal.pdf"
    assert cli(workspace, capsys, "minutes", "--conference", cid, "-o", str(internal))[0] == 0
    text = pdf_text(internal)
    for private in PRIVATE:
        assert private in text  # the secretariat's own record keeps what was said


def test_only_a_notes_or_proposals_own_text_is_left_out_whole(tmp_path, capsys):
    workspace, cid = one_table_conference(tmp_path, question="Vad sa Lena Wikström om bussarna?")
    [question] = [h for h in review(workspace.store, cid) if h.source.kind == "question"]
    code, _out, err = cli(
        workspace, capsys, "privacy", "decide", "--conference", cid, question.id, "--leave-out"
    )
    assert code != 0 and "only those are left out whole" in err
    assert not review(workspace.store, cid)[0].decided
    workspace.close()


def test_a_proposal_left_out_stays_out_of_the_next_conferences_report(conference, capsys, tmp_path):
    """The autumn report tells what happened to the spring proposals ("Vad har hänt sedan förra
    gången?"): not to the one the spring review left out."""
    workspace, cid, _remark, proposal = conference
    [named] = [h for h in review(workspace.store, cid) if h.source.source_id == proposal]
    assert cli(workspace, capsys, "privacy", "decide", "--conference", cid, named.id, "--leave-out")[0] == 0
    autumn = create_conference(
        workspace.store,
        parse_conference(
            {
                "process": {"name": "Länets tillväxtprogram", "organisation": "Region Exempellän"},
                "conference": {"title": "Höstkonferensen", "date": "2026-10-08", "venue": "Folkets hus"},
                "questions": [{"text": "Vad har hänt?"}],
                "tables": [{"number": 1, "chair": "Per Holm", "participants": 6}],
            }
        ),
    )
    notes.add_note(workspace.store, autumn, 1, 1, "Mer kollektivtrafik", kind="proposal")
    minutes = ["minutes", "--conference", autumn, "--public", "-o", str(tmp_path / "autumn.pdf")]
    assert cli(workspace, capsys, *minutes)[0] == 0
    text = pdf_text(tmp_path / "autumn.pdf")
    html = " ".join((tmp_path / "autumn.html").read_text(encoding="utf-8").split())
    for document in (text, html):
        assert "Vad har hänt sedan förra gången?" in document
        assert "Samåkning till konferensen" in document  # the spring proposal not left out
        assert "slutar som ordförande" not in document


def test_a_decision_this_version_does_not_know_removes_the_finding(conference):
    """A follow-up bundle from a newer Rundabord may carry a decision this one cannot read: what it
    would publish is the finding removed, never the finding as written."""
    workspace, cid, remark, _proposal = conference
    decided_by_a_newer_version(workspace.store, cid, remark)
    gate = Publication(workspace.store, cid, "[borttaget]", redact_undecided=True)
    assert gate.clean(remark, "text", REMARK).startswith("[borttaget] sa privat")


def test_a_note_left_out_by_one_secretary_is_left_out_for_the_other_on_either_backend(pair, capsys) -> None:
    """Anna leaves the note out (with the rev she read); Britt, on the same store, publishes without it."""
    from tests.two_secretaries import run_cli

    cid = pair.conference_id
    britt = pair.britt.store
    remark = notes.add_note(britt, cid, 1, 1, "Ring Sigge på 0701234567, han mår dåligt – ta inte med")
    code, out, err = run_cli(capsys, pair.anna, "privacy", "review", "--conference", cid, "--json")
    assert code == 0, err
    found = {h["kind"]: h for h in map(json.loads, out.splitlines()) if h["record_id"] == remark}
    assert found.keys() == {"phone", "maybe-name"}  # "Ring Sigge": a name nobody in the workspace has
    phone = found["phone"]
    leave_out = (
        "privacy",
        "decide",
        "--conference",
        cid,
        phone["id"],
        "--leave-out",
        "--expect-rev",
        phone["rev"],
    )
    assert run_cli(capsys, pair.anna, *leave_out)[0] == 0
    hits = {h.kind: h for h in review(britt, cid) if h.source.source_id == remark}
    assert hits["phone"].decision is not None and hits["phone"].decision.action == "omit"
    assert hits["maybe-name"].decided and hits["maybe-name"].left_out  # left out with its note
    gate = Publication(britt, cid, "[borttaget]", redact_undecided=True)
    assert gate.held_back(remark)
    assert remark in left_out_anywhere(britt)  # what a later conference's report leaves out
