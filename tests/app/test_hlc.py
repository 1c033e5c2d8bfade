from __future__ import annotations

import copy
import dataclasses
import itertools
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.hlc import ZERO, HybridClock, Stamp, StampError


class FakeTime:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_increase_with_the_wall_clock() -> None:
    now = FakeTime(1_000)
    clock = HybridClock(now=now)
    first = clock.tick()
    now.ms = 2_000
    second = clock.tick()
    assert first < second
    assert second == Stamp(2_000, 0)


def test_clock_running_backwards_still_gives_increasing_stamps() -> None:
    now = FakeTime(5_000)
    clock = HybridClock(now=now)
    before = clock.tick()
    now.ms = 1_000  # someone set the laptop's clock back
    after = [clock.tick() for _ in range(3)]
    assert before < after[0] < after[1] < after[2]
    assert all(s.wall_ms == 5_000 for s in after)


def test_two_workspaces_with_skewed_clocks_order_causally() -> None:
    ahead = HybridClock(now=FakeTime(10_000_000))  # an hour or so fast
    behind = HybridClock(now=FakeTime(1_000))
    sent = ahead.tick()
    behind.observe(sent)
    reply = behind.tick()
    assert reply > sent, "an edit made after seeing another must order after it"
    ahead.observe(reply)
    assert ahead.tick() > reply


def test_text_form_sorts_like_the_stamps() -> None:
    stamps = [Stamp(1, 5), Stamp(2, 0), Stamp(10, 0), Stamp(10, 1)]
    assert sorted(str(s) for s in stamps) == [str(s) for s in sorted(stamps)]
    assert Stamp.parse(str(Stamp(42, 7))) == Stamp(42, 7)
    assert str(Stamp(0, 0)) == ZERO


@pytest.mark.parametrize("bad", ["", "12-3", "000000000000001-00000a", "x" * 22, "000000000000001000001"])
def test_malformed_stamps_are_refused(bad: str) -> None:
    with pytest.raises(StampError):
        Stamp.parse(bad)


def test_counter_overflow_keeps_the_width_fixed() -> None:
    clock = HybridClock(Stamp(5, 999_999), now=FakeTime(1))
    stamp = clock.tick()
    assert stamp == Stamp(6, 0)
    assert len(str(stamp)) == len(ZERO)


@given(st.lists(st.tuples(st.integers(0, 10**12), st.booleans()), min_size=1, max_size=50))
def test_ticks_are_strictly_increasing_whatever_the_clock_does(steps: list[tuple[int, bool]]) -> None:
    now = FakeTime(0)
    clock = HybridClock(now=now)
    other = HybridClock(now=FakeTime(0))
    last = clock.tick()
    for wall, observe in steps:
        now.ms = wall
        if observe:
            other._now = FakeTime(wall // 2)
            clock.observe(other.tick())
        stamp = clock.tick()
        assert stamp > last
        last = stamp


def test_a_stamp_behaves_as_the_ordered_frozen_dataclass_it_replaced() -> None:
    reference = dataclasses.make_dataclass(
        "Stamp", [("wall_ms", int), ("counter", int)], frozen=True, order=True, slots=True
    )
    values = [(5, 0), (5, 1), (6, 0), (5, 1)]
    ours, theirs = [Stamp(*v) for v in values], [reference(*v) for v in values]
    for a, b in itertools.product(range(len(values)), repeat=2):
        x, y, rx, ry = ours[a], ours[b], theirs[a], theirs[b]
        assert (x < y, x <= y, x > y, x >= y, x == y, x != y) == (
            rx < ry, rx <= ry, rx > ry, rx >= ry, rx == ry, rx != ry
        )  # fmt: skip
        assert (hash(x) == hash(y)) == (hash(rx) == hash(ry))
    stamp = Stamp(42, 7)
    assert hash(stamp) == hash(reference(42, 7))
    assert repr(stamp) == repr(reference(42, 7))
    assert dataclasses.astuple(stamp) == (42, 7) and dataclasses.replace(stamp, counter=8) == Stamp(42, 8)
    assert pickle.loads(pickle.dumps(stamp)) == stamp and copy.deepcopy(stamp) == stamp
    assert not hasattr(stamp, "__dict__")  # slots, as before: merges hold many stamps
    with pytest.raises(dataclasses.FrozenInstanceError):
        stamp.counter = 8  # type: ignore[misc]
    with pytest.raises(TypeError):
        _ = stamp < (42, 8)  # another class is never ordered against
    assert sorted([Stamp(2, 0), Stamp(1, 5)]) == [Stamp(1, 5), Stamp(2, 0)]
