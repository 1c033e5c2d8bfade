"""A chair's key that signs two histories (a copied profile, or two exports she numbered alike on
purpose) has every version its table's exports carried weighed again (frontier.refresh_conflicts): each
as its carrier vouches for it, so a base rev she forged on the secretariat's relayed state stays
ignored there too (frontier.state_of)."""

from __future__ import annotations

import copy
from pathlib import Path

from app.workspace import Workspace
from tests.app.merge.test_correction_of_a_colleagues_value import _colleague_writes, _records
from tests.app.merge.test_edits_here_weigh_conflicts import _open, _send
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, _Chair, _imported
from tests.clocks import edits_after


def test_a_forged_evident_parent_stays_ignored_after_the_chairs_key_forks(
    backend: str, tmp_path: Path, request
) -> None:
    case = NOTE_TEXT
    kansli = Workspace.create(tmp_path / "kansli", "secretariat")
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    third = Workspace.create(tmp_path / "tredje", "secretariat", database=database)
    try:
        conference_id, record_id, key = _colleague_writes(case, kansli, colleague)
        _first, theirs, correction = case.values
        edits_after(kansli.store, colleague.store)
        case.edit(kansli.store, conference_id, key, correction)  # concurrent: never saw theirs
        _send(kansli.store, third.store)
        _send(colleague.store, third.store)
        assert _open(third.store, record_id) == [(case.field, correction, theirs)]
        theirs_stamp = list(colleague.store.require(case.type_name, record_id)["stamps"][case.field])
        chair = _Chair(tmp_path, third, conference_id, third.store.require("note", record_id)["table_number"])
        [sent] = [r for r in _records(kansli.store) if r["id"] == record_id]
        forged = copy.deepcopy(sent)
        forged["base_rev"] = theirs_stamp[0]
        forged["stamps"]["votes"] = theirs_stamp
        _imported(third, chair.signs([forged]))
        assert _open(third.store, record_id) == [(case.field, correction, theirs)]  # the fix holds here
        chair.sequence = 0  # a second export numbered 1: her key's chain splits (a "copied profile")
        _imported(third, chair.signs([forged]))
        assert third.store.require(case.type_name, record_id)[case.field] == correction
        # the colleague's value must stay open: nobody who wrote the correction had seen it
        assert _open(third.store, record_id) == [(case.field, correction, theirs)]
    finally:
        third.close()
        colleague.close()
        kansli.close()
