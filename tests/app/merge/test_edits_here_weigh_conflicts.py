"""An edit made here closes at once the side of an open conflict it supersedes, for every record type a
secretary edits here: not only at the next import that touches the record.

The secretariat writes a value; a colleague's store (a second secretariat exchanging follow-up bundles,
or a chair) writes another one without having seen it, and its records arrive: the secretariat's value
is open against the colleague's. The secretary then corrects the field here, through the same service
her window uses. Her own first value is superseded by her correction, and the colleague's value was in
the row she replaced: nothing is left to review, at once, as the next imports leave it. (Before, her
first value stayed open against the correction until an import touched the record.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from app import conferences, conflicts, notes, prepare
from app.demo import demo_description
from app.merge import merge_records
from app.minutes import report_texts
from app.privacy import review
from app.proposals import merging, summary
from app.records import RECORD_TYPES
from app.store import Store
from app.workspace import Workspace
from tests.clocks import edits_after


@dataclass(frozen=True)
class Case:
    type_name: str
    field: str
    values: tuple[Any, Any, Any]  # the secretariat's first, the colleague's, the secretariat's correction
    # The record at the secretariat (given the conference): its id, and the key its service edits it by.
    made: Callable[[Store, str], tuple[str, str]]
    edit: Callable[[Store, str, str, Any], None]  # (store, conference id, key, value): the service


def _proposal(store: Store, conference_id: str, text: str = "Bygg fler cykelbanor") -> str:
    return notes.add_note(store, conference_id, 1, 1, text, kind="proposal")


def _group(store: Store, conference_id: str) -> tuple[str, str]:
    first = _proposal(store, conference_id)
    second = _proposal(store, conference_id, "Fler cykelvägar mellan byarna")
    group_id = merging.merge(store, [first, second], text="Fler cykelbanor")
    return group_id, group_id


def _summary(store: Store, conference_id: str) -> tuple[str, str]:
    proposal_id = _proposal(store, conference_id)
    record_id, _before = summary.set_summary(store, proposal_id, "Cykelbanor byggs 2027.")
    return record_id, proposal_id


def _report_text(store: Store, conference_id: str) -> tuple[str, str]:
    return report_texts.set_report_text(store, conference_id, "contact", "Ring kansliet."), "contact"


PHONE = "070-123 45 67"


def _privacy(store: Store, conference_id: str) -> tuple[str, str]:
    notes.add_note(store, conference_id, 1, 1, f"Ring Kalle på {PHONE} om bussen")
    [hit] = [h for h in review.review(store, conference_id) if h.kind == "phone"]
    return review.decide(store, conference_id, hit, "remove").record_id, hit.id


def _decide(store: Store, conference_id: str, hit_id: str, replacement: Any) -> None:
    hit = review.find_hit(review.review(store, conference_id), hit_id)
    review.decide(store, conference_id, hit, "rewrite", replacement)


def _first(type_name: str) -> Callable[[Store, str], tuple[str, str]]:
    """The demo conference's first record of a type (the process, a theme, the conference, ...)."""

    def made(store: Store, conference_id: str) -> tuple[str, str]:
        conference = conferences.conference(store, conference_id)
        by_type = {
            "process": conference.process_id,
            "theme": conferences.themes(store, conference.process_id)[0].id,
            "conference": conference.id,
            "question": conferences.questions(store, conference.id)[0].id,
            "table": conferences.table(store, conference.id, 1).id,
        }
        return by_type[type_name], by_type[type_name]

    return made


def _note(store: Store, conference_id: str) -> tuple[str, str]:
    note_id = notes.add_note(store, conference_id, 1, 1, "Bussen går för sällan")
    return note_id, note_id


