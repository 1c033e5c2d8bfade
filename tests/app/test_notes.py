from __future__ import annotations

import pytest

from app import conferences, notes, search
from app.errors import NotFound, UserError


@pytest.fixture
def table3(demo_store):
    store, conference_id = demo_store
    return store, conference_id


def test_notes_keep_their_order_kind_themes_and_votes(table3) -> None:
    store, cid = table3
    first = notes.add_note(store, cid, 3, 1, "Mentorskap för nyanlända", themes=["Mångfald & integration"])
    second = notes.add_note(
        store, cid, 3, 1, "Sommarjobb i kommunen", kind="proposal", themes=["unga"], votes=4
    )
    listed = notes.list_notes(store, cid, table_number=3)
    assert [n.id for n in listed] == [first, second]
    assert listed[1].kind == "proposal" and listed[1].votes == 4
    process_id = conferences.conference(store, cid).process_id
    assert [t.name for t in conferences.themes(store, process_id) if t.id in listed[1].themes] == ["Unga"]


def test_reorder_swap_move_delete_restore(table3) -> None:
    store, cid = table3
    a, b, c = (notes.add_note(store, cid, 3, 1, text) for text in ("A", "B", "C"))
    notes.swap_positions(store, a, b)
    assert [n.text for n in notes.list_notes(store, cid, table_number=3)] == ["B", "A", "C"]
    notes.reorder(store, [c, b, a])
    assert [n.text for n in notes.list_notes(store, cid, table_number=3)] == ["C", "B", "A"]
    q2 = conferences.question(store, cid, 2)
    notes.move_to_question(store, c, q2.id)
    assert [n.text for n in notes.list_notes(store, cid, table_number=3, question_id=q2.id)] == ["C"]
    notes.delete_note(store, b)
    assert [n.text for n in notes.list_notes(store, cid, table_number=3)] == ["A", "C"]
    notes.restore_note(store, b)
    assert {n.text for n in notes.list_notes(store, cid, table_number=3)} == {"A", "B", "C"}
    assert notes.count_by_question(store, cid, 3) == {conferences.question(store, cid, 1).id: 2, q2.id: 1}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"table_number": 41}, "no table 41"),
        ({"question": 9}, "no question 9"),
        ({"text": "   "}, "needs some text"),
        ({"kind": "wish"}, "unknown note kind"),
        ({"themes": ["Klimat"]}, "unknown theme 'Klimat'"),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(table3, kwargs, error) -> None:
    store, cid = table3
    args = {"table_number": 3, "question": 1, "text": "hej"} | kwargs
    with pytest.raises(UserError, match=error):
        notes.add_note(store, cid, args.pop("table_number"), args.pop("question"), args.pop("text"), **args)
    assert notes.list_notes(store, cid, include_deleted=True) == []


def test_edit_rules(table3) -> None:
    store, cid = table3
    nid = notes.add_note(store, cid, 3, 1, "Fika med grannar")
    notes.edit_note(store, nid, text="Fika med nya grannar", votes=-3)
    note = notes.note(store, nid)
    assert note.text == "Fika med nya grannar" and note.votes == 0
    with pytest.raises(UserError):
        notes.edit_note(store, nid, text="")
    with pytest.raises(NotFound):
        notes.edit_note(store, "nope", text="x")


def test_search_matches_swedish_words_and_prefixes(table3) -> None:
    store, cid = table3
    nid = notes.add_note(store, cid, 3, 1, "Föreningslivet behöver fler ledare i Åsele och Älvdalen")
    notes.add_note(store, cid, 4, 1, "Ar och ar")  # 'ar' must not match 'år'-words
    other = notes.add_note(store, cid, 4, 2, "Ungdomsråd i varje kommun")
    assert [h.note.id for h in search.search(store, "förening")] == [nid]
    assert [h.note.id for h in search.search(store, "ÅSELE")] == [nid]
    assert [h.note.id for h in search.search(store, "älvdal")] == [nid]
    assert [h.note.id for h in search.search(store, "ungdomsråd kommun")] == [other]
    assert search.search(store, "råd") == []  # prefixes, not infixes
    assert search.search(store, 'NEAR( "" *:') == [], "FTS syntax in user input is harmless"
    assert "[Föreningslivet]" in search.search(store, "förening")[0].snippet
    notes.delete_note(store, nid)
    assert search.search(store, "förening") == []
    notes.edit_note(store, other, text="Ungdomsfullmäktige")
    assert search.search(store, "ungdomsråd") == []
    assert [h.note.id for h in search.search(store, "ungdomsfull")] == [other]


def test_a_note_named_by_whole_ids_goes_there_and_a_deleted_question_or_table_refuses_it(table3) -> None:
    store, cid = table3
    q1, q2 = conferences.question(store, cid, 1), conferences.question(store, cid, 2)
    nid = notes.add_note(store, cid, 3, q1.id, "Fler bänkar vid ån", themes=["unga"])  # as a chair's Enter
    note = notes.note(store, nid)
    assert (note.conference_id, note.table_number, note.question_id) == (cid, 3, q1.id)
    assert [
        t.name
        for t in conferences.themes(store, conferences.conference(store, cid).process_id)
        if t.id in note.themes
    ] == ["Unga"]
    store.delete("question", q1.id)
    with pytest.raises(NotFound, match="no question"):
        notes.add_note(store, cid, 3, q1.id, "Efter att frågan togs bort")
    store.delete("table", conferences.table(store, cid, 4).id)
    with pytest.raises(NotFound, match="no table 4"):
        notes.add_note(store, cid, 4, q2.id, "Efter att bordet togs bort")
    with pytest.raises(NotFound, match="no conference"):
        notes.add_note(store, "0" * 36, 3, q2.id, "Fel konferens")
    assert [n.id for n in notes.list_notes(store, cid, include_deleted=True)] == [nid]
