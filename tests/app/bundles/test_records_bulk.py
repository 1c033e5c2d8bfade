"""Compact note lines checked all together accept exactly what the line-by-line checks accept.

`records_bulk.notes` may only say yes: whenever it gives records, every line must pass the strict checks
one by one (codec._compact_record) and read as the very same wire record; when any line is off it gives
None and the import checks each line alone, so refusals name the same line and problem as before.
"""

from __future__ import annotations

import json
import random
import uuid
from typing import Any

import pytest

from app.bundles import codec
from app.bundles.codec import encode_records
from app.bundles.format import BundleError
from app.bundles.records_compact import COMPACT
from app.hlc import ZERO

ORIGIN = "a1b2c3d4e5f60718"
CONFERENCE = str(uuid.UUID(int=1))
QUESTION = str(uuid.UUID(int=2))


def _note(number: int, **fields: Any) -> dict[str, Any]:
    rev = f"{1764072000000 + number:015d}-000000"
    values = {
        "conference_id": CONFERENCE,
        "table_number": 3,
        "question_id": QUESTION,
        "kind": "note",
        "text": f"Fler bussar {number} åt Ängelholm",
        "themes": [],
        "votes": number % 4,
        "position": number,
        "person_id": None,
        **fields,
    }
    stamps = {name: [rev, ORIGIN] for name in [*values, "deleted"]}
    return {
        "id": str(uuid.UUID(int=1000 + number)),
        "type": "note",
        "origin": ORIGIN,
        "rev": rev,
        "base_rev": ZERO,
        "deleted": False,
        "fields": values,
        "stamps": stamps,
    }


def _edited(number: int) -> dict[str, Any]:
    """A note edited later, partly by another origin: three stamp groups, one of each form."""
    note = _note(number, themes=[str(uuid.UUID(int=7))], person_id=str(uuid.UUID(int=8)))
    later = f"{1764072999000 + number:015d}-000001"
    note["base_rev"], note["rev"] = note["rev"], later
    note["stamps"]["text"] = [later, ORIGIN]
    note["stamps"]["votes"] = [f"{1764072500000:015d}-000000", "f" * 16]
    return note


def _lines(records: list[dict[str, Any]]) -> list[str]:
    return encode_records(records, COMPACT).decode("utf-8").splitlines()


def _strict(lines: list[str]) -> list[dict[str, Any]] | None:
    try:
        return [codec._compact_record(n, line.encode("utf-8")) for n, line in enumerate(lines, 1)]
    except BundleError:
        return None


def _together(lines: list[str]) -> list[dict[str, Any]] | None:
    """The records the codec's check of them all together gives (a lone surrogate is looked for in the
    member first), or None."""
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    checked = codec._checked_together(raw, COMPACT, list(range(len(lines))))
    return [checked[i] for i in range(len(lines))] if len(checked) == len(lines) else None


def _agree(lines: list[str]) -> bool:
    """What the bulk check gave, if anything, is what the strict one gives; returns whether it gave."""
    together = _together(lines)
    if together is not None:
        assert together == _strict(lines), lines
        assert [json.dumps(r["stamps"]) for r in together] == [
            json.dumps(r["stamps"]) for r in _strict(lines)
        ]
    return together is not None


def test_good_notes_are_accepted_together_as_the_same_records() -> None:
    records = [_note(n) for n in range(20)] + [_edited(n) for n in range(20, 25)]
    deleted = _note(30)
    deleted["deleted"] = True
    assert _agree(_lines([*records, deleted]))


HOSTILE_VALUES: list[Any] = [
    1.0,
    1e3,
    -0.0,
    2**53 + 1,
    -(2**60),
    True,
    False,
    None,
    "",
    "x" * 200,
    [],
    [1],
    ["a", 1],
    {"a": 1},
    "\ud800",
    "NaN",
    -1,
    0,
    10_001,
    2**31 + 1,
    "proposal",
    "Note",
    str(uuid.UUID(int=5)).upper(),
    "bad id with space",
]


@pytest.mark.parametrize("index", range(8))
def test_any_value_in_any_place_is_accepted_together_only_when_strict_accepts_it(index) -> None:
    base = _lines([_note(1), _edited(2), _note(3)])
    for value in HOSTILE_VALUES:
        for line_number in range(3):
            array = json.loads(base[line_number])
            array[index] = value
            lines = list(base)
            lines[line_number] = json.dumps(array, separators=(",", ":"))
            _agree(lines)


