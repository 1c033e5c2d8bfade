"""The frozen value classes (app/frozen_values.py) behave as the frozen dataclasses they replaced: each is
compared with `make_dataclass(..., frozen=True)` of the same fields, on the same values."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from app.conferences import ConferenceFile
from app.model import Conference, Note, Process, Question, Table, Theme
from app.records import RecordType
from ui.chair.session import TableSession

CONFERENCE = Conference("c1", "p1", "Vår", "2027-03-01", "Aulan", 20)
TABLE = Table("t1", "c1", 3, "Bord 3", "Kim", 8, {"age:-24": 2})
QUESTION = Question("q1", "c1", 1, "Vad behövs?", 0)
THEME = Theme("th1", "p1", "Unga", 1)

# Per class: the values of an instance, and a second one that differs in the last field.
SAMPLES = [
    (Process, ("p1", "Framtid", "Region"), ("p1", "Framtid", "Kommun")),
    (Theme, ("th1", "p1", "Unga", 1), ("th1", "p1", "Unga", 2)),
    (
        Conference,
        ("c1", "p1", "Vår", "2027-03-01", "Aulan", 20),
        ("c1", "p1", "Vår", "2027-03-01", "Aulan", 30),
    ),
    (Question, ("q1", "c1", 1, "Vad behövs?", 0), ("q1", "c1", 1, "Vad behövs?", 15)),
    (Table, ("t1", "c1", 3, "Bord 3", "Kim", 8, {"age:-24": 2}), ("t1", "c1", 3, "Bord 3", "Kim", 8, {})),
    (
        Note,
        ("n1", "c1", 3, "q1", "note", "Fler bussar", ("th1",), 2, 1, None, "rev1", False),
        ("n1", "c1", 3, "q1", "note", "Fler bussar", ("th1",), 2, 1, None, "rev1", True),
    ),
    (RecordType, ("note", "notes", {"text": str}, "table"), ("note", "notes", {"text": str}, "process")),
    (
        ConferenceFile,
        ({"name": "P"}, ["Unga"], {"title": "Vår"}, [{"text": "?"}], [{"number": 1}]),
        ({"name": "P"}, ["Unga"], {"title": "Vår"}, [{"text": "?"}], [{"number": 2}]),
    ),
    (
        TableSession,
        (CONFERENCE, TABLE, (QUESTION,), (THEME,)),
        (CONFERENCE, TABLE, (QUESTION,), ()),
    ),
]


def reference(cls: type) -> type:
    """The frozen dataclass of `cls`'s fields, with the same name, defaults and factories."""
    specs = [
        (f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def outcome(action):
    """What an action gives: its value, or the class and text of what it raised."""
    try:
        return ("value", action())
    except Exception as exc:  # the comparison is of what each raises
        return ("raised", type(exc), str(exc))


@pytest.mark.parametrize(("cls", "values", "other"), SAMPLES, ids=[s[0].__name__ for s in SAMPLES])
def test_behaves_as_its_frozen_dataclass(cls, values, other) -> None:
    ref = reference(cls)
    ours, theirs = cls(*values), ref(*values)
    ours_other, theirs_other = cls(*other), ref(*other)
    names = [f.name for f in dataclasses.fields(ref)]
    assert [f.name for f in dataclasses.fields(cls)] == names
    assert dataclasses.is_dataclass(ours)
    assert repr(ours) == repr(theirs)
    assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert dataclasses.astuple(ours) == dataclasses.astuple(theirs)
    # Keywords construct the same, and equality and hashing follow the fields.
    assert cls(**dict(zip(names, values, strict=True))) == ours
    assert (ours == cls(*values), ours != cls(*values)) == (theirs == ref(*values), theirs != ref(*values))
    assert (
        (ours == ours_other, ours != ours_other)
        == (theirs == theirs_other, theirs != theirs_other)
        == (False, True)
    )
    assert ours.__eq__(theirs) is NotImplemented and ours != theirs  # another class is never equal
    assert ours.__eq__(values) is NotImplemented
    assert outcome(lambda: hash(ours)) == outcome(lambda: hash(theirs))
    assert outcome(lambda: ours < ours_other) == outcome(lambda: theirs < theirs_other)
    # Frozen: assigning or deleting a field (or anything else) raises the same error.
    for name in (names[0], names[-1], "other"):
        assert outcome(lambda n=name: setattr(ours, n, 1)) == outcome(lambda n=name: setattr(theirs, n, 1))
        assert outcome(lambda n=name: delattr(ours, n)) == outcome(lambda n=name: delattr(theirs, n))
    assert repr(ours) == repr(theirs)  # nothing changed
    # `replace`, copies and pickles keep the class and the values.
    changed = dataclasses.replace(ours, **{names[-1]: other[-1]})
    assert type(changed) is cls and changed == ours_other
    assert repr(dataclasses.replace(ours)) == repr(dataclasses.replace(theirs))
    assert copy.copy(ours) == ours and copy.deepcopy(ours) == ours
    assert pickle.loads(pickle.dumps(ours)) == ours


def test_defaults_as_the_dataclass_gave_them() -> None:
    note = Note("n1", "c1", 3, "q1", "note", "Fler bussar", (), 0, 1)
    assert (note.person_id, note.rev, note.deleted) == (None, "", False)
    first, second = Table("t1", "c1", 1, "", "", 0), Table("t2", "c1", 2, "", "", 0)
    assert first.bands == {} and first.bands is not second.bands  # a new dict for each, as default_factory
    assert repr(first) == repr(reference(Table)("t1", "c1", 1, "", "", 0))
    assert Note.__match_args__ == tuple(f.name for f in dataclasses.fields(Note))
