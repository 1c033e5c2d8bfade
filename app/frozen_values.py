"""Frozen value classes that are cheap to define: `@frozen_value` on a `FrozenValue` with its own `__init__`.

They behave as `@dataclass(frozen=True)` classes do: equal when of the same class with equal fields, hashed
by their fields, shown as `Name(field=value, ...)`, and assigning or deleting a field raises
`FrozenInstanceError`; `dataclasses.fields`, `replace` and `asdict` work on them, since they are
dataclasses. What differs is where the methods come from. Python 3.11's `dataclass` writes `__init__`,
`__repr__`, `__eq__`, `__hash__`, `__setattr__` and `__delattr__` as source text and compiles each one
when its module is imported: about a millisecond per class, and a chair's start defined ten such classes
before its first frame. Here `__init__` is written in the class (compiled once, into the module's cached
bytecode) and the others are FrozenValue's, shared by every such class, over its fields in their order.
Only the classes a window's start defines are made so (app/model.py's, RecordType, ConferenceFile,
TableSession, and hlc's Stamp with its order); `tests/app/test_frozen_values.py` compares each with the frozen
dataclass of its fields (`tests/app/test_hlc.py` the Stamp with the ordered one)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

# Sets a field from `__init__`, as a frozen dataclass's own `__init__` does.
set_field = object.__setattr__


class FrozenValue:
    __slots__ = ()
    _field_values: Any  # per class, `frozen_value` sets it: the fields' values, in order, as a tuple

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._field_values(self) == other._field_values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._field_values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if f.repr)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def frozen_value(cls: T) -> T:
    """Make `cls` (a FrozenValue with its own `__init__`) a dataclass of its annotated fields."""
    cls = dataclass(init=False, repr=False, eq=False)(cls)
    names = [f.name for f in fields(cls)]
    cls._field_values = attrgetter(*names) if len(names) > 1 else lambda value: (getattr(value, names[0]),)
    return cls
