"""A secretariat corrects a value a colleague's store wrote (a second secretariat exchanging follow-up
bundles, or a chair): the colleague's store, taking the correction, does not put its own value up for
review against it, since the correction was written over that very value.

It did: a bundle's record says only the rev its state started from (`base_rev`), and the merge takes
that as evidence only where the record still carries a field stamped at that rev by another workspace
(app/knowledge.py: `evident_parent`, since two workspaces often stamp one millisecond alike). A
correction restamps the one field the colleague had changed, so nothing of the colleague's edit was left
in it. Now a record says what its head's writer had seen that it no longer shows (`seen`, format 3), and
the merge counts such a claim for an edit its own store holds. An edit made without seeing the other
still opens a conflict; an older bundle (no claims) reads as before; a claim naming an edit the store
does not hold vouches for nothing."""

from __future__ import annotations

from typing import Any

import pytest

from app import conferences
from app.demo import demo_description
from app.merge import merge_records
from app.records import RECORD_TYPES
from app.store import Store
from app.workspace import Workspace
from tests.app.merge.test_edits_here_weigh_conflicts import CASES, Case, _open, _send
from tests.clocks import edits_after

# process organisation, theme name, conference venue, note text
CORRECTED = [CASES[0], CASES[1], CASES[2], CASES[7]]


def _ids(case: Case) -> str:
    return f"{case.type_name}-{case.field}"


def _records(source: Store, *, claims: bool = True) -> list[dict[str, Any]]:
    records = [r for name in RECORD_TYPES for r in source.dump(name)]
    if not claims:  # what a Rundabord before format 3 sent: the same records, no claims
        for record in records:
            record.pop("seen", None)
    return records


def _merge(target: Store, records: list[dict[str, Any]]) -> None:
    with target.transaction():
        merge_records(target, records)


def _stores(backend: str, tmp_path, request) -> tuple[Workspace, Workspace]:
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    return kansli, colleague


def _colleague_writes(case: Case, kansli: Workspace, colleague: Workspace) -> tuple[str, str, str]:
    """The record made at the secretariat, sent to the colleague, who writes its value (not yet sent).
    (conference id, record id, key)"""
    conference_id = conferences.create_conference(kansli.store, demo_description())
    record_id, key = case.made(kansli.store, conference_id)
    _send(kansli.store, colleague.store)
    edits_after(colleague.store, kansli.store)
    case.edit(colleague.store, conference_id, key, case.values[1])
    return conference_id, record_id, key


@pytest.mark.parametrize("case", CORRECTED, ids=_ids)
def test_the_colleagues_store_takes_a_correction_of_its_value_without_a_conflict(
    case: Case, backend: str, tmp_path, request
) -> None:
    kansli, colleague = _stores(backend, tmp_path, request)
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        _send(colleague.store, kansli.store)
        assert kansli.store.require(case.type_name, record_id)[case.field] == theirs
        case.edit(kansli.store, conference_id, key, correction)  # written over the colleague's value
        assert _open(kansli.store, record_id) == []
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        assert sent["seen"] == [
            list(colleague.store.require(case.type_name, record_id)["stamps"][case.field])
        ]

        _send(kansli.store, colleague.store)
        assert colleague.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(colleague.store, record_id) == []  # before: (correction, theirs) was open there

        # The colleague edits again after seeing the correction, and that travels back alike.
        edits_after(colleague.store, kansli.store)
        case.edit(colleague.store, conference_id, key, theirs)
        _send(colleague.store, kansli.store)
        assert kansli.store.require(case.type_name, record_id)[case.field] == theirs
        assert _open(kansli.store, record_id) == []
        # A third store taking both follow-ups, in either order, holds what they hold.
        for order in ((kansli, colleague), (colleague, kansli)):
            third = Workspace.create(tmp_path / f"tredje-{order[0] is kansli}", "secretariat")
            try:
                for source in order:
                    _send(source.store, third.store)
                assert third.store.require(case.type_name, record_id)[case.field] == theirs
                assert _open(third.store, record_id) == []
            finally:
                third.close()
    finally:
        colleague.close()
        kansli.close()


