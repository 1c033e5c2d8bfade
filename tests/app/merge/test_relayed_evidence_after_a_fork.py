"""A chair's key that signs two histories (a copied profile, or two exports she numbered alike on
purpose) has every version its table's exports carried weighed again (frontier.refresh_conflicts): each
as its carrier vouches for it, so a base rev she forged on the secretariat's relayed state stays
ignored there too (frontier.state_of)."""

from __future__ import annotations

from pathlib import Path

from tests.app.merge.test_edits_here_weigh_conflicts import _open
from tests.app.merge.test_relayed_evidence import NOTE_TEXT, _imported, forged_relay


def test_a_forged_evident_parent_stays_ignored_after_the_chairs_key_forks(
    backend: str, tmp_path: Path, request
) -> None:
    with forged_relay(backend, tmp_path, request) as f:
        _imported(f.third, f.chair.signs([f.forged]))
        assert _open(f.third.store, f.record_id) == f.open_conflict  # the fix holds here
        f.chair.sequence = 0  # a second export numbered 1: her key's chain splits (a "copied profile")
        _imported(f.third, f.chair.signs([f.forged]))
        assert (
            f.third.store.require(NOTE_TEXT.type_name, f.record_id)[NOTE_TEXT.field] == f.open_conflict[0][1]
        )
        # the colleague's value must stay open: nobody who wrote the correction had seen it
        assert _open(f.third.store, f.record_id) == f.open_conflict
