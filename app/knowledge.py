"""What the writer of an edit had seen: the causal order merge needs to tell sequential from concurrent.

A record's history is known only through the states a store has seen of it (`merge_lineage`): each
state's (rev, origin, base_rev) and what its writer is known to have seen, plus what conflict
resolutions declare. From these:

- a workspace's own edits are linear, so an edit stamped (r, O) knows every edit of O stamped before r
  and everything those earlier states had seen;
- an edit made here knows every stamp of the state it replaced (recorded exactly, by a trigger, and
  nothing a record arriving under its head shows adds to that);
- a state that arrived in a bundle knows the state it started from when that is evident: it still
  carries a field stamped exactly its base_rev by another workspace. (base_rev alone names no origin,
  and two laptops often stamp the same millisecond: a rev alone is no evidence.) Every record seen
  under one head adds what it shows, also one that arrived equal to a row merged here
  (app/merge/bulk.py), so the order records come in does not matter;
- a state may also claim what its writer had seen that it no longer shows (a bundle's `seen`: an edit
  that restamped the one field another workspace had changed leaves no field at its base). A claim
  is the signer's word, so it counts only for a state this store holds itself (a version it weighs,
  or a state it has seen of the record): a made-up stamp, or one of the future, vouches for nothing,
  and a real one reaches no further than what its writer really had in front of it;
- a resolution whose kept version is known declares the reviewed versions of that field known;
- except where a laptop profile was copied: one origin then has two histories, and the signers' chain
  of exports (app/merge/forks.py) orders its edits instead of their revs; where both copies drew one
  rev for two states of a record, only what both states had seen is known of that rev.

This under-estimates what a writer saw (a state never shipped leaves a gap) so that a gap can only show
a sequential edit as a conflict, never hide a concurrent one. A merged row keeps its head's base_rev,
and a stamp merged into it after the head was written can share that millisecond; a bundle therefore
shows a stored row with the base its store knows the head started from (`shown_base`), never a stamp
merged in later (tests/app/merge/test_reexported_merge_order.py). It is a function of the *set* of
records seen, so every store that has seen the same bundles agrees on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

Stamp = tuple[str, str]  # (rev, origin)


@dataclass(frozen=True, slots=True)
class State:
    """One state of a record: its revision, the workspace that wrote it, and what its writer had seen."""

    rev: str
    origin: str
    base_rev: str
    knows: tuple[Stamp, ...] = ()  # (rev, origin) of other workspaces' edits its writer had seen
    claims: tuple[Stamp, ...] = ()  # what its bundle said its writer had seen: counted once held here


def evident_parent(rev: str, origin: str, base_rev: str, stamps: Mapping[str, Any]) -> tuple[Stamp, ...]:
    """The other workspaces' edits a state shows it started from: fields it carries stamped base_rev.

    When it also carries its own workspace's stamp at base_rev, it started from its own earlier state,
    and another workspace's stamp at that rev is a coincidence of the millisecond, not evidence.
    """
    at_base = {(str(s[0]), str(s[1])) for s in stamps.values() if s and s[0] == base_rev}
    if any(stamp_origin == origin for _, stamp_origin in at_base):
        return ()
    return tuple(sorted(at_base))


@dataclass
class Knowledge:
    """The causal facts known about one record; `knows(x, y)` asks whether edit x was made after seeing y."""

    states: dict[Stamp, State] = field(default_factory=dict)
    # field -> (kept stamp, reviewed stamps) of each resolution of that field of this record
    resolutions: dict[str, list[tuple[Stamp, tuple[Stamp, ...]]]] = field(default_factory=dict)
    # field -> versions a secretary asked to weigh again (a reopened resolution): not causal facts, but
    # open whatever the causal order says, until a later resolution reviews them (app/merge/frontier.py)
    reopened: dict[str, list[tuple[Stamp, Any]]] = field(default_factory=dict)
    # the order of edits under an origin whose laptop profile was copied (None: every origin is linear)
    forks: StampOrder | None = None
    # the stamps of the versions being weighed: with the states, what a claim may name (`_held`)
    versions: set[Stamp] = field(default_factory=set)
    _closures: dict[tuple[Stamp, str | None], _Seen] = field(default_factory=dict, repr=False)

    def add_states(self, states: Iterable[State]) -> None:
        """Learn states; what is already known of a state (recorded where it was written) stays."""
        for state in states:
            key = (state.rev, state.origin)
            known = self.states.get(key)
            if known is None and _sorted_once(state.knows) and _sorted_once(state.claims):
                self.states[key] = state  # as it would be rebuilt: no need to build it again
                self._closures.clear()
            elif (
                known is None or set(state.knows) - set(known.knows) or set(state.claims) - set(known.claims)
            ):
                merged = set(state.knows) | set(known.knows if known else ())
                claims = set(state.claims) | set(known.claims if known else ())
                self.states[key] = State(
                    state.rev, state.origin, state.base_rev, tuple(sorted(merged)), tuple(sorted(claims))
                )
                self._closures.clear()

    def weighing(self, stamps: Iterable[Stamp]) -> None:
        """The stamps of versions about to be weighed: each is an edit this store holds, so a claim
        naming one counts."""
        new = set(stamps) - self.versions
        if new:
            self.versions |= new
            if any(s.claims for s in self.states.values()):
                self._closures.clear()

    def add_resolution(self, field_name: str, kept: Stamp, reviewed: Iterable[Stamp]) -> None:
        """A resolution is a fact about one field only: keeping one text says nothing about the others."""
        self.resolutions.setdefault(field_name, []).append((kept, tuple(reviewed)))
        self._closures.clear()

    def knows(self, later: Stamp, earlier: Stamp, field_name: str = "", value: bytes | None = None) -> bool:
        """Whether the edit stamped `later` was made after seeing the edit `earlier` (of `field_name`;
        `value`: the earlier edit's value bytes, which name it where a copied profile's two laptops
        drew one stamp for two values)."""
        if later == earlier:
            return False  # one edit with two values can only come from a cloned profile: keep both
        return self._closure(later, field_name).seen(earlier, value)

    def _closure(self, start: Stamp, field_name: str) -> _Seen:
        """Everything the writer of `start` had seen: per origin the latest rev, and per forked origin
        the edits themselves (their order is the signer's chain, not the revs)."""
        # The field matters only through its resolutions and a forked origin's edits: without either,
        # every field of the record shares one closure.
        scope = field_name if self.forks is not None or field_name in self.resolutions else None
        cached = self._closures.get((start, scope))
        if cached is not None:
            return cached
        closure = _Seen(self.forks, field_name)
        closure.learn([start])
        # What is seen only grows as more is learnt, so the order states are taken in does not change
        # the closure: each pass takes every state seen so far, until one takes none.
        unused_states = list(self.states.values())
        unused_resolutions = list(self.resolutions.get(field_name, ()))
        seen = closure.seen
        changed = True
        while changed:
            changed = False
            rest = []
            for state in unused_states:
                if seen((state.rev, state.origin)):
                    closure.learn(self._knows_of(state))
                    changed = True
                else:
                    rest.append(state)
            unused_states = rest
            remaining = []
            for resolution in unused_resolutions:
                if seen(resolution[0]):
                    closure.learn(resolution[1])
                    changed = True
                else:
                    remaining.append(resolution)
            unused_resolutions = remaining
        self._closures[(start, scope)] = closure
        return closure

    def _knows_of(self, state: State) -> tuple[Stamp, ...]:
        """What a state's writer had seen; under a copied profile's origin where the two copies drew one
        rev for two states, only what both had seen (app/merge/forks.py: `shared_knows`)."""
        knows = state.knows
        if state.claims:
            knows = (*knows, *(c for c in state.claims if self._held(c)))
        shared = self.forks.shared_knows((state.rev, state.origin)) if self.forks is not None else None
        return knows if shared is None else tuple(k for k in knows if k in shared)

    def _held(self, stamp: Stamp) -> bool:
        """Whether a claimed stamp names an edit this store holds of the record: a state it has seen, or
        a version it weighs. A signer can claim anything; only what is held here is vouched for."""
        return stamp in self.states or stamp in self.versions


def _sorted_once(stamps: tuple[Stamp, ...]) -> bool:
    """Whether the stamps are already as `add_states` keeps them: sorted, each once."""
    return len(stamps) < 2 or stamps == tuple(sorted(set(stamps)))


class StampOrder(Protocol):
    """The order of a forked origin's edits (app/merge/forks.py): the chain of exports that carried them."""

    def governs(self, stamp: Stamp) -> bool: ...

    def shared_knows(self, head: Stamp) -> frozenset[Stamp] | None: ...

    def precedes(
        self, earlier: Stamp, later: Stamp, field_name: str = "", value: bytes | None = None
    ) -> bool: ...


class _Seen:
    """What one writer had seen, grown edge by edge while a closure is computed."""

    def __init__(self, forks: StampOrder | None, field_name: str = "") -> None:
        self.forks = forks
        self.field_name = field_name  # a forked origin's two copies can stamp two edits alike
        self.latest: dict[str, str] = {}  # origin -> the latest rev seen (one origin, one history)
        self.branches: dict[str, set[Stamp]] = {}  # forked origin -> the edits seen

    def _forked(self, stamp: Stamp) -> bool:
        return self.forks is not None and self.forks.governs(stamp)

    def seen(self, stamp: Stamp, value: bytes | None = None) -> bool:
        rev, origin = stamp
        if self.forks is not None and self._forked(stamp):
            forks = self.forks
            known = self.branches.get(origin, ())
            return any(forks.precedes(stamp, later, self.field_name, value) for later in known)
        return self.latest.get(origin, "") >= rev

    def learn(self, stamps: Iterable[Stamp]) -> None:
        for rev, origin in stamps:
            if self.latest.get(origin, "") < rev:
                self.latest[origin] = rev
            if self._forked((rev, origin)):
                self.branches.setdefault(origin, set()).add((rev, origin))


def shown_base(record: Mapping[str, Any], lineage_knows: str | None, zero: str) -> str:
    """The base rev a stored row shows in a bundle: what it tells another store of the state its head
    started from (`evident_parent`). A merged row keeps its head's base rev, and a stamp merged into it
    later can share that millisecond: read there, it would say the head's writer had seen an edit she
    never saw, and every store the row reaches would drop a value still open here. So where this store
    knows what the head had seen (`lineage_knows`: recorded exactly for an edit made here, else what every
    record that arrived under the head showed) and a stamp at the base rev is not among it, the row shows
    the latest earlier rev whose stamps the head had all seen, or `zero`. A row stored as it arrived
    (no lineage) shows what it showed."""
    if lineage_knows is None:
        return record["base_rev"]
    origin, base_rev = record["origin"], record["base_rev"]
    shown = [(str(s[0]), str(s[1])) for s in record["stamps"].values() if s]
    at_base = [(r, o) for r, o in shown if r == base_rev]
    if not at_base or any(o == origin for _r, o in at_base):
        return base_rev  # nothing there is read as evidence (evident_parent)
    latest: dict[str, str] = {}
    for seen_rev, seen_origin in json.loads(lineage_knows):
        if latest.get(seen_origin, "") < seen_rev:
            latest[seen_origin] = seen_rev
    for candidate in sorted({r for r, o in shown if o != origin and r <= base_rev}, reverse=True):
        if all(o != origin and latest.get(o, "") >= r for r, o in shown if r == candidate):
            return candidate
    return zero


SEEN = "seen"  # a wire record's optional key (format 3): what the writer of its head had seen
MAX_SEEN = 16  # stamps a record may claim its writer had seen: one per other workspace, generously


def shown_seen(
    record: Mapping[str, Any], head_knows: str | None, head_claims: str | None, writers: frozenset[str]
) -> list[list[str]]:
    """What a stored row claims in a bundle its head's writer had seen and the row no longer shows
    (a bundle's `seen`): an edit made here (by one of `writers`) saw every stamp of the row it replaced
    (its lineage, recorded exactly); a head that arrived passes on what its own bundle claimed. Per other
    workspace the latest stamp, leaving out what the row shows as evidence itself (`evident_parent`,
    at the base rev it is shown with) and the writer's own workspace (one history: its rev says it)."""
    origin, rev = record["origin"], record["rev"]
    source = head_knows if origin in writers else head_claims
    if not source:
        return []
    evident: dict[str, str] = {}
    for seen_rev, seen_origin in evident_parent(rev, origin, record["base_rev"], record["stamps"]):
        evident[seen_origin] = max(evident.get(seen_origin, ""), seen_rev)
    latest: dict[str, str] = {}
    for seen_rev, seen_origin in json.loads(source):
        if seen_origin == origin or seen_rev >= rev or evident.get(seen_origin, "") >= seen_rev:
            continue
        if latest.get(seen_origin, "") < seen_rev:
            latest[seen_origin] = seen_rev
    # Past the bound (more workspaces than any conference has) the latest are kept: the older a stamp,
    # the likelier another store already has it some other way. Leaving one out only under-claims.
    return sorted([r, o] for o, r in latest.items())[-MAX_SEEN:]