@pytest.mark.parametrize("case", [CASES[0], CASES[7]], ids=_ids)
def test_a_correction_made_without_seeing_the_colleagues_value_still_opens_a_conflict(
    case: Case, backend: str, tmp_path, request
) -> None:
    """Concurrent edits: the secretariat corrects before the colleague's value reached it. Both stores
    show the other value, whatever either bundle claims."""
    kansli, colleague = _stores(backend, tmp_path, request)
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        edits_after(kansli.store, colleague.store)  # the correction is the later one: it holds
        case.edit(kansli.store, conference_id, key, correction)
        # Their follow-ups cross: each is made before the other's arrives.
        from_kansli, from_colleague = _records(kansli.store), _records(colleague.store)
        _merge(colleague.store, from_kansli)
        _merge(kansli.store, from_colleague)
        for store in (kansli.store, colleague.store):
            assert store.require(case.type_name, record_id)[case.field] == correction
            assert _open(store, record_id) == [(case.field, correction, theirs)]
    finally:
        colleague.close()
        kansli.close()


@pytest.mark.parametrize("case", [CASES[0], CASES[7]], ids=_ids)
def test_a_correction_from_an_older_rundabord_opens_the_conflict_as_before(
    case: Case, backend: str, tmp_path, request
) -> None:
    """A bundle written before records said what their edits had seen carries no claims: the colleague's
    store cannot tell, and shows its value beside the correction, as it always did."""
    kansli, colleague = _stores(backend, tmp_path, request)
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        _send(colleague.store, kansli.store)
        case.edit(kansli.store, conference_id, key, correction)
        _merge(colleague.store, _records(kansli.store, claims=False))
        assert colleague.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(colleague.store, record_id) == [(case.field, correction, theirs)]
        # The same correction again, now with its claim (the secretariat updated): it closes.
        _merge(colleague.store, _records(kansli.store))
        assert _open(colleague.store, record_id) == []
    finally:
        colleague.close()
        kansli.close()


@pytest.mark.parametrize("forged", ["made-up", "other-record"])
def test_a_claim_naming_an_edit_the_store_does_not_hold_vouches_for_nothing(
    forged: str, backend: str, tmp_path, request
) -> None:
    """A claim naming an edit the store does not hold vouches for nothing: the colleague's store counts a
    claim only for an edit it holds itself, so a made-up stamp of the colleague's (after its value, which
    it would cover, as a later state of the colleague's would), or a real stamp of another record, leaves
    the conflict open. (A claim of the record's own future is refused with the bundle, and so is a chair's
    claim for another workspace's edit: tests/app/bundles/test_seen_claims.py. That a signer really saw a
    held stamp it names is not checked: the secretariat, or a writer about its own edit, is taken at its
    word.)"""
    case = CASES[7]
    kansli, colleague = _stores(backend, tmp_path, request)
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        other_id, _key = case.made(colleague.store, conference_id)  # a note of the colleague's own
        edits_after(kansli.store, colleague.store)
        case.edit(kansli.store, conference_id, key, correction)  # without seeing the colleague's value
        records = _records(kansli.store)
        [sent] = [r for r in records if r["id"] == record_id]
        assert "seen" not in sent
        theirs_rev = colleague.store.require(case.type_name, record_id)["stamps"][case.field][0]
        other_rev = colleague.store.require("note", other_id)["stamps"]["text"][0]
        assert theirs_rev < other_rev < sent["rev"]
        claimed = _between(theirs_rev, sent["rev"]) if forged == "made-up" else other_rev
        sent["seen"] = [[claimed, colleague.store.origin]]
        _merge(colleague.store, records)
        assert colleague.store.require(case.type_name, record_id)[case.field] == correction
        assert _open(colleague.store, record_id) == [(case.field, correction, theirs)]
        # The same forged record with the real stamp of the value it overwrote is what a writer that
        # had seen it sends: then it is a later edit (the claim names an edit the store holds).
        sent["seen"] = [[theirs_rev, colleague.store.origin]]
        _merge(colleague.store, records)
        assert _open(colleague.store, record_id) == []
    finally:
        colleague.close()
        kansli.close()


def _between(low: str, high: str) -> str:
    """A stamp after `low` and before `high` (app.hlc's fixed-width text: 15 digits, '-', 6 digits)."""
    ms, counter = low.split("-")
    candidate = f"{ms}-{int(counter) + 1:06d}"
    assert low < candidate < high
    return candidate