CASES = [
    Case(
        "process",
        "organisation",
        ("Region Norr", "Region Nord", "Regionen"),
        _first("process"),
        lambda s, c, key, v: prepare.edit_process(s, key, organisation=v),
    ),
    Case(
        "theme",
        "name",
        ("Kollektivtrafik", "Bussar och tåg", "Resor"),
        _first("theme"),
        lambda s, c, key, v: prepare.rename_theme(s, key, v),
    ),
    Case(
        "conference",
        "venue",
        ("Folkets hus", "Kulturhuset", "Medborgarhuset"),
        _first("conference"),
        lambda s, c, key, v: prepare.edit_conference(s, key, venue=v),
    ),
    Case(
        "question",
        "text",
        ("Vad behöver byn?", "Vad saknar byn?", "Vad vill ni ha i byn?"),
        _first("question"),
        lambda s, c, key, v: prepare.edit_question(s, key, text=v),
    ),
    Case(
        "question",
        "round_minutes",
        (25, 30, 20),
        _first("question"),
        lambda s, c, key, v: prepare.edit_question(s, key, round_minutes=v),
    ),
    Case(
        "table",
        "chair_name",
        ("Anna Berg", "Britt Ek", "Cecilia Ås"),
        _first("table"),
        lambda s, c, key, v: prepare.edit_table(s, key, chair_name=v),
    ),
    Case(
        "table",
        "participants",
        (7, 13, 8),
        _first("table"),
        lambda s, c, key, v: conferences.set_table_facts(s, c, 1, participants=v),
    ),
    Case(
        "note",
        "text",
        ("Bussen går sällan", "Bussen går för sällan på kvällen", "Bussen går inte på kvällen"),
        _note,
        lambda s, c, key, v: notes.edit_note(s, key, text=v),
    ),
    Case(
        "proposal_group",
        "text",
        ("Bygg cykelbanor", "Fler cykelvägar", "Cykelbanor mellan byarna"),
        _group,
        lambda s, c, key, v: merging.rename_group(s, key, v),
    ),
    Case(
        "proposal_summary",
        "text",
        ("Beslut i maj.", "Regionen utreder.", "Regionen utreder, beslut i maj."),
        _summary,
        lambda s, c, key, v: summary.set_summary(s, key, v),
    ),
    Case(
        "report_text",
        "text",
        ("Ring Anna.", "Mejla kansliet.", "Ring eller mejla kansliet."),
        _report_text,
        lambda s, c, key, v: report_texts.set_report_text(s, c, key, v),
    ),
    Case(
        "privacy_decision",
        "replacement",
        ("[telefon]", "[nummer]", "[telefonnummer]"),
        _privacy,
        _decide,
    ),
]


def _send(source: Store, target: Store) -> None:
    """What a follow-up bundle carries: every record the source holds, merged as an import merges them."""
    with target.transaction():
        merge_records(target, [r for name in RECORD_TYPES for r in source.dump(name)])


def _open(store: Store, record_id: str) -> list[tuple[str, Any, Any]]:
    return [(c.field, c.ours, c.theirs) for c in conflicts.open_conflicts(store) if c.record_id == record_id]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.type_name}-{c.field}")
def test_an_edit_here_closes_the_side_it_supersedes_at_once(
    case: Case, backend: str, tmp_path, request
) -> None:
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    try:
        conference_id = conferences.create_conference(kansli.store, demo_description())
        record_id, key = case.made(kansli.store, conference_id)
        _send(kansli.store, colleague.store)
        first, theirs, correction = case.values

        case.edit(kansli.store, conference_id, key, first)
        # the colleague's value is the later one, and the field holds it
        edits_after(colleague.store, kansli.store)
        case.edit(colleague.store, conference_id, key, theirs)
        _send(colleague.store, kansli.store)
        assert _open(kansli.store, record_id) == [(case.field, theirs, first)]

        case.edit(kansli.store, conference_id, key, correction)
        assert kansli.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(kansli.store, record_id) == []  # before: (correction, first), her own first value

        # What the next imports leave is what the edit left at once: the correction travels to the
        # colleague's store and back in its next follow-up.
        _send(kansli.store, colleague.store)
        assert colleague.store.require(case.type_name, record_id)[case.field] == correction
        _send(colleague.store, kansli.store)
        assert kansli.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(kansli.store, record_id) == []
    finally:
        colleague.close()
        kansli.close()


def test_an_edit_here_leaves_open_what_it_did_not_supersede(backend: str, tmp_path, request) -> None:
    """The weighing closes only what the edit replaced: a colleague's value the field never held here
    stays open against the correction, and an edit of another field leaves a conflict as it was."""
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    try:
        conference_id = conferences.create_conference(kansli.store, demo_description())
        question_id = conferences.questions(kansli.store, conference_id)[0].id
        _send(kansli.store, colleague.store)

        prepare.edit_question(colleague.store, question_id, text="Vad saknar byn?")
        # the secretariat's value is the later one: the field holds it
        edits_after(kansli.store, colleague.store)
        prepare.edit_question(kansli.store, question_id, text="Vad behöver byn?")
        _send(colleague.store, kansli.store)
        assert _open(kansli.store, question_id) == [("text", "Vad behöver byn?", "Vad saknar byn?")]

        prepare.edit_question(kansli.store, question_id, round_minutes=20)
        assert _open(kansli.store, question_id) == [("text", "Vad behöver byn?", "Vad saknar byn?")]

        prepare.edit_question(kansli.store, question_id, text="Vad vill ni ha i byn?")
        # Her own first text is superseded; the colleague's never stood in the row she replaced.
        assert _open(kansli.store, question_id) == [("text", "Vad vill ni ha i byn?", "Vad saknar byn?")]
        _send(colleague.store, kansli.store)  # the next import leaves it so
        assert _open(kansli.store, question_id) == [("text", "Vad vill ni ha i byn?", "Vad saknar byn?")]
    finally:
        colleague.close()
        kansli.close()


