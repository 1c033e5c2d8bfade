"""What the writer of an edit had seen: the causal order merge needs to tell sequential from concurrent.

A record's history is known only through the states a store has seen of it: triples (rev, origin,
base_rev) kept in `merge_lineage`, plus the knowledge that conflict resolutions declare. From these:

- a workspace's own edits are linear, so an edit stamped (r, O) knows every edit of O stamped before r
  and everything those states had seen;
- a state knows its parent, the state whose rev is its base_rev, and all the parent knew (when the
  rev names one state of another workspace: base_rev carries no origin);
- a resolution whose kept version is known declares the reviewed versions known as well.

This under-estimates what a writer really saw (a state never shipped leaves a gap), never over-estimates
it, so a gap can only show a sequential edit as a conflict, never hide a concurrent one. Because it is a
function of the *set* of states seen, every store that has seen the same bundles agrees on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Stamp = tuple[str, str]  # (rev, origin)


@dataclass(frozen=True, slots=True)
class State:
    rev: str
    origin: str
    base_rev: str


@dataclass
class Knowledge:
    """The causal facts known about one record; `knows(x, y)` asks whether edit x was made after seeing y."""

    states: set[State] = field(default_factory=set)
    # field -> (kept stamp, reviewed stamps) of each resolution of that field of this record
    resolutions: dict[str, list[tuple[Stamp, tuple[Stamp, ...]]]] = field(default_factory=dict)
    _closures: dict[tuple[Stamp, str], dict[str, str]] = field(default_factory=dict, repr=False)

    def add_states(self, states: Iterable[State]) -> None:
        before = len(self.states)
        self.states.update(states)
        if len(self.states) != before:
            self._closures.clear()

    def add_resolution(self, field_name: str, kept: Stamp, reviewed: Iterable[Stamp]) -> None:
        """A resolution is a fact about one field only: keeping one text says nothing about the others."""
        self.resolutions.setdefault(field_name, []).append((kept, tuple(reviewed)))
        self._closures.clear()

    def knows(self, later: Stamp, earlier: Stamp, field_name: str = "") -> bool:
        """Whether the edit stamped `later` was made after seeing the edit `earlier` (of `field_name`)."""
        if later == earlier:
            return False  # one edit with two values can only come from a cloned profile: keep both
        rev, origin = earlier
        return self._closure(later, field_name).get(origin, "") >= rev

    def _closure(self, start: Stamp, field_name: str) -> dict[str, str]:
        """For each origin O, the latest rev of O's edits that the writer of `start` had seen."""
        cached = self._closures.get((start, field_name))
        if cached is not None:
            return cached
        latest = {start[1]: start[0]}
        by_rev: dict[str, list[State]] = {}
        for state in self.states:
            by_rev.setdefault(state.rev, []).append(state)
        unused_states = set(self.states)
        unused_resolutions = list(self.resolutions.get(field_name, ()))

        def seen(stamp: Stamp) -> bool:
            return latest.get(stamp[1], "") >= stamp[0]

        def learn(stamp: Stamp) -> None:
            if latest.get(stamp[1], "") < stamp[0]:
                latest[stamp[1]] = stamp[0]

        changed = True
        while changed:
            changed = False
            for state in list(unused_states):
                if seen((state.rev, state.origin)):
                    unused_states.discard(state)
                    changed = True
                    parent = self._parent(state, by_rev)
                    if parent is not None:
                        learn((parent.rev, parent.origin))
            for resolution in list(unused_resolutions):
                kept, reviewed = resolution
                if seen(kept):
                    unused_resolutions.remove(resolution)
                    changed = True
                    for stamp in reviewed:
                        learn(stamp)
        self._closures[(start, field_name)] = latest
        return latest

    @staticmethod
    def _parent(state: State, by_rev: dict[str, list[State]]) -> State | None:
        """The state another workspace's edit started from, when the evidence names exactly one.

        base_rev carries no origin: when two states share that rev (edits in the same millisecond),
        or the writer's own state has it (already known through its own history), we learn nothing.
        """
        candidates = by_rev.get(state.base_rev, [])
        if len(candidates) != 1 or candidates[0].origin == state.origin:
            return None
        return candidates[0]
