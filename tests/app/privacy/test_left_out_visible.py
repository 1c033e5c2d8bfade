"""A note left out stays visible in the review after a chair's later edit took out the finding the
decision was made on: it is listed as a whole ("the whole text", left out), and "keep" on it publishes
it again, which the same row then shows and can change back."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.errors import UserError
from app.privacy.publish import Publication
from app.privacy.review import OMIT, WHOLE, decide, review
from tests.app.privacy.read_back import one_table_conference

REMARK = "Lena Wikström mår dåligt, ta inte med det här"
EDITED = "Vi behöver fler bussar till sjukhuset på helgerna"


@pytest.fixture
def left_out_then_edited(tmp_path: Path):
    workspace, cid = one_table_conference(tmp_path)
    store = workspace.store
    remark = notes.add_note(store, cid, 1, 1, REMARK)
    [named] = [h for h in review(store, cid) if h.source.source_id == remark]
    decide(store, cid, named, OMIT)
    notes.edit_note(store, remark, text=EDITED)  # a chair's later bundle: the name is gone
    yield store, cid, remark
    workspace.close()


def _whole(store, cid: str, note_id: str):
    [whole] = [h for h in review(store, cid) if h.source.source_id == note_id]
    assert whole.kind == WHOLE
    return whole


def test_the_left_out_note_is_listed_after_the_edit_and_can_be_published_again(left_out_then_edited):
    store, cid, remark = left_out_then_edited
    whole = _whole(store, cid, remark)
    assert whole.left_out and whole.decided and whole.source.text == EDITED
    assert Publication(store, cid, "[borttaget]").held_back(remark)

    decide(store, cid, whole, "keep")
    assert not Publication(store, cid, "[borttaget]").held_back(remark)
    again = _whole(store, cid, remark)
    assert not again.left_out and again.decision.action == "keep"  # still listed: changed back there
    decide(store, cid, again, OMIT)
    assert Publication(store, cid, "[borttaget]").held_back(remark)


def test_a_whole_text_is_kept_or_left_out_not_removed_in_part(left_out_then_edited):
    store, cid, remark = left_out_then_edited
    with pytest.raises(UserError):
        decide(store, cid, _whole(store, cid, remark), "remove")
