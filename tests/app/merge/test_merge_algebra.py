"""merge_states on generated record states: commutative, associative, idempotent; knowledge is sound."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.knowledge import Knowledge, State, evident_parent
from app.merge import merge_states
from app.records import record_type

NOTE = record_type("note")
REVS = [f"{1_800_000_000_000 + ms:015d}-{counter:06d}" for ms in range(3) for counter in range(2)]
ORIGINS = ["a" * 16, "b" * 16, "c" * 16]

stamps = st.tuples(st.sampled_from(REVS), st.sampled_from(ORIGINS)).map(list)
field_values = {
    "conference_id": st.just("conf"),
    "table_number": st.just(7),
    "question_id": st.sampled_from(["q1", "q2"]),
    "kind": st.sampled_from(["note", "proposal"]),
    "text": st.sampled_from(["ja", "nej", "Bättre bussar", "Överens"]),
    "themes": st.lists(st.sampled_from(["miljö", "skola"]), max_size=2, unique=True),
    "votes": st.integers(0, 3),
    "position": st.integers(1, 3),
    "person_id": st.none(),
}


@st.composite
def note_states(draw) -> dict:
    fields = {name: draw(strategy) for name, strategy in field_values.items()}
    field_stamps = {name: draw(stamps) for name in [*NOTE.fields, "deleted"]}
    head = max(tuple(s) for s in field_stamps.values())
    return {
        "id": "n1",
        "type": "note",
        "origin": head[1],
        "rev": head[0],
        "base_rev": draw(st.sampled_from(REVS)),
        "deleted": draw(st.booleans()),
        "fields": fields,
        "stamps": field_stamps,
    }


@settings(max_examples=300, deadline=None)
@given(note_states(), note_states(), note_states())
def test_merge_is_commutative_associative_and_idempotent(a, b, c):
    ab = merge_states(NOTE, a, b)
    assert ab == merge_states(NOTE, b, a)
    assert merge_states(NOTE, ab, c) == merge_states(NOTE, a, merge_states(NOTE, b, c))
    assert merge_states(NOTE, ab, ab) == ab
    assert merge_states(NOTE, ab, a) == ab  # merging something already in changes nothing


@settings(max_examples=200, deadline=None)
@given(note_states(), note_states())
def test_every_field_comes_from_one_side_with_its_stamp(a, b):
    merged = merge_states(NOTE, a, b)
    for name in NOTE.fields:
        side = a if merged["stamps"][name] == a["stamps"][name] else b
        assert merged["stamps"][name] == side["stamps"][name]
        assert merged["stamps"][name] == max(a["stamps"][name], b["stamps"][name])
        candidates = [s["fields"][name] for s in (a, b) if s["stamps"][name] == merged["stamps"][name]]
        assert merged["fields"][name] in candidates


def test_knowledge_follows_own_history_evident_parents_and_resolutions():
    a, b, s = "a" * 16, "b" * 16, "s" * 16
    knowledge = Knowledge()
    knowledge.add_states(
        [
            State("0001", a, "0000"),  # A creates the note
            State("0003", s, "0001", knows=(("0001", a),)),  # the secretariat edits what it imported
            State("0005", s, "0003"),  # and again
            State("0004", b, "0001"),  # B's edit arrives with no evidence of what it started from
        ]
    )
    assert knowledge.knows(("0005", s), ("0001", a))  # through its own earlier edit, then what that saw
    assert knowledge.knows(("0002", a), ("0001", a))  # a workspace's own edits are in order
    assert not knowledge.knows(("0001", a), ("0003", s))
    assert not knowledge.knows(("0004", b), ("0001", a))  # a rev alone is no evidence of origin
    assert not knowledge.knows(("0005", s), ("0004", b), "text")
    knowledge.add_resolution("text", ("0005", s), [("0004", b)])
    assert knowledge.knows(("0005", s), ("0004", b), "text")
    assert not knowledge.knows(("0005", s), ("0004", b), "themes")  # a resolution settles one field
    assert not knowledge.knows(("0001", a), ("0001", a))  # one stamp, two values: a cloned profile


def test_the_evident_parent_is_a_carried_stamp_of_another_workspace_at_base_rev():
    a, s = "a" * 16, "s" * 16
    stamps = {"text": ["0003", s], "votes": ["0001", a], "themes": ["0001", a], "deleted": ["0000", s]}
    assert evident_parent("0003", s, "0001", stamps) == (("0001", a),)
    assert evident_parent("0003", s, "0002", stamps) == ()  # nothing it carries was stamped 0002
    assert evident_parent("0003", a, "0001", stamps) == ()  # its own earlier edit: known anyway


@given(st.one_of(st.none(), st.integers(), st.text(), st.lists(st.one_of(st.text(), st.integers()))))
def test_merge_writes_columns_exactly_as_the_store_does(value):
    from app.merge import column_value
    from app.store import encode_field

    for kind in (str, int, list):
        if kind is list and not isinstance(value, list | type(None)):
            continue
        assert column_value(kind, value) == encode_field(kind, value)