def test_corrections_after_a_colleagues_signed_follow_up(backend: str, tmp_path, request) -> None:
    """The same, with real signed follow-up bundles between two secretariats that trust each other: a
    question's text and a proposal's summary, each corrected here after the colleague's follow-up."""
    from app import demo
    from app.bundles import import_files
    from app.bundles import trust as trust_list
    from app.bundles.identity import create_identity
    from app.proposals.exchange import SECRETARIAT, export_followup

    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    sent: list[int] = []

    def follow_up(source: Workspace, target: Workspace) -> None:
        sent.append(len(sent) + 1)
        bundle = export_followup(
            source, conference_id, tmp_path / f"follow-up-{sent[-1]}.rbz", recipient=SECRETARIAT
        )
        [receipt] = import_files(target, [bundle.path])
        assert receipt.status == "imported", receipt.reason

    try:
        kansli_key = create_identity(kansli, "Kansliet Åsele")
        colleague_key = create_identity(colleague, "Britt Ek")
        trust_list.add(kansli.store, colleague_key.public_key, "Britt Ek", "secretariat")
        trust_list.add(colleague.store, kansli_key.public_key, "Kansliet Åsele", "secretariat")
        conference_id = demo.ensure_demo(kansli.store)
        question_id = conferences.questions(kansli.store, conference_id)[0].id
        proposal_id = _proposal(kansli.store, conference_id)
        summary_id, _ = summary.set_summary(kansli.store, proposal_id, "Beslut i maj.")
        follow_up(kansli, colleague)

        prepare.edit_question(kansli.store, question_id, text="Vad behöver byn?")
        summary.set_summary(kansli.store, proposal_id, "Regionen utreder.")
        edits_after(colleague.store, kansli.store)  # the colleague's values are the later ones
        prepare.edit_question(colleague.store, question_id, text="Vad saknar byn?")
        summary.set_summary(colleague.store, proposal_id, "Regionen utreder, beslut i juni.")
        follow_up(colleague, kansli)
        assert _open(kansli.store, question_id) == [("text", "Vad saknar byn?", "Vad behöver byn?")]
        assert _open(kansli.store, summary_id) == [
            ("text", "Regionen utreder, beslut i juni.", "Regionen utreder.")
        ]

        prepare.edit_question(kansli.store, question_id, text="Vad vill ni ha i byn?")
        summary.set_summary(kansli.store, proposal_id, "Regionen utreder; beslut i juni.")
        assert _open(kansli.store, question_id) == []  # before: her first text, against her correction
        assert _open(kansli.store, summary_id) == []

        follow_up(kansli, colleague)
        follow_up(colleague, kansli)  # the colleague's next follow-up leaves it so
        assert _open(kansli.store, question_id) == [] and _open(kansli.store, summary_id) == []
        assert summary.summary_of(kansli.store, proposal_id) == "Regionen utreder; beslut i juni."
    finally:
        colleague.close()
        kansli.close()


def test_a_conflict_on_the_conference_itself_is_listed_under_it_and_its_decision_travels(
    tmp_path,
) -> None:
    """The window and `conflict list --conference` list a conference's conflicts: those on its own title
    or venue too (before, only those of records that name a conference, so never these)."""
    from app.proposals.exchange import followup_records

    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    try:
        conference_id = conferences.create_conference(kansli.store, demo_description())
        _send(kansli.store, colleague.store)
        prepare.edit_conference(kansli.store, conference_id, venue="Folkets hus")
        edits_after(colleague.store, kansli.store)
        prepare.edit_conference(colleague.store, conference_id, venue="Kulturhuset")
        _send(colleague.store, kansli.store)

        [listed] = conflicts.open_conflicts(kansli.store, conference_id)
        assert (listed.record_id, listed.field, listed.ours, listed.theirs) == (
            conference_id,
            "venue",
            "Kulturhuset",
            "Folkets hus",
        )
        resolution_id = conflicts.resolve(kansli.store, listed.id, "ours")
        assert conflicts.open_conflicts(kansli.store, conference_id) == []
        assert resolution_id in {r["id"] for r in followup_records(kansli.store, conference_id)}
    finally:
        colleague.close()
        kansli.close()
