"""Hybrid logical clock: stamps that order edits even when laptop clocks are wrong.

A stamp is the pair (wall milliseconds, counter). The wall part never goes backwards: when the
physical clock runs behind the last stamp we saw (ours or a remote one), we keep the old wall time and
bump the counter. Stamps are rendered as fixed-width text so that string order is time order, which
lets SQLite compare them directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.errors import UserError
from app.frozen_values import FrozenValue, frozen_value, set_field

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6
_COUNTER_MAX = 10**_COUNTER_DIGITS - 1
WALL_MAX = 10**_WALL_DIGITS - 1  # the year 33658: only a forged stamp gets near it
ZERO = f"{0:0{_WALL_DIGITS}d}-{0:0{_COUNTER_DIGITS}d}"
# How far ahead of this machine's clock another workspace's stamps may lie. Laptop clocks are wrong by
# minutes or hours, sometimes a few days after a flat battery; a stamp a month ahead is a wrong date or
# a forgery, and taking it would drag every later edit here that far into the future.
FUTURE_TOLERANCE_MS = 30 * 24 * 3600 * 1000


# A workspace clock this far ahead of the machine's got there through a stamp an earlier version did not
# bound (imports now refuse what lies more than FUTURE_TOLERANCE_MS ahead): it is repaired on open.
REPAIR_BEYOND_MS = 365 * 24 * 3600 * 1000


class StampError(ValueError):
    """A text that is not a valid HLC stamp."""


class ClockExhausted(StampError, UserError):
    """The clock reached the greatest stamp its fixed width holds (only after accepting a forged one)."""


@frozen_value
class Stamp(FrozenValue):
    """A hybrid-logical-clock stamp: wall milliseconds, then a counter; ordered as its text sorts.

    A frozen value (app/frozen_values.py) with slots and the order of `@dataclass(order=True)`, written
    here rather than compiled by `dataclass` when the module loads: every start imports it."""

    __slots__ = ("counter", "wall_ms")
    wall_ms: int
    counter: int

    def __init__(self, wall_ms: int, counter: int) -> None:
        set_field(self, "wall_ms", wall_ms)
        set_field(self, "counter", counter)

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.wall_ms, self.counter) < (other.wall_ms, other.counter)  # type: ignore[attr-defined]
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.wall_ms, self.counter) <= (other.wall_ms, other.counter)  # type: ignore[attr-defined]
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.wall_ms, self.counter) > (other.wall_ms, other.counter)  # type: ignore[attr-defined]
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.wall_ms, self.counter) >= (other.wall_ms, other.counter)  # type: ignore[attr-defined]
        return NotImplemented

    def __reduce__(self) -> tuple[type[Stamp], tuple[int, int]]:
        return Stamp, (self.wall_ms, self.counter)  # slots and a refusing __setattr__: rebuilt by __init__

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, sep, counter = text.partition("-")
        if (
            not sep
            or len(wall) != _WALL_DIGITS
            or len(counter) != _COUNTER_DIGITS
            or not (wall.isascii() and wall.isdigit() and counter.isascii() and counter.isdigit())
        ):
            raise StampError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter))


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def future_limit(now_ms: int | None = None, tolerance_ms: int = FUTURE_TOLERANCE_MS) -> Stamp:
    """The greatest stamp accepted from elsewhere: this machine's clock plus the tolerance."""
    now = wall_clock_ms() if now_ms is None else now_ms
    return Stamp(min(now + tolerance_ms, WALL_MAX), _COUNTER_MAX)


class HybridClock:
    """Issues strictly increasing stamps; `observe` folds in stamps seen from other workspaces."""

    def __init__(self, last: Stamp | str = ZERO, now: Callable[[], int] = wall_clock_ms) -> None:
        self._last = Stamp.parse(last) if isinstance(last, str) else last
        self._now = now

    @property
    def last(self) -> Stamp:
        return self._last

    def tick(self) -> Stamp:
        """A new stamp, greater than every stamp issued or observed before."""
        physical = self._now()
        if physical > self._last.wall_ms:
            self._last = Stamp(physical, 0)
        elif self._last.counter < _COUNTER_MAX:
            self._last = Stamp(self._last.wall_ms, self._last.counter + 1)
        elif self._last.wall_ms < WALL_MAX:
            # a million stamps within one millisecond: borrow the next one to keep the width fixed
            self._last = Stamp(self._last.wall_ms + 1, 0)
        else:  # never leave the fixed width: string order would stop being time order
            raise ClockExhausted("the clock has reached its greatest stamp; run `rundabord repair`")
        return self._last

    def observe(self, remote: Stamp | str) -> None:
        """Advance past a stamp seen elsewhere, so our next edit orders after it."""
        seen = Stamp.parse(remote) if isinstance(remote, str) else remote
        if seen > self._last:
            self._last = seen