@pytest.mark.parametrize("field_index", range(9))
def test_any_field_value_is_accepted_together_only_when_strict_accepts_it(field_index) -> None:
    base = _lines([_note(1), _edited(2)])
    for value in [*HOSTILE_VALUES, "x" * 100_001, [str(uuid.UUID(int=9))] * 1001]:
        array = json.loads(base[1])
        array[6][field_index] = value
        lines = [base[0], json.dumps(array, separators=(",", ":"))]
        _agree(lines)


GROUPS: list[Any] = [
    [],
    [[1023]],
    [[1024]],
    [[0]],
    [[-1]],
    [[1.0]],
    [[True]],
    [[3], [3]],
    [[1], [2], [1]],
    [[f"{1764072000001:015d}-000000", 3], [f"{1764072000001:015d}-000000", 4]],
    [["bad", 3]],
    [[f"{1764072000001:015d}-000000", "f" * 16, 3]],
    [[f"{1764072000001:015d}-000000", "F" * 16, 3]],
    [[f"{1764072000001:015d}-000000", 5, 3]],
    [[1, 2, 3, 4]],
    [[[1], 2]],
    [[{"a": 1}, 2]],
    [[1]] * 11,
    "not a list",
    [[f"{1764072000001:015d}-000000\n{1764072000002:015d}-000000", 3]],
]


@pytest.mark.parametrize("groups", GROUPS)
def test_any_stamp_groups_are_accepted_together_only_when_strict_accepts_them(groups) -> None:
    base = _lines([_note(1), _note(2)])
    array = json.loads(base[1])
    array[7] = groups
    _agree([base[0], json.dumps(array, separators=(",", ":"))])


def test_text_the_strict_parser_refuses_is_not_accepted_together() -> None:
    good = _lines([_note(1)])[0]
    odd = [
        good.replace('"note"', '"no\\u0074e"', 1),  # an escape decodes to the same text: fine either way
        good.replace("[]", "[ ]", 1),
        " " + good,
        good + " ",
        good.replace(",0,", ",-0,", 1),
        good.replace(",0,", ",0.0,", 1),
        good.replace(",0,", ",NaN,", 1),
        good.replace(",0,", ",Infinity,", 1),
        good.replace(",0,", ",1e2,", 1),
        good.replace(",0,", "," + "9" * 5000 + ",", 1),
        good.replace("Fler", "Fler\\ud800", 1),
        good.replace("Fler", "Fler\t", 1),
        good[:-1],
        good + "]",
        good + "," + good,
    ]
    for line in odd:
        _agree([good, line])


def test_random_byte_flips_are_accepted_together_only_when_strict_accepts_them() -> None:
    base = _lines([_note(1), _edited(2), _note(3)])
    rng = random.Random(21)
    accepted = 0
    for _ in range(3000):
        lines = list(base)
        at = rng.randrange(3)
        mutated = bytearray(lines[at].encode("utf-8"))
        for _ in range(rng.randint(1, 3)):
            mutated[rng.randrange(len(mutated))] = rng.choice(b'[]{}",:0123456789-.eEabcdefnull \\')
        try:
            lines[at] = mutated.decode("utf-8")
        except UnicodeDecodeError:
            continue
        accepted += _agree(lines)
    assert accepted > 100  # flips inside a text or a digit of a count still make good notes


def test_a_member_of_good_notes_is_read_together_and_a_bad_one_line_by_line(monkeypatch) -> None:
    """The codec reads a good member's notes in one go, and a member with one bad line refuses that
    line with the very problem the line-by-line check names."""
    calls = []
    real = codec._compact_record
    monkeypatch.setattr(codec, "_compact_record", lambda n, line: calls.append(n) or real(n, line))
    records = [_note(n) for n in range(10)]
    raw = encode_records(records, COMPACT)
    assert codec.decode_records(raw, COMPACT).records == records and calls == []
    lines = raw.decode("utf-8").splitlines()
    lines[6] = lines[6].replace(",3,", ",0,", 1)  # table number 0
    with pytest.raises(BundleError) as refused:
        codec.decode_records(("\n".join(lines) + "\n").encode("utf-8"), COMPACT)
    assert refused.value.why.params["line"] == 7 and calls == list(range(1, 8))
