"""Ordering edits in different workspaces without waiting on the wall clock.

A test that needs one workspace's edit to be the later one must not sleep a few milliseconds and hope:
under load, or with a clock step, two readings can share a millisecond or run backwards. The HLC gives
the deterministic way: a workspace that has seen another's stamps issues later ones.
"""

from __future__ import annotations

from app.store import Store


def edits_after(later: Store, earlier: Store) -> None:
    """`later`'s next edits are stamped after everything `earlier` has stamped so far (as if its clock had
    read a later time), persisted so that a rolled-back transaction does not forget it."""
    with later.transaction():
        later.observe(earlier.clock.last)
    assert later.clock.last >= earlier.clock.last
